// The background worker builds its suggester from the packaged library file (utils/library/builtins-file.ts),
// written at build time as JSON.stringify({ phrases: BUILTIN_PHRASES, intentModel: INTENT_MODEL_TABLE }): that
// round trip must suggest exactly what the built-ins in memory suggest (the CLI, the evaluations, the options page).
import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import type { LibraryBuiltins } from '../../../utils/library/builtins-file';
import { createIntentModel } from '../../../utils/library/intent-model';
import { INTENT_MODEL_TABLE } from '../../../utils/library/intent-model-table';
import { createSuggester, createSuggesterWith } from '../../../utils/library/suggest';
import { isTestSplit, readLabelled } from './helpers';

const messages = [...readLabelled('buyer-messages.tsv').filter((_, index) => !isTestSplit(index)), ...readLabelled('buyer-messages-tuning.tsv')].map(
  (row) => row.message,
);

describe('the packaged library file', () => {
  const packaged = JSON.parse(JSON.stringify({ phrases: BUILTIN_PHRASES, intentModel: INTENT_MODEL_TABLE } satisfies LibraryBuiltins)) as LibraryBuiltins;

  it('holds the built-in phrases as they are in memory', () => {
    expect(packaged.phrases).toEqual(BUILTIN_PHRASES);
  });

  it('suggests what the built-ins in memory suggest', () => {
    const inMemory = createSuggester(BUILTIN_PHRASES);
    const fromFile = createSuggesterWith(packaged.phrases, createIntentModel(packaged.intentModel));
    expect(messages.length).toBeGreaterThan(500);
    for (const message of messages) {
      expect(fromFile.classify(message), message).toEqual(inMemory.classify(message));
      expect(fromFile.suggest(message), message).toEqual(inMemory.suggest(message));
    }
  });
});
