// Round 17 (issue #12): clean replies read as breaches, by shape — the shop named as the field of a ranking (在咱家…第一),
// 永久 denied of all goods, the buyer's claim echoed and declined by who dares not, a condition sent straight to a doctor
// (in its own clause, or made a topic: 的事问医生), an improvement denied (不会改善), 不治 before a condition, the effect
// said to have nothing to do with the goods (没这功效, 不沾边) or left to the doctor's drug or the buyer's own effort, the
// buyer's dissatisfaction brought to the agent (不满意随时找我), what some buyer asked or said then denied, who has the
// condition told to try it first, taught to do it oneself, the review not asked for in Cantonese (唔使写评价) — each with
// close twins that must stay flagged. Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('绝对化用语: 在 + the shop names the field, its own goods ranked among themselves (absolute.in-shop)', () => {
  it.each([
    '这个口味在咱家销量排第一',
    '这双在本店销量第一，回头客多',
    '米白色在我们家最畅销',
    '这款保温杯在我们店里最受欢迎',
    '这套在咱家是销量冠军',
    '这款在店铺里卖得最好',
    '咱家卖得最好的是这款灰色',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '这个口味在全网销量排第一',
    '这款在咱家全网销量第一',
    '这款保温杯同类第一',
    '在我们家买最划算，别家都贵',
    '咱家的酱牛肉第一',
    '这款羽绒服是店里最畅销的，也是全网最暖的',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('absolute'));
});

describe('绝对化用语: 永久 denied of all goods (absolute.no-best)', () => {
  it.each(['没有永久不变黄的手机壳，半年左右会有一点', '哪有永久不坏的拉链呀，正常用好几年没问题', '真皮沙发不存在永久不开裂的，定期保养就好'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it.each(['这个手机壳永久不变黄', '我们的拉链永久不坏', '这款真皮沙发永久不开裂'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('absolute'),
  );
});

describe('the buyer\'s claim echoed, then declined by who dares not (answered.no)', () => {
  it.each(['销量第一？这个我不敢说，您看看评价', '全网最便宜？我们可不敢这么讲'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['销量第一？那当然，我敢说', '全网最便宜？对，全网最便宜'])('flags %s', (text) => expect(categoriesOf(text)).toContain('absolute'));
});

describe('医疗用语: a condition sent straight to a doctor, in its own clause or as a topic (medical.refer-at-once, advice.referral)', () => {
  it.each([
    '这款护腰能给腰部一点支撑，腰椎间盘突出请去医院',
    '加湿器能让屋里不那么干，咽炎的事问医生',
    '这个隔尿垫能防漏，湿疹严重的话要看医生哦',
    '围巾挡风保暖，鼻炎严重了去医院看看',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '这款护腰能缓解腰椎间盘突出，严重的请去医院',
    '加湿器能治咽炎，咽炎的事问医生也行',
    '这个隔尿垫用了湿疹就好，严重的话要看医生',
    '治咽炎的事找我们就对了',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
});

describe('医疗用语: an improvement denied (medical.wont-improve), 不治 before a condition (medical.not-effect)', () => {
  it.each(['这种眼贴不会改善视力，别抱期望', '听力也不会恢复的，助听器只是放大声音', '这个洗发水不治脱发，只是洗得干净', '护眼台灯不治弱视哈'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );

  it.each(['这种眼贴能改善视力', '戴了能恢复听力', '用了以后视力不会下降', '这个洗发水能治脱发', '用了这款牙膏牙龈炎不治而愈'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});

describe('医疗用语: the effect said to have nothing to do with the goods, or left to the doctor\'s drug or the buyer (medical.denied-after, medical.stop-use)', () => {
  it.each([
    '足贴就是暖脚的，祛湿气这些我们没这功效',
    '这是普通枕头，跟治颈椎病不沾边',
    '降血糖还是得靠医生开的药，这个茶就是解渴',
    '跳绳是辅助，减肥还是要靠自己运动',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['足贴能祛湿气，别家没这效果', '这款枕头能治颈椎病，别家跟它不沾边', '降血糖就靠这款茶', '减肥就靠这根跳绳'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});

describe('承诺: the buyer\'s dissatisfaction brought to the agent, no outcome staked on it (promise.zhao-wo)', () => {
  it.each(['收到以后不满意随时找我，我帮您看怎么处理', '用着不满意直接找我，按平台售后来'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['不新鲜随时找我，坏一个赔三个', '用坏了直接找我，我私下给您换新的', '不满意直接找我，我私人给你双倍赔偿'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('promise'),
  );
});

describe('what some buyer asked or said, then denied later in the sentence (reported.asked-denied)', () => {
  it.each([
    '有顾客问这个鞋垫能不能治扁平足，我们实话说没有',
    '有人问这款米能不能降血糖 我说不降 就是普通大米',
    '有宝妈说喝了湿疹好了 但这个我们不敢说',
    '有客人问是不是全网最低价，不是哈，看活动',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    ['有买家说用了湿疹就好了，不是我吹', 'medical'],
    ['有宝妈说喝了便秘好了，没有一个说没用的', 'medical'],
    ['有人说这个鞋垫能治扁平足，真的能治', 'medical'],
    ['有客人说这是全网最低价，确实是全网最低', 'absolute'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});

describe('医疗用语: who has the condition told to try a small patch first or take care (medical.try-first)', () => {
  it.each(['这款面霜很温和，敏感肌和过敏体质先小范围试用', '湿疹宝宝慎用香味重的沐浴露'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['这款面霜能改善过敏，过敏体质先小范围试用', '这个沐浴露能治湿疹，湿疹宝宝先试用几天', '这面霜湿疹宝宝专用，先试用也行'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});

describe('服务态度: taught to do it, which is the help (attitude.do-it-yourself)', () => {
  it.each(['我教您自己装，步骤我发您', '我教你自己查，就在订单详情里'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['您自己装吧', '你自己查，别问我'])('flags %s', (text) => expect(categoriesOf(text)).toContain('attitude'));
});

describe('好评返现: the review not asked for, in Cantonese 唔使 (read 不使; reviewbait.explained)', () => {
  it.each(['今日落单满 99 送袜子 唔使写评价', '唔使写评价都送，满99就得'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['写评价送袜子', '评价写满三十字送袜子，唔使带图'])('flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));
});
