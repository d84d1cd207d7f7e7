// The panel without a conversation to insert into (no workbench open, a desktop client such as 千牛 or
// 拼多多客服, or no buyer opened yet): the library as a phrase book — search and browse, copy to paste
// anywhere. It never inserts, so it stands beside the pick/hold/binding logic instead of going through it.
import { PhraseBrowser } from '../../components/PhraseBrowser';
import { PhraseList, type PhraseItem } from '../../components/PhraseList';
import type { Phrase } from '../../utils/library/types';

/** Why nothing can be inserted right now, and what would make it possible. */
export function bookReason(workbenchFound: boolean): string {
  return workbenchFound
    ? '工作台里还没有打开买家的会话，所以不能直接放进输入框；点开一位买家后即可插入。'
    : '没有检测到打开的客服工作台，所以不能直接放进输入框。在浏览器里打开拼多多、抖店飞鸽、京东咚咚、千牛网页版或快手的客服页面即可插入；用桌面客户端时，复制后粘贴。';
}

export function PhraseBook({
  reason,
  searching,
  found,
  results,
  phrases,
  checked,
  onCopy,
}: {
  reason: string;
  /** Whether the search box has a query (the results are for it). */
  searching: boolean;
  /** Whether search works yet (the checker and the search index are ready): until then no result means loading. */
  found: boolean;
  results: readonly PhraseItem[];
  phrases: readonly Phrase[];
  /**
   * What needs the panel's checker (null while it loads): the risky words in a phrase, and a phrase as the panel
   * offers it (placeholders filled from the settings).
   */
  checked: { risky(phrase: Phrase): string[]; itemFor(phrase: Phrase): PhraseItem } | null;
  onCopy(item: PhraseItem): void;
}) {
  return (
    <>
      <section class="hs-card phrase-book" data-testid="phrase-book">
        <h2 class="section-title">话术本</h2>
        <p class="hs-muted book-reason" data-testid="book-reason">
          可以搜索、浏览和复制话术。{reason}
        </p>
      </section>
      {searching && (
        <section class="hs-card replies" data-testid="book-results">
          <h2 class="section-title">搜索结果 <span class="hs-muted">点一下即复制</span></h2>
          <PhraseList
            items={results}
            numbered={false}
            picking="copy"
            empty={found ? undefined : '正在读取话术库…'}
            onPick={(index) => onCopy(results[index]!)}
            onCopy={(index) => onCopy(results[index]!)}
          />
        </section>
      )}
      <section class="hs-card">
        <h2 class="section-title">按分类浏览（{phrases.length}）<span class="hs-muted"> 点一下即复制</span></h2>
        {checked ? (
          <PhraseBrowser phrases={phrases} onPick={(phrase) => onCopy(checked.itemFor(phrase))} risky={checked.risky} />
        ) : (
          <p class="hs-muted">正在读取话术库…</p>
        )}
      </section>
    </>
  );
}
