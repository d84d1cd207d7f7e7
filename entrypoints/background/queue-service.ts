// The waiting queue, live reminders, the toolbar badge and the agent's own figures, in the background.
// Content scripts report their conversation list; the readings of the open conversation come from the
// snapshot handler; inserts come from the insert handler. Every duration is measured on one injectable
// clock (`now`), so tests move time instead of waiting. Decisions live in utils/queue and utils/figures.
import { isMisfire, misfireCounts, MISFIRE_WINDOW_MS, retainedShare, MISFIRE_SHARE, type FigureEvent } from '../../utils/figures/figures';
import { onMessage, type InsertRequest, type InsertResult, type OpenConversationRequest, type QueueReport, type QueueView } from '../../utils/messaging';
import type { PackStore } from '../../utils/pack/sync';
import { badgeFor, computeNudges, nextChange, observeSnapshot, queueEntries, type Badge, type Nudge, type QueueEntry, type TabQueue } from '../../utils/queue/queue';
import { resolveStandards, type ServiceStandards, type StandardsOverride } from '../../utils/queue/standards';
import type { WorkbenchSnapshot } from '../../utils/workbench/types';
import type { FigureStore } from './figures-store';

/** What survives the worker being stopped (kept in storage.session: memory only, gone with the browser). */
export interface QueueSession {
  tabs: Record<number, TabQueue>;
  dismissed: string[];
}

export interface QueueServiceDeps {
  now(): number;
  /** The latest reading of a workbench tab (the open conversation). */
  snapshotOf(tabId: number): Promise<WorkbenchSnapshot | undefined>;
  personalStandards(): Promise<StandardsOverride | undefined>;
  figures: FigureStore;
  loadSession(): Promise<QueueSession | undefined>;
  saveSession(session: QueueSession): Promise<void>;
  setBadge(badge: Badge): Promise<void>;
  notifyPanels(view: QueueView): Promise<void>;
  openInTab(tabId: number, request: Omit<OpenConversationRequest, 'tabId'>): Promise<InsertResult>;
  readDraft(tabId: number): Promise<string | null>;
  /** setTimeout, injectable; returns a cancel function. */
  setTimer(run: () => void, ms: number): () => void;
}

/** A phrase inserted from the panel, waiting to be judged: its text stays in memory only, never stored. */
interface PendingInsert {
  tabId: number;
  conversationKey: string;
  platform: string;
  phraseId: string;
  intent?: string;
  text: string;
  at: number;
  judged: boolean;
}

/** A reply counts as coming from a suggestion when it went out this soon after a similar insert. */
const SUGGESTION_WINDOW_MS = 5 * 60_000;
/** Memories of conversations per tab; the oldest are forgotten first. */
const MAX_CONVERSATIONS = 300;
const MAX_DISMISSED = 500;

export interface QueueService {
  view(): Promise<QueueView>;
  observeSnapshot(tabId: number, snapshot: WorkbenchSnapshot): Promise<void>;
  observeReport(tabId: number, report: QueueReport): Promise<void>;
  observeInsert(request: InsertRequest, result: InsertResult): Promise<void>;
  observeDraft(tabId: number, findings: readonly { match: string; severity: string }[]): void;
  forgetTab(tabId: number): Promise<void>;
  dismiss(id: string): Promise<void>;
  /** The team pack changed: its standards apply from now on. */
  setTeamStandards(standards: StandardsOverride | undefined): Promise<void>;
  /** Re-evaluates now (the clock moved, a timer fired). */
  refresh(): Promise<QueueView>;
}

