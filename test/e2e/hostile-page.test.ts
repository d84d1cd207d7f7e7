// A workbench page is untrusted: its scripts can dispatch events, forge WXT's "content script started"
// event and look for our elements. Only the agent's own input picks or inserts a reply, nothing the page
// does switches the checker or the send guard off, and no page script can read findings or press our
// buttons. Each attack comes with its control: the agent's real keys and clicks still work.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closedShadow } from './closed-shadow';
import { EXTENSION_DIR, launch, type Harness } from './harness';

/** Every keydown a page script could try for "Alt+1": on the document, on the reply box, bubbling or not. */
async function forgeAltDigit(page: Page, digit: number): Promise<void> {
  await page.evaluate((n) => {
    const init = { altKey: true, code: `Digit${n}`, key: String(n), keyCode: 48 + n, which: 48 + n, bubbles: true, cancelable: true, composed: true };
    const box = document.querySelector('textarea') ?? document.body;
    for (const target of [document, document.documentElement, document.body, box, window]) target.dispatchEvent(new KeyboardEvent('keydown', init));
    document.dispatchEvent(new KeyboardEvent('keyup', init));
  }, digit);
}

/** WXT's event for "a newer copy of this content script started": what its context ends itself on. */
async function replayStartedEvent(page: Page, extensionId: string): Promise<void> {
  await page.evaluate((type) => {
    const detail = { contentScriptName: 'workbench', messageId: 'forged-by-page' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    document.body.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
    window.postMessage({ type, ...detail }, '*');
  }, `${extensionId}:workbench:wxt:content-script-started`);
}

describe('a hostile workbench page', () => {
  let harness: Harness;
  let workbench: Page;
  let panel: Page;
  const overlay = () => closedShadow(workbench, 'huashu-inline');
  const replyBox = () => workbench.locator('#replyTextarea');
  const settle = () => workbench.waitForTimeout(600);

  beforeAll(async () => {
    harness = await launch();
    ({ workbench, panel } = await harness.openDemo());
    // {客服昵称} filled from the settings: the replies used here insert at once.
    await harness.editSettings((options) => options.getByLabel('客服昵称').fill('小满'));
    await panel.reload();
    await panel.getByTestId('buyer-name').filter({ hasText: '林小鹿' }).waitFor();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('a keydown dispatched by the page inserts nothing and opens nothing; the agent’s own Alt+1 does', async () => {
    await panel.getByTestId('search').fill('zj4'); // no blanks: a pick would insert at once
    const zj4 = (await panel.getByTestId('phrase').first().locator('.phrase-text').textContent())!;
    await workbench.bringToFront();
    await replyBox().fill('');
    await replyBox().focus();

    await forgeAltDigit(workbench, 1);
    await settle();
    expect(await replyBox().inputValue()).toBe('');
    expect(await panel.getByTestId('status').count()).toBe(0);

    // A reply with a blank: a pick would open the form in the panel and a note in the page.
    await panel.getByTestId('search').fill('ye1');
    await forgeAltDigit(workbench, 1);
    await settle();
    expect(await panel.getByTestId('placeholder-prompt').count()).toBe(0);
    expect(await workbench.locator('huashu-notice').count()).toBe(0);

    // A digit chosen in an input method's candidate list arrives as keyCode 229: not a pick either.
    const cdp = await harness.context.newCDPSession(workbench);
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: 1, code: 'Digit1', key: '1', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 1, code: 'Digit1', key: '1', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await settle();
    expect(await panel.getByTestId('placeholder-prompt').count()).toBe(0);

    // Control: the agent's real Alt+1 opens the form, with a note beside the reply box saying where.
    await workbench.keyboard.press('Alt+1');
    await expect.poll(() => panel.getByTestId('placeholder-prompt').count()).toBe(1);
    await expect.poll(() => closedShadow(workbench, 'huashu-notice').text('.note')).toBe('请在话术助手侧边栏填写：客服时间');
    await harness.screenshot(workbench, 'hostile-page-notice');
    await panel.getByTestId('placeholder-prompt').getByRole('button', { name: '取消' }).click();

    await panel.getByTestId('search').fill('zj4');
    await workbench.keyboard.press('Alt+1');
    await expect.poll(() => replyBox().inputValue()).toBe(zj4);
    await replyBox().fill('');
  });

  it('a key from another workbench tab cannot pick a reply for the tab the panel follows', async () => {
    const feige = await harness.openWorkbench('feige/index.html');
    const feigeBox = feige.locator('[data-qa-id="qa-send-message-textarea"]');
    await feige.bringToFront();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('晚风与猫');
    await panel.getByTestId('search').fill('zj');
    await expect.poll(() => panel.getByTestId('phrase').count()).toBeGreaterThanOrEqual(3);
    expect(await panel.getByTestId('replies').locator('h2').textContent()).toContain('给 晚风与猫');

    // The 拼多多 tab is in the background: a script there forges Alt+3, and even a real key event
    // delivered to that tab must not pick the third reply for 晚风与猫.
    await forgeAltDigit(workbench, 3);
    await replyBox().focus();
    await workbench.keyboard.press('Alt+3');
    await feige.waitForTimeout(800);
    expect(await feigeBox.inputValue()).toBe('');
    expect(await replyBox().inputValue()).toBe('');
    expect(await panel.getByTestId('status').count()).toBe(0);

    // Control: Alt+1 in the tab the agent is looking at.
    const first = (await panel.getByTestId('phrase').first().locator('.phrase-text').textContent())!;
    await feigeBox.focus();
    await feige.keyboard.press('Alt+1');
    await expect.poll(() => feigeBox.inputValue()).toBe(first);
    await feige.close();
    await workbench.bringToFront();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('林小鹿');
  });

  it('replaying WXT’s "content script started" event switches off neither the reading, the inserts, the underlines nor the send guard', async () => {
    // The forged event is the one WXT's context listens for in the built script.
    const bundle = readFileSync(path.join(EXTENSION_DIR, 'content-scripts/workbench.js'), 'utf8');
    expect(bundle).toContain('wxt:content-script-started');
    await replayStartedEvent(workbench, harness.extensionId);
    await settle();

    await workbench.evaluate(() => (window as any).__demo.pushBuyerMessage('b1', '请问可以开发票吗'));
    await expect.poll(() => panel.getByTestId('latest-messages').textContent()).toContain('请问可以开发票吗');

    await panel.getByTestId('search').fill('zj4');
    const zj4 = (await panel.getByTestId('phrase').first().locator('.phrase-text').textContent())!;
    await panel.getByTestId('phrase').first().click();
    await expect.poll(() => replyBox().inputValue()).toBe(zj4);

    await replyBox().fill('');
    await replyBox().click();
    await replyBox().pressSequentially('加我微信发你优惠券');
    await expect.poll(() => overlay().count('.mark.block')).toBe(1);

    await harness.editSettings((options) => options.getByLabel(/新人模式/).check());
    await replayStartedEvent(workbench, harness.extensionId);
    await replyBox().fill('');
    await replyBox().click();
    await replyBox().pressSequentially('好评返现5元哦');
    await replyBox().press('Enter');
    await expect.poll(() => overlay().visible('.dialog')).toBe(true);
    expect(await workbench.evaluate(() => (window as any).__demo.sent.length)).toBe(0);
  });

  it('keeps findings in a closed shadow root: the page reads nothing and cannot press 仍然发送', async () => {
    expect(await overlay().mode()).toBe('closed');
    expect(await overlay().text('.dialog')).toContain('「好评返现」· 好评诱导');
    const seen = await workbench.evaluate(() => {
      const host = document.querySelector('huashu-inline')!;
      return {
        shadowRoot: host.shadowRoot,
        children: host.childNodes.length,
        text: host.textContent,
        pageText: document.documentElement.innerText,
        pageContent: document.documentElement.textContent,
      };
    });
    expect(seen.shadowRoot).toBeNull();
    expect(seen.children).toBe(0);
    expect(seen.text).toBe('');
    for (const secret of ['好评诱导', '这条回复含有平台禁止发送的内容', '仍然发送']) {
      expect(seen.pageText).not.toContain(secret);
      expect(seen.pageContent).not.toContain(secret);
    }

    // The page aims at the button's position and tries every way to press it.
    const button = (await overlay().box('.dialog button', '仍然发送'))!;
    const attempt = await workbench.evaluate(({ x, y }) => {
      const hit = document.elementFromPoint(x, y) as HTMLElement;
      const mouse = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, button: 0 };
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        hit.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, mouse) : new MouseEvent(type, mouse));
      }
      hit.click();
      for (const key of ['Enter', ' ']) {
        for (const target of [hit, document.activeElement ?? document.body]) {
          target.dispatchEvent(new KeyboardEvent('keydown', { key, code: key === ' ' ? 'Space' : 'Enter', bubbles: true, composed: true }));
        }
      }
      return hit.tagName.toLowerCase();
    }, { x: button.x + button.width / 2, y: button.y + button.height / 2 });
    expect(attempt).toBe('huashu-inline');
    await settle();
    expect(await workbench.evaluate(() => (window as any).__demo.sent.length)).toBe(0);
    expect(await overlay().visible('.dialog')).toBe(true);
    await harness.screenshot(workbench, 'hostile-page-guard-holds');

    // Control: the agent's own click sends.
    await overlay().click('.dialog button', '仍然发送');
    await expect.poll(() => workbench.evaluate(() => (window as any).__demo.sent)).toEqual([{ buyer: 'b1', text: '好评返现5元哦' }]);
  });

  it('the page cannot open the findings list by clicking where the badge is; the agent can', async () => {
    await replyBox().click();
    await replyBox().pressSequentially('全网最好的');
    await expect.poll(() => overlay().visible('.badge')).toBe(true);
    const badge = (await overlay().box('.badge'))!;
    await workbench.evaluate(({ x, y }) => (document.elementFromPoint(x, y) as HTMLElement).click(), { x: badge.x + badge.width / 2, y: badge.y + badge.height / 2 });
    await settle();
    expect(await overlay().visible('.list')).toBe(false);
    await overlay().click('.badge');
    await expect.poll(() => overlay().visible('.list')).toBe(true);
    expect(await overlay().text('.list')).toContain('最好');
  });
});

