// The side panel with no workbench (agents on desktop clients): a phrase book that searches, browses and
// copies, and says why it cannot insert; once a workbench conversation is open, the usual suggestions return.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { measureTextContrast } from './contrast';
import { launch, type Harness } from './harness';

describe('phrase book without a workbench', () => {
  let harness: Harness;
  let panel: Page;

  beforeAll(async () => {
    harness = await launch();
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    panel = await harness.openPanel();
  });
  afterAll(async () => {
    await harness?.close();
  });

  const clipboard = () => panel.evaluate(() => navigator.clipboard.readText());

  it('says why it cannot insert, and searches the library by code, with copy', async () => {
    await expect.poll(() => panel.getByTestId('book-reason').textContent()).toContain('没有检测到打开的客服工作台，所以不能直接放进输入框');
    expect(await panel.getByTestId('replies').count()).toBe(0);
    await panel.getByTestId('search').fill('fh1');
    const results = panel.getByTestId('book-results').getByTestId('phrase');
    // Typed as the panel opens: answered once the library is indexed, each result with the flags the background's
    // checker found (its speed is the bench's to watch, `npm run bench -- panel`).
    await expect.poll(() => results.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // A phrase book has nothing to insert into: no Alt+N numbers.
    expect(await panel.getByTestId('book-results').locator('kbd').count()).toBe(0);
    const text = (await results.first().locator('.phrase-text').textContent())!;
    await panel.bringToFront();
    await panel.getByTestId('book-results').getByRole('button', { name: /^复制「/ }).first().click();
    await expect.poll(clipboard).toBe(text);
    expect(await panel.getByTestId('status').textContent()).toMatch(/^已复制「.+」，可在工作台里粘贴/);
    await harness.screenshot(panel, 'phrase-book-search');
    // Readable in both schemes, like every page of the extension (test/e2e/ui.test.ts).
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      const measured = await measureTextContrast(panel);
      expect(measured.length).toBeGreaterThan(10);
      expect(measured.filter((sample) => sample.ratio < 4.5)).toEqual([]);
    }
    await panel.emulateMedia({ colorScheme: 'light' });

    // Enter copies the first result, as it would insert it with a workbench open.
    await panel.evaluate(() => navigator.clipboard.writeText(''));
    await panel.getByTestId('search').fill('退款');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    const first = (await results.first().locator('.phrase-text').textContent())!;
    await panel.getByTestId('search').press('Enter');
    await expect.poll(clipboard).toBe(first);
  });

  it('browses by group and copies a phrase, naming the placeholders left to fill', async () => {
    await panel.getByTestId('search').fill('');
    const group = panel.getByTestId('phrase-book').locator('~ section').locator('details.phrase-group').first();
    await group.locator('summary').click();
    const item = group.locator('.browse-item').first();
    await item.click();
    const copied = await clipboard();
    expect(copied.length).toBeGreaterThan(0);
    const status = (await panel.getByTestId('status').textContent())!;
    expect(status).toMatch(/^已复制「.+」/);
    // Whatever the page would have filled ({买家昵称} …) stays in the copy, and the line names it.
    const missing = [...copied.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]);
    for (const name of missing) expect(status).toContain(`{${name}}`);
  });

  it('gives way to suggestions and insertion once a workbench conversation is open', async () => {
    const workbench = await harness.openWorkbench('pinduoduo/index.html?auto=0');
    await panel.reload();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent(), { timeout: 15_000 }).toBe('林小鹿');
    expect(await panel.getByTestId('phrase-book').count()).toBe(0);
    await expect.poll(() => panel.getByTestId('replies').getByTestId('phrase').count()).toBeGreaterThan(0);
    await workbench.close();
  });

  it('answers a code typed as a workbench panel opens, each result with its flags; none goes in before its flags', async () => {
    const workbench = await harness.openWorkbench('pinduoduo/index.html?auto=0');
    const opened = await harness.context.newPage();
    await opened.setViewportSize({ width: 400, height: 800 });
    // The background's answers about flags are held until the test lets them through: until then no result is offered.
    await opened.addInitScript(() => {
      const runtime = (globalThis as any).chrome.runtime;
      const send = runtime.sendMessage.bind(runtime);
      const held: (() => void)[] = [];
      (window as any).__flagsHeld = true;
      (window as any).__releaseFlags = () => {
        (window as any).__flagsHeld = false;
        for (const release of held.splice(0)) release();
      };
      runtime.sendMessage = (message: { type?: string }, ...rest: unknown[]) =>
        message?.type === 'flagPhrases' && (window as any).__flagsHeld
          ? new Promise((resolve) => held.push(() => resolve(send(message, ...rest))))
          : send(message, ...rest);
    });
    await opened.goto(`chrome-extension://${harness.extensionId}/sidepanel.html`);
    await opened.getByTestId('search').fill('yj8');
    const replies = opened.getByTestId('replies');
    await expect.poll(() => replies.textContent(), { timeout: 15_000 }).toContain('搜索结果');
    expect(await replies.textContent()).toContain('正在读取话术库');
    expect(await replies.getByTestId('phrase').count()).toBe(0);
    // Enter with nothing offered inserts nothing.
    await opened.getByTestId('search').press('Enter');
    expect(await opened.getByTestId('status').count()).toBe(0);

    await opened.evaluate(() => (window as any).__releaseFlags());
    const first = replies.getByTestId('phrase').first();
    await expect.poll(() => first.getAttribute('data-phrase-id')).not.toBeNull();
    // The background's flags for this platform: the phrase's risky words show before it can be picked.
    expect(await first.getByTestId('phrase-flag').textContent()).toContain('没办法');
    await opened.getByTestId('search').press('Enter');
    if (await opened.getByTestId('pick-warning').count()) await opened.getByRole('button', { name: '仍然插入' }).click();
    await expect.poll(() => opened.getByTestId('status').textContent()).toMatch(/^已放入 林小鹿 的输入框/);
    await opened.close();
    await workbench.close();
  });
});
