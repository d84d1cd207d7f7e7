// Round 21: categories decided by the draft's shape, not by which word's span is longer (fresh/README.md, cats21): the
// next visit refused over a review is review bait; 标杆 a body said is authority; a price never to come again is
// absolute; a threat told with 永远不 is abuse; a refund staked on an outcome is a promise beside the absolute claim; a
// title the state certified is authority; 你还想怎样 closing its clause is attitude; a line of the review deleted for a
// sum is review bait, not a promise. Every sentence is written for the test; each shape has its neighbours of the other
// category and clean ones.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('the next visit refused over a review is review bait, without the review abuse', () => {
  it.each(['不给五星好评的话，以后别来我们店了', '你要是敢打差评，下次别来我家买菜', '不给好评下回别想在我这拿货'])(
    'reads %s as review bait, not abuse',
    (text) => {
      expect(categoriesOf(text)).toContain('reviewbait');
      expect(categoriesOf(text)).not.toContain('abuse');
    },
  );

  it.each(['以后别来我们店了，事儿这么多', '下回别来了，这点小事也投诉'])('keeps %s abuse', (text) => expect(categoriesOf(text)).toEqual(['abuse']));

  it('leaves a welcome whatever the review clean', () => expect(serious('不管您给不给好评，以后都欢迎再来')).toEqual([]));
});

describe('标杆 a body said is authority, 标杆 alone absolute', () => {
  it.each(['茶叶协会的老专家来喝过，说我们是标杆', '省质检局抽检以后，把我们评为行业标杆'])('reads %s as authority, not absolute', (text) => {
    expect(categoriesOf(text)).toContain('authority');
    expect(categoriesOf(text)).not.toContain('absolute');
  });

  it('keeps 标杆 said by the shop absolute', () => expect(categoriesOf('这款扫地机的避障算法是行业标杆')).toEqual(['absolute']));

  it.each(['我们不敢说自己是行业标杆，只是用料实在', '协会的会员证在店铺资质里，可以点开看'])('leaves %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('a price or a batch never to come again is absolute, a promise only after 保证', () => {
  it.each(['这批料子卖完，以后永远不会再有这个价了', '过了双十一这个价就永远没有了'])('reads %s as absolute, not promise', (text) =>
    expect(categoriesOf(text)).toEqual(['absolute']),
  );

  it('keeps 保证 + 永远不会再有 a promise', () => expect(categoriesOf('保证以后永远不会再有这么低的价')).toEqual(['promise']));

  it('leaves a price said to come again clean', () => expect(serious('这价格不是最低的，以后还会有活动')).toEqual([]));
});

describe('a threat told with 永远不 is abuse, a lasting quality with it a promise', () => {
  it.each(['你再闹，我让快递永远不给你送', '再吵我就让师傅永远别上你家门'])('reads %s as abuse, not promise', (text) =>
    expect(categoriesOf(text)).toEqual(['abuse']),
  );

  it('reads the dare after a threat as abuse', () => expect(categoriesOf('你再这样，我就拉黑你，看你能怎么样')).toEqual(['abuse']));

  it('keeps 永远不 about the goods a promise', () => expect(categoriesOf('这款锅永远不粘，炒啥都不糊')).toEqual(['promise']));
});

describe('a refund staked on an outcome is a promise beside the absolute claim', () => {
  it('reads 0释放 as absolute and the refund as promise', () => {
    expect(categoriesOf('这漆0释放，检测不过全款退')).toContain('absolute');
    expect(categoriesOf('这漆0释放，检测不过全款退')).toContain('promise');
  });

  it('reads the refund for the very effect spared as promise', () => expect(categoriesOf('吃了保证不上火，上火包退')).toEqual(['promise']));

  it('keeps the absolute claim alone absolute', () => expect(categoriesOf('这漆甲醛0释放，刷完就能住')).toEqual(['absolute']));

  it.each(['质量问题可以全款退，按平台流程走', '检测报告在详情页，甲醛释放量0.02'])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('a title the state certified is authority', () => {
  it('reads 国家认证 + a title as authority', () => expect(categoriesOf('我们是国家认证高级技师上门安装')).toEqual(['authority']));

  it('leaves the certificate shown clean', () => expect(serious('国家认证过的技师资格证可以在详情页看编号')).toEqual([]));
});

describe('你还想怎样 closing its clause is attitude', () => {
  it.each(['那你还想怎样，赠品已经补给你了', '鉴定报告都给你看过了，还想咋样'])('reads %s as attitude, not abuse', (text) =>
    expect(categoriesOf(text)).toEqual(['attitude']),
  );

  it('keeps 你还要咋样 abuse', () => expect(categoriesOf('几十块的东西你还要咋样')).toEqual(['abuse']));

  it('leaves the question of how to help clean', () => expect(serious('您看还想怎样处理，退款还是补发都可以')).toEqual([]));
});

describe('a line of the review deleted for a sum is review bait, a sum alone a promise', () => {
  it.each(['把“掉毛”那两个字删了吧，我给你补8块', '评价里那句删掉，我给您补偿10元'])('reads %s as review bait, not promise', (text) =>
    expect(categoriesOf(text)).toEqual(['reviewbait']),
  );

  it('keeps a sum made up on the spot a promise', () => expect(categoriesOf('不满意的话我给你补5块，不用退货')).toContain('promise'));

  it('leaves a custom line deleted and the goods sent again clean', () =>
    expect(serious('刻字那几个字删掉了，我给你补发一个新的')).toEqual([]),
  );
});
