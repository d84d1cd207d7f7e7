// Workbench reading benchmark:
// 1. parse time of a 500-message conversation (linkedom document of a generated 拼多多-like page), as a
//    ratio to a plain querySelectorAll('li') walk over the same document (target ≤ 10 ms absolute);
// 2. 1,000 messages appended to the live fixture in headless Chromium, with the built extension's
//    content script watching vs the same page without the extension: main-thread time ratio and long
//    tasks (target: none over 50 ms);
// 3. opening the page: the longest task from navigation to 3 s after load, with and without the extension (its
//    content script compiles the checker then);
// 4. the content script bundle, gzipped (target ≤ CONTENT_SCRIPT_TARGET_KB; scripts/content-script-size.ts says what is in it).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { chromium, type BrowserContext } from 'playwright-core';
import { pinduoduo } from '../../utils/workbench/adapters/pinduoduo';
import { readConversation } from '../../utils/workbench/read';
import { startFixtureServer } from '../serve';
import { bundleForPage, median, percentile } from './_kit';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3-demo');
export const CONTENT_SCRIPT = path.join(EXTENSION_DIR, 'content-scripts/workbench.js');
/** The content script's gzip target, here and in the queue bench (README says the same): every workbench tab parses it. */
export const CONTENT_SCRIPT_TARGET_KB = 60;
export const BROWSER = process.env.HUASHU_BROWSER ?? '/usr/bin/chromium';

const PARSE_MESSAGES = 500;
const PARSE_ROUNDS = 60;
const BROWSER_REPEATS = 50;
const APPENDED = 1_000;
const APPEND_BATCH = 10;

/** A 拼多多-shaped page holding one conversation of `count` rows (buyer, agent, robot, system mixed). */
function conversationPage(count: number): string {
  const kinds = ['buyer-item', 'seller-item', 'buyer-item', 'robot-item'];
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 50 === 0) {
      rows.push(`<li class="onemsg" id="middlePanel_list_${i}"><div class="system-msg-31"><span class="msg-content-box">系统提示 ${i}</span></div></li>`);
      continue;
    }
    const kind = kinds[i % kinds.length];
    rows.push(
      `<li class="onemsg" id="middlePanel_list_${i}"><div class="${kind}"><span class="msg-time">14:${String(i % 60).padStart(2, '0')}:00</span>` +
        `<div${kind === 'buyer-item' ? ' currentuid="8812034"' : ''}><div class="msg-content"><p class="msg-content-box">第${i}条消息：请问这个什么时候发货，能不能顺丰</p></div></div></div></li>`,
    );
  }
  return `<!doctype html><html><body><div id="msgListContainer"><div class="chatWindowHeader"><div class="base-info"><span class="name">林小鹿</span></div></div>
    <div class="merchantMessage"><ul class="msg-list">${rows.join('')}</ul></div><textarea id="replyTextarea"></textarea></div></body></html>`;
}

