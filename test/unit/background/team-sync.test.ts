import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPackStore } from '../../../entrypoints/background/pack-store';
import {
  createTeamSync,
  DEFAULT_TIMEOUT_MS,
  scheduleDelayMinutes,
  TEAM_SYNC_ALARM,
  type AlarmApi,
  type TeamSyncDeps,
} from '../../../entrypoints/background/team-sync';
import { removeAllListeners } from '../../../utils/messaging';
import { exportPublicKey, generateTeamKey, keyIdOf, signPack } from '../../../utils/pack/sign';
import { INITIAL_SYNC_STATE, type SyncState } from '../../../utils/pack/sync';
import type { RuleFile } from '../../../utils/compliance/types';
import type { SignedPack, UnsignedPack } from '../../../utils/pack/types';
import { unsignedPack } from '../pack/fixtures';
import { fakeHost, publicKey, team, teamKeyId } from './team-host';

const other = await generateTeamKey();
const otherPublicKey = await exportPublicKey(other.publicKey);
const PACK_URL = 'https://packs.example.com/shop.json';

const TEAM_RULES: RuleFile = {
  format: 'huashu-rules',
  version: 1,
  rules: [{ id: 'team.no-discount', category: 'absolute', severity: 'warn', words: ['骨折价'], reason: '店铺不用这个说法' }],
  allow: [],
  disable: ['ad.best'],
};

function withInterval(pack: UnsignedPack, minutes: number | undefined): UnsignedPack {
  return { ...pack, meta: { ...pack.meta, syncIntervalMinutes: minutes } };
}

function fakeAlarms() {
  const alarms = new Map<string, number>();
  const api: AlarmApi & { delays: number[] } = {
    delays: [],
    create(name, info) {
      api.delays.push(info.delayInMinutes);
      alarms.set(name, Date.now() + info.delayInMinutes * 60_000);
    },
    get: async (name) => (alarms.has(name) ? { scheduledTime: alarms.get(name)! } : undefined),
    clear: async (name) => alarms.delete(name),
  };
  return api;
}

let counter = 0;
function setup(overrides: Partial<TeamSyncDeps> = {}) {
  counter += 1;
  const host = fakeHost();
  const alarms = fakeAlarms();
  const packs = createPackStore(createStore(`team-pack-${counter}`, 'pack'));
  const changes: Array<SignedPack | null> = [];
  const statuses: boolean[] = [];
  const sync = createTeamSync({
    packs,
    fetch: host.fetch,
    now: Date.now,
    alarms,
    onPackChanged: async (pack) => void changes.push(pack),
    onStatus: async (status) => void statuses.push(status.syncing),
    store: createStore(`team-subscription-${counter}`, 'subscription'),
    ...overrides,
  });
  return { sync, host, alarms, packs, changes, statuses };
}

