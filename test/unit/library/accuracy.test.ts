// Intent accuracy on the labelled buyer messages, with the built-in library. In buyer-messages.tsv every 5th
// message is held out as the test split: not used to tune the lexicon, and not in intent-examples.ts (the dev
// split and buyer-messages-tuning.tsv are, so their figures are training figures).
import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import { INTENT_IDS, isIntentId } from '../../../utils/library/intents';
import { createSuggester } from '../../../utils/library/suggest';
import { isTestSplit, readLabelled } from './helpers';

const rows = readLabelled('buyer-messages.tsv');
const tuning = readLabelled('buyer-messages-tuning.tsv');

const suggester = createSuggester(BUILTIN_PHRASES);

function accuracy(split: readonly { intent: string; message: string }[], rank: (message: string) => string[]) {
  let top1 = 0;
  let top3 = 0;
  for (const { intent, message } of split) {
    const ranked = rank(message);
    if (ranked[0] === intent) top1++;
    if (ranked.slice(0, 3).includes(intent)) top3++;
  }
  return { top1: top1 / split.length, top3: top3 / split.length };
}

const byClassify = (message: string) => suggester.classify(message).map((entry) => entry.intent);
/** Intents in the order the suggestion list first shows them. */
const bySuggestions = (message: string): string[] => [...new Set(suggester.suggest(message, {}, 5).flatMap((suggestion) => suggestion.intents.slice(0, 1)))];

describe('labelled buyer messages', () => {
  it('are well formed: ≥ 400 messages, every intent ≥ 10 times', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    for (const { intent } of [...rows, ...tuning]) expect(isIntentId(intent), intent).toBe(true);
    for (const intent of INTENT_IDS) expect(rows.filter((row) => row.intent === intent).length, intent).toBeGreaterThanOrEqual(10);
  });

  const dev = rows.filter((_, index) => !isTestSplit(index));
  const test = rows.filter((_, index) => isTestSplit(index));

  it.each([
    ['all', rows],
    ['dev', dev],
    ['test', test],
    ['tuning', tuning],
  ] as const)('classify: %s split reaches top-1 ≥ 0.85 and top-3 ≥ 0.95', (name, split) => {
    const result = accuracy(split, byClassify);
    console.log(`classify ${name} (${split.length}): top-1 ${result.top1.toFixed(3)}, top-3 ${result.top3.toFixed(3)}`);
    expect(result.top1).toBeGreaterThanOrEqual(0.85);
    expect(result.top3).toBeGreaterThanOrEqual(0.95);
  });

  it('suggestion lists carry the right intent as often', () => {
    const result = accuracy([...rows, ...tuning], bySuggestions);
    console.log(`suggest all + tuning (${rows.length + tuning.length}): top-1 ${result.top1.toFixed(3)}, top-3 ${result.top3.toFixed(3)}`);
    expect(result.top1).toBeGreaterThanOrEqual(0.85);
    expect(result.top3).toBeGreaterThanOrEqual(0.95);
  });
});
