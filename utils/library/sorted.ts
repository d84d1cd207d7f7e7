/** Binary search in values[from..to), which must be sorted ascending. */
export function sortedIncludes(values: Int32Array, value: number, from = 0, to = values.length): boolean {
  let low = from;
  let high = to - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = values[middle]!;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
