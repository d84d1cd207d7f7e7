// Side panel first render: from opening the panel to the first suggested reply on screen, for the demo
// conversation, with the built-in library (baseline) and with 10,000 phrases, in the same browser run.
import type { Page } from 'playwright-core';
import { BUILTIN_PHRASES } from '../../utils/library/builtin';
import type { Phrase } from '../../utils/library/types';
import { launch } from '../../test/e2e/harness';
import { median, percentile } from './_kit';

// The page-side global of the extension page the message is sent from (playwright evaluates it there).
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ res?: { ok?: boolean } } | undefined> } };

const LARGE_LIBRARY = 10_000;
const ROUNDS = 7;

/** Personal phrases made from the built-in ones, each with its own id, code and title. */
function syntheticPhrases(count: number): Phrase[] {
  return Array.from({ length: count }, (_, i) => {
    const base = BUILTIN_PHRASES[i % BUILTIN_PHRASES.length]!;
    return { ...base, id: `bench-${i}`, code: `b${i}`, title: `${base.title}${i}`, source: 'personal' as const };
  });
}

/** Raw extension message in @webext-core/messaging's envelope, sent from an extension page. */
async function setPersonal(page: Page, phrases: Phrase[]): Promise<void> {
  const reply = await page.evaluate(
    (data) => chrome.runtime.sendMessage({ id: 1, type: 'setPersonalPhrases', data, timestamp: Date.now() }),
    phrases,
  );
  if (!reply?.res?.ok) throw new Error(`保存话术失败: ${JSON.stringify(reply).slice(0, 300)}`);
}

async function firstRender(harness: Awaited<ReturnType<typeof launch>>): Promise<number> {
  const panel = await harness.context.newPage();
  const started = Date.now();
  await panel.goto(`chrome-extension://${harness.extensionId}/sidepanel.html`);
  await panel.getByTestId('phrase').first().waitFor();
  const elapsed = Date.now() - started;
  await panel.close();
  return elapsed;
}

async function measure(harness: Awaited<ReturnType<typeof launch>>): Promise<number[]> {
  await firstRender(harness); // warm-up: worker awake, caches filled
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) times.push(await firstRender(harness));
  return times;
}

export async function run(): Promise<void> {
  const harness = await launch();
  try {
    await harness.openDemo();
    const control = await harness.openPanel();
    const baseline = await measure(harness);
    await setPersonal(control, syntheticPhrases(LARGE_LIBRARY));
    const large = await measure(harness);
    const total = BUILTIN_PHRASES.length + LARGE_LIBRARY;
    console.log(`侧边栏首次渲染（打开面板 → 第一条推荐出现，无头 Chromium，${ROUNDS} 轮中位数）`);
    console.log(`  基线：内置 ${BUILTIN_PHRASES.length} 条  中位数 ${median(baseline)} ms  p95 ${percentile(baseline, 95)} ms`);
    console.log(`  ${total} 条话术         中位数 ${median(large)} ms  p95 ${percentile(large, 95)} ms`);
    console.log(`  比值 ${(median(large) / median(baseline)).toFixed(2)}×`);
  } finally {
    await harness.close();
  }
}
