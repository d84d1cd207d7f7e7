// Round 12: which category a finding files under when the settled guideline (2026) and the round-11 writers agree
// (issue #12). Abuse insults, belittles or threatens the buyer, or shows contempt for the sale (爱买不买, 不买拉倒);
// attitude is impatient or dismissive service that insults nobody (hurrying the buyer to decide, 嫌贵就别买, 爱咋咋地,
// 自己百度). 世界级 is a grade as 国际级 is. Each shape has a twin that keeps its category or stays clean. Every
// sentence is written for the test.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('impatient or dismissive service that insults nobody is attitude', () => {
  it.each(['到底买不买啊 给个准话', '你到底拍不拍', '嫌贵就别买 我们就这个价', '嫌慢就别拍预售', '爱咋咋地吧', '没人逼你买', '早干嘛去了 现在才来问', '自己百度一下就知道了', '别来问我 问快递'])(
    'reads %s as attitude only',
    (text) => expect(categoriesOf(text)).toEqual(['attitude']),
  );

  it.each([
    '嫌贵的话可以等周末满减',
    '您可以自己百度一下说明书',
    '到底买哪款好 我帮您对比一下',
    '这个到底要不要预约呀 我帮您问下',
    '不会有人逼您买的 您慢慢看',
  ])('leaves the close twin %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('belittling the buyer and contempt for the sale stay abuse', () => {
  it.each(['爱买不买', '不买拉倒', '听不懂吗', '你要是嫌弃就别买', '都什么年代了，还不会网购', '这么简单都不会'])('reads %s as abuse', (text) =>
    expect(categoriesOf(text)).toContain('abuse'),
  );

  it.each(['什么年代的家具都能配', '都什么年代了 这款已经是第三代了'])('leaves %s alone (什么 is no year, no one is belittled)', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('世界级 is a grade, as 国际级 and 全球级', () => {
  it.each(['世界级工艺 放心用', '这是国际级水准', '全球级品质'])('reads %s as authority', (text) => expect(categoriesOf(text)).toEqual(['authority']));

  it.each(['不跟您吹什么世界级 老师傅手工缝的', '世界杯限定配色', '这款拿过世界级的设计奖吗？没有的'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});
