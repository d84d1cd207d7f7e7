// Background worker start-up benchmark: how long the MV3 worker takes from its start to "every listener
// registered" (the end of its script's first turn), in headless Chromium, idle and with the machine made busy
// (two spinning node processes). A worker that slow after a reload or an update is what Chromium can leave
// half-started (README, 页面不可信), so this is the figure to keep small.
//
// Each build is copied with two marks added to its background.js: `performance.now()` as its first statement runs
// (the time before it is loading and compiling the script) and after its last (main() returned, every listener
// registered). In each launch the extension is reloaded a few times (chrome.runtime.reload(), as a developer or an
// update does: the new version's script is compiled from nothing, the case Chromium can leave half-started), then
// its worker is stopped through the DevTools protocol and woken by a message a few times (a compiled script is kept).
// The first start at launch is printed too: it shares the machine with the browser's own start.
// Reported as ratios against a minimal extension's worker (one listener) measured in the same run; with
// HUASHU_BASELINE_BUILD=<dir of another chrome-mv3-demo build> that build is measured too (e.g. main's).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'playwright-core';
import { median, percentile } from './_kit';
import { EXTENSION_DIR, launchContext } from './workbench';

/** Browsers launched per build and condition… */
const LAUNCHES = Number(process.env.HUASHU_WORKER_LAUNCHES ?? 5);
/** …and restarts in each (Chromium keeps the compiled script of an installed worker: those start faster). */
const RESTARTS = 3;
/** …and reloads (chrome.runtime.reload(), as a developer or an update does: the new version compiles from nothing). */
const RELOADS = 3;
const BUSY_PROCESSES = 2;

interface Start {
  /** From the worker's time origin to its script's first statement: loading and compiling the script. */
  compiled: number;
  /** To the end of its first turn: every listener registered. */
  ready: number;
}

/** A copy of a built extension whose worker marks its first statement and the end of its first turn. */
function markedCopy(buildDir: string, into: string): string {
  cpSync(buildDir, into, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(into, 'manifest.json'), 'utf8')) as { background: { service_worker: string } };
  const script = path.join(into, manifest.background.service_worker);
  writeFileSync(script, `globalThis.__benchCompiled=performance.now();\n${readFileSync(script, 'utf8')}\n;globalThis.__benchReady=performance.now();\n`);
  // An empty extension page to wake the worker from.
  writeFileSync(path.join(into, 'bench-wake.html'), '<!doctype html><title>wake</title>');
  return into;
}

/** The smallest MV3 extension: a worker with one message listener. */
function minimalExtension(into: string): string {
  mkdirSync(into, { recursive: true });
  writeFileSync(
    path.join(into, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'bench baseline', version: '1.0', background: { service_worker: 'background.js' } }),
  );
  writeFileSync(path.join(into, 'background.js'), 'chrome.runtime.onMessage.addListener(() => undefined);\n');
  return into;
}

interface Starts {
  first: Start;
  /** After chrome.runtime.reload(), as after an update: a new version, compiled from nothing. */
  reloads: Start[];
  restarts: Start[];
}

async function startsOf(extensionDir: string): Promise<Starts> {
  const { context, dispose } = await launchContext(true, extensionDir);
  const read = async (worker: Worker): Promise<Start> => {
    const marks = async () =>
      worker
        .evaluate(() => [(globalThis as any).__benchStopped, (globalThis as any).__benchCompiled, (globalThis as any).__benchReady] as [true?, number?, number?])
        .catch(() => [true] as [true?, number?, number?]);
    // Until the new worker has finished its first turn, the old one (marked) or none answers.
    for (let wait = 0; wait < 400; wait++) {
      const [stopped, compiled, ready] = await marks();
      if (!stopped && compiled !== undefined && ready !== undefined) return { compiled, ready };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('worker never finished its first turn');
  };
  try {
    // Chromium gives a restarted worker the target of the one stopped: Playwright keeps one Worker for it.
    let worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    const first = await read(worker);
    // Developer mode, as a developer reloading an unpacked build: without it Chromium disables a reloaded one.
    const extensions = await context.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate(
      () => new Promise<void>((resolve) => (globalThis as any).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve)),
    );
    await extensions.close();
    const reloads: Start[] = [];
    for (let round = 0; round < RELOADS; round++) {
      const reloaded = context.waitForEvent('serviceworker', { timeout: 30_000 });
      await worker.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => undefined);
      worker = await reloaded;
      reloads.push(await read(worker));
    }
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/bench-wake.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const restarts: Start[] = [];
    for (let round = 0; round < RESTARTS; round++) {
      await worker.evaluate(() => void ((globalThis as any).__benchStopped = true));
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage('bench-wake').catch(() => undefined));
      restarts.push(await read(worker));
    }
    return { first, reloads, restarts };
  } finally {
    await dispose();
  }
}

function busyMachine(): ChildProcess[] {
  return Array.from({ length: BUSY_PROCESSES }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

export async function run(): Promise<void> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('skipped: build the extension first (npm run build:demo)');
    return;
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'huashu-bench-worker-builds-'));
  const builds: [string, string][] = [
    ['minimal extension (baseline)', markedCopy(minimalExtension(path.join(work, 'minimal-src')), path.join(work, 'minimal'))],
    ['this build', markedCopy(EXTENSION_DIR, path.join(work, 'this'))],
  ];
  const other = process.env.HUASHU_BASELINE_BUILD;
  if (other && existsSync(path.join(other, 'manifest.json'))) builds.splice(1, 0, [`other build (${other})`, markedCopy(other, path.join(work, 'other'))]);
  console.log(`background.js: ${(readFileSync(path.join(EXTENSION_DIR, 'background.js')).length / 1024).toFixed(0)} KB; ${LAUNCHES} launches × (${RELOADS} reloads + ${RESTARTS} restarts) per build and condition`);
  try {
    for (const busy of [false, true]) {
      const spinners = busy ? busyMachine() : [];
      try {
        console.log(busy ? `\nbusy machine (${BUSY_PROCESSES} spinning node processes):` : '\nidle machine:');
        const baseline: { first?: number; reload?: number; restart?: number } = {};
        for (const [name, dir] of builds) {
          const runs: Starts[] = [];
          for (let launch = 0; launch < LAUNCHES; launch++) runs.push(await startsOf(dir));
          const line = (kind: 'first' | 'reload' | 'restart', starts: Start[]) => {
            const ready = median(starts.map((start) => start.ready));
            const base = (baseline[kind] ??= ready);
            return (
              `${{ first: 'first start at launch', reload: 'start after a reload', restart: 'restart' }[kind]} ${ms(ready)} = ${(ready / base).toFixed(1)}× ` +
              `(p90 ${ms(percentile(starts.map((start) => start.ready), 90))}; compiled by ${ms(median(starts.map((start) => start.compiled)))}, ` +
              `first turn ${ms(median(starts.map((start) => start.ready - start.compiled)))})`
            );
          };
          console.log(`  ${name}:`);
          console.log(`    ${line('reload', runs.flatMap((run) => run.reloads))}`);
          console.log(`    ${line('restart', runs.flatMap((run) => run.restarts))}`);
          console.log(`    ${line('first', runs.map((run) => run.first))}`);
        }
      } finally {
        for (const spinner of spinners) spinner.kill();
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
