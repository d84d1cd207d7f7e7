import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptSnapshot, PAGE_GONE_MESSAGE, registerHandlers, type BackgroundDeps } from '../../../entrypoints/background/handlers';
import { createSettingsStore } from '../../../entrypoints/background/settings-store';
import { createTabStore, purgeLegacySnapshots } from '../../../entrypoints/background/tab-store';
import { LEGACY_SNAPSHOT_DATABASE } from '../../../utils/storage';
import { removeAllListeners, sendMessage } from '../../../utils/messaging';
import type { WorkbenchSnapshot } from '../../../utils/workbench/types';

const snapshot = (buyer: string): WorkbenchSnapshot => ({
  platform: 'pinduoduo',
  platformName: '拼多多',
  url: 'https://mms.pinduoduo.com/chat-merchant/index.html',
  conversation: { platform: 'pinduoduo', platformName: '拼多多', key: `pinduoduo:${buyer}`, buyer: { name: buyer }, messages: [] },
  missing: [],
  waitingSince: null,
  readAt: 1,
});

let dbCounter = 0;
function freshDeps(overrides: Partial<BackgroundDeps> = {}): BackgroundDeps {
  dbCounter += 1;
  return {
    tabs: createTabStore(fakeBrowser.storage.session),
    settings: createSettingsStore(createStore(`settings-${dbCounter}`, 'settings')),
    activeTabId: async () => undefined,
    notifyPanels: vi.fn(async () => undefined),
    notifyTabs: vi.fn(async () => undefined),
    insertIntoTab: vi.fn(async () => ({ ok: true as const })),
    ...overrides,
  };
}

describe('background message handlers', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => removeAllListeners());

  it('keeps the latest reading per tab and tells open panels', async () => {
    const deps = freshDeps();
    registerHandlers(deps);
    await acceptSnapshot(deps, 7, snapshot('林小鹿'));
    expect(deps.notifyPanels).toHaveBeenCalledWith({ tabId: 7, snapshot: snapshot('林小鹿') });
    expect(await sendMessage('getPanelState', {})).toEqual({ tabId: 7, snapshot: snapshot('林小鹿') });
  });

  it('ignores a reading that comes from no tab', async () => {
    const deps = freshDeps();
    registerHandlers(deps);
    await sendMessage('snapshotChanged', snapshot('林小鹿'));
    expect(deps.notifyPanels).not.toHaveBeenCalled();
    expect(await deps.tabs.mostRecent()).toBeUndefined();
  });

  it('follows the active tab of the panel window when it is a workbench', async () => {
    const deps = freshDeps({ activeTabId: async (windowId) => (windowId === 2 ? 9 : undefined) });
    registerHandlers(deps);
    await deps.tabs.put(9, snapshot('陈先生'));
    await deps.tabs.put(7, snapshot('林小鹿'));
    expect((await sendMessage('getPanelState', { windowId: 2 })).tabId).toBe(9);
    // Another window, no workbench active there: the one that reported last.
    expect((await sendMessage('getPanelState', { windowId: 3 })).tabId).toBe(7);
  });

  it('reports no workbench when none has reported', async () => {
    registerHandlers(freshDeps());
    expect(await sendMessage('getPanelState', {})).toEqual({ tabId: null, snapshot: null });
  });

  it('forwards inserts to the tab and turns a dead page into a Chinese message', async () => {
    const insertIntoTab = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    registerHandlers(freshDeps({ insertIntoTab }));
    const request = { tabId: 4, conversationKey: 'pinduoduo:1', buyerName: '林小鹿', text: '您好' };
    expect(await sendMessage('insertReply', request)).toEqual({ ok: false, message: PAGE_GONE_MESSAGE });
    expect(insertIntoTab).toHaveBeenCalledWith(request);
  });

  it('relays the page verdict on an insert unchanged', async () => {
    const refusal = { ok: false as const, message: '这条回复是为 林小鹿 准备的，当前会话是 陈先生' };
    registerHandlers(freshDeps({ insertIntoTab: async () => refusal }));
    expect(await sendMessage('insertReply', { tabId: 4, conversationKey: 'a', buyerName: '林小鹿', text: 'x' })).toEqual(refusal);
  });

  it('stores settings with defaults filled in and tells the workbench pages', async () => {
    const deps = freshDeps();
    registerHandlers(deps);
    expect(await sendMessage('getSettings', undefined)).toMatchObject({ traineeMode: false, inlineCheck: true });
    const saved = await sendMessage('saveSettings', { agentName: '小满', shopName: '小满家居', traineeMode: true, inlineCheck: true, placeholders: { 发货时间: '48小时' } });
    expect(saved.agentName).toBe('小满');
    expect(deps.notifyTabs).toHaveBeenCalledWith(saved);
    expect(await sendMessage('getSettings', undefined)).toEqual(saved);
  });
});

describe('tab store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('survives a restart of the worker: a new store over the same database reads it back', async () => {
    const db = fakeBrowser.storage.session;
    await createTabStore(db).put(3, snapshot('周周爱吃橙'));
    const afterRestart = createTabStore(db);
    expect(await afterRestart.get(3)).toEqual(snapshot('周周爱吃橙'));
    expect((await afterRestart.mostRecent())?.tabId).toBe(3);
  });

  it('forgets a closed tab, including as the most recent one', async () => {
    const tabs = createTabStore(fakeBrowser.storage.session);
    await tabs.put(3, snapshot('a'));
    await tabs.remove(3);
    expect(await tabs.get(3)).toBeUndefined();
    expect(await tabs.mostRecent()).toBeUndefined();
  });

  it('keeps readings in session storage only, never on disk', async () => {
    const tabs = createTabStore();
    await tabs.put(5, snapshot('林小鹿'));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'tab-5': snapshot('林小鹿'), 'recent-tab': 5 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // Another tab reporting later does not lose the first one; closing it keeps the other as it was.
    await tabs.put(6, snapshot('陈先生'));
    await tabs.remove(5);
    expect((await tabs.mostRecent())?.snapshot).toEqual(snapshot('陈先生'));
  });

  it('purges the IndexedDB store earlier releases left readings in', async () => {
    // As an earlier release wrote it (idb-keyval's layout), with the connection closed as after a restart.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(LEGACY_SNAPSHOT_DATABASE);
      request.onupgradeneeded = () => request.result.createObjectStore('snapshots');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve) => {
      const write = db.transaction('snapshots', 'readwrite');
      write.objectStore('snapshots').put(snapshot('周周爱吃橙'), 3);
      write.oncomplete = resolve;
    });
    db.close();
    expect((await indexedDB.databases()).map((database) => database.name)).toContain(LEGACY_SNAPSHOT_DATABASE);
    await purgeLegacySnapshots();
    const names = (await indexedDB.databases()).map((database) => database.name);
    expect(names).not.toContain(LEGACY_SNAPSHOT_DATABASE);
    // Nothing to purge is fine too.
    await expect(purgeLegacySnapshots()).resolves.toBeUndefined();
  });
});
