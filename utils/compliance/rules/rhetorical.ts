// Rhetorical questions that make the claim they seem to deny.
import { list } from './define';

/**
 * 难道 / 岂, then a negation ("难道不是全网最好的吗", "难道不就是最低价吗", "这岂不是最好的"): the question asserts what the
 * negation would deny, so the negation cancels no claim. Allowed phrases, so the 不是 / 不能 inside them are no cue of
 * negated.is-not or the rules' unless (an allowed phrase hides the cues inside it). The subject between them ("难道它不能…")
 * is left out: the frame would need the whole clause.
 */
export const RHETORICAL_ASSERTION_ALLOW = list('难道 难道说 难道还 岂').flatMap((asker) =>
  list('不是 不就是 不算 不算是 不能 不会 没有').map((negation) => asker + negation),
);
