// The library by 分组, a page at a time so the options page stays short with thousands of phrases. Personal
// phrases can be edited and deleted (deletion asks first, in place); team and built-in ones are read-only
// but can be copied into an editable personal phrase.
import { useRef, useState } from 'preact/hooks';
import type { PhraseGroup } from '../../../utils/library/editor';
import { INTENTS } from '../../../utils/library/intents';
import type { Phrase } from '../../../utils/library/types';
import { SOURCE_LABELS } from './labels';

/** Rows on one page. The parent remounts the list (resetting to page 1) when the filter changes. */
const PAGE_SIZE = 20;

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
  const [page, setPage] = useState(0);
  const top = useRef<HTMLDivElement>(null);
  const total = groups.reduce((sum, group) => sum + group.phrases.length, 0);
  if (total === 0) return <p class="hs-muted">没有符合条件的话术。</p>;
  const pages = Math.ceil(total / PAGE_SIZE);
  // A deletion or a narrower library can leave the page past the end.
  const current = Math.min(page, pages - 1);
  const first = current * PAGE_SIZE;
  const shown = pageOfGroups(groups, first, PAGE_SIZE);
  const last = first + shown.reduce((sum, { rows }) => sum + rows.length, 0);
  const goTo = (next: number) => {
    setPage(next);
    top.current?.scrollIntoView({ block: 'start' });
  };
  return (
    <div class="library-groups" data-testid="library-list" ref={top}>
      {shown.map(({ group, rows }) => (
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
      ))}
      {pages > 1 && (
        <nav class="library-pager" aria-label="话术分页" data-testid="library-pager">
          <button type="button" class="secondary" disabled={current === 0} onClick={() => goTo(current - 1)}>
            上一页
          </button>
          <span class="hs-muted" data-testid="library-page">
            第 {current + 1} / {pages} 页 · 第 {first + 1}–{last} 条，共 {total} 条
          </span>
          <button type="button" class="secondary" disabled={current === pages - 1} onClick={() => goTo(current + 1)}>
            下一页
          </button>
        </nav>
      )}
    </div>
  );
}

/** The rows from `start` to `start + count` of the groups laid end to end, with the group each belongs to. */
function pageOfGroups(groups: readonly PhraseGroup[], start: number, count: number): { group: PhraseGroup; rows: Phrase[] }[] {
  const page: { group: PhraseGroup; rows: Phrase[] }[] = [];
  let skip = start;
  let left = count;
  for (const group of groups) {
    if (left === 0) break;
    if (skip >= group.phrases.length) {
      skip -= group.phrases.length;
      continue;
    }
    const rows = group.phrases.slice(skip, skip + left);
    skip = 0;
    left -= rows.length;
    page.push({ group, rows });
  }
  return page;
}
