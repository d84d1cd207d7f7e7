// Team libraries end to end: the extension in headless Chromium subscribes to the real pack server, gets
// updates, answers 304s without writing, and keeps the last good pack through every fault we can make.
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startPackServer, type PackServer } from '../../scripts/pack-server';
import { demoPack } from '../../scripts/pack-demo';
import { createJoinCode } from '../../utils/pack/join-code';
import { generateTeamKey } from '../../utils/pack/sign';
import type { StoredPack } from '../../utils/pack/sync';
import type { RuleFile } from '../../utils/compliance/types';
import type { TeamStatus } from '../../utils/messaging';
import { closedShadow } from './closed-shadow';
import { launch, type Harness } from './harness';
import { readIdb } from './team-helpers';

const TOKEN = 'team-e2e-token';
const PACK_NAME = '小满家居旗舰店 · 客服话术';
const TEAM_RULES: RuleFile = {
  format: 'huashu-rules',
  version: 1,
  rules: [{ id: 'team.dianzhang', category: 'absolute', severity: 'warn', words: ['店长私藏'], reason: '本店约定：不说“店长私藏”，以免被理解为限量承诺', suggestions: ['人气款'] }],
  allow: [],
  disable: [],
};

interface Logged {
  path: string;
  ifNoneMatch: string | undefined;
  status: number;
}

/**
 * Sits between the extension and the pack server to record conditional requests, and serves
 * /slow/demo.json: the headers and half of the current pack, then nothing, to stop the worker mid-download.
 */
