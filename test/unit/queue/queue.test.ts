// The queue's decisions on an injected clock: waiting since when, in which order, the badge, and the
// reminders (漏跟进 after N minutes, 久等, 欢迎语, 结束语).
import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin';
import type { Suggestion } from '../../../utils/library/suggest';
import { BADGE_AMBER, BADGE_RED, badgeFor, computeNudges, nextChange, observeSnapshot, queueEntries, type TabQueue } from '../../../utils/queue/queue';
import { rankForService } from '../../../utils/queue/rank';
import { DEFAULT_STANDARDS, resolveStandards, standardsOverrideSchema } from '../../../utils/queue/standards';
import { createListTracker, parseElapsed } from '../../../utils/queue/track';
import type { ListRow } from '../../../utils/workbench/types';
import { conversationSnapshot } from './helpers';

const T0 = Date.UTC(2026, 10, 21, 6, 0, 0);
const S = 1000;
const M = 60 * S;

const snapshot = conversationSnapshot;

const row = (name: string, extra: Partial<ListRow> = {}): ListRow => ({ name, unread: 0, active: false, ...extra });

describe('the page’s own waiting times', () => {
  it('reads worded elapsed times and ignores bare clocks', () => {
    expect(parseElapsed('等待 3 分钟')).toBe(3 * M);
    expect(parseElapsed('已等待2分30秒')).toBe(150 * S);
    expect(parseElapsed('已等待 01:20')).toBe(80 * S);
    expect(parseElapsed('14:02')).toBeUndefined();
    expect(parseElapsed('剩余 2 分钟')).toBeUndefined();
  });

  it('keeps the earliest estimate of a wait and forgets it once the row stops waiting', () => {
    const tracker = createListTracker();
    expect(tracker.update([row('A', { unread: 1 })], T0)[0]!.waitingSince).toBe(T0);
    expect(tracker.update([row('A', { unread: 2 })], T0 + 30 * S)[0]!.waitingSince).toBe(T0);
    expect(tracker.update([row('A', { timer: '等待 2 分钟' })], T0 + 60 * S)[0]!.waitingSince).toBe(T0 - 60 * S);
    expect(tracker.update([row('A')], T0 + 90 * S)[0]!.waitingSince).toBeNull();
    expect(tracker.update([row('A', { unread: 1 })], T0 + 120 * S)[0]!.waitingSince).toBe(T0 + 120 * S);
  });
});

