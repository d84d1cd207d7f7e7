import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ConversationHeader, latestBuyerMessages } from '../../components/ConversationHeader';
import { DraftFindings } from '../../components/DraftFindings';
import { PhraseBrowser } from '../../components/PhraseBrowser';
import { PhraseList, type PhraseItem } from '../../components/PhraseList';
import { PlaceholderPrompt } from '../../components/PlaceholderPrompt';
import { TeachPanel } from '../../components/TeachPanel';
import { TeamStatusLine, useComplianceConfig, useTeamStatus } from '../../components/TeamStatus';
import { createChecker } from '../../utils/compliance';
import type { Finding } from '../../utils/compliance/types';
import { fillPlaceholders } from '../../utils/library/placeholders';
import { createPhraseSearch, type PhraseSearch } from '../../utils/library/search';
import { createSuggester } from '../../utils/library/suggest';
import type { Phrase } from '../../utils/library/types';
import { onMessage, sendMessage } from '../../utils/messaging';
import { usePanelState, useLibrary, useNow, useSettings } from './hooks';
import { phraseFlags, replyItem } from './replies';

/** Replies together with the conversation they were offered for. */
interface BoundReplies {
  tabId: number;
  conversationKey: string;
  buyerName: string;
  items: PhraseItem[];
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

const SEARCH_LIMIT = 20;

export function App() {
  const state = usePanelState();
  const library = useLibrary();
  const settings = useSettings();
  const now = useNow();
  const [status, setStatus] = useState<Status>(null);
  const [query, setQuery] = useState('');
  const [browsing, setBrowsing] = useState(false);
  const [prompt, setPrompt] = useState<{ replies: BoundReplies; item: PhraseItem } | null>(null);
  const [draftFindings, setDraftFindings] = useState<Finding[]>([]);
  // While the pointer is over the list it holds still: a list that reorders under the cursor makes
  // agents click the wrong reply. A held reply stays bound to its buyer, so a stale click is refused.
  const [held, setHeld] = useState<BoundReplies | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);

  const team = useTeamStatus();
  const compliance = useComplianceConfig(team);
  const platform = state.snapshot?.platform;
  const checker = useMemo(() => createChecker({ ...compliance, platform }), [compliance, platform]);
  const suggester = useMemo(() => createSuggester(library.phrases), [library.phrases]);
  const search = useIdleIndex(library.phrases);

  const conversation = state.snapshot?.conversation ?? null;
  const suggestions = useMemo(() => {
    if (!conversation) return [];
    const latest = latestBuyerMessages(conversation.messages).map((message) => message.text);
    return suggester.suggest(latest, {
      product: conversation.product,
      order: conversation.order,
      platform: conversation.platform,
      usage: library.usage,
    });
  }, [conversation, suggester, library.usage]);

  const live = useMemo<BoundReplies | null>(() => {
    if (!conversation || state.tabId === null) return null;
    const items = query.trim()
      ? search().search(query.trim(), SEARCH_LIMIT).map((phrase) => replyItem(phrase, conversation, settings, checker))
      : suggestions.map((s) => replyItem(s.phrase, conversation, settings, checker, s.matched));
    return { tabId: state.tabId, conversationKey: conversation.key, buyerName: conversation.buyer.name, items };
  }, [conversation, state.tabId, query, search, suggestions, settings, checker]);
  const shown = held ?? live;

  const insertText = async (replies: BoundReplies, item: PhraseItem, text: string) => {
    const result = await sendMessage('insertReply', {
      tabId: replies.tabId,
      conversationKey: replies.conversationKey,
      buyerName: replies.buyerName,
      text,
    }).catch(() => ({ ok: false as const, message: '后台没有响应，请稍后重试' }));
    setStatus(result.ok ? { kind: 'ok', text: `已放入 ${replies.buyerName} 的输入框（未发送）` } : { kind: 'error', text: result.message });
    if (result.ok) void sendMessage('recordUsage', item.phraseId).catch(() => undefined);
    // Whatever the outcome, the next pick is offered for the conversation open now.
    setHeld(null);
  };

  const pick = (replies: BoundReplies, index: number) => {
    const item = replies.items[index];
    if (!item) return;
    if (item.missing.length > 0) setPrompt({ replies, item });
    else void insertText(replies, item, item.text);
  };

  const copy = async (item: PhraseItem) => {
    try {
      await navigator.clipboard.writeText(item.text);
      setStatus({ kind: 'ok', text: `已复制「${item.title}」，可在工作台里粘贴` });
    } catch {
      setStatus({ kind: 'error', text: '复制失败：浏览器没有允许访问剪贴板' });
    }
  };

