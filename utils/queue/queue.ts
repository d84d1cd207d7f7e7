// The waiting queue of one workbench tab: the list rows the content script reports, merged with what the
// open conversation showed (a buyer the agent opened and left unanswered keeps waiting after the page
// clears the unread badge). Pure: the caller passes the clock reading and keeps the state.
import type { ChatMessage, WorkbenchSnapshot } from '../workbench/types';
import { containsAny, waitLimitMs, type NudgeKind, type ServiceStandards } from './standards';
import { rowIdentity, type QueueRow } from './track';

/** What the background remembers of a conversation it saw open. No message text: only fingerprints and times. */
export interface ConversationMemory {
  name: string;
  /** The conversation key the reader gave it (binds replies to the buyer). */
  key: string;
  waitingSince: number | null;
  /** Fingerprint of the last agent message and the one before it, to notice a new reply. */
  lastAgent?: string;
  /** Agent messages in view the last time it was open. */
  agentMessages: number;
  /** The agent's last message promised to come back (稍等 …) at this time; cleared by their next message. */
  holdAt?: number;
  /** A random number standing for the conversation in the figures (never the buyer's name). */
  figureId: number;
  seenAt: number;
}

export interface TabQueue {
  platform: string;
  platformName: string;
  /** Null when the page shows no conversation list the adapter can read. */
  rows: QueueRow[] | null;
  /** Buyer name of the open conversation. */
  open: string | null;
  conversations: Record<string, ConversationMemory>;
}

export interface QueueEntry {
  tabId: number;
  platform: string;
  name: string;
  /** The page's own id for the row, to find it again when opening. */
  rowKey?: string;
  preview?: string;
  unread: number;
  waitingSince: number;
  overdue: boolean;
  open: boolean;
}

/** FNV-1a of a text, as 8 hex digits: enough to tell messages apart without keeping them. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export interface NewReply {
  /** The buyer waited this long for it; null when nobody was waiting (a second message in a row). */
  responseMs: number | null;
  /** The first agent reply in this conversation. */
  first: boolean;
  /** The reply as sent: only for comparing with a recent insert, never stored. */
  text: string;
  figureId: number;
}

function agentSignature(messages: readonly ChatMessage[]): { signature?: string; count: number; last?: ChatMessage } {
  let count = 0;
  let lastIndex = -1;
  messages.forEach((message, index) => {
    if (message.direction === 'agent') {
      count++;
      lastIndex = index;
    }
  });
  if (lastIndex < 0) return { count };
  const last = messages[lastIndex]!;
  const before = messages[lastIndex - 1];
  return { signature: fingerprint(`${before?.direction}|${before?.text}|${last.text}`), count, last };
}

/**
 * Updates the memory of the open conversation from a new reading. A reply is reported only for a
 * conversation seen before (the history shown on first sight happened before we watched).
 */
export function observeSnapshot(
  previous: ConversationMemory | undefined,
  snapshot: WorkbenchSnapshot,
  now: number,
  standards: ServiceStandards,
  random: () => number = Math.random,
): { memory: ConversationMemory; reply?: NewReply } | undefined {
  const conversation = snapshot.conversation;
  if (!conversation) return undefined;
  const { signature, count, last } = agentSignature(conversation.messages);
  const holds = last !== undefined && containsAny(last.text, standards.holdWords);
  const memory: ConversationMemory = {
    name: conversation.buyer.name,
    key: conversation.key,
    waitingSince: snapshot.waitingSince,
    agentMessages: count,
    figureId: previous?.figureId ?? Math.floor(random() * 2 ** 31),
    seenAt: now,
  };
  if (signature) memory.lastAgent = signature;
  const isNew = previous !== undefined && signature !== undefined && signature !== previous.lastAgent;
  // The 漏跟进 clock starts when the hold was first seen and runs until the agent writes again.
  if (holds) memory.holdAt = !isNew && previous?.holdAt !== undefined ? previous.holdAt : now;
  if (!isNew || !last) return { memory };
  return {
    memory,
    reply: {
      responseMs: previous.waitingSince === null ? null : Math.max(0, now - previous.waitingSince),
      first: previous.agentMessages === 0,
      text: last.text,
      figureId: memory.figureId,
    },
  };
}

/** Waiting buyers of one tab, longest wait first. */
export function queueEntries(tabId: number, tab: TabQueue, standards: ServiceStandards, now: number): QueueEntry[] {
  const limit = waitLimitMs(standards, tab.platform);
  const entries: QueueEntry[] = [];
  const listed = new Set<string>();
  for (const row of tab.rows ?? []) {
    listed.add(row.name);
    const open = row.name === tab.open || (tab.open === null && row.active);
    const memory = tab.conversations[row.name];
    // The open conversation's own reading is the truth; elsewhere the earliest sign of waiting counts.
    const candidates = open && memory ? [memory.waitingSince] : [row.waitingSince, memory?.waitingSince ?? null];
    let since = Math.min(...candidates.filter((value): value is number => value !== null));
    if (row.group === 'overdue' && !open) since = Math.min(Number.isFinite(since) ? since : now, now - limit);
    if (!Number.isFinite(since)) continue;
    const entry: QueueEntry = { tabId, platform: tab.platform, name: row.name, unread: row.unread, waitingSince: since, overdue: now - since >= limit, open };
    if (row.key) entry.rowKey = rowIdentity(row);
    if (row.preview) entry.preview = row.preview;
    entries.push(entry);
  }
  // The open buyer waits even on a page whose list we cannot read.
  const open = tab.open ? tab.conversations[tab.open] : undefined;
  if (open && open.waitingSince !== null && !listed.has(open.name)) {
    entries.push({ tabId, platform: tab.platform, name: open.name, unread: 0, waitingSince: open.waitingSince, overdue: now - open.waitingSince >= limit, open: true });
  }
  return entries.sort((a, b) => a.waitingSince - b.waitingSince);
}

