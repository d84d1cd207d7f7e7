// Round 13 (issue #12): clean replies read as breaches, by shape rather than by word — 最好 + a verb + its object as
// advice, 最 before a measure or a setting, a contact wish turned down in the next clause — each with close twins that
// must stay flagged. Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('绝对化用语: 最好 + a verb and its object is advice (claimAtEnd)', () => {
  it.each([
    '羊毛衫最好用冷水洗，别用洗衣机甩干',
    '冲奶粉最好用45度的水',
    '睡前最好喝一小杯，不要空腹',
    '第一次戴最好穿厚一点的袜子',
    '新锅最好用小火开锅',
    '做蛋糕最好用低筋粉',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '这款拖把最好用',
    '这把剪刀最好用了，谁用谁知道',
    '我们家的果汁最好喝😋',
    '这款是最好吃的牛肉干',
    '这条裙子最好看 没有之一',
    '这款最好用还不贵',
    '织围巾最好用我们家的线',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('absolute'));
});

describe('绝对化用语: 最 before a measure or one of the goods\' settings', () => {
  it.each([
    '这台电钻的转速是最高3000转',
    '梯子的承重是最大150公斤',
    '吹风机第一档最安静，晚上用不吵人',
    '第二档是最省电的，白天开它就行',
    '养生壶最好用100度的水先烧一遍',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '这款电钻是全网最高3000转',
    '吹风机第一档是全网最安静的',
    '这个风扇最安静',
    '全网最低',
    '我们家是最好的',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('absolute'));
});

describe('站外引流: the buyer\'s wish for a contact, turned down in the next clause (context then)', () => {
  it.each([
    '您要是想加微信，这个真不行，平台不允许',
    '想加QQ的朋友不少，但真不能加哈',
    '关于加微信这件事，不好意思平台不让，有问题在这里说',
    '你要是想加个微信看实拍，这边就能发图片给你',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['加我微信', '你要是想加微信就私我', '想加QQ的扣1，我发你号', '您要是想要优惠，加我微信，这边不方便说'])(
    'flags %s',
    (text) => expect(categoriesOf(text)).toContain('offplatform'),
  );
});

describe('绝对化用语: a setting or colour compared among the goods\' own, unless a comparison scope leads (context unscoped)', () => {
  it.each(['店里卖得最好的配色是奶白，其次是雾蓝', '静音档 20 分贝，最大档 48 分贝'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['全网最火的配色', '同类里最好看的颜色就是这个', '低档是全网最安静的'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('absolute'),
  );
});

describe('好评诱导: the review not asked for, left free, or the reward denied', () => {
  it.each([
    '买两件就送一个发圈，不用评价的',
    '评价写什么都行，赠品是店铺活动会一起寄',
    '追评晒不晒图都可以，您方便就好',
    '漏发的事对不起，评价里照实写就好，我们马上补寄',
    '收到您的五星啦，谢谢，没有返现，只有感谢',
    '您刚才说"晒图返现"，这个我们不做',
    '评价完全自愿，您不评也没关系',
    '不是让您打五星哈，这个"五星"是包装的名字',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '五星好评送小样',
    '评价随意，写了五星返现5元',
    '晒图评价是自愿的，晒图了返5元',
    '好评返现，评价您随意',
    '不用带图，五星好评就返现',
    '给个五星，返您3块',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));
});

describe('医疗功效: the effect denied in its clause, doubted, left to a doctor; ingredients, goods and measuring', () => {
  it.each([
    '治失眠这个枕头没这个功能，睡不好还是要看医生',
    '降血脂那种功能没有，就是普通的食用油',
    '长不长高没定论哈，多运动多睡觉',
    '降血糖这个我们不能宣传哈',
    '泡脚不一定有用，主要看个人体质',
    '腰疼得找医生看看，床垫只是睡着舒服',
    '精华里有玻尿酸，保湿挺好的',
    '这副老花镜是200度的',
    '血压计测血压前先坐着休息五分钟，数据比较稳定',
    '等湿疹好了再用这款面霜',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '这款枕头能治失眠，别家没这个功能',
    '泡脚能治腰疼，不用看医生',
    '精华用一个月皱纹就没了，跟打了玻尿酸一样',
    '这款茶能降血压',
    '我们保证治好',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
});

describe('辱骂: a colleague\'s rude reply reported and apologised for, a pack size, not knowing how called normal', () => {
  it.each([
    '之前的同事回了“爱买不买”，这是我们的错，我跟您道歉',
    '“爱买不买”那句不是我说的，我们查一下是谁回的',
    '规格有两种：六个装B款和十二个装C款',
    '这都不会很正常，第一次装都要看视频',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['爱买不买', '爱买不买，那个不是我们的问题', '你个二百五', '装B', '这都不会还买', '你说我态度差，你去投诉啊'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('abuse'),
  );
});

describe('承诺 and 服务态度: a date declined after it is named, advice, doing it oneself advised against', () => {
  it.each([
    '周六一定到这个我保证不了，看快递的速度',
    '后天一定送到这个我没法给您打包票',
    '今天下单 后天不一定能到哦',
    '减脂期间最好保证每天一顿正餐',
    '能不能不起球这个我冒办法保证哦',
    '电池最好找售后换，自己装有风险',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['明天一定到', '我保证明天到', '保证后天一定送到', '明天一定能到，我保证'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('promise'),
  );

  it.each(['不会就自己装', '自己看说明书'])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe('服务态度: the count of repeats said kindly', () => {
  it.each(['讲了好几遍可能没注意哈，开机前先长按三秒', '解释了好多遍没关系，我再画个图给您'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['说了好几遍了', '说了好几遍了，你还问', '问了好几遍了可能你没看'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('attitude'),
  );
});

describe('医疗功效 and 承诺: twins that stay flagged', () => {
  it.each(['我们保证治好', '用了保证不过敏'])('flags %s', (text) => expect(serious(text).length).toBeGreaterThan(0));
});
