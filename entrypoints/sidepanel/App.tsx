import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ConversationHeader } from '../../components/ConversationHeader';
import { DraftFindings } from '../../components/DraftFindings';
import { PhraseBrowser } from '../../components/PhraseBrowser';
import { PhraseList, type PhraseItem } from '../../components/PhraseList';
import { PickWarning } from '../../components/PickWarning';
import { PlaceholderPrompt } from '../../components/PlaceholderPrompt';
import { QueuePanel } from '../../components/QueuePanel';
import { TeachPanel } from '../../components/TeachPanel';
import { TeamStatusLine, useComplianceConfig, useTeamStatus } from '../../components/TeamStatus';
import type { Checker, CheckerOptions } from '../../utils/compliance/checker';
import type { Finding } from '../../utils/compliance/types';
import { fillPlaceholders } from '../../utils/library/placeholders';
import type { Phrase } from '../../utils/library/types';
import { onMessage, sendMessage, type InsertResult } from '../../utils/messaging';
import { activeProfile, settingsForProfile } from '../../utils/settings';
import { runInSlices } from '../../utils/slices';
import { checkBinding, type ReplyBinding } from '../../utils/workbench/binding';
import { EMPTY_LIBRARY, usePanelState, useLibrary, useNow, useSettings } from './hooks';
import { useQueue, useReminderRefresh } from './queue';
import { bookReason, PhraseBook } from './PhraseBook';
import { ProfileLine } from './ProfileLine';
import type { PhraseSearch } from './by-hand';
import { suggestedItem } from './replies';
import { useFoundFlags } from './found-flags';
import { NoticeLine, type Notice } from '../../components/Notice';

/** Replies together with the conversation they were offered for. */
interface BoundReplies {
  tabId: number;
  conversationKey: string;
  buyerName: string;
  /** Search results or suggestions (the heading says which list is on screen), or one phrase browsed to. */
  kind: 'search' | 'suggested' | 'browse';
  items: PhraseItem[];
  /** The panel is still loading what this list needs (the search index, the checker): it is empty for now. */
  pending?: boolean;
}

/**
 * A line about something the agent did. It describes one conversation (`scope`) and, after an insert,
 * one draft: it goes when either changes, so 「已放入 A 的输入框」 never stands beside B's conversation.
 */
interface Status extends Notice {
  scope: string | null;
  /** The reply box's text right after the insert; another text there means the line is outdated. */
  draft?: string;
}

interface Prompt {
  replies: BoundReplies;
  item: PhraseItem;
}

const SEARCH_LIMIT = 20;
/** Beside a conversation, the panel compiles its own checker (for the category browser) this long after opening at the earliest, unless needed sooner. */
const OWN_CHECKER_AFTER_MS = 5_000;
const NO_FINDINGS: Finding[] = [];
const NO_CHECK = { text: '', findings: NO_FINDINGS };
/**
 * A panel that does not follow the tab a 快捷编码 was expanded in answers no sooner than this: the first answer
 * is the one the page gets, and it should be the following panel's (another window may have a panel open).
 */
const NOT_MINE_DELAY_MS = 1500;

/** A tab's last checked draft: its findings, and its text for the words a one-click fix replaces (Finding.fix). */
interface DraftCheck {
  text: string;
  findings: Finding[];
}

/** Each workbench tab's draft check; a tab without findings has no entry, so the map holds only drafts that need a look. */
function withDraftChecks(checks: ReadonlyMap<number, DraftCheck>, tabId: number, check: DraftCheck): ReadonlyMap<number, DraftCheck> {
  if (check.findings.length === 0 && !checks.has(tabId)) return checks;
  const next = new Map(checks);
  if (check.findings.length === 0) next.delete(tabId);
  else next.set(tabId, check);
  return next;
}

const scopeOf = (binding: { tabId: number; conversationKey: string }) => `${binding.tabId}|${binding.conversationKey}`;

