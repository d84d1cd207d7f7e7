// The panel's flags of phrases found by hand, as the background answered them (entrypoints/sidepanel/found-flags.ts):
// never given under rules other than those they were found with.
import { describe, expect, it } from 'vitest';
import { knownFlags, withAnswer } from '../../../entrypoints/sidepanel/found-flags';
import type { Finding } from '../../../utils/compliance/types';

const finding = (match: string): Finding => ({ rule: 'r', category: 'absolute', severity: 'warn', match, start: 0, end: match.length, reason: '', suggestions: [] }) as unknown as Finding;

describe('flags of phrases found by hand', () => {
  it('adds an answer for the rules it was asked with, and gives it only under those rules', () => {
    const known = withAnswer(null, 'A', 'A', ['最好', '好的'], [[finding('最好')], []]);
    expect(knownFlags(known, 'A', '最好')?.map((f) => f.match)).toEqual(['最好']);
    expect(knownFlags(known, 'A', '好的')).toEqual([]);
    expect(knownFlags(known, 'A', '别的')).toBeUndefined();
    expect(knownFlags(known, 'B', '最好')).toBeUndefined();
    const more = withAnswer(known, 'A', 'A', ['别的'], [[]]);
    expect(knownFlags(more, 'A', '最好')?.map((f) => f.match)).toEqual(['最好']);
    expect(knownFlags(more, 'A', '别的')).toEqual([]);
  });

  it('drops an answer for rules replaced since the question, or of the wrong length', () => {
    const known = withAnswer(null, 'A', 'A', ['最好'], [[finding('最好')]]);
    expect(withAnswer(known, 'B', 'A', ['别的'], [[]])).toBe(known);
    expect(withAnswer(known, 'A', 'A', ['别的', '最好'], [[]])).toBe(known);
    // The first answer under new rules starts afresh: nothing found with the old ones comes along.
    const renewed = withAnswer(known, 'B', 'B', ['别的'], [[]]);
    expect(knownFlags(renewed, 'B', '最好')).toBeUndefined();
    expect(knownFlags(renewed, 'B', '别的')).toEqual([]);
  });
});
