// The team pack in IndexedDB. The pack and its ETag are one value under one key, so a swap is a single
// write: a worker stopped mid-sync leaves either the old pack or the new one, never a mix. Beside it, the
// highest version seen per team key, written in the same transaction and kept when the pack is cleared.
import { del, get, getMany, setMany, type UseStore } from 'idb-keyval';
import type { PackStore, StoredPack } from '../../utils/pack/sync';
import { openStore } from '../../utils/storage';

/** The background's store can also forget the pack, when the agent leaves the team. */
export interface ClearablePackStore extends PackStore {
  /** Removes the pack; the version memory stays (README, 数据存在哪里). */
  clear(): Promise<void>;
}

const CURRENT_KEY = 'current';
/** { [keyId]: highest version stored with that key }. */
const VERSIONS_KEY = 'versions';

type VersionMemory = Record<string, number>;

export function createPackStore(store: UseStore = openStore('teamPack')): ClearablePackStore {
  return {
    getCurrent: async () => (await get<StoredPack>(CURRENT_KEY, store)) ?? null,
    async putAtomically(pack, etag) {
      const versions = (await get<VersionMemory>(VERSIONS_KEY, store)) ?? {};
      const keyId = pack.signature.keyId;
      const highest = Math.max(versions[keyId] ?? 0, pack.meta.version);
      // setMany is one transaction: the pack and its floor are written together or not at all.
      await setMany(
        [
          [CURRENT_KEY, { pack, etag } satisfies StoredPack],
          [VERSIONS_KEY, { ...versions, [keyId]: highest }],
        ],
        store,
      );
    },
    async highestVersion(keyId) {
      const [current, versions] = await getMany<unknown>([CURRENT_KEY, VERSIONS_KEY], store);
      // A pack stored before versions were remembered still counts as a floor.
      const held = current as StoredPack | undefined;
      const fromPack = held?.pack.signature.keyId === keyId ? held.pack.meta.version : 0;
      const highest = Math.max(fromPack, (versions as VersionMemory | undefined)?.[keyId] ?? 0);
      return highest > 0 ? highest : null;
    },
    clear: () => del(CURRENT_KEY, store),
  };
}
