// The figures page from a scripted session on the demo workbench: a reply from a suggestion, a typed
// reply, a phrase inserted then deleted, a risky word changed before sending — on the extension's
// injected clock. The CSV for the lead holds numbers only: no buyer name, no message text.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launch, type Harness } from './harness';

let harness: Harness;
let worker: Worker;
let workbench: Page;
let panel: Page;

const advanceExtensionClock = (ms: number) => worker.evaluate((by) => (globalThis as any).huashuTestClock.advance(by).then(() => undefined), ms);

beforeAll(async () => {
  harness = await launch();
  worker = await harness.serviceWorker();
  ({ workbench, panel } = await harness.openDemo());
});
afterAll(async () => {
  await harness?.close();
});

const BUYER = '测试买家小林';
const WORDS = [BUYER, '今天下单能发货吗', '那顺丰呢', '可以发顺丰', '全网最低价', '价格很实惠'];

/** Clicks the first suggestion, filling any blanks; returns once it is in the reply box. */
async function insertFirstSuggestion(): Promise<void> {
  await panel.getByTestId('phrase').first().click();
  const prompt = panel.getByTestId('placeholder-prompt');
  if (await prompt.waitFor({ timeout: 1500 }).then(() => true, () => false)) {
    for (const input of await prompt.locator('input').all()) await input.fill('48小时内');
    await prompt.getByRole('button', { name: '插入' }).click();
  }
  await expect.poll(() => workbench.locator('#replyTextarea').inputValue()).not.toBe('');
}

async function send(): Promise<void> {
  await workbench.locator('#replyTextarea').press('Enter');
  await expect.poll(() => panel.getByTestId('waiting').count()).toBe(0);
}

describe('我的数据 from a scripted session', () => {
  it('counts what the agent did', async () => {
    await workbench.evaluate((name) => {
      const demo = (window as any).__demo;
      demo.addConversation({ id: 't1', name, uid: '9001', messages: [['buyer', '今天下单能发货吗']] });
      demo.switchTo('t1');
    }, BUYER);
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe(BUYER);
    await expect.poll(() => panel.getByTestId('phrase').count()).toBeGreaterThan(0);

    // 1. The buyer waits 40 s; the agent sends a suggestion as it is.
    await advanceExtensionClock(40_000);
    await insertFirstSuggestion();
    await send();

    // 2. A second question, answered after 36 s: a phrase inserted, deleted, and the agent's own words sent.
    // (The page stamps the buyer's message on the real clock: the worker's clock starts from it again.)
    await worker.evaluate(() => (globalThis as any).huashuTestClock.reset().then(() => undefined));
    await workbench.evaluate(() => (window as any).__demo.pushBuyerMessage('t1', '那顺丰呢'));
    await expect.poll(() => panel.getByTestId('waiting').count()).toBe(1);
    await advanceExtensionClock(20_000);
    await insertFirstSuggestion();
    await workbench.locator('#replyTextarea').fill('');
    await advanceExtensionClock(16_000);
    await workbench.locator('#replyTextarea').fill('可以发顺丰，运费到付');
    await send();

    // 3. A risky word in the draft, changed before sending.
    await workbench.locator('#replyTextarea').fill('这款是全网最低价');
    await expect.poll(() => panel.getByTestId('draft-findings').textContent().catch(() => '')).toContain('全网最低价');
    await workbench.locator('#replyTextarea').fill('价格很实惠');
    await workbench.locator('#replyTextarea').press('Enter');

    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html#figures`);
    const figure = (key: string) => options.getByTestId(`figure-today-${key}`).textContent();
    await expect.poll(() => figure('replies')).toBe('3');
    expect(await figure('served')).toBe('1');
    expect(await figure('first')).toMatch(/^4\d\.\d 秒$/);
    expect(await figure('response')).toMatch(/^(3[6-9]|4\d)\.\d 秒$/);
    expect(await figure('share')).toBe('33%');
    expect(await figure('inserts')).toBe('2');
    expect(await figure('misfires')).toBe('1');
    expect(await figure('caught')).toBe('1');
    expect(await options.getByTestId('figure-week-replies').textContent()).toBe('3');
    expect(await options.getByTestId('top-phrases').locator('li').count()).toBeGreaterThan(0);
    expect(await options.getByTestId('chart-hours').locator('canvas').count()).toBe(1);
    expect(await options.getByTestId('chart-week').locator('canvas').count()).toBe(1);
    await options.getByTestId('figures').screenshot({ path: 'test-results/screenshots/figures.png' });

    // The CSV for the lead: numbers and phrase titles, no buyer name and no message text.
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('figures-export').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toContain('接待会话数');
    expect(csv.trim().split('\n').at(-1)).toMatch(/^\d{4}-\d\d-\d\d,1,3,4\d\.\d,/);
    for (const word of WORDS) expect(csv, word).not.toContain(word);

    // Nor does the stored data hold them.
    const stored = await worker.evaluate(() => new Promise<string>((resolve) => {
      const open = indexedDB.open('huashu-figures');
      open.onsuccess = () => {
        const request = open.result.transaction('figures').objectStore('figures').get('events');
        request.onsuccess = () => resolve(JSON.stringify(request.result));
      };
    }));
    expect(JSON.parse(stored)).toHaveLength(6);
    for (const word of WORDS) expect(stored, word).not.toContain(word);
    await options.close();
  });
});
