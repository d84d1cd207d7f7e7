// The work owed after an install, update or reload runs once per browser session, and is not lost when Chrome
// refuses a fresh worker's first calls.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onFirstStart } from '../../../entrypoints/background/first-start';

const MARK = 'first-start-test';

describe('onFirstStart', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('runs the pass once, then not again on later starts of the same session', async () => {
    const pass = vi.fn(async () => undefined);
    await onFirstStart(MARK, pass);
    await onFirstStart(MARK, pass);
    expect(pass).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.session.get(MARK)).toEqual({ [MARK]: true });
  });

  it('tries again when Chrome refuses the first calls of a worker started by a reload', async () => {
    const get = (keys: string) => fakeBrowser.storage.session.get(keys);
    let refusals = 2;
    const real = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session) as (keys: string) => Promise<Record<string, unknown>>;
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation(((keys: string) =>
      refusals-- > 0 ? Promise.reject(new Error('No SW')) : real(keys)) as never);
    const pass = vi.fn(async () => undefined);
    const done = onFirstStart(MARK, pass);
    await vi.advanceTimersByTimeAsync(2_000);
    await done;
    expect(pass).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    expect(await get(MARK)).toEqual({ [MARK]: true });
  });

  it('runs a pass that failed halfway again, and leaves no mark while it keeps failing', async () => {
    let calls = 0;
    const flaky = vi.fn(async () => {
      if (++calls === 1) throw new Error('No SW');
    });
    const first = onFirstStart(MARK, flaky);
    await vi.advanceTimersByTimeAsync(300);
    await first;
    expect(flaky).toHaveBeenCalledTimes(2);

    fakeBrowser.reset();
    const broken = vi.fn(async () => {
      throw new Error('No SW');
    });
    const outcome = onFirstStart(MARK, broken).catch((error: Error) => error.message);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await outcome).toBe('No SW');
    expect(broken).toHaveBeenCalledTimes(5);
    expect(await fakeBrowser.storage.session.get(MARK)).toEqual({});
  });
});
