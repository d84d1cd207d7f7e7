import { describe, expect, it } from 'vitest';
import { formatWait, parseShownTime, waitingSince } from '../../../utils/workbench/waiting';
import type { ChatMessage } from '../../../utils/workbench/types';

const NOW = new Date(2026, 10, 21, 14, 30, 0).getTime();

describe('times as workbenches show them', () => {
  it('reads clock times as today', () => {
    expect(parseShownTime('14:02:33', NOW)).toBe(new Date(2026, 10, 21, 14, 2, 33).getTime());
    expect(parseShownTime('14:02', NOW)).toBe(new Date(2026, 10, 21, 14, 2, 0).getTime());
  });
  it('reads dates, month-day forms and 昨天', () => {
    expect(parseShownTime('2026-11-20 09:15:00', NOW)).toBe(new Date(2026, 10, 20, 9, 15, 0).getTime());
    expect(parseShownTime('11-19 08:00', NOW)).toBe(new Date(2026, 10, 19, 8, 0, 0).getTime());
    expect(parseShownTime('昨天 23:50', NOW)).toBe(new Date(2026, 10, 20, 23, 50, 0).getTime());
  });
  it('puts a clock time later than now on the day before', () => {
    expect(parseShownTime('23:59', NOW)).toBe(new Date(2026, 10, 20, 23, 59, 0).getTime());
  });
  it('returns nothing for text without a time', () => {
    expect(parseShownTime('刚刚', NOW)).toBeUndefined();
  });
});

describe('how long the buyer has waited', () => {
  const m = (direction: ChatMessage['direction'], time?: string): ChatMessage => ({ direction, text: 'x', time });

  it('counts from the first buyer message after our last reply', () => {
    const messages = [m('buyer', '14:00'), m('agent', '14:05'), m('buyer', '14:20'), m('system', '14:21'), m('buyer', '14:25')];
    expect(waitingSince(messages, NOW, () => undefined)).toBe(new Date(2026, 10, 21, 14, 20).getTime());
  });
  it('treats a robot reply as an answer', () => {
    expect(waitingSince([m('buyer', '14:00'), m('robot', '14:00')], NOW, () => undefined)).toBeNull();
  });
  it('is null when the last word was ours or nobody wrote', () => {
    expect(waitingSince([m('buyer', '14:00'), m('agent', '14:01')], NOW, () => undefined)).toBeNull();
    expect(waitingSince([], NOW, () => undefined)).toBeNull();
  });
  it('uses when the row was first seen if the page shows no time', () => {
    expect(waitingSince([m('buyer')], NOW, () => NOW - 5000)).toBe(NOW - 5000);
  });
  it('formats waits the way agents read them', () => {
    expect(formatWait(42_000)).toBe('42秒');
    expect(formatWait(65_000)).toBe('1分05秒');
    expect(formatWait(7_380_000)).toBe('2小时3分');
  });
});
