// The worker's phrase flag store (utils/flag-store.ts) in IndexedDB, and the packaged flags of the built-in library
// with the build's checker identity (utils/phrase-flags-file.ts), read from the package on first use.
import { del, get, set } from 'idb-keyval';
import { createFlagStore, type FlagStore } from '../../utils/flag-store';
import { onceRetrying, readPackagedJson } from '../../utils/packaged-json';
import { PHRASE_FLAGS_FILE, type PhraseFlagsFile } from '../../utils/phrase-flags-file';
import { openStore } from '../../utils/storage';

export function createPhraseFlagStore(): FlagStore {
  const store = openStore('phraseFlags');
  return createFlagStore({ get: (key) => get(key, store), set: (key, value) => set(key, value, store), del: (key) => del(key, store) });
}

export const packagedPhraseFlags = onceRetrying(() => readPackagedJson<PhraseFlagsFile>(PHRASE_FLAGS_FILE));
