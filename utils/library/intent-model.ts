// A learned reading of buyer messages beside the lexicon: a linear (multinomial logistic) model over the
// character 1–3-grams and syllable pairs of a message, trained at development time by scripts/train-intent-model.ts on labelled
// buyer messages and conversations, and shipped as a generated table (intent-model-table.ts). The lexicon knows
// the words a lead would list; the model generalises over how buyers actually put things (咋切换, 会不会热坏,
// 卡扣断了), which no list spells out.
import { INTENT_IDS } from './intents';
import { plainMandarin } from './dialect';
import { soundKey } from './pinyin';
import { compactText } from './text';

export const MODEL_NGRAMS = [1, 2, 3] as const;

/** Marks a feature made of syllables, not characters. */
export const SOUND_FEATURE = '~';

/**
 * The features of a message: its folded character n-grams (punctuation and spaces dropped; traditional
 * characters and regional words as Mandarin), and the toneless syllable pairs of its Han characters, so a
 * voice-input slip (运废险, 按装, 知到) shares features with the word it stands for; each once. (The order state
 * as a feature was tried and gained nothing that held: see the suggestions section of the README.)
 */
export function messageFeatures(text: string): string[] {
  const compact = compactText(plainMandarin(text));
  const features = new Set<string>();
  for (const n of MODEL_NGRAMS) for (let i = 0; i + n <= compact.length; i++) features.add(compact.slice(i, i + n));
  const sound = soundKey(compact);
  for (let i = 0; i + 2 <= sound.length; i++) {
    const pair = sound.slice(i, i + 2);
    // Pairs with a character of no known syllable (digits, letters, emoji) are the character bigram already.
    if (pair !== compact.slice(i, i + 2)) features.add(SOUND_FEATURE + pair);
  }
  return [...features];
}

/**
 * The shipped form, kept small: `features` lists n-grams joined by "|"; `weights` has one row per feature (rows
 * joined by "|"), each a run of three characters per kept weight — the intent index, then the weight in 12 bits
 * (two characters), all from WEIGHT_ALPHABET; a weight is its code minus 2048, times `scale`. `bias`: one logit
 * per intent. Only the weights that survived L1 training are listed.
 */
export interface IntentModelTable {
  features: string;
  weights: string;
  scale: number;
  bias: readonly number[];
}

export const WEIGHT_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const WEIGHT_OFFSET = 2048;

/** The characters of one kept weight (see IntentModelTable). */
export function encodeWeight(intent: number, weight: number, scale: number): string {
  const code = Math.max(0, Math.min(4095, Math.round(weight / scale) + WEIGHT_OFFSET));
  return WEIGHT_ALPHABET[intent]! + WEIGHT_ALPHABET[code >> 6]! + WEIGHT_ALPHABET[code & 63]!;
}

export interface IntentModel {
  /** Probability of each intent (INTENT_IDS order) for one message; all zero for an empty message. */
  probabilities(text: string): Float32Array;
}

const INTENT_COUNT = INTENT_IDS.length;

export function createIntentModel(table: IntentModelTable): IntentModel {
  const rows = new Map<string, { intents: Uint8Array; weights: Float32Array }>();
  const features = table.features.split('|');
  const weightRows = table.weights.split('|');
  const digit = new Map([...WEIGHT_ALPHABET].map((char, index) => [char, index]));
  features.forEach((feature, index) => {
    const row = weightRows[index] ?? '';
    const count = Math.floor(row.length / 3);
    const intents = new Uint8Array(count);
    const weights = new Float32Array(count);
    for (let k = 0; k < count; k++) {
      intents[k] = digit.get(row[k * 3]!)!;
      weights[k] = ((digit.get(row[k * 3 + 1]!)! << 6) + digit.get(row[k * 3 + 2]!)! - WEIGHT_OFFSET) * table.scale;
    }
    rows.set(feature, { intents, weights });
  });
  const logits = new Float32Array(INTENT_COUNT);
  return {
    probabilities(text) {
      const found = messageFeatures(text);
      const out = new Float32Array(INTENT_COUNT);
      if (found.length === 0) return out;
      logits.set(table.bias);
      for (const feature of found) {
        const row = rows.get(feature);
        if (!row) continue;
        for (let k = 0; k < row.intents.length; k++) logits[row.intents[k]!]! += row.weights[k]!;
      }
      softmax(logits, out);
      return out;
    },
  };
}

export function softmax(logits: ArrayLike<number>, out: Float32Array): void {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i]!);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += out[i] = Math.exp(logits[i]! - max);
  for (let i = 0; i < logits.length; i++) out[i]! /= sum;
}
