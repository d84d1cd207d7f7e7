// The bytes a pack signature covers: deterministic JSON of the pack without its `signature`.
// Rules: object keys sorted by UTF-16 code units, no whitespace, strings and numbers exactly as
// JSON.stringify writes them, keys whose value is undefined left out (as JSON.stringify does), UTF-8.

export function canonicalJson(value: unknown): string {
  const keys = new Set<string>();
  collectKeys(value, keys);
  // Fast path: with a property list JSON.stringify writes every object's keys in the list's order and
  // skips keys an object lacks, so the sorted union of all keys gives sorted objects at native speed.
  // Not with "__proto__": for objects without it as an own key, the lookup would reach the prototype.
  if (!keys.has('__proto__')) return JSON.stringify(value, [...keys].sort()) ?? 'null';
  return writeSorted(value);
}

function collectKeys(value: unknown, keys: Set<string>): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, keys);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    keys.add(key);
    collectKeys(record[key], keys);
  }
}

/** The same output written by hand: the reference the fast path is tested against. */
export function writeSorted(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify handles strings (escaping), finite numbers, booleans; undefined/functions become null.
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += writeSorted(value[i]);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || typeof item === 'function') continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${writeSorted(item)}`;
  }
  return `${out}}`;
}

const encoder = new TextEncoder();

/** UTF-8 canonical bytes of a pack, signed or not; the signature field is never part of them. */
export function canonicalPackBytes(pack: object): Uint8Array<ArrayBuffer> {
  const { signature: _signature, ...unsigned } = pack as Record<string, unknown>;
  return encoder.encode(canonicalJson(unsigned));
}
