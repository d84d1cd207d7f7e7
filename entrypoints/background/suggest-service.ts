// The side panel's suggestions, made here in the background: the suggester over the whole library (10,000
// phrases take a few hundred ms to index) is built once, at start-up and when the library changes, instead of
// in every panel that opens; the panel gets the list for its tab's reading with that reading. The list comes
// from suggestForSituation with the conversation's reminders and what this machine learned (learnedOptions):
// the path `huashu suggest --learned FILE` takes, so the panel and the CLI agree. Each listed phrase comes checked
// (its own risky words), so the panel can show the list before it has compiled a checker of its own; flags already
// found under the same rules come from the flag store (or, for the built-in phrases, the package) without a
// compile, which a browser just started would otherwise wait seconds for. Inserts are
// recorded here as (question → phrase), with the question the list answered taken from the stored reading, not
// from a page.
import { browser } from 'wxt/browser';
import { checkerInSteps, type Checker, type ComplianceBuiltins } from '../../utils/compliance/checker';
import { phraseFlags } from '../../utils/compliance/phrase-flags';
import { flagRulesKey, type FlagRules, type FlagStore } from '../../utils/flag-store';
import { packagedFlags, type PhraseFlagsFile } from '../../utils/phrase-flags-file';
import { learnedOptions, type LearnedData } from '../../utils/library/learned';
import { situationFromConversation, suggestForSituation, type Situation } from '../../utils/library/situation';
import type { IntentModel } from '../../utils/library/intent-model';
import { createSuggesterWith, type Suggester } from '../../utils/library/suggest';
import type { Phrase } from '../../utils/library/types';
import { plainFinding, type Finding } from '../../utils/compliance/types';
import { LIMITS } from '../../utils/library/schema';
import { onMessage, type ComplianceConfig, type FlagQuery, type InsertRequest, type InsertResult, type SuggestedReplies } from '../../utils/messaging';
import { openReminders } from '../../utils/queue/rank';
import type { Nudge } from '../../utils/queue/queue';
import { DEFAULT_PROFILE_ID } from '../../utils/settings';
import type { WorkbenchSnapshot } from '../../utils/workbench/types';
import type { LearningStore } from './learning-store';
import type { LibraryStore } from './library-store';
import type { SessionArea } from './tab-store';
import { SESSION_KEYS } from '../../utils/storage';
import { runInSlices } from '../../utils/slices';
import { slotOf } from './team-slots';

export interface SuggestServiceDeps {
  /** The merged library's phrases (built-in, team, personal) for a team slot (a shop profile's team). */
  phrases(slot: string): Promise<Phrase[]>;
  /** The team slot a workbench tab uses (its shop profile's). */
  slotForTab(tabId: number): Promise<string>;
  /** A team slot's rules for the checker (its team pack's), as the panel gets them. */
  complianceConfig(slot: string): Promise<ComplianceConfig>;
  /** The built-in rules and models (read from the package on first use: compliance-builtins.ts). */
  complianceBuiltins(): Promise<ComplianceBuiltins>;
  /** The build's checker identity and the built-in phrases' flags (read from the package on first use: phrase-flag-store.ts). */
  packagedFlags(): Promise<PhraseFlagsFile>;
  /** Flags found before, per rules key (IndexedDB: phrase-flag-store.ts); only this service's checker writes it. */
  flagStore?: FlagStore;
  /** The shipped intent model (read from the package on first use: library-builtins.ts). */
  intentModel(): Promise<IntentModel>;
  library: Pick<LibraryStore, 'usage'>;
  learning: LearningStore;
  /** The waiting queue's reminders and the agent's misfires, as last computed. */
  queue(): Promise<{ nudges: Nudge[]; misfires: [string, number][] }>;
  /** The latest reading of a tab. */
  snapshotOf(tabId: number): Promise<WorkbenchSnapshot | undefined>;
  /** Tell open panels their list may have changed (they ask again). */
  notifyPanels(): Promise<void>;
  /**
   * The last list per tab with the situation it was made for, kept where the worker's restarts do not lose it
   * (storage.session: memory only, like the readings themselves). A panel opened while a restarted worker is
   * still indexing for the first time gets it at once, if the situation is unchanged, and asks again once the
   * index is ready.
   */
  lastLists?: {
    get(tabId: number): Promise<LastList | undefined>;
    set(tabId: number, list: LastList): Promise<void>;
  };
}