describe('team sync in the background', () => {
  afterEach(() => removeAllListeners());

  it('subscribes, stores the verified pack, tells the library and schedules the lead’s interval', async () => {
    const { sync, host, alarms, packs, changes } = setup();
    const published = await host.publish(withInterval(unsignedPack(3, 1), 60));
    const result = await sync.subscribe({ url: PACK_URL, publicKey });
    expect(result.ok).toBe(true);
    const status = await sync.status();
    expect(status.subscription).toEqual({ url: PACK_URL, keyId: teamKeyId });
    expect(status.pack).toMatchObject({ id: 'test-shop', name: '测试店铺话术', version: 1, phrases: 3 });
    expect(status.state.lastOutcome).toBe('updated');
    expect(status.syncing).toBe(false);
    expect((await packs.getCurrent())?.pack).toEqual(published);
    expect(changes).toEqual([published]);
    // 60 minutes ± 10 % jitter.
    expect(alarms.delays).toHaveLength(1);
    expect(alarms.delays[0]).toBeGreaterThanOrEqual(54);
    expect(alarms.delays[0]).toBeLessThanOrEqual(66);
    expect(status.nextSyncAt).toBeGreaterThan(Date.now());
  });

  it('revalidates with the ETag: a 304 writes nothing and tells nobody the library changed', async () => {
    const { sync, host, packs, changes } = setup();
    await host.publish(unsignedPack(2, 1));
    await sync.subscribe({ url: PACK_URL, publicKey });
    const before = await packs.getCurrent();
    const put = vi.spyOn(packs, 'putAtomically');
    const status = await sync.syncNow();
    expect(host.requests.at(-1)?.ifNoneMatch).toBe(before?.etag);
    expect(status.state.lastOutcome).toBe('unchanged');
    expect(put).not.toHaveBeenCalled();
    expect(changes).toHaveLength(1);
  });

  it('runs one download for sync requests that arrive while one is under way', async () => {
    const { sync, host } = setup();
    await host.publish(unsignedPack(2, 1));
    await sync.subscribe({ url: PACK_URL, publicKey });
    const before = host.requests.length;
    const [first, second, third] = await Promise.all([sync.syncNow(), sync.syncNow(), sync.syncNow()]);
    expect(host.requests.length - before).toBe(1);
    expect(first.state).toEqual(second.state);
    expect(third.syncing).toBe(false);
  });

  it('announces the sync starting and ending, so pages can show 正在同步', async () => {
    const { sync, host, statuses } = setup();
    await host.publish(unsignedPack(1, 1));
    await sync.subscribe({ url: PACK_URL, publicKey });
    expect(statuses).toEqual([true, false]);
  });

  it('keeps the pack on failures and backs off 5, 10, 20 minutes; a success returns to the interval', async () => {
    const { sync, host, alarms, packs } = setup();
    await host.publish(unsignedPack(2, 1));
    await sync.subscribe({ url: PACK_URL, publicKey });
    const good = await packs.getCurrent();
    host.fail(500);
    for (const expected of [5, 10, 20]) {
      const status = await sync.syncNow();
      expect(status.state.lastError?.code).toBe('http');
      expect(status.state.lastError?.message).toContain('已保留原有话术');
      expect(status.pack?.version).toBe(1);
      expect(alarms.delays.at(-1)).toBeGreaterThanOrEqual(expected * 0.9);
      expect(alarms.delays.at(-1)).toBeLessThanOrEqual(expected * 1.1 + 0.5);
    }
    expect(await packs.getCurrent()).toEqual(good);
    host.fail(null);
    await host.publish(unsignedPack(2, 2));
    const recovered = await sync.syncNow();
    expect(recovered.state.consecutiveFailures).toBe(0);
    expect(recovered.pack?.version).toBe(2);
    expect(alarms.delays.at(-1)).toBeGreaterThanOrEqual(27);
  });

  it('refuses a bad address or key in Chinese and stores nothing', async () => {
    const { sync, host } = setup();
    expect(await sync.subscribe({ url: 'http://packs.example.com/shop.json', publicKey })).toEqual({
      ok: false,
      message: '话术包地址无效：必须是 https:// 地址',
    });
    expect(await sync.subscribe({ url: PACK_URL, publicKey: 'bm90IGEga2V5' })).toEqual({ ok: false, message: '团队公钥无效，请向组长重新索取加入码' });
    expect((await sync.status()).subscription).toBeNull();
    expect(host.requests).toHaveLength(0);
  });

  it('a new address with the same key keeps the pack and its history; another team’s key drops them', async () => {
    const { sync, host, packs, changes } = setup();
    await host.publish(unsignedPack(2, 3));
    await sync.subscribe({ url: PACK_URL, publicKey });
    host.fail(500);
    await sync.subscribe({ url: 'https://mirror.example.com/shop.json', publicKey });
    let status = await sync.status();
    expect(status.pack?.version).toBe(3);
    expect(status.state.current?.version).toBe(3);
    expect(status.state.lastError?.message).toContain('已保留原有话术');

    await sync.subscribe({ url: PACK_URL, publicKey: otherPublicKey });
    status = await sync.status();
    expect(await packs.getCurrent()).toBeNull();
    expect(status.pack).toBeNull();
    expect(status.state.current).toBeNull();
    expect(status.subscription?.keyId).toBe(await keyIdOf(other.publicKey));
    expect(changes.at(-1)).toBeNull();
  });

  it('unsubscribing removes the pack, the schedule and the subscription', async () => {
    const { sync, host, packs, alarms, changes } = setup();
    await host.publish(unsignedPack(2, 1));
    await sync.subscribe({ url: PACK_URL, publicKey });
    const status = await sync.unsubscribe();
    expect(status).toMatchObject({ subscription: null, pack: null, nextSyncAt: null, state: INITIAL_SYNC_STATE });
    expect(await packs.getCurrent()).toBeNull();
    expect(await alarms.get(TEAM_SYNC_ALARM)).toBeUndefined();
    expect(changes.at(-1)).toBeNull();
    // Nothing to sync any more.
    const before = host.requests.length;
    await sync.syncNow();
    expect(host.requests.length).toBe(before);
  });

  it('after 取消订阅 and subscribing again with the same key, refuses an older signed version (a replay)', async () => {
    const { sync, host, packs } = setup();
    await host.publish(unsignedPack(2, 10));
    await sync.subscribe({ url: PACK_URL, publicKey });
    await sync.unsubscribe();
    expect(await packs.getCurrent()).toBeNull();

    await host.publish(unsignedPack(2, 4));
    const again = await sync.subscribe({ url: PACK_URL, publicKey });
    expect(again.ok && again.status.state.lastError).toMatchObject({ code: 'old-version', message: expect.stringContaining('版本 4 比本机用过的版本 10 旧') });
    expect(again.ok && again.status.pack).toBeNull();
    expect(await packs.getCurrent()).toBeNull();

    // The lead's newer publication is accepted as usual.
    await host.publish(unsignedPack(2, 11));
    expect((await sync.syncNow()).pack?.version).toBe(11);
  });

  it('a new team key (a new join code) is how a lead starts counting again', async () => {
    const { sync, host } = setup();
    await host.publish(unsignedPack(2, 10));
    await sync.subscribe({ url: PACK_URL, publicKey });
    await sync.unsubscribe();
    await host.publish(unsignedPack(2, 1), other);
    const fresh = await sync.subscribe({ url: PACK_URL, publicKey: otherPublicKey });
    expect(fresh.ok && fresh.status.pack?.version).toBe(1);
    expect(fresh.ok && fresh.status.state.lastError).toBeNull();
  });

  it('keeps the version memory in the pack store across a worker restart, and a pack held from before counts', async () => {
    const db = createStore(`team-pack-restart-${counter}`, 'pack');
    const before = createPackStore(db);
    const signed = await signPack(unsignedPack(1, 7), team.privateKey, teamKeyId);
    await before.putAtomically(signed, '"a"');
    await before.clear();
    const after = createPackStore(db);
    expect(await after.highestVersion(teamKeyId)).toBe(7);
    expect(await after.highestVersion('0000000000000000')).toBeNull();
    // A pack stored by an earlier release (no version memory yet) is still a floor for its key.
    const legacy = createStore(`team-pack-legacy-${counter}`, 'pack');
    await set('current', { pack: signed, etag: null }, legacy);
    expect(await createPackStore(legacy).highestVersion(teamKeyId)).toBe(7);
  });

  it('recreates a lost alarm after a restart, only while subscribed', async () => {
    const { sync, host, alarms } = setup();
    await sync.ensureScheduled();
    expect(alarms.delays).toHaveLength(0);
    await host.publish(unsignedPack(1, 1));
    await sync.subscribe({ url: PACK_URL, publicKey });
    await alarms.clear(TEAM_SYNC_ALARM);
    await sync.ensureScheduled();
    expect(await alarms.get(TEAM_SYNC_ALARM)).toBeDefined();
    const count = alarms.delays.length;
    await sync.ensureScheduled();
    expect(alarms.delays.length).toBe(count);
  });

  it('hands the team rules to the checkers', async () => {
    const { sync, host } = setup();
    expect(await sync.complianceConfig()).toEqual({ ruleFiles: [], disabled: [] });
    await host.publish({ ...unsignedPack(1, 1), rules: TEAM_RULES });
    await sync.subscribe({ url: PACK_URL, publicKey });
    const config = await sync.complianceConfig();
    expect(config.ruleFiles).toHaveLength(1);
    expect(config.ruleFiles[0]?.rules.map((rule) => rule.id)).toEqual(['team.no-discount']);
    expect(config.disabled).toEqual(['ad.best']);
  });

  it('passes the subscription’s timeout to the download', async () => {
    const hung = vi.fn((_input: RequestInfo | URL, init: RequestInit = {}) =>
      new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    ) as unknown as typeof fetch;
    const { sync } = setup({ fetch: hung });
    const started = Date.now();
    const result = await sync.subscribe({ url: PACK_URL, publicKey, timeoutMs: 300 });
    expect(result.ok && result.status.state.lastError?.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(DEFAULT_TIMEOUT_MS);
  });
});

describe('scheduleDelayMinutes', () => {
  const state = (failures: number): SyncState => ({ ...INITIAL_SYNC_STATE, consecutiveFailures: failures });
  const pack = (minutes: number | undefined) => ({ meta: { syncIntervalMinutes: minutes } }) as SignedPack;
  const middle = () => 0.5;

  it('uses 30 minutes without a pack or without the lead’s override', () => {
    expect(scheduleDelayMinutes(state(0), null, middle)).toBe(30);
    expect(scheduleDelayMinutes(state(0), pack(undefined), middle)).toBe(30);
  });

  it('keeps the lead’s override within 15–1440 minutes', () => {
    expect(scheduleDelayMinutes(state(0), pack(90), middle)).toBe(90);
    expect(scheduleDelayMinutes(state(0), pack(1), middle)).toBe(15);
    expect(scheduleDelayMinutes(state(0), pack(100_000), middle)).toBe(1440);
  });

  it('backs off after failures, capped at 6 hours', () => {
    expect(scheduleDelayMinutes(state(1), pack(60), middle)).toBe(5);
    expect(scheduleDelayMinutes(state(3), pack(60), middle)).toBe(20);
    expect(scheduleDelayMinutes(state(12), pack(60), middle)).toBe(360);
  });
});
