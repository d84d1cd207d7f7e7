// Round 26 (fixes26): a price claim gets a price's fix, never praise of the goods; a rank claim that qualifies a noun
// is replaced with its measure and scope; effect claims find five more product families; and a claim spelled with
// spaces is fixed over all that the agent typed (FIX_REACH.absolute.prices / .attributive and .medical.uses in
// claim-families.ts, fit.ts).
import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../utils/compliance/apply-fix';
import { createChecker } from '../../../utils/compliance/index';

const checker = createChecker();
/** The first warn/block finding of the category (the first of those with a fix where the draft holds several). */
const findingOf = (text: string, category: string) => {
  const found = checker.check(text).filter((f) => f.category === category && f.severity !== 'info');
  return found.find((f) => f.suggestions.length > 0) ?? found[0];
};
/** The draft after the first fix of its first warn/block finding of the category; undefined where it has no fix. */
const firstFix = (text: string, category = 'absolute') => {
  const finding = findingOf(text, category);
  expect(finding, text).toBeDefined();
  const first = finding!.suggestions[0];
  return first === undefined ? undefined : applyFix(text, finding!, first).text;
};

describe('price claims get a price fix', () => {
  it.each([
    ['a price named before the claim', '原神月卡这价格独一无二 其他店拿不到的', '原神月卡这价格很实惠 其他店拿不到的'],
    ['the claim alone after the price', '咱们这个价，独一无二，别家拿不到的', '咱们这个价，很实惠，别家拿不到的'],
    ['the claim alone after a long price clause', '这个价格全网找不到第二家 独一份', '这个价格全网找不到第二家 很实惠'],
    ['a price noun at the claim’s end', '亲，这个价真的是地板价了', '亲，这个价很实惠了'],
    ['the claim holds its price noun', '亲，这价格 zui di 了', '亲，这价格很实惠 了'],
    ['value for money', 'LV老花这只是性价比之王，买它准没错', 'LV老花这只是性价比很高，买它准没错'],
    ['a price rewrite kept', '这款是全网最低价', '这款是很实惠的价格'],
    ['the claim’s own adjective kept', '亲这个价格是史上最低了', '亲这个价格是很低了'],
  ])('%s: %s', (_shape, text, fixed) => {
    expect(firstFix(text)).toBe(fixed);
    // The new words are flagged by nothing (other claims of the draft may stay).
    const finding = findingOf(text, 'absolute')!;
    const applied = applyFix(text, finding, finding.suggestions[0]!);
    expect(checker.check(fixed).filter((f) => f.severity !== 'info' && f.start < applied.end && f.end > applied.start)).toEqual([]);
  });

  it('never offers praise of the goods for a price, and no predicate for a price that is gone tomorrow', () => {
    for (const text of ['原神月卡这价格独一无二 其他店拿不到的', '这价格全网独一份 你去比嘛', '这价就是天花板，整个平台你找不出第二家']) {
      expect(findingOf(text, 'absolute')!.suggestions, text).not.toContain('很有特色');
      expect(findingOf(text, 'absolute')!.suggestions, text).not.toContain('很出色');
    }
    // 再没这个价 says what is not to be had: 错过今天很实惠了 would not read.
    expect(checker.check('家人们这款派克服全网最低价，错过今天再没这个价了！').find((f) => f.rule === 'absolute.never-again')?.suggestions).toEqual([]);
  });

  it('leaves claims of no price as they were', () => {
    expect(firstFix('独一无二的双出水设计')).toBe('很有特色的双出水设计');
    // 同价位 is a tier, not a price.
    expect(findingOf('在同价位里绝对是独一份', 'absolute')!.suggestions).toContain('很有特色');
  });
});

describe('a rank claim that qualifies a noun', () => {
  it.each([
    ['scope and measure go with it', '全国排名第一的工厂直供', '很受欢迎的工厂直供'],
    ['after 是', '这款是全网销量第一的面膜', '这款是很受欢迎的面膜'],
    ['after the shop that owns it', '这个睡袋是我们店销量TOP1的爆款', '这个睡袋是我们店很受欢迎的爆款'],
    ['a position spelled ①', '第①名的发蜡就是它', '很受欢迎的发蜡就是它'],
  ])('%s: %s', (_shape, text, fixed) => {
    expect(firstFix(text)).toBe(fixed);
  });

  it('gets no fix after a noun it would leave saying the claim', () => {
    // 日本很受欢迎的纸尿裤 keeps a ranking by country; no fix is better.
    expect(findingOf('这款是日本排名第一的纸尿裤', 'absolute')!.suggestions).toEqual([]);
  });
});

describe('effect claims on product families the lists lacked', () => {
  it.each([
    ['building materials', '这种远红外岩板能促进血液循环', '这种远红外岩板用在家里很合适'],
    ['tiles', '这款抗菌瓷砖能抗病毒', '这款抗菌瓷砖用在家里很合适'],
    ['devices', '这款学习机能修复受损视力', '这款学习机用起来很方便'],
    ['plants', '绿萝能防癌', '绿萝养起来很省心'],
    ['more to wear', '这件石墨烯背心能治关节炎', '这件石墨烯背心用着很舒服'],
  ])('%s: %s', (_family, text, fixed) => {
    expect(firstFix(text, 'medical')).toBe(fixed);
  });

  it('keeps the families listed before them first', () => {
    // 洗面奶 is care before it is 奶.
    expect(firstFix('这款洗面奶能治痘痘，长痘的兄弟必入', 'medical')).toBe('这款洗面奶适合日常护理使用，长痘的兄弟必入');
  });
});

describe('claims spelled with spaces are fixed over what was typed', () => {
  it.each([
    ['letters of the claim and its lead', '宝子 这个价格是 史 无 前 例 的 主播亏本冲销量', '宝子 这个价格很实惠 主播亏本冲销量', 'absolute'],
    ['the whole spaced claim', '亲 这个价格全平台独 一 份哦', '亲 这个价格很实惠哦', 'absolute'],
    ['a predicate past the first space', '这款精华有抗 炎 作 用 晒伤之后涂上', '这款精华适合日常护理使用 晒伤之后涂上', 'medical'],
    ['a rewrite in place takes the blanks at its edges', '亲 这款靴子是 最 舒 服 的 穿一天都不累', '亲 这款靴子是很舒服的 穿一天都不累', 'absolute'],
    ['a never-hedge reads on into what was promised', '永 久 不 断 说的就是这根编织线', '正常情况下不断 说的就是这根编织线', 'absolute'],
  ])('%s: %s', (_shape, text, fixed, category) => {
    expect(firstFix(text, category)).toBe(fixed);
  });

  it('stops where the spaced letters end: the next clause stays', () => {
    expect(firstFix('亲 这款蜂蜜可以治疗咽 炎 每天早上一勺', 'medical')).toBe('亲 这款蜂蜜可以作为日常饮食的搭配 每天早上一勺');
  });
});
