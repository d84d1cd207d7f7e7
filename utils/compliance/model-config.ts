// How the confirm model is sized and used; shared by the checker and the trainer.

/** 2^13 hashed features at one byte each: 8 KB in the content script (2^14 measured no better on unseen writers). */
export const CONFIRM_BITS = 13;
/**
 * Below this probability a draft reads as clean, and word-rule findings of the built-in categories become hints.
 * Chosen on the first-seen figures of writers the model was not trained on (README).
 */
export const CONFIRM_BELOW = 0.1;
/** Drafts shorter than this are not judged: a dozen characters give a character model too little to go on. */
export const CONFIRM_MIN_LENGTH = 16;
/**
 * The model reads the findings and this many characters either side, not the whole draft: far-off sentences only
 * blur the verdict (first-seen recall was 1–2 points higher this way at the same false flags) and cost time.
 */
export const CONFIRM_REACH = 30;
