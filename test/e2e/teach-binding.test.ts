// Teaching must not bind the wrong buyer: on a page with the conversation list beside the chat, clicking
// the list entry for 买家昵称 gives a selector that finds "the first entry", which reads the same buyer
// whatever conversation is open. Teaching refuses it (or repairs it when the page marks the open entry),
// checks itself by a conversation switch before saving, and keys conversations by the buyer id it taught.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadow } from './closed-shadow';
import { launch, type Harness } from './harness';

/** Clicks the first three parts every teaching starts with: the message area, a buyer and an agent message. */
async function pickMessages(page: Page) {
  await page.locator('.room-log').click({ position: { x: 30, y: 200 } });
  await page.locator('.line-text', { hasText: '二两装多少钱' }).click();
  await page.locator('.line-text', { hasText: '今年的新茶' }).click();
}

const entry = (page: Page, index: number) => page.locator('#sessions section').nth(index);

describe('teaching a page with the conversation list beside the chat', () => {
  let harness: Harness;
  let page: Page;
  let panel: Page;
  const bar = () => closedShadow(page, 'huashu-teach').evaluate((root) => root?.textContent ?? null);

  beforeAll(async () => {
    harness = await launch();
    page = await harness.openWorkbench('sessions/index.html');
    panel = await harness.openPanel();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('refuses a buyer name clicked in the conversation list, before anything can be saved', async () => {
    await panel.getByTestId('teach-start').click();
    await expect.poll(bar).toContain('消息列表');
    await pickMessages(page);
    await expect.poll(bar).toContain('买家昵称');
    await entry(page, 0).locator('b').click();
    await expect.poll(bar).toContain('输入框');
    await page.locator('.room-input').click();

    // Checked once all five parts are picked: only the name is asked again.
    await expect.poll(bar).toContain('只能按位置找到');
    expect(await bar()).toContain('点击「买家昵称」');
    await expect.poll(() => panel.getByTestId('teach-refused').textContent()).toContain('请点聊天窗口里当前会话的买家昵称');
    expect(await panel.getByTestId('teach-save').count()).toBe(0);
    await harness.screenshot(page, 'teach-binding-refused-page');
    await harness.screenshot(panel, 'teach-binding-refused-panel');
    // The click was for teaching: the page did not switch conversation.
    expect(await page.locator('.room-peer').textContent()).toBe('阿宁同学');
  });

  it('takes picks and Esc only from the user: a page script can neither pick nor cancel', async () => {
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('.room-peer')!.click();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await bar()).toContain('点击「买家昵称」');
    expect(await page.locator('huashu-teach').count()).toBe(1);
  });

  it('accepts the name in the chat header, then asks to switch conversation once before saving', async () => {
    await page.locator('.room-peer').click();
    await expect.poll(() => panel.getByTestId('teach-preview-buyer').textContent()).toBe('阿宁同学');
    expect(await panel.getByTestId('teach-check').textContent()).toContain('请在工作台里切换到另一个会话');
    expect(await panel.getByTestId('teach-save').isDisabled()).toBe(true);
    expect(await panel.getByTestId('teach-warnings').count()).toBe(0);
    expect(await page.locator('huashu-teach').count()).toBe(0);
  });

  it('teaches the buyer id on request, and passes the check when the reading follows the switch', async () => {
    await panel.getByTestId('teach-buyer-id').click();
    await expect.poll(bar).toContain('买家编号');
    await expect.poll(() => panel.getByTestId('teach-picking').textContent()).toContain('点一下当前会话里显示的买家编号');
    await page.locator('.room-uid').click();
    await expect.poll(() => panel.getByTestId('teach-preview').textContent()).toContain('（编号 A-1001）');

    await entry(page, 1).click();
    await expect.poll(() => panel.getByTestId('teach-check').textContent()).toContain('从 阿宁同学 切换到 木子李 后');
    await harness.screenshot(panel, 'teach-binding-checked');
    await entry(page, 0).click();
    await panel.getByTestId('teach-name').fill('青禾茶舍');
    await panel.getByTestId('teach-save').click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('阿宁同学');
  });

  it('after saving, the name follows the open conversation', async () => {
    await entry(page, 1).click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('木子李');
    expect(await panel.getByTestId('latest-messages').textContent()).toContain('放冰箱可以吗');
    await entry(page, 0).click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('阿宁同学');
  });

  it('refuses a reply meant for A in B, and in a namesake of A (the buyer id keys the conversation)', async () => {
    const box = page.locator('.room-input');
    // A phrase without a form to fill: the click inserts at once (or is refused).
    await panel.getByTestId('conversation').hover();
    await panel.getByTestId('replies').hover();
    await entry(page, 1).click();
    await expect.poll(() => panel.getByTestId('held-notice').textContent()).toContain('木子李');
    await panel.getByTestId('phrase').filter({ hasNotText: '{' }).first().click();
    await expect.poll(() => panel.getByTestId('status').textContent()).toBe('这条回复是为 阿宁同学 准备的，当前会话是 木子李');
    expect(await box.inputValue()).toBe('');

    await panel.getByTestId('conversation').hover();
    await entry(page, 0).click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('阿宁同学');
    await expect.poll(() => panel.getByTestId('latest-messages').textContent()).toContain('二两装多少钱');
    await panel.getByTestId('replies').hover();
    await entry(page, 2).click();
    await expect.poll(() => panel.getByTestId('held-notice').count()).toBe(1);
    await panel.getByTestId('phrase').filter({ hasNotText: '{' }).first().click();
    await expect.poll(() => panel.getByTestId('status').textContent()).toBe('这条回复是为 阿宁同学 准备的，当前会话是 另一位同名买家 阿宁同学（编号 C-3003）');
    expect(await box.inputValue()).toBe('');
    await harness.screenshot(panel, 'teach-binding-namesake-refused');
  });
});

describe('teaching the same page when it marks the open entry (aria-current)', () => {
  let harness: Harness;
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    harness = await launch();
    page = await harness.openWorkbench('sessions/index.html?mark=aria');
    panel = await harness.openPanel();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('repairs a buyer name clicked in the list to "the open entry", says so, and the switch check proves it', async () => {
    await panel.getByTestId('teach-start').click();
    await expect.poll(() => closedShadow(page, 'huashu-teach').evaluate((root) => root?.textContent ?? null)).toContain('消息列表');
    await pickMessages(page);
    await entry(page, 0).locator('b').click();
    await page.locator('.room-input').click();
    await expect.poll(() => panel.getByTestId('teach-warnings').textContent()).toContain('已改为读取列表中“当前打开”的那一项');
    await entry(page, 1).click();
    await expect.poll(() => panel.getByTestId('teach-check').textContent()).toContain('切换到 木子李 后');
    await panel.getByTestId('teach-save').click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('木子李');
    await entry(page, 0).click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('阿宁同学');
  });
});