/** A compiled checker and the key of the rules it was compiled from (the flag store's). */
interface RulesChecker {
  checker: Checker;
  rulesKey: string;
}

export interface LastList {
  /** The situation it was made for (JSON). */
  situation: string;
  replies: SuggestedReplies;
}

export interface SuggestService {
  /** The list for a tab's reading (null without a conversation). */
  suggest(tabId: number, snapshot: WorkbenchSnapshot): Promise<SuggestedReplies | null>;
  /** A library changed (one team slot's, or every one): new suggesters are built, and open panels ask again. */
  libraryChanged(slot?: string): void;
  /** What this machine learned (the options page shows and exports it). */
  learned(): Promise<LearnedData>;
  /** The situation and learning a tab's list is made from, as the CLI would be given them. */
  inputs(tabId: number, snapshot: WorkbenchSnapshot): Promise<{ situation: Situation; learned: LearnedData } | null>;
  /**
   * Each body's phraseFlags with a slot's rules on a platform (none: the phrase book), as the suggestions are checked:
   * from the package or the flag store when known under these rules, else by the checker, compiled on first use in
   * slices and kept until that slot's pack changes. No bodies: the checker is compiled now.
   */
  flags(slot: string, platform: string | undefined, bodies: readonly string[]): Promise<Finding[][]>;
  /** Records a successful insert as learned (and as 未识别问法 when it came from search or browsing). */
  tapInserts(insert: (request: InsertRequest) => Promise<InsertResult>): (request: InsertRequest) => Promise<InsertResult>;
}

/** How many replies the panel lists. */
export const PANEL_TOP = 5;
/** Indexing at start-up waits this long for a panel's first question (answered from its last list). */
const START_DELAY_MS = 300;

/** One suggester per team slot: building it indexes the whole library, so it is kept until that library changes. */
interface SlotIndex {
  suggester?: Promise<Suggester>;
  /** The suggester once built (undefined while indexing). */
  ready?: Suggester;
  /** Indexed once in this worker: a later rebuild is for a new library, which old lists do not fit. */
  indexedOnce: boolean;
}

