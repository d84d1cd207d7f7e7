// Round 20 (branch neg20): clean drafts that keep the risky word but do something else with it — an effect handed to
// doctors or denied of the goods, a guarantee refused, hearsay warned against, a rule or a scam explained, a kind line
// of service. Each shape has its risky twins. Every sentence is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('an effect pointed back to as a kind, then said to be none of the goods (medical.kind-denied)', () => {
  it.each([
    '这款眼罩就是遮光的，缓解干眼这种效果没有，睡觉戴挺舒服',
    '补钙这种事它管不了，该吃钙片还是要吃',
    '至于增强免疫力、防感冒，这些它做不到，就是普通的暖宝宝',
    '美白祛斑这个功效我们也没有哈',
    '降血糖这种事这款做不到，控糖听医生的',
  ])('leaves %s without a serious finding', (text) => expect(serious(text)).toEqual([]));

  it.each([
    // Words go on after the denial: a boast.
    '这款精华能美白祛斑这种效果没有哪家比得上',
    // Another seller cannot: the claim stays the shop's.
    '我们的茶能降血糖，这些别家做不到',
    // The claim alone.
    '这款眼罩能缓解干眼',
  ])('still flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
});

describe('a condition said not to be cured, closing its clause (medical.cure-denied)', () => {
  it.each(['这副眼镜看书清楚  近视眼治不了的', '脚气它也治不好，袜子只是透气'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['近视眼别家治不了的我们能治', '这款药膏能治脚气'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
});

describe('an effect handed to medicines or doctors (medical.doctors-business)', () => {
  it.each(['这壶就是烧水的，降血脂那是医生管的事', '止咳化痰那是药的事，梨汤就是润润口', '治失眠那是医院的事情，枕头只管舒服'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['这壶烧的水能降血脂，那是医生都认可的', '喝了能止咳化痰'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
});

describe('a disease before 预防不了, and treatment done at a hospital', () => {
  it.each(['这个漱口水只是清新口气，牙周炎预防不了', '湿疹预防不到的，保湿做好就行', '孩子这情况得去医院做康复训练'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['天天用能预防牙周炎', '用了就不会得湿疹', '穿这个比去医院做康复还管用'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
});

describe('goods of that claim not recommended by the shop', () => {
  it('leaves the shop declining to recommend them alone', () => expect(serious('治近视的东西我们也不推荐，定期查视力')).toEqual([]));
  it('still flags the claim with a recommendation', () => expect(categoriesOf('治近视的东西我们推荐这款')).toContain('medical'));
});

describe('hearsay dismissed as nonsense, or the buyer warned of whoever says it (reported.debunked)', () => {
  it.each(['说戴这个能治颈椎病那都是瞎扯', '谁跟您说包过都要小心，考试还得靠自己', '说喝了能长高的纯属瞎扯'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each([
    ['戴这个能治颈椎病', 'medical'],
    ['报我们的班包过', 'promise'],
  ])('still flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});

describe('a guarantee refused with a bare 不敢 or declined to the buyer', () => {
  it.each(['打包票我不敢，起不起球看洗法', '能穿几年我不替您打包票', '保证不褪色这个我真不敢，看洗涤方式'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['能穿十年，我敢打包票', '保证不褪色，我不敢骗您', '能穿十年我给您打包票'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('contacts listed and refused, or a way of steering ruled out as a kind (offplatform.listed-refused, kind-ruled-out)', () => {
  it.each([
    'QQ、微信、电话这些我们都不能提供，有事这里留言',
    '“加V领红包”那种都是违规的，本店没有',
    '支付宝转账这事平台不允许，请在订单里付款',
    '企鹅、V信这些都不加哈',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each([
    // The refusal goes on: the platform forbids talking here, so the buyer is moved.
    '加我V，这事平台不让在这说',
    '加我QQ，这种平台不让说的我私下告诉你',
    'QQ、微信这些都可以加',
    'QQ、微信这些我们不能提供的话就打电话',
  ])('still flags %s', (text) => expect(categoriesOf(text)).toContain('offplatform'));
});

describe('the buyer’s contact out of the shop’s sight, left and not added, or a scam disowned', () => {
  it.each([
    '我们看不到您的微信，有问题直接在这说',
    '您留下了QQ号，不过按平台规定我们不会添加，请在这里沟通',
    '有短信让您加微信领红包，那不是本店发的，请提防',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['看不到您的图，加我微信发', '您留下了QQ号，我加您了，那边聊', '我留下了微信号，你加一下'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );
});

describe('a gift given whatever the review, the review left to the buyer’s wish (reviewbait)', () => {
  it.each([
    '每单都送一包纸巾，不管您怎么评价都送',
    '下单送钥匙扣，无论给啥评价都照送',
    '评价随您心意，我们虚心听',
    '好评差评都随你心意，我们不返钱',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['不管怎样，好评返5元', '不管您怎么评价都返现5元', '好评送您一点心意', '五星好评送纸巾一包', '不用发好评截图，直接返5元'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('reviewbait'),
  );
});

describe('kind service lines read as attitude: help right after, a how-to, patience, the buyer’s worry noticed', () => {
  it.each([
    '您是不是没找到保修卡？我截图发您',
    '退差价可以在订单详情里自己申请',
    '自己对着视频装太麻烦  我给您讲',
    '防伪码发您自己上官网查',
    '您唔使急，想好了再拍',
    '运费给你免了，评价你想怎么写就怎么写，我不管',
    '我看您问了好几次物流，是不是急用？我帮您催一下',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each([
    '你是不是没看说明书？自己看',
    '退款自己申请去',
    '自己看说明书，我给您讲过了',
    '自己上官网查去',
    '差评你想咋写就咋写，我不管',
    '我看您问了好几次了',
  ])('still flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe('a reading-exercise book, and the buyer’s figure named to say what suits it (abuse)', () => {
  it.each(['这套阅读理解适合三年级', '阅读理解专项练习有答案', '您这身材穿高腰款会好看点'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['你这阅读理解不行啊', '你这身材穿啥都不好看', '你这身材还穿紧身的'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('abuse'));
});

describe('最佳效果是 + how the result is had (absolute.zui-jia)', () => {
  it.each(['最佳效果是洗完趁湿涂', '最佳的用法是睡前敷十五分钟'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['这款面霜效果最佳', '最佳效果的面霜就是这款', '最佳效果是这款面霜'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('absolute'));
});

describe('what the promise would say, said to depend on the case in its own clause (negated.depends)', () => {
  it.each(['拆封用过的退换要看具体情况', '拆封用过的能不能退视情况而定'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each([
    ['拆封用过也能退', 'promise'],
    // Medical claims keep the effect they presuppose.
    ['降血压效果因人而异', 'medical'],
    ['能祛痘，效果因人而异', 'medical'],
  ])('still flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});
