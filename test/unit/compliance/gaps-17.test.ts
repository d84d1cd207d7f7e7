// Round 17: known gaps (bao for 包, spaced digits, dialect leftovers, borrowed brand authority, a device curing its own
// need) and misses by shape in the new writers c243–c250, each shape with close clean twins that must stay unflagged.
// Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { dialectVariants, spelledVariants, writtenForms } from '../../../utils/compliance/spelling';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('pinyin typed for a run of a word: two risky syllables together, a recurring one, or the whole word', () => {
  it('makes the variants: a run of risky characters, one character wherever it recurs, the whole word in pinyin', () => {
    const spellings = new Map([['一', ['yi']], ['定', ['ding']], ['包', ['bao']], ['退', ['tui']], ['血', ['xue']]]);
    const sounds = new Map([['补', ['bu']], ['到', ['dao']], ['换', ['huan']]]);
    expect(spelledVariants('明天一定到', spellings)).toContain('明天yiding到');
    expect(spelledVariants('包退包换', spellings)).toContain('bao退bao换');
    expect(spelledVariants('补血', spellings, false, sounds)).toContain('buxue');
    // Without a risky character there is no whole-word variant: a name typed in pinyin stays Latin text.
    expect(spelledVariants('到', spellings, false, sounds)).toEqual([]);
  });

  it('writes a word of up to four characters wholly in pinyin, not a longer phrase (round 18: compile cost)', () => {
    const spellings = new Map([['最', ['zui']], ['低', ['di']], ['不', ['bu']]]);
    const sounds = new Map([['全', ['quan']], ['网', ['wang']], ['是', ['shi']], ['我', ['wo']], ['们', ['men']], ['的', ['de']], ['问', ['wen']], ['题', ['ti']]]);
    expect(spelledVariants('全网最低', spellings, false, sounds)).toContain('quanwangzuidi');
    const phrase = spelledVariants('不是我们的问题', spellings, false, sounds);
    expect(phrase).not.toContain('bushiwomendewenti');
    expect(phrase).toContain('bu是我们的问题');
    expect(phrase).toContain('不shi我们的问题');
  });

  it('lists a word\'s written forms once each: the word, its spelled variants, its dialect form (not spelled again)', () => {
    const tables = { spellings: new Map([['最', ['zui']], ['好', ['hao']]]), sounds: new Map<string, string[]>() };
    expect(writtenForms('我们最好', undefined)).toEqual(['我们最好', '阿拉最好']);
    expect(writtenForms('我们最好', tables)).toEqual(['我们最好', '我们zui好', '我们最hao', '我们zuihao', '阿拉最好']);
    // The run 最好 is every risky character of the word: made once, as the variant with all of them spelled.
    expect(new Set(spelledVariants('最好', tables.spellings)).size).toBe(spelledVariants('最好', tables.spellings).length);
  });

  it.each([
    ['放心，后天yi ding送到', 'promise'],
    ['这款红豆粥 bu xue 效果好', 'medical'],
    ['这个价 zui di jia 了，别处没有', 'absolute'],
    ['这款 quan wang zui di 了', 'absolute'],
    ['黑芝麻丸 bu nao 的，孩子天天吃', 'medical'],
    ['坏了也bao退bao换，用多久都行', 'promise'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    'Yi 女士您好，包裹已经在路上了',
    'Ding 先生的单号发您了',
    '红豆粥可以当早餐，Xue 小姐放心',
    '这款 Bu 系列的价格是最新的活动价',
    '质量问题bao退bao换，来回运费我们出',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('上海话 阿拉 (我们): read as 我们 wherever a rule word holds 我们; 阿拉伯, 阿拉斯加 stay what they are', () => {
  it('writes the rule word with 阿拉 for 我们', () => {
    expect(dialectVariants('跟我们没关系')).toEqual(['跟阿拉没关系']);
    expect(dialectVariants('最好')).toEqual([]);
  });

  it.each([
    ['屏幕碎了阿拉全赔', '屏幕碎了我们全赔'],
    ['发货慢跟阿拉没关系，找快递', '发货慢跟我们没关系，找快递'],
    ['这种花色全网就阿拉家有', '这种花色全网就我们家有'],
    ['阿拉不管，侬自己去问快递', '我们不管，你自己去问快递'],
  ])('reads %s as %s', (dialect, mandarin) => {
    expect(categoriesOf(mandarin).length).toBeGreaterThan(0);
    expect(categoriesOf(dialect)).toEqual(categoriesOf(mandarin));
  });

  it.each([
    '阿拉伯香料是另外一款，链接发侬',
    '阿拉斯加鳕鱼下周到货',
    '质量问题阿拉包换，运费阿拉出',
    '阿拉店里周末也有人值班',
    '阿拉丁造型的台灯卖完了',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('the review left to the buyer, the shop not meddling, is no brush-off (attitude.not-ours-review)', () => {
  it.each([
    '评价怎么写您随意，我们不管的',
    '追评写什么你自己定，阿拉伐管',
    '好评差评打几星随您，我们不管',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '快递丢了您自己定，我们不管',
    '包裹破了跟我们没关系，评价随您',
    '退不退您自己定，阿拉伐管',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe('粤语 保证唔到 (cannot guarantee, read 保证不到) declines the guarantee as 保证不了 does; 保证唔会 and 保证冇 still promise', () => {
  it.each([
    '呢只颜色保证唔到会唔会褪，要睇点洗',
    '听日一定到呢个我保证唔到，要睇快递',
    '保证唔到几时到货，到咗即刻通知你',
    '效果因人而异，呢个保证唔到',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '呢条裤保证唔会褪色',
    '保证冇问题，放心落单',
    '保证不到三天就送到您家',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('an aid said to cure the need it serves after long use (medical.aid-cures-need)', () => {
  it.each([
    '这副老花镜戴久了，眼睛就不花了',
    '助听器戴一段时间听力就恢复了',
    '坚持戴半年，以后就不用戴眼镜了',
    '矫姿带天天戴，驼背就直过来了',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));

  it.each([
    '老花镜要按度数配，不确定可以先去验光',
    '戴久了眼睛会累，记得中间休息一下',
    '配了隐形就不用戴眼镜了，框架镜可以备用',
    '老花镜戴久了会不会度数加深，这个要问验光师',
    '助听器戴久了耳朵闷的话，换个小号耳塞',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe("a big brand's factory borrowed, the brand named as a kind (authority.tong-chang-brand)", () => {
  it.each([
    '和某大牌是同一个厂的，品质一样',
    '跟一线品牌同一条生产线出来的',
    '我们和国际大牌是一个工厂的',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('authority'));

  it.each([
    '工厂在义乌，发货很快',
    '我们和隔壁店是同一个厂的货，价格可以对比',
    '跟大牌不是同一个厂的，我们是自己的工厂',
    '同一个厂出的两个颜色，质量一样',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('digits of an absolute percentage spaced or dotted read as the percentage itself, flagged and allowed alike', () => {
  it.each([
    ['1 0 0%有效，放心用', '100%有效，放心用'],
    ['1.0.0%包退', '100%包退'],
    ['1 0 0 %纯天然的', '100%纯天然的'],
    ['百 分 百正品', '百分百正品'],
    ['1 0 0%不掉色', '100%不掉色'],
  ])('flags %s as %s', (spaced, plain) => {
    expect(categoriesOf(plain).length).toBeGreaterThan(0);
    expect(categoriesOf(spaced)).toEqual(categoriesOf(plain));
  });

  it.each(['1 0 0%纯棉的面料', '含棉 1 0 0 %，洗标上有写', '纯棉 1 0 0%，可以机洗'])('leaves %s alone (a fabric share, as 100%纯棉)', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('辱骂: the buyer belittled by the frame of a sneer (abuse.belittled, abuse.cant-even with 还指望)', () => {
  it.each([
    '孩子咳嗽都不知道看，你这妈怎么当的',
    '说明书都看不懂，小学生都比您强',
    '跟您讲了三次了，您是不是记性不好啊',
    '是不是老糊涂了，订单号都发错',
    '你这么胖就别选修身款了',
    '漏水还怪我们？先怪你自己吧，没拧紧',
    '开关都不会开，还指望用它做饭？',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('abuse'));

  it.each([
    '我是不是记性不太好，麻烦您再发一次单号',
    '这个不能怪您自己，是快递压坏的',
    '新手妈妈都会遇到这种情况，不用先怪自己',
    '孩子用的话选小号，大人选中号',
    '宝妈第一次用的话，我发您视频教程',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('承诺: a deadline made certain, the term and 一定/肯定/保证 side by side (promise.deadline)', () => {
  it.each([
    '断码的那双五天内一定补货发您',
    '配件两小时内肯定送到您楼下',
    '放心，48小时之内保证到',
    '这批货十天以内一定到港',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));

  it.each([
    '24小时内一定给您回复，请留意消息',
    '三天内一定帮您处理好退款',
    '签收后七天内一定要确认收货哦',
    '售后期15天内一定保留好包装',
    '我们不能保证三天内一定到，要看快递',
    '质量保证，三天内发货',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe("好评诱导: the service, the next sale or the buyer's peace withheld over the review (reviewbait.withheld)", () => {
  it.each([
    '不给五星就别想退换了',
    '不打好评的话，下回我们不卖给您了',
    '不改差评，我们就天天打电话给您',
    '差评不删的话，地址我记下了',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it.each([
    '给不给好评都行，售后我们一直跟进',
    '不给好评也没关系，有问题一直联系我',
    '给差评之前可以先联系我们，我们一直在线',
    '地址我记下了，明天给您补发',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('服务态度: the question disowned by what the agent is not (attitude.not-my-job), the matter put off for lack of time', () => {
  it.each([
    '怎么调档位自己看说明书，我又不是厂家',
    '我又不是只回你一个人的消息',
    '退款的事明天再说，今天没空',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));

  it.each([
    '我又不是不给您退，流程要走一下',
    '我又不是故意的，给您添麻烦了',
    '我也不是专业的医生，建议您问问医生',
    '我现在没空看仓库，晚点回复您',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe("an edition for the shop's own sales channel is no authority (电商专供, an allowed phrase that the learned catcher also reads)", () => {
  it.each(['这款是电商专供款，配置和门店一样', '线上专供的型号，参数和线下一样'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['这款是电商专供款，央视推荐过', '专供人民大会堂的同款'])('flags %s', (text) => expect(categoriesOf(text)).toContain('authority'));
});
