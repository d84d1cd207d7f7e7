// Typing through an input method: a real composition driven through Chromium's DevTools protocol
// (Input.imeSetComposition, then Input.insertText to commit), as a 拼音 IME does it. Nothing is checked or
// drawn while the composition is open, findings come right after the commit, and the Enter that picks a
// candidate neither sends nor opens the trainee dialog. Each reply-box kind is one line in FIXTURES.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { closedShadow } from './closed-shadow';
import { launch, type Harness } from './harness';

interface ImeFixture {
  name: string;
  path: string;
  /** The reply box. */
  box: string;
}

const FIXTURES: ImeFixture[] = [
  { name: '拼多多 (textarea)', path: 'pinduoduo/index.html?auto=0', box: '#replyTextarea' },
  { name: '京东 (contenteditable)', path: 'jd/index.html', box: '.EditorContent' },
  { name: '快手 (Quill)', path: 'kuaishou/index.html', box: 'div.ql-editor' },
];

/** Longer than the check's debounce: anything that was going to be drawn would be by now. */
const SETTLE_MS = 400;

/** The IME commands of the DevTools protocol, for the focused element. */
function inputMethod(cdp: CDPSession) {
  return {
    compose: (text: string) => cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length }),
    commit: (text: string) => cdp.send('Input.insertText', { text }),
    /** An Enter keydown as an IME delivers it: keyCode 229 ("processed by the input method"). */
    imeEnter: () => cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 }),
    /** Alt+1, the key that picks the panel's first suggestion. */
    altDigit: () => cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: '1', code: 'Digit1', windowsVirtualKeyCode: 49, modifiers: 1 }),
    /** A plain Enter keydown (keyCode 13). */
    enter: () => cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 }),
  };
}

