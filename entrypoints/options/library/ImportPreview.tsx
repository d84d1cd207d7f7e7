// What an import would do, shown before anything is stored: new phrases, rows that failed with their
// row number, and every phrase that would replace an existing one, each kept unless the agent says otherwise.
import type { ConflictChoice, ImportProgress } from '../../../utils/library/editor';
import type { ImportPlan } from '../../../utils/library/import-plan';
import type { Phrase } from '../../../utils/library/types';
import { SOURCE_LABELS } from './labels';

export type ImportState =
  | { stage: 'reading'; fileName: string; progress: ImportProgress | null }
  | { stage: 'preview'; fileName: string; plan: ImportPlan; errors: string[]; choices: ConflictChoice[] };

/** Enough errors to see what is wrong with a sheet; the rest are counted. */
const ERRORS_SHOWN = 100;

export function ImportPreview({
  state,
  saving,
  onChoose,
  onConfirm,
  onCancel,
}: {
  state: ImportState;
  saving: boolean;
  onChoose(index: number, choice: ConflictChoice): void;
  onConfirm(): void;
  onCancel(): void;
}) {
  if (state.stage === 'reading') {
    const { progress } = state;
    return (
      <section class="hs-card import-preview" data-testid="import-preview" aria-busy="true">
        <h3>导入 {state.fileName}</h3>
        <p aria-live="polite" data-testid="import-progress">
          正在读取…{progress && ` 已读取 ${progress.done} / ${progress.total} 行`}
        </p>
        {progress && <progress max={progress.total} value={progress.done} />}
      </section>
    );
  }

  const { plan, errors, choices } = state;
  const replacing = choices.filter((choice) => choice === 'replace').length;
  const nothingToDo = plan.added.length === 0 && replacing === 0;
  return (
    <section class="hs-card import-preview" data-testid="import-preview">
      <h3>导入 {state.fileName}</h3>
      <ul class="import-summary" data-testid="import-summary">
        <li>
          <strong>{plan.added.length}</strong> 条可导入
        </li>
        {plan.unchanged.length > 0 && <li>{plan.unchanged.length} 条与现有话术相同，将跳过</li>}
        {plan.conflicts.length > 0 && <li>{plan.conflicts.length} 条与现有话术冲突，请逐条选择</li>}
        {errors.length > 0 && <li class="bad">{errors.length} 行有错误，不会导入</li>}
      </ul>
      {errors.length > 0 && (
        <details class="import-errors" open>
          <summary>有错误的行</summary>
          <ul data-testid="import-errors">
            {errors.slice(0, ERRORS_SHOWN).map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
          {errors.length > ERRORS_SHOWN && <p class="hs-muted">还有 {errors.length - ERRORS_SHOWN} 行错误未列出。</p>}
        </details>
      )}
      {plan.conflicts.length > 0 && (
        <ol class="import-conflicts" data-testid="import-conflicts">
          {plan.conflicts.map(({ existing, incoming }, index) => (
            <li key={`${existing.id}-${index}`} data-testid="import-conflict">
              <div class="conflict-sides">
                <ConflictSide label={`现有（${SOURCE_LABELS[existing.source]}）`} phrase={existing} />
                <ConflictSide label="导入的" phrase={incoming} />
              </div>
              <div class="conflict-choice" role="radiogroup" aria-label={`「${existing.title}」怎么处理`}>
                <label class="check">
                  <input
                    type="radio"
                    name={`conflict-${index}`}
                    checked={choices[index] !== 'replace'}
                    onChange={() => onChoose(index, 'keep')}
                  />
                  保留原有
                </label>
                <label class="check">
                  <input
                    type="radio"
                    name={`conflict-${index}`}
                    checked={choices[index] === 'replace'}
                    onChange={() => onChoose(index, 'replace')}
                  />
                  {existing.source === 'personal' ? '用导入的覆盖' : '另存为个人话术'}
                </label>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div class="actions">
        <button type="button" disabled={saving || nothingToDo} onClick={onConfirm}>
          {saving ? '正在导入…' : '确认导入'}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          取消
        </button>
        {nothingToDo && <span class="hs-muted">没有需要导入的内容</span>}
      </div>
    </section>
  );
}

function ConflictSide({ label, phrase }: { label: string; phrase: Phrase }) {
  return (
    <div class="conflict-side">
      <span class="hs-muted">{label}</span>
      <strong>{phrase.title}</strong>
      {phrase.code && <span class="hs-badge">{phrase.code}</span>}
      <p>{phrase.body}</p>
    </div>
  );
}
