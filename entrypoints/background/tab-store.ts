// The latest reading per workbench tab. Readings hold buyers' names and messages, which are personal data:
// they live in storage.session, which the browser keeps in memory only. It outlives the service worker
// being stopped, and is gone once the browser closes or crashes (README, 数据存在哪里).
import { browser, type Browser } from 'wxt/browser';
import type { WorkbenchSnapshot } from '../../utils/workbench/types';
import { LEGACY_SNAPSHOT_DATABASE, SESSION_KEYS } from '../../utils/storage';

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

/** The part of a storage area the tab store uses: storage.session in the extension, a fake in tests. */
export type SessionArea = Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'>;

const RECENT_KEY = SESSION_KEYS.recentTab;
const tabKey = SESSION_KEYS.tabReading;

export function createTabStore(area: SessionArea = browser.storage.session): TabStore {
  const read = async <T>(key: string): Promise<T | undefined> => (await area.get(key))[key] as T | undefined;
  return {
    // One call: the reading and "reported last" change together.
    put: (tabId, snapshot) => area.set({ [tabKey(tabId)]: snapshot, [RECENT_KEY]: tabId }),
    get: (tabId) => read<WorkbenchSnapshot>(tabKey(tabId)),
    async remove(tabId) {
      const recent = await read<number>(RECENT_KEY);
      await area.remove(recent === tabId ? [tabKey(tabId), RECENT_KEY] : [tabKey(tabId)]);
    },
    async mostRecent() {
      const tabId = await read<number>(RECENT_KEY);
      if (tabId === undefined) return undefined;
      const snapshot = await read<WorkbenchSnapshot>(tabKey(tabId));
      return snapshot ? { tabId, snapshot } : undefined;
    },
  };
}

/**
 * Deletes, at start-up, the database where earlier releases kept readings (on disk, where a crash left them for
 * the next start), so readings an older release wrote do not outlive the session.
 */
export function purgeLegacySnapshots(factory: IDBFactory = indexedDB): Promise<void> {
  return new Promise((resolve) => {
    const request = factory.deleteDatabase(LEGACY_SNAPSHOT_DATABASE);
    // Blocked only while another context holds it open; the next start-up tries again.
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}
