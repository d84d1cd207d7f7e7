// How the side panel and the options page read: text size, dark mode following the system, contrast of
// every piece of text in both schemes, a keyboard focus ring unlike hover, and a library list that pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contrastRatio, luminance, measureTextContrast, parseColor } from './contrast';
import { launch, type Harness } from './harness';

/** One element of every colour variant the pages use, so variants the current state does not show are measured too. */
const SWATCH = `
  <span class="hs-badge">neutral 徽标</span><span class="hs-badge ok">ok 正常</span><span class="hs-badge warn">warn 提醒</span>
  <span class="hs-badge block">block 拦截</span><span class="hs-badge source-personal">个人</span><span class="hs-badge source-team">团队</span>
  <p class="hs-status ok">ok 已保存</p><p class="hs-status error">error 失败</p><p class="hs-status warn">warn 提醒</p><p class="hs-muted">muted 说明文字</p>
  <button type="button" class="link-button">link 链接按钮</button><kbd class="phrase-key">Alt+1</kbd>
  <ul class="latest-messages"><li><span class="hs-muted time">12:00</span><mark>高亮</mark></li></ul>
  <ul class="lint-problems"><li class="error">lint error</li><li class="warn">lint warn</li></ul>
  <span class="phrase-why phrase-reason"><span class="hs-badge warn phrase-guess">猜测</span>reason 推荐理由</span>
  <span class="phrase-why phrase-warning">可能不对：页面显示</span>
  <section class="pick-warning"><p class="warning-text">页面显示：待发货</p></section>`;

async function addSwatch(page: Page, container: string): Promise<void> {
  await page.locator(container).first().evaluate((element, html) => {
    const swatch = document.createElement('section');
    swatch.className = 'hs-card ui-swatch';
    swatch.innerHTML = html;
    element.append(swatch);
  }, SWATCH);
}

async function fontSize(page: Page, selector: string): Promise<number> {
  return parseFloat(await page.locator(selector).first().evaluate((element) => getComputedStyle(element).fontSize));
}

/** Every visible text on the page at ≥ 4.5:1; returns how many texts were measured. */
async function expectReadable(page: Page, label: string): Promise<number> {
  const measured = await measureTextContrast(page);
  const failing = measured.filter((sample) => sample.ratio < 4.5);
  expect(failing, `${label}: text below 4.5:1`).toEqual([]);
  const lowest = Math.min(...measured.map((sample) => sample.ratio));
  console.log(`${label}: ${measured.length} texts, lowest contrast ${lowest.toFixed(2)}:1`);
  return measured.length;
}

