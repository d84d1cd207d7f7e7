// A page can send a buyer message of any size; the agent's tools must stay responsive. The panel shows a
// long message clipped with 展开, keeps suggesting and highlighting, and the content script keeps reading.
// Long tasks are measured with a PerformanceObserver and printed (targets live in `npm run bench -- panel`,
// not in assertions); the assertions are about what is rendered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

const PREVIEW = 300;

/** Collects the durations of long tasks (over 50 ms) on the page from now on. */
async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as any).__longTasks = tasks;
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => Math.round(entry.duration)))).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => [...(window as any).__longTasks] as number[]);
}

/** Pushes the message and lets the page lay it out in the same task, so what follows is our cost, not the page's. */
async function pushLongMessage(workbench: Page, unit: string, length: number): Promise<string> {
  return workbench.evaluate(
    ([piece, size]) => {
      const text = piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
      (window as any).__demo.pushBuyerMessage('b1', text);
      void document.body.offsetHeight;
      return text;
    },
    [unit, length] as const,
  );
}

describe('a very long buyer message', () => {
  let harness: Harness;
  let workbench: Page;
  let panel: Page;
  const latest = () => panel.getByTestId('latest-messages').locator('li').last();

  beforeAll(async () => {
    harness = await launch();
    ({ workbench, panel } = await harness.openDemo());
    await panel.getByTestId('buyer-name').filter({ hasText: '林小鹿' }).waitFor();
  });
  afterAll(async () => {
    await harness?.close();
  });

  for (const [label, unit, length] of [
    ['100,000 characters', '亲这款睡衣今天下单什么时候能发货呀我等着穿', 100_000],
    ['20,000 characters of one matched word', '发货', 20_000],
  ] as const) {
    it(`${label}: shown clipped with 展开, still suggesting; panel and content script stay responsive`, async () => {
      const panelTasks = await watchLongTasks(panel);
      const text = await pushLongMessage(workbench, unit, length);
      const pageTasks = await watchLongTasks(workbench);
      await expect.poll(() => latest().locator('.text').textContent()).toBe(`${text.slice(0, PREVIEW)}…`);
      // A rescan of the page (every 3 s) and a few clock ticks of the panel.
      await panel.waitForTimeout(3_500);
      const inPanel = await panelTasks();
      const inPage = await pageTasks();
      console.log(`${label}: longest long task in the panel ${Math.max(0, ...inPanel)} ms (${inPanel.length} over 50 ms); in the workbench after the page drew it ${Math.max(0, ...inPage)} ms`);

      expect(await latest().getByTestId('message-expand').textContent()).toBe(`展开（还有 ${(length - PREVIEW).toLocaleString('zh-CN')} 字）`);
      expect(await panel.getByTestId('latest-messages').locator('mark').count()).toBeGreaterThan(0);
      expect(await panel.getByTestId('phrase').count()).toBeGreaterThan(0);
      await harness.screenshot(panel, `long-message-${length}`);

      await latest().getByTestId('message-expand').click();
      await expect.poll(() => latest().locator('.text').textContent()).toBe(`${text.slice(0, PREVIEW + 5_000)}…`);
      await latest().getByTestId('message-collapse').click();
      await expect.poll(() => latest().locator('.text').textContent()).toBe(`${text.slice(0, PREVIEW)}…`);
    });
  }
});
