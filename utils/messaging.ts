// The one typed protocol between the content scripts, the background worker and the extension pages.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ReplyBinding } from './workbench/binding';
import type { WorkbenchSnapshot } from './workbench/types';
import type { PlatformAdapter } from './workbench/adapter';
import type { TaughtSite } from './workbench/resolve-adapter';
import type { TeachActionResult, TeachCommand, TeachState } from './workbench/teach';
import type { Settings } from './settings';
import type { Finding } from './compliance/types';
import type { Phrase } from './library/types';
import type { CodeMatch } from './library/expand-token';
import type { UsageStat } from './library/suggest';
import type { LearnedData, LearnedRecord } from './library/learned';
import type { SituationSuggestion } from './library/situation';
import type { RuleFile } from './compliance/types';
import type { ComplianceBuiltinsFile } from './compliance/builtins-file';
import type { SyncState } from './pack/sync';
import type { FigureEvent } from './figures/figures';
import type { Badge, Nudge, QueueEntry } from './queue/queue';
import type { ServiceStandards, StandardsOverride } from './queue/standards';
import type { QueueRow } from './queue/track';

export interface InsertRequest extends ReplyBinding {
  tabId: number;
  text: string;
  /** The phrase inserted and the buyer message's top intent, for the agent's own figures. */
  phraseId?: string;
  intent?: string;
  /** Where the agent picked it: from the suggestions, or from search / the category browser (未识别问法). */
  via?: 'suggested' | 'search' | 'browse';
}

/** The panel's suggestions for a tab's reading, made in the background (suggestForSituation). */
export interface SuggestedReplies {
  /** The conversation the list was made for. */
  conversationKey: string;
  suggestions: SituationSuggestion[];
  /** The situation's top intent ('' when none), recorded with an insert for misfires. */
  intent: string;
  /** The buyer message the list answers. */
  question: string;
  /**
   * Each suggested phrase's own warn/block findings (phraseFlags), by phrase id, checked with the rules the panel
   * would use (built-in, the tab's team, the platform's): the first list needs no checker in the panel.
   */
  flags: Record<string, Finding[]>;
}

/** content → background: the conversation list of a workbench tab (null: the page shows none we can read). */
export interface QueueReport {
  platform: string;
  platformName: string;
  rows: QueueRow[] | null;
}

/** What the panel shows of the waiting buyers, as the background computed it at `now` (its clock). */
export interface QueueView {
  now: number;
  entries: QueueEntry[];
  nudges: Nudge[];
  badge: Badge;
  standards: ServiceStandards;
  /** Misfires by misfireKey(phraseId, intent), to lower those phrases for similar messages. */
  misfires: [string, number][];
}

export interface OpenConversationRequest {
  tabId: number;
  name: string;
  rowKey?: string;
}

/** `draft`: the reply box's text after the insert (the panel's 「已放入…」 line lasts while the draft does). */
export type InsertResult = { ok: true; draft?: string } | { ok: false; message: string };

/** The library as the panel and the editor see it: built-in, team and personal phrases merged. */
export interface LibraryView {
  phrases: Phrase[];
  usage: Record<string, UsageStat>;
  team: { name: string; version: number } | null;
}

/**
 * One slice of the library for the panel: 10,000 phrases in one message take one long task to parse. Slices
 * of the same `generation` come from the same library; another generation means it changed meanwhile.
 */
export interface LibraryPage extends LibraryView {
  total: number;
  generation: number;
}

export interface LibraryPageQuery extends TeamQuery {
  from: number;
  count: number;
}

/** Which team subscription a message is about: the default profile's (absent) or a shop profile's id. */
export interface TeamQuery {
  team?: string;
}

/** The team subscription as the options page and the panel show it. */
export interface TeamStatus {
  /** Whose subscription: 'default' or a shop profile's id (settings.ts). */
  slot: string;
  subscription: { url: string; keyId: string } | null;
  /** The pack actually stored (the truth, even if the worker stopped before saving the sync state). */
  pack: { id: string; name: string; version: number; publishedAt: string; phrases: number } | null;
  state: SyncState;
  syncing: boolean;
  /** When the alarm fires next (epoch ms), null when not subscribed. */
  nextSyncAt: number | null;
}

export interface TeamSubscribeRequest extends TeamQuery {
  url: string;
  publicKey: string;
  /** Download timeout; defaults to 15 s (slow links may need more, tests less). */
  timeoutMs?: number;
}

/** Team rules for createChecker in the panel and the content script. */
export interface ComplianceConfig {
  ruleFiles: RuleFile[];
  disabled: string[];
}

