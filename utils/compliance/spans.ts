// Growable parallel arrays of spans found in one check (reset per check instead of reallocated), shared by the
// checker and the contact detectors.

/** Spans with a number attached (a rule, a cue group, a cue kind), pushed in order of their end. */
export class Spans {
  starts: number[] = [];
  ends: number[] = [];
  refs: number[] = [];
  count = 0;
  /** Length of the widest span pushed since the reset: a span ending at e starts at or after e - widest. */
  widest = 0;

  reset(): void {
    this.count = 0;
    this.widest = 0;
  }

  push(start: number, end: number, ref: number): void {
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.refs[this.count] = ref;
    this.count++;
    if (end - start > this.widest) this.widest = end - start;
  }
}

/** Spans are pushed in order of their end; index of the first ending at or after `position`. */
export function firstEndingAtOrAfter(spans: Spans, position: number): number {
  let low = 0;
  let high = spans.count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans.ends[middle]! < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
