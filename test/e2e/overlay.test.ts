// The inline overlay's behaviour around the reply box: the tooltip goes when the pointer leaves the box or
// the box loses focus, it shows each rewording's resulting sentence, the issue list never stays open empty,
// the trainee dialog stacks above everything with the list closed, and the underlines stay on their words
// while the box scrolls, resizes and wraps, and with emoji (surrogate pairs) before them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadow } from './closed-shadow';
import { launch, type Harness } from './harness';

/**
 * What a hostile page script can do to our overlay's host: a style sheet rule, its own inline style, the hidden
 * attribute, and taking the element out of the document. Returns whether the host was back within one frame.
 */
async function tryToHideOverlay(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const host = document.querySelector('huashu-inline') as HTMLElement;
    const sheet = document.createElement('style');
    sheet.textContent = 'huashu-inline { display: none !important; visibility: hidden !important; }';
    document.head.append(sheet);
    host.style.setProperty('display', 'none', 'important');
    host.setAttribute('hidden', '');
    host.remove();
    await new Promise(requestAnimationFrame);
    return host.isConnected && getComputedStyle(host).display !== 'none' && !host.hasAttribute('hidden');
  });
}

describe('the inline overlay on a textarea (拼多多)', () => {
  let harness: Harness;
  let page: Page;
  const overlay = () => closedShadow(page, 'huashu-inline');
  const textarea = () => page.locator('#replyTextarea');

  /**
   * Whether each underline sits on its own words: the browser's caret position at the left edge of each
   * mark's first box (document.caretPositionFromPoint reads the textarea itself, not our mirror) must be
   * the finding's first offset. Marks scrolled out of the box are skipped; `checked` says how many counted.
   */
  const alignment = () =>
    overlay().evaluate((root) => {
      const field = document.querySelector('#replyTextarea') as HTMLTextAreaElement;
      const box = field.getBoundingClientRect();
      const wrong: { start: number; text: string | null; got: number | null }[] = [];
      let checked = 0;
      for (const mark of root?.querySelectorAll<HTMLElement>('.mark') ?? []) {
        const start = Number(mark.dataset.start);
        const rect = mark.getClientRects()[0];
        if (!rect || rect.top < box.top + 4 || rect.bottom > box.bottom - 4) continue;
        checked += 1;
        const caret = (document as any).caretPositionFromPoint(rect.left + 2, rect.top + rect.height / 2);
        if (caret?.offsetNode !== field || caret.offset !== start) wrong.push({ start, text: mark.textContent, got: caret?.offset ?? null });
      }
      return { checked, wrong };
    });

  async function typeDraft(text: string) {
    await textarea().fill('');
    await textarea().click();
    await textarea().fill(text);
  }

  beforeAll(async () => {
    harness = await launch();
    page = await harness.openWorkbench('pinduoduo/index.html?auto=0');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('hides the tooltip when the pointer leaves the box', async () => {
    await typeDraft('亲，这款是全网最好的哦');
    await expect.poll(() => overlay().count('.mark')).toBe(1);
    const mark = (await overlay().box('.mark'))!;
    await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
    await expect.poll(() => overlay().visible('.tip')).toBe(true);
    // Out of the box, onto the page's header.
    await page.mouse.move(5, 5);
    await expect.poll(() => overlay().visible('.tip')).toBe(false);
  });

  it('hides the tooltip when the box loses focus', async () => {
    await textarea().click();
    const start = (await textarea().inputValue()).indexOf('最好');
    // The caret resting inside the finding shows the tip (keyboard users).
    await textarea().evaluate((field: HTMLTextAreaElement, at) => field.setSelectionRange(at, at), start + 2);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => overlay().visible('.tip')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await textarea().evaluate((field) => field === document.activeElement)).toBe(false);
    await expect.poll(() => overlay().visible('.tip')).toBe(false);
  });

  it('shows each rewording as the sentence will read, and applies exactly that sentence', async () => {
    await typeDraft('亲，这款是全网最好的哦');
    await expect.poll(() => overlay().count('.mark')).toBe(1);
    const mark = (await overlay().box('.mark'))!;
    await page.mouse.move(mark.x + mark.width / 2, mark.y + mark.height / 2);
    await expect.poll(() => overlay().visible('.tip')).toBe(true);
    const words = await overlay().texts('.tip .fix-word');
    const sentences = await overlay().texts('.tip .fix-sentence');
    expect(words.length).toBeGreaterThan(0);
    expect(sentences).toHaveLength(words.length);
    const found = (await overlay().text('.mark'))!;
    words.forEach((word, i) => {
      const replacement = /^改为「(.+)」$/.exec(word)![1]!;
      // One sentence in the draft: its preview is the whole draft with the claim replaced (the fix may reach past the
      // flagged words, 全网最好 → 很好), the address before it and the particle after it kept.
      expect(sentences[i]).toContain(replacement);
      expect(sentences[i]).not.toContain(found);
      expect(sentences[i]!.startsWith('亲，这款')).toBe(true);
      expect(sentences[i]!.endsWith('哦')).toBe(true);
    });
    // The last one, from the tooltip: the draft becomes the sentence it showed.
    const buttons = await overlay().count('.tip .fix');
    await overlay().evaluate((root, index) => root!.querySelectorAll('.tip .fix')[index]!.scrollIntoView(), buttons - 1);
    const last = await overlay().evaluate((root, index) => {
      const rect = root!.querySelectorAll('.tip .fix')[index]!.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }, buttons - 1);
    await page.mouse.move(last.x, last.y, { steps: 4 });
    await page.mouse.click(last.x, last.y);
    await expect.poll(() => textarea().inputValue()).toBe(sentences.at(-1));
  });

  it('clearing the draft with the issue list open leaves no empty box', async () => {
    await typeDraft('全网最好的，加我微信');
    await expect.poll(() => overlay().count('.mark')).toBe(2);
    await overlay().click('.badge');
    await expect.poll(() => overlay().visible('.list')).toBe(true);
    await textarea().fill('');
    await expect.poll(() => overlay().visible('.list')).toBe(false);
    expect(await overlay().box('.list')).toBeNull();
    expect(await overlay().visible('.badge')).toBe(false);
  });

  it('keeps the badge and the issue list inside the window when the box is wider than it', async () => {
    await typeDraft('全网最好的，加我微信');
    await expect.poll(() => overlay().count('.mark')).toBe(2);
    const viewport = page.viewportSize()!;
    await textarea().evaluate((field, width) => Object.assign(field.style, { width: `${width + 400}px`, maxWidth: 'none' }), viewport.width);
    try {
      expect((await textarea().boundingBox())!.x + (await textarea().boundingBox())!.width).toBeGreaterThan(viewport.width);
      await expect.poll(async () => (await overlay().box('.badge'))?.x ?? Infinity).toBeLessThan(viewport.width - 8);
      await overlay().click('.badge');
      await expect.poll(() => overlay().visible('.list')).toBe(true);
      const list = (await overlay().box('.list'))!;
      expect(list.x).toBeGreaterThanOrEqual(0);
      expect(list.x + list.width).toBeLessThanOrEqual(viewport.width);
      expect(list.y).toBeGreaterThanOrEqual(0);
      expect(list.y + list.height).toBeLessThanOrEqual(viewport.height);
    } finally {
      await textarea().evaluate((field) => Object.assign(field.style, { width: '', maxWidth: '' }));
    }
    // Empty, the list closes: the next test starts without it.
    await textarea().fill('');
    await expect.poll(() => overlay().visible('.list')).toBe(false);
  });

  it('stays on screen whatever the page does to hide it', async () => {
    await typeDraft('全网最好的，加我微信');
    await expect.poll(() => overlay().count('.mark')).toBe(2);
    expect(await tryToHideOverlay(page)).toBe(true);
    expect(await overlay().visible('.mark')).toBe(true);
    expect(await overlay().visible('.badge')).toBe(true);
    expect(await overlay().hosts()).toBe(1);
    await textarea().fill('');
  });

  it('keeps underlines on their words while the box scrolls', async () => {
    const lines = Array.from({ length: 24 }, (_, i) => (i % 6 === 3 ? `第${i}行：全网最好的，加我微信聊` : `第${i}行：好的亲，马上为您安排发货`));
    await typeDraft(lines.join('\n'));
    await expect.poll(() => overlay().count('.mark')).toBe(8);
    for (const fraction of [0, 0.3, 0.6, 1]) {
      await textarea().evaluate((field, f) => (field.scrollTop = (field.scrollHeight - field.clientHeight) * f), fraction);
      await expect.poll(alignment).toMatchObject({ wrong: [] });
      expect((await alignment()).checked).toBeGreaterThan(0);
    }
  });

  it('keeps underlines on their words when the box is resized and the lines rewrap', async () => {
    await typeDraft('亲，您好，这款四件套是我们店里卖得很好的款式，面料柔软亲肤，全网最好的就是它了，有问题加我微信');
    await expect.poll(() => overlay().count('.mark')).toBe(2);
    await expect.poll(alignment).toMatchObject({ wrong: [] });
    // Narrower and taller (every line stays in view), then back to the page's own size.
    for (const [width, height] of [['220px', '200px'], ['160px', '260px'], ['', '']]) {
      await textarea().evaluate((field, [w, h]) => Object.assign(field.style, { width: w, height: h }), [width, height]);
      await expect.poll(alignment).toMatchObject({ wrong: [] });
      expect((await alignment()).checked).toBe(2);
    }
  });

  it('keeps underlines on their words after emoji and other surrogate pairs', async () => {
    await typeDraft('😀👍🏻亲❤️🎉🎉，这款是全网最好的𠮷𠮷🙏，加我微信');
    await expect.poll(() => overlay().count('.mark')).toBe(2);
    expect(await overlay().text('.mark.warn')).toContain('最好');
    expect(await overlay().text('.mark.block')).toContain('微信');
    await expect.poll(alignment).toMatchObject({ wrong: [] });
    expect((await alignment()).checked).toBe(2);
  });

  it('hides underlines a composition before them would shift, and draws them aligned after the commit', async () => {
    await typeDraft('好的，这款是全网最好的');
    await expect.poll(() => overlay().visible('.mark')).toBe(true);
    await textarea().evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(0, 0));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'qin ai de', selectionStart: 9, selectionEnd: 9 });
    await expect.poll(() => overlay().visible('.mark')).toBe(false);
    await cdp.send('Input.insertText', { text: '亲爱的' });
    await expect.poll(() => overlay().visible('.mark')).toBe(true);
    expect(await textarea().inputValue()).toBe('亲爱的好的，这款是全网最好的');
    await expect.poll(alignment).toMatchObject({ checked: 1, wrong: [] });
    await cdp.detach();
  });

  // The check of a new draft waits for the debounce (120 ms); marks the draft no longer holds must not wait with it.
  // Each test reads the marks in the same turn as the edit (or the frame after a page's own send), so the debounced
  // check cannot have run in between: without the at-once drop, the old marks are still there.
  it('takes every mark away the moment the agent empties the draft', async () => {
    await typeDraft('亲，这款是全网最好的哦');
    await expect.poll(() => overlay().count('.mark')).toBe(1);
    const after = await overlay().evaluate((root) => {
      const field = document.querySelector('#replyTextarea') as HTMLTextAreaElement;
      field.focus();
      field.select();
      document.execCommand('delete');
      return { draft: field.value, marks: root?.querySelectorAll('.mark').length ?? -1, badge: !!root?.querySelector('.badge.shown') };
    });
    expect(after).toEqual({ draft: '', marks: 0, badge: false });
  });

  it('takes away at once a mark whose words an edit before it has moved, and keeps the others', async () => {
    await typeDraft('全网最好的，加我微信');
    await expect.poll(() => overlay().count('.mark')).toBe(2);
    const after = await overlay().evaluate((root) => {
      const field = document.querySelector('#replyTextarea') as HTMLTextAreaElement;
      field.focus();
      // 最好 → 很好: the first claim is gone, the contact request still stands where it stood.
      field.setSelectionRange(2, 3);
      document.execCommand('insertText', false, '很');
      return { draft: field.value, marks: [...(root?.querySelectorAll<HTMLElement>('.mark') ?? [])].map((mark) => mark.textContent) };
    });
    expect(after).toEqual({ draft: '全网很好的，加我微信', marks: [expect.stringContaining('微信')] });
    await expect.poll(alignment).toMatchObject({ checked: 1, wrong: [] });
  });

  it('stacks the trainee dialog above everything, with the issue list closed behind it', async () => {
    await harness.editSettings((options) => options.getByLabel(/新人模式/).check());
    await page.bringToFront();
    await typeDraft('好评返现5元哦');
    // This draft's own badge (拦截), not the last test's still on screen until the check has run.
    await expect.poll(() => overlay().visible('.badge.block')).toBe(true);
    await overlay().click('.badge');
    await expect.poll(() => overlay().visible('.list')).toBe(true);
    await textarea().click();
    // The page puts its own layer over the whole window at the highest z-index there is.
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.id = 'page-cover';
      cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,.5)';
      document.body.append(cover);
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => overlay().visible('.dialog')).toBe(true);
    expect(await overlay().visible('.list')).toBe(false);
    expect(await overlay().visible('.tip')).toBe(false);
    // What the agent would click on is our dialog's button, not the page's layer.
    const button = (await overlay().box('.dialog button', '返回修改'))!;
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(), { x: button.x + button.width / 2, y: button.y + button.height / 2 });
    expect(hit).toBe('huashu-inline');
    await harness.screenshot(page, 'overlay-dialog-on-top');
    await overlay().click('.dialog button', '返回修改');
    await expect.poll(() => overlay().count('.dialog')).toBe(0);
    expect(await page.evaluate(() => (window as any).__demo.sent.length)).toBe(0);
    await page.evaluate(() => document.getElementById('page-cover')!.remove());
  });

  it('takes the marks away before the next frame when the page empties the box after a send', async () => {
    await typeDraft('亲，这款是全网最好的哦');
    await expect.poll(() => overlay().count('.mark')).toBeGreaterThan(0);
    const after = await overlay().evaluate(async (root) => {
      const field = document.querySelector('#replyTextarea') as HTMLTextAreaElement;
      field.focus();
      // The page sends on Enter and empties the box in code: no input event follows.
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
      const draft = field.value;
      await new Promise(requestAnimationFrame);
      return { draft, marks: root?.querySelectorAll('.mark').length ?? -1 };
    });
    expect(after).toEqual({ draft: '', marks: 0 });
    expect(await page.evaluate(() => (window as any).__demo.sent.at(-1)?.text)).toBe('亲，这款是全网最好的哦');
  });
});

