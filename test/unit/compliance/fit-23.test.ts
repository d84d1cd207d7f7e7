// One-click fixes that fit the claim (utils/compliance/fit.ts): a guarantee's fix is about what was promised, and the
// sentence reads clean and whole once it is put in.
import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../utils/compliance/apply-fix';
import { createChecker } from '../../../utils/compliance/index';

const checker = createChecker();
const fixesOf = (text: string, rule: string) => {
  const finding = checker.check(text).find((f) => f.rule === rule)!;
  expect(finding, text).toBeDefined();
  return finding.suggestions.map((suggestion) => applyFix(text, finding, suggestion).text);
};
const readsClean = (text: string) => checker.check(text).filter((f) => f.severity !== 'info');

describe('fixes that fit the claim', () => {
  it.each([
    ['delivery', '保证三日内到货，迟一日赔你十蚊', '正常情况下三日内到货，迟一日赔你十蚊'],
    ['comfort', '这个凉鞋的带子保证不磨脚', '这个凉鞋的带子正常情况下不磨脚'],
    ['colour', '这件衣服保证不掉色', '这件衣服正常情况下不掉色'],
    ['durability', '这个锅保证不会坏', '这个锅正常情况下不会坏'],
  ])('%s: the guarantee word is hedged, what was promised kept', (_family, text, fixed) => {
    const fixes = fixesOf(text, 'promise.bai-fen-bai');
    expect(fixes[0]).toBe(fixed);
    expect(readsClean(fixed)).toEqual([]);
    // Never a washing note for a delivery or a shoe, never a lead-in left before a fragment.
    if (!text.includes('色')) expect(fixes.join()).not.toContain('洗护');
    expect(fixes.join()).not.toMatch(/情况下货|不掉色货/);
  });

  it('delivery: a delivery claim gets delivery wording, clean', () => {
    const fixes = fixesOf('放心，明天一定送到', 'promise.bai-fen-bai');
    expect(fixes[0]).toBe('放心，明天正常情况下送到');
    expect(fixes).toContain('放心，明天到货时间看快递实际进度');
    expect(fixes.join()).not.toContain('洗护');
    for (const fixed of fixes) expect(readsClean(fixed), fixed).toEqual([]);
  });

  it('a term promised after the guarantee word is not hedged (the term would still promise)', () => {
    expect(fixesOf('这剃须刀保证十年不坏', 'promise.bai-fen-bai').join()).not.toContain('正常情况下十年');
  });

  it('a whole-clause fix is not put where the claim’s clause goes on; no fix rather than a fragment', () => {
    const text = '我们是这个品牌唯一官方指定店';
    const finding = checker.check(text).find((f) => f.rule === 'authority.guan-fang')!;
    // A whole-clause fix (since round 25 the shop's own standing has one) replaces the clause, 店 and all.
    for (const suggestion of finding.suggestions.filter((s) => s.length >= 5)) expect(applyFix(text, finding, suggestion).text).toBe(suggestion);
    // Where the claim ends its clause, the same rule's wording is offered.
    expect(checker.check('这款是官方指定').find((f) => f.rule === 'authority.guan-fang')?.suggestions.length ?? 1).toBeGreaterThan(0);
  });

  it('a skin claim gets no washing or delivery wording', () => {
    const finding = checker.check('保证不过敏，一定不会起疹子的').find((f) => f.category === 'promise')!;
    expect(finding.suggestions.join()).not.toMatch(/洗护|到货|问题/);
  });
});
