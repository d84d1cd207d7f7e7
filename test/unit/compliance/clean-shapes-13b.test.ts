// Round 13, second pass (issue #12): clean replies read as breaches, by shape — a count of the buyer's questions said
// kindly, a span of years that names a grade, an age or a warranty, a gift with the review left free, an effect the
// buyer is told not to count on — each with close twins that must stay flagged. Every sentence here is written for
// the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('服务态度/辱骂: the count said, then the fault taken on or the answer given again', () => {
  it.each([
    '您问了好几遍了，是我没讲清楚，我画个图给您',
    '说了好几遍了 可能我讲得不清楚 我换个说法',
    '问了好几遍了，我再给您说一遍',
    '这个我回答过了，我再复制一遍给您哈',
    '问了八遍说明我没讲明白，不好意思',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '问了好几遍了，我最后再说一遍',
    '说了好几遍了还不明白，自己看图',
    '这个问题我回答过了，往上翻',
    '问了八遍了还问',
  ])('flags %s', (text) => expect(categoriesOf(text).some((c) => c === 'attitude' || c === 'abuse')).toBe(true));
});

describe('承诺: a span of years that is a grade, an age or a warranty term', () => {
  it.each([
    '这双鞋一到三年级的孩子穿正好，不会磨脚的款式多',
    '这坛黄酒窖藏五年以上，口感很柔',
    '这款护膝我们是质保一年，不会坏就别担心',
    '孩子手长得快，这手套半年换一次就行',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '这双鞋三年不会坏',
    '这款护膝用十年都不会变形',
    '这坛黄酒放五年也不会变质',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('诱导好评: a gift with the review left free, the reviews shown, the offer denied', () => {
  it.each([
    '拍下就送发圈一包，不用带图也不用写评价',
    '拍下就送发圈一包，评价随意',
    '我们家都是真实买家写的评价，您可以翻翻',
    '您问好评返现的事，我们店没有这个活动哦',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '拍下就送发圈一包，记得带图评价',
    '带图评价就送发圈一包',
    '好评返现5元，评价随意写',
    '五星好评就送小样，我们店常有这个活动',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));
});

describe('医疗用语: the buyer told not to count on it for the condition', () => {
  it.each(['这个腰靠坐着舒服些，腰椎病就别指望它了'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['这个腰靠能治腰椎病', '腰椎病靠它就能好，别的就别指望了'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});

describe('服务态度: the pointer, then the agent hands the page over right away', () => {
  it.each(['说明书上都写了，我截个图给您', '尺码表写得很清楚，我给您念一下', '参数页都写着，我发您'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['说明书上都写了，自己翻', '都写了，你自己看吧，我忙', '参数页都写着 自己去看'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('attitude'),
  );
});

describe('医疗用语: the claim named as talk (那种话) or as goods not sold here', () => {
  it.each(['我不会跟您说包治百病那种话，暖脚而已', '理疗仪我们不卖哈，这款就是普通按摩枕'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['这个理疗仪包治百病', '理疗仪能治颈椎病，我们不卖假货'])('flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
});

describe('an effect or a claim named as a kind, then denied; others\' talk dismissed', () => {
  it.each([
    '这款面膜就是补水的，美白祛斑这种效果没有哦',
    '名人代言啥的我们不搞，就是老老实实做面条',
    '网购平台？别听人瞎说，我们是正规店',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    ['这款面膜能美白祛斑这种效果没有哪家比得上', 'medical'],
    ['名人代言的面条，吃着放心', 'authority'],
    ['你别瞎说，我们没发错', 'abuse'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});
