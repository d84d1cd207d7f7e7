// A small learned check that confirms rule findings: logistic regression over hashed character 1–3-grams of the
// text as the checker reads it (folded, skipped characters dropped, breaks as one mark). Trained at build time by
// scripts/train-compliance-model.ts on labelled drafts and shipped as a table (model-weights.ts). It only ever
// lowers a finding to a hint, when the whole draft reads as clean (a negation, an explanation of a rule): the
// underline and its span still come from the rules. Measured in README (合规检查 → 数据与指标).
import { SKIP, WORD, classTableOf, foldTableOf } from './normalize';

export interface ConfirmModel {
  /** log2 of the number of hashed features. */
  bits: number;
  bias: number;
  /** Weight of feature i = weights[i] * scale (int8 quantised, base64 in the shipped table). */
  scale: number;
  weights: Int8Array;
}

const START = 0x5e; // "^"
const END = 0x24; // "$"
const BREAK_MARK = 0x7c; // "|": any character that ends a word (sentence or clause break, unknown symbol)
const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;

/**
 * Calls `visit` with the hashed id of every 1-, 2- and 3-gram of the text read as the checker reads it, framed by
 * start and end marks. One pass, no strings built; the trainer calls the same function, so ids always agree.
 */
export function forEachNgram(text: string, bits: number, visit: (id: number) => void): void {
  const fold = foldTableOf();
  const classes = classTableOf();
  const mask = (1 << bits) - 1;
  let before2 = -1;
  let before1 = START;
  visit(gram1(START) & mask);
  const step = (unit: number) => {
    visit(gram1(unit) & mask);
    visit(gram2(before1, unit) & mask);
    if (before2 >= 0) visit(gram3(before2, before1, unit) & mask);
    before2 = before1;
    before1 = unit;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = classes[code];
    if (kind === SKIP) continue;
    step(kind === WORD ? fold[code]! : BREAK_MARK);
  }
  step(END);
}

const gram1 = (a: number) => (Math.imul(FNV_OFFSET ^ 1 ^ a, FNV_PRIME) >>> 0);
const gram2 = (a: number, b: number) => (Math.imul(Math.imul(FNV_OFFSET ^ 2 ^ a, FNV_PRIME) ^ b, FNV_PRIME) >>> 0);
const gram3 = (a: number, b: number, c: number) =>
  (Math.imul(Math.imul(Math.imul(FNV_OFFSET ^ 3 ^ a, FNV_PRIME) ^ b, FNV_PRIME) ^ c, FNV_PRIME) >>> 0);

/** Probability that the draft is risky, by the model. */
export function riskProbability(model: ConfirmModel, text: string): number {
  const { weights } = model;
  let sum = 0;
  forEachNgram(text, model.bits, (id) => (sum += weights[id]!));
  const z = model.bias + sum * model.scale;
  return 1 / (1 + Math.exp(-z));
}

/** Decodes the shipped table (base64 of the int8 weights). */
export function decodeModel(table: { bits: number; bias: number; scale: number; weights: string }): ConfirmModel {
  const binary = atob(table.weights);
  const weights = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) weights[i] = (binary.charCodeAt(i) << 24) >> 24;
  return { bits: table.bits, bias: table.bias, scale: table.scale, weights };
}