export function createSuggestService(deps: SuggestServiceDeps): SuggestService {
  const indexes = new Map<string, SlotIndex>();
  /**
   * Compiled checkers by `slot|platform` (platform '' for none): compiling takes a second or more, so each is kept
   * until its slot's library (pack) changes, and runs in slices: the worker answers other messages meanwhile.
   */
  const checkers = new Map<string, Promise<RulesChecker>>();
  /** The rules a slot's checker on a platform is made from now, and their key in the flag store. */
  const rulesOf = async (slot: string, platform: string | undefined) => {
    const [file, config] = await Promise.all([deps.packagedFlags(), deps.complianceConfig(slot)]);
    const rules: FlagRules = { checker: file.checker, ruleFiles: config.ruleFiles, disabled: config.disabled, ...(platform !== undefined ? { platform } : {}) };
    return { file, config, rules, key: await flagRulesKey(rules) };
  };
  const checkerFor = (slot: string, platform: string | undefined) => {
    const key = `${slot}|${platform ?? ''}`;
    let checker = checkers.get(key);
    if (!checker) {
      // Compiled from the rules read here, and keyed by the same: what it finds is stored under its own rules.
      checker = Promise.all([deps.complianceBuiltins(), rulesOf(slot, platform)]).then(async ([builtins, { config, key: rulesKey }]) => ({
        checker: (await runInSlices(checkerInSteps(builtins, { ...config, platform }), () => true))!,
        rulesKey,
      }));
      checkers.set(key, checker);
      checker.catch(() => checkers.delete(key));
    }
    return checker;
  };
  /**
   * Each body's phraseFlags with a slot's rules on a platform: from the package (built-in phrases, no team rules) or
   * the flag store when they hold it under these rules, else from the compiled checker, whose answers are stored.
   */
  const flagsFor = async (slot: string, platform: string | undefined, bodies: readonly string[]): Promise<Finding[][]> => {
    const { file, rules, key } = await rulesOf(slot, platform);
    const known = new Map<string, Finding[]>();
    for (const body of bodies) {
      const flags = packagedFlags(file, rules, body);
      if (flags) known.set(body, flags);
    }
    const unpackaged = [...new Set(bodies.filter((body) => !known.has(body)))];
    if (deps.flagStore && unpackaged.length > 0) for (const [body, flags] of await deps.flagStore.known(key, unpackaged)) known.set(body, flags);
    const missing = unpackaged.filter((body) => !known.has(body));
    if (missing.length === 0) return bodies.map((body) => known.get(body)!);
    const compiled = await checkerFor(slot, platform);
    // Plain data (plainFinding): these flags are stored (IndexedDB), kept in storage.session and sent to the panel.
    const flagsOf = (body: string) => phraseFlags(compiled.checker, body).map(plainFinding);
    const found = missing.map((body) => [body, flagsOf(body)] as const);
    void deps.flagStore?.remember(compiled.rulesKey, found).catch(() => undefined);
    // The rules changed while it compiled: every body is answered by the one checker, none from the older rules.
    if (compiled.rulesKey !== key) return bodies.map(flagsOf);
    for (const [body, flags] of found) known.set(body, flags);
    return bodies.map((body) => known.get(body)!);
  };
  /** The situation of the list last kept per tab, so an unchanged list is not written again. */
  const kept = new Map<number, string>();
  const indexOf = (slot: string) => {
    let index = indexes.get(slot);
    if (!index) indexes.set(slot, (index = { indexedOnce: false }));
    return index;
  };
  const build = (slot: string, index: SlotIndex) => {
    index.ready = undefined;
    const building = Promise.all([deps.phrases(slot), deps.intentModel()]).then(([phrases, model]) => {
      const built = createSuggesterWith(phrases, model);
      // The first list also reads the model table and counts each phrase's blanks: done now, not on a panel's time.
      suggestForSituation(built, { messages: [{ direction: 'buyer', text: '在吗' }] });
      if (index.suggester === building) index.ready = built;
      index.indexedOnce = true;
      return built;
    });
    // A failed build is tried again on the next request.
    building.catch(() => {
      if (index.suggester === building) index.suggester = undefined;
    });
    return building;
  };
  const current = (slot: string) => {
    const index = indexOf(slot);
    return (index.suggester ??= build(slot, index));
  };
  /** A new library: a new suggester, built now (for the slots in use), and panels ask for their lists again. */
  const rebuild = (slot?: string) => {
    const changed = slot === undefined ? [...indexes.keys()] : [slot];
    // A team pack brings its rules with its phrases.
    for (const key of [...checkers.keys()]) if (slot === undefined || key.startsWith(`${slot}|`)) checkers.delete(key);
    for (const name of changed) {
      const index = indexOf(name);
      index.suggester = undefined;
      void current(name).catch(() => undefined);
    }
    void deps.notifyPanels().catch(() => undefined);
  };

  const learnedNow = async () => {
    const [queue, lists, usage] = await Promise.all([deps.queue(), deps.learning.lists(), deps.library.usage()]);
    return { queue, learned: { ...lists, usage, misfires: queue.misfires } };
  };

  const inputs: SuggestService['inputs'] = async (tabId, snapshot) => {
    const conversation = snapshot.conversation;
    if (!conversation) return null;
    const { queue, learned } = await learnedNow();
    const reminders = openReminders(queue.nudges, tabId, conversation.buyer.name);
    const situation: Situation = { ...situationFromConversation(conversation), ...(reminders.length > 0 ? { service: { reminders } } : {}) };
    return { situation, learned };
  };

  const suggest: SuggestService['suggest'] = async (tabId, snapshot) => {
    const given = await inputs(tabId, snapshot);
    if (!given) return null;
    const slot = await deps.slotForTab(tabId);
    const index = indexOf(slot);
    // The list fits the situation and the library it was made from: the slot is part of what is compared.
    const situation = JSON.stringify([slot, given.situation]);
    if (!index.ready && !index.indexedOnce && deps.lastLists) {
      const last = await deps.lastLists.get(tabId).catch(() => undefined);
      if (last?.situation === situation) {
        // The list this situation got before the worker restarted. Indexing holds the worker for a moment, so it
        // starts once this answer is out; the fresh list follows when the index is ready.
        setTimeout(() => void current(slot).then(() => deps.notifyPanels()).catch(() => undefined), 0);
        return last.replies;
      }
    }
    const result = suggestForSituation(await current(slot), given.situation, { top: PANEL_TOP, ...learnedOptions(given.learned) });
    const found = await flagsFor(slot, snapshot.platform, result.suggestions.map(({ phrase }) => phrase.body));
    const flags = Object.fromEntries(result.suggestions.map(({ phrase }, i) => [phrase.id, found[i]!]));
    const replies = { conversationKey: snapshot.conversation!.key, suggestions: result.suggestions, intent: result.intent, question: result.question, flags };
    if (deps.lastLists && kept.get(tabId) !== situation) {
      kept.set(tabId, situation);
      void deps.lastLists.set(tabId, { situation, replies }).catch(() => undefined);
    }
    return replies;
  };

  const record = async (request: InsertRequest) => {
    if (!request.phraseId) return;
    const snapshot = await deps.snapshotOf(request.tabId);
    if (snapshot?.conversation?.key !== request.conversationKey) return;
    const replies = await suggest(request.tabId, snapshot);
    if (!replies?.question) return;
    // Picked from search or the category browser while the suggestions did not offer it: a question the
    // suggestions missed.
    const missed = request.via !== 'suggested' && !replies.suggestions.some((suggestion) => suggestion.phrase.id === request.phraseId);
    await deps.learning.record(replies.question, request.phraseId, missed, Date.now());
  };

  // Ready before the first panel opens; a panel asking right away (the worker woke for it) is answered first.
  setTimeout(() => void current(DEFAULT_PROFILE_ID).catch(() => undefined), START_DELAY_MS);

  return {
    suggest,
    inputs,
    learned: async () => (await learnedNow()).learned,
    flags: async (slot, platform, bodies) => {
      // No bodies: compile now (a panel opened and will ask), answered once compiled.
      if (bodies.length === 0) return (await checkerFor(slot, platform), []);
      return flagsFor(slot, platform, bodies);
    },
    libraryChanged: (slot) => rebuild(slot),
    tapInserts: (insert) => async (request) => {
      const result = await insert(request);
      if (result.ok) await record(request).catch(() => undefined);
      return result;
    },
  };
}

