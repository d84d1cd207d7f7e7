import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../utils/slices';

/** Steps that each take about `stepMs` of busy time, recording which task ran them. */
function* busySteps(count: number, stepMs: number, tasks: number[], task: () => number): Generator<void, string, void> {
  for (let step = 0; step < count; step++) {
    const until = performance.now() + stepMs;
    while (performance.now() < until);
    tasks.push(task());
    yield;
  }
  return 'done';
}

describe('runInSlices', () => {
  it('runs the steps over several tasks and gives their result', async () => {
    let task = 0;
    const ticking = setInterval(() => task++, 0);
    const tasks: number[] = [];
    try {
      expect(await runInSlices(busySteps(40, 1, tasks, () => task), () => true)).toBe('done');
    } finally {
      clearInterval(ticking);
    }
    expect(tasks).toHaveLength(40);
    // 40 ms of steps in slices of about 8 ms: other tasks ran between the slices.
    expect(new Set(tasks).size).toBeGreaterThan(2);
  });

  it('drops the rest of the work once it is no longer wanted', async () => {
    const tasks: number[] = [];
    let wanted = true;
    const result = runInSlices(busySteps(40, 1, tasks, () => 0), () => wanted);
    wanted = false;
    expect(await result).toBeUndefined();
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.length).toBeLessThan(40);
  });
});
