// Several shops: an agent keeps a profile per shop in the options page; the panel uses the one whose shop
// the workbench shows (the 拼多多 demo's top bar), names it, and fills {店铺名} from it; or the one chosen by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { measureTextContrast } from './contrast';
import { launch, type Harness } from './harness';

describe('shop profiles chosen by the shop the workbench shows', () => {
  let harness: Harness;
  let workbench: Page;
  let panel: Page;

  beforeAll(async () => {
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** hy2: 您好，{店铺名}客服{客服昵称}为您服务… */
  const greeting = async () => {
    await panel.getByTestId('search').fill('hy2');
    const phrase = panel.getByTestId('replies').getByTestId('phrase').first();
    await phrase.waitFor();
    return phrase.locator('.phrase-text');
  };

  it('keeps a default profile and one per shop, each with its 店铺名 and the shop names that choose it', async () => {
    await harness.editSettings(async (options) => {
      await options.getByLabel('客服昵称').fill('小王');
      await options.getByLabel('店铺名').fill('默认店铺');
      const profiles = options.getByTestId('shop-profiles');
      for (const [name, match, shopName] of [
        ['小满家居', '小满家居旗舰店', '小满家居'],
        ['青禾茶舍', '青禾茶舍', '青禾茶舍官方店'],
      ]) {
        await profiles.getByTestId('profile-add').click();
        await profiles.getByLabel('配置名称').fill(name!);
        await profiles.getByTestId('profile-match').fill(match!);
        await profiles.getByLabel('店铺名').fill(shopName!);
      }
      await profiles.getByTestId('shop-placeholders').getByLabel('{发货时间}').fill('现泡现发，当天寄出');
      await profiles.scrollIntoViewIfNeeded();
      await harness.screenshot(options, 'shop-profiles-options');
    });
  });

  it('uses the profile of the shop the page shows, names it, and fills {店铺名} from it', async () => {
    workbench = await harness.openWorkbench('pinduoduo/index.html?auto=0');
    panel = await harness.openPanel();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('林小鹿');
    await expect.poll(() => panel.getByTestId('profile-name').textContent()).toBe('小满家居');
    expect(await panel.getByTestId('profile-reason').textContent()).toBe('（工作台显示「小满家居旗舰店」）');
    expect(await (await greeting()).textContent()).toBe('您好，小满家居客服小王为您服务，请问有什么可以帮您？');
    await harness.screenshot(panel, 'shop-profiles-panel');
    expect((await measureTextContrast(panel)).filter((sample) => sample.ratio < 4.5)).toEqual([]);
  });

  it('switches when the workbench shows another shop', async () => {
    await workbench.evaluate(() => (window as any).__demo.setShop('青禾茶舍'));
    await expect.poll(() => panel.getByTestId('profile-name').textContent()).toBe('青禾茶舍');
    await expect.poll(async () => (await greeting()).textContent()).toBe('您好，青禾茶舍官方店客服小王为您服务，请问有什么可以帮您？');
    // Its own 店铺常用信息: {发货时间} in the shipping reply is this shop's.
    await panel.getByTestId('search').fill('fh1');
    await expect.poll(() => panel.getByTestId('replies').getByTestId('phrase').first().locator('.phrase-text').textContent()).toContain('现泡现发，当天寄出');

    await workbench.evaluate(() => (window as any).__demo.setShop('没有配置的店'));
    await expect.poll(() => panel.getByTestId('profile-name').textContent()).toBe('默认');
    expect(await panel.getByTestId('profile-reason').textContent()).toBe('（工作台显示「没有配置的店」，没有对应的店铺配置）');
    await expect.poll(async () => (await greeting()).textContent()).toBe('您好，默认店铺客服小王为您服务，请问有什么可以帮您？');
  });

  it('takes a profile chosen by hand until the agent goes back to automatic', async () => {
    await panel.getByLabel('店铺配置').selectOption({ label: '小满家居' });
    await expect.poll(() => panel.getByTestId('profile-name').textContent()).toBe('小满家居');
    expect(await panel.getByTestId('profile-reason').textContent()).toBe('（手动选择）');
    await expect.poll(async () => (await greeting()).textContent()).toBe('您好，小满家居客服小王为您服务，请问有什么可以帮您？');
    // The choice is kept by the background: a reloaded panel still uses it.
    await panel.reload();
    await expect.poll(() => panel.getByTestId('profile-name').textContent()).toBe('小满家居');

    await panel.getByLabel('店铺配置').selectOption('auto');
    await workbench.evaluate(() => (window as any).__demo.setShop('青禾茶舍'));
    await expect.poll(() => panel.getByTestId('profile-name').textContent()).toBe('青禾茶舍');
  });
});