/** Phrase bodies to check with a team slot's rules (its pack's) on a platform (absent: the phrase book, no platform's rules). */
export interface FlagQuery extends TeamQuery {
  platform?: string;
  bodies: string[];
}

/** What the panel shows: the workbench tab it follows and that tab's latest reading. */
export interface PanelState {
  tabId: number | null;
  snapshot: WorkbenchSnapshot | null;
  /** The suggestions for that reading, when the background made them. */
  suggested?: SuggestedReplies | null;
}

interface ProtocolMap {
  /** content → background: the conversation on this tab changed. */
  snapshotChanged(snapshot: WorkbenchSnapshot): void;
  /** panel → background: the workbench tab to follow in this window, with its reading. */
  getPanelState(query: { windowId?: number }): PanelState;
  /** background → panel: a workbench tab's reading changed. */
  panelStateChanged(state: PanelState): void;
  /** panel → background → content: put a reply into the page's input box (never sends). */
  insertReply(request: InsertRequest): InsertResult;
  insertIntoPage(request: InsertRequest): InsertResult;
  /** content → panel: the agent's current draft in the workbench input, checked. */
  draftChecked(draft: { text: string; findings: Finding[] }): void;
  /** panel → content: check the draft again and report it (a panel opened after the agent typed has not heard it). */
  recheckDraft(): void;
  /**
   * content → panel: Alt+1..5 pressed (a trusted key, not composing) while typing in the workbench. The
   * panel acts only when the sender is the tab it follows and that tab is active in the panel's window.
   */
  pickSuggestion(index: number): void;
  /**
   * content → background: the phrases a 快捷编码 typed in the reply box names (`/fh` → fh1, fh2…), best first,
   * at most 6, text only; from the library of the sender tab's shop profile.
   */
  matchPhraseCodes(query: { query: string }): CodeMatch[];
  /**
   * content → panel: a code the agent expanded (a trusted Space, Tab or Enter) names a phrase with blanks the
   * page cannot fill: the panel asks for them and inserts it for that conversation (checked as for Alt+N).
   * Not ok: the panel could not take it (it says why); no answer at all: no panel is open.
   */
  expandInPanel(request: ReplyBinding & { phraseId: string }): InsertResult;
  /** panel → content: a short note shown beside the reply box (e.g. Alt+N opened a form in the panel). */
  showPageNotice(notice: { text: string }): void;
  /** The library with the team pack of that subscription (the default one when absent). */
  getLibrary(query?: TeamQuery): LibraryView;
  /** panel → background: phrases [from, from + count) of that library, with its size (usage and team as getLibrary). */
  getLibraryPage(query: LibraryPageQuery): LibraryPage;
  /** options → background: the personal phrases exactly as stored (the merged view may hide a code or an id clash). */
  getPersonalPhrases(): Phrase[];
  /** options → background: replace the personal phrases (validated; nothing stored when one is bad). */
  setPersonalPhrases(phrases: Phrase[]): { ok: true } | { ok: false; errors: string[] };
  recordUsage(phraseId: string): void;
  /** background → pages: the library changed (personal edit or team sync). */
  libraryChanged(): void;
  getSettings(): Settings;
  /** background → content scripts: the agent saved new settings. */
  settingsChanged(settings: Settings): void;
  saveSettings(settings: Settings): Settings;
  /** panel → background: the shop profile chosen by hand ('auto': by the shop the workbench shows). */
  chooseProfile(choice: string): Settings;
  /** content → background: the adapter for this page (taught, team-pushed or built in), null when none. */
  getSiteAdapter(query: { url: string }): PlatformAdapter | null;
  /** content → background: no adapter reads this page; the panel may offer to teach it. */
  pageUnrecognised(page: { url: string }): void;
  /** background → panels: a page reported it is unrecognised; a panel that found nothing to teach asks again. */
  teachTargetChanged(): void;
  /** panel → background: the tab teaching would apply to (url absent when the host is not yet permitted). */
  getTeachTarget(query: { windowId?: number }): { tabId: number; url?: string } | null;
  /** panel → background: start picking on a page whose host the user just permitted (the background injects the picker). */
  startTeaching(request: { tabId: number }): TeachActionResult;
  /** picker → background, relayed to panels as teachStateChanged with the tab. */
  teachProgress(state: TeachState): void;
  teachStateChanged(update: { tabId: number; state: TeachState }): void;
  getTeachState(query: { tabId: number }): TeachState;
  /** panel → background: a teaching button in the panel (skip the switch check, also teach the buyer id), relayed to the tab. */
  sendTeachCommand(request: { tabId: number; command: TeachCommand }): TeachActionResult;
  /** background → picker: that button, for the page's teaching session (the panel is trusted; the page is not). */
  teachCommand(command: TeachCommand): void;
  /** panel → background: keep the previewed selectors for that site; its content script re-reads. */
  saveTaughtSite(request: { tabId: number; name: string }): TeachActionResult;
  /** background → content: taught or team selectors for this page changed. */
  siteAdapterChanged(): void;
  listTaughtSites(): TaughtSite[];
  removeTaughtSite(scope: string): void;
  getTeamStatus(query?: TeamQuery): TeamStatus;
  /** options → background: subscribe (replaces any subscription) and sync at once. */
  subscribeTeam(request: TeamSubscribeRequest): { ok: true; status: TeamStatus } | { ok: false; message: string };
  /** options → background: leave the team; its phrases, rules and selectors go. */
  unsubscribeTeam(query?: TeamQuery): TeamStatus;
  /** 立即同步; resolves when the attempt (or the one already running) ends. */
  syncTeamNow(query?: TeamQuery): TeamStatus;
  /** background → pages: the team status changed (sync started or ended, subscription changed). */
  teamStatusChanged(status: TeamStatus): void;
  /** A panel names its team; a workbench page gets the rules of the team its shop profile uses. */
  getComplianceConfig(query?: TeamQuery): ComplianceConfig;
  /** content → background: the built-in rules and confirm model (kept out of the content-script bundle). */
  getComplianceBuiltins(): ComplianceBuiltinsFile;
  /** background → content scripts: a new team pack brought other rules. */
  complianceConfigChanged(config: ComplianceConfig): void;
  /** content → background: the conversation list changed. */
  queueChanged(report: QueueReport): void;
  /**
   * extension page → background: each body's own warn/block findings (phraseFlags), checked with that team slot's
   * rules and the platform's, by the background's compiled checker (kept per slot and platform): the panel offers
   * phrases found by hand before, or without, compiling a checker of its own. No bodies: compile now, answer [].
   * Null when refused (not an extension page, too many or too long bodies).
   */
  flagPhrases(query: FlagQuery): Finding[][] | null;
  /** panel → background: the waiting queue and reminders; queueStateChanged tells of changes. */
  getQueueState(): QueueView;
  queueStateChanged(view: QueueView): void;
  /** panel (on the agent's click) → background → content: open that conversation by clicking its row. */
  openConversation(request: OpenConversationRequest): InsertResult;
  openConversationInPage(request: Omit<OpenConversationRequest, 'tabId'>): InsertResult;
  /** panel → background: hide one reminder (it comes back only when the situation starts anew). */
  dismissNudge(id: string): void;
  /** background → content: the reply box's text now, to tell whether an inserted phrase was kept. */
  readDraft(): string | null;
  /** options → background: the agent's own figures (events without any message text or buyer name). */
  getFigures(): { events: FigureEvent[]; now: number };
  clearFigures(): void;
  /** options → background: the team pack's service standards, if it sets any. */
  getTeamStandards(): StandardsOverride | null;
  /** options → background: what this machine learned from inserts (学习与未识别问法), for showing and export. */
  getLearning(): LearnedData;
  /** options → background: forget one learned pair or 未识别问法 (by text and phrase), or the whole list. */
  forgetLearned(request: { kind: 'records' | 'unrecognised'; entry?: Pick<LearnedRecord, 'text' | 'phraseId'> }): LearnedData;
  /** background → panels: what the suggestions are made from changed (learning cleared): ask again. */
  suggestionsChanged(): void;
  /**
   * panel → background, every 20 s while a panel is open: Chrome stops a worker after 30 s without events, and
   * a stopped worker must index the library again before the next buyer message gets its list.
   */
  panelOpen(): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

/**
 * Not a message: the port each workbench content script keeps open to the background. It disconnects
 * when the extension is reloaded or updated, and the old copy of the script then ends itself.
 */
export const LIFETIME_PORT = 'huashu-workbench-lifetime';

/**
 * Not a message: the property of the content script's isolated world holding the copy that runs now
 * (entrypoints/workbench.content/lifetime.ts); the background looks there before injecting another copy.
 */
export const WORKBENCH_SCRIPT_REGISTRY = '__huashuWorkbenchScript';

/**
 * Not a message: the property of the same isolated world holding the teaching picker's running session
 * (entrypoints/teach-picker/index.ts); a picker injected for a second teach ends the one before through it.
 */
export const TEACH_PICKER_REGISTRY = '__huashuTeachPicker';
