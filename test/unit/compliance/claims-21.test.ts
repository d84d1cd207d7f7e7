// Round 21: missed claims by shape — a quality stated as 100 %, a payout on a 不是 condition, a refund on the buyer's
// liking with the goods kept, the exam makers' insider material, goods from the brand's official channel, a scoped
// ranking before a set's name, the shop's service ranked, a wood + 有 read as 木有, health effects said with 抗 or as a
// fever brought down. Every sentence is written for the test; each shape has its risky form and the clean neighbours
// that share its words.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);
const clean = (text: string) => expect(serious(text), text).toEqual([]);
const filedAs = (category: string) => (text: string) => expect(categoriesOf(text), text).toContain(category);

describe('a quality of the goods stated as 100 %', () => {
  it.each([
    '这台相机百分百无划痕，放心拍',
    '相机100%全新，膜都没撕',
    '这台风扇是百分百静音的，晚上开着睡',
    '茉莉花茶香气100%浓郁',
    '板材百分之百环保，刚装修完就能住',
    '二手书100%无笔记，跟新的一样',
  ])('files %s as absolute', filedAs('absolute'));

  it.each([
    '“100%正品”这种话我们不能说，支持平台验货',
    '这件不是100%全新的哦，是展示机',
    '请问是100%全新的吗？',
    '这件是100%纯棉的，可以机洗',
    '面料是100%聚酯纤维，吊牌上写着',
  ])('leaves %s clean: declined, asked, a share or a reading', clean);
});

describe('a payout many times over on a 不是 condition', () => {
  it.each(['保证是今年的新茶，不是新茶我赔三倍', '放心，是野生的，不是就赔你十倍', '保证头茬货，不是的话双倍赔'])('files %s as promise', filedAs('promise'));

  it.each(['不是我赔，是快递公司赔', '不是质量问题的话不赔哦', '这个不是我们能决定的，要看平台'])('leaves %s clean', clean);
});

describe('a refund on the buyer’s liking, the goods kept', () => {
  it.each([
    '穿上要是不显瘦，不用退货我直接全额退款',
    '不好吃全额退款，东西不用寄回',
    '哪怕有一点点不满意，我马上退全款，衣服不用寄回来',
  ])('files %s as promise', filedAs('promise'));

  it.each([
    '快递把盒子压坏了，给您补发一个，旧的不用寄回',
    '少发了一瓶，不用退货，直接给您退这一瓶的钱',
    '漏发的那包不用寄回，今天给您补上',
  ])('leaves %s clean: goods sent again or a part missing', clean);
});

describe('the exam makers’ insider material', () => {
  it.each(['这套卷子是阅卷组老师的内部资料', '命题组内部的押题方向，外面拿不到', '按考试院内部的复习大纲编的'])('files %s as authority', filedAs('authority'));

  it.each([
    '我们没有什么内部资料，都是公开的真题',
    '群里说的“内部资料”我们是没有的',
    '考试院官网可以查到今年的考纲',
    '我们不是命题人，只能帮您整理真题',
  ])('leaves %s clean', clean);
});

describe('goods from the brand’s official channel', () => {
  it.each(['这批耳机都是官方渠道的货', '屏幕是官方渠道出来的，不是拆机件', '咱家的奶粉官方渠道进的货'])('files %s as authority', filedAs('authority'));

  it.each(['售后请走京东官方渠道', 'AppleCare 需要在苹果官方渠道购买，我们不卖', '平台客服是官方渠道，可以放心咨询'])('leaves %s clean', clean);

  it('files an expert who recommends', () => filedAs('authority')('营养学家推荐的杂粮粉，天天吃'));
});

describe('a scoped ranking before a set’s name', () => {
  it.each(['全网销量第一的坚果礼盒就是这款', '全淘宝销量第一的乐高套装', '这是全国第一家首发的配色'])('files %s as absolute', filedAs('absolute'));

  it.each(['至尊修护套装今天有活动', '“极致黑”这个颜色卖得很好', '我们店里最受欢迎的配色是白色'])('leaves %s clean: a name or the shop’s own range', clean);
});

describe('the shop’s service ranked in a scope', () => {
  it.each(['我们家售后全网最好', '本店服务全国最好，放心拍'])('files %s as absolute', filedAs('absolute'));

  it.each(['售后问题找我就行', '售后最好先拍个视频再联系我们', '洗后手感最好，记得平铺晾干'])('leaves %s clean', clean);
});

describe('a wood, then 有, is no 木有 (没有)', () => {
  it.each(['红木有安神助眠的作用，放卧室好', '这块楠木有抗癌成分'])('files %s as medical', filedAs('medical'));

  it.each(['实木有点重，搬的时候小心', '木有治病的作用哦，就是个摆件'])('leaves %s clean', clean);
});

describe('health effects said with 抗, a fever brought down, conditions named', () => {
  it.each([
    '这款精油有抗焦虑的作用',
    '宝宝面霜抗过敏的，过敏体质也能用',
    '这个贴片贴额头上能退烧',
    '这款洗发水治头屑很有效',
    '孩子天天玩这个拼图，注意力不集中都能改善',
    '老慢支的老人喝了一个月就不咳了',
  ])('files %s as medical', filedAs('medical'));

  it.each([
    '抗敏感牙膏适合牙齿怕冷的人',
    '发烧了还是要去医院，退热贴只能物理降温',
    '头屑多的话建议去皮肤科看看',
    '这款不抗过敏，敏感肌请先试用',
  ])('leaves %s clean', clean);
});

describe('the first of its kind in a scope, the best suited of all', () => {
  it.each(['全网第一款支持无线充的保温杯', '这是行业第一个做到整机水洗的剃须刀', '这就是最适合新手的吉他', '这款是最适合敏感肌的面霜', '最最适合小户型的沙发'])(
    'files %s as absolute',
    filedAs('absolute'),
  );

  it.each(['第一款是白色，第二款是黑色', '全网第一个下单的送小样', '最适合您的尺码是M', '我们不能说这是“最适合孩子的绘本”'])('leaves %s clean', clean);
});

describe('promises: failing to learn, many times over, however used, a life staked', () => {
  it.each([
    '包学会，学不会退款',
    '瘦不下来我给你双倍退款',
    '系统怎么升级都不会卡',
    '电线随便接，接反了也不会烧',
    '这锅不会糊底，我拿命担保',
  ])('files %s as promise', filedAs('promise'));

  it.each(['学不会可以退款吗', '学不会不退款哦，课程看过就不退', '新手学不会的话可以看视频，退款按平台规则', '系统升级后卡顿的话可以恢复出厂设置'])(
    'leaves %s clean',
    clean,
  );
});

describe('answers counted as too many', () => {
  it.each(['我都说三遍了，在订单页点退款', '这个问题我已经回答三次了', '讲了三次啦，不包邮'])('files %s as attitude', filedAs('attitude'));

  it.each(['都说三遍了 可能我说得不清楚，我换个说法', '重要的事情说三遍：先拍照再签收', '亲，您说买了三次了，谢谢老客户支持'])('leaves %s clean', clean);
});
