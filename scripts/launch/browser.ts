// Starts the chosen browser on the demo profile with the extension loaded, by command-line flag or over the
// DevTools pipe, finds out how to reach it when headless, and stops it cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { LoadRoute } from './browsers';
import { CdpPipe } from './cdp-pipe';
import { unpackedExtensionId } from './extension-id';
import { DEVTOOLS_PORT_FILE, readDevToolsEndpoint } from './profile';

export interface LaunchOptions {
  executable: string;
  route: LoadRoute;
  extensionDir: string;
  profileDir: string;
  headless: boolean;
  /** Pages to open once the extension is loaded. */
  urls: string[];
  /** Chromium will not start as root with its sandbox on. */
  noSandbox: boolean;
  platform: NodeJS.Platform;
  /** How long to wait for each start-up step; a busy machine needs a lot. */
  timeoutMs?: number;
}

export interface RunningBrowser {
  /** The extension's id, once the browser has shown it loaded it (always for cdp; headless for flag). */
  extensionId: string | null;
  /** `ws://…/devtools/browser/…` in headless mode. */
  devtoolsUrl: string | null;
  /** Problems that did not stop the start, in Chinese. */
  warnings: string[];
  exited: Promise<BrowserExit>;
  /** The browser's last lines on stderr, introduced in Chinese; '' when it wrote nothing. */
  lastOutput(): string;
  stop(): Promise<void>;
}

export interface BrowserExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Flags for one start; URLs go on the command line only when the extension is loaded by flag (before any page). */
export function browserArgs(options: Omit<LaunchOptions, 'executable' | 'platform' | 'timeoutMs'>): string[] {
  const { route, extensionDir, profileDir, headless, urls, noSandbox } = options;
  return [
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    // The demo talks to 127.0.0.1 only; keep the browser's own traffic out of it.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // The profile persists, so a run stopped hard must not greet the next one with "restore pages?".
    '--hide-crash-restore-bubble',
    ...(route === 'flag'
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : ['--enable-unsafe-extension-debugging', '--remote-debugging-pipe']),
    ...(headless ? ['--headless=new', '--remote-debugging-port=0'] : []),
    ...(noSandbox ? ['--no-sandbox'] : []),
    ...(route === 'flag' ? urls : ['about:blank']),
  ];
}

class BrowserStartError extends Error {}

export async function launchBrowser(options: LaunchOptions): Promise<RunningBrowser> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  if (options.headless) rmSync(path.join(options.profileDir, DEVTOOLS_PORT_FILE), { force: true });
  const child = spawn(options.executable, browserArgs(options), {
    stdio: options.route === 'cdp' ? ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] : ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  let hasExited = false;
  const exited = new Promise<BrowserExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    void spawnError.then(() => resolve({ code: null, signal: null }));
  }).then((exit) => {
    hasExited = true;
    return exit;
  });
  // A runner that dies must not leave a browser holding the profile.
  const killOnExit = () => child.kill();
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));

  // Each start-up step is raced against the browser dying (or never starting), which ends the wait at once.
  const startFailure = Promise.race([
    spawnError.then((error) => `无法启动浏览器 ${options.executable}：${error.message}`),
    // Exit code 0 this early: Chromium handed the start to a browser already running on this profile.
    exited.then((exit) => `浏览器退出了（${exit.signal ?? `退出码 ${exit.code}`}）${exit.code === 0 ? '，配置目录可能正被另一个浏览器窗口使用' : ''}`),
  ]);
  const step = async <T>(promise: Promise<T>, what: string): Promise<T> => {
    const outcome = await Promise.race([promise.then((value) => ({ value })), startFailure.then((failure) => ({ failure }))]);
    if ('failure' in outcome) throw new BrowserStartError(`${what}时${outcome.failure}${tail(stderr)}`);
    return outcome.value;
  };

  const pipe = options.route === 'cdp' ? new CdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable) : null;
  const browser: RunningBrowser = {
    extensionId: null,
    devtoolsUrl: null,
    warnings: [],
    exited,
    lastOutput: () => tail(stderr),
    stop: () => stopBrowser(child, pipe, exited, () => hasExited),
  };
  try {
    await step(new Promise((resolve) => child.once('spawn', resolve)), '启动');
    if (pipe) {
      browser.extensionId = await step(loadOverPipe(pipe, options.extensionDir, timeoutMs), '加载扩展');
      const started = await step(poll(() => serviceWorkerListed(pipe, browser.extensionId!), timeoutMs), '等待扩展启动');
      if (!started) browser.warnings.push(`扩展已安装，但 ${Math.round(timeoutMs / 1000)} 秒内没有看到它的后台（service worker）启动`);
      await step(openPages(pipe, options.urls), '打开页面');
    }
    if (options.headless) {
      browser.devtoolsUrl = await step(poll(() => readDevToolsEndpoint(options.profileDir), timeoutMs), '等待调试端口');
      if (!browser.devtoolsUrl) throw new BrowserStartError(`浏览器 ${Math.round(timeoutMs / 1000)} 秒内没有打开调试端口${tail(stderr)}`);
      if (!pipe) {
        // Loaded by flag: the id follows from the folder; the target list shows whether the browser honoured it.
        const id = unpackedExtensionId(realpathSync(options.extensionDir), options.platform);
        const seen = await step(poll(() => extensionTargetListed(browser.devtoolsUrl!, id), timeoutMs), '等待扩展启动');
        if (seen) browser.extensionId = id;
        else browser.warnings.push('调试端口上没有看到扩展的后台：这个浏览器可能忽略了 --load-extension，可以试试 --load-via cdp');
      }
    }
  } catch (error) {
    await browser.stop();
    throw error instanceof BrowserStartError ? error : new BrowserStartError(`${(error as Error).message}${tail(stderr)}`);
  }
  return browser;
}

