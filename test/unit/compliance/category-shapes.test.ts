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

describe('最好 advising a verb that repeats or runs on is no claim; the same adjective said of the goods is', () => {
  it.each(['打药前最好看看天气', '开封后最好喝完', '下单前最好看一下尺码表'])('leaves the advice %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['这款最好看', '这款最好喝了', '全网最好看的款'])('reads %s as absolute', (text) => expect(categoriesOf(text)).toContain('absolute'));
});

describe('a threat to the buyer is abuse', () => {
  it.each(['你敢差评试试', '再吵一句试试', '信不信我找人上门跟你聊聊', '我知道你家在哪', '你的电话我可都有', '信不信我把你地址发到网上', '把你名字挂到群里', '我们老板可不好惹的', '再这样我让你收不到货'])(
    'reads %s as abuse',
    (text) => expect(categoriesOf(text)).toContain('abuse'),
  );

  it.each(['连不上的话再重新配对试试', '您先买一罐试试', '你敢信吗 这个价 试试就知道', '请不要把您的地址电话发到网上哦', '快递员会上门找您取件', '我们老板人很好 不好惹事'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});
