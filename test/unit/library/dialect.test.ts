import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import { DIALECT_WORDS, plainMandarin } from '../../../utils/library/dialect';
import { suggestForSituation } from '../../../utils/library/situation';
import { createSuggester } from '../../../utils/library/suggest';

const suggester = createSuggester(BUILTIN_PHRASES);
const situation = (...buyer: string[]) => ({ messages: buyer.map((text) => ({ direction: 'buyer' as const, text })) });
const firstIntent = (...buyer: string[]) => suggestForSituation(suggester, situation(...buyer)).suggestions[0]?.phrase.intents[0];

describe('regional words', () => {
  it('are read as Mandarin of the same length', () => {
    expect(plainMandarin('我啱啱买错咗颜色 得唔得')).toBe('我刚刚买错了颜色 行不行');
    expect(plainMandarin('侬帮我弄一下好伐')).toBe('你帮我弄一下好吗');
    for (const [word, plain] of Object.entries(DIALECT_WORDS)) expect(plain.length).toBe(word.length);
  });

  it('leave Mandarin words alone (砍伐, 步伐)', () => {
    expect(plainMandarin('步伐')).toBe('步伐');
    expect(plainMandarin('什么时候发货')).toBe('什么时候发货');
  });

  it('are read in simplified characters, same length, dialect words included', () => {
    expect(plainMandarin('請問這款兒童牙膏幾歲可以用')).toBe('请问这款儿童牙膏几岁可以用');
    expect(plainMandarin('係唔係正品')).toBe('是不是正品');
    expect(plainMandarin('點樣退貨')).toBe('怎样退货');
    expect(plainMandarin('俺在恁家买的被子')).toBe('我在你家买的被子');
  });

  it('cover Cantonese, Southwest, Min and Henan question words', () => {
    expect(plainMandarin('系咪坏咗')).toBe('是否坏了');
    expect(plainMandarin('退款几耐到账 依家都五日啦')).toBe('退款多久到账 现在都五日啦');
    expect(plainMandarin('啷个还没到 查到没得')).toBe('怎么还没到 查到没有');
    expect(plainMandarin('等一哈 我问问屋头')).toBe('等一下 我问问家里');
    expect(plainMandarin('这样是按怎')).toBe('这样是怎么');
    expect(plainMandarin('中不中 便宜点')).toBe('行不行 便宜点');
    expect(plainMandarin('咁要唔要放雪柜 两日会唔会烂')).toBe('这要不要放冰箱 两天会不会烂');
    expect(firstIntent('退款几耐到账 依家都五日啦')).toBe('refund.progress');
  });

  it('in traditional characters are understood as in simplified ones', () => {
    expect(firstIntent('請問什麼時候發貨')).toBe(firstIntent('请问什么时候发货'));
    expect(firstIntent('退款多久到帳')).toBe(firstIntent('退款多久到账'));
  });

  it('are understood by the suggestions', () => {
    expect(firstIntent('哦 唔该晒 冇嘢啦')).toBe('thanks-bye');
  });
});
