// Round 19: the claim categories (medical, promise, absolute, authority) read by shape, not by word: a product's
// design, a hedge, encouragement or the body left as it is are no claim; paraphrased health claims, a licensor named
// as endorsement and 100 % said of dispatch are; 永不涨价 and 绝对买不到 sit in the category the writers' guide gives them.
// Every sentence is written for the test; each shape has its risky form and clean neighbours.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);
const clean = (text: string) => expect(serious(text), text).toEqual([]);

describe('category lines of the writers’ guide', () => {
  it.each(['这款茶叶永不涨价，老客随时来', '我们家大米终身不涨价哦'])('files the price held for ever %s as a promise', (text) =>
    expect(categoriesOf(text)).toEqual(['promise']),
  );

  it.each(['这个颜色永久不褪', '永久不涨价，放心囤'])('keeps 永久 %s absolute, as the guide lists it', (text) =>
    expect(categoriesOf(text)).toEqual(['absolute']),
  );

  it('leaves a price hold declined alone', () => clean('永不涨价这种话我们不能说，价格跟着活动走'));

  it.each(['这个花色别家绝对买不到', '外面绝对找不到这么正的料子'])('files nowhere-else %s as absolute, not a promise', (text) =>
    expect(categoriesOf(text)).toEqual(['absolute']),
  );

  it('keeps 绝对 before an outcome a promise', () => expect(categoriesOf('这双鞋绝对不开胶')).toEqual(['promise']));
});

