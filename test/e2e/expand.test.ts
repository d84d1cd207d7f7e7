// 快捷编码 in the workbench's reply box: `/code` then Space or Tab becomes the phrase, a list of matches follows
// the typing (↑↓, Enter, Esc), blanks the page cannot fill are asked for in the side panel and inserted for the
// same buyer. Never inside a URL, never from a page's forged key, never while an input method composes, and not
// at all when switched off. Every workbench fixture runs the same cases: another editor is one more entry in
// FIXTURES.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILTIN_PHRASES } from '../../utils/library/builtin/index';
import { fillPlaceholders } from '../../utils/library/placeholders';
import { closedShadow } from './closed-shadow';
import { launch, type Harness } from './harness';
import { textRect } from './text-rect';

interface Fixture {
  name: string;
  path: string;
  /** The reply box. */
  box: string;
  buyer: string;
  /** Its conversation's id (__demo.switchTo). */
  home: string;
  /** Another conversation on the same page (__demo.switchTo). */
  other: { id: string; buyer: string };
  /**
   * A framework editor: the page's model (read by __demo.draft) takes the edit from its own DOM observer, after the
   * input event, so the page's input listener still saw the old text; the model is what the page sends from.
   */
  framework?: true;
  /** A textarea: its text is laid out inside the field, out of the page DOM's reach. */
  textarea?: true;
  /** The box runs past the window's bottom edge: even a one-row list has no room below the code. */
  pastWindowBottom?: true;
}

const FIXTURES: Fixture[] = [
  { name: '拼多多 (textarea)', path: 'pinduoduo/index.html?auto=0', box: 'textarea#replyTextarea', buyer: '林小鹿', home: 'b1', other: { id: 'b2', buyer: '周周爱吃橙' }, textarea: true },
  { name: '抖店飞鸽 (textarea, hashed classes)', path: 'feige/index.html', box: '[data-qa-id="qa-send-message-textarea"]', buyer: '晚风与猫', home: 'f1', other: { id: 'f3', buyer: 'K先生' }, textarea: true },
  { name: '京东咚咚 (contenteditable)', path: 'jd/index.html', box: '.EditorContent[contenteditable=true]', buyer: '山野小麦', home: 'j1', other: { id: 'j2', buyer: '老周的书房' } },
  { name: '京东咚咚 with a Quill editor', path: 'jd/index.html?editor=quill', box: '.EditorContent .ql-editor', buyer: '山野小麦', home: 'j1', other: { id: 'j2', buyer: '老周的书房' }, framework: true, pastWindowBottom: true },
];

const AGENT = '小满';
const body = (code: string) => BUILTIN_PHRASES.find((phrase) => phrase.code === code)!.body;
/** 急用催发: no blanks. */
const PLAIN = 'fh4';
/** 活泼招呼: {买家昵称} from the page, {客服昵称} from the settings. */
const FROM_PAGE = 'hy3';
/** 查询结果跟进: {查询结果} only the agent knows. */
const ASKED = 'fwgj1';

let harness: Harness;
let panel: Page;

beforeAll(async () => {
  harness = await launch();
  await harness.editSettings((options) => options.getByLabel('客服昵称').fill(AGENT));
  panel = await harness.openPanel();
});
afterAll(async () => {
  await harness?.close();
});

const settle = (page: Page) => page.waitForTimeout(400);
/** Two frames: what follows a scroll or a resize once a frame has moved by then. */
const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** "A few pixels": the list's gap from the code's line, and how far its left edge may be from the code's. */
const NEAR = 10;

/**
 * Where the list sits against the code typed in the box: its top's distance below the code's line, its bottom's
 * distance above it, its left edge's distance from the code's; null when no list is shown.
 */
async function placement(page: Page, boxSelector: string, code: string) {
  const token = await textRect(page, boxSelector, code);
  const list = await closedShadow(page, 'huashu-codes').box('.list');
  if (!list) return null;
  return { below: list.y - (token.y + token.height), above: token.y - (list.y + list.height), left: list.x - token.x };
}

