// Labelled conversations (test/data/situations/<split>/*.jsonl, README there): every split present — train,
// dev, the frozen test split and the holdout written after it — is measured with the built-in library.
//
// Hard requirement (issue 9): no top-3 suggestion contradicts the labelled category or order state, on any
// split. Accuracy floors, per split:
// - train is tuned on (the learned table and the lexicon have seen it): floors close to what it reaches;
// - dev and test are not: the floors sit under the figures measured by leaving one writer of train out
//   (scripts/train-intent-model.ts --cv over s1–s5: top-1 84 %, top-3 96 %) and on dev (81 % / 94 %), with room for a
//   split of 120 conversations to vary by a few points (one conversation is 0.8 %). Round 7 raised the train and dev
//   floors (then train 91.4 % / 99.9 %, dev 82.7 % / 97.1 %, one of 22 writers left out 83 % / 96.8 %). The issue's
//   targets for the frozen test (top-1 85 %, top-3 95 %) are reported by `npx tsx scripts/eval-suggest.ts`, not
//   asserted here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import { evaluateSituations, parseLabelledSituations, type LabelledSituation } from '../../../utils/library/evaluate-situations';
import { createSuggester } from '../../../utils/library/suggest';

const ROOT = fileURLToPath(new URL('../../data/situations/', import.meta.url));
const FLOORS: Record<string, { top1: number; top3: number; minimum: number }> = {
  train: { top1: 0.9, top3: 0.99, minimum: 400 },
  dev: { top1: 0.8, top3: 0.95, minimum: 100 },
  test: { top1: 0.75, top3: 0.85, minimum: 1 },
  holdout: { top1: 0.75, top3: 0.85, minimum: 1 },
};

function readSplit(split: string): { items: LabelledSituation[]; errors: string[] } {
  const folder = `${ROOT}${split}/`;
  const items: LabelledSituation[] = [];
  const errors: string[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort()) {
    const parsed = parseLabelledSituations(readFileSync(`${folder}${file}`, 'utf8'), `${split}/${file}`);
    items.push(...parsed.items);
    errors.push(...parsed.errors);
  }
  return { items, errors };
}

/**
 * Labels the engine is right to disagree with, each read and explained (FROZEN-TEST.md): a contradiction with one of
 * these items is the label's, any other fails the test.
 */
const LABEL_DISAGREEMENTS: Record<string, string> = {
  's13-014': '跑步鞋 labelled 运动户外; every running shoe of train and dev (57) is labelled 鞋靴, and shoe-size replies fit it',
  's16-196': '拼多多 待成团 labelled unpaid; a 拼单 is paid before it waits for the group, and 7 other writers label 待成团 paid',
};

const suggester = createSuggester(BUILTIN_PHRASES);
const splits = Object.keys(FLOORS).filter((split) => existsSync(`${ROOT}${split}`));

describe('labelled conversations', () => {
  it('has the train and dev splits', () => {
    expect(splits).toEqual(expect.arrayContaining(['train', 'dev']));
  });

  describe.each(splits)('%s split', (split) => {
    const { items, errors } = readSplit(split);
    const result = evaluateSituations(suggester, items);

    it('is well formed and large enough', () => {
      expect(errors).toEqual([]);
      expect(items.length).toBeGreaterThanOrEqual(FLOORS[split]!.minimum);
    });

    it('never suggests in the top three a phrase that contradicts the labelled category or order state', () => {
      const contradictions = result.outcomes
        .filter((outcome) => !(outcome.item.id in LABEL_DISAGREEMENTS))
        .flatMap((outcome) => outcome.contradictions.map((c) => `${outcome.item.id} ${c.phraseId}: ${c.why.join('；')}`));
      expect(contradictions).toEqual([]);
    });

    it('reaches its accuracy floors', () => {
      console.log(`${split} (${result.count}): top-1 ${(result.top1 * 100).toFixed(1)} %, top-3 ${(result.top3 * 100).toFixed(1)} %`);
      expect(result.top1).toBeGreaterThanOrEqual(FLOORS[split]!.top1);
      expect(result.top3).toBeGreaterThanOrEqual(FLOORS[split]!.top3);
    });
  });
});
