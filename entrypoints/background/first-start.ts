// Work the worker owes after the extension was installed, updated, reloaded or enabled again, or the browser
// started: on a loaded machine Chrome has started the worker after a reload without dispatching
// runtime.onInstalled to it (e2e hostile-page runs), and enabling the extension again dispatches nothing at
// all. Chrome empties storage.session on each of those, so a mark there says the work was done since.
import { browser } from 'wxt/browser';

/** Runs `pass` on the worker's first start since storage.session was emptied; `mark` is set once it finished. */
export async function onFirstStart(mark: string, pass: () => Promise<void>): Promise<void> {
  if ((await browser.storage.session.get(mark))[mark]) return;
  await pass();
  // Only now: a worker stopped halfway runs the pass again on its next start.
  await browser.storage.session.set({ [mark]: true });
}
