// Follows the conversation list over time in the content script: since when each row's buyer has been
// waiting. The platform's own waiting time is used where the row shows one; otherwise the first read
// that showed the row unread or in a waiting group. Timestamps are epoch ms of the caller's clock.
import type { ListRow } from '../workbench/types';

/** A row as reported to the background: the page's timer is read into waitingSince (it ticks every second). */
export interface QueueRow extends Omit<ListRow, 'timer'> {
  /** Since when the row shows the buyer waiting; null when it does not. */
  waitingSince: number | null;
}

/** The row's identity within one page: the page's own id, else the buyer's name. */
export function rowIdentity(row: Pick<ListRow, 'key' | 'name'>): string {
  return row.key ?? row.name;
}

/** Elapsed time the page shows with a waiting word: 「等待 3 分钟」「已等待2分30秒」「等待 01:20」. */
export function parseElapsed(text: string): number | undefined {
  const worded = /(?:等待|已等|等了)\D{0,3}(\d.*)$/.exec(text);
  if (!worded) return undefined;
  const rest = worded[1]!;
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(rest);
  if (clock) {
    const [, a, b, c] = clock;
    return c === undefined ? (Number(a) * 60 + Number(b)) * 1000 : (Number(a) * 3600 + Number(b) * 60 + Number(c)) * 1000;
  }
  const hours = /(\d+)\s*小时/.exec(rest);
  const minutes = /(\d+)\s*分/.exec(rest);
  const seconds = /(\d+)\s*秒/.exec(rest);
  if (!hours && !minutes && !seconds) return undefined;
  return ((Number(hours?.[1] ?? 0) * 60 + Number(minutes?.[1] ?? 0)) * 60 + Number(seconds?.[1] ?? 0)) * 1000;
}

export function isWaitingRow(row: ListRow): boolean {
  return row.unread > 0 || row.group !== undefined || (row.timer !== undefined && parseElapsed(row.timer) !== undefined);
}

export interface ListTracker {
  update(rows: readonly ListRow[], now: number): QueueRow[];
}

export function createListTracker(): ListTracker {
  let since = new Map<string, number>();
  return {
    update(rows, now) {
      const next = new Map<string, number>();
      const result = rows.map(({ timer, ...row }): QueueRow => {
        if (!isWaitingRow({ ...row, ...(timer ? { timer } : {}) })) return { ...row, waitingSince: null };
        const id = rowIdentity(row);
        const elapsed = timer ? parseElapsed(timer) : undefined;
        const candidates = [since.get(id) ?? now, ...(elapsed === undefined ? [] : [now - elapsed])];
        // The earliest estimate holds: a minute-resolution timer must not make a wait jump back.
        const from = Math.min(...candidates);
        next.set(id, from);
        return { ...row, waitingSince: from };
      });
      since = next;
      return result;
    },
  };
}