describe.each(FIXTURES)('typing through an input method in $name', ({ path, box }) => {
  let harness: Harness;
  let page: Page;
  let ime: ReturnType<typeof inputMethod>;
  const overlay = () => closedShadow(page, 'huashu-inline');
  /** Everything the inline check draws: underlines (mirror spans or rich-editor marks), badge count, tooltip. */
  const drawn = async () => ({
    marks: await overlay().count('.mark'),
    badge: (await overlay().visible('.badge')) ? await overlay().text('.badge') : null,
    tip: await overlay().visible('.tip'),
  });
  const draft = () => page.evaluate((selector) => {
    const node = document.querySelector(selector) as HTMLTextAreaElement | HTMLElement;
    return 'value' in node ? node.value : node.textContent;
  }, box);
  const sent = () => page.evaluate(() => (window as any).__demo.sent.length as number);

  async function clearBox() {
    await page.locator(box).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await expect.poll(drawn).toMatchObject({ marks: 0, badge: null });
  }

  beforeAll(async () => {
    harness = await launch();
    page = await harness.openWorkbench(path);
    ime = inputMethod(await page.context().newCDPSession(page));
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('draws nothing while composing — no underline, no badge change, no tooltip — and checks right after the commit', async () => {
    await clearBox();
    await page.locator(box).pressSequentially('全网最好的，');
    await expect.poll(drawn).toEqual({ marks: 1, badge: '1', tip: false });
    // The composition: pinyin first, then the IME's candidate in place, still uncommitted.
    await ime.compose('jia wo wei xin');
    await ime.compose('加我微信');
    expect(await draft()).toBe('全网最好的，加我微信');
    await page.waitForTimeout(SETTLE_MS);
    expect(await drawn()).toEqual({ marks: 1, badge: '1', tip: false });

    await ime.commit('加我微信');
    await expect.poll(drawn).toEqual({ marks: 2, badge: '2', tip: false });
    expect(await draft()).toBe('全网最好的，加我微信');
  });

  it('shows no tooltip while composing, even with the pointer on a finding', async () => {
    await clearBox();
    await page.locator(box).pressSequentially('全网最好的');
    await expect.poll(() => overlay().count('.mark')).toBe(1);
    await ime.compose('zui');
    const word = await page.evaluate((selector) => {
      // The first two characters' box: 全网 is no finding; 最好 is. Found through a Range on the page's text,
      // or, for a textarea, from the overlay's own mark.
      const node = document.querySelector(selector)!;
      if (node instanceof HTMLTextAreaElement) return null;
      const range = document.createRange();
      // The first text node: a framework editor wraps its line in a paragraph.
      const text = document.createTreeWalker(node, NodeFilter.SHOW_TEXT).nextNode()!;
      range.setStart(text, 2);
      range.setEnd(text, 4);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }, box);
    const mark = word ?? (await overlay().box('.mark').then((rect) => rect && { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }));
    await page.mouse.move(mark!.x, mark!.y);
    await page.mouse.move(mark!.x + 1, mark!.y);
    await page.waitForTimeout(SETTLE_MS);
    expect(await overlay().visible('.tip')).toBe(false);
    await ime.commit('最');
    // Control: after the commit the same hover shows the reason.
    await page.mouse.move(mark!.x, mark!.y);
    await expect.poll(() => overlay().visible('.tip')).toBe(true);
  });

  it('Alt+1 pressed while composing picks nothing; pressed after the commit it does', async () => {
    // No side panel is open: a pick the script accepts shows a note beside the box saying so.
    const note = () => closedShadow(page, 'huashu-notice');
    await clearBox();
    await ime.compose('ni hao');
    await ime.altDigit();
    await page.waitForTimeout(SETTLE_MS);
    expect(await note().hosts()).toBe(0);
    await ime.commit('你好');
    await page.waitForTimeout(200);
    await ime.altDigit();
    await expect.poll(() => note().text('.note')).toContain('侧边栏没有打开');
  });

  describe('in trainee mode, with a draft the guard holds back', () => {
    beforeAll(async () => {
      await harness.editSettings((options) => options.getByLabel(/新人模式/).check());
      await page.bringToFront();
    });

    it('an Enter that picks a candidate during the composition neither sends nor opens the dialog', async () => {
      await clearBox();
      await page.locator(box).pressSequentially('好评返现');
      await expect.poll(() => drawn().then((d) => d.badge)).toBe('1');
      await ime.compose('wu yuan');
      await ime.compose('5元');
      await ime.imeEnter();
      await ime.commit('5元');
      await page.waitForTimeout(SETTLE_MS);
      expect(await overlay().visible('.dialog')).toBe(false);
      expect(await sent()).toBe(0);
      expect(await draft()).toBe('好评返现5元');
    });

    // Whether the page itself sends on these two is the page's own key handling (the fixtures look at
    // isComposing only); the extension must not treat them as a send.
    it('the committing Enter delivered after compositionend (keyCode 229, as on macOS) does not open the dialog', async () => {
      await ime.compose('o');
      await ime.compose('哦');
      await ime.commit('哦');
      await ime.imeEnter();
      await page.waitForTimeout(SETTLE_MS);
      expect(await overlay().visible('.dialog')).toBe(false);
    });

    it('nor does a plain Enter arriving in the same moment as the commit (the commit’s own key)', async () => {
      await clearBox();
      await page.locator(box).pressSequentially('好评返现');
      await ime.compose('ba');
      // Sent together, so the keydown follows compositionend by a few milliseconds, as one key press would.
      await Promise.all([ime.commit('吧'), ime.enter()]);
      await page.waitForTimeout(SETTLE_MS);
      expect(await overlay().visible('.dialog')).toBe(false);
    });

    it('control: an Enter the agent presses afterwards is a send, and the guard holds it back', async () => {
      await clearBox();
      await page.locator(box).pressSequentially('好评返现');
      await ime.compose('ba');
      await ime.commit('吧');
      await page.waitForTimeout(200);
      const sentBefore = await sent();
      await page.keyboard.press('Enter');
      await expect.poll(() => overlay().visible('.dialog')).toBe(true);
      expect(await sent()).toBe(sentBefore);
      await overlay().click('.dialog button', '返回修改');
      await expect.poll(() => overlay().count('.dialog')).toBe(0);
    });
  });
});