export function App() {
  const state = usePanelState();
  const conversation = state.snapshot?.conversation ?? null;
  const [agentSettings, setAgentSettings] = useSettings();
  // The shop profile the open conversation's shop chooses (or the agent did): its 店铺名, 店铺常用信息 and team.
  const profile = activeProfile(agentSettings, conversation?.shopName);
  const settings = useMemo(() => settingsForProfile(agentSettings, profile), [agentSettings, profile.id]);
  const now = useNow();
  const [status, setStatus] = useState<Status | null>(null);
  const [query, setQuery] = useState('');
  const [browsing, setBrowsing] = useState(false);
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  /** A phrase picked by hand that the page contradicts, waiting for 仍然插入 or 取消 (bound to its buyer like a form). */
  const [confirm, setConfirm] = useState<Prompt | null>(null);
  // The last check of each tab's reply box, kept for every tab: a check can arrive before the panel knows which tab
  // it follows (its state comes with the suggestions), and the page checks again itself whenever the draft or the
  // conversation changes, so the last one is always the current draft.
  const [draftChecks, setDraftChecks] = useState<ReadonlyMap<number, DraftCheck>>(new Map());
  // While the agent's pointer rests on the list it holds still: a list that reorders under the cursor
  // makes agents click the wrong reply. A held reply stays bound to its buyer, so a stale click is refused.
  const [held, setHeld] = useState<BoundReplies | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const repliesCard = useRef<HTMLElement>(null);
  /** Where the pointer last moved in the panel (null once it left): tells a hand at rest from a list sliding under it. */
  const pointer = useRef<{ x: number; y: number } | null>(null);
  /** What the agent typed in placeholder forms, per conversation and phrase, kept when a switch closes the form. */
  const formValues = useRef(new Map<string, Record<string, string>>());

  const team = useTeamStatus(profile.teamSlot);
  const compliance = useComplianceConfig(team);
  const platform = state.snapshot?.platform;
  // The first list needs none of this: it comes checked from the background.
  const byHand = useByHand(state.loaded);
  const checkerOptions = { ...compliance, platform };
  const rulesKey = JSON.stringify(checkerOptions);
  // Phrases found by hand are checked by the background (found-flags.ts). The panel's own checker is for the category
  // browser: compiled at once when the browser is opened or the background does not answer, else only after what a
  // search typed at once needs (the index, the background's checker): in the phrase book, whose browser is on
  // screen, right after; beside a conversation once the panel has been open a while, as the first seconds belong to
  // the first list, a search typed at once and the next buyer message.
  const [ownWanted, setOwnWanted] = useState(false);
  const [openAWhile, setOpenAWhile] = useState(false);
  const checker = usePanelChecker(byHand, checkerOptions, rulesKey, ownWanted);
  const own = useMemo(() => (byHand && checker ? (body: string) => byHand.flagsOf(checker, body) : null), [byHand, checker]);
  const found = useFoundFlags({ key: rulesKey, team: profile.teamSlot, ...(platform !== undefined ? { platform } : {}) }, state.loaded, own);
  // The whole library (search, browsing) after the first list: with 10,000 phrases it comes in slices and is indexed
  // in slices (useSlicedIndex), so the first list and the next buyer message never wait long behind it.
  const library = useLibrary(profile.teamSlot, state.loaded);
  // The index of the library not yet received finds nothing: a query typed meanwhile waits for the real one.
  const search = useSlicedIndex(byHand, library === EMPTY_LIBRARY ? null : library.phrases);
  const needsOwn = found.failed || browsing || (search !== null && found.warm && (!conversation || openAWhile));
  useEffect(() => {
    if (needsOwn) setOwnWanted(true);
  }, [needsOwn]);
  useEffect(() => {
    if (!state.loaded) return;
    const timer = setTimeout(() => setOpenAWhile(true), OWN_CHECKER_AFTER_MS);
    return () => clearTimeout(timer);
  }, [state.loaded]);
  /** Phrases the agent finds by hand, once the search index is ready (null until then); each waits for its flags. */
  const findByHand = byHand && search ? (text: string) => search.search(text, SEARCH_LIMIT) : null;
  const searched = useMemo(() => (query.trim() && findByHand ? findByHand(query.trim()) : null), [query, search]);

  // Made in the background by the one code path the CLI uses too (suggestForSituation, with the reminders
  // and what this machine learned), for exactly this reading.
  const suggested = conversation && state.suggested?.conversationKey === conversation.key ? state.suggested : null;
  const suggestions = suggested?.suggestions ?? [];
  /**
   * The suggestions with the findings the background checked them with. A list kept from before that did not
   * carry them waits for the panel's checker: no phrase is offered unchecked.
   */
  const suggestedItems = useMemo(() => {
    const items: PhraseItem[] = [];
    for (const suggestion of suggestions) {
      const flags = suggested?.flags?.[suggestion.phrase.id] ?? found.flagsOf(suggestion.phrase.body);
      if (!flags) return null;
      items.push(suggestedItem(suggestion, conversation, settings, flags));
    }
    return items;
  }, [suggested, conversation, settings, found.flagsOf]);
  /** The search results with their flags, or null while a result's flags are not known yet (none is offered unchecked). */
  const searchedWith = <T,>(make: (phrase: Phrase, flags: Finding[]) => T): T[] | null => {
    if (!searched) return null;
    const items: T[] = [];
    for (const phrase of searched) {
      const flags = found.flagsOf(phrase.body);
      if (!flags) return null;
      items.push(make(phrase, flags));
    }
    return items;
  };
  // Phrases on screen whose flags are not known yet are asked about (a kept list from before lists came checked, too).
  useEffect(() => {
    const unknown = [...(searched ?? []).map((phrase) => phrase.body), ...suggestions.filter((s) => !suggested?.flags?.[s.phrase.id]).map((s) => s.phrase.body)].filter(
      (body) => found.flagsOf(body) === undefined,
    );
    if (unknown.length > 0) void found.ask(unknown);
  }, [searched, suggested, found.flagsOf]);

  // Waiting queue and reminders: when this buyer's reminders change, the background re-ranks.
  const queue = useQueue();
  useReminderRefresh(queue, state.tabId, conversation, state.refresh);

  const live = useMemo<BoundReplies | null>(() => {
    if (!conversation || state.tabId === null) return null;
    const searching = query.trim() !== '';
    const items = searching ? searchedWith((phrase, flags) => byHand!.pickedItem(phrase, conversation, settings, flags)) : suggestedItems;
    return {
      tabId: state.tabId,
      conversationKey: conversation.key,
      buyerName: conversation.buyer.name,
      kind: searching ? 'search' : 'suggested',
      items: items ?? [],
      pending: !items,
    };
  }, [conversation, state.tabId, query, searched, suggestedItems, settings, found.flagsOf]);
  // No conversation to insert into: the panel is a phrase book (search, browse, copy), apart from picking.
  const book = live === null;
  /** The phrase book's results (null while the index or a result's flags are not ready). */
  const bookResults = useMemo(
    () => (book ? searchedWith((phrase, flags) => byHand!.bookItem(phrase, settings, flags)) : null),
    [book, searched, settings, found.flagsOf],
  );
  /** What is on screen: Enter, a click and Alt+N pick from this and nothing else. */
  const shown = held ?? live;
  const liveScope = live ? scopeOf(live) : null;

  const liveRef = useRef(live);
  liveRef.current = live;
  const shownRef = useRef(shown);
  shownRef.current = shown;

  const conversationRef = useRef(conversation);
  conversationRef.current = conversation;

  const pointerOnList = () => {
    const at = pointer.current;
    const target = at && document.elementFromPoint(at.x, at.y);
    return !!target && !!repliesCard.current?.contains(target);
  };
  // The list can slide away from a resting pointer (a line or a form appearing above it) without any
  // pointer event: a hold lasts only while the pointer is really over the list.
  useEffect(() => {
    if (held && !pointerOnList()) setHeld(null);
  });
  /**
   * After a pick from the list the pointer usually still rests on it: the hold goes on (every pick, not
   * just the first), renewed for the conversation open now if the held one was left.
   */
  const holdAfterPick = () =>
    setHeld((current) => {
      const open = liveRef.current;
      if (!pointerOnList() || !open) return null;
      return current && scopeOf(current) === scopeOf(open) ? current : open;
    });

  /** A short note beside the reply box, for keys pressed in the page whose effect shows only here. */
  const tellPage = (tabId: number, text: string) => void sendMessage('showPageNotice', { text }, tabId).catch(() => undefined);

  const insertText = async (replies: BoundReplies, item: PhraseItem, text: string, via: 'list' | 'page' | 'form') => {
    const result = await sendMessage('insertReply', {
      tabId: replies.tabId,
      conversationKey: replies.conversationKey,
      buyerName: replies.buyerName,
      text,
      phraseId: item.phraseId,
      via: replies.kind,
      ...(suggested?.intent ? { intent: suggested.intent } : {}),
    }).catch(() => ({ ok: false as const, message: '后台没有响应，请稍后重试' }));
    const scope = liveRef.current ? scopeOf(liveRef.current) : null;
    if (result.ok) {
      setStatus({ kind: 'ok', text: `已放入 ${replies.buyerName} 的输入框（未发送）`, scope, draft: result.draft });
      void sendMessage('recordUsage', item.phraseId).catch(() => undefined);
    } else {
      setStatus({ kind: 'error', text: result.message, scope });
      if (via === 'page') tellPage(replies.tabId, result.message);
    }
    // A form's 插入 was aimed at the form: a list that slid under the pointer when it closed is not held.
    if (via === 'form') setHeld(null);
    else holdAfterPick();
  };

  const pick = (replies: BoundReplies, index: number, via: 'list' | 'page' = 'list') => {
    const item = replies.items[index];
    if (!item) {
      if (via === 'page') tellPage(replies.tabId, `侧边栏里没有第 ${index + 1} 条回复`);
      return;
    }
    // A held list may belong to a buyer the page has since left: refuse before asking for anything.
    const verdict = checkBinding(replies, conversationRef.current);
    if (!verdict.ok) {
      setStatus({ kind: 'error', text: verdict.message, scope: liveRef.current ? scopeOf(liveRef.current) : null });
      if (via === 'page') tellPage(replies.tabId, verdict.message);
      holdAfterPick();
      return;
    }
    // A phrase found by hand that the page contradicts: say why before it goes in.
    if (item.warning) {
      setPrompt(null);
      setConfirm({ replies, item });
      setStatus(null);
      if (via === 'page') tellPage(replies.tabId, `请在话术助手侧边栏确认：${item.warning}`);
      return;
    }
    proceed(replies, item, via);
  };

  /** After the binding and any warning: ask for the blanks, or insert. */
  const proceed = (replies: BoundReplies, item: PhraseItem, via: 'list' | 'page') => {
    if (item.missing.length > 0) {
      setPrompt({ replies, item });
      // The form is the news now, not whatever the last insert said.
      setStatus(null);
      if (via === 'page') tellPage(replies.tabId, `请在话术助手侧边栏填写：${item.missing.join('、')}`);
      return;
    }
    void insertText(replies, item, item.text, via);
  };

  const copy = async (item: PhraseItem) => {
    try {
      await navigator.clipboard.writeText(item.text);
      const toFill = item.missing.length > 0 ? `；粘贴后请把 ${item.missing.map((name) => `{${name}}`).join('、')} 换成实际内容` : '';
      setStatus({ kind: 'ok', text: `已复制「${item.title}」，可在工作台里粘贴${toFill}`, scope: liveScope });
    } catch {
      setStatus({ kind: 'error', text: '复制失败：浏览器没有允许访问剪贴板', scope: liveScope });
    }
  };

  const browsePick = (phrase: Phrase) => {
    if (!live || !byHand || !checker) return;
    const item = byHand.pickedItem(phrase, conversation, settings, byHand.flagsOf(checker, phrase.body));
    pick({ ...live, kind: 'browse', items: [item] }, 0);
  };

  // A line or a form about one conversation goes when the panel shows another. A form closed this way
  // keeps what was typed: choosing the same reply for that buyer again brings it back.
  useEffect(() => {
    setStatus((current) => (current && current.scope !== liveScope ? null : current));
    if (confirm && scopeOf(confirm.replies) !== liveScope) {
      setConfirm(null);
      const switched = live ? `会话已切换到 ${live.buyerName}` : '会话已关闭';
      setStatus({ kind: 'error', text: `${switched}：给 ${confirm.replies.buyerName} 的「${confirm.item.title}」没有插入`, scope: liveScope });
    }
    if (!prompt || scopeOf(prompt.replies) === liveScope) return;
    setPrompt(null);
    const switched = live ? `会话已切换到 ${live.buyerName}` : '会话已关闭';
    setStatus({
      kind: 'error',
      text: `${switched}：给 ${prompt.replies.buyerName} 的「${prompt.item.title}」没有插入。填写的内容已保留，回到 ${prompt.replies.buyerName} 后再选这条回复即可继续`,
      scope: liveScope,
    });
  }, [liveScope]);

  /**
   * A 快捷编码 the agent expanded in the page names a phrase with blanks the page cannot fill, or one the page
   * contradicts: the path of a phrase found by search (the warning, then the form), bound to the buyer it was
   * typed for.
   */
  const expandRef = useRef<((request: ReplyBinding & { phraseId: string }, tabId: number) => Promise<InsertResult>) | null>(null);
  expandRef.current = async (request, tabId) => {
    const phrase = library.phrases.find((candidate) => candidate.id === request.phraseId);
    const flags = phrase && byHand ? (found.flagsOf(phrase.body) ?? (await found.ask([phrase.body]))?.[0]) : undefined;
    if (!phrase || !byHand || !flags) return { ok: false, message: '侧边栏还在读取话术库，请稍后再按一次' };
    const replies: BoundReplies = {
      tabId,
      conversationKey: request.conversationKey,
      buyerName: request.buyerName,
      kind: 'search',
      items: [byHand.pickedItem(phrase, conversationRef.current, settings, flags)],
    };
    const verdict = checkBinding(replies, conversationRef.current);
    if (!verdict.ok) return { ok: false, message: verdict.message };
    pick(replies, 0, 'page');
    return { ok: true };
  };

  // Alt+1..5 from the panel itself or, relayed by the content script, from the workbench page;
  // "/" jumps to search as in most tools agents know.
  const stateTab = useRef(state.tabId);
  stateTab.current = state.tabId;
  // A draft typed before this panel opened (or followed this tab) was reported to nobody: ask for it.
  useEffect(() => {
    if (state.tabId !== null) void sendMessage('recheckDraft', undefined, state.tabId).catch(() => undefined);
  }, [state.tabId]);
  const pickRef = useRef(pick);
  pickRef.current = pick;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.isComposing) return;
      const digit = event.altKey && /^Digit([1-5])$/.exec(event.code);
      if (digit) {
        event.preventDefault();
        if (shownRef.current) pickRef.current(shownRef.current, Number(digit[1]) - 1);
      } else if (event.key === '/' && !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)) {
        event.preventDefault();
        searchBox.current?.focus();
      }
    };
    const onPointerMove = (event: PointerEvent) => {
      if (event.isTrusted) pointer.current = { x: event.clientX, y: event.clientY };
    };
    const onPointerOut = (event: PointerEvent) => {
      if (event.relatedTarget === null) pointer.current = null;
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointermove', onPointerMove);
    window.addEventListener('pointerout', onPointerOut);
    // Only the agent's own keys in the workbench this panel follows, while it is the tab they look at:
    // another tab (or window) cannot pick or expand a reply for this one.
    const isFollowedActiveTab = async (tabId: number | undefined): Promise<boolean> => {
      if (tabId === undefined || tabId !== stateTab.current) return false;
      const { id: windowId } = await browser.windows.getCurrent();
      const [active] = await browser.tabs.query({ active: true, windowId });
      return active?.id === tabId && tabId === stateTab.current;
    };
    const removePick = onMessage('pickSuggestion', async ({ data, sender }) => {
      if (!(await isFollowedActiveTab(sender.tab?.id))) return;
      if (shownRef.current) pickRef.current(shownRef.current, data, 'page');
    });
    const removeExpand = onMessage('expandInPanel', async ({ data, sender }): Promise<InsertResult> => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !(await isFollowedActiveTab(tabId))) {
        await new Promise((resolve) => setTimeout(resolve, NOT_MINE_DELAY_MS));
        return { ok: false, message: '侧边栏显示的是另一个工作台：请在这个标签页打开话术助手侧边栏' };
      }
      return (await expandRef.current?.(data, tabId)) ?? { ok: false, message: '侧边栏还没有准备好，请稍后再按一次' };
    });
    const removeDraft = onMessage('draftChecked', ({ data, sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      setDraftChecks((checks) => withDraftChecks(checks, tabId, data));
      if (tabId !== stateTab.current) return;
      setStatus((current) => (current?.draft !== undefined && current.draft !== data.text ? null : current));
    });
    // A closed workbench tab's draft is gone: its findings go with it (a long shift opens hundreds of tabs).
    const onTabRemoved = (tabId: number) => setDraftChecks((checks) => withDraftChecks(checks, tabId, NO_CHECK));
    browser.tabs.onRemoved.addListener(onTabRemoved);
    return () => {
      browser.tabs.onRemoved.removeListener(onTabRemoved);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerout', onPointerOut);
      removePick();
      removeExpand();
      removeDraft();
    };
  }, []);
  const highlights = query.trim() ? [] : [...new Set(suggestions.flatMap((s) => s.matched))];

  // While the list is held under the pointer, the queue above it holds still too: a buyer leaving the
  // queue would otherwise slide the list away from the pointer.
  const heldQueue = useRef(queue);
  if (!held) heldQueue.current = queue;

  const formKey = prompt ? `${scopeOf(prompt.replies)}|${prompt.item.phraseId}` : '';
  return (
    <main class="panel">
      <QueuePanel queue={held ? heldQueue.current : queue} />
      <ConversationHeader snapshot={state.snapshot} now={now} highlights={highlights} />
      <ProfileLine settings={agentSettings} profile={profile} pageShop={conversation?.shopName} onChosen={setAgentSettings} />
      <TeachPanel snapshot={state.snapshot} tabId={state.tabId} />
      <DraftFindings check={(state.tabId !== null && draftChecks.get(state.tabId)) || NO_CHECK} trainee={settings.traineeMode} />
      {confirm && (
        <PickWarning
          key={`${scopeOf(confirm.replies)}|${confirm.item.phraseId}`}
          title={confirm.item.title}
          buyerName={confirm.replies.buyerName}
          warning={confirm.item.warning ?? ''}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            // Still this buyer's reply: the binding is checked again at insert time.
            const verdict = checkBinding(confirm.replies, conversationRef.current);
            if (!verdict.ok) setStatus({ kind: 'error', text: verdict.message, scope: liveScope });
            else proceed(confirm.replies, confirm.item, 'list');
          }}
        />
      )}
      {prompt && (
        <PlaceholderPrompt
          key={formKey}
          title={prompt.item.title}
          buyerName={prompt.replies.buyerName}
          names={prompt.item.missing}
          initial={formValues.current.get(formKey)}
          onChange={(values) => formValues.current.set(formKey, values)}
          onCancel={() => {
            formValues.current.delete(formKey);
            setPrompt(null);
          }}
          onSubmit={(values) => {
            formValues.current.delete(formKey);
            setPrompt(null);
            void insertText(prompt.replies, prompt.item, fillPlaceholders(prompt.item.text, values).text, 'form');
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
          onInput={(event) => {
            // The agent's own typing changes the list at once, hold or not.
            setHeld(null);
            setQuery(event.currentTarget.value);
          }}
          onKeyDown={(event) => {
            if (event.isComposing) return;
            if (event.key === 'Enter' && shown) {
              // The key is used up here: a question the pick opens (and focuses) must not get it too.
              event.preventDefault();
              pick(shown, 0);
            } else if (event.key === 'Enter' && book && bookResults?.[0]) void copy(bookResults[0]);
            if (event.key === 'Escape') {
              setHeld(null);
              setQuery('');
            }
          }}
        />
      </div>
      {shown && (
        <section
          ref={repliesCard}
          class="hs-card replies"
          data-testid="replies"
          // A hold starts when the agent moves the pointer onto the list, not when the list slides under a
          // resting pointer (a form closing above it, a saved teaching): that list was never aimed at.
          onPointerMove={(event) => {
            const last = pointer.current;
            const moved = !last || last.x !== event.clientX || last.y !== event.clientY;
            if (event.isTrusted && moved && !held) setHeld(shown);
          }}
          onPointerLeave={() => setHeld(null)}
        >
          <h2 class="section-title">
            {shown.kind === 'search' ? '搜索结果' : '推荐回复'} <span class="hs-muted">给 {shown.buyerName}</span>
          </h2>
          {held && live && held.conversationKey !== live.conversationKey && (
            <p class="hs-status error" data-testid="held-notice">
              会话已切换到 {live.buyerName}，移开鼠标后刷新推荐
            </p>
          )}
          <PhraseList
            items={shown.items}
            empty={shown.pending ? '正在读取话术库…' : undefined}
            onPick={(index) => pick(shown, index)}
            onCopy={(index) => void copy(shown.items[index]!)}
          />
        </section>
      )}
      {live && (
        <section class="hs-card">
          <button type="button" class="link-button" data-testid="browse-toggle" onClick={() => setBrowsing(!browsing)}>
            {browsing ? '收起话术分类' : `按分类浏览全部话术（${library.phrases.length}）`}
          </button>
          {browsing &&
            (byHand && checker ? (
              <PhraseBrowser
                phrases={library.phrases}
                onPick={browsePick}
                risky={(phrase) => byHand.flagsOf(checker, phrase.body).map((finding) => finding.match)}
              />
            ) : (
              <p class="hs-muted">正在读取话术库…</p>
            ))}
        </section>
      )}
      {book && (
        <PhraseBook
          reason={bookReason(state.snapshot !== null)}
          searching={query.trim() !== ''}
          found={bookResults !== null}
          results={bookResults ?? []}
          phrases={library.phrases}
          checked={
            byHand && checker
              ? {
                  risky: (phrase) => byHand.flagsOf(checker, phrase.body).map((finding) => finding.match),
                  itemFor: (phrase) => byHand.bookItem(phrase, settings, byHand.flagsOf(checker, phrase.body)),
                }
              : null
          }
          onCopy={(item) => void copy(item)}
        />
      )}
      {/* Kept at the foot of the panel: a line appearing above the list would slide it under the pointer. */}
      <NoticeLine notice={status} testId="status" class="status-line" />
      <TeamStatusLine team={team} />
    </main>
  );
}

type ByHand = typeof import('./by-hand');

/**
 * The code for phrases found by hand (by-hand.ts: the checker, the search index), fetched once the first panel
 * state is on screen: compiling it and the checker would otherwise come before the first list.
 */
function useByHand(start: boolean): ByHand | null {
  const [byHand, setByHand] = useState<ByHand | null>(null);
  useEffect(() => {
    if (start) void import('./by-hand').then(setByHand);
  }, [start]);
  return byHand;
}

/**
 * The panel's checker for these options (`key`: their JSON, the rules key the found flags are kept by), compiled in slices (utils/slices.ts) once the by-hand code is in and it is
 * `wanted`; null until then. Compiled again only when the options change: the background's answer is most often the
 * defaults the panel started from (no team pack).
 */
function usePanelChecker(byHand: ByHand | null, options: CheckerOptions, key: string, wanted: boolean): Checker | null {
  const [compiled, setCompiled] = useState<{ key: string; checker: Checker } | null>(null);
  useEffect(() => {
    if (!byHand || !wanted) return;
    let current = true;
    void runInSlices(byHand.checkerSteps(options), () => current).then((checker) => {
      if (checker) setCompiled({ key, checker });
    });
    return () => {
      current = false;
    };
  }, [byHand, key, wanted]);
  // Findings of rules since replaced are not shown: the phrases wait for the new checker.
  return compiled?.key === key ? compiled.checker : null;
}

/** The longest a slice of index building holds the panel: a buyer message arriving meanwhile waits at most this. */
const INDEX_SLICE_MS = 12;
/** Idle slices are asked for with this timeout, so a panel that is never idle still gets its index. */
const INDEX_IDLE_TIMEOUT_MS = 50;

/**
 * The search index over the library, built in short slices when the panel is idle: with 10,000 phrases the
 * whole build takes several hundred ms, which a buyer message arriving meanwhile should not wait behind.
 * Null until it is complete; a query typed before then shows as still loading and is answered once it is.
 */
function useSlicedIndex(byHand: ByHand | null, phrases: readonly Phrase[] | null): PhraseSearch | null {
  const [built, setBuilt] = useState<{ phrases: readonly Phrase[]; search: PhraseSearch } | null>(null);
  useEffect(() => {
    if (!byHand || !phrases) return;
    const build = byHand.startPhraseSearch(phrases);
    let idle = 0;
    const slice = () => {
      const end = performance.now() + INDEX_SLICE_MS;
      if (build.step(() => performance.now() >= end)) setBuilt({ phrases, search: build.finish() });
      else idle = requestIdleCallback(slice, { timeout: INDEX_IDLE_TIMEOUT_MS });
    };
    idle = requestIdleCallback(slice, { timeout: INDEX_IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(idle);
  }, [byHand, phrases]);
  // An index over a library since replaced would find phrases that are gone (or miss new ones).
  return built?.phrases === phrases ? built.search : null;
}
