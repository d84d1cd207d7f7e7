// The draft in the workbench's reply box, as the checker sees it: each finding with its reason.
import { fixRangeOf } from '../utils/compliance/apply-fix';
import { bySeverity } from '../utils/compliance/labels';
import type { Finding } from '../utils/compliance/types';
import { describeFinding } from '../utils/explain';

/**
 * What a finding's fixes offer: the words of the draft a one-click fix replaces (its fix range — the claim's predicate,
 * a whole sentence — else the underlined words, as the inline check's click does), and what it puts there.
 */
export function fixLine(finding: Finding, draft: string): string {
  const offered = finding.suggestions.join('、');
  // A draft that changed since the check: no quote from the wrong words.
  if (draft.slice(finding.start, finding.end) !== finding.match) return `可改为：${offered}`;
  const { start, end } = fixRangeOf(finding);
  return `「${draft.slice(start, end)}」可改为：${offered}`;
}

export function DraftFindings({ check, trainee }: { check: { text: string; findings: readonly Finding[] }; trainee: boolean }) {
  const { findings } = check;
  if (findings.length === 0) return null;
  return (
    <section class="hs-card draft-findings" data-testid="draft-findings">
      <h2 class="section-title">当前草稿有 {findings.length} 处需要注意</h2>
      <ul class="finding-list">
        {[...findings].sort(bySeverity).map((finding) => {
          const text = describeFinding(finding, trainee);
          return (
            <li key={`${finding.rule}@${finding.start}`} class={`finding ${finding.severity}`}>
              <strong>{text.heading}</strong>
              <p>{text.explanation}</p>
              {finding.suggestions.length > 0 && <p class="hs-muted">{fixLine(finding, check.text)}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