export function createQueueService(deps: QueueServiceDeps): QueueService {
  let session: QueueSession = { tabs: {}, dismissed: [] };
  let team: StandardsOverride | undefined;
  const loaded = deps.loadSession().then((stored) => {
    if (stored) session = stored;
  }, () => undefined);
  const pending: PendingInsert[] = [];
  /** Risky words seen in each tab's draft since its last reply: caught if the reply goes out without them. */
  const draftRisks = new Map<number, Set<string>>();
  let cancelTimer: (() => void) | undefined;
  let lastBadge = '';
  let misfires: [string, number][] | undefined;

  const standards = async (): Promise<ServiceStandards> => resolveStandards(await deps.personalStandards().catch(() => undefined), team);

  const record = async (event: FigureEvent) => {
    await deps.figures.add(event, deps.now());
    if (event.kind === 'insert' && event.misfire) misfires = undefined;
  };

  const judge = async (insert: PendingInsert, later: string | null) => {
    if (insert.judged) return;
    insert.judged = true;
    pending.splice(pending.indexOf(insert), 1);
    const event: FigureEvent = { kind: 'insert', at: insert.at, platform: insert.platform, phraseId: insert.phraseId, misfire: later !== null && isMisfire(insert.text, later) };
    if (insert.intent) event.intent = insert.intent;
    await record(event);
  };

  const compute = async (): Promise<QueueView> => {
    const now = deps.now();
    const rules = await standards();
    const entries: QueueEntry[] = [];
    const nudges: Nudge[] = [];
    for (const [id, tab] of Object.entries(session.tabs)) {
      const tabId = Number(id);
      entries.push(...queueEntries(tabId, tab, rules, now));
      const snapshot = (await deps.snapshotOf(tabId)) ?? null;
      const open = snapshot?.conversation?.buyer.name === tab.open ? snapshot : null;
      nudges.push(...computeNudges(tabId, tab, open, rules, now));
    }
    entries.sort((a, b) => a.waitingSince - b.waitingSince);
    const dismissed = new Set(session.dismissed);
    const shown = nudges.filter((nudge) => !dismissed.has(nudge.id));
    misfires ??= [...misfireCounts(await deps.figures.all())];
    return { now, entries, nudges: shown, badge: badgeFor(entries, shown, rules, now), standards: rules, misfires };
  };

  let chain: Promise<unknown> = Promise.resolve();
  /** Recomputes, updates the badge, tells the panels and wakes again when the next threshold passes. */
  const refresh = (): Promise<QueueView> => {
    const run = chain.then(async () => {
      await loaded;
      const view = await compute();
      const badgeKey = `${view.badge.text}|${view.badge.color}`;
      if (badgeKey !== lastBadge) {
        lastBadge = badgeKey;
        await deps.setBadge(view.badge).catch(() => undefined);
      }
      await deps.notifyPanels(view).catch(() => undefined);
      cancelTimer?.();
      const next = nextChange(view.entries, Object.values(session.tabs), view.standards, view.now);
      cancelTimer = next === undefined ? undefined : deps.setTimer(() => void refresh(), Math.max(50, next - view.now + 50));
      return view;
    });
    chain = run.catch(() => undefined);
    return run;
  };

  const save = () => deps.saveSession(session).catch(() => undefined);

  const tabOf = (tabId: number, platform: string, platformName: string): TabQueue =>
    (session.tabs[tabId] ??= { platform, platformName, rows: null, open: null, conversations: {} });

  const forgetOldConversations = (tab: TabQueue) => {
    const names = Object.keys(tab.conversations);
    if (names.length <= MAX_CONVERSATIONS) return;
    names
      .sort((a, b) => tab.conversations[a]!.seenAt - tab.conversations[b]!.seenAt)
      .slice(0, names.length - MAX_CONVERSATIONS)
      .forEach((name) => delete tab.conversations[name]);
  };

  return {
    view: async () => {
      await loaded;
      return compute();
    },
    refresh,

    async observeReport(tabId, report) {
      await loaded;
      const tab = tabOf(tabId, report.platform, report.platformName);
      Object.assign(tab, { platform: report.platform, platformName: report.platformName, rows: report.rows });
      await save();
      await refresh();
    },

    async observeSnapshot(tabId, snapshot) {
      await loaded;
      const tab = tabOf(tabId, snapshot.platform, snapshot.platformName);
      tab.open = snapshot.conversation?.buyer.name ?? null;
      const name = snapshot.conversation?.buyer.name;
      const now = deps.now();
      const observed = name ? observeSnapshot(tab.conversations[name], snapshot, now, await standards()) : undefined;
      if (observed && name) {
        tab.conversations[name] = observed.memory;
        forgetOldConversations(tab);
        const reply = observed.reply;
        if (reply) {
          const key = snapshot.conversation!.key;
          const insert = [...pending].reverse().find((candidate) => candidate.tabId === tabId && candidate.conversationKey === key && now - candidate.at <= SUGGESTION_WINDOW_MS);
          const fromSuggestion = insert !== undefined && retainedShare(insert.text, reply.text) >= MISFIRE_SHARE;
          const event: FigureEvent = { kind: 'reply', at: now, platform: snapshot.platform, conversation: reply.figureId, responseMs: reply.responseMs, first: reply.first, fromSuggestion };
          if (fromSuggestion) event.phraseId = insert!.phraseId;
          await record(event);
          // Sent within the window: the reply itself tells whether the phrase was kept.
          if (insert && now - insert.at <= MISFIRE_WINDOW_MS) await judge(insert, reply.text);
          const risks = draftRisks.get(tabId);
          const caught = [...(risks ?? [])].filter((match) => !reply.text.includes(match)).length;
          draftRisks.delete(tabId);
          if (caught > 0) await record({ kind: 'caught', at: now, platform: snapshot.platform, count: caught });
        }
      }
      await save();
      await refresh();
    },

    async observeInsert(request, result) {
      if (!result.ok || !request.phraseId) return;
      await loaded;
      const platform = session.tabs[request.tabId]?.platform ?? request.conversationKey.split(':')[0] ?? '';
      const insert: PendingInsert = {
        tabId: request.tabId,
        conversationKey: request.conversationKey,
        platform,
        phraseId: request.phraseId,
        text: request.text,
        at: deps.now(),
        judged: false,
      };
      if (request.intent) insert.intent = request.intent;
      pending.push(insert);
      deps.setTimer(() => {
        if (insert.judged) return;
        void deps
          .readDraft(insert.tabId)
          .catch(() => null)
          .then((draft) => judge(insert, draft))
          .then(() => refresh());
      }, MISFIRE_WINDOW_MS);
    },

    observeDraft(tabId, findings) {
      const risky = findings.filter((finding) => finding.severity !== 'info').map((finding) => finding.match);
      if (risky.length === 0) return;
      const seen = draftRisks.get(tabId) ?? new Set<string>();
      risky.forEach((match) => seen.add(match));
      draftRisks.set(tabId, seen);
    },

    async forgetTab(tabId) {
      await loaded;
      delete session.tabs[tabId];
      draftRisks.delete(tabId);
      await save();
      await refresh();
    },

    async dismiss(id) {
      await loaded;
      session.dismissed = [...session.dismissed.filter((existing) => existing !== id), id].slice(-MAX_DISMISSED);
      await save();
      await refresh();
    },

    async setTeamStandards(standards) {
      team = standards;
      await refresh();
    },
  };
}

