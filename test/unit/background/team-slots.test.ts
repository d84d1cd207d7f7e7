// Team subscriptions per shop profile: a profile with its own team has its own pack, alarm and status; the
// library and the rules a workbench tab gets follow the shop its page shows.
import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLibraryViews, registerLibraryHandlers } from '../../../entrypoints/background/library-handlers';
import { createLibraryStore } from '../../../entrypoints/background/library-store';
import { createPackStore } from '../../../entrypoints/background/pack-store';
import { createSettingsStore } from '../../../entrypoints/background/settings-store';
import { createTabStore } from '../../../entrypoints/background/tab-store';
import { registerTeamSlots, slotOf, startTeamSlots } from '../../../entrypoints/background/team-slots';
import { removeAllListeners, sendMessage, type TeamQuery } from '../../../utils/messaging';
import { withDefaults } from '../../../utils/settings';
import { SESSION_KEYS } from '../../../utils/storage';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin';
import type { WorkbenchSnapshot } from '../../../utils/workbench/types';
import { unsignedPack } from '../pack/fixtures';
import { fakeHost, publicKey } from './team-host';

const PACK_URL = 'https://packs.example.com/tea.json';
const TEA = 'shop-tea-0001';

const shown = (shopName: string): WorkbenchSnapshot => ({
  platform: 'pinduoduo',
  platformName: '拼多多',
  url: 'https://mms.pinduoduo.com/chat-merchant/index.html',
  conversation: { platform: 'pinduoduo', platformName: '拼多多', key: 'pinduoduo:a', buyer: { name: 'a' }, messages: [], shopName },
  missing: [],
  waitingSince: null,
  readAt: 1,
});

let counter = 0;
async function setup() {
  counter += 1;
  const settings = createSettingsStore(createStore(`slot-settings-${counter}`, 'settings'));
  await settings.save(
    withDefaults({
      shopName: '小满家居',
      profiles: [{ id: TEA, name: '青禾茶舍', match: ['青禾茶舍'], shopName: '青禾茶舍官方店', placeholders: {}, team: 'own' }],
    }),
  );
  const tabs = createTabStore(fakeBrowser.storage.session);
  const host = fakeHost();
  const defaultPacks = createPackStore(createStore(`slot-default-pack-${counter}`, 'pack'));
  const slots = startTeamSlots({ defaultPacks, settings, tabs, fetch: host.fetch });
  registerTeamSlots(slots, settings);
  const library = createLibraryStore(createStore(`slot-library-${counter}`, 'library'));
  const packs = (query?: TeamQuery) => slots.packs(slotOf(query));
  registerLibraryHandlers({ library, packs, now: Date.now, views: createLibraryViews({ library, packs, builtinPhrases: async () => BUILTIN_PHRASES }, slotOf), notifyLibraryChanged: async () => undefined });
  return { settings, tabs, host, slots };
}

