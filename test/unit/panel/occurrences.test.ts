import { describe, expect, it } from 'vitest';
import { occurrences } from '../../../components/ConversationHeader';

describe('occurrences (highlighted words in a buyer message)', () => {
  it('finds every non-overlapping occurrence, the longer word first where words compete', () => {
    expect(occurrences('什么时候能发货，发货快吗', ['发货', '什么时候能发货'])).toEqual([
      { start: 0, end: 7 },
      { start: 8, end: 10 },
    ]);
  });
  it('does not count a word twice where its occurrences overlap', () => {
    expect(occurrences('哈哈哈哈哈', ['哈哈'])).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });
  it('ignores empty and repeated words', () => {
    expect(occurrences('发货', ['', '发货', '发货'])).toEqual([{ start: 0, end: 2 }]);
  });
  it('marks a message made of 50,000 repetitions of one word completely (the panel clips first, but stays linear)', () => {
    const spans = occurrences('发货'.repeat(50_000), ['发货', '货发']);
    expect(spans).toHaveLength(50_000);
    expect(spans.at(-1)).toEqual({ start: 99_998, end: 100_000 });
  });
});
