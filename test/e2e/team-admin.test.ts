// 团队管理 end to end: a lead creates the team key in the options page, writes phrases, lints, publishes a
// signed file and uploads it; an agent subscribing with the lead's join code receives it.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { startPackServer, type PackServer } from '../../scripts/pack-server';
import { parseJoinCode } from '../../utils/pack/join-code';
import { readPack } from '../../utils/pack/parse';
import { importPublicKey, importTeamKeyBackup, type TeamKeyBackup } from '../../utils/pack/sign';
import { launch, type Harness } from './harness';
import { readIdb } from './team-helpers';

const TOKEN = 'lead-e2e-token';

async function downloaded(page: Page, action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: (download as Download).suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

describe('团队管理 in the options page', () => {
  let harness: Harness;
  let options: Page;
  let backup: TeamKeyBackup;
  let packServer: PackServer;

  beforeAll(async () => {
    harness = await launch();
    options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html#team-admin`);
  });
  afterAll(async () => {
    await harness?.close();
    await packServer?.close();
  });

  const admin = () => options.getByTestId('team-admin');

  it('creates the team key and offers its backup as a download', async () => {
    const file = await downloaded(options, () => admin().getByTestId('lead-create-key').click());
    expect(file.name).toBe('团队密钥备份.json');
    backup = JSON.parse(file.text) as TeamKeyBackup;
    expect(backup.format).toBe('huashu-team-key');
    await expect.poll(() => admin().getByTestId('lead-key-id').textContent()).toBe(backup.keyId);
    // The stored key signs but cannot be exported again.
    // A CryptoKey does not cross into the test, so ask the page to try exporting it.
    const exportAttempt = await options.evaluate(
      () =>
        new Promise<string>((resolve) => {
          indexedDB.open('huashu-lead').onsuccess = (event) => {
            const read = (event.target as IDBOpenDBRequest).result.transaction('lead').objectStore('lead').get('key');
            read.onsuccess = () =>
              crypto.subtle.exportKey('jwk', (read.result as { privateKey: CryptoKey }).privateKey).then(
                () => 'exported',
                (error: Error) => error.name,
              ).then(resolve);
          };
        }),
    );
    expect(exportAttempt).toBe('InvalidAccessError');
    expect(await readIdb<{ keyId: string }>(options, 'huashu-lead', 'lead', 'key')).toMatchObject({ keyId: backup.keyId });
    // The team's host trusts the same key (the lead would give it the public key only; the demo server signs its own demo too).
    const restored = await importTeamKeyBackup(backup);
    packServer = await startPackServer({ port: 0, token: TOKEN, keyPair: { privateKey: restored.privateKey, publicKey: restored.publicKey } });
  });

  // The same phrase form as the personal library (labels, intents, validation), for the team layer.
  const addPhrase = async (title: string, code: string, body: string, intent: string) => {
    await admin().getByTestId('lead-phrase-new').click();
    const form = admin().getByTestId('phrase-form');
    await form.getByLabel('标题').fill(title);
    await form.getByLabel('快捷编码').fill(code);
    await form.getByLabel('内容').fill(body);
    await form.getByLabel(intent, { exact: true }).check();
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });
  };

  it('lints the draft: a phrase sending buyers to WeChat is an error, and publishing is refused', async () => {
    await admin().getByTestId('lead-pack-id').fill('e2e-team');
    await admin().getByTestId('lead-pack-name').fill('测试团队话术');
    await addPhrase('发货时间', 'tdfh', '亲，现货订单 48 小时内发出，发出后物流信息会同步到订单里。', '发货时间');
    await addPhrase('加群领券', 'tdwx', '亲，加我微信发您专属优惠券哦', '优惠活动');
    await expect.poll(() => admin().getByTestId('lead-phrase').count()).toBe(2);

    await admin().getByTestId('lead-lint').click();
    const problems = admin().getByTestId('lead-lint-problem');
    await expect.poll(() => problems.count()).toBeGreaterThan(0);
    const texts = await problems.allTextContents();
    expect(texts.some((text) => text.startsWith('错误') && text.includes('phrases[1].body') && text.includes('微信'))).toBe(true);
    expect(texts.some((text) => text.includes('phrases[0]'))).toBe(false);
    await harness.screenshot(options, 'team-admin-lint');

    await admin().getByTestId('lead-publish').click();
    await expect.poll(() => admin().getByTestId('lead-notice').textContent()).toContain('检查发现错误');
  });

  it('publishes a signed file that verifies, and shows the host’s Chinese error for a wrong token', async () => {
    await admin().getByTestId('lead-phrase').filter({ hasText: '加群领券' }).getByRole('button', { name: '删除' }).click();
    await admin().getByTestId('lead-pack-url').fill(`${packServer.url}/packs/e2e-team.json`);
    await admin().getByTestId('lead-endpoint').fill(`${packServer.url}/packs/e2e-team.json`);
    await admin().getByTestId('lead-token').fill('not-the-token');

    const file = await downloaded(options, () => admin().getByTestId('lead-publish').click());
    expect(file.name).toBe('e2e-team-v1.json');
    const verified = await readPack(file.text, await importPublicKey(backup.publicKey));
    expect(verified.ok && verified.pack.meta).toMatchObject({ id: 'e2e-team', name: '测试团队话术', version: 1 });
    expect(verified.ok && verified.pack.phrases.map((phrase) => phrase.code)).toEqual(['tdfh']);
    await expect.poll(() => admin().getByTestId('lead-notice').textContent()).toContain('上传令牌不正确');

    await admin().getByTestId('lead-token').fill(TOKEN);
    const second = await downloaded(options, () => admin().getByTestId('lead-publish').click());
    expect(second.name).toBe('e2e-team-v2.json');
    await expect.poll(() => admin().getByTestId('lead-notice').textContent()).toContain('已发布第 2 版并上传成功');
    const hosted = await fetch(`${packServer.url}/packs/e2e-team.json`);
    expect(hosted.status).toBe(200);
    expect(await hosted.text()).toBe(second.text);
  });

  it('the join code it builds lets an agent receive the published pack', async () => {
    const joinCode = (await admin().getByTestId('lead-join-code').inputValue()).trim();
    const parsed = parseJoinCode(joinCode);
    expect(parsed.ok && parsed.subscription).toEqual({ url: `${packServer.url}/packs/e2e-team.json`, publicKey: backup.publicKey });
    // The agent's side of the options page: 团队话术库.
    await options.getByRole('link', { name: '团队话术库', exact: true }).click();
    await options.getByTestId('team-join-code').fill(joinCode);
    await options.getByTestId('team-subscribe').click();
    await expect.poll(() => options.getByTestId('team-pack-name').textContent(), { timeout: 20_000 }).toBe('测试团队话术');
    expect(await options.getByTestId('team-pack-version').textContent()).toBe('第 2 版');
    expect(await options.getByTestId('team-phrase-count').textContent()).toContain('团队话术 1 条');
  });
});
