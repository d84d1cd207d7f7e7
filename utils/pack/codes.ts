/** 快捷编码 are matched case-insensitively and without surrounding spaces, so compare them that way. */
export function normalizeCode(code: string): string {
  return code.trim().toLowerCase();
}
