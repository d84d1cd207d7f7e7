// What this machine learned from the agent's inserts, in IndexedDB (huashu-learning): (buyer question → phrase)
// pairs and 未识别问法, bounded (learned.ts LEARNED_LIMITS), clearable from the options page, never uploaded.
// Kept in memory once read, so the suggester's per-list cache (learnedSupport) lasts until something changes.
import { get, setMany, type UseStore } from 'idb-keyval';
import { addLearned, LEARNED_LIMITS, withinBounds, type LearnedRecord } from '../../utils/library/learned';
import { openStore } from '../../utils/storage';

export type LearnedKind = 'records' | 'unrecognised';

export interface LearnedLists {
  records: LearnedRecord[];
  unrecognised: LearnedRecord[];
}

export interface LearningStore {
  /** The same arrays until something changes. */
  lists(): Promise<LearnedLists>;
  /** One insert: always a learned pair; also 未识别问法 when the agent answered from search instead. */
  record(question: string, phraseId: string, unrecognised: boolean, at: number): Promise<void>;
  /** Removes one pair (the same text and phrase) or, without `entry`, the whole list. */
  forget(kind: LearnedKind, entry?: Pick<LearnedRecord, 'text' | 'phraseId'>): Promise<void>;
}

const MAX: Record<LearnedKind, number> = { records: LEARNED_LIMITS.records, unrecognised: LEARNED_LIMITS.unrecognised };

export function createLearningStore(store: UseStore = openStore('learning'), now: () => number = Date.now): LearningStore {
  let cached: Promise<LearnedLists> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const load = () =>
    (cached ??= Promise.all([get<LearnedRecord[]>('records', store), get<LearnedRecord[]>('unrecognised', store)]).then(([records = [], unrecognised = []]) => ({
      // Old pairs go when read, not only when something new comes.
      records: withinBounds(records, now(), MAX.records),
      unrecognised: withinBounds(unrecognised, now(), MAX.unrecognised),
    })));
  /** Changes one at a time, written before the new lists are handed out. */
  const change = (next: (lists: LearnedLists) => LearnedLists) => {
    const run = queue.then(async () => {
      const lists = next(await load());
      await setMany([['records', lists.records], ['unrecognised', lists.unrecognised]], store);
      cached = Promise.resolve(lists);
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    lists: load,
    record: (question, phraseId, unrecognised, at) =>
      change((lists) => ({
        records: addLearned(lists.records, question, phraseId, at, MAX.records),
        unrecognised: unrecognised ? addLearned(lists.unrecognised, question, phraseId, at, MAX.unrecognised) : lists.unrecognised,
      })),
    forget: (kind, entry) =>
      change((lists) => ({
        ...lists,
        [kind]: entry ? lists[kind].filter((record) => record.text !== entry.text || record.phraseId !== entry.phraseId) : [],
      })),
  };
}
