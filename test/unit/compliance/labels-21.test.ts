// Round 21 (labels21): the buyer sent away for what they cannot do (不会养就别买) doubts their ability, abuse by
// WRITERS.md. Every sentence is written for the test.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('sent away for what the buyer cannot do is abuse (abuse.cannot-then-dont-buy)', () => {
  it.each(['不会养就别买了', '看不懂尺码就别买', '不会剪辑就别买这个软件', '老人家就别用这款了，学不会'])('files %s as abuse, not attitude', (text) => {
    expect(categoriesOf(text)).toContain('abuse');
    expect(categoriesOf(text)).not.toContain('attitude');
  });

  // What the buyer will not accept is their choice, not their ability: impatience, attitude.
  it.each(['你要不信就别买', '不接受色差就别买', '嫌贵就别买，质量不会差'])('keeps %s attitude', (text) => {
    expect(categoriesOf(text)).toContain('attitude');
    expect(categoriesOf(text)).not.toContain('abuse');
  });

  it.each(['不会用的话我发您视频教程', '看不懂说明书没关系，我教您', '不懂的地方就问我，别急着买'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});
