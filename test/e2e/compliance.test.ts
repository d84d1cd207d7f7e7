// Inline compliance check in the workbench: underlines and a badge while typing, the reason on hover,
// a one-click rewording, the draft's findings in the panel, and trainee mode holding back Enter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

describe('inline compliance check on the demo workbench', () => {
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

  const overlay = () => workbench.locator('huashu-inline');

  it('underlines risky words as the agent types and counts them on a badge', async () => {
    const textarea = workbench.locator('#replyTextarea');
    await textarea.click();
    await textarea.pressSequentially('亲，这款是全网最好的，加我微信发你优惠券');
    await expect.poll(() => overlay().locator('.mark').count()).toBe(2);
    expect(await overlay().locator('.mark.warn').textContent()).toBe('最好');
    expect(await overlay().locator('.mark.block').textContent()).toContain('微信');
    expect(await overlay().locator('.badge').textContent()).toBe('2');
    await harness.screenshot(workbench, 'compliance-underline');
  });

  it('lists the draft findings with reasons in the side panel', async () => {
    const findings = panel.getByTestId('draft-findings');
    await expect.poll(() => findings.textContent()).toContain('当前草稿有 2 处需要注意');
    expect(await findings.textContent()).toContain('站外引流');
    expect(await findings.textContent()).toContain('《广告法》');
  });

  it('shows the reason on hover and replaces the word with one click', async () => {
    const mark = overlay().locator('.mark.warn');
    const box = (await mark.boundingBox())!;
    await workbench.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = overlay().locator('.tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('「最好」· 绝对化用语');
    await tip.locator('.fix').first().click();
    const textarea = workbench.locator('#replyTextarea');
    await expect.poll(() => textarea.inputValue()).toBe('亲，这款是全网很好的，加我微信发你优惠券');
    await expect.poll(() => overlay().locator('.mark').count()).toBe(1);
    // The fix went through the page's own input listener like typing does.
    expect((await workbench.evaluate(() => (window as any).__demo.inputEvents)).at(-1).value).toBe('亲，这款是全网很好的，加我微信发你优惠券');
  });

  it('leaves ordinary phrases alone', async () => {
    const textarea = workbench.locator('#replyTextarea');
    await textarea.fill('');
    // 最新款 is only an info-level hint: shown to trainees, not to experienced agents.
    await textarea.pressSequentially('亲，这是今年的最新款，我们第一时间给您发货，最近订单较多，订单号231121-58302918475621');
    await workbench.waitForTimeout(400);
    expect(await overlay().locator('.mark').count()).toBe(0);
    expect(await overlay().locator('.badge').isVisible()).toBe(false);
  });

  it('in trainee mode holds back Enter on a block-level finding until the agent confirms', async () => {
    await harness.editSettings((options) => options.getByLabel(/新人模式/).check());

    const textarea = workbench.locator('#replyTextarea');
    await textarea.fill('');
    await textarea.click();
    await textarea.pressSequentially('好评返现5元哦');
    await textarea.press('Enter');
    const dialog = overlay().locator('.dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('「好评返现」· 好评诱导');
    expect(await dialog.textContent()).toContain('新人提示');
    await harness.screenshot(workbench, 'compliance-trainee-confirm');
    expect(await workbench.evaluate(() => (window as any).__demo.sent.length)).toBe(0);

    await dialog.getByRole('button', { name: '返回修改' }).click();
    expect(await workbench.evaluate(() => (window as any).__demo.sent.length)).toBe(0);
    expect(await textarea.inputValue()).toBe('好评返现5元哦');

    await textarea.press('Enter');
    await dialog.getByRole('button', { name: '仍然发送' }).click();
    await expect.poll(() => workbench.evaluate(() => (window as any).__demo.sent)).toEqual([{ buyer: 'b1', text: '好评返现5元哦' }]);
  });

  it('shows trainees the info-level hints too, with a dotted underline', async () => {
    const textarea = workbench.locator('#replyTextarea');
    await textarea.fill('');
    await textarea.pressSequentially('这是今年的最新款');
    await expect.poll(() => overlay().locator('.mark.info').count()).toBe(1);
    expect(await overlay().locator('.mark.info').textContent()).toBe('最新款');
    await textarea.fill('');
  });

  it('lets a clean draft go out on Enter without asking, even in trainee mode', async () => {
    const textarea = workbench.locator('#replyTextarea');
    await textarea.pressSequentially('好的，马上为您查询');
    await textarea.press('Enter');
    await expect.poll(() => workbench.evaluate(() => (window as any).__demo.sent.length)).toBe(2);
    expect(await overlay().locator('.dialog').count()).toBe(0);
  });
});
