// Greetings and thanks beside a real question, shared by the suggester (suggest.ts) and the conversation reading
// (situation.ts). A module of its own so that code reading a conversation without suggesting (the side panel's
// by-hand chunk) does not pull in the suggester and its intent table.
import { INTENT_IDS } from './intents';
import { FILLER_INTENTS } from './lexicon';
import { INTENT_COUNT } from './suggest-index';

/** Greetings and thanks beside a real question: still shown, but after the answer to the question. */
const FILLER_DISCOUNT = 0.6;
const FILLER_MASK = Uint8Array.from(INTENT_IDS, (id) => (FILLER_INTENTS.includes(id) ? 1 : 0));
/** Intents that make a greeting or thanks beside them secondary; "wait" is conversational too, so it does not. */
export const QUESTION_INTENTS = Uint8Array.from(INTENT_IDS, (id) => (!FILLER_INTENTS.includes(id) && id !== 'wait' ? 1 : 0));

/** Greetings and thanks beside a real question count less: the question is what the message is about. */
export function discountFillers(scores: Float32Array): void {
  let asksSomething = false;
  for (let intent = 0; intent < INTENT_COUNT; intent++) if (QUESTION_INTENTS[intent] && scores[intent]! > 0) asksSomething = true;
  if (!asksSomething) return;
  for (let intent = 0; intent < INTENT_COUNT; intent++) if (FILLER_MASK[intent]) scores[intent]! *= FILLER_DISCOUNT;
}
