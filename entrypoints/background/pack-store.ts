// The team pack in IndexedDB. The pack and its ETag are one value under one key, so a swap is a single
// write: a worker stopped mid-sync leaves either the old pack or the new one, never a mix.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { PackStore, StoredPack } from '../../utils/pack/sync';

/** The background's store can also forget the pack, when the agent leaves the team. */
export interface ClearablePackStore extends PackStore {
  clear(): Promise<void>;
}

export function createPackStore(store: UseStore = createStore('huashu-team', 'pack')): ClearablePackStore {
  return {
    getCurrent: async () => (await get<StoredPack>('current', store)) ?? null,
    putAtomically: (pack, etag) => set('current', { pack, etag } satisfies StoredPack, store),
    clear: () => del('current', store),
  };
}