/**
 * The options page's 学习与未识别问法 (show, export, forget; panels are told, so their lists follow at once), and
 * the open panel's keep-warm message (nothing to do: the event itself keeps the worker running).
 */
export function registerSuggestHandlers(service: SuggestService, learning: LearningStore, notifyPanels: () => Promise<void>, extensionOrigin: string): void {
  onMessage('panelOpen', () => undefined);
  onMessage('flagPhrases', ({ data, sender }) => {
    const query = flagQuery(data);
    // Extension pages only: a workbench page (or its content script) has no use for it, and each platform it
    // could name would keep a checker compiled here.
    if (!query || !sender.url?.startsWith(extensionOrigin)) return null;
    return service.flags(slotOf(query), query.platform, query.bodies);
  });
  onMessage('getLearning', () => service.learned());
  onMessage('forgetLearned', async ({ data }) => {
    await learning.forget(data.kind, data.entry);
    await notifyPanels();
    return service.learned();
  });
}

/** The last list per tab in storage.session (memory only, gone with the browser; removed with its tab). */
export function lastListStore(area: SessionArea = browser.storage.session): NonNullable<SuggestServiceDeps['lastLists']> & { remove(tabId: number): Promise<void> } {
  const key = SESSION_KEYS.lastList;
  return {
    get: async (tabId) => (await area.get(key(tabId)))[key(tabId)] as LastList | undefined,
    set: (tabId, list) => area.set({ [key(tabId)]: list }),
    remove: (tabId) => area.remove(key(tabId)),
  };
}

/** Bodies a panel checks at once: a search shows 20; more is no panel's. */
const MAX_FLAG_BODIES = 50;
/** Longer than any platform id (pinduoduo, a taught or team site's id): the cache of checkers is keyed by it. */
const MAX_PLATFORM_ID = 200;

/** The query as the handler takes it, or null when it is not one a panel sends (wrong types, too many or too long bodies). */
export function flagQuery(data: unknown): FlagQuery | null {
  if (typeof data !== 'object' || data === null) return null;
  const { team, platform, bodies } = data as Record<string, unknown>;
  if (team !== undefined && typeof team !== 'string') return null;
  if (platform !== undefined && (typeof platform !== 'string' || platform.length > MAX_PLATFORM_ID)) return null;
  if (!Array.isArray(bodies) || bodies.length > MAX_FLAG_BODIES) return null;
  if (!bodies.every((body): body is string => typeof body === 'string' && body.length <= LIMITS.body)) return null;
  return { ...(team !== undefined ? { team } : {}), ...(platform !== undefined ? { platform } : {}), bodies };
}
