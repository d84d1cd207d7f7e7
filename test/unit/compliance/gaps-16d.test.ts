// Round 16, second pass on the newest writers (c229–c234, then c230/c231): misses and wrong categories by shape, each
// shape with close clean twins that must stay unflagged. Every sentence here is written for the test, none is taken
// from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('好评诱导: the shop itself refusing later sales over the review, with its subject (reviewbait.retaliation)', () => {
  it.each([
    '谁给差评，以后本店不卖给谁，不卖给您也行',
    '给了差评的话，以后本店不卖给你了',
    '差评一打，我们不卖给你了，说到做到',
    '敢留差评，以后买什么我们都不卖',
    '给差评的话，以后要啥咱家都不卖',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it.each([
    '本店不卖给未成年人，请理解',
    '这个颜色我们不卖给你是因为断货了',
    '差评多的那款我们都不卖了，换了新款',
    '那款差评太多，厂家以后都不卖了',
    '给不给差评都没关系，有问题我们都会处理',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('好评诱导: the review asked for, then what follows if it is withheld (不给的话…, 不给就扣…, reviewbait.reward)', () => {
  it.each([
    '辛苦给个五星，不给的话我要被扣奖金的',
    '麻烦带图好评哈，不打的话会被扣钱',
    '好评一下嘛，不给就扣我提成',
    '帮忙给个五星吧，不给的话这个月绩效我就完了',
    '记得打好评，不打的话下回赠品可就没有了',
    '好评拜托了，不给我会被扣分的',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it.each([
    '评价您随意，平台不给好评返现，我们也不做',
    '店铺不给的话会被扣保证金，这是平台规则',
    '不给好评也没关系，如实评价就好',
    '给不给好评都行，不给的话也没关系',
    '评价您随意，不给的话也不影响售后',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('绝对化用语: the whole platform as the scope of 第一 (全快手/全抖音/全淘宝), and the yield ranked (亩产第一)', () => {
  it.each([
    ['这款花生种子全抖音第一', 'absolute'],
    ['销量全快手第一，闭眼入', 'absolute'],
    ['回头率全淘宝第一', 'absolute'],
    ['这个品种亩产第一，不服来比', 'absolute'],
    ['亩产量第一的麦种', 'absolute'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    '全快手第一次上架这款',
    '我们在全抖音第一个开卖的',
    '第一年亩产八百斤左右',
    '第一茬亩产大概一千斤',
    '按第一季算，亩产一千二',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('承诺: a mark guaranteed (保证 + 期末/期中, and 过90/上100 as outcomes of 保证 only)', () => {
  it.each(['买这套练习册，保证期末数学过90', '保证期中考试能上100', '一定让孩子语文过85'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('promise'),
  );

  it.each([
    '保证期是一年，过90天要自费维修',
    '保修一年，过90天收上门费',
    '一定要过60度的水洗',
    '期末考试加油，成绩要靠孩子自己',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('站外引流: the money paid to the agent through the app, written whole past the allowed 微信付款/微信支付 (offplatform.pay-me)', () => {
  it.each(['拍下不用付，微信付我就行', '用支付宝付款给我，我这边帮你改价', '运费你vx付给我，货我今天寄'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );

  it.each(['平台支持微信付款，下单时选就行', '可以用微信支付，也可以用花呗', '不能微信付给我哦，请走平台下单'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('权威背书: a named certifier or the state patent as warrant, beside a boast that used to name the draft (authority.tui-jian)', () => {
  it.each([
    '这款床垫有国家专利认证，别家比不了',
    '纸巾经过省质检中心认证，用着最放心',
    '我们是国家发明专利产品，别家都是仿的',
    '这罐奶粉海关认证过的，绝对正品',
    '护眼灯过了欧盟认证，国际顶级水准',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('authority'));

  it.each([
    '这款有国家专利，专利号在详情页可以查',
    '没有什么国家认证，只有3C',
    '我们没有欧盟认证，不敢乱说',
    '您问有没有海关认证？这款是国产的，没有',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});
