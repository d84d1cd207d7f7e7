// A PackStore in memory: for tests, benchmarks and the CLI; the extension's store lives in the background.
import type { PackStore, StoredPack } from './sync';
import type { SignedPack } from './types';

export class MemoryPackStore implements PackStore {
  current: StoredPack | null = null;
  /** Completed writes, so tests can tell "nothing written" from "the same pack written again". */
  writes = 0;

  async getCurrent(): Promise<StoredPack | null> {
    return this.current;
  }

  async putAtomically(pack: SignedPack, etag: string | null): Promise<void> {
    this.current = { pack, etag };
    this.writes++;
  }
}