/** The list opens just below the code (`side` 'below') or just above it, left edges together. */
async function expectAtCode(page: Page, boxSelector: string, code: string, side: 'below' | 'above') {
  const at = await placement(page, boxSelector, code);
  expect(at).not.toBeNull();
  expect(at![side]).toBeGreaterThanOrEqual(0);
  expect(at![side]).toBeLessThanOrEqual(NEAR);
  expect(Math.abs(at!.left)).toBeLessThanOrEqual(NEAR);
}

/**
 * The list shows `count` rows of this very code: typed key by key, the list of the shorter code before it (`/f`
 * also fills six rows) can still be on screen, and arrows pressed then would act on that list.
 */
async function expectRowsFor(popup: () => ReturnType<typeof closedShadow>, code: string, count: number) {
  await expect
    .poll(async () => {
      const codes = await popup().texts('.item .code');
      return codes.length === count && codes.every((shown) => shown.startsWith(code));
    })
    .toBe(true);
}

describe.each(FIXTURES)('$name', (fixture) => {
  let page: Page;
  const popup = () => closedShadow(page, 'huashu-codes');
  const box = () => page.locator(fixture.box);
  const draft = () => box().evaluate((element) => (element instanceof HTMLTextAreaElement ? element.value : (element.textContent ?? '')));
  const sent = () => page.evaluate(() => (window as any).__demo.sent.length as number);
  const clear = async () => {
    await box().fill('');
    await box().focus();
  };

  beforeAll(async () => {
    page = await harness.openWorkbench(fixture.path);
    await page.bringToFront();
    await panel.getByTestId('buyer-name').filter({ hasText: fixture.buyer }).waitFor();
  });
  afterAll(async () => {
    await page.close();
  });

  it('/code + Space becomes the phrase where it was typed; the page sees the edit and nothing is sent', async () => {
    await clear();
    await page.keyboard.type(`好的 /${PLAIN}`);
    await page.keyboard.press('Space');
    await expect.poll(draft).toBe(`好的 ${body(PLAIN)}`);
    if (!fixture.framework) {
      const events = await page.evaluate(() => (window as any).__demo.inputEvents as { value: string }[]);
      expect(events.at(-1)?.value).toBe(`好的 ${body(PLAIN)}`);
    }
    expect(await sent()).toBe(0);
    // Typing on continues after the phrase.
    await page.keyboard.type('谢谢');
    await expect.poll(draft).toBe(`好的 ${body(PLAIN)}谢谢`);
  });

  it('/code + Tab becomes the phrase, filled from the page and the settings, and keeps the focus in the box', async () => {
    await clear();
    await page.keyboard.type(`/${FROM_PAGE.toUpperCase()}`);
    await page.keyboard.press('Tab');
    const expected = fillPlaceholders(body(FROM_PAGE), { 买家昵称: fixture.buyer, 客服昵称: AGENT });
    expect(expected.missing).toEqual([]);
    await expect.poll(draft).toBe(expected.text);
    expect(await box().evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('lists the matches while typing after the slash; arrows choose and Enter inserts instead of sending', async () => {
    await clear();
    await page.keyboard.type('/fh');
    await expectRowsFor(popup, '/fh', 6);
    const rows = await popup().texts('.item .code');
    expect(rows.every((code) => code.startsWith('/fh'))).toBe(true);
    expect(await popup().text('[aria-selected="true"] .code')).toBe(rows[0]);
    expect(await popup().mode()).toBe('closed');

    const target = rows.indexOf(`/${PLAIN}`);
    expect(target).toBeGreaterThan(0);
    // Down past it and back up: the choice follows both ways.
    for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await popup().text('[aria-selected="true"] .code')).toBe(`/${PLAIN}`);
    await harness.screenshot(page, `expand-list-${fixture.home}`);
    await page.keyboard.press('Enter');
    await expect.poll(draft).toBe(body(PLAIN));
    expect(await popup().count('.item')).toBe(0);
    expect(await sent()).toBe(0);
  });

  it('the list opens just below the typed code, left edges together; above it when there is no room below', async () => {
    await clear();
    // Typed after other words: the code's left edge is well inside the box, not at its edge.
    await page.keyboard.type(`好的，我看一下 /${PLAIN}`);
    await expect.poll(() => popup().count('.item')).toBe(1);
    await expectAtCode(page, fixture.box, `/${PLAIN}`, fixture.pastWindowBottom ? 'above' : 'below');
    const boxLeft = (await box().boundingBox())!.x;
    expect((await popup().box('.list'))!.x - boxLeft).toBeGreaterThan(50);
    await harness.screenshot(page, `expand-at-code-${fixture.path.replace(/\W+/g, '-')}`);

    // Six rows do not fit between the code and the window's bottom edge.
    await page.keyboard.press('Backspace');
    await expect.poll(() => popup().count('.item')).toBe(6);
    await expectAtCode(page, fixture.box, '/fh', 'above');
    expect((await popup().box('.list'))!.x - boxLeft).toBeGreaterThan(50);
  });

  it('a row chosen with the arrows is the one Space and Tab take, as Enter does', async () => {
    for (const key of ['Space', 'Tab']) {
      await clear();
      await page.keyboard.type('/fh');
      await expectRowsFor(popup, '/fh', 6);
      const rows = await popup().texts('.item .code');
      const target = rows.indexOf(`/${PLAIN}`);
      for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
      expect(await popup().text('[aria-selected="true"] .code')).toBe(`/${PLAIN}`);
      await page.keyboard.press(key);
      await expect.poll(draft).toBe(body(PLAIN));
      expect(await popup().count('.item')).toBe(0);
      expect(await sent()).toBe(0);
    }
  });

  it('a click on a row inserts it and leaves the focus in the box', async () => {
    await clear();
    await page.keyboard.type('/fh');
    await expectRowsFor(popup, '/fh', 6);
    await popup().click('.item', `/${PLAIN}`);
    await expect.poll(draft).toBe(body(PLAIN));
    expect(await box().evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await popup().count('.item')).toBe(0);
  });

  it('Esc closes the list; the code stays as typed and Space is an ordinary space then', async () => {
    await clear();
    await page.keyboard.type('/fh');
    await expectRowsFor(popup, '/fh', 6);
    await page.keyboard.press('Escape');
    await expect.poll(() => popup().count('.item')).toBe(0);
    expect(await draft()).toBe('/fh');
    await page.keyboard.press('Space');
    await settle(page);
    expect(await draft()).toBe('/fh ');
    expect(await popup().count('.item')).toBe(0);
  });

  it('a phrase with a blank the page cannot fill is asked for in the panel, then inserted for the same buyer', async () => {
    const expectedNames = fillPlaceholders(body(ASKED), {}).missing;
    expect(expectedNames).toEqual(['查询结果']);
    await clear();
    await page.keyboard.type(`稍等 /${ASKED}`);
    await page.keyboard.press('Space');
    const prompt = panel.getByTestId('placeholder-prompt');
    await prompt.waitFor();
    expect(await panel.getByTestId('prompt-buyer').textContent()).toBe(fixture.buyer);
    expect(await prompt.locator('label').allTextContents()).toEqual(expectedNames);
    // The code went from the box; the note beside it says where to look.
    await expect.poll(draft).toBe('稍等 ');
    await expect.poll(() => closedShadow(page, 'huashu-notice').text('.note')).toBe('请在话术助手侧边栏填写：查询结果');

    await prompt.locator('input').fill('已经寄出');
    await prompt.getByRole('button', { name: '插入' }).click();
    await expect.poll(draft).toBe(`稍等 ${fillPlaceholders(body(ASKED), { 查询结果: '已经寄出' }).text}`);
    expect(await sent()).toBe(0);
  });

  it('when the buyer changes before the blanks are filled, nothing goes into the other buyer’s box', async () => {
    await clear();
    await page.keyboard.type(`/${ASKED}`);
    await page.keyboard.press('Tab');
    const prompt = panel.getByTestId('placeholder-prompt');
    await prompt.waitFor();
    await page.evaluate((id) => (window as any).__demo.switchTo(id), fixture.other.id);
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe(fixture.other.buyer);
    await expect.poll(() => prompt.count()).toBe(0);
    expect(await panel.getByTestId('status').textContent()).toContain(`给 ${fixture.buyer} 的「`);
    expect(await panel.getByTestId('status').textContent()).toContain('没有插入');
    await settle(page);
    expect(await draft()).toBe('');
    await page.evaluate((id) => (window as any).__demo.switchTo(id), fixture.home);
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe(fixture.buyer);
  });

  it('a slash inside a URL or a word is no code', async () => {
    for (const typed of [`http://x/${PLAIN}`, `看这里https://shop.example.com/${PLAIN}`, `价格/${PLAIN}`]) {
      await clear();
      await page.keyboard.type(typed);
      await settle(page);
      expect(await popup().count('.item')).toBe(0);
      await page.keyboard.press('Space');
      await settle(page);
      expect(await draft()).toBe(`${typed} `);
    }
  });

  it('a key the page dispatches (untrusted) expands and chooses nothing', async () => {
    await clear();
    await page.keyboard.type(`/${PLAIN}`);
    await expect.poll(() => popup().count('.item')).toBeGreaterThan(0);
    await page.evaluate((selector) => {
      const field = document.querySelector(selector)!;
      for (const [key, code] of [[' ', 'Space'], ['Tab', 'Tab'], ['ArrowDown', 'ArrowDown']]) {
        for (const target of [field, document]) {
          target.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true, composed: true }));
        }
      }
    }, fixture.box);
    await settle(page);
    // Nothing of ours moved (a page's own editor may act on its own forged keys: Quill types a tab for Tab).
    expect(await draft()).toMatch(new RegExp(`^/${PLAIN}\\s*$`));
    expect(await popup().text('[aria-selected="true"] .code')).toBe(`/${PLAIN}`);
    // Control: the agent's own Space.
    await clear();
    await page.keyboard.type(`/${PLAIN}`);
    await page.keyboard.press('Space');
    await expect.poll(draft).toBe(body(PLAIN));
  });

  it('nothing happens while an input method composes; the committed code works', async () => {
    await clear();
    const cdp = await harness.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: `/${PLAIN}`, selectionStart: PLAIN.length + 1, selectionEnd: PLAIN.length + 1 });
    await settle(page);
    expect(await popup().count('.item')).toBe(0);
    // A Space (or Tab) the input method takes for itself arrives as keyCode 229.
    for (const [key, code] of [[' ', 'Space'], ['Tab', 'Tab']] as const) {
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    }
    await settle(page);
    expect(await popup().count('.item')).toBe(0);
    expect(await draft()).toBe(`/${PLAIN}`);
    // Committed: now it is the agent's text.
    await cdp.send('Input.insertText', { text: `/${PLAIN}` });
    await expect.poll(() => popup().count('.item')).toBeGreaterThan(0);
    // A key in the first 50 ms after a commit is the input method's own (the committing key, seen again); the
    // agent's next key comes later than that.
    await page.waitForTimeout(100);
    await page.keyboard.press('Space');
    await expect.poll(draft).toBe(body(PLAIN));
    await cdp.detach();
  });

  it('switched off in the settings: no list, and Space is a space', async () => {
    await harness.editSettings((options) => options.getByLabel(/快捷编码/).uncheck());
    await page.bringToFront();
    await clear();
    await page.keyboard.type(`/${PLAIN}`);
    await settle(page);
    expect(await popup().count('.item')).toBe(0);
    await page.keyboard.press('Space');
    await settle(page);
    expect(await draft()).toBe(`/${PLAIN} `);
    await harness.editSettings((options) => options.getByLabel(/快捷编码/).check());
    await page.bringToFront();
    await clear();
    await page.keyboard.type(`/${PLAIN}`);
    await page.keyboard.press('Space');
    await expect.poll(draft).toBe(body(PLAIN));
  });
});