describe('the queue of a tab', () => {
  const tab = (rows: TabQueue['rows'], extra: Partial<TabQueue> = {}): TabQueue => ({ platform: 'pinduoduo', platformName: '拼多多', rows, open: null, conversations: {}, ...extra });

  it('orders waiting buyers by wait, marks overdue ones and lets an overdue group count as past the limit', () => {
    const entries = queueEntries(1, tab([
      { ...row('A', { unread: 1 }), waitingSince: T0 - 50 * S },
      { ...row('B', { group: 'overdue' }), waitingSince: T0 - 10 * S },
      { ...row('C'), waitingSince: null },
      { ...row('D', { unread: 2, key: 'd1' }), waitingSince: T0 - 2 * M },
    ]), DEFAULT_STANDARDS, T0);
    expect(entries.map((entry) => [entry.name, (T0 - entry.waitingSince) / S, entry.overdue])).toEqual([
      ['B', 180, true],
      ['D', 120, false],
      ['A', 50, false],
    ]);
    expect(entries[1]!.rowKey).toBe('d1');
  });

  it('a buyer opened and left unanswered keeps waiting; the open one follows its own reading', () => {
    const memory = observeSnapshot(undefined, snapshot('A', [['buyer', '在吗']], T0 - 4 * M), T0, DEFAULT_STANDARDS, () => 0.5)!.memory;
    const left = tab([{ ...row('A'), waitingSince: null }], { open: 'B', conversations: { A: memory } });
    expect(queueEntries(1, left, DEFAULT_STANDARDS, T0).map((e) => [e.name, e.overdue])).toEqual([['A', true]]);
    const answered = observeSnapshot(memory, snapshot('A', [['buyer', '在吗'], ['agent', '您好']], null), T0 + M, DEFAULT_STANDARDS)!.memory;
    const open = tab([{ ...row('A', { unread: 3 }), waitingSince: T0 }], { open: 'A', conversations: { A: answered } });
    expect(queueEntries(1, open, DEFAULT_STANDARDS, T0 + M)).toEqual([]);
  });

  it('counts waits past the threshold on the badge, amber first and red past the limit', () => {
    const entries = (waits: number[]) =>
      queueEntries(1, tab(waits.map((wait, i) => ({ ...row(`B${i}`, { unread: 1 }), waitingSince: T0 - wait }))), DEFAULT_STANDARDS, T0);
    expect(badgeFor(entries([30 * S]), [], DEFAULT_STANDARDS, T0)).toEqual({ count: 0, text: '', color: BADGE_AMBER });
    expect(badgeFor(entries([30 * S, 61 * S, 2 * M]), [], DEFAULT_STANDARDS, T0)).toEqual({ count: 2, text: '2', color: BADGE_AMBER });
    expect(badgeFor(entries([61 * S, 2 * M, 3 * M]), [], DEFAULT_STANDARDS, T0)).toEqual({ count: 3, text: '3', color: BADGE_RED });
    const fast = resolveStandards({ badgeAfterSeconds: 20 }, undefined);
    expect(badgeFor(entries([30 * S]), [], fast, T0).count).toBe(1);
  });

  it('wakes at the next threshold', () => {
    const entries = queueEntries(1, tab([{ ...row('A', { unread: 1 }), waitingSince: T0 - 10 * S }]), DEFAULT_STANDARDS, T0);
    expect(nextChange(entries, [], DEFAULT_STANDARDS, T0)).toBe(T0 + 50 * S);
  });
});

describe('reminders', () => {
  const standards = DEFAULT_STANDARDS;

  it('漏跟进: a 「稍等」 with nothing after it for the configured minutes, cleared by the next reply', () => {
    let memory = observeSnapshot(undefined, snapshot('A', [['buyer', '到哪了']], T0 - 20 * S), T0, standards)!.memory;
    const held = observeSnapshot(memory, snapshot('A', [['buyer', '到哪了'], ['agent', '稍等，我去查一下']], null), T0 + 10 * S, standards)!;
    expect(held.reply).toMatchObject({ responseMs: 30 * S, first: true });
    memory = held.memory;
    expect(memory.holdAt).toBe(T0 + 10 * S);
    const tab: TabQueue = { platform: 'pinduoduo', platformName: '拼多多', rows: [], open: 'B', conversations: { A: memory } };
    expect(computeNudges(1, tab, null, standards, T0 + 10 * S + 5 * M - 1)).toEqual([]);
    const [nudge] = computeNudges(1, tab, null, standards, T0 + 10 * S + 5 * M);
    expect(nudge).toMatchObject({ kind: 'followUp', name: 'A', open: false });
    expect(computeNudges(1, tab, null, resolveStandards({ followUpMinutes: 10 }, undefined), T0 + 10 * S + 5 * M)).toEqual([]);
    const followed = observeSnapshot(memory, snapshot('A', [['buyer', '到哪了'], ['agent', '稍等，我去查一下'], ['agent', '查到了，明天到']], null), T0 + 6 * M, standards)!;
    expect(followed.memory.holdAt).toBeUndefined();
    expect(followed.reply).toMatchObject({ responseMs: null, first: false });
  });

  it('久等, 欢迎语 and 结束语 for the open conversation, each switchable off', () => {
    const open = snapshot('A', [['buyer', '在吗'], ['buyer', '这个有货吗']], T0 - 4 * M);
    const memory = observeSnapshot(undefined, open, T0, standards)!.memory;
    const tab: TabQueue = { platform: 'pinduoduo', platformName: '拼多多', rows: [], open: 'A', conversations: { A: memory } };
    expect(computeNudges(1, tab, open, standards, T0).map((n) => [n.kind, n.detail ?? null])).toEqual([['longWait', null], ['welcome', 'before']]);
    const off = resolveStandards({ nudges: { longWait: false } }, undefined);
    expect(computeNudges(1, tab, open, off, T0).map((n) => n.kind)).toEqual(['welcome']);
    const closing = snapshot('A', [['buyer', '这个有货吗'], ['agent', '有货的'], ['buyer', '好的谢谢']], T0);
    expect(computeNudges(1, tab, closing, standards, T0).map((n) => [n.kind, n.detail ?? null])).toEqual([['welcome', 'missed'], ['closing', null]]);
    const closed = snapshot('A', [['agent', '您好'], ['buyer', '好的谢谢'], ['agent', '不客气，祝您生活愉快']], null);
    expect(computeNudges(1, tab, closed, standards, T0)).toEqual([]);
  });

  it('a team’s thresholds win over the agent’s; either may switch a reminder off', () => {
    const resolved = resolveStandards({ followUpMinutes: 8, nudges: { closing: false } }, { followUpMinutes: 3, waitLimitSeconds: { kuaishou: 180, pinduoduo: 300 } });
    expect(resolved.followUpMinutes).toBe(3);
    expect(resolved.waitLimitSeconds).toEqual({ default: 180, kuaishou: 180, pinduoduo: 300 });
    expect(resolved.nudges).toEqual({ followUp: true, longWait: true, welcome: true, closing: false });
    expect(standardsOverrideSchema.safeParse({ followUpMinutes: 0 }).success).toBe(false);
    expect(standardsOverrideSchema.safeParse({ waitLimitSeconds: { 'Bad Id': 60 } }).success).toBe(false);
    expect(standardsOverrideSchema.safeParse({ surprise: 1 }).success).toBe(false);
  });
});

