// Buyer names, messages and product titles are hostile input: nothing they carry may run, in the
// panel or in the page, and the text must still show as written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

const PAYLOADS = [
  '<script>window.__pwned="script"</script>',
  '<img src=x onerror="window.__pwned=\'img\'">',
  'javascript:window.__pwned="url"',
  '<svg/onload=window.__pwned="svg"><circle r=5></circle></svg>',
  '"><iframe src="javascript:window.parent.__pwned=\'iframe\'"></iframe>',
  '<a href="javascript:window.__pwned=\'link\'">点这里领券</a>',
  '<b><i>没闭合的标签 <div onclick=window.__pwned="div"',
  '{{constructor.constructor("window.__pwned=\'template\'")()}}',
];

describe('hostile text from the page', () => {
  let harness: Harness;
  let workbench: Page;
  let panel: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    harness = await launch();
    ({ workbench, panel } = await harness.openDemo());
    for (const page of [workbench, panel]) page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
  });
  afterAll(async () => {
    await harness?.close();
  });

  it.each(PAYLOADS.map((payload, index) => [index, payload] as const))('payload %i runs nowhere and shows as text', async (index, payload) => {
    const id = `x${index}`;
    await workbench.evaluate(
      ({ id, payload }) =>
        (window as any).__demo.addConversation({
          id,
          uid: `90${id}`,
          name: payload,
          messages: [['card', ''], ['buyer', payload]],
          product: { name: payload, price: '¥1.00', id: '1' },
        }),
      { id, payload },
    );
    await workbench.evaluate((id) => (window as any).__demo.switchTo(id), id);

    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe(payload);
    expect(await panel.getByTestId('latest-messages').textContent()).toContain(payload);
    expect(await panel.getByTestId('product').textContent()).toContain(payload);
    // A reply naming the buyer carries the name into the page as plain text.
    await panel.getByTestId('conversation').hover();
    await panel.getByTestId('search').fill('zj4'); // 谢谢{买家昵称}的支持！…
    await panel.getByTestId('phrase').first().click();
    await expect.poll(() => workbench.locator('#replyTextarea').inputValue()).toContain(payload);

    expect(await panel.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(await workbench.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(await panel.locator('#app').locator('script, iframe, svg, img, [onerror], [onclick], a[href^="javascript"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
