// Numbered replies; 1–5 answer to Alt+1..5. Text only: library content is never rendered as HTML.
export interface PhraseItem {
  id: string;
  title: string;
  text: string;
  /** Substrings of the buyer's message that led to this phrase, for the "why" line. */
  matched?: readonly string[];
}

export function PhraseList({ items, onPick }: { items: readonly PhraseItem[]; onPick(index: number): void }) {
  if (items.length === 0) return <p class="hs-muted phrase-empty">没有可推荐的话术。</p>;
  return (
    <ol class="phrase-list" data-testid="phrase-list">
      {items.map((item, index) => (
        <li key={item.id}>
          <button type="button" class="phrase" data-testid="phrase" data-phrase-id={item.id} onClick={() => onPick(index)}>
            <span class="phrase-head">
              {index < 5 && <kbd class="phrase-key">Alt+{index + 1}</kbd>}
              <span class="phrase-title">{item.title}</span>
            </span>
            <span class="phrase-text">{item.text}</span>
            {item.matched && item.matched.length > 0 && (
              <span class="phrase-why hs-muted">匹配：{item.matched.join('、')}</span>
            )}
          </button>
        </li>
      ))}
    </ol>
  );
}
