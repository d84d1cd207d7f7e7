// Limits a pack is checked against before anything recursive touches it, and how a limit reads to a lead.

/** Whether a value nests deeper than `maxDepth`, counting from `depth`. */
function deeper(value: unknown, depth: number, maxDepth: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth > maxDepth) return true;
  if (Array.isArray(value)) {
    for (const child of value) if (deeper(child, depth + 1, maxDepth)) return true;
    return false;
  }
  // JSON.parse makes plain objects: every enumerable key is an own key.
  for (const key in value) if (deeper((value as Record<string, unknown>)[key], depth + 1, maxDepth)) return true;
  return false;
}

/**
 * The top-level key under which a value nests deeper than `maxDepth` objects/arrays ("" for the root
 * itself), or undefined when it stays within. The walk stops descending at the limit, so its own call stack
 * never grows past `maxDepth` frames: a file nested 100,000 levels deep (which JSON.parse accepts) is refused
 * here instead of overflowing the stack later (canonical bytes, validation, structured clone into IndexedDB).
 */
export function tooDeepAt(value: unknown, maxDepth: number): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (maxDepth < 1) return '';
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((child, i) => [`[${i}]`, child]) : Object.entries(value);
  return entries.find(([, child]) => deeper(child, 2, maxDepth))?.[0];
}

/** The Chinese words for the depth limit, shared by readPack (bad-json) and the content check (schema). */
export function tooDeepMessage(maxDepth: number): string {
  return `JSON 嵌套超过 ${maxDepth} 层的上限`;
}

const MEGABYTE = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(2)} MB`;
}

function groupedBytes(bytes: number): string {
  return `${String(bytes).replace(/\B(?=(\d{3})+$)/g, ',')} 字节`;
}

/**
 * "5.01 MB，上限为 5.00 MB": two decimals, or bytes when two decimals would print the same number for
 * the size and the limit (a file a few bytes over). `atLeast` marks a lower bound (a download cut off).
 */
export function sizeOverLimit(size: number, limit: number, atLeast = false): string {
  const prefix = atLeast ? '至少 ' : '';
  if (megabytes(size) !== megabytes(limit)) return `${prefix}${megabytes(size)}，上限为 ${megabytes(limit)}`;
  return `${prefix}${groupedBytes(size)}，上限为 ${groupedBytes(limit)}（${megabytes(limit)}）`;
}
