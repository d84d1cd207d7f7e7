// The sentence a one-click fix will leave in the draft, shown before the agent applies it: a rewording that
// reads well alone can read wrong in the agent's sentence, and several rewordings read differently.
// The preview is cut from the text the click leaves (applyFix), so it shows exactly what the click does.
import { applyFix } from '../../../utils/compliance/apply-fix';
import type { Finding } from '../../../utils/compliance/types';

export interface FixPreview {
  replacement: string;
  /** The draft's sentence around the finding after the fix, in three parts so the new words can stand out. */
  before: string;
  inserted: string;
  after: string;
}

/** Characters that end a sentence in a chat reply. */
const SENTENCE_END = /[。！？!?；;…~～\n]/;
/** How much of a long sentence to show on each side of the fix. */
const CONTEXT_CHARS = 24;

/** The sentence of `text` around the finding after its one-click fix puts `replacement` in (fix range, else the flagged words). */
export function previewFix(draft: string, finding: Pick<Finding, 'start' | 'end' | 'fix'>, replacement: string): FixPreview {
  const { text, start, end } = applyFix(draft, finding, replacement);
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  // The sentence's own end mark reads as part of it (a run of them: 哦！！).
  while (to < text.length && SENTENCE_END.test(text[to]!) && text[to] !== '\n') to++;
  let before = text.slice(from, start).trimStart();
  let after = text.slice(end, to).trimEnd();
  if (before.length > CONTEXT_CHARS) before = `…${before.slice(keepPairs(before, before.length - CONTEXT_CHARS))}`;
  if (after.length > CONTEXT_CHARS) after = `${after.slice(0, keepPairs(after, CONTEXT_CHARS))}…`;
  return { replacement, before, inserted: replacement, after };
}

/** A cut position moved off the middle of a surrogate pair (an emoji stays whole or goes whole). */
function keepPairs(text: string, cut: number): number {
  const code = text.charCodeAt(cut);
  return code >= 0xdc00 && code <= 0xdfff ? cut + 1 : cut;
}
