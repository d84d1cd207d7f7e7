// Round 22 (branch neg22): clean drafts that keep the risky word but deny, disown or hand on what it would claim — a
// Teochew or Hokkien negation the scanner did not see (𠀾, 𣍐), and the shapes below. Each shape has its risky twins.
// Every sentence is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readAstralDialect } from '../../../utils/compliance/normalize';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('Teochew 𠀾 and Hokkien 𣍐 read as 不 (normalize ASTRAL_READ_AS)', () => {
  it('reads the pair whole, same length, and leaves other text as it is', () => {
    expect(readAstralDialect('茶𠀾治咳')).toBe('茶不\uDC3E治咳');
    expect(readAstralDialect('做𣍐到').length).toBe('做𣍐到'.length);
    const plain = '这款茶能降血压';
    expect(readAstralDialect(plain)).toBe(plain);
  });
  it.each([
    '菊花茶只是茶，𠀾治咳嗽，咳嗽要看医生',
    '绿茶𠀾防癌，有病要看医生',
    '这款茶𠀾降血压',
    '明天一定到我𠀾敢打包票，一般后天到',
    '治失眠个讲法我们做𣍐到，茶就是茶',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each([
    ['菊花茶能治咳嗽', 'medical'],
    ['乌龙茶饮了一定𠀾会过敏', 'promise'],
    ['这饼普洱放十年都𠀾坏', 'promise'],
  ])('still flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
  it('quotes the draft as typed', () => {
    const [finding] = serious('这饼普洱放十年都𠀾坏');
    expect(finding?.match).toContain('𠀾');
  });
  it('does not read 🐾 (the same low surrogate as 𠀾) as 不', () => {
    expect(categoriesOf('猫粮🐾治猫癣')).toContain('medical');
  });
});

describe('a reward denied, however it is said; the review left free however it goes (reviewbait.explained, left-to-buyer, allowed)', () => {
  it.each([
    '评价您看着写，我们也没有返钱',
    '好评唔使返咩现金，照实写就得',
    '茶好不好照实讲，我们𠀾因为评价返钱',
    '小礼物是下单就送的，评价啥样都照送',
    '评价写几个字都可以，不写也没事',
    '满99都送发圈一个，不用看评价',
    '评价怎么给都行，赠品照样有',
    '评价点写随你，赠品都有',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['好评返现5元', '评价啥样都行，五星返现', '评价写满50字返5元', '满99送发圈，好评再送一个', '好评返红包，差评没有红包'])(
    'still flags %s',
    (text) => expect(categoriesOf(text)).toContain('reviewbait'),
  );
});

describe('a claim named as a saying (的 / 个 / 这 / 这种 + 说法 / 讲法), then disowned (mentioned)', () => {
  it.each([
    '按摩椅能疏通经络的说法没有根据，放松肌肉倒是可以',
    '活血化瘀这说法我们不敢用，护腰就是护着腰',
    '降血糖个讲法我们𠀾写，荞麦茶就是茶',
    '补脑个讲法没根据，核桃就是零食',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each([
    ['有提高免疫力的说法，喝了身体好', 'medical'],
    ['这款茶能降血压，这说法是医生讲的', 'medical'],
    ['疏通经络这说法是真的，用了就知道', 'medical'],
    ['这款面霜能祛斑，孕妇不敢用', 'medical'],
    ['国家特供，这种讲法是有来头的', 'authority'],
  ])('still flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});

describe('假一赔几 pointed back to: the kind of promise named, no sum (promise allowed)', () => {
  it('leaves 质检报告都有，假一赔几这个我不乱说 alone', () => expect(serious('质检报告都有，假一赔几这个我不乱说')).toEqual([]));
  it.each(['假一赔几都行，放心买', '假一赔十，放心买', '假一赔三这个我保证'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('the guarantee itself declined as idle talk: 不跟您瞎保证, 不瞎保证 (promise allowed)', () => {
  it.each(['拆开有点味正常，晾两天就散，我不瞎保证', '能用几年要看怎么用，不跟您乱保证'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['这个瑜伽垫我保证没味', '保证三天到，不跟您瞎说', '保证不掉色'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('the goods refusing the claim: 它做不到 closing the clause (REFUSERS takes 它)', () => {
  it.each(['降血糖它做不到，就是普通麦片', '祛湿排毒它做不到，泡脚就是舒服'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['降血压它做不到的我们能做到', '这款茶能降血脂，别家做不到'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
});

describe('photos or an unboxing video left to the buyer: 开箱视频拍不拍随您 (attitude allowed)', () => {
  it.each(['开箱视频拍不拍随您，谢谢支持', '买家秀拍不拍随你，我们都感谢'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['这个价拍不拍随您', '看完视频拍不拍随您'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});
