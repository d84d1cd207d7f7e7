// The draft in the workbench's reply box, as the checker sees it: each finding with its reason.
import { bySeverity } from '../utils/compliance/labels';
import type { Finding } from '../utils/compliance/types';
import { describeFinding } from '../utils/explain';

export function DraftFindings({ findings, trainee }: { findings: readonly Finding[]; trainee: boolean }) {
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
              {finding.suggestions.length > 0 && <p class="hs-muted">可改为：{finding.suggestions.join('、')}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
