// `npm start`: serves the demo workbench and opens Chromium with the freshly built extension loaded.
// HUASHU_BROWSER points at another Chromium, Chrome or Edge binary; HUASHU_PORT changes the port.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { randomBytes } from 'node:crypto';
import { startPackServer } from './pack-server';
import { startFixtureServer } from './serve';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3-demo');
const browserPath = process.env.HUASHU_BROWSER ?? '/usr/bin/chromium';

if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
  console.error('没有找到构建好的扩展：请先运行 npm run build:demo');
  process.exit(1);
}
if (!existsSync(browserPath)) {
  console.error(`没有找到浏览器 ${browserPath}：请安装 Chromium（sudo apt-get install chromium），或用 HUASHU_BROWSER 指定 Chrome/Edge 的路径`);
  process.exit(1);
}

const server = await startFixtureServer({ port: Number(process.env.HUASHU_PORT ?? 5273) });
const demoUrl = `${server.url}/pinduoduo/index.html`;
// The demo team pack, for 设置 → 团队话术库 (paste the join code) and 团队管理 (upload with the token).
const packToken = process.env.HUASHU_PACK_TOKEN ?? randomBytes(12).toString('base64url');
// Its key backup stays in .output/pack-server, so the join code survives restarts and 团队管理 can import the key.
const packDataDir = path.resolve('.output/pack-server');
const packServer = await startPackServer({ port: Number(process.env.HUASHU_PACK_PORT ?? 5274), token: packToken, dataDir: packDataDir });
const profile = mkdtempSync(path.join(os.tmpdir(), 'huashu-profile-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  // Headless Chromium opens a single page; a desktop window also gets the list of every demo workbench.
  ...(process.env.HUASHU_HEADLESS ? ['--headless=new', demoUrl] : [`${server.url}/index.html`, demoUrl]),
];

console.log(`演示工作台: ${demoUrl}`);
console.log(`团队话术包: ${packServer.url}/packs/demo.json（上传令牌 ${packToken}）`);
console.log(`演示加入码（粘贴到 设置 → 团队话术库）: ${packServer.joinCode}`);
console.log(`演示团队密钥备份（可在 设置 → 团队管理 导入）: ${path.join(packDataDir, 'team.key.json')}`);
console.log('在浏览器工具栏点击话术助手图标，或按 Alt+Shift+H，打开侧边栏。按 Ctrl+C 退出。');
const browser = spawn(browserPath, args, { stdio: 'ignore' });
const stop = () => {
  browser.kill();
  void Promise.all([server.close(), packServer.close()]).then(() => process.exit(0));
};
browser.on('exit', stop);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
