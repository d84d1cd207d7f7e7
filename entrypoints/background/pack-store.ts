// The team pack in IndexedDB. The pack and its ETag are one value under one key, so a swap is a single
// write: a worker stopped mid-sync leaves either the old pack or the new one, never a mix.
import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { PackStore, StoredPack } from '../../utils/pack/sync';

export function createPackStore(store: UseStore = createStore('huashu-team', 'pack')): PackStore {
  return {
    getCurrent: async () => (await get<StoredPack>('current', store)) ?? null,
    putAtomically: (pack, etag) => set('current', { pack, etag } satisfies StoredPack, store),
  };
}