async function startRecordingProxy(upstream: () => string): Promise<{ url: string; log: Logged[]; close(): Promise<void> }> {
  const log: Logged[] = [];
  const server: Server = createServer((request, response) => {
    const target = new URL(request.url === '/slow/demo.json' ? '/packs/demo.json' : (request.url ?? '/'), upstream());
    const forwarded = httpRequest(target, { method: request.method, headers: { 'if-none-match': request.headers['if-none-match'] ?? '' } }, (answer) => {
      const entry = { path: request.url ?? '', ifNoneMatch: request.headers['if-none-match'], status: answer.statusCode ?? 0 };
      log.push(entry);
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      if (request.url !== '/slow/demo.json') return void answer.pipe(response);
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const body = Buffer.concat(chunks);
        response.write(body.subarray(0, body.length >> 1));
      });
    });
    forwarded.on('error', () => response.destroy());
    forwarded.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('team pack sync in the browser', () => {
  let harness: Harness;
  let packServer: PackServer;
  let packPort: number;
  let keyPair: CryptoKeyPair;
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  let options: Page;
  let panel: Page;
  let workbench: Page;
  let publishedVersion = 1;

  /** Sends a protocol message from an extension page, in @webext-core/messaging's envelope. */
  const send = <T,>(type: string, data?: unknown): Promise<T> =>
    options.evaluate(
      async ({ type, data }) => {
        const reply = await (globalThis as any).chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() });
        if (reply?.err) throw new Error(reply.err.message);
        return reply?.res;
      },
      { type, data },
    ) as Promise<T>;

  const status = () => send<TeamStatus>('getTeamStatus');

  /** The stored pack straight from IndexedDB, as the library reads it. */
  const storedPack = () => readIdb<StoredPack>(options, 'huashu-team', 'pack', 'current');

  const subscribeTo = (url: string, timeoutMs?: number) =>
    send<{ ok: boolean; status: TeamStatus }>('subscribeTeam', { url, publicKey: packServer.publicKeyBase64, timeoutMs });

  const syncNowFromOptions = async () => {
    await options.getByTestId('team-sync-now').click();
    await expect.poll(async () => (await status()).syncing, { timeout: 20_000 }).toBe(false);
  };

  const publish = async (rules: RuleFile | null = null) => {
    publishedVersion += 1;
    await packServer.publishDemo({ ...demoPack(publishedVersion, new Date()), rules });
  };

  beforeAll(async () => {
    keyPair = await generateTeamKey(true);
    packServer = await startPackServer({ port: 0, token: TOKEN, keyPair });
    packPort = Number(new URL(packServer.url).port);
    proxy = await startRecordingProxy(() => packServer.url);
    harness = await launch();
    ({ panel, workbench } = await harness.openDemo());
    options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html#team`);
  });
  afterAll(async () => {
    await harness?.close();
    await proxy?.close();
    await packServer?.close();
  });

  it('subscribes with a join code pasted into the options page; the panel shows the pack and its phrases', async () => {
    // The demo pack's join code, but pointing through the recording proxy.
    const proxied = createJoinCode({ url: `${proxy.url}/packs/demo.json`, publicKey: packServer.publicKeyBase64 });
    await options.getByTestId('team-join-code').fill(proxied);
    await options.getByTestId('team-subscribe').click();
    await expect.poll(() => options.getByTestId('team-pack-name').textContent(), { timeout: 20_000 }).toBe(PACK_NAME);
    expect(await options.getByTestId('team-pack-version').textContent()).toBe('第 1 版');
    expect(await options.getByTestId('team-last-success').textContent()).not.toBe('从未');
    expect(await options.getByTestId('team-phrase-count').textContent()).toContain('团队话术 10 条');
    expect(proxy.log.at(-1)).toMatchObject({ path: '/packs/demo.json', ifNoneMatch: undefined, status: 200 });
    await harness.screenshot(options, 'team-options-subscribed');

    await panel.reload();
    await expect.poll(() => panel.getByTestId('team-status-line').textContent()).toContain(`${PACK_NAME}（第 1 版）`);
    await panel.getByTestId('search').fill('xmcc');
    await expect.poll(() => panel.getByTestId('phrase').first().textContent()).toContain('这款四件套有 1.5 米和 1.8 米两种床型');
    await harness.screenshot(panel, 'team-panel-subscribed');
  });

  it('a second sync sends If-None-Match, gets 304 and writes nothing', async () => {
    const before = await storedPack();
    const stateBefore = (await status()).state;
    await syncNowFromOptions();
    const after = await status();
    expect(proxy.log.at(-1)).toMatchObject({ ifNoneMatch: before?.etag, status: 304 });
    expect(after.state.lastOutcome).toBe('unchanged');
    expect(after.state.lastUpdatedAt).toBe(stateBefore.lastUpdatedAt);
    expect(await storedPack()).toEqual(before);
  });

  it('a new version arrives on 立即同步 and reaches the open panel; its rules reach the workbench check', async () => {
    await publish(TEAM_RULES);
    await syncNowFromOptions();
    await expect.poll(() => options.getByTestId('team-pack-version').textContent()).toBe('第 2 版');
    expect((await status()).state.lastOutcome).toBe('updated');
    expect((await storedPack())?.pack.meta.version).toBe(2);
    await expect.poll(() => panel.getByTestId('team-status-line').textContent()).toContain('（第 2 版）');

    // A workbench page opened after the update underlines the team's own word (the built-in rules do not know it).
    await workbench.reload();
    const textarea = workbench.locator('#replyTextarea');
    await textarea.click();
    await textarea.pressSequentially('这款是我们的店长私藏款');
    await expect.poll(() => closedShadow(workbench, 'huashu-inline').texts('.mark')).toEqual(['店长私藏']);
    await textarea.fill('');
  });

  const FAULTS: Array<[kind: string, code: string, message: RegExp]> = [
    ['bad-signature', 'bad-signature', /签名/],
    ['wrong-key', 'wrong-key', /密钥|公钥/],
    ['flipped-byte', 'bad-signature', /签名/],
    ['truncated', 'bad-json', /JSON|格式|不完整|损坏/],
    ['oversized', 'too-large', /过大/],
    ['schema', 'schema', /.+/],
    ['http-500', 'http', /HTTP 500/],
    ['hang', 'timeout', /超时/],
  ];

  const expectLastGoodPackKept = async (code: string, message: RegExp) => {
    const current = await status();
    expect(current.state.lastError?.code).toBe(code);
    expect(current.state.lastError?.message).toMatch(message);
    expect(current.state.lastError?.message).toContain('已保留原有话术');
    expect(current.pack).toMatchObject({ name: PACK_NAME, version: 2, phrases: 10 });
    const stored = await storedPack();
    expect(stored?.pack.meta.version).toBe(2);
    expect(stored?.pack.phrases).toHaveLength(10);
    await expect.poll(() => options.getByTestId('team-sync-error').textContent()).toContain(current.state.lastError!.message);
    expect(await options.getByTestId('team-pack-version').textContent()).toBe('第 2 版');
    const library = await send<{ phrases: Array<{ code?: string; source: string }> }>('getLibrary');
    expect(library.phrases.filter((phrase) => phrase.source === 'team')).toHaveLength(10);
  };

  for (const [kind, code, message] of FAULTS) {
    it(`keeps the last good pack and shows the error: ${kind}`, async () => {
      await subscribeTo(`${packServer.url}/faults/${kind}/demo.json`, 1500);
      await syncNowFromOptions();
      await expectLastGoodPackKept(code, message);
      if (kind === 'schema') await harness.screenshot(options, 'team-options-fault-schema');
    });
  }

  it('keeps the last good pack when the server is down, and the panel shows the error in red', async () => {
    await packServer.close();
    await subscribeTo(`${packServer.url}/packs/demo.json`, 1500);
    await syncNowFromOptions();
    await expectLastGoodPackKept('network', /无法连接/);
    await expect.poll(() => panel.getByTestId('team-error').textContent()).toContain('无法连接话术包服务器');
    await harness.screenshot(panel, 'team-panel-error');
    // Back up on the same address with the same key; the next sync recovers.
    packServer = await startPackServer({ port: packPort, token: TOKEN, keyPair });
    publishedVersion = 2;
    await publish();
    await syncNowFromOptions();
    await expect.poll(() => options.getByTestId('team-pack-version').textContent()).toBe('第 3 版');
    expect((await status()).state.lastError).toBeNull();
    expect(await panel.getByTestId('team-error').count()).toBe(0);
  });

  it('a worker stopped in the middle of a download leaves the old pack complete, and a later sync succeeds', async () => {
    await publish(); // version 4 waits on the server
    const requests = proxy.log.length;
    // Subscribing syncs at once: the slow endpoint sends half of version 4 and then stalls.
    const pending = subscribeTo(`${proxy.url}/slow/demo.json`, 60_000).catch(() => null);
    await expect.poll(() => proxy.log.length, { timeout: 10_000 }).toBeGreaterThan(requests);
    expect((await status()).syncing).toBe(true);

    // Stop the extension's worker through DevTools, as Chrome does to an idle or misbehaving worker.
    const cdp = await harness.context.newCDPSession(options);
    const running = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) if (version.scriptURL.endsWith('/background.js')) running.set(version.versionId, version.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => [...running.values()]).toContain('running');
    const [versionId] = [...running].find(([, state]) => state === 'running')!;
    await cdp.send('ServiceWorker.stopWorker', { versionId });
    await expect.poll(() => running.get(versionId)).toBe('stopped');
    await pending;

    // The next message wakes the worker again.
    const afterRestart = await status();
    expect(afterRestart.syncing).toBe(false);
    expect(afterRestart.pack).toMatchObject({ version: 3, phrases: 10 });
    const stored = await storedPack();
    expect(stored?.pack.meta.version).toBe(3);
    expect(stored?.pack.phrases).toHaveLength(10);
    expect(stored?.pack.signature.value).toBeTruthy();

    await subscribeTo(`${proxy.url}/packs/demo.json`);
    await syncNowFromOptions();
    expect((await status()).pack).toMatchObject({ version: 4, phrases: 10 });
    expect((await storedPack())?.pack.meta.version).toBe(4);
  });
});
