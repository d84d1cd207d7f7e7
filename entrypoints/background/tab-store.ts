// The latest reading per workbench tab, in IndexedDB so it survives the service worker being stopped.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { WorkbenchSnapshot } from '../../utils/workbench/types';

export interface TabEntry {
  tabId: number;
  snapshot: WorkbenchSnapshot;
}

export interface TabStore {
  put(tabId: number, snapshot: WorkbenchSnapshot): Promise<void>;
  get(tabId: number): Promise<WorkbenchSnapshot | undefined>;
  remove(tabId: number): Promise<void>;
  /** The workbench tab that reported last: what the panel follows when the active tab is no workbench. */
  mostRecent(): Promise<TabEntry | undefined>;
}

const RECENT_KEY = 'recent';

export function createTabStore(store: UseStore = createStore('huashu-tabs', 'snapshots')): TabStore {
  return {
    async put(tabId, snapshot) {
      await set(tabId, snapshot, store);
      await set(RECENT_KEY, tabId, store);
    },
    get: (tabId) => get<WorkbenchSnapshot>(tabId, store),
    async remove(tabId) {
      await del(tabId, store);
      if ((await get<number>(RECENT_KEY, store)) === tabId) await del(RECENT_KEY, store);
    },
    async mostRecent() {
      const tabId = await get<number>(RECENT_KEY, store);
      if (tabId === undefined) return undefined;
      const snapshot = await get<WorkbenchSnapshot>(tabId, store);
      return snapshot ? { tabId, snapshot } : undefined;
    },
  };
}
