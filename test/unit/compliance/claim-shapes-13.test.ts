// Round 13 (issue #12): risky drafts the rules missed, caught by the general frame they share rather than by their
// wording — a shipment claimed before the goods leave, money back staked on any outcome, quality vouched for by abroad
// or by export, a ranking scoped to a platform or to the price, service withheld over a review, a gift for the review —
// each with close clean twins (negated, asked, explained, a name, a quantity) that must stay unflagged. Every sentence
// here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('无法兑现的承诺: shipped in the system or in words, not in fact (promise.fake-dispatch)', () => {
  it.each([
    '货还在仓库没动，我先在后台给您点个已发货，物流周一才会更新',
    '跟您说已经发了，其实师傅下午才来取件',
    '系统先显示已发出，面料还没到货，下周才能寄',
    '您就当已经发出了，还在打包呢',
    '订单已经发出了哈，实际货后天才出库',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));

  it.each([
    '您的杯子已经发出了，顺丰单号 SF1108 2233 4455',
    '还没发货，今天下午五点前发出，发了把单号给您',
    '已经发货的订单需要联系快递改派，还没发货的可以直接改地址',
    '提前点已发货这个不可以，平台算虚假发货',
    '发货后单号会同步到订单里，大概明天',
    '您问的“已发出”是系统状态，快递揽收后物流才会更新',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('无法兑现的承诺: money back staked on any outcome (promise.fail-refund)', () => {
  it.each(['种子不出苗全额退款', '背完这本还记不住，我们退钱', '体重掉不下来我们负责', '花苗不开花全部重发', '香味留不住直接退'])(
    'flags %s',
    (text) => expect(categoriesOf(text)).toContain('promise'),
  );

  it.each([
    '虚拟商品充值成功后不支持退款哦',
    '拼团不成团系统会自动退款',
    '您申请了退款？是颜色不喜欢吗',
    '不能承诺学不会退款，课程按平台规则售后',
    '验货结果与描述不符，全额退款，运费我们出',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it('keeps a refund held over a review under reviewbait, not promise', () => {
    expect(categoriesOf('差评不删的话退款我可不批')).not.toContain('promise');
  });
});

describe('权威背书: quality vouched for by abroad or by export (authority.guo-ji-pin-zhi)', () => {
  it.each(['这套锅具国际品质，放心用', '按出口欧美的标准生产的毛巾', '我们的床垫是欧盟标准做的', '世界五百强同一家供应商的面料'])(
    'flags %s',
    (text) => expect(categoriesOf(text)).toContain('authority'),
  );

  it.each([
    '这批沙发出口过欧盟，检测报告编号在详情页',
    '“国际品质”这几个字详情页已经删了，不该那么写',
    '国际物流受清关影响，时效没法保证',
    '我们不是出口级的货，就是国内正常款',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('极限词: a ranking scoped to a platform, to the price or to a quality (absolute.di-yi)', () => {
  it.each(['这款台灯价格全京东第一', '回收价抖音第一，不服来比', '这款耳机降噪是第一', '我家橙子甜度第一'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('absolute'),
  );

  it.each(['价格第一时间同步给您', '淘宝上第一次买的话可以领新人券', '京东快递第一天没揽收，我帮您催'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('好评诱导: service withheld over the review (reviewbait.withheld)', () => {
  it.each([
    '不给好评的话，配件就不给你寄了',
    '要是给差评，保修这块就不好说了',
    '你不改评价的话，这单售后就不受理了',
    '差评不删，我们会上报平台，您考虑好',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it.each([
    '给不给好评都不影响售后，有问题随时找我',
    '您给差评也没关系，问题我们照样处理',
    '我们不会因为您给差评就不管售后，这是两回事',
    '中差评的内容您也可以看看，主要说尺码偏小',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('好评诱导: a gift for the review, whatever the gift (reviewbait.song)', () => {
  it.each(['五星带图评价，送一包湿巾', '好评满五十字送发夹一个', '追评晒两张图送杯垫', '买家秀拍得好看的送护手霜'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('reviewbait'),
  );

  it.each(['满199送杯垫，跟评价没关系，下单就送', '“五星好评送东西”这种活动我们没有哦', '晒单送的京豆是平台发的，不是我们店'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});

describe('站外引流: WeChat by its two syllables, any spelling (offplatform.wechat-sound)', () => {
  it.each(['有事加我薇芯，发你实拍', '威心搜店名有福利', '维馨号发你了，记得通过', '卫星号给你，尺码表这里发不全'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );

  it.each(['这款手机支持卫星通信', '微星的主板我们也有货', '我们用心做好每一件', '芯片是原装的，放心用'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('医疗功效: the claim spelled in pinyin and 有…功效 on an organ (spelling, medical.gong-xiao)', () => {
  it.each(['这款洗发水 fang tuo 效果很好', '喷一喷就能 xiao yan sha jun', '这款枕头有醒脑开窍的作用', '常喝有修复肺功能的功效'])(
    'flags %s',
    (text) => expect(categoriesOf(text)).toContain('medical'),
  );

  it.each(['fang水等级是IPX7', '这款外套有防风保暖的作用', '保温杯有很好的保温效果'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('服务态度: busy as the reason, and the buyer sent elsewhere (attitude.too-busy, attitude.ask-elsewhere)', () => {
  it.each(['我很忙，有什么一句话说完', '没空一个个拍，自己看详情', '这个不清楚，你问别人吧', '安装的事别什么都问客服', '发票的事别老来问我'])(
    'flags %s',
    (text) => expect(categoriesOf(text)).toContain('attitude'),
  );

  it.each(['这会儿在忙，十分钟后回复您可以吗', '不好意思刚刚在忙，尺码是M的', '这个我不清楚，我帮您问问厂家', '有不清楚的随时问我'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});

describe('辱骂: the buyer mocked for what they cannot even do (abuse.cant-even, abuse.schooling)', () => {
  it.each(['连充电口都分不清还玩什么平板', '尺子都不会用就别买定制了，丢人', '拉链都拿反了，怪不得穿不上', '初中没毕业吧？小学没毕业吧', '没钱装什么大牌'])(
    'flags %s',
    (text) => expect(categoriesOf(text)).toContain('abuse'),
  );

  it.each(['这个都不会很正常，第一次用谁都这样', '我们都不会收您运费，还请放心', '看不懂说明书没关系，我一步步教您'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('医疗功效: good for an organ, said outright (medical.dui-qi-guan)', () => {
  it.each(['这款黑豆茶对肾好，常喝', '加湿器开着对呼吸道有帮助', '这个坐垫对腰椎特别好'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );

  it.each(['这款洗衣液对皮肤没有刺激', '对肾好不好我们不能说，这是普通食品', '您问对胃好吗？这是普通零食，不敢这么说'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});
