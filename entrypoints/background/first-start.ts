// Work the worker owes after the extension was installed, updated, reloaded or enabled again, or the browser
// started: on a loaded machine Chrome has started the worker after a reload without dispatching
// runtime.onInstalled to it (e2e hostile-page runs), and enabling the extension again dispatches nothing at
// all. Chrome empties storage.session on each of those, so a mark there says the work was done since.
import { browser } from 'wxt/browser';

/**
 * Waits before running a pass again after it failed. Just after a reload Chrome can refuse the new worker's first
 * API calls ("No SW", seen in e2e hostile-page runs): given up there, open workbenches would stay without a
 * checker until the worker happened to start again.
 */
const FIRST_START_RETRY_MS = [250, 1000, 3000, 8000];

/** Runs `pass` on the worker's first start since storage.session was emptied; `mark` is set once it finished. */
export async function onFirstStart(mark: string, pass: () => Promise<void>): Promise<void> {
  let failure: unknown;
  for (const waitMs of [0, ...FIRST_START_RETRY_MS]) {
    if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
    try {
      if ((await browser.storage.session.get(mark))[mark]) return;
      await pass();
      // Only now: a worker stopped halfway runs the pass again on its next start.
      await browser.storage.session.set({ [mark]: true });
      return;
    } catch (error) {
      // A pass is safe to run twice (what it already did is skipped or done again alike).
      failure = error;
    }
  }
  throw failure;
}
