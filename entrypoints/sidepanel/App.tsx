import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ConversationHeader } from '../../components/ConversationHeader';
import { PhraseList, type PhraseItem } from '../../components/PhraseList';
import { onMessage, sendMessage, type PanelState } from '../../utils/messaging';
import { suggestReplies } from './suggestions';

/** Replies together with the conversation they were suggested for. */
interface BoundReplies {
  tabId: number;
  conversationKey: string;
  buyerName: string;
  items: PhraseItem[];
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function App() {
  const [state, setState] = useState<PanelState>({ tabId: null, snapshot: null });
  const [now, setNow] = useState(Date.now());
  const [status, setStatus] = useState<Status>(null);
  // While the pointer is over the list it holds still: a list that reorders under the cursor makes
  // agents click the wrong reply. A held reply stays bound to its buyer, so a stale click is refused.
  const [held, setHeld] = useState<BoundReplies | null>(null);
  usePanelState(setState);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const conversation = state.snapshot?.conversation ?? null;
  const live = useMemo<BoundReplies | null>(
    () =>
      conversation && state.tabId !== null
        ? { tabId: state.tabId, conversationKey: conversation.key, buyerName: conversation.buyer.name, items: suggestReplies(conversation) }
        : null,
    [conversation, state.tabId],
  );
  const shown = held ?? live;

  const insert = async (replies: BoundReplies, index: number) => {
    const item = replies.items[index];
    if (!item) return;
    const result = await sendMessage('insertReply', {
      tabId: replies.tabId,
      conversationKey: replies.conversationKey,
      buyerName: replies.buyerName,
      text: item.text,
    }).catch(() => ({ ok: false as const, message: '后台没有响应，请稍后重试' }));
    setStatus(result.ok ? { kind: 'ok', text: `已放入 ${replies.buyerName} 的输入框（未发送）` } : { kind: 'error', text: result.message });
    // Whatever the outcome, the next pick is offered for the conversation open now.
    setHeld(null);
  };

  // Alt+1..5 from the panel itself or, relayed by the content script, from the workbench page.
  const liveRef = useRef(live);
  liveRef.current = live;
  useEffect(() => {
    const pick = (index: number) => {
      if (liveRef.current) void insert(liveRef.current, index);
    };
    const onKey = (event: KeyboardEvent) => {
      const digit = event.altKey && /^Digit([1-5])$/.exec(event.code);
      if (!digit) return;
      event.preventDefault();
      pick(Number(digit[1]) - 1);
    };
    window.addEventListener('keydown', onKey);
    const removeListener = onMessage('pickSuggestion', ({ data }) => pick(data));
    return () => {
      window.removeEventListener('keydown', onKey);
      removeListener();
    };
  }, []);

  return (
    <main class="panel">
      <ConversationHeader snapshot={state.snapshot} now={now} />
      {status && (
        <div class={`hs-status ${status.kind}`} role="status" data-testid="status">
          {status.text}
        </div>
      )}
      {shown && (
        <section
          class="hs-card replies"
          data-testid="replies"
          onPointerEnter={() => setHeld(live)}
          onPointerLeave={() => setHeld(null)}
        >
          <h2 class="section-title">
            推荐回复 <span class="hs-muted">给 {shown.buyerName}</span>
          </h2>
          {held && live && held.conversationKey !== live.conversationKey && (
            <p class="hs-status error" data-testid="held-notice">
              会话已切换到 {live.buyerName}，移开鼠标后刷新推荐
            </p>
          )}
          <PhraseList items={shown.items} onPick={(index) => void insert(shown, index)} />
        </section>
      )}
    </main>
  );
}

/** Follows the workbench tab of this panel's window, live. */
function usePanelState(setState: (state: PanelState) => void) {
  useEffect(() => {
    let windowId: number | undefined;
    const refresh = () => sendMessage('getPanelState', { windowId }).then(setState).catch(() => undefined);
    void browser.windows.getCurrent().then((win) => {
      windowId = win.id;
      void refresh();
    });
    const removeListener = onMessage('panelStateChanged', () => void refresh());
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      removeListener();
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);
}