function timeRounds(work: () => void): number[] {
  for (let i = 0; i < 10; i++) work();
  const times: number[] = [];
  for (let i = 0; i < PARSE_ROUNDS; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times;
}

function parseBench(): void {
  const { document } = parseHTML(conversationPage(PARSE_MESSAGES));
  let sink = 0;
  const baseline = timeRounds(() => {
    sink += document.querySelectorAll('li').length;
  });
  const reads = timeRounds(() => {
    sink += readConversation(document, pinduoduo, pinduoduo.selectors).conversation?.messages.length ?? 0;
  });
  const read = readConversation(document, pinduoduo, pinduoduo.selectors);
  console.log(`解析 ${PARSE_MESSAGES} 条消息的会话（linkedom，${PARSE_ROUNDS} 轮）：读到 ${read.conversation?.messages.length} 条`);
  console.log(`  readConversation 中位数 ${median(reads).toFixed(2)} ms，p95 ${percentile(reads, 95).toFixed(2)} ms（目标 ≤ 10 ms）`);
  console.log(`  基线 querySelectorAll('li') 中位数 ${median(baseline).toFixed(3)} ms；比值 ${(median(reads) / median(baseline)).toFixed(1)}×`);
  if (sink < 0) console.log(sink);
}

/**
 * The same parse in headless Chromium: the reader bundled with esbuild (already installed as tsx's
 * compiler) into the generated page, against the same querySelectorAll('li') baseline.
 */
async function browserParseBench(): Promise<void> {
  const bundle = await bundleForPage(`import { readConversation } from './utils/workbench/read';
    import { pinduoduo } from './utils/workbench/adapters/pinduoduo';
    (window as any).__huashuRead = () => readConversation(document, pinduoduo, pinduoduo.selectors);`);
  if (!bundle) {
    console.log('  浏览器内解析：跳过（找不到 esbuild）');
    return;
  }
  const browser = await chromium.launch({ executablePath: BROWSER, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(conversationPage(PARSE_MESSAGES));
    await page.addScriptTag({ content: bundle });
    // Passed as source text: tsx would wrap named functions in a helper the page does not have.
    const { reads, baseline, count } = await page.evaluate<{ reads: number[]; baseline: number[]; count: number }>(`(() => {
      const time = (work) => {
        for (let i = 0; i < 10; i++) work();
        const times = [];
        // Each sample repeats the work: the page's clock is coarsened to 0.1 ms.
        for (let i = 0; i < ${PARSE_ROUNDS}; i++) {
          const start = performance.now();
          for (let r = 0; r < ${BROWSER_REPEATS}; r++) work();
          times.push((performance.now() - start) / ${BROWSER_REPEATS});
        }
        return times;
      };
      const read = window.__huashuRead;
      return {
        reads: time(read),
        baseline: time(() => document.querySelectorAll('li').length),
        count: read().conversation.messages.length,
      };
    })()`);
    console.log(`  浏览器内（无头 Chromium）读到 ${count} 条：readConversation 中位数 ${median(reads).toFixed(2)} ms，p95 ${percentile(reads, 95).toFixed(2)} ms（目标 ≤ 10 ms）`);
    console.log(`  浏览器内基线 querySelectorAll('li') 中位数 ${(median(baseline) * 1000).toFixed(1)} µs；比值 ${(median(reads) / median(baseline)).toFixed(0)}×`);
  } finally {
    await browser.close();
  }
}

interface AppendRun {
  taskMs: number;
  longTasks: number[];
  rows: number;
  /** Sampled self time inside the content script's own code (profiled runs only). */
  contentScriptMs?: number;
}

type Profile = { nodes: { id: number; callFrame: { url: string } }[]; samples?: number[]; timeDeltas?: number[] };

function selfTimeIn(profile: Profile, urlPart: string): number {
  const urls = new Map(profile.nodes.map((node) => [node.id, node.callFrame.url]));
  let micros = 0;
  profile.samples?.forEach((id, index) => {
    if (urls.get(id)?.includes(urlPart)) micros += profile.timeDeltas?.[index] ?? 0;
  });
  return micros / 1000;
}

/** Appends messages in small bursts, as a busy workbench would, and measures the page's main thread. */
async function appendRun(context: BrowserContext, url: string, settleMs: number, profiled = false): Promise<AppendRun> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(settleMs);
  await page.evaluate(() => {
    const found: number[] = [];
    (window as any).__longTasks = found;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => found.push(entry.duration))).observe({ type: 'longtask', buffered: false });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskDuration = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')!.value;
  const before = await taskDuration();
  if (profiled) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  await page.evaluate(
    async ({ total, batch }) => {
      const demo = (window as any).__demo;
      for (let sent = 0; sent < total; sent += batch) {
        for (let i = 0; i < batch; i++) demo.pushBuyerMessage('b1', `追加消息 ${sent + i}：什么时候能发货`);
        await new Promise((resolve) => setTimeout(resolve, 16));
      }
    },
    { total: APPENDED, batch: APPEND_BATCH },
  );
  // Let the watcher's coalesced read of the last burst run.
  await page.waitForTimeout(600);
  const taskMs = ((await taskDuration()) - before) * 1000;
  const contentScriptMs = profiled ? selfTimeIn((await cdp.send('Profiler.stop')).profile as Profile, 'content-scripts/workbench.js') : undefined;
  const longTasks = await page.evaluate(() => (window as any).__longTasks as number[]);
  const rows = await page.locator('li.onemsg').count();
  await page.close();
  return { taskMs, longTasks, rows, contentScriptMs };
}

/** A headless Chromium with a fresh profile, with this build (or another build's directory: bench -- worker) loaded. */
export async function launchContext(withExtension: boolean, extensionDir = EXTENSION_DIR): Promise<{ context: BrowserContext; dispose(): Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'huashu-bench-'));
  const extensionArgs = withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSER,
    headless: true,
    args: [...extensionArgs, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async dispose() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function observerBench(): Promise<void> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.log(`追加 ${APPENDED} 条消息：跳过（扩展未构建，请先运行 npm run build:demo）`);
    return;
  }
  const server = await startFixtureServer();
  const url = `${server.url}/pinduoduo/index.html?auto=0`;
  try {
    const results: Record<'base' | 'ext', AppendRun[]> = { base: [], ext: [] };
    const measure = async (withExtension: boolean, profiled = false) => {
      const { context, dispose } = await launchContext(withExtension);
      try {
        // The extension's service worker and content script need a moment after load.
        return await appendRun(context, url, withExtension ? 1500 : 300, profiled);
      } finally {
        await dispose();
      }
    };
    // Alternate runs so drift on the noisy machine hits both sides alike.
    for (let round = 0; round < 3; round++) {
      results.base.push(await measure(false));
      results.ext.push(await measure(true));
    }
    const profiled = await measure(true, true);
    const describe = (runs: AppendRun[]) => {
      const taskMs = median(runs.map((run) => run.taskMs));
      const perRun = runs.map((run) => `${run.longTasks.filter((ms) => ms > 50).length}个/最长${Math.max(0, ...run.longTasks).toFixed(0)}ms`).join('，');
      return { taskMs, text: `主线程 ${taskMs.toFixed(0)} ms；每轮超过 50 ms 的长任务：${perRun}` };
    };
    const base = describe(results.base);
    const ext = describe(results.ext);
    console.log(`追加 ${APPENDED} 条消息（每 16 ms ${APPEND_BATCH} 条，无头 Chromium，3 轮交替，取中位数；列表最终 ${results.ext[0]?.rows} 行）：`);
    console.log(`  无扩展（基线）${base.text}`);
    console.log(`  有扩展 ${ext.text}（目标：扩展不新增超过 50 ms 的长任务）`);
    console.log(`  主线程时间比值（有/无扩展）${(ext.taskMs / base.taskMs).toFixed(2)}×；差值 ${(ext.taskMs - base.taskMs).toFixed(0)} ms（含页面自身布局的波动）`);
    console.log(`  采样剖析：内容脚本自身代码 ${profiled.contentScriptMs?.toFixed(0)} ms，约每条消息 ${((profiled.contentScriptMs ?? 0) / APPENDED).toFixed(3)} ms`);
  } finally {
    await server.close();
  }
}