  const browsePick = (phrase: Phrase) => {
    if (!live) return;
    const item = replyItem(phrase, conversation, settings, checker);
    pick({ ...live, items: [item] }, 0);
  };

  // Alt+1..5 from the panel itself or, relayed by the content script, from the workbench page;
  // "/" jumps to search as in most tools agents know.
  const stateTab = useRef(state.tabId);
  stateTab.current = state.tabId;
  const liveRef = useRef(live);
  liveRef.current = live;
  const pickRef = useRef(pick);
  pickRef.current = pick;
  useEffect(() => {
    const pickLive = (index: number) => {
      if (liveRef.current) pickRef.current(liveRef.current, index);
    };
    const onKey = (event: KeyboardEvent) => {
      const digit = event.altKey && /^Digit([1-5])$/.exec(event.code);
      if (digit) {
        event.preventDefault();
        pickLive(Number(digit[1]) - 1);
      } else if (event.key === '/' && !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)) {
        event.preventDefault();
        searchBox.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    const removePick = onMessage('pickSuggestion', ({ data }) => pickLive(data));
    const removeDraft = onMessage('draftChecked', ({ data, sender }) => {
      if (sender.tab?.id === stateTab.current) setDraftFindings(data.findings);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      removePick();
      removeDraft();
    };
  }, []);
  const highlights = query.trim() ? [] : [...new Set(suggestions.flatMap((s) => s.matched))];

  return (
    <main class="panel">
      <ConversationHeader snapshot={state.snapshot} now={now} highlights={highlights} />
      <TeachPanel snapshot={state.snapshot} tabId={state.tabId} />
      {status && (
        <div class={`hs-status ${status.kind}`} role="status" data-testid="status">
          {status.text}
        </div>
      )}
      <DraftFindings findings={draftFindings} trainee={settings.traineeMode} />
      {prompt && (
        <PlaceholderPrompt
          title={prompt.item.title}
          names={prompt.item.missing}
          onCancel={() => setPrompt(null)}
          onSubmit={(values) => {
            setPrompt(null);
            void insertText(prompt.replies, prompt.item, fillPlaceholders(prompt.item.text, values).text);
          }}
        />
      )}
      <div class="search-bar">
        <input
          ref={searchBox}
          type="search"
          class="search"
          data-testid="search"
          placeholder="搜索话术：关键词、快捷编码或拼音首字母（按 / 聚焦）"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && live) pick(live, 0);
            if (event.key === 'Escape') setQuery('');
          }}
        />
      </div>
      {shown && (
        <section
          class="hs-card replies"
          data-testid="replies"
          onPointerEnter={() => setHeld(live)}
          onPointerLeave={() => setHeld(null)}
        >
          <h2 class="section-title">
            {query.trim() ? '搜索结果' : '推荐回复'} <span class="hs-muted">给 {shown.buyerName}</span>
          </h2>
          {held && live && held.conversationKey !== live.conversationKey && (
            <p class="hs-status error" data-testid="held-notice">
              会话已切换到 {live.buyerName}，移开鼠标后刷新推荐
            </p>
          )}
          <PhraseList items={shown.items} onPick={(index) => pick(shown, index)} onCopy={(index) => void copy(shown.items[index]!)} />
        </section>
      )}
      {live && (
        <section class="hs-card">
          <button type="button" class="link-button" data-testid="browse-toggle" onClick={() => setBrowsing(!browsing)}>
            {browsing ? '收起话术分类' : `按分类浏览全部话术（${library.phrases.length}）`}
          </button>
          {browsing && (
            <PhraseBrowser
              phrases={library.phrases}
              onPick={browsePick}
              risky={(phrase) => phraseFlags(checker, phrase).map((finding) => finding.match)}
            />
          )}
        </section>
      )}
      <TeamStatusLine team={team} />
    </main>
  );
}

/**
 * The search index over the library, built when the panel is idle or at the first query, whichever
 * comes first: with 10,000 phrases it costs a few hundred ms the first suggestions should not wait for.
 */
function useIdleIndex(phrases: readonly Phrase[]): () => PhraseSearch {
  const built = useRef<{ phrases: readonly Phrase[]; search: PhraseSearch } | null>(null);
  const get = useMemo(
    () => () => {
      if (built.current?.phrases !== phrases) built.current = { phrases, search: createPhraseSearch(phrases) };
      return built.current.search;
    },
    [phrases],
  );
  useEffect(() => {
    const idle = requestIdleCallback(() => get());
    return () => cancelIdleCallback(idle);
  }, [phrases]);
  return get;
}
