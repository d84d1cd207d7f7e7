// Round 19 (branch scope19): claims disowned after the fact, contact words that point back into the platform, and
// the two labelling decisions written into WRITERS.md. Each shape has its risky twins. Every sentence is written for
// the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('a claim refused by the shop at the end of its own clause is taken back (negated.refused-after)', () => {
  it.each([
    '坏了赔三倍这种我做不到',
    '永久保修这个我们真做不到',
    '包您一周见效这个我实在不敢说',
    '保证绝对不起球这个我真没法承诺，您正常洗就好',
    '额外补偿这块我做不了主 我帮您问问',
    '坏了赔双倍做不到哈，按售后走',
    '全网最低价这个咱们不敢保证',
    '能治颈椎病这个我们不敢这么说',
    '保证不过敏我们这边保证不了',
  ])('leaves %s without a serious finding', (text) => expect(serious(text)).toEqual([]));

  it.each([
    // A condition: the refusal goes on ("做不到就赔").
    ['保证三天到做不到就赔', 'promise'],
    ['坏了赔双倍做不到的话全额退', 'promise'],
    // Another clause: the 不 is of something else.
    ['保证有效，不满意可以找我', 'promise'],
    ['全网最便宜的，不用犹豫', 'absolute'],
    // Another seller's inability raises the claim.
    ['效果全网最好，别家都做不到', 'absolute'],
  ])('still flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it('keeps the guarantee itself where the refusal starts a condition', () =>
    expect(serious('保证一周见效我做不到就退款').map((f) => f.match)).toContain('保证一周见效'));
});

describe('a guarantee declined before what it would have promised, or as 打不了包票', () => {
  it.each(['这个我不能打包票说一定能治好', '几号到我打不了包票 要看快递', '我们没法打包票说一定不掉色'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['我敢打包票说一定能治好', '这个我打包票，肯定不掉色'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('a contact or a private deal named, then refused at the end of its clause (offplatform.refused-closing)', () => {
  it.each(['微信就不加了 有事在店里说', 'QQ我不怎么用 在这留言就行', '扣扣我不会用，有事这里找我', '私下便宜这事不行，等直播间的券', 'V信我没有哈 平台里聊就好'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
  it.each(['微信我不用的话就加QQ', 'QQ我不用，加我微信吧', '私下便宜这事能行，转我就好', '加微信就不用排队了'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );
});

describe('a deal off the platform refused with 不走 (allowed phrases)', () => {
  it.each(['价格就在这里报，不走私下的', '钱走平台打给您，不走微信'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['不走平台，走私下便宜点', '钱走微信打给您'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('offplatform'));
});

describe('私聊 pointed back to this chat window (offplatform.here-instead)', () => {
  it.each(['想私聊的话就这个窗口，我一直在', '私聊就在这里说，我看得到', '有事私信店铺就行'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['私聊我，加个v', '想私聊的话加我好友', '私聊我拿内部价'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('offplatform'));
});

describe('a group entered from the shop’s page inside the app (offplatform.in-app-group)', () => {
  it.each([
    '点店铺主页的粉丝群入口进群，群里会发优惠券',
    '会员群在店铺首页就能进，上新有通知',
    '想进粉丝群的话点主页的店铺群就能加，群里有活动提醒',
    '拼多多客服热线也可以打',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each([
    '进群领券，群号在我主页简介',
    '扫主页二维码进粉丝群，群里价格更低',
    '店铺群满了，加我个人号拉你进新群',
    '来我们wx粉丝群，群里天天有福利',
  ])('still flags %s', (text) => expect(categoriesOf(text)).toContain('offplatform'));
});

describe('100% + 不 is an absolute claim (WRITERS.md, absolute.bai-fen-bu)', () => {
  it.each(['这款袜子100%不起球', '百分百不掉色，放心洗', '百 分 百 不 缩 水', '雨衣１００％不渗水'])('reads %s as absolute', (text) =>
    expect(categoriesOf(text)).toEqual(['absolute']),
  );
  it.each(['保证100%不掉色', '绝对不掉色，放心洗'])('keeps the guarantee %s a promise', (text) => expect(categoriesOf(text)).toContain('promise'));
  it.each(['没法保证100%不起球，按洗标洗就好', '您问是不是百分百不掉色吗？正常洗不会'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('the official authorisation stated in the chat is authority, pointed to its proof a checkable status (WRITERS.md)', () => {
  it.each(['我们是耐克官方授权店，货都是品牌直供的', '我们是品牌官方授权的，比专柜还正'])('reads %s as authority', (text) =>
    expect(categoriesOf(text)).toContain('authority'),
  );
  it.each([
    '我们是品牌官方授权店，授权书在店铺资质里可以看',
    '我们是品牌授权店，授权书在店铺首页',
    '我们不是官方授权店，是普通经销商',
    '是不是官方授权店，您可以看店铺资质',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['权威认证的正品，有授权书', '明星同款，授权书就不给你看了'])('keeps the other endorsement in %s', (text) =>
    expect(categoriesOf(text)).toContain('authority'),
  );
});

describe('the buyer’s question echoed, then answered no after an address and a comma (answered.no)', () => {
  it.each(['保证不起球？亲，这个我们不敢打包票', '包您三天见效？宝子，这个我真不敢说', '能治颈椎病吗？亲，不能的', '明星同款？亲 没有的哈'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
  it.each(['保证不起球？亲，放心穿', '保证不起球？亲，我们家真的不会起球'])('still flags the guarantee in %s', (text) =>
    expect(serious(text).map((f) => f.match)).toContain('保证不起球'),
  );
});

describe('the agent’s number hidden by the platform is no number given', () => {
  it('leaves 我手机号平台给隐藏了 alone', () => expect(serious('我手机号平台给隐藏了 您有事就在这个窗口说')).toEqual([]));
  it('still flags the number offered', () => expect(categoriesOf('我手机号是多少你记一下')).toContain('offplatform'));
});
