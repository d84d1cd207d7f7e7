// Guessing the intents of an imported phrase that has none (a 千牛 sheet keeps only 分组, 快捷编码, 内容): the
// suggester reads the phrase's words as it reads a buyer's message. A title that is an intent's own label
// (发货时间) is taken at its word. The guesses are shown in the import preview for the agent to correct.
import { phraseWithIntent, type ImportResult } from './csv';
import { intentFromName, type IntentId } from './intents';
import { createSuggesterWith } from './suggest';
import type { Phrase } from './types';

/** Intents a phrase's words point to, best first; empty when nothing in them is recognised. */
export type IntentGuesser = (phrase: { title: string; body: string }) => IntentId[];

/** Candidates offered for one phrase: enough to pick from without reading all 33. */
const CANDIDATES = 3;

/**
 * A guesser over a library (the built-in one, or the merged library the agent has): its phrases' words and
 * examples inform it. It reads with the lexicon alone: the learned model was trained on buyer messages and
 * finds some intent in any text, while a reply with nothing recognisable in it (「在的哦，有什么可以帮您」)
 * should be left for the agent to choose rather than filed under a wrong intent.
 */
export function createIntentGuesser(library: readonly Phrase[]): IntentGuesser {
  const suggester = createSuggesterWith(library, null);
  return ({ title, body }) => {
    const named = intentFromName(title.trim());
    const read = suggester.classify(`${title}\n${body}`).map((score) => score.intent);
    return [...new Set(named ? [named, ...read] : read)].slice(0, CANDIDATES);
  };
}

/**
 * The phrases of a read file with the agent's intent for each guessed row (`chosen[i]` for `result.guesses[i]`;
 * null leaves the row out). Rows with a guess the agent kept stay as read; the others are made again.
 */
export function withChosenIntents(result: ImportResult, chosen: readonly (IntentId | null)[]): Phrase[] {
  const phrases: (Phrase | null)[] = [...result.phrases];
  const undecided: Phrase[] = [];
  result.guesses.forEach((guess, i) => {
    const intent = chosen[i] ?? null;
    const remade = intent && intent !== guess.candidates[0] ? phraseWithIntent(guess.input, intent) : null;
    const phrase = remade?.ok ? remade.phrase : null;
    if (guess.index === undefined) {
      if (phrase) undecided.push(phrase);
    } else if (!intent) phrases[guess.index] = null;
    else if (phrase) phrases[guess.index] = phrase;
  });
  return [...phrases.filter((phrase) => phrase !== null), ...undecided];
}
