import { describe, expect, it } from 'vitest';
import { createHistory } from '../../../utils/workbench/history';
import type { ChatMessage, ReadResult } from '../../../utils/workbench/types';

const row = (n: number, direction: ChatMessage['direction'] = 'buyer'): ChatMessage => ({ id: `m${n}`, direction, text: `消息${n}` });
const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => row(from + i));
const reading = (messages: ChatMessage[], key = 'jd:山野小麦'): ReadResult => ({
  conversation: { platform: 'jd', platformName: '京东咚咚', key, buyer: { name: '山野小麦' }, messages },
  missing: [],
});
const ids = (result: ReadResult) => result.conversation!.messages.map((message) => message.id);

describe('merging windows of a virtualised list', () => {
  it('keeps the newest rows when the agent scrolls back and older rows swap in', () => {
    const history = createHistory();
    history.merge(reading(rows(55, 84)));
    const scrolledBack = history.merge(reading(rows(32, 61)));
    expect(ids(scrolledBack)).toEqual(rows(32, 84).map((message) => message.id));
    expect(scrolledBack.conversation!.messages.at(-1)!.text).toBe('消息84');
  });

  it('appends rows that arrive after the window, and takes fresh text for known rows', () => {
    const history = createHistory();
    history.merge(reading(rows(1, 5)));
    const next = history.merge(reading([...rows(3, 5).map((message) => ({ ...message, text: `${message.text}（已加载）` })), row(6, 'agent')]));
    expect(ids(next)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    expect(next.conversation!.messages[2]!.text).toBe('消息3（已加载）');
    expect(next.conversation!.messages.at(-1)!.direction).toBe('agent');
  });

  it('starts over on another conversation, without ids, or when windows do not overlap', () => {
    const history = createHistory();
    history.merge(reading(rows(1, 5)));
    expect(ids(history.merge(reading(rows(1, 2), 'jd:橘子汽水')))).toEqual(['m1', 'm2']);
    expect(ids(history.merge(reading(rows(40, 42), 'jd:橘子汽水')))).toEqual(['m40', 'm41', 'm42']);
    const noIds = history.merge(reading([{ direction: 'buyer', text: '在吗' }], 'jd:橘子汽水'));
    expect(noIds.conversation!.messages).toEqual([{ direction: 'buyer', text: '在吗' }]);
  });

  it('passes a reading without a conversation through untouched', () => {
    const result: ReadResult = { conversation: null, missing: ['buyerName'] };
    expect(createHistory().merge(result)).toBe(result);
  });
});
