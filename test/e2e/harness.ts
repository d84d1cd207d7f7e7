// Launches Debian's headless Chromium with the built extension and serves the fixture workbenches.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startFixtureServer, type RunningServer } from '../../scripts/serve';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3-demo');
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');
const BROWSER = process.env.HUASHU_BROWSER ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  server: RunningServer;
  serviceWorker(): Promise<Worker>;
  openWorkbench(fixturePath: string): Promise<Page>;
  openPanel(): Promise<Page>;
  /** The demo workbench (timed messages off) and the panel following it. */
  openDemo(): Promise<{ workbench: Page; panel: Page }>;
  /** Stops the extension's service workers as Chrome stops an idle one (through the DevTools protocol of an open page). */
  stopWorkers(via: Page): Promise<void>;
  /** Changes settings through the options page as an agent would, then saves. */
  editSettings(fill: (options: Page) => Promise<void>): Promise<void>;
  screenshot(page: Page, name: string): Promise<void>;
  /** Ends the browser as a crash would (SIGKILL to its main process: nothing is flushed or cleaned up). */
  kill(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A profile directory to use and keep (a relaunch reads what the last run left); a fresh temporary one otherwise. */
  profile?: string;
}

/** The main browser process of a profile: the one whose command line names it and is no helper (--type=). */
function browserPid(profile: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((arg) => arg.startsWith('--type='))) return Number(entry);
  }
  return undefined;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`扩展未构建：${EXTENSION_DIR} 不存在，请先运行 npm run build:demo`);
  }
  const profile = options.profile ?? mkdtempSync(path.join(os.tmpdir(), 'huashu-e2e-'));
  const server = await startFixtureServer();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSER,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const serviceWorker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  const harness: Harness = {
    context,
    extensionId,
    server,
    serviceWorker,
    async openWorkbench(fixturePath) {
      const page = await context.newPage();
      await page.goto(`${server.url}/${fixturePath}`);
      return page;
    },
    // The side panel cannot be opened headless (it needs a user gesture); the same page in a tab
    // talks to the background exactly as the panel does.
    async openPanel() {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 800 });
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      return page;
    },
    async openDemo() {
      const workbench = await harness.openWorkbench('pinduoduo/index.html?auto=0');
      const panel = await harness.openPanel();
      return { workbench, panel };
    },
    async stopWorkers(via) {
      const cdp = await context.newCDPSession(via);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
    async editSettings(fill) {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await fill(options);
      await options.getByRole('button', { name: '保存' }).click();
      await options.getByRole('status').filter({ hasText: '已保存' }).waitFor();
      await options.close();
    },
    async screenshot(page, name) {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
    },
    async kill() {
      const pid = browserPid(profile);
      if (pid === undefined) throw new Error(`找不到使用 ${profile} 的浏览器进程`);
      const closed = new Promise((resolve) => context.once('close', resolve));
      process.kill(pid, 'SIGKILL');
      await closed;
      await server.close();
    },
    async close() {
      await context.close();
      await server.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
  return harness;
}
