// The draft in the workbench's reply box, as the checker sees it: each finding with its reason.
import { bySeverity } from '../utils/compliance/labels';
import type { Finding } from '../utils/compliance/types';
import { describeFinding } from '../utils/explain';

/**
 * What a finding's fixes offer: the words, and where a fix replaces more than the underlined words (Finding.fix: the
 * claim's predicate, a whole sentence), which words of the draft it replaces.
 */
export function fixLine(finding: Finding, draft: string): string {
  const offered = finding.suggestions.join('、');
  const { fix } = finding;
  if (fix === undefined || draft.slice(finding.start, finding.end) !== finding.match) return `可改为：${offered}`;
  return `「${draft.slice(fix.start, fix.end)}」可改为：${offered}`;
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
