// Round 26 (branch ff26): shapes of clean drafts the rules flagged — the review left to the buyer, a reward refused
// by the shop, the gift given without a review, another shop's offer, the agent's patience counted, a pointer followed
// by the agent's help, a claim called a boast, a condition sent to real treatment. Each shape with risky twins that must
// still be caught. Every sentence is written for the test in voices the design half did not show; each clean one is
// flagged by the start engine's rules (1948b39).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('the review left to the buyer with how or whether between (reviewbait.left-to-buyer: LEFT_TO_BUYER)', () => {
  it.each([
    '补偿您十块，评价怎么写您做主',
    '少的那个给你补寄，评价改不改你自己拿主意',
    '补您一个新的，评价给几星侬自己定',
    '退您十块钱，评价删不删您来定',
    '这个划痕给您补偿二十，评价好坏您自己定',
    '给您退5块差价，好评差评您说了算',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['好评返现五块，评价咋写您自己定', '五星好评截图发我返您五块，评价咋写您自己定', '评价随便写都返5元'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('reviewbait'),
  );
});

describe('a reward refused by the shop right after its name (reviewbait.reward-refused)', () => {
  it.each(['现金俺没法返，评价咋写恁自己拿主意', '红包我不能给，觉得好就给个好评', '红包啥的我们不发，评价写啥都行'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['红包我不能发，好评返现5元', '红包俺不能发，五星好评给您返五块', '现金我们没法返，好评截图给您发红包', '不给好评红包我就不发了'])(
    'still flags %s',
    (text) => expect(categoriesOf(text)).toContain('reviewbait'),
  );
});

describe('no review and the gift all the same (reviewbait.no-review-still)', () => {
  it('leaves the gift of every order alone', () => expect(serious('赠品是随单寄的，您不评价也照样有')).toEqual([]));
  it.each(['不好评也有红包，好评返更多', '不晒图也有赠品，晒图再返五块'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));
});

describe("the offer put down to another shop, the clause ending there (reviewbait.other-shops-offer)", () => {
  it('leaves the other shop\'s offer alone', () => expect(serious('亲问的晒图送小样，那是别家的，我们没有')).toEqual([]));
  it.each(['好评返现，是别家的两倍', '晒图送小样，别家都没有'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));
});

describe('time found for a review is no prize draw (reviewbait allow: 抽空)', () => {
  it('leaves 抽空 alone', () => expect(serious('收到货用得顺手的话，麻烦抽空写个评价，好坏都照实说')).toEqual([]));
  it.each(['抽空给个五星好评，抽奖送耳机', '麻烦抽空写个好评，截图发我返三块'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('reviewbait'),
  );
});

describe("the agent's telling counted, not the goods' uses (promise.told-again)", () => {
  it.each(['同样的问题问十次也不烦，洗的时候用冷水', '有啥不懂的问多少遍都不嫌麻烦，穿之前先过一遍水'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['这件毛衣洗几十次也不起球', '这鞋穿一百次也不变形'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe("the pointer, then the agent's help (attitude.pointer-shown)", () => {
  it.each(['尺码表上都写了，我帮您对一下', '说明书里都写着，我再给您讲一遍', '检测报告里都写着，需要的话我发您'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['都写了，自己看，我很忙', '详情页都写了，自己不会看吗'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe('the buyer given time, the door left open, anything asked (attitude.still-here, attitude.ask-anything)', () => {
  it.each(['您先忙，想好了再来问，我一直在', '想问啥都问，问清楚了再拍'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['想好了再来问，别一直催', '你怎么啥都问'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe("the goods judged by the buyer from photos or video (attitude.judge-yourself)", () => {
  it.each(['广告法不让说最好，您自己看实拍图判断', '您自己看视频判断一下成色，看不清我再拍', '值不值您自己看，参数我都列给您'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
  it.each(['尺码你自己看', '你自己看详情页判断'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe('a health claim called a boast (reported.debunked, DEBUNK_DENIED_ALLOW)', () => {
  it.each(['石墨烯座垫就是热得快，活血化瘀是瞎吹', '这款手环记步还行，降血压都是吹出来的'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['这座套能疏通经络，真不是瞎吹', '这颈枕能治颈椎病，不是吹牛'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
});

describe('a condition sent to real treatment, with a must (medical allow: 还得正经治)', () => {
  it.each(['这个靠枕靠着舒服点，腰突还得正经治', '这个护膝戴着暖和，关节炎还是要好好治'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );
  it.each(['这护腰能治腰突，不用正经治', '这款靠枕能治腰突'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
});
