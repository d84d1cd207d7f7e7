// Limits a pack is checked against before anything recursive touches it, and how a limit reads to a lead.

/**
 * The top-level key under which a value nests deeper than `maxDepth` objects/arrays ("" for the root
 * itself), or undefined when it stays within. Walks with its own stack, so a file nested 100,000 levels
 * deep (which JSON.parse accepts) is refused here instead of overflowing the call stack later
 * (canonical bytes, validation, structured clone into IndexedDB).
 */
export function tooDeepAt(value: unknown, maxDepth: number): string | undefined {
  // Parallel stacks: no pair arrays per child, which matters on a 5 MB pack of 100,000 values.
  const items: unknown[] = [value];
  const depths: number[] = [1];
  const tops: string[] = [''];
  while (items.length > 0) {
    const item = items.pop();
    const depth = depths.pop()!;
    const top = tops.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth > maxDepth) return top;
    const push = (child: unknown, key: string) => {
      if (child === null || typeof child !== 'object') return;
      items.push(child);
      depths.push(depth + 1);
      tops.push(depth === 1 ? key : top);
    };
    if (Array.isArray(item)) item.forEach((child, i) => push(child, depth === 1 ? `[${i}]` : ''));
    else for (const [key, child] of Object.entries(item)) push(child, key);
  }
  return undefined;
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
