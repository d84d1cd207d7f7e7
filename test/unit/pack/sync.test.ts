import { describe, expect, it } from 'vitest';
import { MemoryPackStore } from '../../../utils/pack/memory-store';
import { exportPublicKey, generateTeamKey, keyIdOf, signPack } from '../../../utils/pack/sign';
import {
  INITIAL_SYNC_STATE,
  nextDelayMinutes,
  syncIntervalFor,
  syncOnce,
  type PackStore,
  type SyncDeps,
  type SyncState,
} from '../../../utils/pack/sync';
import type { SignedPack } from '../../../utils/pack/types';
import { unsignedPack } from './fixtures';

const team = await generateTeamKey();
const keyId = await keyIdOf(team.publicKey);
const subscription = { url: 'https://packs.example.com/shop.json', publicKey: await exportPublicKey(team.publicKey) };
const signedText = async (version: number, phrases = 3) =>
  JSON.stringify(await signPack(unsignedPack(phrases, version), team.privateKey, keyId));

class MemoryStore extends MemoryPackStore {
  failWrites = false;
  override async putAtomically(pack: SignedPack, etag: string | null) {
    // Fails before the swap, as an IndexedDB transaction that aborts would.
    if (this.failWrites) throw new Error('QuotaExceededError');
    return super.putAtomically(pack, etag);
  }
}

interface Call {
  url: string;
  ifNoneMatch: string | null;
}

