// Teaching a page no adapter knows, end to end: the panel offers it, the user clicks the five parts on
// the page, the panel previews what it now reads, saves it, and after a reload the page is read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadow } from './closed-shadow';
import { launch, type Harness } from './harness';

describe('teaching the generic chat page', () => {
  let harness: Harness;
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    harness = await launch();
    page = await harness.openWorkbench('generic/index.html');
    panel = await harness.openPanel();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('says the page is not recognised and offers to teach it', async () => {
    await expect.poll(() => panel.getByTestId('teach-reason').textContent()).toContain('话术助手还不认识这个页面');
    expect(await panel.getByTestId('buyer-name').count()).toBe(0);
    await harness.screenshot(panel, 'teach-offer');
  });

  it('picks the five parts by clicking on the page, without the page reacting', async () => {
    await panel.getByTestId('teach-start').click();
    await expect.poll(() => panel.getByTestId('teach-picking').count()).toBe(1);
    // The bar is in a closed shadow root: the test reads it through DevTools, the page cannot at all.
    const bar = { textContent: () => closedShadow(page, 'huashu-teach').evaluate((root) => root?.textContent ?? null) };
    await expect.poll(() => bar.textContent()).toContain('消息列表');
    expect(await page.evaluate(() => document.querySelector('huashu-teach')?.shadowRoot)).toBeNull();

    await page.locator('.kf-scroll').click({ position: { x: 20, y: 300 } });
    await expect.poll(() => bar.textContent()).toContain('买家消息');
    await page.locator('.kf-text', { hasText: '沙发套可以单独买吗' }).click();
    await page.locator('.kf-text', { hasText: '沙发套单独有售' }).click();
    await page.locator('.kf-peer').hover();
    await harness.screenshot(page, 'teach-picking');
    await page.locator('.kf-peer').click();
    await page.locator('.kf-box').click();

    await expect.poll(() => page.locator('huashu-teach').count()).toBe(0);
    // The clicks were for teaching: the page neither focused its box nor saw an input.
    expect(await page.evaluate(() => document.activeElement?.className)).not.toBe('kf-box');
    expect(await page.evaluate(() => (window as any).__demo.inputEvents.length)).toBe(0);
  });

  it('previews what the taught selectors read before saving', async () => {
    await expect.poll(() => panel.getByTestId('teach-preview-buyer').textContent()).toBe('阿宁同学');
    const messages = await panel.getByTestId('teach-preview-messages').textContent();
    expect(messages).toContain('买家三人位的套子多少钱');
    expect(messages).toContain('客服可以的，沙发套单独有售，颜色和尺寸都能选。');
    expect(messages).not.toContain('访客进入会话');
    expect(await panel.getByTestId('teach-name').inputValue()).toContain('小满家居');
    await harness.screenshot(panel, 'teach-preview');
  });

  it('also teaches the conversation list, for the waiting queue, when the agent asks', async () => {
    await panel.getByTestId('teach-list-row').click();
    await expect.poll(() => panel.getByTestId('teach-picking').textContent()).toContain('会话列表');
    await page.locator('.kf-contact-name').first().click();
    await expect.poll(() => panel.getByTestId('teach-list-row').textContent()).toBe('重新教会话列表');
  });

  it('checks itself before saving: the agent switches conversation once and the reading follows', async () => {
    await expect.poll(() => panel.getByTestId('teach-check').textContent()).toContain('请在工作台里切换到另一个会话');
    expect(await panel.getByTestId('teach-save').isDisabled()).toBe(true);
    await page.locator('.kf-contact[data-contact="g2"]').click();
    await expect.poll(() => panel.getByTestId('teach-check').textContent()).toContain('从 阿宁同学 切换到 木子李 后');
    await page.locator('.kf-contact[data-contact="g1"]').click();
  });

  it('saves, then reads the conversation live and follows a switch', async () => {
    await panel.getByTestId('teach-name').fill('小满家居客服');
    await panel.getByTestId('teach-save').click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('阿宁同学');
    expect(await panel.getByTestId('platform').textContent()).toBe('小满家居客服');
    await page.locator('.kf-contact[data-contact="g2"]').click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('木子李');
    expect(await panel.getByTestId('latest-messages').textContent()).toContain('大概多少');
  });

  it('reads the page again after a reload, and inserts into its box', async () => {
    await page.reload();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('阿宁同学');
    await panel.getByTestId('conversation').hover();
    await panel.getByTestId('replies').hover();
    await panel.getByTestId('phrase').filter({ hasNotText: '{' }).first().click();
    await expect.poll(() => page.locator('.kf-box').inputValue()).not.toBe('');
    const events = await page.evaluate(() => (window as any).__demo.inputEvents);
    expect(events.at(-1)).toMatchObject({ inputType: 'insertText' });
    await harness.screenshot(panel, 'teach-reading');
  });

  it('lists the taught site in the options page and forgets it on request', async () => {
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html#sites`);
    const site = options.getByTestId('taught-site');
    await expect.poll(() => site.textContent()).toContain('小满家居客服');
    expect(await site.textContent()).toContain('127.0.0.1/generic');
    await site.scrollIntoViewIfNeeded();
    await harness.screenshot(options, 'teach-options');
    await site.getByRole('button', { name: '删除' }).click();
    await expect.poll(() => site.count()).toBe(0);
    await options.close();
  });
});