describe.each(FIXTURES.filter((fixture) => fixture.textarea))('a long draft in $name', (fixture) => {
  let page: Page;
  const popup = () => closedShadow(page, 'huashu-codes');
  const box = () => page.locator(fixture.box);
  const lines = Array.from({ length: 20 }, (_, index) => `第${index + 1}行：订单已经在处理`);
  /** The code goes at the end of this line, with five more lines after it. */
  const codeLine = 14;

  beforeAll(async () => {
    page = await harness.openWorkbench(fixture.path);
    await page.bringToFront();
  });
  afterAll(async () => {
    await page.close();
  });

  const scrollTop = () => box().evaluate((field) => field.scrollTop);
  /** Scrolls the box so the code's line is in the middle of it (or by `by` pixels). */
  const scrollBy = (by: number) => box().evaluate((field, delta) => (field.scrollTop += delta), by);
  const codeToMiddle = async () => {
    const token = await textRect(page, fixture.box, '/fh');
    const field = (await box().boundingBox())!;
    await scrollBy(token.y + token.height / 2 - (field.y + field.height / 2));
    await nextFrames(page);
  };

  it('the list is at the code, scrolled inside the box, and follows the box as it scrolls', async () => {
    await box().fill(lines.join('\n'));
    const caret = lines.slice(0, codeLine + 1).join('\n').length;
    await box().evaluate((field: HTMLTextAreaElement, offset) => field.setSelectionRange(offset, offset), caret);
    await page.keyboard.type(' /fh');
    await expectRowsFor(popup, '/fh', 6);
    expect(await scrollTop()).toBeGreaterThan(0);
    await expectAtCode(page, fixture.box, '/fh', 'above');
    await codeToMiddle();
    await expectAtCode(page, fixture.box, '/fh', 'above');
    for (const by of [-18, 18]) {
      const before = await scrollTop();
      await scrollBy(by);
      await nextFrames(page);
      expect(await scrollTop()).toBe(before + by);
      await expectAtCode(page, fixture.box, '/fh', 'above');
    }
    await harness.screenshot(page, `expand-long-draft-${fixture.path.replace(/\W+/g, '-')}`);
  });

  it('follows the box when the window resizes', async () => {
    await codeToMiddle();
    const before = (await popup().box('.list'))!;
    // The reply box sits at the window's bottom: a shorter window moves it (and the code) up.
    await page.setViewportSize({ width: 1100, height: 700 });
    await nextFrames(page);
    await expectAtCode(page, fixture.box, '/fh', 'above');
    expect((await popup().box('.list'))!.y).toBeLessThan(before.y - 50);
    await page.setViewportSize({ width: 1280, height: 800 });
    await nextFrames(page);
    await expectAtCode(page, fixture.box, '/fh', 'above');
  });

  it('with the code scrolled out of the box’s view, the list stands beside the box', async () => {
    await scrollBy(-10_000);
    await nextFrames(page);
    const field = (await box().boundingBox())!;
    const list = (await popup().box('.list'))!;
    expect(Math.abs(list.x - field.x)).toBeLessThanOrEqual(1);
    expect(field.y - (list.y + list.height)).toBeGreaterThanOrEqual(0);
    expect(field.y - (list.y + list.height)).toBeLessThanOrEqual(NEAR);
    // Back in view: at the code again.
    await codeToMiddle();
    await expectAtCode(page, fixture.box, '/fh', 'above');
  });
});

