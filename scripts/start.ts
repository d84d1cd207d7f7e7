// `npm start`: serves the demo workbenches and the demo team-pack server, finds a Chromium, Chrome or Edge that
// can load the freshly built extension, and opens it on a profile kept in .output/demo-profile.
// `npm start -- --help` lists the options (headless, --fresh, another profile or browser, the load route).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { launchBrowser, type RunningBrowser } from './launch/browser';
import { describeDiscovery, discoverBrowser } from './launch/browsers';
import { hostIo } from './launch/host-io';
import { parseRunnerOptions, USAGE, type RunnerOptions } from './launch/options';
import { prepareProfile, profileOwner } from './launch/profile';
import { startPackServer } from './pack-server';
import { startFixtureServer } from './serve';

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = path.join(PROJECT_DIR, '.output', 'chrome-mv3-demo');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let options: RunnerOptions;
try {
  options = parseRunnerOptions(process.argv.slice(2), process.env, PROJECT_DIR);
} catch (error) {
  fail((error as Error).message);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) fail('没有找到构建好的扩展：请先运行 npm run build:demo');

const io = hostIo();
const discovery = discoverBrowser(io, { projectDir: PROJECT_DIR, loadVia: options.loadVia, explicitPath: options.browser });
const report = describeDiscovery(discovery, io.platform);
if (!discovery.chosen) fail(report.join('\n'));
const { chosen } = discovery;
console.log(report.join('\n'));

const owner = profileOwner(options.profileDir);
if (owner) fail(`配置目录 ${options.profileDir} 正被另一个浏览器（进程 ${owner}）使用：先关掉它（或之前的 npm start），或用 --profile 换一个目录`);
try {
  prepareProfile(options.profileDir, options.fresh);
} catch (error) {
  fail((error as Error).message);
}

async function listening<T>(start: Promise<T>, port: number, variable: string): Promise<T> {
  try {
    return await start;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return fail(`端口 ${port} 已被占用（是不是已经有一个 npm start 在运行？）：可以用 ${variable}=其他端口 npm start，0 表示任选空闲端口`);
  }
}

const server = await listening(startFixtureServer({ port: options.port }), options.port, 'HUASHU_PORT');
const demoUrl = `${server.url}/pinduoduo/index.html`;
// The demo team pack, for 设置 → 团队话术库 (paste the join code) and 团队管理 (upload with the token).
const packToken = options.packToken ?? randomBytes(12).toString('base64url');
// Its key backup stays in .output/pack-server, so the join code survives restarts and 团队管理 can import the key.
const packDataDir = path.join(PROJECT_DIR, '.output', 'pack-server');
const packServer = await listening(
  startPackServer({ port: options.packPort, token: packToken, dataDir: packDataDir }),
  options.packPort,
  'HUASHU_PACK_PORT',
);

let browser: RunningBrowser | null = null;
let stopping = false;
async function shutdown(message: string, code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(message);
  await browser?.stop();
  await Promise.all([server.close(), packServer.close()]);
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    // A second Ctrl+C does not wait for the browser; the launcher kills it on the way out.
    if (stopping) process.exit(130);
    void shutdown('正在关闭浏览器和演示服务器…');
  });
}

console.log(`配置目录：${options.profileDir}${options.fresh ? '（已清空）' : ''}——设置、个人话术和团队订阅会保留到下次；npm start -- --fresh 从空白开始`);
try {
  browser = await launchBrowser({
    executable: chosen.candidate.path,
    route: chosen.route,
    extensionDir: EXTENSION_DIR,
    profileDir: options.profileDir,
    headless: options.headless,
    // A desktop window also gets the list of every demo workbench; headless opens the one demo page.
    urls: options.headless ? [demoUrl] : [`${server.url}/index.html`, demoUrl],
    noSandbox: process.getuid?.() === 0,
    platform: io.platform,
  });
} catch (error) {
  void shutdown(`浏览器没能带着扩展启动：${(error as Error).message}`, 1);
}
// Null when the start failed or Ctrl+C came first; shutdown() is then already under way.
if (browser) announce(browser);

function announce(running: RunningBrowser): void {
  const startedAt = Date.now();
  void running.exited.then((exit) => {
    if (exit.code) {
      void shutdown(`浏览器异常退出（退出码 ${exit.code}），演示服务器已停止。${running.lastOutput()}`, 1);
      return;
    }
    // Chromium hands a second start on the same profile to the browser already running it, and quits at once.
    const hint = Date.now() - startedAt < 10_000 ? `（这么快就退出，可能是配置目录 ${options.profileDir} 正被另一个浏览器窗口使用）` : '';
    void shutdown(`浏览器已关闭${hint}，演示服务器已停止。`);
  });
  const lines = [
    `演示工作台：${demoUrl}`,
    `团队话术包：${packServer.url}/packs/demo.json（上传令牌 ${packToken}）`,
    `演示加入码（粘贴到 设置 → 团队话术库）：${packServer.joinCode}`,
    `演示团队密钥备份（可在 设置 → 团队管理 导入）：${path.join(packDataDir, 'team.key.json')}`,
    ...running.warnings.map((warning) => `注意：${warning}`),
  ];
  const id = running.extensionId;
  if (options.headless) {
    lines.push('无头模式（没有窗口），可以这样连上浏览器：', `  DevTools 调试地址：${running.devtoolsUrl}`);
    if (id) lines.push(`  侧边栏页面：chrome-extension://${id}/sidepanel.html`, `  设置页：chrome-extension://${id}/options.html`);
    lines.push('  例如用 playwright-core 的 chromium.connectOverCDP(调试地址)，再在新标签页打开上面的页面。');
  } else {
    lines.push('在浏览器工具栏点击话术助手图标，或按 Alt+Shift+H，打开侧边栏。');
    if (id) lines.push(`设置页：chrome-extension://${id}/options.html`);
  }
  lines.push('按 Ctrl+C 退出。');
  console.log(lines.join('\n'));
}
