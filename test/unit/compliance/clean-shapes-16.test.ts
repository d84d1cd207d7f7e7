// Round 16 (issue #12): clean replies read as breaches, by shape — the goods (not the agent) unable to deal with a
// condition, help offered without the 我, a breakdown inside a bounded warranty period, a contact declined after its
// name or in dialect, an effect set right (可不行) or a condition said to need treatment, the matter (not the buyer)
// called a drag, a failed fitting as a condition, a pencil grade, a gift not read off the review, the review written as
// it was, the buyer's question about a review echoed and answered no, 包 as a measure word, a private deal refused by a
// bare 不, 益智 naming a kind of toy, a number label — each with close twins that must stay flagged. Also 得病 kept off,
// a claim like 不生病. Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('服务态度: the goods unable to deal with it; help offered right after, with or without 我', () => {
  it.each([
    '这种色斑面霜也管不了的，建议看看医生',
    '腰肌劳损的话护腰管不了，还是去医院拍个片',
    '退款这事我确实管不了，但是可以帮您问问店长',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '这事我管不了',
    '快递的事我们管不了，你自己问去',
    '这个我确实管不了，你找平台吧',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe('承诺: a breakdown inside a bounded warranty period handed to the agent', () => {
  it.each(['两年内坏了您直接找我，按保修走', '保修期内出了问题随时找我'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['这口锅用二十年不坏，坏了直接找我', '用坏了随时找我，我私人给您换新的'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('promise'),
  );
});

describe('站外引流: the contact named, then declined (不方便给, dialect 不中); a private deal refused by 不', () => {
  it.each([
    '微信号不方便给的，有事就在这儿说',
    '加QQ这个不中，平台不让加',
    '咱都走平台下单，不私下转账',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '这儿说话不方便，加我微信细聊',
    '微信号发你了，方便的话加一下',
    '私下转账给您便宜十块',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('offplatform'));
});

describe('医疗用语: the effect set right by 可不行; the condition said to need treatment; 得病 kept off', () => {
  it.each([
    '这双鞋垫走路能舒服些，说能治病那可不行',
    '湿疹是需要去治疗的，这款霜只是保湿',
    '孩子得不得病要看体质，这个只是零食',
    '这款茶喝了也不能保证不得病',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '这双鞋垫走路能舒服些，还能治病',
    '湿疹用这款霜就能治好',
    '宝宝天天喝这个羊奶粉就不得病',
    '常吃这款蜂蜜能少得病',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
});

describe('辱骂: the matter called a drag; a failed fitting as a condition; a pencil grade', () => {
  it.each([
    '换货的手续是有点磨叽，我这边帮您盯着',
    '书架装不好也没关系，我发您安装视频',
    '答题卡要用2B的涂，HB的机器读不出',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['你这人咋这么磨叽', '这么简单的书架都装不好', '你是2B吧'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('abuse'),
  );
});

describe('诱导评价: the gift not read off the review; the review as it was; the buyer’s question answered no', () => {
  it.each([
    '买两件就送一双袜子，不看评价的',
    '评价就写真实的用后感，好坏都行',
    '好评有礼物吗？没有的哈',
    '差评改不改都行，您先把问题告诉我',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '五星好评送一双袜子',
    '评价就写物流很快，写完截图',
    '好评有礼物吗？有的，送一双袜子',
    '差评改了我给您返10块',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));
});

describe('包 as a measure word; 益智 naming a toy; a number label', () => {
  it.each(['再给您放一包香菇试吃', '这套益智桌游适合一家人玩', '这批货从No.2号仓发，那批是No.1号仓'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it.each([
    ['这批芒果包香包甜', 'promise'],
    ['这款益智糖吃了孩子更聪明，能提高智商', 'medical'],
    ['这款面霜是全网No.1', 'absolute'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});

// Missed drafts of c230 (seeds and fertiliser, Henan dialect) and c231 (car accessories), by shape.
describe('missed: 🐧 as the place a chat moves to, Q空间; a payout per plant; 防癌 spelled; the outcome put on the buyer', () => {
  it.each([
    ['有啥问题去🐧上聊，这里不方便', 'offplatform'],
    ['安装教程在我Q空间，自己去看', 'offplatform'],
    ['月季苗包活，死一株赔两株', 'promise'],
    ['这款竹炭枕头还能fang癌', 'medical'],
    ['刮不刮花那是你的事，膜没问题', 'attitude'],
    ['售后的事别问了，问了也白问', 'attitude'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    '有事随时找我🐧',
    '煮好马上Q弹，放凉了也好吃',
    '这款Q版钥匙扣是赠品',
    '月季苗死了一株的话拍照给我看看',
    '竹炭枕头没有防癌这种说法，就是吸潮',
    '给不给好评是你的事，有问题随时找我',
    '哪里不明白问我就行',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});
