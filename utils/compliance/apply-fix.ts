// A one-click fix as it is applied, the one definition every place that offers or measures one uses (the inline
// check's click and preview, the panel's 可改为 line, the team-pack lint, the rewrite tests and scripts): a finding's
// suggestion replaces its fix range — the claim's predicate or its sentence where the fix reaches past the flagged
// words (Finding.fix) — else the flagged words.
import type { Finding } from './types';

export interface TextRange {
  start: number;
  end: number;
}

/** The words a one-click fix of the finding replaces. */
export const fixRangeOf = (finding: Pick<Finding, 'start' | 'end' | 'fix'>): TextRange => finding.fix ?? { start: finding.start, end: finding.end };

/** The text after a one-click fix, and where the new words stand in it (`start` to `end`). */
export interface AppliedFix extends TextRange {
  text: string;
}

/** `text` with `suggestion` (one of the finding's) in place of the finding's fix range. */
export function applyFix(text: string, finding: Pick<Finding, 'start' | 'end' | 'fix'>, suggestion: string): AppliedFix {
  const { start, end } = fixRangeOf(finding);
  return { text: text.slice(0, start) + suggestion + text.slice(end), start, end: start + suggestion.length };
}
