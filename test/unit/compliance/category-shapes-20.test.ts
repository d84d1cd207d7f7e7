// Round 20: categories by shape where one word can be either (WRITERS.md's lines): 100% before an outcome is absolute
// unless it states a delivery day or follows a guarantee word; 永久 is absolute; a multiple paid out is a promise; the
// count of answers is attitude with the answer and abuse with a jab; the buyer mocked beside a brush-off is abuse. Every
// sentence is written for the test; each shape has its neighbours of the other category.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('100% before an outcome is absolute, a promise only as a delivery day or after a guarantee word', () => {
  it.each(['这款梳子100%顺滑，一梳到底', '这款按摩椅坐上去100%舒服', '识别准确率100%，什么字都能认出来', '这块表精度100%，一秒都不差'])(
    'reads %s as absolute, not promise',
    (text) => {
      expect(categoriesOf(text)).toContain('absolute');
      expect(categoriesOf(text)).not.toContain('promise');
    },
  );

  it.each(['下单后100%能到，春节前放心', '保证100%好用'])('keeps %s a promise', (text) => {
    expect(categoriesOf(text)).toContain('promise');
    expect(categoriesOf(text)).not.toContain('absolute');
  });

  it.each(['我们不敢说100%有效，因人而异', '面料是100%棉的'])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('永久 is absolute, with years of use or without', () => {
  it.each(['这张年卡永久有效', '这款拖把杆永久不生锈，用十年都没问题', '这口锅永久不变形，用一辈子'])('reads %s as absolute, not promise', (text) => {
    expect(categoriesOf(text)).toContain('absolute');
    expect(categoriesOf(text)).not.toContain('promise');
  });

  it.each(['这款拖把杆保证不生锈，用十年都没问题', '这个沙发永不变形，用十年都跟新的一样'])('keeps %s a promise', (text) =>
    expect(categoriesOf(text)).toEqual(['promise']),
  );

  it('does not read 永久 denied as absolute', () => expect(categoriesOf('不敢说永久不生锈，用十年都没问题是有的')).not.toContain('absolute'));

  it('leaves a coupon that does not last clean', () => expect(serious('优惠券不是永久有效的，月底过期')).toEqual([]));
});

describe('a multiple paid out is a promise, a multiple compared is absolute', () => {
  it.each(['买贵了差价十倍赔给您', '别家便宜的话差价百倍赔付', '买贵了我三倍退差价'])('reads %s as promise, not absolute', (text) => {
    expect(categoriesOf(text)).toContain('promise');
    expect(categoriesOf(text)).not.toContain('absolute');
  });

  it('keeps 比超市的鲜十倍 absolute', () => expect(categoriesOf('比超市的鲜十倍')).toEqual(['absolute']));

  it('leaves a payout denied clean', () => expect(serious('差价翻十倍赔是不可能的')).toEqual([]));
});

describe('the count of answers: attitude with the answer, abuse with a jab', () => {
  it.each(['都说了三遍了，这款没有蓝色', '说了八百遍了，周末不发货', '我回答了八百次了，周日休息', '一天问八遍，快递还在路上'])(
    'reads %s as attitude, not abuse',
    (text) => expect(categoriesOf(text)).toEqual(['attitude']),
  );

  it.each(['说了三遍了，你是脑子不好使吗', '讲了八遍了你还问', '说了八百遍了，你耳朵呢', '一天问八百回，你是金鱼吗', '说了三遍了，您有没有在看呀', '说了八百遍了你记不住吗'])(
    'reads %s as abuse',
    (text) => expect(categoriesOf(text)).toContain('abuse'),
  );

  it.each(['说了三遍没关系，我再讲一次', '问了八遍说明我没说清楚，抱歉'])('leaves the count said kindly, %s, clean', (text) =>
    expect(serious(text)).toEqual([]),
  );
});

describe('the buyer mocked beside a brush-off is abuse; the brush-off alone stays attitude', () => {
  it.each(['听不懂就算了，我也懒得讲', '一斤卖两百？你咋不去抢呢', '穷成这样就别逛了', '积木都拼不上，你家孩子随你吧', '小白就是小白，教了也不会', '退你个头，都穿过了', '你耳朵塞驴毛了吗'])(
    'reads %s as abuse',
    (text) => expect(categoriesOf(text)).toEqual(['abuse']),
  );

  it('keeps 看不懂就算了 attitude', () => expect(categoriesOf('看不懂就算了')).toEqual(['attitude']));

  it.each(['孩子随你挑，颜色都有', '睡觉耳朵塞个耳塞更安静', '听不懂的话我再说一遍'])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});
