// Round 22: what the arrival of c304–c311 showed, by shape — Teochew 𠀾 (不会) read as 不 (neg22's readAstralDialect) and 甚物 as a variant of 什么,
// review threats refusing the next sale, 没有就没有 and 粤语 我都没办法 as brush-offs. Every sentence is written for the
// test; each shape has its clean twins. The rules alone are read (no learned model).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readAstralDialect } from '../../../utils/compliance/normalize';
import { dialectVariants } from '../../../utils/compliance/spelling';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('潮汕 𠀾 (不会) reads as 不', () => {
  // Read whole before the scan (readAstralDialect): a fold of its high surrogate alone would also read the rest of
  // U+20000–U+203FF as 不.
  it('is read whole as 不, its low surrogate, which 🐾 shares, left a skipped unit', () => {
    expect(readAstralDialect('找𠀾到')).toBe('找不\udc3e到');
    expect(readAstralDialect('找𠀁到')).toBe('找𠀁到');
    expect(categoriesOf('好评🐾返现')).toContain('reviewbait');
  });

  it.each([
    ['这饼普洱全网最低价，别家再找𠀾到这个价', 'absolute'],
    ['规格详情页写住，357克，𠀾想重复第二遍', 'attitude'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    // Denials read as denials once 𠀾 is a negation (and the Cantonese one the brief names).
    '茶𠀾治病，有病还是要看医生',
    '我们个茶𠀾治鼻炎，鼻炎要看医生',
    '发货我𠀾敢打包票，偏远地区慢一点',
    '好𠀾好食您食过再讲，我们不乱夸',
    '冇治病嘅功效㗎，有病要睇医生',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('潮汕 甚物 is a variant of 什么', () => {
  it('writes 什么 as 甚物 beside the other dialect forms', () => {
    expect(dialectVariants('你干什么')).toContain('你干甚物');
  });

  it.each([['你懂甚物普洱，讲出来笑死人', 'abuse']])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each(['评价写甚物都随您，每单都送品茗杯', '这里有甚物问题您尽管问'])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('a review withheld, then the next sale refused', () => {
  it.each([
    '不给好评以后你来我都𠀾卖',
    '不给好评以后你来我都不卖',
    '如果你唔俾好评，下次唔再卖俾你',
    '不给好评的话，下次侬就别来我们家买了',
  ])('flags %s as reviewbait', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it.each(['给不给好评都不影响，下次您来我们都照样卖', '这款以后不再卖给经销商了，只做零售'])('leaves %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('没有就没有 and 粤语 我都没办法 brush the buyer off', () => {
  it.each(['运费险没有就没有，侬自己出', '发票𠀾开，没有就没有，不要再问了', '唔想等就取消啦，我都冇办法'])('flags %s as attitude', (text) =>
    expect(categoriesOf(text)).toContain('attitude'),
  );

  it.each(['有没有运费险要看订单，没有的话可以联系我们补', '我都没办法保证明天到，快递那边说不准'])('leaves %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('粤语 听唔明 as 听不明白, and the refund named as a topic', () => {
  it.each([['讲咗几次都听唔明，你脑子冇嘢㗎？', 'abuse'], ['退款嘅事唔好问我，自己搞', 'attitude']])('files %s as %s', (text, category) =>
    expect(categoriesOf(text)).toContain(category),
  );

  it('leaves a refund topic out of promise.fail-refund, and keeps its staked payout', () => {
    expect(categoriesOf('退款嘅事唔好问我，自己搞')).not.toContain('promise');
    expect(categoriesOf('不发芽全额退款')).toContain('promise');
  });

  it.each(['这个杂音很小，一般听不明显', '我说的听不明确的地方您再问', '退款的事不好说，要看平台审核'])('leaves %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('the goods bought back at the full price, the price held without 永', () => {
  it.each([
    '今天拍下，七天不满意退，一年内还能按原价回收',
    '买我们家的钻石，以后回收我们原价收，一分不少',
    '这哑铃价格以后不会涨，啥时候来买都这价',
  ])('flags %s as promise', (text) => expect(categoriesOf(text)).toContain('promise'));

  it.each(['我们不做原价回收，回收按当天金价算', '原价回收这种承诺我们不敢做', '价格以后会不会涨我也说不准'])('leaves %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('tennis elbow, a consulate, and questions asked too finely', () => {
  it.each([
    ['护腕跟工具套装一起送的，治网球肘效果很好', 'medical'],
    ['這款係領事館指定送禮用嘅款式，好少見', 'authority'],
    ['问那么细做甚物，茶就是茶，食了就知', 'attitude'],
    ['你问这么细干啥 买就完了', 'attitude'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each(['网球肘要去看医生，护腕只是护一下', '您问得那么细，我给您详细说说'])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});
