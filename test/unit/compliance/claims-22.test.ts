// Round 22: missed claims by shape — a payout staked on the goods failing said as 不好 / 不会, growth and weight loss
// as what the goods do, the exam said to hold the course's questions, and the buyer sent to the shop's listing on
// another platform. Every sentence is written for the test; each shape has its risky form and the clean neighbours
// that share its words.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);
const clean = (text: string) => expect(serious(text), text).toEqual([]);
const filedAs = (category: string) => (text: string) => expect(categoriesOf(text), text).toContain(category);

describe('a payout staked on the goods failing, the failure said as 不好 / 不会', () => {
  it.each([
    '这款面膜包您满意，不好全额退款',
    '三天学会识谱，不会的我们退钱',
    '喝不好不要钱，放心拍',
    '包好使，不好使你回来找我',
    '用一个月试试，效果不好随时找我',
    '保证比你现在用的好，不好我退你差价',
    '学不会的话直接退款',
  ])('files %s as promise', filedAs('promise'));

  it.each([
    '拆封了就不好全额退了，您先确认好',
    '用过就不好退了哈',
    '这个颜色现在不好找',
    '我们不承诺睡不好全额退，试睡规则详情页有写',
    '效果不好全额退款吗？',
    '这个情况不好赔，要看快递那边怎么定',
  ])('leaves %s clean: hard to do, refused or asked', clean);
});

describe('growth and weight loss as what the goods do', () => {
  it.each([
    '这款钙片能帮孩子长高',
    '多喝这款奶粉能长高个',
    '这款早教机帮孩子长gao',
    '这个锅做菜少油，能帮您瘦下来',
    '这款代餐只要喝就瘦',
    '这件束腰穿上就瘦，不用节食',
  ])('files %s as medical', filedAs('medical'));

  it.each([
    '您问能不能长高？鞋垫只是提升舒适度',
    '这款床垫能不能长高我们不敢说',
    '我们不会承诺穿了就瘦，塑身衣只是视觉上收一收',
    '这件是显瘦的版型，黑色更显瘦',
  ])('leaves %s clean', clean);
});

describe('the exam said to hold the course’s questions', () => {
  it.each(['冲刺班押的题考场上基本都会出', '去年就压中了八成，今年也稳', '考前发的这套卷子会考到原题'])('files %s as promise', filedAs('promise'));

  it.each([
    '有没有押中我真不好说，去年有学员反馈部分题型类似',
    '押题卷只是模拟练习，不保证考试出现原题',
    '押题卷不保证会考到原题哈',
    '去年押中了吗？',
  ])('leaves %s clean: doubted, declined or asked', clean);
});

describe('the buyer sent to the shop’s listing on another platform', () => {
  it.each([
    '要大瓶的话走闲鱼吧，我挂了链接',
    '想要定制的话去某鱼找我',
    '淘宝上有我们家旗舰店，那边可以刻字',
    '我们有个微店 链接我发你',
    '另一个平台上我们更便宜，您去那边搜店名',
  ])('files %s as offplatform', filedAs('offplatform'));

  it.each([
    '我们没有在另一个平台开店哦，只在这里卖',
    '链接我发你了，就在本店直接拍',
    '这款在店里满减更多，凑单划算',
    '您问淘宝上有没有我们家的店，没有的哦',
  ])('leaves %s clean', clean);
});

describe('exchanges with no count', () => {
  it.each(['尺码不对免费给你换，换十次都行', '颜色不合适随便换，换多少次都包邮', '坏了我负责，想换几次换几次'])('files %s as promise', filedAs('promise'));

  it.each(['这个滤芯一年要换几次？一般换两次', '您已经换了好几次了，这次我们帮您退款'])('leaves %s clean', clean);
});

describe('stopping smoking as what the goods do', () => {
  it.each(['草本戒烟茶，喝了就不想抽了', '戒烟糖含一颗就行', '这款茶能戒烟'])('files %s as medical', filedAs('medical'));

  it.each(['这个不是药，没有戒烟的功效哈', '戒烟还是得靠自己的毅力，这茶只是解解馋'])('leaves %s clean', clean);
});

describe('a price or the goods never to come again, without 永远不会再有', () => {
  it.each([
    '明天就涨价，再不买就永远没这个价了哈',
    '今天直播间的福利价，错过再没有了',
    '只剩最后一件，明天就永远没了',
    '这是最后一批了，以后全网都买不到了',
  ])('files %s as absolute', filedAs('absolute'));

  it.each(['这个价以后还会有的，不用着急', '不敢说以后再也没有这个价，活动还会有', '全网都买不到吗？我帮您问问'])('leaves %s clean', clean);
});
