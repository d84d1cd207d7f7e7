// Round 17 (issue #12), false flags of the older writers by shape, each with close twins that must stay flagged:
// another buyer's question or tale about an effect, answered no later in the sentence; certainty itself denied
// (没有百分百的, 但不绝对, 哪有永久不坏的); a debunking said to the buyer (都是骗你的); treatment first, the goods after it
// (建议先治疗); the best way to use it (最好的喝法); which shop said it (哪家说的); the platform's masked number calling and
// the order number asked for; 包 a bag; 不会 before a verb of effect (不会改善视力); the agent teaching the buyer to do it
// (我教你自己装); 治愈 as a mood; 跟排毒不沾边.
// Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('someone else asked or told of an effect, then answered no later in the sentence', () => {
  it.each([
    '有买家问这个枕头治颈椎吗，我说没有，就是普通荞麦枕',
    '有人问这款蜂蜜降血糖吗 实话说没有 就是普通食品',
    '有宝妈说孩子喝了能长高 这个因人而异',
    '有顾客说泡脚能降血压，别信，就是热水',
    '好多人问这个鞋垫能治扁平足 没这功效 只是走路舒服点',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    // No answer, or the answer yes: the tale vouches for the claim.
    '有买家说这个枕头治好了颈椎，真的很管用',
    '有宝妈说孩子喝了长高了，效果很明显',
    '有人问这款蜂蜜能降血糖吗，能的，天天喝',
    // 不行 and 不会 answer nothing here: a refund offered, the agent's honesty.
    '有人问这款茶能降血压吗，确实能，不行就退',
    '有宝子说这个茶能降血压，确实能，不会骗您',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
});

describe('certainty itself denied: 没有百分百的, 不绝对, 哪有永久不坏的', () => {
  it.each([
    '防水这个老实讲没有百分百的，大雨天还是收进屋里',
    '快递一般两天到，但不绝对，偏远地区会慢些',
    '哪有永久不坏的拉链，正常用三五年没问题',
    '涂层不可能永久不脱落，小心别用钢丝球',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '这个拉链绝对拉不坏',
    '防水百分百，泡水里都没事',
    '没有百分百满意就退款',
    '哪有绝对的事，但我们这款绝对不掉色',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));

  it.each(['这款涂层永久不脱落', '没有永久不坏的锅，但我们这口永久不坏'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('absolute'),
  );
});

describe('a claim debunked to the buyer: 都是骗你的', () => {
  it.each(['谁说贴了就能根治鼻炎，都是骗你的', '说喝了能包瘦的是骗您的，我们这就是普通代餐'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['贴了就能根治鼻炎，骗你的我是小狗', '这款代餐包瘦，不瘦我退钱'])('flags %s', (text) => expect(serious(text)).not.toEqual([]));
});

describe('医疗用语: treatment first, the goods after it', () => {
  it.each(['湿疹建议先去医院治疗，好了再用这款身体乳', '脚气得先治疗，这双袜子只是透气'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['湿疹建议先用我们这款药膏治疗', '脚气要先治疗，这双袜子就能根治'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});

describe('绝对化用语: the best way to use it; asking which shop said it', () => {
  it.each(['燕麦最好的吃法是煮五分钟', '米酒最好的喝法是加热了喝', '晒被子才是最要紧的', '说我们全网最低价是哪家说的呀？没这回事'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it.each(['这款面霜效果最佳', '最好的面霜就是这款', '最佳效果是这款面霜', '这款面霜是最要紧的护肤一步，全网最好用', '全网最低价就是我们家，不信去比'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('absolute'),
  );
});

describe('站外引流: the platform masked number calling; the order number asked for', () => {
  it.each(['售后会用隐私号给您打电话确认时间', '麻烦把订单号码发我，我帮您查', '运单号码发给我一下'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['我给您打电话说吧', '方便的话我私下给您打电话', '你手机号码发我一下', '隐私号给您打电话不方便的话，加我微信'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('offplatform'),
  );
});

describe('承诺: 包 a bag before 用/会', () => {
  it.each(['这只包用一段时间会更软', '卡包会送一个小挂件'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['报我们的班包会，学不会退钱', '这个学费包用三年', '这个包用不坏'])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('医疗用语: 不会 right before a verb of effect', () => {
  it.each(['这个枕头不会治好颈椎，只是睡着舒服', '这款护眼灯不会改善近视，只是光线柔和', '泡脚桶也不会降低血压，泡着解乏而已'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['这个茶会改善睡眠，不会失眠', '天天喝不会感冒，能提高免疫力', '用了它血压不会降不下来'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});

describe('服务态度: the agent teaching the buyer to do it', () => {
  it.each(['这个我教你自己装，很快的'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['我不教你，自己查', '我教你个办法：自己看去'])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe('医疗用语: 治愈 as a mood soothed; the effect said to have nothing to do with the goods', () => {
  it.each(['这盆小多肉放桌上，看着心情都被治愈了', '治愈系的小夜灯，暖光不刺眼', '足贴就是暖脚，跟排毒不搭边', '这款茶和减肥扯不上关系'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it.each(['这款泡脚包能治愈失眠', '泡脚包排毒效果好，别家的跟它不沾边', '这个能排毒，跟别家不沾边'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});
