// A PackStore in memory: for tests, benchmarks and the CLI; the extension's store lives in the background.
import type { PackStore, StoredPack } from './sync';
import type { SignedPack } from './types';

export class MemoryPackStore implements PackStore {
  current: StoredPack | null = null;
  /** Completed writes, so tests can tell "nothing written" from "the same pack written again". */
  writes = 0;
  /** Highest version stored per key id; clear() leaves it, as the background's store does. */
  readonly versions = new Map<string, number>();

  async getCurrent(): Promise<StoredPack | null> {
    return this.current;
  }

  async putAtomically(pack: SignedPack, etag: string | null): Promise<void> {
    this.current = { pack, etag };
    const keyId = pack.signature.keyId;
    this.versions.set(keyId, Math.max(this.versions.get(keyId) ?? 0, pack.meta.version));
    this.writes++;
  }

  async highestVersion(keyId: string): Promise<number | null> {
    return this.versions.get(keyId) ?? null;
  }

  /** Forgets the pack (取消订阅), not the versions seen. */
  async clear(): Promise<void> {
    this.current = null;
  }
}