describe('a workbench whose selectors are only a guess (快手 stand-in)', () => {
  let harness: Harness;
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    harness = await launch();
    page = await harness.openWorkbench('kuaishou/index.html');
    panel = await harness.openPanel();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('names the platform, says honestly what the guess missed and offers teaching', async () => {
    await expect.poll(() => panel.getByTestId('platform').textContent()).toBe('快手');
    expect(await panel.getByTestId('health').textContent()).toContain('消息列表');
    expect(await panel.getByTestId('teach-reason').textContent()).toContain('只能猜');
    expect(await panel.getByTestId('teach-start').textContent()).toBe('教一遍');
    await harness.screenshot(panel, 'teach-guess-health');
  });

  /** Clicks the list, a buyer and an agent message, the buyer's name and the box, and waits for the preview. */
  async function pickTheFiveParts(): Promise<void> {
    await page.locator('.ks-im-pane').click({ position: { x: 10, y: 200 } });
    await page.locator('.ks-bubble', { hasText: '赠品还有吗' }).click();
    await page.locator('.ks-bubble', { hasText: '拍下自动赠送' }).click();
    await page.locator('.ks-im-peer').click();
    await page.locator('.ql-editor').click();
    await expect.poll(() => panel.getByTestId('teach-preview-buyer').textContent()).toBe('向日葵花花');
  }

  it('teaches again in the same tab: Esc ends a session, and 重新教 from the preview starts over with one bar', async () => {
    // The picker is its own script, injected at each start (entrypoints/teach-picker): each injection ends the one before.
    const bar = () => closedShadow(page, 'huashu-teach').evaluate((root) => root?.textContent ?? null);
    await panel.getByTestId('teach-start').click();
    await expect.poll(() => bar()).toContain('消息列表');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('huashu-teach').count()).toBe(0);
    await expect.poll(() => panel.getByTestId('teach-start').count()).toBe(1);

    await panel.getByTestId('teach-start').click();
    await expect.poll(() => bar()).toContain('消息列表');
    await pickTheFiveParts();
    expect(await page.locator('huashu-teach').count()).toBe(0);

    await panel.getByTestId('teach-restart').click();
    await expect.poll(() => bar()).toContain('消息列表');
    expect(await page.locator('huashu-teach').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('huashu-teach').count()).toBe(0);
    await expect.poll(() => panel.getByTestId('teach-start').count()).toBe(1);
  });

  it('once taught, keeps the platform name and reads the conversation', async () => {
    await panel.getByTestId('teach-start').click();
    await expect.poll(() => page.locator('huashu-teach').count()).toBe(1);
    await pickTheFiveParts();
    // This stand-in has one conversation only: the agent says so, and the preview keeps a warning.
    await panel.getByTestId('teach-skip-check').click();
    await expect.poll(() => panel.getByTestId('teach-warnings').textContent()).toContain('没有做切换会话的检查');
    await panel.getByTestId('teach-save').click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('向日葵花花');
    expect(await panel.getByTestId('platform').textContent()).toBe('快手');
    expect(await panel.getByTestId('health').count()).toBe(0);
    await page.evaluate(() => (window as any).__demo.pushBuyerMessage('k1', '发什么快递'));
    await expect.poll(() => panel.getByTestId('latest-messages').textContent()).toContain('发什么快递');
  });
});
