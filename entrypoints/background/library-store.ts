// The agent's personal phrases and what they actually send, in IndexedDB. Built-in phrases ship with
// the extension and team phrases come with the team pack; only personal ones are stored here, and
// they never leave the browser.
import { get, set, update, type UseStore } from 'idb-keyval';
import type { Phrase } from '../../utils/library/types';
import type { UsageStat } from '../../utils/library/suggest';
import { openStore } from '../../utils/storage';

export interface LibraryStore {
  personal(): Promise<Phrase[]>;
  setPersonal(phrases: Phrase[]): Promise<void>;
  usage(): Promise<Record<string, UsageStat>>;
  recordUsage(phraseId: string, at: number): Promise<void>;
}

export function createLibraryStore(store: UseStore = openStore('library')): LibraryStore {
  return {
    personal: async () => (await get<Phrase[]>('personal', store)) ?? [],
    setPersonal: (phrases) => set('personal', phrases, store),
    usage: async () => (await get<Record<string, UsageStat>>('usage', store)) ?? {},
    recordUsage: (phraseId, at) =>
      update<Record<string, UsageStat>>(
        'usage',
        (usage = {}) => ({ ...usage, [phraseId]: { count: (usage[phraseId]?.count ?? 0) + 1, lastUsedAt: at } }),
        store,
      ),
  };
}
