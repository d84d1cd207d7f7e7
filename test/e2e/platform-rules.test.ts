// Platform rule packs in the inline check: the content script builds its checker for the workbench's platform,
// so a sentence about a QR code is 拦截 on the 抖店飞鸽 demo (抖店 forbids any QR code in service chat) while the
// same sentence on the 拼多多 demo follows the general rules (an activity's code is not a contact detail there).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadow } from './closed-shadow';
import { launch, type Harness } from './harness';

const QR_SENTENCE = '亲，这是店铺活动的二维码，领券更划算';

describe('platform rule packs on the demo workbenches', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function typeInto(page: Page, input: string, text: string) {
    const box = page.locator(input);
    await box.click();
    await box.pressSequentially(text);
  }

  it('飞鸽: a QR code sentence is underlined as 拦截, citing 抖店’s rule', async () => {
    const feige = await harness.openWorkbench('feige/index.html?auto=0');
    await typeInto(feige, '[data-qa-id="qa-send-message-textarea"]', QR_SENTENCE);
    // The overlay lives in a closed shadow root: the test looks inside through the DevTools protocol.
    const overlay = closedShadow(feige, 'huashu-inline');
    await expect.poll(() => overlay.count('.mark.block')).toBe(1);
    expect(await overlay.text('.mark.block')).toBe('二维码');
    const mark = (await overlay.box('.mark.block'))!;
    await feige.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
    await expect.poll(() => overlay.visible('.tip')).toBe(true);
    expect(await overlay.text('.tip')).toContain('「二维码」· 站外引流 · 拦截');
    expect(await overlay.text('.tip')).toContain('抖店飞鸽客服规范');
    await harness.screenshot(feige, 'platform-rules-feige-qr');
    await feige.close();
  });

  it('拼多多: the same sentence follows the general rules; general risks and 拼多多’s own rule are caught, listed 拦截 first', async () => {
    const pinduoduo = await harness.openWorkbench('pinduoduo/index.html?auto=0');
    await typeInto(pinduoduo, '#replyTextarea', QR_SENTENCE);
    const overlay = closedShadow(pinduoduo, 'huashu-inline');
    // Wait for the check to have run on the whole draft.
    await pinduoduo.waitForTimeout(400);
    expect(await overlay.count('.mark')).toBe(0);
    // Controls: general risks and 拼多多's own 服务态度 rule are caught, and the badge's list puts 拦截 before 提醒
    // although the draft has the 提醒 words first.
    await typeInto(pinduoduo, '#replyTextarea', '，全网最好的，不是说了吗，加我微信');
    await expect.poll(() => overlay.count('.mark')).toBe(3);
    expect(await overlay.text('.mark.block')).toContain('微信');
    await overlay.click('.badge');
    await expect.poll(() => overlay.count('.list .tip-head')).toBe(3);
    const heads = await overlay.texts('.list .tip-head');
    expect(heads).toEqual(['「加我微信」· 站外引流 · 拦截', '「最好」· 绝对化用语 · 提醒', '「不是说了吗」· 服务态度 · 提醒']);
    await harness.screenshot(pinduoduo, 'platform-rules-pinduoduo-general');
    await pinduoduo.close();
  });
});