export interface QueueHandlerDeps extends Pick<QueueServiceDeps, 'openInTab' | 'figures' | 'now'> {
  teamStandards(): Promise<StandardsOverride | null>;
  /** The extension's own page origin ("chrome-extension://<id>/"): only its pages may open conversations. */
  extensionOrigin: string;
}

export function registerQueueHandlers(service: QueueService, deps: QueueHandlerDeps): void {
  onMessage('queueChanged', async ({ data, sender }) => {
    if (sender.tab?.id !== undefined) await service.observeReport(sender.tab.id, data);
  });
  onMessage('getQueueState', () => service.view());
  onMessage('openConversation', async ({ data, sender }) => {
    // Only an extension page (the panel, on the agent's click) may switch conversations; never a content script.
    if (!sender.url?.startsWith(deps.extensionOrigin)) return { ok: false, message: '只能从话术助手侧边栏打开会话' };
    try {
      return await deps.openInTab(data.tabId, { name: data.name, ...(data.rowKey ? { rowKey: data.rowKey } : {}) });
    } catch {
      return { ok: false, message: '工作台页面没有响应：请刷新工作台页面后重试' };
    }
  });
  onMessage('dismissNudge', ({ data }) => service.dismiss(data));
  onMessage('draftChecked', ({ data, sender }) => {
    if (sender.tab?.id !== undefined) service.observeDraft(sender.tab.id, data.findings);
  });
  onMessage('getFigures', async () => ({ events: await deps.figures.all(), now: deps.now() }));
  onMessage('clearFigures', async () => {
    await deps.figures.clear();
    await service.refresh();
  });
  onMessage('getTeamStandards', () => deps.teamStandards());
}

/** Wraps the pack store so a stored or removed pack hands its service standards over at once. */
export function watchPackStandards<T extends PackStore & { clear(): Promise<void> }>(store: T, onChange: (standards: StandardsOverride | undefined) => void): T {
  return {
    ...store,
    async putAtomically(pack, etag) {
      await store.putAtomically(pack, etag);
      onChange(pack.standards);
    },
    async clear() {
      await store.clear();
      onChange(undefined);
    },
  };
}