/** Long tasks of the page from navigation until 3 s after load: the content script starting and compiling its checker. */
async function loadRun(context: BrowserContext, url: string): Promise<number[]> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const found: number[] = [];
    (window as any).__longTasks = found;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => found.push(entry.duration))).observe({ type: 'longtask' });
  });
  await page.goto(url);
  await page.waitForTimeout(3000);
  const longTasks = await page.evaluate(() => (window as any).__longTasks as number[]);
  await page.close();
  return longTasks;
}

async function loadBench(): Promise<void> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('打开工作台页面：跳过（扩展未构建，请先运行 npm run build:demo）');
    return;
  }
  const server = await startFixtureServer();
  const url = `${server.url}/pinduoduo/index.html?auto=0`;
  try {
    const longest: Record<'base' | 'ext', number[]> = { base: [], ext: [] };
    for (const withExtension of [false, true]) {
      const { context, dispose } = await launchContext(withExtension);
      try {
        // The first load also starts the service worker; the agent's later page loads find it running.
        await loadRun(context, url);
        for (let round = 0; round < 5; round++) longest[withExtension ? 'ext' : 'base'].push(Math.max(0, ...(await loadRun(context, url))));
      } finally {
        await dispose();
      }
    }
    const list = (values: number[]) => values.map((ms) => ms.toFixed(0)).join(' / ');
    console.log('打开工作台页面到加载后 3 秒（内容脚本启动、向后台要内置规则、编译检查器），每次最长的任务，5 次：');
    console.log(`  无扩展（基线）${list(longest.base)} ms；有扩展 ${list(longest.ext)} ms，中位数 ${median(longest.ext).toFixed(0)} ms（基线 ${median(longest.base).toFixed(0)} ms）`);
  } finally {
    await server.close();
  }
}

function bundleBench(): void {
  if (!existsSync(CONTENT_SCRIPT)) {
    console.log('内容脚本体积：跳过（扩展未构建）');
    return;
  }
  const raw = readFileSync(CONTENT_SCRIPT);
  const gzipped = gzipSync(raw, { level: 9 }).length;
  const target = CONTENT_SCRIPT_TARGET_KB;
  console.log(`内容脚本 content-scripts/workbench.js：${(raw.length / 1024).toFixed(1)} KB，gzip 后 ${(gzipped / 1024).toFixed(1)} KB（目标 ≤ ${target} KB，占 ${((gzipped / (target * 1024)) * 100).toFixed(0)}%）`);
}

export async function run(): Promise<void> {
  parseBench();
  await browserParseBench();
  await observerBench();
  await loadBench();
  bundleBench();
}