describe('an extension reload or update with a workbench open', () => {
  let harness: Harness;
  let workbench: Page;
  const replyBox = () => workbench.locator('#replyTextarea');
  const overlay = () => closedShadow(workbench, 'huashu-inline');
  // The page can hold our host element: a copy running after the reload must draw a new one. (An attribute would
  // not mark it: while a copy runs, its guard strips whatever attributes the page sets on its host.)
  const keepOldHost = (page: Page) => page.evaluate(() => ((window as any).__oldHost = document.querySelector('huashu-inline')));
  const newHosts = (page: Page) => page.evaluate(() => [...document.querySelectorAll('huashu-inline')].filter((host) => host !== (window as any).__oldHost).length);
  /** The copy running before the reload underlines a risky draft; its host is kept to tell the new copy's apart. */
  async function typeRiskyDraftAndKeepHost() {
    await workbench.bringToFront();
    await replyBox().fill('');
    await replyBox().click();
    await replyBox().pressSequentially('加我微信');
    await expect.poll(() => overlay().count('.mark.block')).toBe(1);
    await keepOldHost(workbench);
  }

  beforeAll(async () => {
    harness = await launch();
    ({ workbench } = await harness.openDemo());
    // chrome://extensions in developer mode, as a developer reloading an unpacked build (a store update
    // replaces the extension the same way; without developer mode Chromium disables a reloaded unpacked one).
    const extensions = await harness.context.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate(
      () => new Promise<void>((resolve) => (globalThis as any).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve)),
    );
    await extensions.close();
  });
  afterAll(async () => {
    await harness?.close();
  });

  /**
   * A Chromium condition met in these runs: when the worker started by a reload is slow to run its script (a busy
   * machine; a 2.5 s busy loop at its top brings it about every time), it can be left half-started. Every extension
   * call it makes is refused ("No SW"), no event reaches it, and the debugger Playwright keeps attached to it stops
   * Chrome from ever stopping it. Found in that state, it is stopped here and started again by an extension page,
   * and the test goes on to what the product must do on that start: the work owed since the reload was never marked
   * done, so it is done then (first-start.ts) and the open tab gets its copy.
   */
  async function restartIfHalfStarted() {
    const workers = harness.context.serviceWorkers();
    const worker = workers[workers.length - 1]!;
    const answer = await worker
      .evaluate(() => (globalThis as any).chrome.storage.session.get(null).then(() => 'ok', (error: Error) => error.message))
      .catch((error: Error) => error.message);
    if (answer !== 'No SW') return;
    const options = await optionsWithWorkersStopped();
    // The options page asks the worker for the settings as it loads: that starts a new one.
    await options.reload();
    await options.close();
  }

  /** The options page, open, after the extension's workers were stopped through the DevTools protocol. */
  async function optionsWithWorkersStopped(): Promise<Page> {
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    await harness.stopWorkers(options);
    return options;
  }

  /** Reloads the extension with a risky draft in the open page, then checks that exactly one copy works. */
  async function reloadLeavesOneWorkingCopy(reload: () => Promise<void>, screenshot: string) {
    await typeRiskyDraftAndKeepHost();

    const restarted = harness.context.waitForEvent('serviceworker', { timeout: 20_000 });
    await reload();
    await restarted;
    await restartIfHalfStarted();

    // The new copy is injected into the open page (no reload of the workbench) and draws its own overlay.
    await expect.poll(() => newHosts(workbench), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => overlay().hosts()).toBe(1);
    await expect.poll(() => overlay().count('.mark.block')).toBe(1);
    await replyBox().pressSequentially('，全网最好的');
    await expect.poll(() => overlay().texts('.mark')).toEqual(['加我微信', '最好']);

    // A panel opened after the reload follows the page; a pick inserts once.
    const panel = await harness.openPanel();
    await expect.poll(() => panel.getByTestId('buyer-name').textContent()).toBe('林小鹿');
    await replyBox().fill('');
    await panel.getByTestId('search').fill('zj4');
    const zj4 = (await panel.getByTestId('phrase').first().locator('.phrase-text').textContent())!;
    await workbench.bringToFront();
    await replyBox().focus();
    await workbench.keyboard.press('Alt+1');
    await expect.poll(() => replyBox().inputValue()).toBe(zj4);
    await workbench.waitForTimeout(500);
    expect(await replyBox().inputValue()).toBe(zj4);

    // One send guard, one dialog.
    await harness.editSettings((options) => options.getByLabel(/新人模式/).check());
    await replyBox().fill('');
    await replyBox().click();
    await replyBox().pressSequentially('好评返现5元哦');
    await replyBox().press('Enter');
    await expect.poll(() => overlay().visible('.dialog')).toBe(true);
    expect(await overlay().count('.dialog')).toBe(1);
    expect(await overlay().hosts()).toBe(1);
    expect(await workbench.evaluate(() => (window as any).__demo.sent.length)).toBe(0);
    await harness.screenshot(workbench, screenshot);
    await overlay().click('.dialog button', '返回修改');
    await panel.close();
  }

  it('reloaded while its worker runs: the old copy hears it on its port, the new copy takes over', async () => {
    await reloadLeavesOneWorkingCopy(async () => {
      const worker = await harness.serviceWorker();
      await worker.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => undefined);
    }, 'reload-one-copy');
  });

  it('reloaded after its idle worker stopped (port closed): the old copy still ends, the new copy takes over', async () => {
    await reloadLeavesOneWorkingCopy(async () => {
      const options = await optionsWithWorkersStopped();
      await options.waitForTimeout(500);
      await options.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => undefined);
    }, 'reload-after-idle-one-copy');
  });

  it('reloaded while another workbench tab is still loading: that tab gets one working copy once it has loaded', async () => {
    // The loaded workbench tab is served in the same pass as the loading one: its new copy says the pass is done.
    await typeRiskyDraftAndKeepHost();

    // An image held back keeps the tab loading after document_idle (the declared copy has run): after the reload the
    // browser runs no copy in it, and none is injected while it loads.
    const loading = await harness.context.newPage();
    let releaseImage!: () => void;
    const imageReleased = new Promise<void>((resolve) => (releaseImage = resolve));
    await loading.route('**/held.png', async (route) => {
      await imageReleased;
      await route.abort();
    });
    await loading.route(
      (url) => url.pathname.endsWith('/pinduoduo/index.html'),
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace('</body>', '<img src="/held.png" alt=""></body>') });
      },
    );
    await loading.goto(`${harness.server.url}/pinduoduo/index.html?auto=0`, { waitUntil: 'domcontentloaded' });
    const box = loading.locator('#replyTextarea');
    const marks = () => closedShadow(loading, 'huashu-inline');
    await box.click();
    await box.pressSequentially('加我微信');
    await expect.poll(() => marks().count('.mark.block')).toBe(1);
    await keepOldHost(loading);

    const restarted = harness.context.waitForEvent('serviceworker', { timeout: 20_000 });
    const worker = await harness.serviceWorker();
    await worker.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => undefined);
    await restarted;
    await restartIfHalfStarted();
    await expect.poll(() => newHosts(workbench), { timeout: 15_000 }).toBe(1);
    expect(await loading.evaluate(() => document.readyState)).toBe('interactive');
    expect(await newHosts(loading)).toBe(0);

    releaseImage();
    await expect.poll(() => loading.evaluate(() => document.readyState)).toBe('complete');
    await expect.poll(() => newHosts(loading), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => marks().hosts()).toBe(1);
    await expect.poll(() => marks().count('.mark.block')).toBe(1);
    await box.pressSequentially('，全网最好的');
    await expect.poll(() => marks().texts('.mark')).toEqual(['加我微信', '最好']);
    await loading.close();
  });
});

