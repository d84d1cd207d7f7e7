// The side panel's suggestions, made here in the background: the suggester over the whole library (10,000
// phrases take a few hundred ms to index) is built once, at start-up and when the library changes, instead of
// in every panel that opens; the panel gets the list for its tab's reading with that reading. The list comes
// from suggestForSituation with the conversation's reminders and what this machine learned (learnedOptions):
// the path `huashu suggest --learned FILE` takes, so the panel and the CLI agree. Inserts are recorded here as
// (question → phrase), with the question the list answered taken from the stored reading, not from a page.
import { learnedOptions, type LearnedData } from '../../utils/library/learned';
import { situationFromConversation, suggestForSituation, type Situation } from '../../utils/library/situation';
import { createSuggester, type Suggester } from '../../utils/library/suggest';
import type { Phrase } from '../../utils/library/types';
import type { InsertRequest, InsertResult, SuggestedReplies } from '../../utils/messaging';
import type { PackStore } from '../../utils/pack/sync';
import { openReminders } from '../../utils/queue/rank';
import type { Nudge } from '../../utils/queue/queue';
import type { WorkbenchSnapshot } from '../../utils/workbench/types';
import { onMessage } from '../../utils/messaging';
import type { LearningStore } from './learning-store';
import type { LibraryStore } from './library-store';

export interface SuggestServiceDeps {
  /** The merged library's phrases (built-in, team, personal). */
  phrases(): Promise<Phrase[]>;
  library: Pick<LibraryStore, 'usage'>;
  learning: LearningStore;
  /** The waiting queue's reminders and the agent's misfires, as last computed. */
  queue(): Promise<{ nudges: Nudge[]; misfires: [string, number][] }>;
  /** The latest reading of a tab. */
  snapshotOf(tabId: number): Promise<WorkbenchSnapshot | undefined>;
  /** Tell open panels their list may have changed (they ask again). */
  notifyPanels(): Promise<void>;
}

export interface SuggestService {
  /** The list for a tab's reading (null without a conversation). */
  suggest(tabId: number, snapshot: WorkbenchSnapshot): Promise<SuggestedReplies | null>;
  /** The library changed: a new suggester is built now, and open panels ask for their lists again. */
  libraryChanged(): void;
  /** What this machine learned (the options page shows and exports it). */
  learned(): Promise<LearnedData>;
  /** The situation and learning a tab's list is made from, as the CLI would be given them. */
  inputs(tabId: number, snapshot: WorkbenchSnapshot): Promise<{ situation: Situation; learned: LearnedData } | null>;
  /** Records a successful insert as learned (and as 未识别问法 when it came from search or browsing). */
  tapInserts(insert: (request: InsertRequest) => Promise<InsertResult>): (request: InsertRequest) => Promise<InsertResult>;
  /** Wraps the pack store: a stored or removed team pack changes the library. */
  watchPacks<T extends PackStore & { clear(): Promise<void> }>(store: T): T;
}

/** How many replies the panel lists. */
export const PANEL_TOP = 5;

export function createSuggestService(deps: SuggestServiceDeps): SuggestService {
  let suggester: Promise<Suggester> | undefined;
  const build = () => {
    const building = deps.phrases().then((phrases) => {
      const built = createSuggester(phrases);
      // The first list also reads the model table and counts each phrase's blanks: done now, not on a panel's time.
      suggestForSituation(built, { messages: [{ direction: 'buyer', text: '在吗' }] });
      return built;
    });
    // A failed build is tried again on the next request.
    building.catch(() => {
      if (suggester === building) suggester = undefined;
    });
    return building;
  };
  const current = () => (suggester ??= build());
  /** A new library: a new suggester, built now, and panels ask for their lists again. */
  const rebuild = () => {
    suggester = undefined;
    void current().catch(() => undefined);
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
    const result = suggestForSituation(await current(), given.situation, { top: PANEL_TOP, ...learnedOptions(given.learned) });
    return { conversationKey: snapshot.conversation!.key, suggestions: result.suggestions, intent: result.intent, question: result.question };
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

  // Ready before the first panel opens.
  void current().catch(() => undefined);

  return {
    suggest,
    inputs,
    learned: async () => (await learnedNow()).learned,
    libraryChanged: rebuild,
    tapInserts: (insert) => async (request) => {
      const result = await insert(request);
      if (result.ok) await record(request).catch(() => undefined);
      return result;
    },
    watchPacks(store) {
      return {
        ...store,
        async putAtomically(pack, etag) {
          await store.putAtomically(pack, etag);
          rebuild();
        },
        async clear() {
          await store.clear();
          rebuild();
        },
      };
    },
  };
}

/** The options page's 学习与未识别问法: show, export, forget. Panels are told, so their lists follow at once. */
export function registerLearningHandlers(service: SuggestService, learning: LearningStore, notifyPanels: () => Promise<void>): void {
  onMessage('getLearning', () => service.learned());
  onMessage('forgetLearned', async ({ data }) => {
    await learning.forget(data.kind, data.entry);
    await notifyPanels();
    return service.learned();
  });
}