/** A fetch that answers from a script of responders and records what it was asked. */
function scriptedFetch(...responders: ((init: RequestInit) => Response | Promise<Response>)[]) {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit = {}) => {
    calls.push({ url, ifNoneMatch: new Headers(init.headers).get('if-none-match') });
    const responder = responders[Math.min(calls.length - 1, responders.length - 1)];
    if (!responder) throw new Error('no responder scripted');
    return responder(init);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const ok = (body: string, etag = '"v1"') => () => new Response(body, { status: 200, headers: { ETag: etag } });
const status = (code: number) => () => new Response(code === 304 ? null : '服务器错误', { status: code });

let clock = 1_000_000;
function deps(store: PackStore, fetch: typeof globalThis.fetch, overrides: Partial<SyncDeps> = {}): SyncDeps {
  return { fetch, store, now: () => ++clock, timeoutMs: 2000, ...overrides };
}

async function storeHolding(version: number): Promise<MemoryStore> {
  const store = new MemoryStore();
  const state = await syncOnce(deps(store, scriptedFetch(ok(await signedText(version), '"held"')).fetch), subscription, INITIAL_SYNC_STATE);
  expect(state.lastOutcome).toBe('updated');
  store.writes = 0;
  return store;
}

describe('syncOnce', () => {
  it('stores a good pack and records what it holds', async () => {
    const store = new MemoryStore();
    const { fetch, calls } = scriptedFetch(ok(await signedText(3), '"abc"'));
    const state = await syncOnce(deps(store, fetch), subscription, INITIAL_SYNC_STATE);
    expect(calls).toEqual([{ url: subscription.url, ifNoneMatch: null }]);
    expect(store.writes).toBe(1);
    expect(store.current?.etag).toBe('"abc"');
    expect(store.current?.pack.meta.version).toBe(3);
    expect(state).toMatchObject({ lastOutcome: 'updated', consecutiveFailures: 0, lastError: null });
    expect(state.lastSuccessAt).toBe(state.lastCheckedAt);
    expect(state.lastUpdatedAt).toBe(state.lastCheckedAt);
    expect(state.current).toMatchObject({ id: 'test-shop', version: 3, keyId });
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('sends the stored ETag and writes nothing on 304', async () => {
    const store = await storeHolding(3);
    const before: SyncState = { ...INITIAL_SYNC_STATE, lastUpdatedAt: 5 };
    const { fetch, calls } = scriptedFetch(status(304));
    const state = await syncOnce(deps(store, fetch), subscription, before);
    expect(calls[0]?.ifNoneMatch).toBe('"held"');
    expect(store.writes).toBe(0);
    expect(state).toMatchObject({ lastOutcome: 'unchanged', lastUpdatedAt: 5, lastError: null });
    expect(state.lastCheckedAt).toBe(state.lastSuccessAt);
    expect(state.current?.version).toBe(3);
  });

  it('keeps the last good pack through HTTP errors, timeouts and network errors, backing off further each time', async () => {
    const store = await storeHolding(3);
    const held = store.current;
    const hang = (init: RequestInit) =>
      new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const failures: [typeof globalThis.fetch, string][] = [
      [scriptedFetch(status(500)).fetch, 'http'],
      [scriptedFetch(hang).fetch, 'timeout'],
      [scriptedFetch(() => Promise.reject(new TypeError('fetch failed'))).fetch, 'network'],
      [scriptedFetch(status(404)).fetch, 'http'],
    ];
    let state: SyncState = { ...INITIAL_SYNC_STATE, lastSuccessAt: 42, current: { id: 'test-shop', name: '测试', version: 3, publishedAt: '', keyId } };
    const delays: number[] = [];
    for (const [fetch, code] of failures) {
      state = await syncOnce(deps(store, fetch, { timeoutMs: 200 }), subscription, state);
      expect(state.lastError?.code).toBe(code);
      expect(state.lastError?.message).toMatch(/；已保留原有话术$/);
      expect(state.lastError?.at).toBe(state.lastCheckedAt);
      delays.push(nextDelayMinutes(state, 60, () => 0.5));
    }
    expect(store.current).toBe(held);
    expect(store.writes).toBe(0);
    expect(state).toMatchObject({ consecutiveFailures: 4, lastOutcome: 'failed', lastSuccessAt: 42 });
    expect(delays).toEqual([5, 10, 20, 40]);
  });

  it('times out even when the fetch ignores the abort signal, and when the body never ends', async () => {
    const store = new MemoryStore();
    const deaf = scriptedFetch(() => new Promise<Response>(() => undefined)).fetch;
    const endless = scriptedFetch(() => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"format"')) }))).fetch;
    for (const fetch of [deaf, endless]) {
      const state = await syncOnce(deps(store, fetch, { timeoutMs: 30 }), subscription, INITIAL_SYNC_STATE);
      expect(state.lastError?.code).toBe('timeout');
      expect(state.lastError?.message).toBe('连接话术包服务器超时（1 秒）');
    }
    expect(store.current).toBeNull();
  });

  it('refuses tampered, truncated, oversized and invalid packs without touching the store', async () => {
    const store = await storeHolding(3);
    const good = await signedText(4);
    const tampered = good.replace('48 小时', '24 小时');
    const invalid = JSON.stringify(
      await signPack({ ...unsignedPack(2, 4), phrases: [{ title: '' } as never] }, team.privateKey, keyId),
    );
    const other = await generateTeamKey();
    const foreign = JSON.stringify(await signPack(unsignedPack(2, 4), other.privateKey, await keyIdOf(other.publicKey)));
    const cases: [Parameters<typeof scriptedFetch>[0], string][] = [
      [ok(tampered), 'bad-signature'],
      [ok(foreign), 'wrong-key'],
      [ok(good.slice(0, 200)), 'bad-json'],
      [ok(invalid), 'schema'],
      [() => new Response(good, { status: 200, headers: { 'Content-Length': String(good.length + 10_000_000) } }), 'too-large'],
    ];
    for (const [responder, code] of cases) {
      const state = await syncOnce(deps(store, scriptedFetch(responder).fetch), subscription, INITIAL_SYNC_STATE);
      expect(state.lastError?.code).toBe(code);
    }
    // A streamed body without Content-Length is cut off once it passes the limit.
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let sent = 0;
    const stream = () =>
      new Response(
        new ReadableStream({
          pull: (controller) => {
            sent += chunk.length;
            controller.enqueue(chunk);
          },
        }),
      );
    const streamed = await syncOnce(deps(store, scriptedFetch(stream).fetch, { limits: { maxBytes: 1024 * 1024 } }), subscription, INITIAL_SYNC_STATE);
    expect(streamed.lastError?.code).toBe('too-large');
    expect(sent).toBeLessThan(2 * 1024 * 1024);
    expect(store.writes).toBe(0);
    expect(store.current?.pack.meta.version).toBe(3);
  });

  it('refuses an older version and treats the same version as up to date', async () => {
    const store = await storeHolding(5);
    const older = await syncOnce(deps(store, scriptedFetch(ok(await signedText(4))).fetch), subscription, INITIAL_SYNC_STATE);
    expect(older.lastError?.code).toBe('old-version');
    expect(older.lastError?.message).toContain('版本 4 比本机的版本 5 旧');
    const same = await syncOnce(deps(store, scriptedFetch(ok(await signedText(5))).fetch), subscription, older);
    expect(same).toMatchObject({ lastOutcome: 'unchanged', consecutiveFailures: 0, lastError: null });
    const newer = await syncOnce(deps(store, scriptedFetch(ok(await signedText(6))).fetch), subscription, same);
    expect(newer.lastOutcome).toBe('updated');
    expect(store.current?.pack.meta.version).toBe(6);
  });

  it('refuses a pack nested 100,000 levels deep with the documented code, not an internal error', async () => {
    const store = await storeHolding(3);
    const deep = (await signedText(4)).replace(/"phrases":\[.*?\],"rules"/, `"phrases":${'['.repeat(100_000)}${']'.repeat(100_000)},"rules"`);
    const state = await syncOnce(deps(store, scriptedFetch(ok(deep)).fetch), subscription, INITIAL_SYNC_STATE);
    expect(state.lastError?.code).toBe('bad-json');
    expect(state.lastError?.message).toContain('JSON 嵌套超过 32 层的上限');
    expect(store.current?.pack.meta.version).toBe(3);
  });

  it('remembers the highest version per key after the pack is cleared, so a replay after re-subscribing is refused', async () => {
    const store = await storeHolding(10);
    await store.clear();
    const replay = await syncOnce(deps(store, scriptedFetch(ok(await signedText(4))).fetch), subscription, INITIAL_SYNC_STATE);
    expect(replay.lastError?.code).toBe('old-version');
    expect(replay.lastError?.message).toContain('版本 4 比本机用过的版本 10 旧');
    expect(replay.lastError?.message).toContain('新的加入码');
    expect(store.current).toBeNull();
    // The same version as the one remembered is the team's current pack: taken back after re-subscribing.
    const same = await syncOnce(deps(store, scriptedFetch(ok(await signedText(10))).fetch), subscription, replay);
    expect(same.lastOutcome).toBe('updated');
    expect(store.current?.pack.meta.version).toBe(10);
    // A new key (a new join code) starts its own count: how a lead resets on purpose.
    const other = await generateTeamKey();
    const otherKeyId = await keyIdOf(other.publicKey);
    const fresh = await syncOnce(
      deps(store, scriptedFetch(ok(JSON.stringify(await signPack(unsignedPack(1, 1), other.privateKey, otherKeyId)))).fetch),
      { url: subscription.url, publicKey: await exportPublicKey(other.publicKey) },
      INITIAL_SYNC_STATE,
    );
    expect(fresh.lastOutcome).toBe('updated');
    expect(await store.highestVersion(otherKeyId)).toBe(1);
    expect(await store.highestVersion(keyId)).toBe(10);
  });

  it('keeps the previous pack when the store fails mid-write', async () => {
    const store = await storeHolding(1);
    const held = store.current;
    store.failWrites = true;
    const state = await syncOnce(deps(store, scriptedFetch(ok(await signedText(2))).fetch), subscription, INITIAL_SYNC_STATE);
    expect(state.lastError?.code).toBe('store');
    expect(state.current).toBeNull();
    expect(store.current).toBe(held);
    store.failWrites = false;
    const retried = await syncOnce(deps(store, scriptedFetch(ok(await signedText(2))).fetch), subscription, state);
    expect(retried).toMatchObject({ lastOutcome: 'updated', consecutiveFailures: 0, lastError: null });
  });

  it("ignores a pack held from another team's key: no ETag sent, no version floor", async () => {
    const store = await storeHolding(9);
    const other = await generateTeamKey();
    const otherKeyId = await keyIdOf(other.publicKey);
    const newTeam = { url: 'https://other.example.com/pack.json', publicKey: await exportPublicKey(other.publicKey) };
    const { fetch, calls } = scriptedFetch(ok(JSON.stringify(await signPack(unsignedPack(2, 1), other.privateKey, otherKeyId))));
    const state = await syncOnce(deps(store, fetch), newTeam, INITIAL_SYNC_STATE);
    expect(calls[0]?.ifNoneMatch).toBeNull();
    expect(state.lastOutcome).toBe('updated');
    expect(store.current?.pack.signature.keyId).toBe(otherKeyId);
  });

  it('reports an unusable subscription key without fetching', async () => {
    const { fetch, calls } = scriptedFetch(ok('{}'));
    const state = await syncOnce(deps(new MemoryStore(), fetch), { ...subscription, publicKey: 'AAAA' }, INITIAL_SYNC_STATE);
    expect(state.lastError?.code).toBe('bad-key');
    expect(calls).toHaveLength(0);
  });
});

describe('scheduling', () => {
  const failing = (consecutiveFailures: number): SyncState => ({ ...INITIAL_SYNC_STATE, consecutiveFailures });

  it('waits the interval after a success and backs off exponentially after failures, up to a cap', () => {
    const middle = () => 0.5;
    expect(nextDelayMinutes(INITIAL_SYNC_STATE, 60, middle)).toBe(60);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 30].map((n) => nextDelayMinutes(failing(n), 60, middle))).toEqual([
      5, 10, 20, 40, 80, 160, 320, 360, 360,
    ]);
    expect(nextDelayMinutes(failing(30), 1440, middle)).toBe(1440);
  });

  it('spreads retries by at most ±10 %', () => {
    expect(nextDelayMinutes(failing(4), 60, () => 0)).toBe(36);
    expect(nextDelayMinutes(failing(4), 60, () => 0.999999)).toBe(44);
  });

  it('clamps the lead override to 15–1440 minutes', () => {
    expect(syncIntervalFor({ syncIntervalMinutes: 5 }, 60)).toBe(15);
    expect(syncIntervalFor({ syncIntervalMinutes: 100_000 }, 60)).toBe(1440);
    expect(syncIntervalFor({ syncIntervalMinutes: 30 }, 60)).toBe(30);
    expect(syncIntervalFor(null, 60)).toBe(60);
  });
});
