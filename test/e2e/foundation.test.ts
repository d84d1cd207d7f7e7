// The whole path in a real browser: workbench page → content script → background → side panel → reply inserted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

describe('demo workbench with the extension loaded', () => {
  let harness: Harness;
  let workbench: Page;
  let panel: Page;

  beforeAll(async () => {
    harness = await launch();
    ({ workbench, panel } = await harness.openDemo());
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('saves the agent settings in the options page (they fill {客服昵称} and {店铺名})', async () => {
    await harness.editSettings(async (options) => {
      await options.getByLabel('客服昵称').fill('小满');
      await options.getByLabel('店铺名').fill('小满家居');
      // Shop-wide values for the placeholders the library uses, offered from the library itself.
      await options.getByTestId('shop-placeholders').getByLabel('{发货时间}').fill('48小时');
    });
    await panel.reload();
  });

  it('shows the platform, the buyer, their latest message and how long they have waited', async () => {
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('林小鹿');
    expect(await panel.getByTestId('platform').textContent()).toBe('拼多多');
    expect(await panel.getByTestId('latest-messages').textContent()).toContain('这款睡衣今天下单什么时候能发货呀');
    expect(await panel.getByTestId('product').textContent()).toContain('加厚珊瑚绒睡衣女冬季套装');
    // The buyer wrote first five minutes ago and only the robot answered since the last message:
    // the wait counts from the message after the robot's reply (shown time, one minute ago).
    await expect.poll(() => panel.getByTestId('waiting').textContent()).toMatch(/已等待 1分\d\d秒/);
    await harness.screenshot(workbench, 'foundation-workbench');
    await harness.screenshot(panel, 'foundation-panel');
  });

  it('follows a new buyer message as it arrives', async () => {
    await workbench.evaluate(() => (window as any).__demo.pushBuyerMessage('b1', '还有就是能不能开发票'));
    await expect.poll(() => panel.getByTestId('latest-messages').textContent()).toContain('还有就是能不能开发票');
  });

  it('inserts a clicked reply at the caret so the page sees an input event, and never sends', async () => {
    const textarea = workbench.locator('#replyTextarea');
    await textarea.fill('亲，');
    await textarea.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(2, 2));
    const eventsBefore = await workbench.evaluate(() => (window as any).__demo.inputEvents.length);

    // 快捷编码 zj4: 谢谢{买家昵称}的支持！… — the buyer's nickname comes from the page.
    await panel.getByTestId('search').fill('zj4');
    const phrase = panel.getByTestId('phrase').first();
    const phraseText = (await phrase.locator('.phrase-text').textContent())!;
    expect(phraseText).toMatch(/^谢谢林小鹿的支持！/);
    await phrase.click();

    await expect.poll(() => textarea.inputValue()).toBe(`亲，${phraseText}`);
    expect(await panel.getByTestId('status').textContent()).toContain('已放入 林小鹿 的输入框');
    const events = await workbench.evaluate(() => (window as any).__demo.inputEvents);
    expect(events.length).toBeGreaterThan(eventsBefore);
    expect(events.at(-1)).toMatchObject({ inputType: 'insertText', value: `亲，${phraseText}` });
    expect(await workbench.locator('.word-count').textContent()).toBe(`${`亲，${phraseText}`.length}/500`);
    expect(await workbench.evaluate(() => (window as any).__demo.sent.length)).toBe(0);
  });

  it('inserts the n-th reply with Alt+n, with the agent nickname from the settings', async () => {
    const textarea = workbench.locator('#replyTextarea');
    await textarea.fill('');
    await panel.getByTestId('search').fill('zj1');
    const first = (await panel.getByTestId('phrase').first().locator('.phrase-text').textContent())!;
    expect(first).toContain('小满');
    await panel.getByTestId('search').fill('fh1'); // 亲，付款后一般{发货时间}内发出哦…
    expect(await panel.getByTestId('phrase').first().locator('.phrase-text').textContent()).toContain('付款后一般48小时内发出');
    await panel.getByTestId('search').fill('zj');
    const second = (await panel.getByTestId('phrase').nth(1).locator('.phrase-text').textContent())!;
    await panel.keyboard.press('Alt+2');
    await expect.poll(() => textarea.inputValue()).toBe(second);
  });

  it('takes Alt+n in the workbench reply box too, without leaving the page', async () => {
    const textarea = workbench.locator('#replyTextarea');
    await textarea.fill('');
    await panel.getByTestId('search').fill('zj4');
    const first = (await panel.getByTestId('phrase').first().locator('.phrase-text').textContent())!;
    // The agent types in the workbench: it is the active tab (a key from another tab picks nothing).
    await workbench.bringToFront();
    await textarea.focus();
    await textarea.press('Alt+1');
    await expect.poll(() => textarea.inputValue()).toBe(first);
    await panel.bringToFront();
  });

  it('asks for a placeholder the page does not give before inserting', async () => {
    const textarea = workbench.locator('#replyTextarea');
    await textarea.fill('');
    await panel.getByTestId('search').fill('ye1'); // 夜间自动回复: …客服{客服时间}在线… (a shop fact not filled in yet)
    await panel.getByTestId('phrase').first().click();
    const prompt = panel.getByTestId('placeholder-prompt');
    await prompt.getByLabel('客服时间').fill('早上9点起');
    await prompt.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => textarea.inputValue()).toContain('客服早上9点起在线');
    await panel.getByTestId('search').fill('zj4');
  });

  it('follows a conversation switch', async () => {
    await workbench.locator('.chat-item[data-random="b3"]').click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('momo_2019');
    expect(await panel.getByTestId('latest-messages').textContent()).toContain('买两个能便宜点吗');
    expect(await panel.getByTestId('product').textContent()).toContain('北欧风陶瓷马克杯');
  });

  it('refuses a reply meant for the previous buyer, with a visible message', async () => {
    const textarea = workbench.locator('#replyTextarea');
    await textarea.fill('');
    // The agent's pointer comes to rest on the list (which then holds still) while the page switches buyer.
    await panel.getByTestId('conversation').hover();
    await panel.getByTestId('replies').hover();
    await workbench.locator('.chat-item[data-random="b4"]').click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('陈先生');
    await expect.poll(() => panel.getByTestId('held-notice').textContent()).toContain('陈先生');

    expect(await panel.getByTestId('phrase').first().locator('.phrase-text').textContent()).toContain('momo_2019');
    await panel.getByTestId('phrase').first().click();
    await expect.poll(() => panel.getByTestId('status').textContent()).toBe(
      '这条回复是为 momo_2019 准备的，当前会话是 陈先生',
    );
    expect(await textarea.inputValue()).toBe('');
    await harness.screenshot(panel, 'foundation-stale-refused');
  });

  it('keeps the conversation after the service worker is stopped and restarted', async () => {
    await harness.stopWorkers(panel);
    await panel.reload();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('陈先生');
  });
});