export interface Nudge {
  /** Stable for one occurrence, so a dismissal holds until the situation changes. */
  id: string;
  kind: NudgeKind;
  tabId: number;
  name: string;
  /** When the situation began (the hold, the wait …). */
  since: number;
  /** For 欢迎语: the first reply is still to be written, or it went out without one. */
  detail?: 'before' | 'missed';
  open: boolean;
}

/**
 * Live reminders from the service standards: 漏跟进 in any conversation seen, and for the open one 久等,
 * a missing 欢迎语 and a conversation that is closing.
 */
export function computeNudges(
  tabId: number,
  tab: TabQueue,
  openSnapshot: WorkbenchSnapshot | null,
  standards: ServiceStandards,
  now: number,
): Nudge[] {
  const nudges: Nudge[] = [];
  const on = standards.nudges;
  const followUpMs = standards.followUpMinutes * 60_000;
  for (const memory of Object.values(tab.conversations)) {
    if (on.followUp && memory.holdAt !== undefined && now - memory.holdAt >= followUpMs) {
      nudges.push({ id: `followUp:${tabId}:${memory.figureId}:${memory.holdAt}`, kind: 'followUp', tabId, name: memory.name, since: memory.holdAt, open: memory.name === tab.open });
    }
  }
  const conversation = openSnapshot?.conversation;
  const memory = conversation ? tab.conversations[conversation.buyer.name] : undefined;
  if (!conversation || !memory) return nudges;
  const base = { tabId, name: memory.name, open: true };
  const waiting = openSnapshot!.waitingSince;
  if (on.longWait && waiting !== null && now - waiting >= waitLimitMs(standards, tab.platform)) {
    nudges.push({ ...base, id: `longWait:${tabId}:${memory.figureId}:${waiting}`, kind: 'longWait', since: waiting });
  }
  const messages = conversation.messages;
  const agent = messages.filter((message) => message.direction === 'agent');
  const buyerWrote = messages.some((message) => message.direction === 'buyer');
  if (on.welcome && buyerWrote && agent.length === 0) {
    nudges.push({ ...base, id: `welcome:${tabId}:${memory.figureId}:before`, kind: 'welcome', since: waiting ?? now, detail: 'before' });
  } else if (on.welcome && agent.length === 1 && !containsAny(agent[0]!.text, standards.greetingWords)) {
    nudges.push({ ...base, id: `welcome:${tabId}:${memory.figureId}:missed`, kind: 'welcome', since: now, detail: 'missed' });
  }
  const last = messages.at(-1);
  const lastAgent = agent.at(-1);
  if (
    on.closing &&
    last?.direction === 'buyer' &&
    [...last.text].length <= 12 &&
    containsAny(last.text, standards.closingWords) &&
    lastAgent !== undefined &&
    !containsAny(lastAgent.text, standards.farewellWords)
  ) {
    nudges.push({ ...base, id: `closing:${tabId}:${memory.figureId}:${fingerprint(last.text)}`, kind: 'closing', since: waiting ?? now });
  }
  return nudges;
}

export interface Badge {
  text: string;
  /** Red once a wait passes the platform's limit or a 稍等 went unanswered; amber before. */
  color: string;
  count: number;
}

export const BADGE_RED = '#d4380d';
export const BADGE_AMBER = '#d48806';

/** How many buyers wait past the badge threshold (or were left after a 稍等), over every workbench tab. */
export function badgeFor(entries: readonly QueueEntry[], nudges: readonly Nudge[], standards: ServiceStandards, now: number): Badge {
  const after = standards.badgeAfterSeconds * 1000;
  const counted = new Set<string>();
  let red = false;
  for (const entry of entries) {
    if (now - entry.waitingSince < after) continue;
    counted.add(`${entry.tabId}:${entry.name}`);
    red ||= entry.overdue;
  }
  for (const nudge of nudges) {
    if (nudge.kind !== 'followUp') continue;
    counted.add(`${nudge.tabId}:${nudge.name}`);
    red = true;
  }
  const count = counted.size;
  return { count, text: count === 0 ? '' : String(count), color: red ? BADGE_RED : BADGE_AMBER };
}

/** When the next threshold passes (badge, limit, 漏跟进), so a timer can wake exactly then; undefined when none will. */
export function nextChange(entries: readonly QueueEntry[], tabs: readonly TabQueue[], standards: ServiceStandards, now: number): number | undefined {
  const times: number[] = [];
  for (const entry of entries) {
    times.push(entry.waitingSince + standards.badgeAfterSeconds * 1000, entry.waitingSince + waitLimitMs(standards, entry.platform));
  }
  for (const tab of tabs) {
    for (const memory of Object.values(tab.conversations)) {
      if (memory.holdAt !== undefined) times.push(memory.holdAt + standards.followUpMinutes * 60_000);
    }
  }
  const future = times.filter((time) => time > now);
  return future.length > 0 ? Math.min(...future) : undefined;
}
