// Numbered replies; 1–5 answer to Alt+1..5. Text only: library content is never rendered as HTML.
import type { Finding } from '../utils/compliance/types';
import type { PhraseSource } from '../utils/library/types';

export interface PhraseItem {
  id: string;
  phraseId: string;
  title: string;
  /** The body with every placeholder the conversation could fill filled in. */
  text: string;
  /** Placeholders still to ask the agent for. */
  missing: readonly string[];
  /** Substrings of the buyer's message that led to this phrase (highlighted; the 匹配 line without a reason). */
  matched: readonly string[];
  code?: string;
  /** The phrase's own warn/block findings (team and personal phrases can carry risky words). */
  flags: readonly Finding[];
  source: PhraseSource;
  /** Why it was suggested (the suggester's reason line); absent for search results. */
  reason?: string;
  /** Nothing was recognised well: a stage-appropriate guess. */
  guess?: boolean;
  /** What the page says against a phrase picked by hand (「页面显示：待发货…」), asked about before inserting. */
  warning?: string;
}

const SOURCE_LABELS: Record<PhraseSource, string | null> = { builtin: null, team: '团队', personal: '个人' };

export function PhraseList({
  items,
  onPick,
  onCopy,
  numbered = true,
  picking = 'insert',
  empty = '没有找到合适的话术。',
}: {
  items: readonly PhraseItem[];
  onPick(index: number): void;
  onCopy(index: number): void;
  numbered?: boolean;
  /** What an empty list says (the default: nothing fits). */
  empty?: string;
  /** What a click on a phrase does: insert it (a workbench is open) or copy it (the phrase book). */
  picking?: 'insert' | 'copy';
}) {
  if (items.length === 0) return <p class="hs-muted phrase-empty">{empty}</p>;
  return (
    <ol class="phrase-list" data-testid="phrase-list">
      {items.map((item, index) => (
        <li key={item.id} class="phrase-row">
          <button type="button" class="phrase" data-testid="phrase" data-phrase-id={item.phraseId} onClick={() => onPick(index)}>
            <span class="phrase-head">
              {numbered && index < 5 && <kbd class="phrase-key">Alt+{index + 1}</kbd>}
              <span class="phrase-title">{item.title}</span>
              {item.code && <span class="hs-badge phrase-code">{item.code}</span>}
              {SOURCE_LABELS[item.source] && <span class="hs-badge">{SOURCE_LABELS[item.source]}</span>}
              {item.flags.length > 0 && (
                <span
                  class={`hs-badge phrase-flag ${item.flags.some((f) => f.severity === 'block') ? 'block' : 'warn'}`}
                  data-testid="phrase-flag"
                  title={item.flags.map((f) => `「${f.match}」${f.reason}`).join('\n')}
                >
                  含风险词 {item.flags.map((f) => f.match).join('、')}
                </span>
              )}
            </span>
            <span class="phrase-text">{item.text}</span>
            {item.reason ? (
              <span class="phrase-why phrase-reason" data-testid="phrase-reason">
                {item.guess && <span class="hs-badge warn phrase-guess">猜测</span>}
                {item.reason}
              </span>
            ) : (
              item.matched.length > 0 && <span class="phrase-why hs-muted">匹配：{item.matched.join('、')}</span>
            )}
            {item.warning && (
              <span class="phrase-why phrase-warning" data-testid="phrase-warning">
                可能不对：{item.warning}
              </span>
            )}
            {item.missing.length > 0 && (
              <span class="phrase-why hs-muted">
                {picking === 'insert' ? '插入前需填写' : '复制后需填写'}：{item.missing.join('、')}
              </span>
            )}
          </button>
          <button type="button" class="phrase-copy" title="复制到剪贴板" aria-label={`复制「${item.title}」`} onClick={() => onCopy(index)}>
            复制
          </button>
        </li>
      ))}
    </ol>
  );
}
