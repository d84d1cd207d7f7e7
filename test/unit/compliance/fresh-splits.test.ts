// Drafts by independent writers (test/data/compliance/fresh/README.md): train and dev must be present; the frozen
// test split is checked whenever the integrator has added it. Floors for train and dev are the measured figures
// less one or two drafts; the test floors are the worst first-seen writer (c3: recall 77 %, false flags 9 %,
// category 78 % by the rules alone) less a little, a guard against breaking the checker, not the target. Writers who
// arrived later are held to their own floors (LATER_WRITERS): their figures measured after the round that took them,
// less a draft or two; the first floors stay on the writers they were measured on. A writer joins LATER_WRITERS
// with the round that tunes on it (its first-seen figures are far under any floor by design).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateChecker, parseLabelledDrafts, type LabelledDraft } from '../../../utils/compliance/evaluate';
import { createChecker } from '../../../utils/compliance/index';

const freshDir = new URL('../../data/compliance/fresh/', import.meta.url);

/** The writers the first train/dev floors were measured on. */
const FIRST_WRITERS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
const writerOf = (name: string) => /^compliance-(c\d+)\.tsv$/.exec(name)?.[1];

function readSplit(split: string, keep: (name: string) => boolean = () => true): LabelledDraft[] {
  const dir = new URL(`${split}/`, freshDir);
  const files = readdirSync(dir).filter((name) => name.endsWith('.tsv') && keep(name));
  expect(files.length, `${split}: 没有 .tsv 文件`).toBeGreaterThan(0);
  return files.flatMap((name) => parseLabelledDrafts(readFileSync(new URL(name, dir), 'utf8')));
}

/** The writers taken by the fourth round. */
const LATER_WRITERS = ['c8', 'c9', 'c10', 'c11', 'c12', 'c13', 'c15'];

const isFirstWriter = (name: string) => FIRST_WRITERS.includes(writerOf(name) ?? '');
const isLaterWriter = (name: string) => LATER_WRITERS.includes(writerOf(name) ?? '');

/** Minimum recall and category accuracy, maximum false-flag rate, per split. */
const FLOORS = {
  train: { recall: 0.97, falseFlags: 0.01, categoryRight: 0.96 },
  dev: { recall: 0.96, falseFlags: 0.03, categoryRight: 0.95 },
  test: { recall: 0.75, falseFlags: 0.1, categoryRight: 0.72 },
  holdout: { recall: 0.75, falseFlags: 0.1, categoryRight: 0.72 },
} as const;

/** LATER_WRITERS (train and dev files), measured after the round that took them. */
const LATER_FLOORS = {
  train: { recall: 0.97, falseFlags: 0.01, categoryRight: 0.96 },
  dev: { recall: 0.8, falseFlags: 0.03, categoryRight: 0.77 },
} as const;

/** The writers taken by the fifth round (c16–c18), held to their figures after that round less a draft or two. */
const ROUND5_WRITERS = ['c16', 'c17', 'c18'];
const isRound5Writer = (name: string) => ROUND5_WRITERS.includes(writerOf(name) ?? '');
const ROUND5_FLOORS = {
  train: { recall: 0.89, falseFlags: 0.015, categoryRight: 0.85 },
  dev: { recall: 0.81, falseFlags: 0.07, categoryRight: 0.76 },
} as const;

/** The writers taken by the sixth round (c20–c22, c24, c25, c27, c28), held to their figures after that round. */
const ROUND6_WRITERS = ['c20', 'c21', 'c22', 'c24', 'c25', 'c27', 'c28'];
const isRound6Writer = (name: string) => ROUND6_WRITERS.includes(writerOf(name) ?? '');
const ROUND6_FLOORS = {
  train: { recall: 0.975, falseFlags: 0.005, categoryRight: 0.96 },
  dev: { recall: 0.88, falseFlags: 0.02, categoryRight: 0.84 },
} as const;

describe('fresh drafts by independent writers', () => {
  const checker = createChecker();

  it('has the train and dev splits', () => {
    for (const split of ['train', 'dev']) expect(existsSync(new URL(`${split}/`, freshDir)), `缺少 fresh/${split}/`).toBe(true);
  });

  const splits = (['train', 'dev', 'test', 'holdout'] as const).filter((split) => existsSync(new URL(`${split}/`, freshDir)));
  interface Case {
    name: string;
    split: string;
    keep: (name: string) => boolean;
    floors: { recall: number; falseFlags: number; categoryRight: number };
  }
  const cases = splits.flatMap((split): Case[] =>
    split === 'train' || split === 'dev'
      ? [
          { name: `${split} (c1–c6)`, split, keep: isFirstWriter, floors: FLOORS[split] },
          { name: `${split} (${LATER_WRITERS.join(', ')})`, split, keep: isLaterWriter, floors: LATER_FLOORS[split] },
          { name: `${split} (${ROUND5_WRITERS.join(', ')})`, split, keep: isRound5Writer, floors: ROUND5_FLOORS[split] },
          { name: `${split} (${ROUND6_WRITERS.join(', ')})`, split, keep: isRound6Writer, floors: ROUND6_FLOORS[split] },
        ]
      : [{ name: split, split, keep: () => true, floors: FLOORS[split] }],
  );
  it.each(cases)('$name meets its floors', ({ split, keep, floors }) => {
    const drafts = readSplit(split, keep);
    const result = evaluateChecker(checker, drafts);
    const report = JSON.stringify({
      recall: result.recall,
      falseFlags: result.falsePositiveRate,
      categoryRight: result.categoryAccuracy,
    });
    expect(drafts.filter((d) => d.risky).length).toBeGreaterThan(0);
    expect(drafts.filter((d) => !d.risky).length).toBeGreaterThan(0);
    expect(result.recall, report).toBeGreaterThanOrEqual(floors.recall);
    expect(result.falsePositiveRate, report).toBeLessThanOrEqual(floors.falseFlags);
    expect(result.categoryAccuracy, report).toBeGreaterThanOrEqual(floors.categoryRight);
  });
});
