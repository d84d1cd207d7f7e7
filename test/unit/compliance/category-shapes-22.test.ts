// Round 22: categories decided by the draft's shape, not by which word's span is longer (fresh/README.md, cats22):
// 绝对 before a superlative is absolute (绝对 before an outcome stays a promise); 世界一流 / 国际一流 are authority, as
// 世界级 (一流 alone stays absolute); 投诉去 sends the buyer off, attitude (爱投诉投诉去, contempt, stays abuse); 零甲醛 is
// absolute by its own rule (it was settled by the categories' list order against promise.jue-dui); 100% 不 with the
// years' proof is absolute (the promise read from the years was longer). Every
// sentence is written for the test; each shape has its neighbours of the other category and clean ones.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('绝对 before a superlative is absolute, 绝对 before an outcome a promise', () => {
  it.each(['这款吹风机的价格绝对最低，放心下单', '同价位里这台扫地机绝对zui好用', '这批桃子的甜度绝对是全网d1', '这台投影仪的亮度绝对是最高的'])(
    'reads %s as absolute, not promise',
    (text) => {
      expect(categoriesOf(text)).toContain('absolute');
      expect(categoriesOf(text)).not.toContain('promise');
    },
  );

  it.each(['这件白T绝对不掉色，洗多少次都一样', '绝对最快明天到，您放心等', '这款绝对是第一批到货的'])('keeps %s a promise', (text) =>
    expect(categoriesOf(text)).toEqual(['promise']),
  );

  it.each(['我们不敢说绝对是最好的，您可以多对比', '价格是不是全网最低我没法保证，您可以比比'])('leaves %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('世界一流 / 国际一流 are authority, 一流 alone absolute', () => {
  it.each(['这套茶具的釉色是世界一流水准', '咱家的滤水壶品质国际一流', '做工全球一流，放心买'])('reads %s as authority, not absolute', (text) => {
    expect(categoriesOf(text)).toContain('authority');
    expect(categoriesOf(text)).not.toContain('absolute');
  });

  it('keeps 一流 said alone absolute', () => expect(categoriesOf('师傅的手艺一流，装得特别快')).toEqual(['absolute']));

  it.each(['我们不敢说世界一流，就是用料实在', '这个一流是品牌名，叫一流茶社'])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('投诉去 sends the buyer off: attitude; 爱投诉投诉去 is contempt: abuse', () => {
  it.each(['你找平台投诉去吧，我这边处理不了', '规定就是这样，不满意投诉去', '投诉去吧，我也没别的办法'])('reads %s as attitude, not abuse', (text) => {
    expect(categoriesOf(text)).toContain('attitude');
    expect(categoriesOf(text)).not.toContain('abuse');
  });

  it.each(['你爱投诉投诉去，反正我们就这样', '爱投诉投诉去，我才不怕'])('keeps %s abuse', (text) => expect(categoriesOf(text)).toContain('abuse'));

  it.each(['您要投诉的话，可以在订单页点投诉，我们会配合处理', '您不用投诉，我这就给您补发'])('leaves %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('零甲醛 is absolute by its own rule, not by the categories’ list order', () => {
  it.each(['这款地垫是零甲醛的，放心铺', '这批板材是0甲醛的，味道很小'])('reads %s as absolute, not promise', (text) => {
    expect(categoriesOf(text)).toContain('absolute');
    expect(categoriesOf(text)).not.toContain('promise');
  });

  it('keeps the guarantee beside it a promise', () => expect(categoriesOf('我保证零甲醛，有味道全额退')).toContain('promise'));

  it.each(['零甲醛我们不敢说，板材是E0级的，检测报告在详情页', '甲醛释放量0.02，低于国标'])('leaves %s clean', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('100% 不 with the years’ proof is absolute, not the promise read from the years', () => {
  it.each(['这把梳子100%不断齿，用一年都是新的', '这口锅百分百不粘，炒十年跟新的一样', '这款雨靴永久不开胶，穿十年都行'])(
    'reads %s as absolute, not promise',
    (text) => {
      expect(categoriesOf(text)).toContain('absolute');
      expect(categoriesOf(text)).not.toContain('promise');
    },
  );

  it.each(['我保证100%不断齿，用一年都是新的', '这口锅用十年跟新的一样'])('keeps %s a promise', (text) =>
    expect(categoriesOf(text)).toContain('promise'),
  );

  it.each(['不敢说100%不粘，正常用一年还是新的', '宝子放心冲💯 颜色很正'])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});