describe('ranking for the reminders', () => {
  const suggestion = (id: string, score: number): Suggestion => ({ phrase: BUILTIN_PHRASES.find((p) => p.id === id)!, score, intents: [], matched: [] });
  const base = [suggestion('ship-time-01', 0.9), suggestion('wait-01', 0.5)];

  it('puts 「久等了」 openings first once the wait is overdue, and the closing pair when the buyer says goodbye', () => {
    const ranked = rankForService(base, { kinds: new Set(['longWait']), phrases: BUILTIN_PHRASES });
    expect(ranked.slice(0, 2).every((s) => s.phrase.tags.includes('久等致歉'))).toBe(true);
    expect(ranked.slice(2).map((s) => s.phrase.id)).toEqual(base.map((s) => s.phrase.id));
    const closing = rankForService(base, { kinds: new Set(['closing']), phrases: BUILTIN_PHRASES });
    expect(closing.slice(0, 2).map((s) => s.phrase.tags.find((t) => t === '结束语' || t === '邀评'))).toEqual(['结束语', '邀评']);
  });

  it('prefers the shop’s own tagged phrase, and lowers a phrase that misfired for this kind of message', () => {
    const own = { ...BUILTIN_PHRASES.find((p) => p.id === 'svc-sorry-01')!, id: 'team-sorry', source: 'team' as const };
    expect(rankForService([], { kinds: new Set(['longWait']), phrases: [...BUILTIN_PHRASES, own] })[0]!.phrase.id).toBe('team-sorry');
    const [first, second] = base;
    const lowered = rankForService(base, { kinds: new Set(), phrases: BUILTIN_PHRASES, misfires: new Map([[`${first!.phrase.id}|shipping.time`, 3]]), intent: 'shipping.time' });
    expect(lowered.map((s) => s.phrase.id)).toEqual([second!.phrase.id, first!.phrase.id]);
    const otherIntent = rankForService(base, { kinds: new Set(), phrases: BUILTIN_PHRASES, misfires: new Map([[`${first!.phrase.id}|shipping.time`, 3]]), intent: 'greeting' });
    expect(otherIntent[0]!.phrase.id).toBe(first!.phrase.id);
  });
});
