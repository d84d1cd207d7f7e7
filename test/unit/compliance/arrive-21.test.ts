// Round 21: what the arrival of c292–c299 showed, by shape — Cantonese, Hunan and Dongbei words read as Mandarin
// (spelling.ts DIALECT_WORDS: 系 是, 食 吃, 仲未 / 仲冇 还没, 唔使 不用, 搞掂 搞定, 咁 这么, 冒得 没有, 嘎哈 干什么, 自个儿
// 自己; 系 食 冒 never inside their Mandarin compounds, DIALECT_COMPOUNDS), and the claims, insults, brush-offs and review
// threats the new writers made in shapes the rules lacked. Every sentence is written for the test; each shape has its
// clean twins. The rules alone are read (no learned model).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { dialectVariants } from '../../../utils/compliance/spelling';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('Cantonese, Hunan and Dongbei words are variants of the Mandarin rule words', () => {
  it('writes 是, 吃, 还没, 不用, 这么, 没有 and 自己 in dialect', () => {
    expect(dialectVariants('不是原装')).toEqual(['不系原装']);
    expect(dialectVariants('最好吃')).toEqual(['最好食']);
    expect(dialectVariants('还没发货')).toEqual(['仲未发货', '仲没发货']);
    expect(dialectVariants('不用走平台')).toEqual(['不使走平台']);
    expect(dialectVariants('这么多事')).toEqual(['咁多事']);
    expect(dialectVariants('没有效果')).toEqual(['没得效果', '冒得效果']);
    expect(dialectVariants('自己想办法')).toEqual(['自个儿想办法']);
    expect(dialectVariants('你干什么')).toEqual(['你干么子', '你干么斯', '你干甚物', '你嘎哈']);
  });

  it('leaves the praise 冒得说 alone, as 没得说', () => {
    expect(dialectVariants('没有说')).toEqual([]);
  });
});

describe('粤语 系 (是), 食 (吃), 仲未 (还没), 唔使 (不用) read as their Mandarin twins', () => {
  it.each([
    ['唔系原装赔你一部新手机', 'promise'],
    ['又系你？问咗好多次啦', 'attitude'],
    ['唔使问啦，呢款就系最好', 'absolute'],
    ['全宇宙最好食嘅鸡仔饼', 'absolute'],
    ['唔好食全额退款，唔使寄返', 'promise'],
    ['仲未打包，不过你当已经发咗啦', 'promise'],
    ['转账唔使走平台，慳啲手续费', 'offplatform'],
    ['系统问题嚟，同我冇关系，你等啦', 'attitude'],
    ['出唔出苗系你嘅事', 'attitude'],
    ['呢条腊肠你喺全国都搵唔到咁正嘅', 'absolute'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    // 系 and 食 inside their Mandarin compounds, and the Cantonese denials.
    '联系你的事我已经交给售后了',
    '系统最快明天更新物流',
    '开封后最好食用完，放冰箱',
    '零食最好放阴凉处',
    '唔系国家推荐，不过街坊都钟意',
    '我哋唔系乜嘢第一腊味店，就系佛山一间小铺',
    '腊肠就系普通食物，补唔到血',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('湖南 冒得 (没有) and 东北 自个儿 (自己) read as their Mandarin twins', () => {
  it.each([
    '这款手膜是保湿的，冒得排毒这种功效咯',
    '这款甲油胶冒得么子央视推荐，就是卖得好',
    '感冒得厉害的话先去医院看看',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));

  it.each([
    ['这款甲油胶是央视都推荐过的，品质冒得话说', 'authority'],
    ['现在改不了，您自个儿想辙吧', 'attitude'],
    ['改不了地址，你自己想招吧', 'attitude'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});

describe('100 % before 无, 没, 全新 or 静音 is an absolute claim', () => {
  it.each([
    '我家收的书全是100%无笔记',
    '这本书100%没缺页',
    '100%全新电芯，每粒都是0循环',
    '这款万向轮是100%静音的',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('absolute'));

  it.each(['100%纯棉的面料，可以机洗', '不敢说100%无瑕疵，二手书总有点痕迹', '我们无法保证百分百没有色差', '您说的100%无损是指FLAC格式吧'])(
    'leaves %s clean',
    (text) => expect(serious(text)).toEqual([]),
  );
});

describe('payouts: a whole unit repaid, new goods staked, delivery staked on 包赔, fit promised', () => {
  it.each([
    '缺一页赔你一本',
    '保证是今年新菊，不是新的我赔三倍',
    '物流未更新唔紧要，实系今日到，唔到包赔',
    '一定兼容你部机，唔使check型号',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));

  it.each(['易碎品破损包赔，收到先验货', '不一定兼容你的机，要看型号', '我们没有不是新的赔三倍这一说'])('leaves %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('review threats and dictated praise', () => {
  it.each([
    '差评我看到了，你要是不改我就天天找你咯',
    '你个差评唔改，我就同快递讲以后唔送你屋企',
    '你个差评唔删，我就喺下面回复晒你嘅地址',
    '好评的时候帮我夸一句“客服小萌态度好”',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it.each([
    '尺码不改我就按原来的发了',
    '差评不删也没关系，您的地址我们会保密',
    '给差评的话我们也会照常发货，您的地址不会泄露',
    '买家评价里夸一句包装好的很多',
    '评价不用帮我夸一句客服，如实写就行',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('insults: no adults at home, numbers, the purse asked, a yokel, the buyer past any product', () => {
  it.each([
    '问这种问题，你家没大人吗',
    '问这么多，你到底喝不喝得起酒哦',
    '您要是不识数就别在这儿跟我算账了',
    '您怕不是来找乐子的吧，问了一小时一个都不买',
    '你这审美真的土，难怪挑不到',
    '食唔惯就唔好买啦，乡下佬',
    '你自己指甲咬成那样，戴么子穿戴甲都救不了',
    '就你那头发，用什么卷发棒都救不了',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('abuse'));

  it.each(['手机泡水太久，什么软件都救不了', '喝不喝得惯要看个人口味', '您家里有小孩的话，这款没有小零件'])('leaves %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('brush-offs: busy, repeats, stock shrugged, invoices, no teaching', () => {
  it.each([
    '型号你自己去详情页对，我这忙着呢',
    '已经回复过了，不要重复问',
    '呢啲小问题都要问？',
    '冇货就冇货，等唔到就算',
    '开发票好麻烦，唔开啦',
    '唔识装就送去维修店，我唔教',
    '收到就得啦，咁多要求',
    '我都冇办法，你自己同快递讲啦',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));

  it.each([
    '追评写么子您自己定，我不教您写',
    '有货就发，没货就退款给您',
    '开发票不麻烦的，我这就给您开',
    '您可以自己跟快递说一下，我这边也在催',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('places ranked, authority by initials and titles, cash at the door, conditions', () => {
  it.each([
    ['我这收书价是全哈尔滨最高的', 'absolute'],
    ['佛山第一腊味店，街坊都知', 'absolute'],
    ['全长沙第一的美甲店', 'absolute'],
    ['这是gj认证的优质教辅', 'authority'],
    ['华强北官方认证优质商户，买得放心', 'authority'],
    ['唔想等嘅话嚟门口等我，现金买平啲', 'offplatform'],
    ['孩子读这本书，注意力不集中、尿床都能改善', 'medical'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    '这款长沙发最多能坐四个人',
    '开封后最好三天内吃完',
    '发深圳最快第二天到',
    '型号GJ-200认证的是另一款',
    '不能现金买哦，只能平台下单',
    '尿床垫防水，尿床了也不怕',
    '这款防震手套能减轻手麻，腱鞘炎请去医院',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});