describe('with the trainee send guard on', () => {
  it('an Enter that picks from the list is a pick, not a send the guard holds back', async () => {
    const fixture = FIXTURES[0]!;
    await harness.editSettings((options) => options.getByLabel(/新人模式/).check());
    const page = await harness.openWorkbench(fixture.path);
    await page.bringToFront();
    const box = page.locator(fixture.box);
    await box.focus();
    // A block-level finding is in the draft: Enter alone would open the guard's dialog.
    await page.keyboard.type('方便的话加我微信聊 /fh');
    await expectRowsFor(() => closedShadow(page, 'huashu-codes'), '/fh', 6);
    const rows = await closedShadow(page, 'huashu-codes').texts('.item .code');
    for (let i = 0; i < rows.indexOf(`/${PLAIN}`); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => box.inputValue()).toBe(`方便的话加我微信聊 ${body(PLAIN)}`);
    await settle(page);
    expect(await closedShadow(page, 'huashu-inline').visible('.dialog')).toBe(false);
    expect(await page.evaluate(() => (window as any).__demo.sent.length)).toBe(0);
    // Control: with the list closed, Enter is the guarded send.
    await page.keyboard.press('Enter');
    await expect.poll(() => closedShadow(page, 'huashu-inline').visible('.dialog')).toBe(true);
    expect(await page.evaluate(() => (window as any).__demo.sent.length)).toBe(0);
    await page.close();
    await harness.editSettings((options) => options.getByLabel(/新人模式/).uncheck());
  });
});

