// Round 21 (labels21): two labelling decisions by WRITERS.md. The buyer sent away for what they cannot do (不会养就别买)
// doubts their ability: abuse. A 100 % spelled out before an outcome (百分百好用) is an absolute claim, as the digits are
// (absolute.bai-fen-outcome); a promise only through a guarantee word, a delivery day, or the shop's own act. Every
// sentence is written for the test.
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

describe('百分百 + an outcome is absolute, as 100% is (absolute.bai-fen-outcome)', () => {
  it.each(['这款花肥百分百开花', '这双鞋百分百合脚', '百分百好用，闭眼入', '这款面霜用了百分之百变白'])('files %s as absolute, not promise', (text) => {
    expect(categoriesOf(text)).toContain('absolute');
    expect(categoriesOf(text)).not.toContain('promise');
  });

  // A delivery day stated as certain, a guarantee word, the shop's own act: promises by the guide.
  it.each(['后天百分之百送到', '百分百明天到', '保证百分百好用', '保你百分百学会', '降价了我百分百给您退差价'])('keeps %s a promise', (text) => {
    expect(categoriesOf(text)).toContain('promise');
    expect(categoriesOf(text)).not.toContain('absolute');
  });

  it('reads a rate of 100 % as absolute, not a delivery (到账率百分百)', () => expect(categoriesOf('话费到账率百分百')).toEqual(['absolute']));
  it('keeps 绝对 after a comma its own promise (百分百正品，绝对没有任何问题)', () =>
    expect(categoriesOf('百分百正品，绝对没有任何问题')).toContain('promise'));
  it('leaves the 100 % declined alone', () => expect(serious('不能说百分百好用，每个人感受不一样')).toEqual([]));
});
