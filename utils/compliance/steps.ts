// Work done in steps: a generator that pauses (yields) after every slice of a millisecond or so of work, so a caller
// in a page can hand the main thread back between slices, while Node (scripts, tests) runs it to the end at once.

/** Pauses between slices of work, then returns the result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end, without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Does `work(from, to)` over 0 … count - 1 in chunks of `chunk`, pausing after each. */
export function* inChunks(count: number, chunk: number, work: (from: number, to: number) => void): Steps<void> {
  for (let from = 0; from < count; from += chunk) {
    work(from, Math.min(from + chunk, count));
    yield;
  }
}
