// How long the buyer has been waiting for a reply: from their first message after the last reply by
// an agent or robot. Times come from the page where it shows them, else from when we first saw the row.
import type { ChatMessage } from './types';

/** Epoch ms for a time as workbenches show it ("14:02", "14:02:33", "11-21 14:02", "2026-11-21 14:02:33", "昨天 14:02"). */
export function parseShownTime(shown: string, now: number): number | undefined {
  const match = /(?:(\d{4})[-/.年])?(?:(\d{1,2})[-/.月](\d{1,2})日?\s*)?(昨天\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(shown);
  if (!match) return undefined;
  const [, year, month, day, yesterday, hours, minutes, seconds] = match;
  const date = new Date(now);
  if (year) date.setFullYear(Number(year));
  if (month && day) date.setMonth(Number(month) - 1, Number(day));
  if (yesterday) date.setDate(date.getDate() - 1);
  date.setHours(Number(hours), Number(minutes), Number(seconds ?? 0), 0);
  const time = date.getTime();
  // A bare clock time later than now belongs to yesterday (a conversation left open over midnight).
  return !year && !month && !yesterday && time > now + 60_000 ? time - 86_400_000 : time;
}

/**
 * Epoch ms since when the buyer is waiting, or null when the last word was ours.
 * `firstSeen(message)` gives when the reader first saw a row without a shown time.
 */
export function waitingSince(
  messages: readonly ChatMessage[],
  now: number,
  firstSeen: (message: ChatMessage) => number | undefined,
): number | null {
  let since: number | null = null;
  for (const message of messages) {
    if (message.direction === 'agent' || message.direction === 'robot') since = null;
    else if (message.direction === 'buyer' && since === null) {
      since = (message.time ? parseShownTime(message.time, now) : undefined) ?? firstSeen(message) ?? now;
    }
  }
  return since;
}

/** 1分05秒 / 42秒 / 2小时3分 */
export function formatWait(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours}小时${minutes}分`;
  if (minutes > 0) return `${minutes}分${String(seconds).padStart(2, '0')}秒`;
  return `${seconds}秒`;
}
