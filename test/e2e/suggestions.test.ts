// Suggestions that fit the situation, on the demo workbenches (issue 9): the 四件套 buyer never sees skincare
// steps, a 待发货 order never gets an 「已发出」 notice, 「快点啊」 after a logistics complaint keeps logistics
// replies on top, a contradicted phrase picked through search is questioned before it goes in, and what the
// agent inserted for a question lifts that phrase for a similar one (shown, and forgettable, in the options).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILTIN_PHRASES } from '../../utils/library/builtin';
import { pickWarning } from '../../utils/library/situation';
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

const shownIds = () => panel.getByTestId('phrase').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-phrase-id')!));
const reasons = () => panel.getByTestId('phrase-reason').allTextContents();
/** The pointer off the list, so it follows new messages (a list under the pointer holds still). */
const leaveList = () => panel.getByTestId('conversation').hover();
/** Built-in phrases the page would contradict for this product or order. */
const contradicted = (situation: { product?: { name: string }; order?: { status: string }; platform: string }) =>
  new Set(BUILTIN_PHRASES.filter((phrase) => pickWarning(phrase, { messages: [], ...situation }) !== null).map((phrase) => phrase.id));

/**
 * The ids listed once the panel shows the latest message: the background sends the list with the reading it
 * was made for, so the message on screen means its list is on screen too.
 */
async function listAfter(push: () => Promise<void>, text: string): Promise<string[]> {
  await push();
  await expect.poll(() => panel.getByTestId('latest-messages').textContent()).toContain(text);
  return shownIds();
}

describe('飞鸽: the 纯棉四件套 buyer', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.openWorkbench('feige/index.html');
    await panel.getByTestId('buyer-name').filter({ hasText: '晚风与猫' }).waitFor();
    await panel.getByTestId('phrase').first().waitFor();
  });
  afterAll(() => page.close());

  it('never sees skincare steps or any phrase written for another category, whatever they ask', async () => {
    const skincare = new Set(BUILTIN_PHRASES.filter((phrase) => phrase.categories.includes('美妆护肤')).map((phrase) => phrase.id));
    expect(skincare.size).toBeGreaterThan(2);
    const foreign = contradicted({ product: { name: '纯棉四件套 1.8米床 奶油格' }, platform: 'feige' });
    const seen: string[][] = [await shownIds()];
    for (const question of ['这个怎么用', '洗了会不会缩水', '用法是什么 要注意什么', '敏感肌能用吗']) {
      seen.push(await listAfter(() => page.evaluate((text) => (window as any).__demo.pushBuyerMessage('f1', text), question), question));
    }
    for (const ids of seen) {
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => skincare.has(id) || foreign.has(id))).toEqual([]);
    }
    // Every suggestion says why, in one short line.
    const lines = await reasons();
    expect(lines.length).toBe((await shownIds()).length);
    for (const line of lines) expect(line.length).toBeGreaterThan(3);
    await harness.screenshot(panel, 'suggestions-feige-reasons');
  });
});

