// Round 13: a caught draft reported under the category its writer gave it (issue #12), fixed where the wrong category
// came from: a word filed under another category than the train writers give it (counted over all train writers, by
// the settled guideline), or a finding that swallowed the better one where two overlap. Each shape has twins that
// keep their category or stay clean. Every sentence is written for the test.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('a shrug that insults nobody is attitude', () => {
  it.each(['你爱咋评咋评吧', '随你 爱怎么评就怎么评', '跟你说不清 算了吧', '跟您说不明白 您看详情页吧', '那您去别家问问吧'])(
    'reads %s as attitude only',
    (text) => expect(categoriesOf(text)).toEqual(['attitude']),
  );

  it.each(['跟你说不清 你这脑子不好使', '爱买不买 去别家买吧'])('keeps %s abuse (an insult beside it)', (text) =>
    expect(categoriesOf(text)).toContain('abuse'),
  );

  it.each(['麻烦不麻烦都没关系 我帮您弄', '评价您怎么评都可以的', '这个电话里说不清 我们就在这儿慢慢说', '别家也有这款 您可以比比'])(
    'leaves the twin %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});

describe('100% before what the goods are made of is absolute, also where a promise cue follows', () => {
  it.each(['百分百纯蚕丝 放心盖', '100%原厂配件，一颗螺丝都没换过', '百分之百手工包的饺子', '１００％野生菌 一朵大棚的都没有', '100%进口奶源，一滴复原乳都不掺'])(
    'reads %s as absolute only',
    (text) => expect(categoriesOf(text)).toEqual(['absolute']),
  );

  it.each(['保证纯天然 喝了不上火'])('keeps %s a promise (保证)', (text) => expect(categoriesOf(text)).toContain('promise'));

  // 100% + 不 was kept a promise here until round 19 filed it absolute (WRITERS.md).
  it.each(['这口锅100%不粘', '百分百不掉色'])('reads %s as absolute (100% + 不)', (text) => expect(categoriesOf(text)).toEqual(['absolute']));

  it.each(['吊牌写的是棉100%', '这件是纯棉的，不是百分百纯棉哦 含一点氨纶', '您问是100%纯铝吗？是铝合金的'])('leaves the twin %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('an endorsement keeps its category where a longer ranking span overlapped it', () => {
  it.each(['本店是厂家唯一授权的经销商', '茶叶协会唯一推荐的品牌', '游泳冠军同款泳镜', '这是世界冠军选手签名款', '某顶流出街背的就是这只包'])(
    'reads %s as authority only',
    (text) => expect(categoriesOf(text)).toEqual(['authority']),
  );

  it.each(['同价位里唯一一款带加热的', '这款是全网销量冠军', '这款是护肤界的顶流'])('keeps the ranking %s absolute', (text) =>
    expect(categoriesOf(text)).toEqual(['absolute']),
  );

  it.each(['这双跑鞋没有冠军代言，是普通款', '我们不是唯一授权店 其他授权店也是正品'])('leaves the twin %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('正品保证 is an endorsement nobody can check (authority), beside the payout promise', () => {
  it('reads 正品保证 as authority and 假一赔十 as promise', () => expect(categoriesOf('正品保证 假一赔十 放心拍').sort()).toEqual(['authority', 'promise']));

  it.each(['本店所有玩具正品保证', 'zheng品保证哦宝子'])('reads %s as authority', (text) => expect(categoriesOf(text)).toEqual(['authority']));

  it.each(['商品页有平台的正品保障标识', '“正品保证”这几个字我们不能写', '我们不敢说正品保证 可以看进货单', '本店是品牌旗舰店，正品保证'])('leaves the twin %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it('is one 拦截 on 飞鸽, where the platform forbids it', () =>
    expect(createChecker({ confirm: false, learned: false, platform: 'feige' }).check('正品保证').map((f) => [f.category, f.severity])).toEqual([['authority', 'block']]));
});

describe('永久 is absolute, also before a service word; 终身 and 一辈子 stay promises', () => {
  it.each(['会员永久免费升级', '滤网永久包换'])('reads %s as absolute only', (text) => expect(categoriesOf(text)).toEqual(['absolute']));

  it.each(['终身免费保修', '一辈子包换'])('keeps %s a promise', (text) => expect(categoriesOf(text)).toEqual(['promise']));
});

describe('a platform named as the scope of a superlative is absolute, not steering off the platform', () => {
  it.each(['这个价已经是淘宝最低价了', '这款耳机全京东最便宜'])('reads %s as absolute only', (text) => expect(categoriesOf(text)).toEqual(['absolute']));

  it.each(['淘宝店更便宜 去那边拍', '京东上买便宜一些，去京东拍吧'])('keeps the steering %s off-platform', (text) => expect(categoriesOf(text)).toContain('offplatform'));
});
