// Round 20 (tone20): 烦不烦, 爱信不信 and 关我（们）什么事 / 跟我（们）有什么关系 are impatience that insults nobody, attitude
// by WRITERS.md; beside a jab at the buyer's wits or purse they are abuse (abuse.brush-off-jab), and 「看你烦不烦」 after a
// threat to pester the buyer stays abuse. Every sentence is written for the test.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('the word alone is attitude', () => {
  it.each([
    '烦不烦啊，尺码表就在上面',
    '你烦不烦，都说了明天发',
    '烦不fan 等着就行',
    '你爱信不信，这就是真皮',
    '反正质检过了，爱信不信',
    '你自己洗缩水了关我什么事',
    '物流慢关我们什么事',
    '颜色有色差跟我们有什么关系',
  ])('files %s as attitude, not abuse', (text) => {
    expect(categoriesOf(text)).toContain('attitude');
    expect(categoriesOf(text)).not.toContain('abuse');
  });
});

describe('with a jab at the buyer it is abuse', () => {
  it.each([
    '烦不烦，说了多少次了还记不住',
    '你烦不烦，金鱼都比你记得住',
    '爱信不信，看不懂就别看',
    '买个十几块的东西问个没完，烦不烦',
    '关我什么事，你是不是没长脑子',
    '爱信不信，不信就是个棒槌',
    '再差评我就天天找你，看你烦不烦',
  ])('files %s as abuse', (text) => expect(categoriesOf(text)).toContain('abuse'));
});

describe('clean neighbours stay clean', () => {
  it.each(['不烦不烦，您尽管问', '您问多少遍都不烦', '信不信由您，我们可以先发试用装给您看看', '这件事跟我们有关系，我们负责到底'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});