describe('拼多多: the order card decides', () => {
  let page: Page;
  const push = (id: string, text: string) => listAfter(() => page.evaluate(([conversation, message]) => (window as any).__demo.pushBuyerMessage(conversation, message), [id, text] as const), text);
  const switchTo = async (id: string, name: string) => {
    await page.evaluate((conversation) => (window as any).__demo.switchTo(conversation), id);
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe(name);
  };
  beforeAll(async () => {
    page = await harness.openWorkbench('pinduoduo/index.html?auto=0');
    await panel.getByTestId('buyer-name').filter({ hasText: '林小鹿' }).waitFor();
    await panel.getByTestId('phrase').first().waitFor();
  });
  afterAll(() => page.close());

  it('a 待发货 order never gets an 「已发出」 notice in the list', async () => {
    const shipped = contradicted({ order: { status: '待发货' }, platform: 'pinduoduo' });
    expect(shipped.size).toBeGreaterThan(5);
    const lists = [await shownIds()];
    for (const question of ['发货了吗', '快递到哪了', '单号发我一下', '怎么还没发']) lists.push(await push('b1', question));
    for (const ids of lists) {
      expect(ids.filter((id) => shipped.has(id))).toEqual([]);
      const texts = await panel.getByTestId('phrase').locator('.phrase-text').allTextContents();
      for (const text of texts) expect(text).not.toMatch(/已(经)?发出|已经发货/);
    }
  });

  it('「快点啊」 after a logistics complaint keeps logistics replies on top', async () => {
    await switchTo('b5', '阿杰');
    await push('b5', '我的快递三天没动了');
    await leaveList();
    const chased = await push('b5', '快点啊');
    const first = BUILTIN_PHRASES.find((phrase) => phrase.id === chased[0]);
    expect(first?.intents.some((intent) => intent.startsWith('logistics.'))).toBe(true);
    // No order card shows an after-sale: the first reply is one for a parcel on its way (物流未更新), not
    // one for an exchange or reissue parcel (售后包裹慢了), which a 已发货 card would contradict.
    expect(contradicted({ order: { status: '已发货' }, platform: 'pinduoduo' }).has(chased[0]!), chased[0]).toBe(false);
    expect((await reasons())[0]).toContain('之前的问题');
    await harness.screenshot(panel, 'suggestions-chaser');
  });

  it('picking a phrase the page contradicts through search says why first; Esc keeps it out, 仍然插入 puts it in', async () => {
    await switchTo('b1', '林小鹿');
    const replyBox = page.locator('#replyTextarea');
    await replyBox.fill('');
    await panel.getByTestId('search').fill('gd5'); // 已发货无法改: 「订单已经发出…」
    const hit = panel.getByTestId('phrase').first();
    await expect.poll(() => hit.getAttribute('data-phrase-id')).toBe('change-05');
    expect(await hit.getByTestId('phrase-warning').textContent()).toContain('页面显示：待发货');
    await hit.click();
    const warning = panel.getByTestId('pick-warning');
    expect(await warning.getByTestId('warning-buyer').textContent()).toBe('林小鹿');
    expect(await warning.getByTestId('warning-text').textContent()).toBe('页面显示：待发货，这条话术说「已发货」');
    // The focus is on 取消: Enter or Esc keeps the wrong reply out.
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('取消');
    await harness.screenshot(panel, 'suggestions-pick-warning');
    await panel.keyboard.press('Escape');
    await expect.poll(() => warning.count()).toBe(0);
    expect(await replyBox.inputValue()).toBe('');

    // The same from the keyboard, confirmed: Enter picks the first result, Tab reaches 仍然插入.
    await panel.getByTestId('search').focus();
    await panel.keyboard.press('Enter');
    await warning.waitFor();
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('仍然插入');
    await panel.keyboard.press('Enter');
    await expect.poll(() => replyBox.inputValue()).toContain('订单已经发出');
    await replyBox.fill('');

    // Bound to the buyer: a switch closes it, nothing goes in.
    await panel.getByTestId('phrase').first().click();
    await warning.waitFor();
    await page.evaluate(() => (window as any).__demo.switchTo('b3'));
    await expect.poll(() => warning.count()).toBe(0);
    expect(await panel.getByTestId('status').textContent()).toContain('没有插入');
    expect(await replyBox.inputValue()).toBe('');
    await panel.getByTestId('search').fill('');
  });

  it('what the agent inserted for a question moves up for a similar one, and the options page shows and forgets it', async () => {
    await switchTo('b3', 'momo_2019');
    await leaveList();
    const before = await push('b3', '两件一起拍能不能少点钱');
    const picked = before[3]!;
    await harness.screenshot(panel, 'suggestions-before-learning');
    // The agent picks the fourth reply (filling any blank it asks for).
    await panel.getByTestId('phrase').nth(3).click();
    const prompt = panel.getByTestId('placeholder-prompt');
    if (await prompt.waitFor({ timeout: 1500 }).then(() => true, () => false)) {
      for (const input of await prompt.locator('input').all()) await input.fill('示例');
      await prompt.getByRole('button', { name: '插入' }).click();
    }
    await expect.poll(() => page.locator('#replyTextarea').inputValue()).not.toBe('');
    await page.locator('#replyTextarea').fill('');
    await leaveList();
    const after = await push('b3', '两件一起买能少点钱吗');
    expect(after.indexOf(picked)).toBeGreaterThanOrEqual(0);
    expect(after.indexOf(picked)).toBeLessThan(3);
    const reason = await panel.locator(`[data-phrase-id="${picked}"] [data-testid="phrase-reason"]`).textContent();
    expect(reason).toContain('您选过');
    await harness.screenshot(panel, 'suggestions-learned');

    // A search pick the suggestions did not offer is kept as 未识别问法.
    await leaveList();
    const offered = await push('b3', '能开增值税专用发票吗 公司要');
    await panel.getByTestId('search').fill('发票');
    await expect.poll(() => panel.getByTestId('replies').locator('h2').textContent()).toContain('搜索结果');
    const results = await shownIds();
    const searched = results.find((id) => !offered.includes(id))!;
    expect(searched).toBeTruthy();
    await panel.locator(`[data-phrase-id="${searched}"]`).click();
    const form = panel.getByTestId('placeholder-prompt');
    if (await form.waitFor({ timeout: 1500 }).then(() => true, () => false)) {
      for (const input of await form.locator('input').all()) await input.fill('示例');
      await form.getByRole('button', { name: '插入' }).click();
    }
    await expect.poll(() => page.locator('#replyTextarea').inputValue()).not.toBe('');
    await panel.getByTestId('search').fill('');

    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html#learning`);
    const learned = options.getByTestId('learned-records').getByTestId('learned-item');
    await expect.poll(() => learned.count()).toBeGreaterThanOrEqual(2);
    expect((await learned.allTextContents()).join('\n')).toContain('两件一起拍能不能少点钱');
    const unrecognised = options.getByTestId('learned-unrecognised').getByTestId('learned-item');
    // This one, and the contradicted phrase confirmed for 林小鹿 above (search picks the list did not offer).
    await expect.poll(() => unrecognised.count()).toBe(2);
    const kept = (await unrecognised.allTextContents()).join('\n');
    expect(kept).toContain(`「能开增值税专用发票吗 公司要」→ ${BUILTIN_PHRASES.find((phrase) => phrase.id === searched)!.title}`);
    expect(kept).toContain('→ 已发货无法改');
    await harness.screenshot(options, 'options-learning');

    // Forgetting: the list empties, and the panel's next list is what an unlearned machine shows.
    options.once('dialog', (dialog) => void dialog.accept());
    await options.getByTestId('learned-clear').click();
    await expect.poll(() => options.getByTestId('learned-records').count()).toBe(0);
    await options.close();
    await leaveList();
    const forgotten = await push('b3', '两件一起买能少点钱吗？');
    const reasonsNow = await reasons();
    expect(reasonsNow.some((line) => line.includes('您选过'))).toBe(false);
    expect(forgotten.length).toBeGreaterThan(0);
  });
});
