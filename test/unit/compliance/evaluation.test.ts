import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateChecker, parseLabelledDrafts } from '../../../utils/compliance/evaluate';
import { createChecker } from '../../../utils/compliance/index';

const drafts = parseLabelledDrafts(readFileSync(new URL('../../data/compliance/drafts.tsv', import.meta.url), 'utf8'));

describe('labelled agent drafts', () => {
  it('hold enough risky and clean examples', () => {
    expect(drafts.filter((d) => d.risky).length).toBeGreaterThanOrEqual(200);
    expect(drafts.filter((d) => !d.risky).length).toBeGreaterThanOrEqual(200);
  });

  it('are caught with recall ≥ 0.97 and a false-positive rate ≤ 0.02', () => {
    const result = evaluateChecker(createChecker(), drafts);
    const report = {
      missed: result.missed.map((d) => d.text),
      falsePositives: result.falsePositives.map(({ draft, findings }) => `${draft.text} ← ${findings.map((f) => f.match).join('、')}`),
    };
    expect(result.recall, JSON.stringify(report, null, 1)).toBeGreaterThanOrEqual(0.97);
    expect(result.falsePositiveRate, JSON.stringify(report, null, 1)).toBeLessThanOrEqual(0.02);
    expect(result.categoryAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});

describe('evaluateChecker', () => {
  it('counts misses and false positives', () => {
    const flagsEverything = { check: (text: string) => [{ start: 0, end: 1, match: text.charAt(0), category: 'abuse', severity: 'block' as const, rule: 'x.y', reason: '', suggestions: [] }] };
    const flagsNothing = { check: () => [] };
    const sample = parseLabelledDrafts('label\tcategory\ttext\nrisky\tabuse\t坏\nclean\t-\t好\nclean\t-\t好的\n');
    expect(evaluateChecker(flagsEverything, sample)).toMatchObject({ recall: 1, falsePositiveRate: 1, categoryAccuracy: 1 });
    expect(evaluateChecker(flagsNothing, sample)).toMatchObject({ recall: 0, falsePositiveRate: 0, categoryAccuracy: 0 });
  });
});
