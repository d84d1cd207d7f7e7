// Round 14 (issue #12): clean replies read as breaches, by shape — a screenshot not wanted or asked for a fault, the
// review left as it stands, the buyer given time, others' questions answered at length, an effect or a guarantee
// flatly declined, a contact named as a kind and refused, an endorsement denied, the buyer told they are no bother —
// each with close twins that must stay flagged. Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('诱导好评: the screenshot not wanted, or asked for a fault; the review left as it stands', () => {
  it.each([
    '评价截图就不用发了，后台能看到',
    '好评不需要截图给我哦',
    '五星还是四星您定，有破损记得截图发我',
    '少发的配件我马上补您一个，评价您不用动',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '好评截图发我，返您3元',
    '好评截图不用发，直接返您5元',
    '五星好评截图给我，有破损记得截图',
    '少发的配件我马上补您一个，评价改成五星哈',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));
});

describe('服务态度: the buyer given time, others’ questions answered at length', () => {
  it.each([
    '您慢慢选，想好了再来问我',
    '尺码想好了再拍不用急',
    '其他买家也问过这个，我详细跟您说说',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '想好了再来问',
    '想好了再拍，别问来问去的',
    '也问过这个，往上翻翻',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe('医疗用语: the effect flatly denied, prevention left to hygiene or public advice', () => {
  it.each([
    '这款精油降血糖肯定不行，别信',
    '防病这事还是要注意卫生，勤洗手',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '这款精油能降血糖，肯定行',
    '这款手环能防病，戴上就行',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
});

describe('承诺: the guarantee declined in its potential form right after the claim', () => {
  it.each([
    '坏一赔二这个我承诺不了哈',
    '假一赔十这个店里承诺不了，按平台规则来',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '坏一赔二，别的我承诺不了',
    '坏一赔二这个我敢承诺',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('站外引流: a contact named as a kind, then refused', () => {
  it.each([
    'QQ号这种不能发的，平台不让',
    '微信这种不能给哈，有事就在这说',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    'QQ号发你，这种不能在平台说',
    '加我微信，这种事私下聊',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('offplatform'));
});

describe('权威背书: the endorsement denied right after the organ', () => {
  it.each([
    '官方没推荐过哪个牌子，您看参数就好',
    '专家没推荐过哪款，您按需求选',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '官方推荐过这款，您放心',
    '专家都推荐这款，您按需求选',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('authority'));
});

describe('辱骂: the buyer told they are no bother', () => {
  it.each(['不烦不烦，您尽管问', '一点都不烦，您随时问'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['烦不烦啊你', '你烦不烦，问个没完'])('flags %s', (text) => expect(categoriesOf(text).some((c) => c === 'abuse' || c === 'attitude')).toBe(true));
});

describe('绝对化用语: the agent’s own side unable to compare', () => {
  it.each(['别家的价格我这边比不了，您自己对比下', '全网的价我这边比不了'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['我们这边的降噪，别家没法比', '同价位别家都比不了'])('flags %s', (text) => expect(categoriesOf(text)).toContain('absolute'));
});

describe('承诺: a remote region excepted from the offer', () => {
  it.each(['新疆西藏除外，其他地区都包邮', '偏远地区运费另算，其他都包邮'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['偏远地区也都包邮', '新疆西藏也上门安装'])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('绝对化用语: the buyer, addressed as 亲 or 宝子, asking', () => {
  it.each(['亲问最省电的用法？晚上调到睡眠档就行', '宝子问最适合油皮的是哪款？这两款都可以'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['亲问哪款好？最好用的就是这款', '亲问的这款是全网最低价', '亲，这款最好用'])('flags %s', (text) => expect(categoriesOf(text)).toContain('absolute'));
});
