// The library by 分组. Personal phrases can be edited and deleted (deletion asks first, in place); team and
// built-in ones are read-only but can be copied into an editable personal phrase.
import type { PhraseGroup } from '../../../utils/library/editor';
import { INTENTS } from '../../../utils/library/intents';
import type { Phrase } from '../../../utils/library/types';
import { SOURCE_LABELS } from './labels';

/** Rows drawn at once; a 10,000-phrase import stays usable through the filter box. */
const ROWS_SHOWN = 200;

export function PhraseGroups({
  groups,
  confirmingDelete,
  onEdit,
  onCopy,
  onAskDelete,
  onDelete,
}: {
  groups: readonly PhraseGroup[];
  confirmingDelete: string | null;
  onEdit(phrase: Phrase): void;
  onCopy(phrase: Phrase): void;
  onAskDelete(id: string | null): void;
  onDelete(phrase: Phrase): void;
}) {
  const total = groups.reduce((sum, group) => sum + group.phrases.length, 0);
  if (total === 0) return <p class="hs-muted">没有符合条件的话术。</p>;
  let budget = ROWS_SHOWN;
  return (
    <div class="library-groups" data-testid="library-list">
      {groups.map((group) => {
        if (budget <= 0) return null;
        const rows = group.phrases.slice(0, budget);
        budget -= rows.length;
        return (
          <section key={group.name} class="library-group">
            <h3>
              {group.name} <span class="hs-muted">{group.phrases.length}</span>
            </h3>
            <ul>
              {rows.map((phrase) => (
                <li key={phrase.id} class="library-row" data-testid="library-phrase" data-phrase-id={phrase.id} data-source={phrase.source}>
                  <div class="row-head">
                    <strong class="row-title">{phrase.title}</strong>
                    {phrase.code && <span class="hs-badge row-code">{phrase.code}</span>}
                    <span class={`hs-badge source-${phrase.source}`}>{SOURCE_LABELS[phrase.source]}</span>
                    <span class="hs-muted row-intents">{phrase.intents.map((id) => INTENTS[id].label).join('、')}</span>
                  </div>
                  <p class="row-body">{phrase.body}</p>
                  <div class="row-actions">
                    {phrase.source !== 'personal' ? (
                      <button type="button" class="link-button" onClick={() => onCopy(phrase)}>
                        复制为个人话术
                      </button>
                    ) : confirmingDelete === phrase.id ? (
                      <span class="confirm-delete" role="alert">
                        确定删除「{phrase.title}」？
                        <button type="button" class="danger" onClick={() => onDelete(phrase)}>
                          确认删除
                        </button>
                        <button type="button" class="link-button" onClick={() => onAskDelete(null)}>
                          取消
                        </button>
                      </span>
                    ) : (
                      <>
                        <button type="button" class="link-button" onClick={() => onEdit(phrase)}>
                          编辑
                        </button>
                        <button type="button" class="link-button" onClick={() => onAskDelete(phrase.id)}>
                          删除
                        </button>
                      </>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {total > ROWS_SHOWN && (
        <p class="hs-muted">
          只显示前 {ROWS_SHOWN} 条（共 {total} 条），请用搜索或来源筛选缩小范围。
        </p>
      )}
    </div>
  );
}
