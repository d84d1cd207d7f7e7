// Each fixture workbench with the extension loaded: read the conversation, follow a switch, insert into
// the reply box so the page's own listener sees it. Pages are opened one at a time (the panel follows
// the workbench that reported last).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadow } from './closed-shadow';
import { launch, type Harness } from './harness';

let harness: Harness;
let panel: Page;

beforeAll(async () => {
  harness = await launch();
  panel = await harness.openPanel();
});
afterAll(async () => {
  await harness?.close();
});

/** Clicks the first suggested reply, filling any blanks the page does not give; returns the text expected in the box. */
async function insertFirstPhrase(): Promise<string> {
  // The list holds still under the pointer, so the reply read is the reply clicked. Leaving it first
  // drops a hold from an earlier conversation.
  await panel.getByTestId('conversation').hover();
  await panel.getByTestId('replies').hover();
  const phrase = panel.getByTestId('phrase').first();
  const text = (await phrase.locator('.phrase-text').textContent())!;
  await phrase.click();
  const prompt = panel.getByTestId('placeholder-prompt');
  const asked = await prompt.waitFor({ timeout: 2000 }).then(() => true, () => false);
  if (asked) {
    for (const input of await prompt.locator('input').all()) await input.fill('示例');
    await prompt.getByRole('button', { name: '插入' }).click();
  }
  await panel.getByTestId('conversation').hover();
  return text.replace(/\{[^}]+\}/g, '示例');
}

describe('抖店飞鸽 fixture (hashed class names, data-qa-id hooks, textarea)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.openWorkbench('feige/index.html');
  });
  afterAll(async () => {
    await page.close();
  });

  it('reads the buyer and messages whatever the class names are on this load', async () => {
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('晚风与猫');
    expect(await panel.getByTestId('platform').textContent()).toBe('抖店飞鸽');
    expect(await panel.getByTestId('latest-messages').textContent()).toContain('那1.5米的床能用吗');
    expect(await panel.getByTestId('product').textContent()).toContain('纯棉四件套');
    expect(await panel.getByTestId('health').count()).toBe(0);
    const hashes = await page.evaluate(() => Object.values((window as any).__demo.hashes()) as string[]);
    expect(hashes.every((hash) => /^[A-Za-z][A-Za-z0-9]{19}$/.test(hash))).toBe(true);
    await harness.screenshot(page, 'feige-workbench');
    await harness.screenshot(panel, 'feige-panel');
  });

  it('follows a new message and a conversation switch', async () => {
    await page.evaluate(() => (window as any).__demo.pushBuyerMessage('f1', '有没有纯色的款式'));
    await expect.poll(() => panel.getByTestId('latest-messages').textContent()).toContain('有没有纯色的款式');
    await page.locator('[data-qa-id="qa-conversation-chat-item"][data-btm-id="f3.current"]').click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('K先生');
    expect(await panel.getByTestId('latest-messages').textContent()).toContain('我现在下单还来得及吗');
  });

  it('inserts into the textarea so the page sees an input event, and never sends', async () => {
    const text = await insertFirstPhrase();
    const textarea = page.locator('[data-qa-id="qa-send-message-textarea"]');
    await expect.poll(() => textarea.inputValue()).toBe(text);
    const events = await page.evaluate(() => (window as any).__demo.inputEvents);
    expect(events.at(-1)).toMatchObject({ inputType: 'insertText', value: text });
    expect(await page.evaluate(() => (window as any).__demo.sent.length)).toBe(0);
  });

  it('reads the same page again after a reload gives every element new class names', async () => {
    const before = await page.evaluate(() => (window as any).__demo.hashes().scroll);
    await page.reload();
    const after = await page.evaluate(() => (window as any).__demo.hashes().scroll);
    expect(after).not.toBe(before);
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('晚风与猫');
    expect(await panel.getByTestId('latest-messages').textContent()).toContain('那1.5米的床能用吗');
  });

  it('underlines risky words in the 飞鸽 textarea while the agent types', async () => {
    const textarea = page.locator('[data-qa-id="qa-send-message-textarea"]');
    await textarea.fill('');
    await textarea.pressSequentially('方便的话加我微信聊');
    const overlay = closedShadow(page, 'huashu-inline');
    await expect.poll(() => overlay.count('.mark.block')).toBe(1);
    expect(await overlay.text('.mark.block')).toContain('微信');
    expect(await overlay.text('.badge')).toBe('1');
  });

  it('says what stopped matching when the page changes, and offers to re-teach', async () => {
    await page.evaluate(() => document.querySelector('[data-qa-id="qa-send-message-textarea"]')!.remove());
    await expect.poll(() => panel.getByTestId('health').textContent()).toBe('未找到：输入框');
    expect(await panel.getByTestId('buyer-name').textContent()).toBe('晚风与猫');
    expect(await panel.getByTestId('teach-reason').textContent()).toContain('抖店飞鸽的页面可能改版了');
    expect(await panel.getByTestId('teach-start').textContent()).toBe('重新教一遍');
    await harness.screenshot(panel, 'feige-health');
  });

});

