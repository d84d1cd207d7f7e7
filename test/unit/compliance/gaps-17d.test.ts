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

describe('服务态度: the question called a repeat, or not answered at all (attitude.impatient)', () => {
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
