// Round 17, misses of the training writers c133–c224 by shape, each shape with close clean twins that must stay
// unflagged. Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('站外引流: 拿不准/量不准 is a doubt, not the ban 不准 (offplatform.explained)', () => {
  it.each([
    '腰围量不准的话加我vx，我发视频教您',
    '码数拿不准就加我扣扣，把身高体重发我',
    '颜色拿不准的话，加我微信我拍实物给您',
    '说不准哪天到，你加我薇信我随时告诉你',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('offplatform'));

  it.each([
    '平台不准我们加微信，有问题直接在这里问',
    '规定不准私下交易，付款请在平台内完成',
    '尺码拿不准的话，把身高体重发我，我帮您选',
    '量不准也没关系，按平时穿的码拍就行',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('服务态度: the buyer’s dislike turned into go without or go elsewhere (attitude.mind-then-leave)', () => {
  it.each([
    '手工的都有点瑕疵，接受不了就算了',
    '这个价就这样，不愿意就算了',
    '味道就是偏苦，吃不惯就别吃了',
    '我们家做法一直这样，接受不了就换一家',
    '包装简易，介意就别拍了',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));

  it.each([
    '这个是样品有小划痕，介意别拍哈',
    '介意的话可以联系我们换货',
    '接受不了的话可以申请退货，运费我们出',
    '不愿意的话也没关系，按您的意思来',
    '喝不惯的话可以加点蜂蜜调一下',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('服务态度: the question called a repeat (attitude.impatient), or not answered at all (attitude.wont-answer)', () => {
  it.each([
    '往上翻翻吧，我不重复了',
    '能不能别重复问，上面都写了',
    '同一个问题问三遍，看下详情页',
    '说多少次了，特价不退',
    '这个问题我不想回答',
    '还没付款的不回答这么细',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));

  it.each([
    '重要的事情说三遍：签收前先验货',
    '您重复拍了两单，我帮您取消一单',
    '为避免重复下单，付款前请确认地址',
    '这个问题我帮您问一下技术同事',
    '这个问题我不想回答得太笼统，我分两点说',
    '上一个问题我回答完了，您看还有什么需要',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('辱骂: the buyer’s literacy or wits doubted in other words (abuse.ru-ma)', () => {
  it.each([
    '页面上写得清清楚楚，你是不会认字吗',
    '字都不认识吗？参数表里有',
    '看不明白就找个认字的人帮你念',
    '连拼音都不会打吗，问个尺码错三个字',
    '这都装不上，真是笨',
    '教了五遍还不会，老糊涂了',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('abuse'));

  it.each([
    '宝宝还不会认字也能玩，全是图案',
    '这套卡片适合刚开始认字的小朋友',
    '孩子字都不认识也没关系，有语音跟读',
    '拼音输入法和手写都可以用',
    '这款助听器适合轻度听力下降的老人',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('好评诱导: the review spelled (hp/好p, 返x, h评) or drawn as hearts and little stars, and the stars to change to', () => {
  it.each([
    '亲，好p返x，评完截图发我',
    'hp返x哦，记得带图',
    '写个h评吧，返xian 3元',
    '打五心送一双袜子',
    '五颗小星星换一包零食，划算吧',
    '那个一星能不能改五星，我补您一个杯子',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it.each([
    'HP返修的话要寄回厂家，大概一周',
    '预计周五送到，具体以物流为准',
    '这款有五心形和圆形两种模具',
    '小星星图案的那款卖完了',
    '一星评价我们看到了，问题已经帮您处理',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('承诺: the payout named as a sum or a set, or paid when the goods are not genuine (promise.jia-yi-pei)', () => {
  it.each([
    '保证是真皮，不是的话十倍赔',
    '不是正品赔十倍，您放心',
    '电池换不好倒赔',
    '坏一个我赔您一整箱',
    '少发一件赔你一百',
    '尺码选错了我赔您一套新的',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));

  it.each([
    '不是正品的话平台会按规则赔付',
    '我们不会倒赔，按平台规则处理',
    '不是原装的话详情页会写明',
    '一整箱是十二瓶，一套是三件',
    '赔付标准以平台规则为准',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('绝对化用语: a measured performance called the fastest or longest, and nobody measures up', () => {
  it.each([
    '这款吸尘器吸力最强，散热最快',
    '我们家电池寿命最长',
    '同价位里这台净化速度最快',
    '同行没有一家比得过我们的做工',
    '市面上没有任何一款比它更省电',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('absolute'));

  it.each([
    '续航最长可达12小时',
    '续航最长8小时（低档）',
    '发货速度最快的话明天到',
    '充电最快多久能充满？',
    '没有任何添加剂，配料表只有两样',
    '最快明天下午到',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('站外引流: 加个薇 and 扣扣上找我', () => {
  it.each(['加个薇，上新第一时间通知您', '扣扣上找我，发你实拍图'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );

  it.each(['扣扣上了就不会松', '这款是蔷薇花香型的', '纽扣扣上以后更显瘦'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('服务态度: look it up yourself, a makeshift would do, the rest not wanted, no time (attitude.impatient, do-it-yourself)', () => {
  it.each([
    'zi ji kan 详情页',
    '参数都在盒子上，自个儿看',
    '包装背面就有，翻一下不行吗',
    '有点紧就穿两天撑开不就行了',
    '不合适你别穿不就完了',
    '退货找平台，别跟我说',
    '这会儿没空一个个回，等着吧',
    '裂了就裂了，坏了就坏了，瓷器哪有不碎的',
    '规定就这样，不服你去投诉',
    '安装步骤自己琢磨',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));

  it.each([
    '有什么问题别客气，跟我说',
    '您可以自己看一下订单页的物流',
    '如果不满意可以联系平台客服投诉，我们也会配合',
    '这个问题我帮您看一下',
    '已经帮您改好地址了，您再确认一下就行了',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('好评诱导: the shop’s rating as the reason to change, the low rating to be changed, a bare 差评 before the threat', () => {
  it.each([
    '好评率对店里太重要了，改一下我请您喝奶茶',
    '麻烦把两星改一下，我补您一个小礼品',
    '差评我就不给你补发了',
    '差评的话我们就不管了啊',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it.each([
    '店铺好评率是平台按评价自动算的',
    '差评的内容我们都看了，会改进包装',
    '评价您按真实感受写就好',
    '您说的差评问题，我们已经帮您登记售后了',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('服务态度, not 辱骂: sent to complain or to find someone who knows, without an insult', () => {
  it.each([
    ['不满意那你去投诉吧', 'attitude'],
    ['装不上就找个懂的人帮你弄', 'attitude'],
  ])('files %s under %s', (text, category) => expect(categoriesOf(text)).toEqual([category]));

  it.each(['如需投诉，可以在订单页点“投诉”', '我们找个懂行的师傅上门帮您看看'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('承诺: 一定给您 + a delivery outcome is a promise; the agent’s own follow-up stays allowed', () => {
  it.each(['周六前一定给您送到楼下', '放心，一定给您送到家'])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));

  it.each(['您放心，一定给您处理好', '这个问题一定给您一个答复', '我一定给您跟进到底'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('辱骂: 傻 asked outright, wits, fuss and 活该 spelled whole', () => {
  it.each([
    '你是sha吗，开关在侧面',
    '问之前能不能过过脑子',
    '一点点味道就受不了，你也太娇气了',
    '自己没看清楚就拍，huo gai',
    '什么都不懂还在这瞎指挥',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('abuse'));

  it.each(['这盆花比较娇气，注意别暴晒', '您是傻傻分不清两个色号吗？我发对比图给您', '这个盖子是活动赠品'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});

describe('站外引流: another app’s live room, 红薯 for 小红书, a private mobile', () => {
  it.each(['来dy直播间下单更便宜', '去红薯上找我，那边图多', '有事打我私人手机'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );

  it.each(['红薯是今年新挖的，很甜', '直播间的优惠这里也能用', '手机壳是私人定制的图案'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('权威背书: a star carrying it or buying from the shop (authority.guan-fang)', () => {
  it.each(['这款包明星都在背', '有位女星坐月子就用我们家的月子服', '好多明星团队都从我们这拿货'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('authority'),
  );

  it.each(['明星同款？不是的，我们是原创设计', '这款不是明星款，是普通款', '明星款我们不卖，只做原创'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});

describe('医疗: conditions named by the newer writers (面瘫 夜惊 盆底肌 奶结) and their cures (不会得 一吃就停 正回来)', () => {
  it.each([
    '这款按摩仪能改善面瘫',
    '宝宝夜惊的用这个枕头，治夜惊',
    '穿了能改善盆底肌松弛',
    '奶结用这个吸几次就通了',
    '拉肚子一吃就停',
    '常穿不会得脚气',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));

  it.each(['奶结了要及时就医', '盆底肌修复要去医院做', '这款是防面瘫的吗？不是哦', '夜里惊醒多半是太热，被子别盖太厚'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});