describe('a workbench opened while the extension’s worker does not answer', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('still reads the page and underlines a risky draft: the built-in rules come from the package, not the worker', async () => {
    // The worker's thread kept busy for good: no message to it is ever answered, as with a worker Chromium left
    // half-started after an update (see restartIfHalfStarted above). Before round 15 such a page was never checked.
    const worker = await harness.serviceWorker();
    void worker.evaluate(() => {
      for (;;);
    }).catch(() => undefined);
    const workbench = await harness.openWorkbench('pinduoduo/index.html?auto=0');
    const overlay = closedShadow(workbench, 'huashu-inline');
    const replyBox = workbench.locator('#replyTextarea');
    await replyBox.click();
    await replyBox.pressSequentially('加我微信');
    await expect.poll(() => overlay.count('.mark.block'), { timeout: 15_000 }).toBe(1);
    await replyBox.pressSequentially('，全网最好的');
    await expect.poll(() => overlay.texts('.mark')).toEqual(['加我微信', '最好']);
  });

  it('the page cannot fetch the packaged rules by the extension’s fixed ID (no way to probe that Huashu is installed)', async () => {
    const workbench = await harness.openWorkbench('pinduoduo/index.html?auto=0');
    const url = `chrome-extension://${harness.extensionId}/compliance-builtins.json`;
    const outcome = await workbench.evaluate(async (probe) => {
      try {
        const response = await fetch(probe);
        return `status ${response.status}`;
      } catch {
        return 'refused';
      }
    }, url);
    expect(outcome).toBe('refused');
  });
});
