// Drafts by independent writers (test/data/compliance/fresh/README.md): train and dev must be present; the frozen
// test split is checked whenever the integrator has added it. Floors for train and dev are the measured figures
// less one or two drafts; the test floors are the worst first-seen writer (c3: recall 77 %, false flags 9 %,
// category 78 % by the rules alone) less a little, a guard against breaking the checker, not the target.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateChecker, parseLabelledDrafts, type LabelledDraft } from '../../../utils/compliance/evaluate';
import { createChecker } from '../../../utils/compliance/index';

const freshDir = new URL('../../data/compliance/fresh/', import.meta.url);

/** Writers c1–c7 and the test writers: the floors below were measured on them. */
const FIRST_ROUND = /^compliance-(c[1-7]|t[A-Z])\.tsv$/;

function readSplit(split: string, round: 'first' | 'later' = 'first'): LabelledDraft[] {
  const dir = new URL(`${split}/`, freshDir);
  const files = readdirSync(dir).filter((name) => name.endsWith('.tsv') && FIRST_ROUND.test(name) === (round === 'first'));
  expect(files.length, `${split}: 没有 .tsv 文件`).toBeGreaterThan(0);
  return files.flatMap((name) => parseLabelledDrafts(readFileSync(new URL(name, dir), 'utf8')));
}

/** Minimum recall and category accuracy, maximum false-flag rate, per split. */
const FLOORS = {
  train: { recall: 0.97, falseFlags: 0.01, categoryRight: 0.96 },
  dev: { recall: 0.93, falseFlags: 0.03, categoryRight: 0.91 },
  test: { recall: 0.75, falseFlags: 0.1, categoryRight: 0.72 },
  holdout: { recall: 0.75, falseFlags: 0.1, categoryRight: 0.72 },
} as const;

/**
 * Writers who arrived in the fourth tuning round (c8 on), kept apart so that their lower figures neither lower the
 * floors above nor hide a regression on c1–c6: their measured figures (train 87.0 % / 3.0 % / 84.1 %, dev 76.6 % /
 * 4.9 % / 74.2 % at the end of the contact-side work) less a couple of drafts. Raise them as the checker improves.
 */
const LATER_FLOORS = {
  train: { recall: 0.86, falseFlags: 0.035, categoryRight: 0.83 },
  dev: { recall: 0.75, falseFlags: 0.06, categoryRight: 0.72 },
} as const;

describe('fresh drafts by independent writers', () => {
  const checker = createChecker();

  it('has the train and dev splits', () => {
    for (const split of ['train', 'dev']) expect(existsSync(new URL(`${split}/`, freshDir)), `缺少 fresh/${split}/`).toBe(true);
  });

  const splits = (['train', 'dev', 'test', 'holdout'] as const).filter((split) => existsSync(new URL(`${split}/`, freshDir)));
  it.each(splits)('%s split meets its floors', (split) => {
    const drafts = readSplit(split);
    const result = evaluateChecker(checker, drafts);
    const report = JSON.stringify({
      recall: result.recall,
      falseFlags: result.falsePositiveRate,
      categoryRight: result.categoryAccuracy,
    });
    expect(drafts.filter((d) => d.risky).length).toBeGreaterThan(0);
    expect(drafts.filter((d) => !d.risky).length).toBeGreaterThan(0);
    expect(result.recall, report).toBeGreaterThanOrEqual(FLOORS[split].recall);
    expect(result.falsePositiveRate, report).toBeLessThanOrEqual(FLOORS[split].falseFlags);
    expect(result.categoryAccuracy, report).toBeGreaterThanOrEqual(FLOORS[split].categoryRight);
  });

  it.each(['train', 'dev'] as const)('%s split of the later writers meets its floors', (split) => {
    const result = evaluateChecker(checker, readSplit(split, 'later'));
    const report = JSON.stringify({ recall: result.recall, falseFlags: result.falsePositiveRate, categoryRight: result.categoryAccuracy });
    expect(result.recall, report).toBeGreaterThanOrEqual(LATER_FLOORS[split].recall);
    expect(result.falsePositiveRate, report).toBeLessThanOrEqual(LATER_FLOORS[split].falseFlags);
    expect(result.categoryAccuracy, report).toBeGreaterThanOrEqual(LATER_FLOORS[split].categoryRight);
  });
});
