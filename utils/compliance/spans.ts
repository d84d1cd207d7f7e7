// Growable parallel arrays of spans found in one check (reset per check instead of reallocated), shared by the
// checker and the contact detectors. The columns are typed arrays (a check reads and writes them a few dozen
// times: measured faster than plain arrays) that double when full.

/** Small, so that the first checks grow the columns while the code is still collecting type feedback. */
const INITIAL_CAPACITY = 16;

/** The column copied into one twice its length. */
export function doubled(column: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(column.length * 2);
  bigger.set(column);
  return bigger;
}

/** Spans with a number attached (a rule, a cue group, a cue kind), pushed in order of their end. */
export class Spans {
  starts = new Int32Array(INITIAL_CAPACITY);
  ends = new Int32Array(INITIAL_CAPACITY);
  refs = new Int32Array(INITIAL_CAPACITY);
  count = 0;
  /** Length of the widest span pushed since the reset: a span ending at e starts at or after e - widest. */
  widest = 0;

  reset(): void {
    this.count = 0;
    this.widest = 0;
  }

  push(start: number, end: number, ref: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.refs[this.count] = ref;
    this.count++;
    if (end - start > this.widest) this.widest = end - start;
  }

  /**
   * Appends [start, end) and returns its index, for a subclass to fill its ref and own columns. Subclasses push
   * through this rather than push: push then only ever sees plain Spans, and its reads stay of one shape (one map
   * check each, not one per subclass), on the path most pushes take.
   */
  protected claim(start: number, end: number): number {
    if (this.count === this.starts.length) this.grow();
    const at = this.count++;
    this.starts[at] = start;
    this.ends[at] = end;
    if (end - start > this.widest) this.widest = end - start;
    return at;
  }

  /** Doubles every column (subclasses add theirs). */
  protected grow(): void {
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
    this.refs = doubled(this.refs);
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