describe('the inline overlay on a contenteditable editor (京东)', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await launch();
    page = await harness.openWorkbench('jd/index.html');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('underlines exactly the finding’s words after emoji and other surrogate pairs', async () => {
    const editor = page.locator('.EditorContent');
    await editor.click();
    await editor.pressSequentially('😀👍🏻亲❤️🎉，这款是全网最好的𠮷🙏，加我微信');
    const underlined = () => closedShadow(page, 'huashu-inline').underlinedWords();
    await expect.poll(() => underlined().then((words) => words.length)).toBe(2);
    const words = await underlined();
    expect(words.some((word) => word.includes('最好'))).toBe(true);
    expect(words.some((word) => word.includes('微信'))).toBe(true);
    // Every underlined range is a piece of the draft that the checker named, not a shifted copy.
    for (const word of words) expect(word).not.toMatch(/[\ud800-\udfff]/);
  });

  it('keeps the rich editor’s underlines where the page cannot clear them', async () => {
    const overlay = closedShadow(page, 'huashu-inline');
    // A page can empty the document-wide highlight registry; we draw nothing there.
    await page.evaluate(() => CSS.highlights.clear());
    expect((await overlay.underlinedWords()).length).toBe(2);
    expect(await tryToHideOverlay(page)).toBe(true);
    expect(await overlay.visible('.rich-marks .mark')).toBe(true);
    expect((await overlay.underlinedWords()).length).toBe(2);
  });
});