function tail(stderr: string): string {
  const lines = stderr.trim().split('\n').slice(-5).join('\n');
  return lines ? `\n浏览器最后的输出：\n${lines}` : '';
}

async function loadOverPipe(pipe: CdpPipe, extensionDir: string, timeoutMs: number): Promise<string> {
  try {
    const { id } = await pipe.send<{ id: string }>('Extensions.loadUnpacked', { path: extensionDir }, timeoutMs);
    return id;
  } catch (error) {
    const message = (error as Error).message;
    if (/not found|wasn't found|not available/i.test(message)) {
      throw new BrowserStartError(`这个浏览器不支持 Extensions.loadUnpacked（${message}）：请升级浏览器，或用 --load-via flag 改用 --load-extension`);
    }
    throw error;
  }
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function serviceWorkerListed(pipe: CdpPipe, extensionId: string): Promise<boolean | null> {
  const { targetInfos } = await pipe.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
  return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`)) || null;
}

async function extensionTargetListed(devtoolsUrl: string, extensionId: string): Promise<boolean | null> {
  const { host } = new URL(devtoolsUrl);
  try {
    const response = await fetch(`http://${host}/json/list`);
    const targets = (await response.json()) as { url: string }[];
    return targets.some((t) => t.url.startsWith(`chrome-extension://${extensionId}/`)) || null;
  } catch {
    return null; // The port may not answer yet.
  }
}

/** Pages opened after loadUnpacked get the content script; the start-up about:blank tab is closed afterwards. */
async function openPages(pipe: CdpPipe, urls: string[]): Promise<void> {
  const { targetInfos } = await pipe.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
  const blank = targetInfos.filter((t) => t.type === 'page' && t.url === 'about:blank');
  for (const url of urls) await pipe.send('Target.createTarget', { url });
  if (urls.length > 0) for (const page of blank) await pipe.send('Target.closeTarget', { targetId: page.targetId });
}

/** Calls check every 250 ms until it gives a value (not null), or null after timeoutMs. */
async function poll<T>(check: () => T | null | Promise<T | null>, timeoutMs: number): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopBrowser(child: ChildProcess, pipe: CdpPipe | null, exited: Promise<BrowserExit>, hasExited: () => boolean): Promise<void> {
  if (hasExited()) return;
  // Browser.close and SIGTERM both let Chromium shut down properly, so the profile is written out.
  const closed = pipe ? await pipe.send('Browser.close', {}, 5_000).then(() => true, () => false) : false;
  if (!closed) child.kill('SIGTERM');
  const within = (ms: number) => Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref())]);
  if (!(await within(15_000))) {
    child.kill('SIGKILL');
    await exited;
  }
  pipe?.close();
}
