// Virtualised message lists (京东咚咚) render only a window of rows, and scrolling back swaps older rows
// in. Read alone, that window would make old messages look like the latest ones. Rows that carry page
// ids are merged into what was read before, so scrolling back adds history instead of replacing the present.
import type { ChatMessage, ReadResult } from './types';

/** Enough for the panel and the wait clock; the page itself keeps the full history. */
const MAX_KEPT = 500;

export interface ConversationHistory {
  merge(result: ReadResult): ReadResult;
}

export function createHistory(): ConversationHistory {
  let key: string | undefined;
  let kept: ChatMessage[] = [];
  return {
    merge(result) {
      const conversation = result.conversation;
      if (!conversation) return result;
      const rows = conversation.messages;
      const merged = conversation.key === key && rows.every((message) => message.id) ? mergeRows(kept, rows) : undefined;
      key = conversation.key;
      kept = (merged ?? rows).slice(-MAX_KEPT);
      return { ...result, conversation: { ...conversation, messages: kept } };
    },
  };
}

/** Kept rows with the window's rows laid over them in page order; undefined when the two do not overlap. */
function mergeRows(kept: readonly ChatMessage[], rows: readonly ChatMessage[]): ChatMessage[] | undefined {
  const keptIndex = new Map(kept.map((message, index) => [message.id, index]));
  const firstKnown = rows.findIndex((message) => keptIndex.has(message.id));
  if (firstKnown === -1) return undefined;
  // Rows before the first known one are older history swapped in above it.
  let last = keptIndex.get(rows[firstKnown]!.id)! - 1;
  const merged = [...kept.slice(0, last + 1), ...rows.slice(0, firstKnown)];
  for (const row of rows.slice(firstKnown)) {
    const at = keptIndex.get(row.id);
    if (at === undefined) merged.push(row);
    // A known row takes its fresh reading (its text may have finished rendering since).
    else if (at > last) {
      merged.push(...kept.slice(last + 1, at), row);
      last = at;
    }
  }
  // Rows newer than the window (the reader scrolled back) stay the latest.
  merged.push(...kept.slice(last + 1));
  return merged;
}
