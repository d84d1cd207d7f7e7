// Wrong-reply traps a hurried agent falls into in the side panel, each reproduced and shown closed:
// what Enter or a click inserts is what is on screen, the placeholder form says whose reply it is and
// goes when the conversation does, the list holds still under the pointer for every pick (and only when
// the pointer was brought there), and status lines do not outlive the draft or conversation they describe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadow } from './closed-shadow';
import { launch, type Harness } from './harness';

describe('wrong-reply traps in the side panel', () => {
  let harness: Harness;
  let workbench: Page;
  let panel: Page;
  const replyBox = () => workbench.locator('#replyTextarea');
  const phrases = () => panel.getByTestId('phrase');
  const shownIds = () => phrases().evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-phrase-id')));
  /** The agent's hand comes to rest on the list (moving onto it, as a real pointer does). */
  const restOnList = async () => {
    await panel.getByTestId('conversation').hover();
    await panel.getByTestId('replies').hover();
  };
  /** A new message from 林小鹿, once the panel shows it. */
  const pushBuyer = async (text: string) => {
    await workbench.evaluate((message) => (window as any).__demo.pushBuyerMessage('b1', message), text);
    await expect.poll(() => panel.getByTestId('latest-messages').textContent()).toContain(text);
  };
  const switchTo = (id: string) => workbench.evaluate((conversation) => (window as any).__demo.switchTo(conversation), id);

  beforeAll(async () => {
    harness = await launch();
    ({ workbench, panel } = await harness.openDemo());
    await harness.editSettings(async (options) => {
      await options.getByLabel('客服昵称').fill('小满');
      await options.getByLabel('店铺名').fill('小满家居');
    });
    await panel.reload();
    await panel.getByTestId('buyer-name').filter({ hasText: '林小鹿' }).waitFor();
    await panel.getByTestId('phrase').first().waitFor();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('9: a search typed while the pointer rests on the suggestions shows its results, and Enter inserts the first one shown', async () => {
    await restOnList();
    const suggested = await shownIds();
    await panel.keyboard.press('/');
    await panel.keyboard.type('zj4');
    await expect.poll(() => panel.getByTestId('replies').locator('h2').textContent()).toContain('搜索结果');
    await expect.poll(() => shownIds()).not.toEqual(suggested);
    const first = (await phrases().first().locator('.phrase-text').textContent())!;
    expect(first).toMatch(/^谢谢林小鹿的支持！/);
    await harness.screenshot(panel, 'traps-search-under-pointer');
    await panel.keyboard.press('Enter');
    await expect.poll(() => replyBox().inputValue()).toBe(first);
    await replyBox().fill('');
  });

  it('10: the placeholder form names the buyer and closes when the conversation changes, keeping what was typed', async () => {
    await panel.getByTestId('search').fill('ye1'); // 夜间自动回复: …客服{客服时间}上线后…
    await phrases().first().click();
    const form = panel.getByTestId('placeholder-prompt');
    expect(await form.getByTestId('prompt-buyer').textContent()).toBe('林小鹿');
    await form.getByLabel('客服时间').fill('早上9点');
    await harness.screenshot(panel, 'traps-form-names-buyer');

    await switchTo('b3');
    await expect.poll(() => form.count()).toBe(0);
    const notice = (await panel.getByTestId('status').textContent())!;
    expect(notice).toContain('会话已切换到 momo_2019');
    expect(notice).toContain('给 林小鹿 的「');
    expect(await replyBox().inputValue()).toBe('');

    await switchTo('b1');
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('林小鹿');
    await phrases().first().click();
    expect(await form.getByLabel('客服时间').inputValue()).toBe('早上9点');
    await form.getByRole('button', { name: '插入' }).click();
    await expect.poll(() => replyBox().inputValue()).toContain('客服早上9点在线');
    await replyBox().fill('');
  });

  it('10: Alt+N in the page that opens a form says so beside the reply box, and the panel drops the old 已放入 line', async () => {
    await panel.getByTestId('search').fill('zj4');
    await phrases().first().click();
    await expect.poll(() => panel.getByTestId('status').textContent()).toContain('已放入 林小鹿 的输入框');

    await panel.getByTestId('search').fill('ye1');
    await workbench.bringToFront();
    await replyBox().focus();
    await workbench.keyboard.press('Alt+1');
    await expect.poll(() => panel.getByTestId('placeholder-prompt').count()).toBe(1);
    expect(await panel.getByTestId('status').count()).toBe(0);
    await expect.poll(() => closedShadow(workbench, 'huashu-notice').text('.note')).toBe('请在话术助手侧边栏填写：客服时间');
    await panel.bringToFront();
    await panel.getByTestId('placeholder-prompt').getByRole('button', { name: '取消' }).click();
    await replyBox().fill('');
  });

  it('11: the list holds still under the pointer for every pick, not just the first', async () => {
    await panel.getByTestId('search').fill('');
    await panel.getByTestId('phrase').first().waitFor();
    await restOnList();
    const held = await shownIds();
    const ready = phrases().filter({ hasNotText: '插入前需填写' });

    // Pick, then the buyer writes something that would reorder the list: twice.
    for (const message of ['能开发票吗 公司报销', '发票抬头写公司名']) {
      await replyBox().fill('');
      await ready.first().click();
      await expect.poll(() => replyBox().inputValue()).not.toBe('');
      await pushBuyer(message);
      await panel.waitForTimeout(400);
      expect(await shownIds()).toEqual(held);
    }

    // Once the hand leaves, the list shows the replies for what the buyer asks now.
    await panel.getByTestId('conversation').hover();
    await expect.poll(() => shownIds()).not.toEqual(held);
    await replyBox().fill('');
  });

  it('11: a list that slides under a resting pointer (a form closing above it) is not frozen', async () => {
    await panel.getByTestId('search').fill('ye1');
    await phrases().first().click();
    const form = panel.getByTestId('placeholder-prompt');
    await form.getByLabel('客服时间').fill('早上9点');
    // Back to the suggestions below the open form, then 插入 with the mouse.
    await panel.getByTestId('search').fill('');
    const insert = (await form.getByRole('button', { name: '插入' }).boundingBox())!;
    const at = { x: insert.x + insert.width / 2, y: insert.y + insert.height / 2 };
    await panel.mouse.click(at.x, at.y);
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => replyBox().inputValue()).toContain('客服早上9点在线');
    // The list now lies under the resting pointer; the browser refreshes hover with a move that goes nowhere.
    expect(await panel.evaluate(({ x, y }) => document.querySelector('[data-testid="replies"]')!.contains(document.elementFromPoint(x, y)), at)).toBe(true);
    await panel.mouse.move(at.x, at.y);
    const before = await shownIds();
    await pushBuyer('不想要了 能退货吗');
    await expect.poll(() => shownIds()).not.toEqual(before);
    await harness.screenshot(panel, 'traps-no-freeze-after-form');

    // Moving the hand onto the list holds it again.
    await panel.mouse.move(at.x + 20, at.y + 4);
    const held = await shownIds();
    await pushBuyer('顺便问下有没有赠品');
    await panel.waitForTimeout(400);
    expect(await shownIds()).toEqual(held);
    await panel.getByTestId('conversation').hover();
    await replyBox().fill('');
  });

  it('11: 「已放入…」 goes when the draft changes or the conversation does', async () => {
    await panel.getByTestId('search').fill('zj4');
    await phrases().first().click();
    await expect.poll(() => panel.getByTestId('status').textContent()).toContain('已放入 林小鹿 的输入框');
    await panel.waitForTimeout(400); // the page's own check of the new draft arrives and keeps the line
    expect(await panel.getByTestId('status').count()).toBe(1);

    await replyBox().press('End');
    await replyBox().pressSequentially('好的');
    await expect.poll(() => panel.getByTestId('status').count()).toBe(0);

    await phrases().first().click();
    await expect.poll(() => panel.getByTestId('status').textContent()).toContain('已放入 林小鹿 的输入框');
    await switchTo('b4');
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('陈先生');
    await expect.poll(() => panel.getByTestId('status').count()).toBe(0);
  });
});
