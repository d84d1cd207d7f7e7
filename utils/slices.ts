// Runs work given in steps (utils/compliance/steps.ts) a few milliseconds at a time, handing the main thread back
// between slices: compiling the checker when a workbench page or the side panel opens must hold up none of its tasks.
import type { Steps } from './compliance/steps';

/** How long a slice runs: well under the 50 ms that makes a long task, with room for a slow step. */
const SLICE_MS = 8;

/**
 * Where the next slice goes: `behind` the tasks already waiting (the worker's and the panel's: a message's answer or
 * the library's pages must not wait for a whole compile), or `ahead` of them (a workbench page: its own tasks run
 * between slices, but the underlines the agent is typing for must not wait behind all of them).
 */
export type SliceOrder = 'behind' | 'ahead';

/** The steps' result, or undefined when `wanted()` turns false between two slices (the rest of the work is dropped). */
export async function runInSlices<T>(steps: Steps<T>, wanted: () => boolean, order: SliceOrder = 'behind'): Promise<T | undefined> {
  for (;;) {
    const sliceEnd = performance.now() + SLICE_MS;
    let next = steps.next();
    while (!next.done && performance.now() < sliceEnd) next = steps.next();
    if (next.done) return next.value;
    await (order === 'ahead' ? nextTaskAhead() : nextTask());
    if (!wanted()) return undefined;
  }
}

/**
 * Resolves in a later task queued behind those already waiting: scheduler.postTask where the browser has it, else a
 * zero timeout. Not scheduler.yield: its continuation goes before every task already queued (a message's answer, a
 * page's own work), so those waited for the whole compile — a search's flags asked of the background, the library's
 * pages, came only once the worker's checker was done.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void) => Promise<void> } }).scheduler;
  return scheduler?.postTask ? scheduler.postTask(() => undefined) : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves in a later task that goes before those already queued: scheduler.yield (Chrome 129 on), else nextTask. */
function nextTaskAhead(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : nextTask();
}
