// Round 16 (issue #12): agents who write Mandarin mixed with their dialect — Cantonese, Shanghainese, Sichuanese,
// North-Eastern and Henan. Dialect words of one character that Mandarin does not use are read as the Mandarin word
// (normalize.ts DIALECT_READ_AS: 揾 找, 侬 你, 伐 不, 俺 我…); dialect words of several characters are rule words. Each
// shape has clean twins: the claim taken back in dialect, a dialect word that looks risky but is ordinary. Every sentence
// here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { foldText } from '../../../utils/compliance/normalize';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('dialect characters read as Mandarin', () => {
  it.each([
    ['揾我', '找我'],
    ['搵唔到', '找不到'],
    ['攞货', '拿货'],
    ['嗰啲', '那些'],
    ['有咩问题', '有啥问题'],
    ['做乜', '做啥'],
    ['侬覅急', '你别急'],
    ['看伐懂', '看不懂'],
    ['俺家', '我家'],
    ['返恁', '返你'],
  ])('reads %s as %s', (written, read) => expect(foldText(written)).toBe(read));

  it.each(['联系', '关系', '系列', '金额', '莫代尔', '食品', '靓丽'])('leaves the Mandarin word %s as it is', (word) =>
    expect(foldText(word)).toBe(word),
  );
});

describe('上海话: 侬 你, 伐 不 (negation and question), 覅 别', () => {
  it.each([
    ['穿过两次伐满意也全额退', 'promise'],
    ['这条丝巾用一辈子伐会褪色', 'promise'],
    ['侬是看伐懂字啊？尺寸表写好了', 'abuse'],
    ['买伐起就覅来烦阿拉', 'abuse'],
    ['又是侬，烦伐烦', 'attitude'],
    ['追评写两句，返侬五块', 'reviewbait'],
    ['好评写好，伐然阿拉伐发侬赠品', 'reviewbait'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    '侬问明朝能到伐？阿拉伐好打包票，看快递',
    '平台伐许阿拉发微信，有事就在这里讲',
    '有人讲阿拉“穷就别买”，阿拉从来伐讲格种话',
    '又是侬呀，欢迎回来',
    '真丝覅机洗，冷水手洗就好',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('粤语: 听日/实 (tomorrow, surely), dialect "don\'t", insults and impatience', () => {
  it.each([
    ['今日落单，听日实到', 'promise'],
    ['我帮你加急咗，今晚八点前实到', 'promise'],
    ['听日一定到，你放心', 'promise'],
    ['冇钱就咪买正货啦', 'abuse'],
    ['穷就唔好睇咁贵嘅', 'abuse'],
    ['你个脑系唔系有问题，讲咗几次', 'abuse'],
    ['你个脑入咗水咩', 'abuse'],
    ['你呢种人我见得多', 'abuse'],
    ['两蚊都计，你咁孤寒', 'abuse'],
    ['识唔识睇字㗎，写晒喺度', 'abuse'],
    ['咁简单猪都识装', 'abuse'],
    ['问咁多做乜，落单就得', 'attitude'],
    ['急都冇用，等啦', 'attitude'],
    ['唔好嘈，排紧队', 'attitude'],
    ['我唔系师傅，咪问我', 'attitude'],
    ['自己睇说明书啦，我好忙', 'attitude'],
    ['俾个五星啦，唔系老板扣我人工', 'reviewbait'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    '支付宝喺结算页都有得揀，唔使转俾我',
    '防蓝光膜防唔到近视㗎，我哋都唔会咁讲',
    '听日开始放假，后日返工再覆你',
    '有咩问题喺度直接揾我就得',
    '你个手机型号系咩？我帮你揾啱嘅壳',
    '穷游背包都有，你睇下边款啱',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('四川话, 东北话, 河南话: 莫 (别/没), 俺 我, 恁 你, regional insults', () => {
  it.each([
    ['售后你找平台，莫找我', 'attitude'],
    ['漏了是快递的事，跟我们莫得关系', 'attitude'],
    ['问我也莫用，自己看', 'attitude'],
    ['辣得很，憨包才点特辣', 'abuse'],
    ['瞅啥瞅，不买就走', 'abuse'],
    ['你个信球，地址都填错', 'abuse'],
    ['加俺好友，朋友圈天天上新', 'offplatform'],
    ['钱直接打俺支付宝就中', 'offplatform'],
    ['写个带图的好评，返恁五块', 'reviewbait'],
    ['直播呢，等到起', 'attitude'],
    ['你个鳖孙，地址都不会填', 'abuse'],
    ['拎勿清就覅买真丝', 'abuse'],
    ['你脑壳进了水哦，码都选错', 'abuse'],
    ['这个羊奶粉宝宝天天喝，上幼儿园不生病', 'medical'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    '俺家的货都在这个店里，放心拍',
    '相信球鞋的做工，您可以先看看买家秀',
    '莫代尔面料，贴身穿很舒服',
    '恁要是拿不准尺码，俺帮恁量一下',
    '宝宝生不生病跟体质有关，奶粉就是补营养',
    '加快步伐，今天的单都能发出',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});