describe('京东咚咚 fixture (contenteditable editor, list replaced on switch, virtualised rows)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.openWorkbench('jd/index.html');
  });
  afterAll(async () => {
    await page.close();
  });

  it('reads the buyer and the newest rows of a long, virtualised conversation', async () => {
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('山野小麦');
    expect(await panel.getByTestId('platform').textContent()).toBe('京东咚咚');
    expect(await panel.getByTestId('latest-messages').textContent()).toContain('我昨天下的单今天能发货吗');
    // Only the window of rows is in the DOM, not the 85 messages of the history.
    expect(await page.locator('#t-chat-scroll .message').count()).toBeLessThanOrEqual(30);
    // The shown time of the last buyer message drives the wait (two minutes ago).
    await expect.poll(() => panel.getByTestId('waiting').textContent()).toMatch(/已等待 2分\d\d秒/);
    await harness.screenshot(page, 'jd-workbench');
    await harness.screenshot(panel, 'jd-panel');
  });

  it('follows a switch that replaces the whole message pane', async () => {
    const paneBefore = await page.locator('#t-chat-scroll').elementHandle();
    await page.locator('.alluser-item[data-user-id="jd_2c77b8"]').click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('橘子汽水');
    expect(await panel.getByTestId('latest-messages').textContent()).toContain('里面东西不知道有没有事');
    expect(await paneBefore!.evaluate((node) => node.isConnected)).toBe(false);
  });

  it('inserts into the contenteditable editor so the page sees an input event, and never sends', async () => {
    const text = await insertFirstPhrase();
    const editor = page.locator('.EditorContent');
    await expect.poll(() => editor.textContent()).toBe(text);
    const events = await page.evaluate(() => (window as any).__demo.inputEvents);
    expect(events.at(-1)).toMatchObject({ inputType: 'insertText', value: text });
    expect(await page.evaluate(() => (window as any).__demo.sent.length)).toBe(0);
  });

  it('underlines risky words in the contenteditable editor, drawn in our closed overlay', async () => {
    const editor = page.locator('.EditorContent');
    const overlay = closedShadow(page, 'huashu-inline');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await editor.pressSequentially('全网最低价，放心拍');
    await expect.poll(() => overlay.underlinedWords()).toEqual(['全网最低价']);
    expect(await overlay.text('.badge')).toBe('1');
    await harness.screenshot(page, 'jd-underline');
  });

  it('keeps the newest messages while older rows are swapped in by scrolling back, then follows a new one', async () => {
    await page.locator('.alluser-item[data-user-id="jd_7f31c2"]').click();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('山野小麦');
    await page.evaluate(() => (window as any).__demo.scrollUp(40));
    await expect.poll(() => page.locator('#msg-9040').count()).toBe(1);
    expect(await page.locator('#msg-9084').count()).toBe(0);
    // The newest rows left the DOM, yet the panel keeps them as the latest (a rescan reads the window).
    await page.waitForTimeout(3500);
    expect(await panel.getByTestId('latest-messages').textContent()).toContain('我昨天下的单今天能发货吗');
    await expect.poll(() => panel.getByTestId('waiting').textContent()).toMatch(/已等待 \d+分\d\d秒/);
    await page.evaluate(() => (window as any).__demo.pushBuyerMessage('j1', '麻烦尽快发货 谢谢'));
    await expect.poll(() => panel.getByTestId('latest-messages').textContent()).toContain('麻烦尽快发货 谢谢');
  });
});
