// Conversation-list benchmark (the waiting queue):
// 1. reading a 200-conversation list per change, in headless Chromium (the reader and tracker bundled
//    into a generated 拼多多-like page; one row changes, then the whole list is read), against a plain
//    querySelectorAll walk of the same rows; target ≤ 2 ms per change; the same in linkedom for context;
// 2. the demo workbench grown to 200 conversations with the built extension watching, buyers writing to
//    random conversations: long tasks over 50 ms with and without the extension (target: none added);
// 3. the content script bundle, gzipped (target ≤ CONTENT_SCRIPT_TARGET_KB, the workbench bench's).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { pinduoduo } from '../../utils/workbench/adapters/pinduoduo';
import { readConversationList } from '../../utils/workbench/list';
import { startFixtureServer } from '../serve';
import { bundleForPage, median, percentile, seeded } from './_kit';
import { BROWSER, CONTENT_SCRIPT, CONTENT_SCRIPT_TARGET_KB, EXTENSION_DIR, launchContext } from './workbench';

const ROWS = 200;
const ROUNDS = 200;
const CHANGES = 300;

/** A 拼多多-shaped session list: overdue, pending and other rows, with unread counts and timers. */
function listPage(count: number): string {
  const row = (i: number) =>
    `<li class="chat-item" data-random="c${i}"><div class="chat-item-box${i === 0 ? ' active' : ''}"><div class="chat-portrait"><i>${i % 3 === 0 ? i % 9 : ''}</i></div>` +
    `<span class="nickname-span">买家${i}</span><p class="chat-last-msg">第${i}位买家：请问什么时候发货，能不能顺丰</p><p class="chat-unreply-time">${i % 3 === 0 ? `等待 ${i % 7} 分钟` : ''}</p></div></li>`;
  const section = (className: string, from: number, to: number) => `<ul class="chat-list ${className}">${Array.from({ length: to - from }, (_, k) => row(from + k)).join('')}</ul>`;
  return `<!doctype html><html><body><div class="chat-list-box">${section('timeout-unreply', 0, 10)}${section('five-minute', 10, 40)}${section('', 40, count)}</div></body></html>`;
}

function linkedomBench(): void {
  const { document } = parseHTML(listPage(ROWS));
  const spec = pinduoduo.selectors.conversationList!;
  const time = (work: () => void) => {
    for (let i = 0; i < 10; i++) work();
    return Array.from({ length: 60 }, () => {
      const start = performance.now();
      work();
      return performance.now() - start;
    });
  };
  let sink = 0;
  const reads = time(() => (sink += readConversationList(document, spec)!.length));
  const baseline = time(() => (sink += document.querySelectorAll('li').length));
  console.log(`linkedom（Node，仅供参考）：读取 ${ROWS} 行会话列表中位数 ${median(reads).toFixed(2)} ms；基线 querySelectorAll 中位数 ${median(baseline).toFixed(3)} ms；比值 ${(median(reads) / median(baseline)).toFixed(0)}×`);
  if (sink < 0) console.log(sink);
}

