// The agent's own figures, kept on this machine only: what they did, as events without any message
// text or buyer name (a conversation is a random number), summed up per day, hour and phrase.

export type FigureEvent =
  | {
      kind: 'reply';
      at: number;
      platform: string;
      /** Random number standing for the conversation (ConversationMemory.figureId). */
      conversation: number;
      /** How long the buyer had waited; null for a follow-up message nobody was waiting for. */
      responseMs: number | null;
      first: boolean;
      /** The reply went out close to a phrase the agent inserted from the panel. */
      fromSuggestion: boolean;
      phraseId?: string;
    }
  | {
      kind: 'insert';
      at: number;
      platform: string;
      phraseId: string;
      /** Mostly deleted or rewritten within 15 s of being inserted. */
      misfire: boolean;
      /** The buyer message's intent at insert time: a misfire lowers the phrase for similar messages only. */
      intent?: string;
    }
  | { kind: 'caught'; at: number; platform: string; count: number };

/** Events older than this are dropped; the figures page shows a week and today. */
export const KEEP_DAYS = 35;
export const MAX_EVENTS = 20_000;
/** An insert is judged this long after it happened (or when the reply goes out first). */
export const MISFIRE_WINDOW_MS = 15_000;
/** Below this share of the inserted text left, an insert counts as deleted or rewritten. */
export const MISFIRE_SHARE = 0.5;
const DAY_MS = 86_400_000;

/** Keeps the newest events within the bounds. */
export function bounded(events: readonly FigureEvent[], now: number): FigureEvent[] {
  const from = now - KEEP_DAYS * DAY_MS;
  const kept = events.filter((event) => event.at >= from);
  return kept.length > MAX_EVENTS ? kept.slice(kept.length - MAX_EVENTS) : kept;
}

function bigrams(text: string): string[] {
  const chars = [...text.replace(/\s+/g, '')];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, index) => chars[index]! + char);
}

/** Share of the inserted text's character pairs still present in the later text (0..1). */
export function retainedShare(inserted: string, later: string): number {
  const wanted = bigrams(inserted);
  if (wanted.length === 0) return 1;
  const present = new Set(bigrams(later));
  return wanted.filter((pair) => present.has(pair)).length / wanted.length;
}

export function isMisfire(inserted: string, later: string): boolean {
  return retainedShare(inserted, later) < MISFIRE_SHARE;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Figures {
  served: number;
  replies: number;
  medianFirstResponseMs: number | null;
  medianResponseMs: number | null;
  /** Replies that came from a suggestion, of all replies (0..1); null without replies. */
  suggestionShare: number | null;
  inserts: number;
  misfires: number;
  caught: number;
  /** Most inserted phrases, most first. */
  topPhrases: { phraseId: string; count: number; misfires: number }[];
}

export function summarize(events: readonly FigureEvent[], from: number, to: number, top = 5): Figures {
  const conversations = new Set<number>();
  const firstTimes: number[] = [];
  const responseTimes: number[] = [];
  let replies = 0;
  let fromSuggestion = 0;
  let inserts = 0;
  let misfires = 0;
  let caught = 0;
  const phrases = new Map<string, { count: number; misfires: number }>();
  for (const event of events) {
    if (event.at < from || event.at >= to) continue;
    if (event.kind === 'reply') {
      replies++;
      conversations.add(event.conversation);
      if (event.fromSuggestion) fromSuggestion++;
      if (event.responseMs !== null) {
        responseTimes.push(event.responseMs);
        if (event.first) firstTimes.push(event.responseMs);
      }
    } else if (event.kind === 'insert') {
      inserts++;
      if (event.misfire) misfires++;
      const stat = phrases.get(event.phraseId) ?? { count: 0, misfires: 0 };
      stat.count++;
      if (event.misfire) stat.misfires++;
      phrases.set(event.phraseId, stat);
    } else {
      caught += event.count;
    }
  }
  return {
    served: conversations.size,
    replies,
    medianFirstResponseMs: median(firstTimes),
    medianResponseMs: median(responseTimes),
    suggestionShare: replies === 0 ? null : fromSuggestion / replies,
    inserts,
    misfires,
    caught,
    topPhrases: [...phrases]
      .map(([phraseId, stat]) => ({ phraseId, ...stat }))
      .sort((a, b) => b.count - a.count || a.phraseId.localeCompare(b.phraseId))
      .slice(0, top),
  };
}

/** Local midnight of the day `now` falls in. */
export function startOfDay(now: number): number {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** Local Monday 00:00 of the week `now` falls in. */
export function startOfWeek(now: number): number {
  const date = new Date(startOfDay(now));
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return date.getTime();
}

/** The same local time `days` later (calendar days, so DST changes do not shift midnight). */
export function addDays(time: number, days: number): number {
  const date = new Date(time);
  date.setDate(date.getDate() + days);
  return date.getTime();
}

export interface DayFigures extends Figures {
  /** Local date, YYYY-MM-DD. */
  date: string;
  start: number;
}

function localDate(time: number): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** One entry per day for the last `days` days, oldest first (the week's trend). */
export function byDay(events: readonly FigureEvent[], now: number, days = 7): DayFigures[] {
  const today = startOfDay(now);
  return Array.from({ length: days }, (_, index) => {
    const start = addDays(today, index - days + 1);
    return { date: localDate(start), start, ...summarize(events, start, addDays(start, 1)) };
  });
}

/** Median response time per hour of one day (null where the agent did not reply), for the day chart. */
export function responseByHour(events: readonly FigureEvent[], dayStart: number): (number | null)[] {
  const hours: number[][] = Array.from({ length: 24 }, () => []);
  const dayEnd = addDays(dayStart, 1);
  for (const event of events) {
    if (event.kind !== 'reply' || event.responseMs === null || event.at < dayStart || event.at >= dayEnd) continue;
    hours[new Date(event.at).getHours()]!.push(event.responseMs);
  }
  return hours.map((times) => median(times));
}

/** Misfires per phrase and intent: what lowers a phrase for similar buyer messages. */
export function misfireCounts(events: readonly FigureEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (event.kind !== 'insert' || !event.misfire) continue;
    const key = misfireKey(event.phraseId, event.intent);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function misfireKey(phraseId: string, intent: string | undefined): string {
  return `${phraseId}|${intent ?? ''}`;
}