describe('legible, calm pages', () => {
  let harness: Harness;
  let panel: Page;
  let options: Page;

  beforeAll(async () => {
    harness = await launch();
    ({ panel } = await harness.openDemo());
    await panel.getByTestId('buyer-name').waitFor();
    await panel.getByTestId('phrase').first().waitFor();
    options = await harness.context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${harness.extensionId}/options.html#library`);
    await options.getByTestId('library-editor').getByText(/^共 \d+ 条/).waitFor();
  });

  /** The options page shows one section at a time: every section, from its nav link, is measured; the library last. */
  const expectOptionsReadable = async (label: string) => {
    const ids = await options.locator('.options-nav a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash.slice(1)));
    expect(ids.length).toBeGreaterThanOrEqual(5);
    let measured = 0;
    for (const id of [...ids.filter((other) => other !== 'library'), 'library']) {
      await options.evaluate((hash) => (location.hash = hash), id);
      await options.locator(`#${id}.options-section`).waitFor();
      if (id === 'library') {
        await options.getByTestId('library-editor').getByText(/^共 \d+ 条/).waitFor();
        await addSwatch(options, '[data-testid="library-editor"]');
      }
      measured += await expectReadable(options, `${label} #${id}`);
    }
    expect(measured).toBeGreaterThan(20);
  };
  afterAll(async () => {
    await harness?.close();
  });

  it('the contrast helper follows the WCAG definition', () => {
    expect(contrastRatio(parseColor('rgb(0, 0, 0)'), parseColor('rgb(255, 255, 255)'))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseColor('rgb(118, 118, 118)'), parseColor('rgb(255, 255, 255)'))).toBeCloseTo(4.54, 2);
  });

  it('the manifest icons are the rendered PNGs, and the options header shows the same mark', async () => {
    const sizes = await options.evaluate(async () => {
      const { icons } = (await (await fetch('/manifest.json')).json()) as { icons: Record<string, string> };
      return Promise.all(
        Object.entries(icons).map(async ([size, file]) => {
          const bitmap = await createImageBitmap(await (await fetch(`/${file}`)).blob());
          return [Number(size), bitmap.width];
        }),
      );
    });
    expect(sizes).toEqual([[16, 16], [32, 32], [48, 48], [128, 128]]);
    const header = options.locator('.options-header h1 img');
    expect(await header.evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth, img.width])).toEqual([true, 128, 32]);
  });

  it('body text is 14 px in the panel and the options page; a reply is not smaller than its reason line', async () => {
    for (const page of [panel, options]) {
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
      expect(await fontSize(page, 'input')).toBeGreaterThanOrEqual(13);
    }
    expect(await fontSize(panel, '.phrase-text')).toBe(14);
    // Every suggestion says why, in one compact line under it.
    const why = panel.getByTestId('phrase').locator('.phrase-why').first();
    expect(await why.getAttribute('data-testid')).toBe('phrase-reason');
    expect((await why.textContent())!.length).toBeGreaterThan(3);
    expect(await panel.getByTestId('phrase-reason').count()).toBe(await panel.getByTestId('phrase').count());
    expect(await fontSize(panel, '.phrase-text')).toBeGreaterThanOrEqual(parseFloat(await why.evaluate((e) => getComputedStyle(e).fontSize)));
    // Nothing on either page is set below 12 px.
    for (const page of [panel, options]) {
      const smallest = await page.evaluate(() =>
        Math.min(...[...document.querySelectorAll('body *')].filter((e) => e.checkVisibility()).map((e) => parseFloat(getComputedStyle(e).fontSize))),
      );
      expect(smallest).toBeGreaterThanOrEqual(12);
    }
  });

  it('every text in the light scheme has at least 4.5:1 contrast', async () => {
    await addSwatch(panel, 'main.panel');
    expect(await expectReadable(panel, 'panel light')).toBeGreaterThan(20);
    await expectOptionsReadable('options light');
  });

  it('keyboard focus shows a ring that hover does not', async () => {
    const phrases = panel.getByTestId('phrase');
    await phrases.nth(1).hover();
    const hovered = await phrases.nth(1).evaluate((e) => {
      const style = getComputedStyle(e);
      return { outline: style.outlineStyle, background: style.backgroundColor };
    });
    expect(hovered.outline).toBe('none');
    await panel.getByTestId('search').focus();
    await panel.keyboard.press('Tab'); // from the search box to the first reply
    const focused = await phrases.first().evaluate((e) => {
      const style = getComputedStyle(e);
      return { active: document.activeElement === e, outline: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor };
    });
    expect(focused).toMatchObject({ active: true, outline: 'solid', width: '2px' });
    // The ring colour is not the hover tint, and stands out 3:1 against the panel.
    expect(focused.color).not.toBe(hovered.background);
    const panelBackground = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(contrastRatio(parseColor(focused.color), parseColor(panelBackground))).toBeGreaterThanOrEqual(3);
    await panel.mouse.move(0, 0);
    await harness.screenshot(panel, 'ui-panel-focus');
  });

  it('follows the system dark mode, still readable everywhere', async () => {
    for (const page of [panel, options]) await page.emulateMedia({ colorScheme: 'dark' });
    const background = parseColor(await panel.evaluate(() => getComputedStyle(document.body).backgroundColor));
    const text = parseColor(await panel.evaluate(() => getComputedStyle(document.body).color));
    expect(luminance(background)).toBeLessThan(0.05);
    expect(luminance(text)).toBeGreaterThan(0.6);
    const card = parseColor(await panel.locator('.hs-card').first().evaluate((e) => getComputedStyle(e).backgroundColor));
    expect(luminance(card)).toBeLessThan(0.05);
    expect(await expectReadable(panel, 'panel dark')).toBeGreaterThan(20);
    await expectOptionsReadable('options dark');
  });

  it('looks calm at 400 and 320 px, light and dark (screenshots)', async () => {
    await panel.evaluate(() => document.querySelectorAll('.ui-swatch').forEach((e) => e.remove()));
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      for (const width of [400, 320]) {
        await panel.setViewportSize({ width, height: 800 });
        // No sideways scrolling at the narrowest panel width.
        expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await harness.screenshot(panel, `ui-panel-${width}-${scheme}`);
      }
    }
    await options.evaluate(() => document.querySelectorAll('.ui-swatch').forEach((e) => e.remove()));
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.getByTestId('library-editor').scrollIntoViewIfNeeded();
      await harness.screenshot(options, `ui-options-library-${scheme}`);
    }
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('the options library shows one page of 20 at a time, and pages through all of them', async () => {
    const editor = options.getByTestId('library-editor');
    const rows = editor.getByTestId('library-phrase');
    const total = Number((await editor.getByText(/^共 \d+ 条/).textContent())!.match(/^共 (\d+) 条/)![1]);
    expect(total).toBeGreaterThan(300);
    const pages = Math.ceil(total / 20);
    expect(await rows.count()).toBe(20);
    const page = editor.getByTestId('library-page');
    expect(await page.textContent()).toBe(`第 1 / ${pages} 页 · 第 1–20 条，共 ${total} 条`);
    // The options page (one section at a time), library included, fits in a few screens instead of 15,000 px.
    const height = await options.evaluate(() => document.documentElement.scrollHeight);
    console.log(`options page height: ${height}px`);
    expect(height).toBeLessThan(6000);
    expect((await editor.boundingBox())!.height).toBeLessThan(2200);

    const firstPage = await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-phrase-id')));
    await editor.getByRole('button', { name: '下一页' }).click();
    expect(await page.textContent()).toBe(`第 2 / ${pages} 页 · 第 21–40 条，共 ${total} 条`);
    const secondPage = await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-phrase-id')));
    expect(secondPage).toHaveLength(20);
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);

    // Every phrase is reachable: walking the pages visits each id once.
    const seen = new Set([...firstPage, ...secondPage]);
    for (let n = 3; n <= pages; n++) {
      await editor.getByRole('button', { name: '下一页' }).click();
      for (const id of await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-phrase-id')))) seen.add(id);
    }
    expect(seen.size).toBe(total);
    expect(await editor.getByRole('button', { name: '下一页' }).isDisabled()).toBe(true);
    expect(await page.textContent()).toBe(`第 ${pages} / ${pages} 页 · 第 ${(pages - 1) * 20 + 1}–${total} 条，共 ${total} 条`);

    // Filtering starts again at page 1.
    await editor.getByLabel('来源').selectOption('builtin');
    expect(await page.textContent()).toMatch(/^第 1 \/ \d+ 页 · 第 1–20 条，共 \d+ 条$/);
    await editor.getByLabel('筛选话术').fill('发货');
    expect(await page.textContent()).toMatch(/^第 1 \/ \d+ 页/);
    await editor.getByLabel('筛选话术').fill('');
    await editor.getByLabel('来源').selectOption('all');
  });
});
