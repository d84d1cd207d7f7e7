// `npm start` headless, as a script would drive it: the runner loads the extension over the DevTools pipe
// (Extensions.loadUnpacked, not --load-extension), prints where to connect, keeps the profile between runs
// and clears it with --fresh.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { unpackedExtensionId } from '../../scripts/launch/extension-id';
import { EXTENSION_DIR, SCREENSHOT_DIR } from './harness';

const STEP_TIMEOUT = 90_000;

interface Runner {
  child: ChildProcess;
  output(): string;
  devtoolsUrl: string;
  panelUrl: string;
  optionsUrl: string;
  demoUrl: string;
  extensionId: string;
  /** Ctrl+C, as a person would; resolves with the exit code. */
  interrupt(): Promise<number | null>;
}

/** Starts `scripts/start.ts` headless (what `npm start` runs after building) and waits until it says it is ready. */
async function startRunner(profile: string, extra: string[] = []): Promise<Runner> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/start.ts', '--headless', '--profile', profile, ...extra],
    { env: { ...process.env, HUASHU_PORT: '0', HUASHU_PACK_PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = await Promise.race([
    new Promise<boolean>((resolve) => {
      const check = () => output.includes('按 Ctrl+C 退出') && resolve(true);
      child.stdout!.on('data', check);
    }),
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), STEP_TIMEOUT)),
  ]);
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`runner did not become ready:\n${output}`);
  }
  const find = (pattern: RegExp) => {
    const match = pattern.exec(output);
    if (!match) throw new Error(`${pattern} not in the runner's output:\n${output}`);
    return match[1]!;
  };
  const panelUrl = find(/侧边栏页面：(chrome-extension:\/\/\S+\/sidepanel\.html)/);
  return {
    child,
    output: () => output,
    devtoolsUrl: find(/DevTools 调试地址：(ws:\/\/127\.0\.0\.1:\d+\/devtools\/browser\/\S+)/),
    panelUrl,
    optionsUrl: find(/设置页：(chrome-extension:\/\/\S+\/options\.html)/),
    demoUrl: find(/演示工作台：(http:\/\/127\.0\.0\.1:\d+\/pinduoduo\/index\.html)/),
    extensionId: new URL(panelUrl).host,
    interrupt: () => {
      child.kill('SIGINT');
      return exited;
    },
  };
}

/** The live browser processes started with this profile, with their command lines (Linux /proc). */
function browserProcesses(profile: string): { pid: number; args: string[] }[] {
  const found: { pid: number; args: string[] }[] = [];
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (args.includes(`--user-data-dir=${profile}`)) found.push({ pid: Number(pid), args });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

async function openOptions(browser: Browser, runner: Runner): Promise<Page> {
  const page = await browser.contexts()[0]!.newPage();
  await page.goto(runner.optionsUrl);
  await page.getByLabel('客服昵称').waitFor();
  return page;
}

describe('npm start, headless, extension loaded with Extensions.loadUnpacked', () => {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'huashu-runner-'));
  let running: Runner | null = null;
  let cdp: Browser | null = null;

  async function stop(): Promise<number | null> {
    await cdp?.close();
    cdp = null;
    const code = await running!.interrupt();
    running = null;
    return code;
  }

  // After a failure: stop what the test started, by pid (the profile is unique to this file).
  afterEach(async () => {
    await cdp?.close().catch(() => undefined);
    cdp = null;
    if (running) {
      const stopped = await Promise.race([running.interrupt(), new Promise((resolve) => setTimeout(() => resolve('timeout'), 30_000))]);
      if (stopped === 'timeout') running.child.kill('SIGKILL');
      running = null;
    }
    for (const { pid } of browserProcesses(profile)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('prints the DevTools endpoint and extension pages; the service worker runs and the panel reads the demo workbench', { timeout: 4 * STEP_TIMEOUT }, async () => {
    running = await startRunner(profile, ['--load-via', 'cdp']);
    expect(running.output()).toContain('Extensions.loadUnpacked');
    // The id the browser returned is the one the runner derives from the folder when it loads by flag.
    expect(unpackedExtensionId(realpathSync(EXTENSION_DIR), process.platform)).toBe(running.extensionId);
    expect(running.output()).not.toContain('Alt+Shift+H');

    // The browser got the pipe and the debugging switch, and no --load-extension naming our build.
    const processes = browserProcesses(profile);
    const main = processes.find(({ args }) => args.includes('--remote-debugging-pipe'));
    expect(main?.args).toContain('--enable-unsafe-extension-debugging');
    expect(processes.flatMap(({ args }) => args).filter((arg) => arg.startsWith('--load-extension=') && arg.includes(EXTENSION_DIR))).toEqual([]);

    cdp = await chromium.connectOverCDP(running.devtoolsUrl, { timeout: STEP_TIMEOUT });
    const context = cdp.contexts()[0]!;
    const serviceWorker =
      context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${running!.extensionId}/`)) ??
      (await context.waitForEvent('serviceworker', { timeout: STEP_TIMEOUT }));
    expect(await serviceWorker.evaluate(() => (globalThis as any).chrome.runtime.id)).toBe(running.extensionId);

    const workbench = await context.newPage();
    await workbench.goto(`${running.demoUrl}?auto=0`);
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(running.panelUrl);
    await expect.poll(() => panel.getByTestId('buyer-name').textContent(), { timeout: STEP_TIMEOUT }).toBe('林小鹿');
    expect(await panel.getByTestId('platform').textContent()).toBe('拼多多');
    await panel.screenshot({ path: path.join(SCREENSHOT_DIR, 'runner-headless-panel.png') });

    // A setting saved in this run, for the next one.
    const options = await openOptions(cdp, running);
    await options.getByLabel('客服昵称').fill('持久小满');
    await options.getByRole('button', { name: '保存' }).click();
    await options.getByRole('status').filter({ hasText: '已保存' }).waitFor();

    expect(await stop()).toBe(0);
    // Ctrl+C takes the browser down with the runner.
    await expect.poll(() => browserProcesses(profile), { timeout: 15_000 }).toEqual([]);
  });

  it('keeps the saved setting in the next plain run on the same profile', { timeout: 4 * STEP_TIMEOUT }, async () => {
    // No --load-via: the route this machine's browser gets by default (--load-extension for Chromium).
    running = await startRunner(profile);
    cdp = await chromium.connectOverCDP(running.devtoolsUrl, { timeout: STEP_TIMEOUT });
    const options = await openOptions(cdp, running);
    expect(await options.getByLabel('客服昵称').inputValue()).toBe('持久小满');
    expect(await stop()).toBe(0);
  });

  it('starts from an empty profile with --fresh', { timeout: 4 * STEP_TIMEOUT }, async () => {
    running = await startRunner(profile, ['--fresh', '--load-via', 'cdp']);
    expect(running.output()).toContain('已清空');
    cdp = await chromium.connectOverCDP(running.devtoolsUrl, { timeout: STEP_TIMEOUT });
    const options = await openOptions(cdp, running);
    expect(await options.getByLabel('客服昵称').inputValue()).toBe('');
    expect(await stop()).toBe(0);
  });
});
