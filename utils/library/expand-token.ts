// 快捷编码 typed in the workbench's reply box: `/fh1` then Space or Tab becomes the phrase. This is the pure
// part: where a code token ends at the caret, which phrases it names, and the phrase filled for the open
// conversation. The content script reads the box and the keys; the background answers with the matches
// (entrypoints/background/code-service.ts).
import { activeProfile, settingsForProfile, type Settings } from '../settings';
import type { Conversation } from '../workbench/types';
import { fillFromConversation } from './placeholders';

/** A `/code` the caret stands right after: [start, end) covers the slash and the code. */
export interface CodeToken {
  start: number;
  end: number;
  /** What follows the slash, as typed (may be empty right after the slash). */
  query: string;
}

/** One phrase a code names, as the page's popup shows it: text only. */
export interface CodeMatch {
  id: string;
  title: string;
  code?: string;
  /** The body as stored (placeholders still in it). */
  body: string;
  /** The code (or the title's pinyin initials) is exactly what was typed: Space and Tab expand it. */
  exact: boolean;
  /** What the open conversation says against this phrase (「页面显示：已签收…」): confirmed in the panel first. */
  warning?: string;
}

/** How many phrases the popup lists. */
export const CODE_MATCH_LIMIT = 6;
/** Codes are at most 20 characters (schema.ts LIMITS.code). */
const MAX_CODE = 20;
const SLASHES = new Set(['/', '／']);
/** Letters (any script), digits, _ and -: what a 快捷编码 may hold (schema.ts CODE_PATTERN). */
const CODE_CHAR = /[\p{L}\p{N}_-]/u;

/**
 * The `/code` ending at `caret`, if any. A slash counts only at the start of the draft or after whitespace,
 * so `http://x/fh1`, `a/b` and `1/2` are never codes; the caret must be at the end of the word.
 */
export function findCodeToken(text: string, caret: number): CodeToken | null {
  if (caret < 0 || caret > text.length) return null;
  const after = text[caret];
  if (after !== undefined && !/\s/u.test(after)) return null;
  let start = caret;
  while (start > 0 && caret - start <= MAX_CODE && CODE_CHAR.test(text[start - 1]!)) start--;
  if (caret - start > MAX_CODE) return null;
  const slash = start - 1;
  if (slash < 0 || !SLASHES.has(text[slash]!)) return null;
  const before = text[slash - 1];
  if (before !== undefined && !/\s/u.test(before)) return null;
  return { start: slash, end: caret, query: text.slice(start, caret) };
}

/** The phrase Space or Tab expands: the first match, and only when it is exactly what was typed. */
export function expansionFor(matches: readonly CodeMatch[]): CodeMatch | null {
  const [top] = matches;
  return top?.exact ? top : null;
}

/**
 * The body filled as the side panel fills it for this conversation: page values, the agent's name and the
 * shop profile the page's shop chooses. `missing` are the blanks the agent is asked for in the panel.
 */
export function fillForConversation(body: string, conversation: Conversation | null, settings: Settings): { text: string; missing: string[] } {
  return fillFromConversation(body, conversation, settingsForProfile(settings, activeProfile(settings, conversation?.shopName)));
}
