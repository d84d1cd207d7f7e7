// The waiting queue on the demo workbenches: every waiting buyer in the panel in order of wait and on
// the toolbar badge; a click in the panel opens the conversation in the page and the suggestions follow;
// a 「稍等」 left unanswered becomes a 漏跟进 reminder after the configured minutes on the worker's
// injected clock; a buyer past 3 minutes gets 「久等了」 openings first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launch, type Harness } from './harness';

let harness: Harness;
let worker: Worker;

beforeAll(async () => {
  harness = await launch();
  worker = await harness.serviceWorker();
});
afterAll(async () => {
  await harness?.close();
});

/** Moves the extension's clock (demo builds only; the service worker has no page.clock). */
const advanceExtensionClock = (ms: number) => worker.evaluate((by) => (globalThis as any).huashuTestClock.advance(by).then(() => undefined), ms);
const badge = () =>
  worker.evaluate(async () => {
    const action = (globalThis as any).chrome.action;
    return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}) };
  });
const queueNames = (panel: Page) => panel.getByTestId('queue-row').locator('.queue-name').allTextContents();
const firstPhraseIds = async (panel: Page, count: number) =>
  (await panel.getByTestId('phrase').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-phrase-id')))).slice(0, count);

describe('拼多多 demo: the queue, the badge and the reminders', () => {
  let workbench: Page;
  let panel: Page;

  beforeAll(async () => {
    ({ workbench, panel } = await harness.openDemo());
  });
  afterAll(async () => {
    await workbench.close();
    await panel.close();
  });

  it('shows the three waiting buyers in order of wait, and the badge counts them', async () => {
    // 陈先生 has waited 12 minutes (the page's 超时未回复 list), momo_2019 2 minutes, 林小鹿 (open) 1 minute.
    await expect.poll(() => queueNames(panel)).toEqual(['陈先生', 'momo_2019', '林小鹿']);
    await advanceExtensionClock(20_000);
    await expect.poll(() => panel.getByTestId('queue-summary').textContent()).toMatch(/^等待中 3 人 · 最久 陈先生 1[23]分\d\d秒$/);
    await expect.poll(badge).toEqual({ text: '3', color: [212, 56, 13, 255] });
    expect(await panel.getByTestId('queue-row').first().locator('.queue-preview').textContent()).toBe('发票怎么开 公司报销要用');
    await harness.screenshot(panel, 'queue-panel');
  });

  it('a click in the panel opens that conversation in the page, and the suggestions follow', async () => {
    await panel.getByTestId('queue-row').filter({ hasText: 'momo_2019' }).click();
    await expect.poll(() => workbench.locator('.chatWindowHeader .name').textContent()).toBe('momo_2019');
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('momo_2019');
    expect(await panel.getByTestId('latest-messages').textContent()).toContain('买两个能便宜点吗');
    await expect.poll(() => panel.getByTestId('replies').textContent()).toContain('给 momo_2019');
  });

  it('only the agent’s own click opens a conversation: a synthetic click does nothing', async () => {
    await panel.getByTestId('queue-row').filter({ hasText: '陈先生' }).dispatchEvent('click');
    await panel.waitForTimeout(500);
    expect(await workbench.locator('.chatWindowHeader .name').textContent()).toBe('momo_2019');
  });

  it('a 「稍等」 left unanswered becomes a 漏跟进 reminder after the configured 5 minutes', async () => {
    await workbench.locator('.chat-item[data-random="b2"]').click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('周周爱吃橙');
    await workbench.evaluate(() => (window as any).__demo.pushBuyerMessage('b2', '补偿什么时候到账'));
    await expect.poll(() => panel.getByTestId('waiting').count()).toBe(1);
    const textarea = workbench.locator('#replyTextarea');
    await textarea.fill('您好，稍等，我去查一下补偿进度');
    await textarea.press('Enter');
    // The reply is read: the buyer no longer waits.
    await expect.poll(() => panel.getByTestId('waiting').count()).toBe(0);
    await advanceExtensionClock(4 * 60_000);
    expect(await panel.getByTestId('nudge').filter({ hasText: '漏跟进' }).count()).toBe(0);
    // Back to another buyer, as a busy agent would; the reminder comes for the one left behind.
    await panel.getByTestId('queue-row').filter({ hasText: '陈先生' }).click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('陈先生');
    await advanceExtensionClock(61_000);
    const reminder = panel.locator('[data-testid="nudge"][data-kind="followUp"]');
    await expect.poll(() => reminder.textContent()).toContain('漏跟进：你对 周周爱吃橙 说了「稍等」');
    await harness.screenshot(panel, 'queue-follow-up');
    // Opening it from the reminder puts the follow-up reply first.
    await reminder.getByTestId('nudge-open').click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('周周爱吃橙');
    await expect.poll(() => firstPhraseIds(panel, 1)).toEqual(['svc-follow-01']);
    await reminder.getByTestId('nudge-dismiss').click();
    await expect.poll(() => panel.locator('[data-testid="nudge"][data-kind="followUp"]').count()).toBe(0);
  });

  it('a buyer past 3 minutes gets 「久等了」 openings first', async () => {
    await panel.getByTestId('queue-row').filter({ hasText: '陈先生' }).click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('陈先生');
    await expect.poll(() => firstPhraseIds(panel, 2)).toEqual(['svc-sorry-01', 'svc-sorry-02']);
    expect(await panel.getByTestId('phrase').first().locator('.phrase-text').textContent()).toContain('陈先生，让您久等了');
    expect(await panel.locator('[data-testid="nudge"][data-kind="longWait"]').textContent()).toContain('陈先生 已等待');
    await harness.screenshot(panel, 'queue-long-wait');
  });

  it('a reminder switched off stays off', async () => {
    await panel.locator('[data-testid="nudge"][data-kind="longWait"]').getByTestId('nudge-off').click();
    await expect.poll(() => panel.locator('[data-testid="nudge"][data-kind="longWait"]').count()).toBe(0);
    await expect.poll(() => firstPhraseIds(panel, 1)).not.toEqual(['svc-sorry-01']);
    const settings = await worker.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('huashu-settings');
      open.onsuccess = () => {
        const request = open.result.transaction('settings').objectStore('settings').get('settings');
        request.onsuccess = () => resolve(request.result.service);
      };
    }));
    expect(settings).toEqual({ nudges: { longWait: false } });
  });
});

describe('快手 demo: the queue reads the page’s own 「请在3分钟内回复」 / 「已超时」 groups', () => {
  it('lists the overdue buyer first, even though the chat pane still needs teaching', async () => {
    await worker.evaluate(() => (globalThis as any).huashuTestClock.reset().then(() => undefined));
    const page = await harness.openWorkbench('kuaishou/index.html');
    const panel = await harness.openPanel();
    await expect.poll(() => queueNames(panel)).toEqual(['老铁666', '小葵的妈妈']);
    await page.evaluate(() => (window as any).__demo.advance(3 * 60_000));
    // 小葵的妈妈 moves under 已超时 on the page: both are past the limit now.
    await expect.poll(() => panel.locator('[data-testid="queue-wait"].block').count()).toBe(2);
    await panel.getByTestId('queue-row').filter({ hasText: '小葵的妈妈' }).click();
    await expect.poll(() => page.locator('.ks-im-peer').textContent()).toBe('小葵的妈妈');
    await page.close();
    await panel.close();
  });
});