async function browserBench(): Promise<void> {
  const bundle = await bundleForPage(`import { readConversationList } from './utils/workbench/list';
    import { createListTracker } from './utils/queue/track';
    import { pinduoduo } from './utils/workbench/adapters/pinduoduo';
    const tracker = createListTracker();
    (window as any).__huashuReadList = () => tracker.update(readConversationList(document, pinduoduo.selectors.conversationList!)!, Date.now());`);
  if (!bundle) {
    console.log('浏览器内读取：跳过（找不到 esbuild）');
    return;
  }
  const browser = await chromium.launch({ executablePath: BROWSER, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(listPage(ROWS));
    await page.addScriptTag({ content: bundle });
    const { reads, baseline, rows, longTasks } = await page.evaluate<{ reads: number[]; baseline: number[]; rows: number; longTasks: number[] }>(`(async () => {
      const longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({ type: 'longtask' });
      const read = window.__huashuReadList;
      const badges = [...document.querySelectorAll('.chat-portrait i')];
      // One change (an unread count moves), then one read of the whole list, as the watcher does.
      const change = (i) => { badges[i % badges.length].textContent = String(i % 9); };
      const time = (work) => {
        for (let i = 0; i < 20; i++) { change(i); work(); }
        const times = [];
        for (let i = 0; i < ${ROUNDS}; i++) {
          change(i);
          const start = performance.now();
          work();
          times.push(performance.now() - start);
        }
        return times;
      };
      const reads = time(read);
      const baseline = time(() => document.querySelectorAll('li.chat-item').forEach((li) => li.textContent));
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { reads, baseline, rows: read().length, longTasks };
    })()`);
    console.log(`无头 Chromium：${ROWS} 行会话列表（读到 ${rows} 行），每次改动后读取并更新等待时间，${ROUNDS} 次：`);
    console.log(`  中位数 ${median(reads).toFixed(2)} ms，p95 ${percentile(reads, 95).toFixed(2)} ms，最长 ${Math.max(...reads).toFixed(2)} ms（目标 ≤ 2 ms）`);
    console.log(`  基线（逐行 querySelectorAll + textContent）中位数 ${median(baseline).toFixed(2)} ms；比值 ${(median(reads) / median(baseline)).toFixed(1)}×`);
    console.log(`  期间超过 50 ms 的长任务：${longTasks.filter((ms) => ms > 50).length} 个`);
  } finally {
    await browser.close();
  }
}

/** The demo workbench grown to 200 conversations; buyers write to random ones while we watch the main thread. */
async function extensionBench(): Promise<void> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('带扩展的 200 个会话：跳过（扩展未构建，请先运行 npm run build:demo）');
    return;
  }
  const server = await startFixtureServer();
  const url = `${server.url}/pinduoduo/index.html?auto=0`;
  const random = seeded(13);
  const targets = Array.from({ length: CHANGES }, () => `g${Math.floor(random() * (ROWS - 5))}`);
  const run = async (withExtension: boolean) => {
    const { context, dispose } = await launchContext(withExtension);
    try {
      const page = await context.newPage();
      await page.goto(url);
      await page.evaluate((count) => {
        const demo = (window as any).__demo;
        for (let i = 0; i < count; i++) demo.addConversation({ id: `g${i}`, name: `买家${i}`, uid: String(9000 + i), messages: [['buyer', '在吗']] });
      }, ROWS - 5);
      await page.waitForTimeout(withExtension ? 2000 : 500);
      await page.evaluate(() => {
        const found: number[] = [];
        (window as any).__longTasks = found;
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => found.push(entry.duration))).observe({ type: 'longtask' });
      });
      await page.evaluate(async (ids) => {
        const demo = (window as any).__demo;
        for (const [i, id] of ids.entries()) {
          demo.pushBuyerMessage(id, `第${i}条：什么时候发货`);
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
      }, targets);
      await page.waitForTimeout(800);
      const longTasks = await page.evaluate(() => (window as any).__longTasks as number[]);
      const rows = await page.locator('li.chat-item').count();
      return { longTasks, rows };
    } finally {
      await dispose();
    }
  };
  try {
    const base = await run(false);
    const ext = await run(true);
    const describe = (tasks: number[]) => `${tasks.filter((ms) => ms > 50).length} 个超过 50 ms（最长 ${Math.max(0, ...tasks).toFixed(0)} ms）`;
    console.log(`演示工作台 ${ext.rows} 个会话，买家每 30 ms 发来一条，共 ${CHANGES} 条：`);
    console.log(`  无扩展（基线）长任务 ${describe(base.longTasks)}；有扩展 ${describe(ext.longTasks)}（目标：扩展不新增超过 50 ms 的长任务）`);
  } finally {
    await server.close();
  }
}

function bundleBench(): void {
  if (!existsSync(CONTENT_SCRIPT)) {
    console.log('内容脚本体积：跳过（扩展未构建）');
    return;
  }
  const gzipped = gzipSync(readFileSync(CONTENT_SCRIPT), { level: 9 }).length;
  const target = CONTENT_SCRIPT_TARGET_KB;
  console.log(`内容脚本（含会话列表读取）gzip 后 ${(gzipped / 1024).toFixed(1)} KB（目标 ≤ ${target} KB，占 ${((gzipped / (target * 1024)) * 100).toFixed(0)}%）`);
}

export async function run(): Promise<void> {
  linkedomBench();
  await browserBench();
  await extensionBench();
  bundleBench();
}