describe('a phrase the page contradicts', () => {
  it('is confirmed in the panel first (as a phrase found by search), then inserted for that buyer', async () => {
    const fixture = FIXTURES[0]!;
    const page = await harness.openWorkbench(fixture.path);
    await page.bringToFront();
    // 周周爱吃橙's order is 已签收; 急用催发 says it has not shipped yet.
    await page.evaluate(() => (window as any).__demo.switchTo('b2'));
    await panel.getByTestId('buyer-name').filter({ hasText: '周周爱吃橙' }).waitFor();
    const box = page.locator(fixture.box);
    await box.focus();
    await page.keyboard.type(`/${PLAIN}`);
    await page.keyboard.press('Space');
    const warning = panel.getByTestId('pick-warning');
    await warning.waitFor();
    expect(await panel.getByTestId('warning-buyer').textContent()).toBe('周周爱吃橙');
    expect(await panel.getByTestId('warning-text').textContent()).toContain('已签收');
    await expect.poll(() => box.inputValue()).toBe('');
    await warning.getByRole('button', { name: '仍然插入' }).click();
    await expect.poll(() => box.inputValue()).toBe(body(PLAIN));
    await page.close();
  });
});

describe('without a side panel', () => {
  it('a phrase with blanks keeps the code in the box and says to open the panel; one without blanks still expands', async () => {
    await panel.close();
    const page = await harness.openWorkbench(FIXTURES[0]!.path);
    const box = page.locator(FIXTURES[0]!.box);
    await box.focus();
    // The page was just opened: the code is typed again until the content script, starting up, lists it.
    await expect
      .poll(async () => {
        await box.fill('');
        await page.keyboard.type(`/${ASKED}`);
        await page.waitForTimeout(200);
        return closedShadow(page, 'huashu-codes').count('.item');
      })
      .toBeGreaterThan(0);
    await page.keyboard.press('Space');
    await expect.poll(() => closedShadow(page, 'huashu-notice').text('.note')).toContain('请打开话术助手侧边栏');
    expect(await closedShadow(page, 'huashu-notice').text('.note')).toContain('查询结果');
    expect(await box.inputValue()).toBe(`/${ASKED}`);

    await box.fill('');
    await page.keyboard.type(`/${PLAIN}`);
    await page.keyboard.press('Space');
    await expect.poll(() => box.inputValue()).toBe(body(PLAIN));
    await page.close();
  });
});
