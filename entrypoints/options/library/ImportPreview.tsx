// What an import would do, shown before anything is stored: new phrases, rows that failed with their row
// number, the intents guessed for rows that had none (each correctable), 快捷编码 shared with another layer,
// and every phrase that would replace an existing one, each kept unless the agent says otherwise.
import { useState } from 'preact/hooks';
import type { CodeMove } from '../../../utils/library/layers';
import type { IntentGuess } from '../../../utils/library/csv';
import type { ConflictChoice } from '../../../utils/library/editor';
import { INTENT_IDS, INTENTS, type IntentId } from '../../../utils/library/intents';
import type { ImportPlan } from '../../../utils/library/import-plan';
import type { PhraseFileResult, ReadProgress } from '../../../utils/library/phrase-file';
import { STAGES, type Phrase, type PhraseSource } from '../../../utils/library/types';
import { SOURCE_LABELS } from './labels';

export type ImportState =
  | { stage: 'reading'; fileName: string; progress: ReadProgress | null }
  | {
      stage: 'preview';
      fileName: string;
      read: PhraseFileResult;
      /** The intent chosen for each of `read.guesses` (null: none yet, the row is not imported). */
      intents: (IntentId | null)[];
      plan: ImportPlan;
      choices: ConflictChoice[];
    };

/** Enough errors to see what is wrong with a sheet; the rest are counted. */
const ERRORS_SHOWN = 100;
/** Guessed rows on one page of the correction list. */
const GUESSES_PER_PAGE = 20;

export function ImportPreview({
  state,
  source,
  saving,
  onChoose,
  onChooseIntent,
  onConfirm,
  onCancel,
}: {
  state: ImportState;
  /** The layer the import goes into. */
  source: PhraseSource;
  saving: boolean;
  onChoose(index: number, choice: ConflictChoice): void;
  onChooseIntent(index: number, intent: IntentId | null): void;
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

  const { plan, read, choices, intents } = state;
  const { errors, guesses } = read;
  const replacing = choices.filter((choice) => choice === 'replace').length;
  const nothingToDo = plan.added.length === 0 && replacing === 0;
  const undecided = intents.filter((intent) => intent === null).length;
  const guessed = guesses.length - undecided;
  return (
    <section class="hs-card import-preview" data-testid="import-preview">
      <h3>导入 {state.fileName}</h3>
      <ul class="import-summary" data-testid="import-summary">
        <li>
          <strong>{plan.added.length}</strong> 条可导入
        </li>
        {guessed > 0 && <li>{guessed} 条没有填意图，已按内容推断，请在下面核对</li>}
        {undecided > 0 && <li class="bad">{undecided} 条没能判断意图，选好意图后才会导入</li>}
        {plan.unchanged.length > 0 && <li>{plan.unchanged.length} 条与现有话术相同，将跳过</li>}
        {plan.codeMoves.length > 0 && <li>{plan.codeMoves.length} 个快捷编码与{otherLayers(plan.codeMoves)}话术相同，两条话术都保留（见下）</li>}
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
      {guesses.length > 0 && <GuessList guesses={guesses} intents={intents} onChoose={onChooseIntent} />}
      {plan.codeMoves.length > 0 && (
        <details class="import-codes" open>
          <summary>快捷编码</summary>
          <ul data-testid="import-code-moves">
            {plan.codeMoves.map((move) => (
              <li key={`${move.code}-${move.incoming.id}`} data-testid="import-code-move">
                {describeCodeMove(move, source)}
              </li>
            ))}
          </ul>
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
                  <input type="radio" name={`conflict-${index}`} checked={choices[index] !== 'replace'} onChange={() => onChoose(index, 'keep')} />
                  保留原有
                </label>
                <label class="check">
                  <input type="radio" name={`conflict-${index}`} checked={choices[index] === 'replace'} onChange={() => onChoose(index, 'replace')} />
                  {existing.source === source ? '用导入的覆盖' : `另存为${SOURCE_LABELS[source]}话术`}
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

function otherLayers(moves: readonly CodeMove[]): string {
  return [...new Set(moves.map((move) => SOURCE_LABELS[move.holder.source]))].join('、');
}

/** One line per shared code: both phrases stay; which one the code finds, and where a built-in one moves. */
export function describeCodeMove(move: CodeMove, source: PhraseSource): string {
  const holder = `${SOURCE_LABELS[move.holder.source]}话术「${move.holder.title}」`;
  const incoming = `导入的「${move.incoming.title}」`;
  if (move.keeps === 'holder') {
    return `${move.code}：${holder}优先，输入 ${move.code} 找到的是它；${incoming}照常导入，可以改用别的编码`;
  }
  const where = source === 'team' ? '客服端的' : '';
  return `${move.code}：归${incoming}；${where}${holder}改用 ${move.movedTo ?? '（无编码）'}`;
}

/** Rows whose intents were guessed, undecided ones first, a page at a time, each with its own choice. */
function GuessList({ guesses, intents, onChoose }: { guesses: readonly IntentGuess[]; intents: readonly (IntentId | null)[]; onChoose(index: number, intent: IntentId | null): void }) {
  const [page, setPage] = useState(0);
  const order = guesses.map((_, i) => i).sort((a, b) => Number(guesses[a]!.candidates.length > 0) - Number(guesses[b]!.candidates.length > 0));
  const pages = Math.ceil(order.length / GUESSES_PER_PAGE);
  const current = Math.min(page, pages - 1);
  const shown = order.slice(current * GUESSES_PER_PAGE, (current + 1) * GUESSES_PER_PAGE);
  return (
    <details class="import-guesses" open>
      <summary>按内容推断的意图（{guesses.length} 条）</summary>
      <ul data-testid="import-guesses">
        {shown.map((i) => {
          const guess = guesses[i]!;
          const chosen = intents[i] ?? null;
          return (
            <li key={guess.row} class="import-guess" data-testid="import-guess" data-row={guess.row}>
              <div class="guess-text">
                <span class="hs-muted">第 {guess.row} 行</span> <strong>{guess.title}</strong>
                <p>{guess.body}</p>
              </div>
              <label class={chosen ? 'guess-choice' : 'guess-choice undecided'}>
                <span>{chosen === null ? '请选择意图' : chosen === guess.candidates[0] ? '推断的意图' : '改为'}</span>
                <select
                  aria-label={`第 ${guess.row} 行的意图`}
                  value={chosen ?? ''}
                  onChange={(event) => onChoose(i, (event.currentTarget.value || null) as IntentId | null)}
                >
                  <option value="">（不导入这一行）</option>
                  {guess.candidates.length > 0 && (
                    <optgroup label="按内容推断">
                      {guess.candidates.map((id) => (
                        <option key={id} value={id}>
                          {INTENTS[id].label}
                        </option>
                      ))}
                    </optgroup>
                  )}
                  {STAGES.map((stage) => (
                    <optgroup key={stage} label={stage}>
                      {INTENT_IDS.filter((id) => INTENTS[id].stage === stage && !guess.candidates.includes(id)).map((id) => (
                        <option key={id} value={id}>
                          {INTENTS[id].label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </label>
            </li>
          );
        })}
      </ul>
      {pages > 1 && (
        <nav class="library-pager" aria-label="推断意图分页">
          <button type="button" class="secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
            上一页
          </button>
          <span class="hs-muted">
            第 {current + 1} / {pages} 页
          </span>
          <button type="button" class="secondary" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
            下一页
          </button>
        </nav>
      )}
    </details>
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