describe('team subscriptions per shop profile', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => removeAllListeners());

  it('keeps a profile’s team apart from the default one: its own pack, alarm, status and library', async () => {
    const { host } = await setup();
    await host.publish(unsignedPack(2, 1));
    const result = await sendMessage('subscribeTeam', { url: PACK_URL, publicKey, team: TEA });
    expect(result.ok).toBe(true);

    const tea = await sendMessage('getTeamStatus', { team: TEA });
    expect(tea).toMatchObject({ slot: TEA, subscription: { url: PACK_URL }, pack: { phrases: 2 } });
    expect(await sendMessage('getTeamStatus', undefined)).toMatchObject({ slot: 'default', subscription: null, pack: null });
    expect(await fakeBrowser.alarms.get(`huashu-team-sync:${TEA}`)).toBeDefined();
    expect(await fakeBrowser.alarms.get('huashu-team-sync')).toBeUndefined();

    const teamOf = async (team?: string) => (await sendMessage('getLibrary', team ? { team } : undefined)).phrases.filter((p) => p.source === 'team').length;
    expect(await teamOf(TEA)).toBe(2);
    expect(await teamOf()).toBe(0);
    // A name that is no profile id is the default subscription, never a database of its own.
    expect(slotOf({ team: '../../etc' })).toBe('default');
  });

  it('gives a workbench tab the team of the shop its page shows', async () => {
    const { tabs, slots } = await setup();
    await tabs.put(5, shown('青禾茶舍旗舰店'));
    await tabs.put(6, shown('小满家居旗舰店'));
    expect(await slots.slotForTab(5)).toBe(TEA);
    expect(await slots.slotForTab(6)).toBe('default');
    expect(await slots.slotForTab(undefined)).toBe('default');
  });

  it('leaves a profile’s team when the profile goes back to the default one', async () => {
    const { host, settings, slots } = await setup();
    await host.publish(unsignedPack(1, 1));
    await sendMessage('subscribeTeam', { url: PACK_URL, publicKey, team: TEA });
    const current = await settings.load();
    await settings.save({ ...current, profiles: current.profiles!.map((profile) => ({ ...profile, team: 'default' as const })) });
    await slots.retarget();
    expect(await sendMessage('getTeamStatus', { team: TEA })).toMatchObject({ subscription: null, pack: null });
    expect(await fakeBrowser.alarms.get(`huashu-team-sync:${TEA}`)).toBeUndefined();
  });

  it('a worker started afresh still ends the team of a profile that gave it up, found by its alarm', async () => {
    const { host, settings, tabs } = await setup();
    await host.publish(unsignedPack(1, 1));
    await sendMessage('subscribeTeam', { url: PACK_URL, publicKey, team: TEA });
    const current = await settings.load();
    await settings.save({ ...current, profiles: [] });
    // A new worker: nothing in memory, the alarm and the stores remain.
    removeAllListeners();
    const restarted = startTeamSlots({ defaultPacks: createPackStore(createStore(`slot-default-pack-${counter}`, 'pack')), settings, tabs, fetch: host.fetch });
    registerTeamSlots(restarted, settings);
    await restarted.retarget();
    expect(await restarted.sync(TEA).status()).toMatchObject({ subscription: null, pack: null });
    expect(await fakeBrowser.alarms.get(`huashu-team-sync:${TEA}`)).toBeUndefined();
  });

  /** A new worker: nothing in memory; the stores, alarms and (unless the extension was reloaded) storage.session remain. */
  const restartWorker = (settings: ReturnType<typeof createSettingsStore>, tabs: ReturnType<typeof createTabStore>, host: ReturnType<typeof fakeHost>) => {
    removeAllListeners();
    const restarted = startTeamSlots({ defaultPacks: createPackStore(createStore(`slot-default-pack-${counter}`, 'pack')), settings, tabs, fetch: host.fetch });
    registerTeamSlots(restarted, settings);
    return restarted;
  };
  const startPassDone = () => vi.waitFor(async () => expect((await fakeBrowser.storage.session.get(SESSION_KEYS.teamPacksSynced))[SESSION_KEYS.teamPacksSynced]).toBe(true));

  it('syncs every team on the worker’s first start after an update, with no runtime.onInstalled dispatched', async () => {
    const { host, settings, tabs } = await setup();
    await host.publish(unsignedPack(1, 1));
    await sendMessage('subscribeTeam', { url: PACK_URL, publicKey });
    await sendMessage('subscribeTeam', { url: PACK_URL, publicKey, team: TEA });
    await host.publish(unsignedPack(3, 2));
    // Chrome empties storage.session on an install, update, reload or re-enable (and a browser start).
    await fakeBrowser.storage.session.clear();
    const restarted = restartWorker(settings, tabs, host);
    await vi.waitFor(async () => {
      expect(await restarted.sync('default').status()).toMatchObject({ pack: { version: 2, phrases: 3 } });
      expect(await restarted.sync(TEA).status()).toMatchObject({ pack: { version: 2, phrases: 3 } });
    });
  });

  it('a worker woken later in the same session does not sync again, but makes a lost alarm again', async () => {
    const { host, settings, tabs } = await setup();
    await startPassDone();
    await host.publish(unsignedPack(1, 1));
    await sendMessage('subscribeTeam', { url: PACK_URL, publicKey, team: TEA });
    await fakeBrowser.alarms.clear(`huashu-team-sync:${TEA}`);
    const requests = host.requests.length;
    restartWorker(settings, tabs, host);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(`huashu-team-sync:${TEA}`)).toBeDefined());
    expect(host.requests.length).toBe(requests);
  });

  it('a sync that fails on the first start still leaves the team an alarm to try again', async () => {
    const { host, settings, tabs } = await setup();
    await startPassDone();
    await host.publish(unsignedPack(1, 1));
    await sendMessage('subscribeTeam', { url: PACK_URL, publicKey });
    await fakeBrowser.alarms.clearAll();
    host.fail(503);
    await fakeBrowser.storage.session.clear();
    restartWorker(settings, tabs, host);
    await startPassDone();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('huashu-team-sync')).toBeDefined());
  });
});
