// Round 16, the gaps round 15 left and misses by shape in training writers c44–c132, each shape with close clean
// twins that must stay unflagged. Every sentence here is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('承诺: the warranty term itself stretched as a favour, 保修期/质保期 + 给你/再 + 延/加到… (promise.warranty-stretched)', () => {
  it.each(['保修期给你延长到两年', '我们保修期给您延长一年', '这台保修期帮您加到三年，放心用', '质保期再加一年给你，算我的'])('flags %s', (text) =>
    expect(categoriesOf(text)).toContain('promise'),
  );

  it.each([
    '保修期是两年',
    '保修期从签收算起',
    '保修期延长需要去官网登记，我们这边改不了',
    '给您延长收货时间了，保修期还是一年',
    '保修期可以延长吗？可以购买官方延保服务',
    '不能保证保修期给你延长，要看厂家',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('医疗用语: more double negatives, 不可能不/哪有不/没有不 + the effect, 能不…吗, and a bare 降 beside the reading (medical.double-negative, -reading)', () => {
  it.each([
    '天天喝这个茶，能不降压吗',
    '每天一杯，能不降血糖吗？',
    '喝了三个月，血压不可能不降',
    '坚持吃，血糖没有不降的',
    '用这个生发液哪有不长头发的',
    '抹上去哪有不消炎的',
    '这么多人用过，没有不生发的',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));

  it.each([
    '您问能降压吗？这是食品，不能降压',
    '不能降压，是食品',
    '没有，不降压的，普通茶',
    '不可能，不降血糖的',
    '价格不可能不降，等活动',
    '双十一能不降价吗，肯定降',
    '头发哪有不掉的，每天掉几十根正常',
    '长头发的女生用这个梳子好',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('绝对化用语: lookalikes inside ranking words, 0 for O and O for 0 (T0P1, N0.1, 1OO%), 醉/蕞/z for 最', () => {
  it.each([
    ['T0P1的销量，放心冲', 'absolute'],
    ['全网t0p1的款', 'absolute'],
    ['N0.1品牌，闭眼入', 'absolute'],
    ['T0P级的品质', 'absolute'],
    ['1OO%包退', 'promise'],
    ['这款1OO%不掉色', 'promise'],
    ['醉好用的一款', 'absolute'],
    ['这款充电宝醉强', 'absolute'],
    ['z低价，就今天', 'absolute'],
    ['这批是今年z好的一批', 'absolute'],
    ['蕞好吃的辣条', 'absolute'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each(['醉蟹', '醉人的香味', '喝醉好几次了也不头疼', '醉香鸡翅卖完了', '型号T0P1-X', '型号N01的那款没货了', '色号N01是奶茶色', '1OO%正品'])(
    'leaves %s alone',
    (text) => expect(serious(text)).toEqual([]),
  );
});
