// What a store listing and a reviewer see: the privacy policy inside the extension (the same text as PRIVACY.md),
// the localized name, and the 1280×800 store screenshots written to .output/store/ (npm run store:screenshots).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadow } from './closed-shadow';
import { launch, type Harness } from './harness';

const STORE_DIR = path.resolve('.output/store');
const WIDTH = 1280;
const HEIGHT = 800;
const PANEL_WIDTH = 400;

describe('store listing material', () => {
  let harness: Harness;
  let workbench: Page;
  let panel: Page;

  /** The workbench and the panel side by side, as an agent sees them, in one 1280×800 PNG. */
  const shootSideBySide = async (name: string) => {
    const left = await workbench.screenshot();
    const right = await panel.screenshot();
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    await page.setContent(
      `<body style="margin:0;display:flex;background:#888">` +
        `<img src="data:image/png;base64,${left.toString('base64')}" width="${WIDTH - PANEL_WIDTH - 1}" height="${HEIGHT}">` +
        `<div style="width:1px"></div>` +
        `<img src="data:image/png;base64,${right.toString('base64')}" width="${PANEL_WIDTH}" height="${HEIGHT}"></body>`,
    );
    await page.screenshot({ path: path.join(STORE_DIR, name) });
    await page.close();
  };

  beforeAll(async () => {
    mkdirSync(STORE_DIR, { recursive: true });
    harness = await launch();
    ({ workbench, panel } = await harness.openDemo());
    await workbench.setViewportSize({ width: WIDTH - PANEL_WIDTH - 1, height: HEIGHT });
    await panel.setViewportSize({ width: PANEL_WIDTH, height: HEIGHT });
    await panel.getByTestId('phrase').first().waitFor();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('the options page links to the privacy policy, which shows PRIVACY.md', async () => {
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    const [privacy] = await Promise.all([harness.context.waitForEvent('page'), options.getByTestId('privacy-link').click()]);
    await privacy.getByTestId('privacy').locator('h1').waitFor();
    expect(privacy.url()).toBe(`chrome-extension://${harness.extensionId}/privacy.html`);
    const markdown = readFileSync('PRIVACY.md', 'utf8');
    const headings = [...markdown.matchAll(/^#{1,2} (.+)$/gm)].map((match) => match[1]!.trim());
    expect(headings.length).toBeGreaterThanOrEqual(6);
    expect(await privacy.locator('h1, h2').allTextContents()).toEqual(headings);
    // The storage table and the promise about what is sent come through as text, not markup.
    expect(await privacy.locator('table').count()).toBe(2);
    expect(await privacy.getByTestId('privacy').textContent()).toContain('从不上传');
    expect(await privacy.getByTestId('privacy').locator('script, [onerror], [onclick]').count()).toBe(0);
    await harness.screenshot(privacy, 'store-privacy-page');
    await privacy.close();
    await options.close();
  });

  it('the name comes from _locales in the browser language (zh_CN by default)', async () => {
    const names = await panel.evaluate(() => {
      const { i18n } = (globalThis as unknown as { chrome: { i18n: { getMessage(name: string): string; getUILanguage(): string } } }).chrome;
      return { name: i18n.getMessage('name'), description: i18n.getMessage('description'), ui: i18n.getUILanguage() };
    });
    const messages = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
    const expected = names.ui.startsWith('zh') ? messages('zh_CN') : messages('en');
    expect(names).toMatchObject({ name: expected.name.message, description: expected.description.message });
  });

  it('writes 1280×800 store screenshots of the real extension', async () => {
    // 1: suggestions for the buyer's question, matched words highlighted.
    await shootSideBySide('1-suggestions.png');

    // 2: risky words underlined while typing, the reasons listed in the panel.
    const textarea = workbench.locator('#replyTextarea');
    await textarea.click();
    await textarea.pressSequentially('亲，这款是全网最好的，加我微信发你优惠券');
    // The overlay lives in a closed shadow root: only the DevTools protocol can look inside.
    await expect.poll(() => closedShadow(workbench, 'huashu-inline').count('.mark.block'), { timeout: 10_000 }).toBeGreaterThan(0);
    await panel.getByTestId('draft-findings').waitFor();
    await shootSideBySide('2-compliance.png');
    await textarea.fill('');

    // 3: the phrase library on the options page.
    const options = await harness.context.newPage();
    await options.setViewportSize({ width: WIDTH, height: HEIGHT });
    await options.goto(`chrome-extension://${harness.extensionId}/options.html#library`);
    await options.getByTestId('library-editor').getByText(/^共 \d+ 条/).waitFor();
    await options.getByTestId('library-editor').evaluate((element) => element.scrollIntoView());
    await options.screenshot({ path: path.join(STORE_DIR, '3-library.png') });
    await options.close();

    // 4: the panel follows the system's dark mode.
    await panel.emulateMedia({ colorScheme: 'dark' });
    await shootSideBySide('4-dark.png');
    await panel.emulateMedia({ colorScheme: 'light' });

    for (const name of ['1-suggestions.png', '2-compliance.png', '3-library.png', '4-dark.png']) {
      const png = readFileSync(path.join(STORE_DIR, name));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([WIDTH, HEIGHT]);
    }
  });
});
