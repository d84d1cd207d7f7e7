// Round 15 (issue #12): clean replies read as breaches, by shape — the dispatch told in the order it will happen, a
// drug-like effect denied by 不, the condition left to a doctor of a named ward or to how the buyer lives, the agent
// offering help right after what they cannot do, asking again no bother, the review the buyer's own call or no
// condition at all, a battery's health reading — each with close twins that must stay flagged. Every sentence here is
// written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('承诺: the dispatch told in the order it will happen, the number sent once it ships', () => {
  it.each([
    '今天还没打包，师傅打包好了再给您点发货',
    '还没打包的，装箱完了系统会显示已发出',
    '还没寄呢，明早寄，寄出了我给您同步单号',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '还没打包，先给您点发货',
    '货还在仓库，装箱好了就说已发货',
    '还没寄呢，我先在后台点发货给您同步单号',
    '已经发出了，实际明天才打包',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('医疗用语: a drug-like effect denied by 不; the condition left to a ward’s doctor or to how the buyer lives', () => {
  it.each([
    '这款枸杞茶不降血压，高血压的朋友按时吃药',
    '蜂胶不抗病毒的哈，感冒了还是多休息',
    '关节炎的话先问问骨科医生，护膝只是保暖',
    '想少感冒就得靠锻炼，围巾就是保暖用的',
    '脚气的话先治好再穿，袜子只是吸汗',
    '老人得不得病跟体质有关，这个奶粉就是补营养',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '这款枸杞茶能降血压',
    '喝了不降血压全额退款',
    '关节炎戴这个护膝就能好，骨科医生都说好',
    '想少感冒就靠这条围巾',
    '脚气穿这款袜子就能治好',
    '老人喝了这个奶粉不得病',
  ])('flags %s', (text) => expect(categoriesOf(text).some((c) => c === 'medical' || c === 'promise')).toBe(true));
});

describe('服务态度: help offered right after what the agent cannot do; asking again no bother', () => {
  it.each([
    '退运费这个我管不了，不过我帮您联系一下售后',
    '物流的事我帮您去问问快递，稍等',
    '您多问几遍也没关系，我一条条说',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '退运费这个我管不了，找售后去',
    '物流的事你去问问快递',
    '再问几遍也没用，规定就是这样',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe('诱导好评: the review the buyer’s own call, or no condition of the offer at all', () => {
  it.each([
    '漏发的那只给您寄过去了，评价你来定',
    '无论好评还是差评，会员积分都照常算',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '漏发的那只给您寄过去了，评价给个五星哈',
    '无论好评还是差评，好评截图发我返3元',
    '好评就送会员积分',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));
});

describe('绝对化用语: a phone battery’s health as the phone shows it', () => {
  it.each(['这台二手机设置里电池健康度显示100%', '换了新电池，健康度显示是100%'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['这款代餐百分百健康', '这几台二手机电池健康度全都100%', '这款充电器100%兼容所有手机'])('flags %s', (text) => expect(categoriesOf(text)).toContain('absolute'));
});

describe('诱导好评: others’ question reported and answered no; the offer put down to another shop; the reward refused as a kind', () => {
  it.each([
    '常有人问晒图返红包，没有这个的，谢谢支持',
    '“五星送抱枕”是别家的活动哦，我们店没参加',
    '评价您看着写，返现这种我们不搞',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '常有人问晒图返红包，有的，返3元',
    '五星好评返现，是别家的三倍',
    '评价写五星，返现3元',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));
});

describe('站外引流: the buyer’s ask for a private channel echoed, then no need, the same done here', () => {
  it.each(['加微信发视频？不用的，这里也能发视频', '想私聊是吗？就在这聊就行'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['加微信发视频？可以的，我微信号abc888', '想私聊就加我微信'])('flags %s', (text) => expect(categoriesOf(text)).toContain('offplatform'));
});

describe('承诺 and 绝对化用语: whether it can be returned, asked; the first place of a buyers’ contest', () => {
  it.each(['洗过也能不能退这个我得问问售后', '抽奖第一名猜对价格的送一份'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['拆封用过也给您退', '这款拖把销量第一名'])('flags %s', (text) => expect(categoriesOf(text).some((c) => c === 'promise' || c === 'absolute')).toBe(true));
});

describe('医疗用语 (missed, c224): goods said to take a toxin out of the air; the figure, the doubt and the denial stay clean', () => {
  it.each([
    '虎尾兰放卧室能吸收甲醛',
    '这盆散尾葵专门分解有害气体，新房必备',
    '活性炭包能清除空气里的有毒气体',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));

  it.each([
    '这台净化器除甲醛CADR是260，数据来自检测报告',
    '网上说虎尾兰能吸收甲醛，别信，作用很小',
    '我们不敢说散尾葵能分解有害气体，主要是好看',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('承诺 and 服务态度 (missed): a child’s learning staked as a count by an age; the buyer’s worry waved off as a fuss', () => {
  it.each([
    '这套识字卡用完，四岁就能认识八百个字',
    '听完这个故事机，上学前就能背出五十首唐诗',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));

  it.each(['叶子有点卷很正常，别大惊小怪的', '线头多一根有什么好大惊小怪'])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));

  it.each([
    '孩子能认识多少字，要看平时读得多不多',
    '用完不一定就能认识八百个字，每个孩子不一样',
    '叶子有点卷很正常，您不是大惊小怪，换谁都会担心',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('second pass: another shop’s claim set apart, the buyer told to look at leisure, an effect taken back by a rhetorical question, a doubt and a request to keep something safe', () => {
  it.each([
    '您说的“专家推荐”是别家的宣传，跟我们没有关系',
    '不急的，您慢慢比较，想好了再拍',
    '护膝哪能治关节炎，就是保暖用的',
    '充电宝说不准能用几年，看您怎么用',
    '发票在盒子里，请您妥善保管',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '这是别家的问题，跟我们没关系，您找快递去',
    '想好了再拍，别问来问去的',
    '这个护膝能治关节炎',
    '这个充电宝保管好用',
    '明天准能到',
  ])('flags %s', (text) => expect(categoriesOf(text).length).toBeGreaterThan(0));
});
