import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSiteStore, registerTaughtSiteHandlers, setTeamSelectorSets } from '../../../entrypoints/background/taught-sites';
import { removeAllListeners, sendMessage } from '../../../utils/messaging';
import type { SelectorSetEntry } from '../../../utils/workbench/types';
import { pinduoduo } from '../../../utils/workbench/adapters/pinduoduo';
import type { TaughtSite } from '../../../utils/workbench/resolve-adapter';
import type { TeachDraft } from '../../../utils/workbench/teach';

const PDD = 'https://mms.pinduoduo.com/chat-merchant/index.html';
const teamFix: SelectorSetEntry = {
  platform: 'pinduoduo',
  hostPattern: 'mms.pinduoduo.com',
  version: 4,
  selectors: { ...pinduoduo.selectors, input: 'textarea.reply-v2' },
};
const taughtSite: TaughtSite = {
  scope: 'kefu.example.com',
  name: '小满家居',
  selectors: { messageList: '.pane', messageRow: ':scope > div', directions: [{ match: '[data-from="user"]', direction: 'buyer' }], buyerName: '.peer', input: 'textarea' },
  taughtAt: 1,
};

let counter = 0;
const freshStore = () => createSiteStore(createStore(`sites-${++counter}`, 'sites'));

describe('taught and team selector sets in the background', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => removeAllListeners());

  it('keeps one taught set per site, replacing it when taught again', async () => {
    const store = freshStore();
    await store.saveTaught(taughtSite);
    await store.saveTaught({ ...taughtSite, name: '小满家居客服', taughtAt: 2 });
    expect(await store.taught()).toEqual([{ ...taughtSite, name: '小满家居客服', taughtAt: 2 }]);
    await store.removeTaught('kefu.example.com');
    expect(await store.taught()).toEqual([]);
  });

  it('answers content scripts with built-in, taught or no adapter', async () => {
    const store = freshStore();
    await store.saveTaught(taughtSite);
    registerTaughtSiteHandlers(store);
    expect(await sendMessage('getSiteAdapter', { url: PDD })).toMatchObject({ id: 'pinduoduo', name: '拼多多' });
    expect(await sendMessage('getSiteAdapter', { url: 'https://kefu.example.com/desk' })).toMatchObject({ name: '小满家居', source: 'taught' });
    expect(await sendMessage('getSiteAdapter', { url: 'https://other.example.com/' })).toBeNull();
    expect(await sendMessage('listTaughtSites', undefined)).toEqual([taughtSite]);
  });

  it('applies the team pack’s selector sets, the newest over the built-in adapter', async () => {
    registerTaughtSiteHandlers();
    await setTeamSelectorSets([teamFix, { ...teamFix, version: 3, selectors: pinduoduo.selectors }]);
    const adapter = await sendMessage('getSiteAdapter', { url: PDD });
    expect(adapter).toMatchObject({ id: 'pinduoduo', source: 'team' });
    expect(adapter!.selectors.input).toBe('textarea.reply-v2');
    await setTeamSelectorSets([]);
    expect(await sendMessage('getSiteAdapter', { url: PDD })).not.toHaveProperty('source');
  });

  it('refuses to save when nothing was taught on that tab', async () => {
    registerTaughtSiteHandlers(freshStore());
    expect(await sendMessage('saveTaughtSite', { tabId: 3, name: 'x' })).toEqual({ ok: false, message: '没有待保存的内容：请先在页面上教一遍' });
    expect(await sendMessage('getTeachState', { tabId: 3 })).toEqual({ phase: 'idle' });
  });

  it('saves only after the switch check, and relays the panel’s teaching buttons to the tab', async () => {
    registerTaughtSiteHandlers(freshStore());
    expect(await sendMessage('sendTeachCommand', { tabId: 3, command: 'skipCheck' })).toEqual({
      ok: false,
      message: '没有正在进行的教读取：请先在页面上教一遍',
    });
    const draft: TeachDraft = {
      url: 'https://kefu.example.com/desk',
      scope: 'kefu.example.com',
      title: '小满家居',
      selectors: taughtSite.selectors,
      preview: { conversation: null, missing: [] },
      check: { status: 'pending' },
      warnings: [],
    };
    const tab = { tab: { id: 3 } } as never;
    await fakeBrowser.runtime.onMessage.trigger({ id: 0, type: 'teachProgress', data: { phase: 'checking', draft }, timestamp: 0 }, tab, () => undefined);
    expect(await sendMessage('saveTaughtSite', { tabId: 3, name: 'x' })).toEqual({ ok: false, message: '保存前请先在工作台里切换一次会话，确认读到的买家跟着变' });
  });
});