describe('a product’s design or spec is no health claim', () => {
  it.each([
    '这副散光隐形有防旋转设计，戴着转轴比较稳',
    '这款散光片是稳定设计，戴着转轴不乱跑',
    '这款耳机降噪不错，耳鸣的话还是先去医院看',
    '被套做了防螨处理，鼻炎的话请遵医嘱',
    '老花镜按度数选就行，阿姨不用纠结',
    '散光片看参数和度数下单，别的不用管',
  ])('leaves %s clean', clean);

  it.each(['这副眼镜戴一个月散光就能改善', '戴上它老花度数会降下来', '这款耳机能让耳鸣减轻'])('still reads the effect %s as medical', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});

describe('a hedge, a limit or a decline is no promise', () => {
  it.each([
    '这个驱虫粉有一定效果，严重的话还得配合别的办法',
    '三年级的书需要有一定基础再看',
    '明天能不能到看物流，我打不了包票',
    '您说的“保证防水”，我们能保证的只是检测报告里写的等级',
    '屏幕亮度调到100%看也没有漏光',
    '想保持颜色鲜艳的话，反面晾干就行',
  ])('leaves %s clean', clean);

  it.each(['这个驱虫粉一定有效果，撒一次就干净', '保证孩子看完成绩提高', '这件衣服保持三年不褪色'])('still reads %s as a promise', (text) =>
    expect(categoriesOf(text)).toContain('promise'),
  );
});

describe('encouragement in the buyer’s own patience is no promise of the goods', () => {
  it.each(['多肉不好养，慢慢来肯定能养活的', '第一次做面包别灰心，慢慢来一定可以'])('leaves %s clean', clean);

  it.each(['这个减肥茶坚持喝肯定能瘦', '用我们的肥料肯定能养活'])('still reads the outcome of the goods %s as a promise', (text) =>
    expect(categoriesOf(text)).toContain('promise'),
  );
});

describe('the body left as it is, said plainly, is no claim', () => {
  it.each([
    '戴久了花眼也不会变轻，只是帮您看清',
    '这款染发梳不会让白头发变黑，只是梳着方便',
    '孩子喝了不会就长个子，还得靠运动和睡觉',
    '这款眼镜治不了近视，度数降不下来的',
    '垫着它腰疼不会就好，该看医生还得看',
    '脱毛仪用完毛发还会再长，要定期用',
    '孩子视力下降的话，请先去医院查一查',
    '糖尿病的话降糖药该吃还得吃，这个米只是粗粮',
  ])('leaves %s clean', clean);

  it.each(['戴久了老花会越来越轻', '梳一个月白头发变黑了', '垫着它腰疼就好了', '吃了这个降糖药都可以停了', '喝了它血糖不会降不下来'])('still reads %s as medical', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});

describe('health claims in other words', () => {
  it.each([
    '这款山楂条开胃，还能治食欲不振',
    '芦荟胶抹在烧伤的地方，两天就好了',
    '减脂期吃这个零食，掉秤快得很',
    '这条塑身裤边穿边掉秤',
  ])('reads %s as medical', (text) => expect(categoriesOf(text)).toContain('medical'));

  it.each([
    '一周掉秤多少因人而异，别心急',
    '这零食热量不低，减肥期间少吃，不会掉秤的',
    '烫伤了先用冷水冲，再去医院',
    '热水袋别贴着皮肤睡，防止低温烫伤',
    '孩子最近食欲不振的话建议去医院看看',
  ])('leaves %s clean', clean);
});

describe('a licensor named as endorsement', () => {
  it.each(['这款书签是故宫联名的，正版', '故宫文创专供的茶杯，外面没有', '这个香包是故宫授权款'])('reads %s as authority', (text) =>
    expect(categoriesOf(text)).toContain('authority'),
  );

  it.each(['这个是宫廷风的设计，不是故宫联名', '图案参考了古画，跟故宫没关系', '周末去故宫玩的话这个包很能装'])('leaves %s clean', clean);

  it.each(['这款洗发水好多媒体都报道过', '官媒推荐过的老字号'])('reads the media %s as authority', (text) =>
    expect(categoriesOf(text)).toContain('authority'),
  );

  it.each(['这米没有什么媒体报道，产地证明可以发您', '键盘右上角是多媒体键'])('leaves %s clean', clean);
});

describe('100 % said of dispatch', () => {
  it.each(['加急了，百分百今天发', '您放心，100%明天发出'])('reads %s as a promise', (text) => expect(categoriesOf(text)).toContain('promise'));

  it.each(['今天下午五点前拍的今天发', '不敢说百分百今天发，仓库在尽量赶'])('leaves %s clean', clean);
});

describe('dispatch and service, not a false status or a payout', () => {
  it.each([
    '还没揽收，等打包好就点发货',
    '货还没发，明天装车了我第一时间点发货',
    '还在打包，发出了我跟您说',
    '有问题我负责处理，您放心',
  ])('leaves %s clean', clean);

  it.each(['先帮您点发货，其实还没打包', '出了问题我负责，坏了全赔'])('still reads %s as a promise', (text) =>
    expect(categoriesOf(text)).toContain('promise'),
  );
});

describe('a rank checkable in the shop, a warranty term, a rank asked', () => {
  it.each([
    '这款腊肠在店里销量排第一，您按销量排序就看得到',
    '这台吹风机整机保两年，配件保半年',
    '一般不脱线，脱线的话三个月内可以售后',
    '好不好、第一不第一的我们不乱说，您试试就知道',
  ])('leaves %s clean', clean);

  it.each(['在咱家全网销量排第一', '这款腊肠全国销量第一'])('still reads %s as absolute', (text) => expect(categoriesOf(text)).toContain('absolute'));

  it('still reads an outcome over years as a promise', () => expect(categoriesOf('这双鞋穿两年不开胶')).toContain('promise'));
});

describe('the agent’s task done or the word talked about is no health claim', () => {
  it.each([
    '湿疹宝宝的洗护注意事项我整理好了，这就发您',
    '关于疗效的问题客服没法判断，请问医生',
    '您要是术后恢复期，吃之前先问问医生',
  ])('leaves %s clean', clean);

  it.each(['宝宝湿疹用了三天就好了', '这款汤包术后恢复效果很好'])('still reads %s as medical', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});

describe('goods used, broken by the buyer or half eaten, and still taken back', () => {
  it.each(['这双鞋穿了半年也能给您退全款', '拆开玩坏了也能退', '零食吃了一半都可以无理由退'])('reads %s as a promise', (text) =>
    expect(categoriesOf(text)).toContain('promise'),
  );

  it.each(['没拆封的话七天内都可以无理由退', '质量问题坏了也能退，您拍个照'])('leaves %s clean', clean);
});
