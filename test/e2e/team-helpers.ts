// Shared by the team e2e tests: reading what an extension page stored in IndexedDB.
import type { Page } from 'playwright-core';

/** One value from an idb-keyval store, read in the extension page's own origin. */
export function readIdb<T>(page: Page, database: string, store: string, key: string): Promise<T | null> {
  return page.evaluate(
    ({ database, store, key }) =>
      new Promise<T | null>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction(store).objectStore(store).get(key);
          read.onsuccess = () => resolve((read.result as T | undefined) ?? null);
          read.onerror = () => reject(read.error);
        };
      }),
    { database, store, key },
  );
}
