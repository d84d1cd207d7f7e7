// Round 24 (mixed24, with fixes24's ranges): a rule finding's fixes — its suggestions and the range they replace — are
// fitted to its sentence (fit.ts) when first read, not when the draft is checked. What any reader sees must be what an
// eager fitting gave: the same array on every read, in JSON and in plainFinding's copy (round 26, speed26: the fixes
// are accessors of the class, so a copy of own properties goes through plainFinding; speed-26.test.ts).
import { describe, expect, it } from 'vitest';
import { fitSuggestions } from '../../../utils/compliance/fit';
import { BUILTINS, createChecker } from '../../../utils/compliance/index';
import { plainFinding } from '../../../utils/compliance/types';

const checker = createChecker({ learned: false });
const PROMISE = '这件衣服保证不掉色，放心穿';

function promiseFinding() {
  const finding = checker.check(PROMISE).find((found) => found.category === 'promise');
  if (!finding) throw new Error('no promise finding');
  return finding;
}

describe('fitted fixes, read when wanted', () => {
  it('are the fitting of the finding as found, the same array on every read', () => {
    const finding = promiseFinding();
    expect(finding.suggestions).toEqual(['正常情况下不掉']);
    expect(finding.suggestions).toBe(finding.suggestions);
    // The built-in promise rules have no rewrites of 保证 and fixes of their own: fitted as check used to fit them.
    const own = BUILTINS.rules.rules.find((rule) => rule.id === finding.rule)!.suggestions ?? [];
    expect(finding.suggestions).toEqual(fitSuggestions(PROMISE, finding.start, finding.end, 'promise', [], own));
  });

  it('show as a plain finding would in JSON and through plainFinding (round 26: the fixes are accessors of the class)', () => {
    const finding = promiseFinding();
    const plain = plainFinding(finding);
    expect(Object.getOwnPropertyDescriptor(plain, 'suggestions')?.value).toEqual(finding.suggestions);
    expect(Object.keys(plain)).toEqual(['start', 'end', 'match', 'category', 'severity', 'rule', 'reason', 'suggestions']);
    expect(JSON.parse(JSON.stringify(finding))).toEqual(plain);
    expect(structuredClone(plain)).toEqual(plain);
    expect(finding).toMatchObject(plain);
  });

  it('can be replaced, and keep the fitting of the span as found when the finding is moved', () => {
    const fitted = [...promiseFinding().suggestions];
    const finding = promiseFinding();
    finding.start += 1;
    finding.match = finding.match.slice(1);
    expect(finding.suggestions).toEqual(fitted);
    finding.suggestions = ['换一种说法'];
    expect(finding.suggestions).toEqual(['换一种说法']);
    expect(JSON.parse(JSON.stringify(finding)).suggestions).toEqual(['换一种说法']);
  });

  it('fit the range a fix replaces with its suggestions, and show it in JSON only where there is one', () => {
    const text = '亲，这款口红是全网最好用的';
    const finding = checker.check(text).find((found) => found.category === 'absolute');
    if (!finding) throw new Error('no absolute finding');
    // The claim with its lead-in (是全网…的): wider than the flagged words, around them (the eager fitting's range, which
    // the snapshot compares on every draft).
    const fix = finding.fix!;
    expect(fix.start).toBeLessThanOrEqual(finding.start);
    expect(fix.end).toBeGreaterThanOrEqual(finding.end);
    expect(fix.end - fix.start).toBeGreaterThan(finding.end - finding.start);
    expect(finding.fix).toBe(fix);
    expect(JSON.parse(JSON.stringify(finding)).fix).toEqual(fix);
    expect(JSON.parse(JSON.stringify(promiseFinding()))).not.toHaveProperty('fix');
  });

  it('are plain data on a finding of a category nothing fits (a team’s own), with the rule’s suggestions as they are', () => {
    const team = createChecker({ learned: false, ruleFiles: [{ format: 'huashu-rules', version: 1, rules: [{ id: 'team.own', category: 'team', severity: 'warn', words: ['包邮区'], reason: '团队自己的词', suggestions: ['看看运费说明'] }] }] });
    const finding = team.check('我们这边不在包邮区哦').find((found) => found.rule === 'team.own');
    if (!finding) throw new Error('no team finding');
    expect(Object.getOwnPropertyDescriptor(finding, 'suggestions')?.value).toEqual(['看看运费说明']);
    expect(finding).not.toHaveProperty('fix');
    expect(plainFinding(finding)).toBe(finding);
  });
});

