import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../utils/text-segments';

describe('segmentText', () => {
  it('splits around spans and keeps offsets', () => {
    const spans = [{ start: 2, end: 4, id: 'a' }, { start: 6, end: 7, id: 'b' }];
    expect(segmentText('这是最好的货啊', spans)).toEqual([
      { text: '这是', start: 0 },
      { text: '最好', start: 2, span: spans[0] },
      { text: '的货', start: 4 },
      { text: '啊', start: 6, span: spans[1] },
    ]);
  });
  it('drops overlapping, empty and out-of-range spans', () => {
    const segments = segmentText('abcdef', [{ start: 0, end: 3 }, { start: 2, end: 4 }, { start: 4, end: 4 }, { start: 5, end: 9 }]);
    expect(segments.map((s) => [s.text, Boolean(s.span)])).toEqual([['abc', true], ['def', false]]);
  });
  it('returns the whole text when there is nothing to mark', () => {
    expect(segmentText('你好', [])).toEqual([{ text: '你好', start: 0 }]);
    expect(segmentText('', [])).toEqual([]);
  });
});
