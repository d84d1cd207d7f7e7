// Round 13, second pass (issue #12): risky drafts the rules still missed after claim-shapes-13, caught by the general
// frame they share rather than by their wording — service withheld over a review with no comma between condition and
// consequence, a bad review answered with pressure on the buyer, goods used or opened and still taken back,
// someone sent to the buyer's door, a brand lent by its factory — each with close clean twins that must stay
// unflagged. Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('好评诱导: the consequence right after the condition, no comma between (a context cue inside the rule word)', () => {
  it.each(['不给好评的话小礼物就不寄了', '不给五星下次就不接你的单了', '不打好评的话延保就不算了哦', '不给好评售后就不好处理'])(
    'flags %s',
    (text) => expect(categoriesOf(text)).toContain('reviewbait'),
  );

  it.each([
    '给不给差评我们都会把配件补给你',
    '打不打好评都不影响售后，您放心',
    '平台规定不给好评返现，我们也不做',
    '不给好评也没关系，有问题随时找我',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('好评诱导: a bad review answered with pressure (reviewbait.pressure)', () => {
  it.each([
    '这个差评不删，我们客服会天天打电话找您',
    '中差评不撤，我们就走法律途径处理',
    '您这个一星我们都记下了，下次小心点',
    '差评不改的话，这店里的东西您就别想再买了',
    '给了差评的话，保证金您就别指望退了',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it.each([
    '差评我们都看到了，会一直改进包装',
    '给差评是您的权利，我们不会追究的',
    '差评的问题我们已经记下了，下批货会改',
    '您说的差评原因我们这边核实一下，稍等',
    '低分的原因能跟我说说吗，我们好改进',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('无法兑现的承诺: used or opened, still taken back (promise.yong-guo-ye-tui, promise.wu-tiao-jian)', () => {
  it.each(['酒拆了喝过也能退，全款', '装过也能退，运费我出', '吃一半也能退，不好吃就说', '哪怕拆封了，七天内都给你退', '七天以后也能退，不限时'])(
    'flags %s',
    (text) => expect(categoriesOf(text)).toContain('promise'),
  );

  it.each([
    '没装过也能退，装过就影响二次销售了',
    '没喝过也能退，七天无理由',
    '吃一半的话不能退哦，没开封的可以',
    '拆没拆封都要先拍个照片给我看看',
    '七天以后也能申请保修，质量问题找我们',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('辱骂威胁: someone sent after the buyer, or the buyer exposed (abuse.send-someone, abuse.threat)', () => {
  it.each([
    '再闹我就找人去你家门口等着',
    '信息都在，我们可以找人查你住哪',
    '你等着，回头找人跟你当面说清楚',
    '你再投诉，我就把你挂到网上让大家看看',
    '惹急了我直接按地址找你',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('abuse'));

  it.each([
    '我们找人去您家取件，您在家就行',
    '明天找人上门给您装，大概上午十点',
    '我帮您找人问一下仓库那边',
    '找人查您的订单需要点时间，稍等',
    '师傅按地址送货，大概下午到',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('借名义背书: a brand lent by its factory (authority.tong-chang-tie-biao, authority.tong-chang)', () => {
  it.each(['某大牌同厂同款，就是没有吊牌', '跟那家网红店同厂同线，料子一样', '和某国际品牌是同一位设计师画的版'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('authority'),
  );

  it.each(['我们自己工厂生产，同一条线出来的颜色一致', '同厂的其他款式也可以看看', '这个设计师是我们自己请的', '同款不同色的可以一起拍'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});
