// `npm start`: serves the demo workbench and opens Chromium with the freshly built extension loaded.
// HUASHU_BROWSER points at another Chromium, Chrome or Edge binary; HUASHU_PORT changes the port.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
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
  ...(process.env.HUASHU_HEADLESS ? ['--headless=new'] : []),
  `${server.url}/index.html`,
  demoUrl,
];

console.log(`演示工作台: ${demoUrl}`);
console.log('在浏览器工具栏点击话术助手图标，或按 Alt+Shift+H，打开侧边栏。按 Ctrl+C 退出。');
const browser = spawn(browserPath, args, { stdio: 'ignore' });
const stop = () => {
  browser.kill();
  void server.close().then(() => process.exit(0));
};
browser.on('exit', stop);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
