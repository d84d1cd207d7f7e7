// 检查's findings: what a client would refuse (errors block publishing) and what the checker flags.
import type { LintProblem } from '../../../utils/pack/lint';

export function LintResult({ problems }: { problems: readonly LintProblem[] }) {
  return (
    <div data-testid="lead-lint-result">
      {problems.length === 0 ? (
        <p class="hs-status ok">检查通过，没有发现问题</p>
      ) : (
        <ul class="lint-problems">
          {problems.map((problem, index) => (
            <li key={index} class={problem.level === 'error' ? 'error' : 'warn'} data-testid="lead-lint-problem">
              {problem.level === 'error' ? '错误' : '提醒'}
              {problem.path && <code> {problem.path}</code>}：{problem.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
