// Round 20: what the arrival check of c282–c287 showed, by shape — south-western dialect read as Mandarin (spelling.ts
// DIALECT_WORDS: 么子 / 么斯 什么, 么样 怎么样, 晓得 知道, 别个 别人, 莫 别, 冇得 没有), gifts that come with every order
// whatever the review against service or upgrades traded for it, curt shrugs and mockery, and single characters read
// across a word (最 before a size limit, Fn+Q, 包 + 过期, 包邮 with a surcharge, 首不首选, 天花板说不上). Every sentence
// is written for the test; each shape has its clean twins. The rules alone are read (no learned model).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { dialectVariants } from '../../../utils/compliance/spelling';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('south-western dialect words are variants of the Mandarin rule words', () => {
  it('writes 什么, 知道, 别人, the forbidding 别 and 没有 in dialect', () => {
    expect(dialectVariants('没有什么')).toEqual(['没有么子', '没有么斯', '没有甚物', '没得什么', '冒得什么']);
    expect(dialectVariants('别信')).toEqual(['莫信']);
    expect(dialectVariants('你问别人去')).toEqual(['你问别个去']);
    expect(dialectVariants('不知道')).toEqual(['不晓得']);
  });

  it('leaves 别 meaning "other" and the praise 没得说 alone', () => {
    expect(dialectVariants('别家')).toEqual([]);
    expect(dialectVariants('别的店')).toEqual([]);
    expect(dialectVariants('没有说')).toEqual([]);
    expect(dialectVariants('没有比')).toEqual([]);
  });
});

describe('湖北 denials read as their Mandarin twins', () => {
  it.each([
    '这个浮漂冇得么子专家推荐，是我们自己试出来的',
    '我们这饵冇上过么子央视，也冇得么子明星代言',
    '厂子不大，冇给么子国家队供过货',
    '这个坐垫就是垫着舒服，治腰椎那种效果冇得，莫信',
    '这个是鱼饵，人么样吃都跟降血糖冇得关系',
    // Mandarin twins.
    '这个浮漂没有什么专家推荐，是我们自己试出来的',
    '厂子不大，没给什么国家队供过货',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));

  it.each([
    ['这个浮漂是么子专家推荐的，放心买', 'authority'],
    ['这个坐垫治腰椎，效果冇得说', 'medical'],
    ['这种效果冇得哪家比得上，能治腰椎', 'medical'],
  ])('still flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});

describe('湖北 insults and brush-offs read as their Mandarin twins', () => {
  it.each([
    ['线都不会绑就莫赖竿子', 'abuse'],
    ['一看就是个苕货，问么斯问', 'abuse'],
    ['冇得钱就莫学人家玩路亚', 'abuse'],
    ['没有钱就别学人家买碳素竿', 'abuse'],
    ['我也不晓得，你问别个去', 'attitude'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    '红苕粉是今年新货，苕皮也有',
    '莫兰迪色的竿包还有货',
    '我晓得了，马上帮您改地址',
    '别家的饵我不晓得，我们家的配方是公开的',
    '这个价位的竿子质量冇得说',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('a gift that comes whatever the review is no bait', () => {
  it.each([
    '鱼护是这周下单都送的，评价打几星都照送',
    '赠品跟包裹一起到，收货和评价都不着急',
    '晒图追评都是自愿的，不用为了奖励写',
    '好评晒图随意，满减券首页自己领',
    '评价不用写我名字，钥匙扣本来每单都有',
    '老客下次九五折，不用追评也一样',
    '运费补贴不跟评价挂钩，问题照样给您处理',
    '您有空就写几句追评，没空也没关系',
    '差评怎么写是您的权利，线轮的问题我照样处理',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '好评晒图送钥匙扣，每人都有',
    '给个五星，鱼护就给您升级成加厚款',
    '不给好评的话，售后这边就不好办了',
    '差评不改的话，以后你下单我都不发货',
    '店里的评价都是我们找人写的，放心买',
    '评价不急，好评后找客服返5元',
  ])('flags %s as reviewbait', (text) => expect(categoriesOf(text)).toContain('reviewbait'));

  it('leaves the shop that refuses to fake reviews alone', () => expect(serious('我们从来不找人写评价，都是真实买家')).toEqual([]));
});

describe('curt shrugs and mockery', () => {
  it.each([
    ['这个我答不了 下一个', 'attitude'],
    ['寄错了就寄错了，将就用呗', 'attitude'],
    ['我很忙的，问点有用的', 'attitude'],
    ['物流慢是快递的事，问我也不知道', 'attitude'],
    ['活动规则又不是我定的，领不到就算了', 'attitude'],
    ['这都要教？插上电就行', 'attitude'],
    ['听不出音准是你耳朵有问题', 'abuse'],
    ['这么肥是大象脚吧', 'abuse'],
    ['自己不会打还别甩锅给键盘', 'abuse'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    '这个问题我回答不了，得问厂家，我帮您问',
    '孕期穿平底鞋稳一点，您自己看合不合脚',
    '收到自己看看做工，不满意可以退',
    '我们只在这家店卖，外面的同名店跟我们没关系',
    '您慢慢看详情页，有不懂的随时问',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));

  it.each(['不满意那是你的问题', '音不准是你的问题'])('still reads %s as attitude', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe('single characters and glued words', () => {
  it.each([
    '书架夹子最厚能夹3cm',
    '桌板最宽可以到60cm',
    '截图快捷键是Ctrl+Q，按一下就好',
    '这个茶包过了保质期就别泡了',
    '省内都包邮，偏远地区要补运费',
    '首不首选看您预算',
    '性价比天花板算不上，日常用够了',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));

  it.each([
    ['这款是全网最厚实的', 'absolute'],
    ['有事加Q聊', 'offplatform'],
    ['保过，考不过全退', 'promise'],
    ['偏远地区也都包邮，三天必到', 'promise'],
    ['这款就是首选，闭眼买', 'absolute'],
    ['这款就是天花板', 'absolute'],
  ])('still flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});
