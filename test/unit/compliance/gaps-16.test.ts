// Round 16, the gaps round 15 left and misses by shape in training writers c44–c132, each shape with close clean
// twins that must stay unflagged. Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('承诺: the warranty term itself stretched as a favour, 保修期/质保期 + 给你/再 + 延/加到… (promise.warranty-stretched)', () => {
  it.each(['保修期给你延长到两年', '我们保修期给您延长一年', '这台保修期帮您加到三年，放心用', '质保期再加一年给你，算我的'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('promise'),
  );

  it.each([
    '保修期是两年',
    '保修期从签收算起',
    '保修期延长需要去官网登记，我们这边改不了',
    '给您延长收货时间了，保修期还是一年',
    '保修期可以延长吗？可以购买官方延保服务',
    '不能保证保修期给你延长，要看厂家',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('医疗用语: more double negatives, 不可能不/哪有不/没有不 + the effect, 能不…吗, and a bare 降 beside the reading (medical.double-negative, -reading)', () => {
  it.each([
    '天天喝这个茶，能不降压吗',
    '每天一杯，能不降血糖吗？',
    '喝了三个月，血压不可能不降',
    '坚持吃，血糖没有不降的',
    '用这个生发液哪有不长头发的',
    '抹上去哪有不消炎的',
    '这么多人用过，没有不生发的',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));

  it.each([
    '您问能降压吗？这是食品，不能降压',
    '不能降压，是食品',
    '没有，不降压的，普通茶',
    '不可能，不降血糖的',
    '价格不可能不降，等活动',
    '双十一能不降价吗，肯定降',
    '头发哪有不掉的，每天掉几十根正常',
    '长头发的女生用这个梳子好',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('绝对化用语: lookalikes inside ranking words, 0 for O and O for 0 (T0P1, N0.1, 1OO%), 醉/蕞/z for 最', () => {
  it.each([
    ['T0P1的销量，放心冲', 'absolute'],
    ['全网t0p1的款', 'absolute'],
    ['N0.1品牌，闭眼入', 'absolute'],
    ['T0P级的品质', 'absolute'],
    ['1OO%包退', 'promise'],
    // 100% + 不 is absolute since round 19 (WRITERS.md).
    ['这款1OO%不掉色', 'absolute'],
    // Every piece genuine, stated as 100 %, is an absolute claim (WRITERS.md lists 100%; the train writers file 100%正品
    // risky whenever it is not declined or quoted): round 22 moved the bare 「1OO%正品」 here from the clean list below.
    ['1OO%正品', 'absolute'],
    ['醉好用的一款', 'absolute'],
    ['这款充电宝醉强', 'absolute'],
    ['z低价，就今天', 'absolute'],
    ['这批是今年z好的一批', 'absolute'],
    ['蕞好吃的辣条', 'absolute'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each(['醉蟹', '醉人的香味', '喝醉好几次了也不头疼', '醉香鸡翅卖完了', '型号T0P1-X', '型号N01的那款没货了', '色号N01是奶茶色'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});

describe('绝对化用语: the shop\'s own goods ranked first with no field named, 咱家/我家…第一 closing the clause (absolute.shop-di-yi)', () => {
  it.each(['咱家帝王蟹第一', '俺家烤鸭就是第一', '我们家的辣酱第一啦', '本店的服务第一', '我家第一，别家第二', '我家这个销量一直是第一', '我家的腊肉在我们县排第一'])(
    'flags %s',
    (text) => expect(categoriesOf(text)).toContain('absolute'),
  );

  it.each(['咱家第一批货到了', '我家第一次买这个牌子', '咱家的订单是第一个发的', '我家孩子第一次用', '咱家的快递第一时间发', '您是我家第一位客户'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});

describe('承诺: marked shipped before the courier has it, 已发货/标了发货 beside 还没揽收/才来揽收 (promise.fake-dispatch)', () => {
  it.each([
    '系统显示已发货，其实还在仓库',
    '先点发货，明天再寄',
    '后台先标记发货了，实际下周发',
    '系统还没揽收，但我已经给你标了发货，别急',
    '显示已发货，快递过两天才来揽收',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));

  it.each(['显示已发货是因为快递揽收了，还在路上', '已发货了，物流要等晚上才更新'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('医疗用语: a share of the toxin removed (medical.air-toxins-share), eyesight restored by reading glasses (medical.ji-bing)', () => {
  it.each(['吊兰能去除90%的甲醛', '绿萝可以吸收80%以上的甲醛', '放几盆虎皮兰，甲醛去掉一大半', '戴了老花镜视力会恢复', '这款能防止度数加深', '这副老花镜能保护视力，越戴越清楚'])(
    'flags %s',
    (text) => expect(categoriesOf(text)).toContain('medical'),
  );

  it.each([
    '吊兰好养活',
    '老花镜要验光后配',
    '吊兰放客厅很好看，一周浇一次水',
    '甲醛还是要通风，绿植作用有限',
    '绿植吸收不了多少甲醛，还是要通风',
    '净化器的甲醛CADR值是多少',
    '甲醛检测仪能测出甲醛含量',
    '老花镜度数不合适会头晕，建议验光',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('服务态度: a question called too basic or asking the agent pointless (attitude.fuss), the buyer told to go without (attitude.then-dont-buy)', () => {
  it.each([
    '这种问题也要问？开关在底下',
    '这种常识还要问，插上电就行',
    '我们又不是厂家，问我有什么用',
    '你问我干嘛，去问快递',
    '你要不信就别买',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));

  // Round 21 (labels21): sent away for what the buyer cannot do, the ability doubted, is abuse by WRITERS.md
  // (abuse.cannot-then-dont-buy); round 16 filed these two as attitude.
  it.each(['看不懂说明书就别用了', '不会贴就别买膜，找人帮你贴'])('flags %s as abuse', (text) => expect(categoriesOf(text)).toContain('abuse'));

  it.each(['您问我这个有什么用途？主要是收纳', '不会用的话我发您视频教程', '不确定尺码就别急着买，先问我', '不会安装也没关系，师傅上门装'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('辱骂威胁: the buyer\'s looks or love life mocked (abuse.mocked)', () => {
  it.each(['用啥面膜都救不了你', '丑人多作怪说的就是你', '审美这么土，难怪没对象', '脾气这么大，怪不得嫁不出去'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('abuse'),
  );

  it.each(['这台手机进水太久了，修不好了', '这款面膜补水不错，换季用刚好', '难怪您着急，快递确实慢了'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('好评诱导: 好评 typed as h评/号评/ha0评 before the reward, and the review asked first (reviewbait.fan-xian)', () => {
  it.each(['h评返5元，截图找我', '号评返现十块', 'ha0评 送 小礼物', '先好评，再给你处理退款'])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it.each(['收到后满意的话欢迎好评', '好评是对我们最大的支持', '型号H评测视频在详情页'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('a claimAtEnd word followed by two spaces (claimEndsAt stepped no further once a space was seen and hung)', () => {
  it.each(['这款最好用  下单吧', '叔叔  我们家助听器音质第一  别家都比不了'])('checks %s', (text) => expect(categoriesOf(text)).toContain('absolute'));
});
