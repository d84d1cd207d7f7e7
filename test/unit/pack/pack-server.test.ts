import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPack } from '../../../scripts/pack-demo';
import { FAULT_KINDS, startPackServer, type PackServer } from '../../../scripts/pack-server';
import { parseJoinCode } from '../../../utils/pack/join-code';
import { readPack } from '../../../utils/pack/parse';
import { generateTeamKey, importPublicKey, keyIdOf, signPack } from '../../../utils/pack/sign';
import { MemoryPackStore } from '../../../utils/pack/memory-store';
import { INITIAL_SYNC_STATE, syncOnce } from '../../../utils/pack/sync';
import type { SignedPack } from '../../../utils/pack/types';

const TOKEN = 'test-token-123';
let server: PackServer;
let team: CryptoKeyPair;

beforeAll(async () => {
  team = await generateTeamKey();
  server = await startPackServer({ port: 0, token: TOKEN, keyPair: team });
});
afterAll(() => server.close());

const demoUrl = () => `${server.url}/packs/demo.json`;
const put = (name: string, body: string, token?: string) =>
  fetch(`${server.url}/packs/${name}.json`, {
    method: 'PUT',
    body,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
const signedDemo = async (version: number) =>
  JSON.stringify(await signPack(demoPack(version, new Date()), team.privateKey, await keyIdOf(team.publicKey)));

describe('pack server', () => {
  it('serves a signed demo pack of the demo shop, matching its join code', async () => {
    const response = await fetch(demoUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    const result = await readPack(await response.text(), await importPublicKey(server.publicKeyBase64));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.meta.name).toContain('小满家居旗舰店');
    expect(result.pack.phrases).toHaveLength(10);
    expect(parseJoinCode(server.joinCode)).toEqual({ ok: true, subscription: { url: demoUrl(), publicKey: server.publicKeyBase64 } });
  });

  it('answers 304 to a matching If-None-Match, and a client sync stores then revalidates', async () => {
    const first = await fetch(demoUrl());
    const etag = first.headers.get('etag') as string;
    const again = await fetch(demoUrl(), { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetch(demoUrl(), { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);

    const store = new MemoryPackStore();
    const subscription = { url: demoUrl(), publicKey: server.publicKeyBase64 };
    const syncDeps = { fetch, store, now: Date.now, timeoutMs: 5000 };
    const stored = await syncOnce(syncDeps, subscription, INITIAL_SYNC_STATE);
    expect(stored.lastOutcome).toBe('updated');
    expect(store.current?.etag).toBe(etag);
    const revalidated = await syncOnce(syncDeps, subscription, stored);
    expect(revalidated.lastOutcome).toBe('unchanged');
  });

  it('accepts an upload only with the right token and a pack signed by the team key', async () => {
    expect((await put('shop', await signedDemo(2))).status).toBe(401);
    const forbidden = await put('shop', await signedDemo(2), 'wrong');
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { error: string }).error).toBe('上传令牌不正确');

    const tampered = (await signedDemo(2)).replace('小满家居客服组', '别人家客服组');
    const rejected = await put('shop', tampered, TOKEN);
    expect(rejected.status).toBe(400);
    expect(await rejected.json()).toMatchObject({ ok: false, code: 'bad-signature' });
    expect(await (await put('shop', '{"format":', TOKEN)).json()).toMatchObject({ code: 'bad-json' });

    const created = await put('shop', await signedDemo(2), TOKEN);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ ok: true, name: 'shop', version: 2 });
    const served = await fetch(`${server.url}/packs/shop.json`);
    expect(((await served.json()) as SignedPack).meta.version).toBe(2);

    const stale = await put('shop', await signedDemo(2), TOKEN);
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { code: string }).code).toBe('old-version');
    expect((await put('shop', await signedDemo(3), TOKEN)).status).toBe(200);
  });

  it('refuses an upload over 5 MB before verifying it', async () => {
    const response = await put('big', `{"padding":"${'x'.repeat(5 * 1024 * 1024)}"}`, TOKEN);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'too-large' });
    expect((await fetch(`${server.url}/packs/big.json`)).status).toBe(404);
  });

  it('changes the ETag when the demo pack is republished', async () => {
    const before = (await fetch(demoUrl())).headers.get('etag');
    await server.publishDemo(demoPack(7, new Date()));
    const after = await fetch(demoUrl());
    expect(after.headers.get('etag')).not.toBe(before);
    expect(((await after.json()) as SignedPack).meta.version).toBe(7);
  });

  it('sends CORS headers to extension origins only, and answers preflights', async () => {
    const preflight = await fetch(demoUrl(), { method: 'OPTIONS', headers: { Origin: 'chrome-extension://abcdefgh' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefgh');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('If-None-Match');
    const get = await fetch(demoUrl(), { headers: { Origin: 'moz-extension://xyz' } });
    expect(get.headers.get('access-control-expose-headers')).toBe('ETag');
    const foreign = await fetch(demoUrl(), { headers: { Origin: 'https://evil.example.com' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers unknown packs and paths with Chinese 404s', async () => {
    const missing = await fetch(`${server.url}/packs/none.json`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toContain('none');
    expect((await fetch(`${server.url}/elsewhere`)).status).toBe(404);
  });

  it('serves every fault, and the sync refuses each one with its own code', async () => {
    const expected: Record<(typeof FAULT_KINDS)[number], string> = {
      'bad-signature': 'bad-signature',
      'wrong-key': 'wrong-key',
      'flipped-byte': 'bad-signature',
      truncated: 'bad-json',
      oversized: 'too-large',
      schema: 'schema',
      'http-500': 'http',
      hang: 'timeout',
    };
    for (const kind of FAULT_KINDS) {
      const store = new MemoryPackStore();
      const subscription = { url: `${server.url}/faults/${kind}/demo.json`, publicKey: server.publicKeyBase64 };
      // Generous except for the hanging host, so a slow machine cannot turn another fault into a timeout.
      const timeoutMs = kind === 'hang' ? 300 : 10_000;
      const state = await syncOnce({ fetch, store, now: Date.now, timeoutMs }, subscription, INITIAL_SYNC_STATE);
      expect([kind, state.lastError?.code]).toEqual([kind, expected[kind]]);
      expect(store.current).toBeNull();
    }
    const schema = await fetch(`${server.url}/faults/schema/demo.json`);
    const result = await readPack(await schema.text(), team.publicKey);
    expect(result.ok ? [] : result.error.details).toEqual(
      expect.arrayContaining(['phrases[0].title: 不能为空', expect.stringMatching(/^phrases\[0\]\.intents: 未知意图/)]),
    );
  });
});

describe('pack server with a data directory', () => {
  it('keeps its key and uploaded packs across restarts', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'huashu-packs-'));
    try {
      const first = await startPackServer({ port: 0, token: TOKEN, dataDir });
      const backup = JSON.parse(await readFile(path.join(dataDir, 'team.key.json'), 'utf8')) as { keyId: string };
      expect(backup.keyId).toBe(first.keyId);
      await first.publishDemo(demoPack(4, new Date()));
      await first.close();

      const second = await startPackServer({ port: 0, token: TOKEN, dataDir });
      expect(second.keyId).toBe(first.keyId);
      const pack = (await (await fetch(`${second.url}/packs/demo.json`)).json()) as SignedPack;
      expect(pack.meta.version).toBe(4);
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
