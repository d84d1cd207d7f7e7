/** 快捷编码 are matched case-insensitively and without surrounding spaces everywhere (search, the editor's clash
 * warning, imports, packs, library layering): this is the one comparison they all use. */
export function normalizeCode(code: string): string {
  return code.trim().toLowerCase();
}
