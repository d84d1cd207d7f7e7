// A learned catcher for drafts the rules pass, kept as a measurement (scripts/lowo-risk.ts), not shipped: multinomial
// logistic regression over hashed character 2-grams (the 2-grams of the confirm model's collectNgrams, so text is
// read as the checker reads it), with one output per category plus "clean". A draft the checker found nothing in
// would get one 提醒 of the model's category when the model is very sure (RISK_ABOVE) and the draft holds no cue of a
// context that cancels claims. Why it is not in the checker: test/data/compliance/fresh/README.md (round 8).
import type { LabelledDraft } from '../utils/compliance/evaluate';
import { collectNgrams } from '../utils/compliance/model';
import type { Context } from '../utils/compliance/types';

/** The outputs: "clean" first, then the categories the model may name. */
export const RISK_CLASSES = ['clean', 'absolute', 'authority', 'medical', 'offplatform', 'reviewbait', 'promise', 'abuse', 'attitude'] as const;
/**
 * 2^13 hashed features × 9 outputs at one byte each: 72 KB. 2-grams only: 1–3-grams measured the same on unseen
 * writers (each at its own bar) and cost three times as much, and the model would read every draft the rules pass.
 */
export const RISK_BITS = 13;
/**
 * The catch bar on the probability that a draft is not clean: the lowest at which no writer of c1–c34 gained more
 * than one false flag, leave one writer out.
 */
export const RISK_ABOVE = 0.99;
/**
 * Contexts (by id prefix) whose cues cancel a claim whatever its category: a draft holding one of their cues is not
 * caught, since the model reads "不是全网最低" much like "全网最低" (most of its false flags on unseen writers).
 */
export const RISK_VETO_CONTEXTS: readonly string[] = ['negated', 'reported', 'mentioned', 'retracted', 'answered', 'questioned', 'cannot', 'name'];

const CLASSES = RISK_CLASSES.length;
const EPOCHS = 15;
const RATE = 0.2;
const L2 = 1e-5;

export interface RiskModel {
  bits: number;
  biases: number[];
  /** Weight of feature i for class c = weights[i * 9 + c] * scale (int8, as a shipped table would hold it). */
  scale: number;
  weights: Int8Array;
}

/** The hashed 2-grams of text: collectNgrams yields, after the start mark, per character its 1-, 2- and (from the second on) 3-gram. */
export function bigramIds(text: string, bits: number): Int32Array {
  const all = new Int32Array(3 * text.length + 3);
  const count = collectNgrams(text, bits, all);
  const ids = new Int32Array(text.length + 2);
  let kept = 0;
  for (let at = 1, first = true; at < count; at += first ? 2 : 3, first = false) ids[kept++] = all[at + 1]!;
  return ids.subarray(0, kept);
}

/** The class a draft is trained on: 0 when clean, its main category when risky; -1 (left out) for a team's own category. */
function classOf(draft: LabelledDraft): number {
  if (!draft.risky) return 0;
  const index = (RISK_CLASSES as readonly string[]).indexOf(draft.category);
  return index > 0 ? index : -1;
}

/**
 * Softmax regression with AdaGrad, clean and risky drafts weighted to count the same in total, visited in a fixed
 * order (so the same drafts in the same order give the same model), then quantised to int8 with one scale.
 */
export function trainRiskModel(drafts: readonly LabelledDraft[], bits = RISK_BITS): RiskModel {
  const rows = drafts.map((draft) => ({ ids: bigramIds(draft.text, bits), label: classOf(draft) })).filter((row) => row.label >= 0);
  const clean = rows.filter((row) => row.label === 0).length;
  const weightOf = (label: number) => (label === 0 ? rows.length / (2 * clean) : rows.length / (2 * (rows.length - clean)));
  const weights = new Float64Array((1 << bits) * CLASSES);
  const squares = new Float64Array((1 << bits) * CLASSES).fill(1e-8);
  const biases = new Float64Array(CLASSES);
  const biasSquares = new Float64Array(CLASSES).fill(1e-8);
  const gradients = new Float64Array(CLASSES);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = 0; k < rows.length; k++) {
      const row = rows[(k * 7919 + epoch * 104729) % rows.length]!;
      for (let c = 0; c < CLASSES; c++) gradients[c] = biases[c]!;
      for (const id of row.ids) for (let c = 0; c < CLASSES; c++) gradients[c]! += weights[id * CLASSES + c]!;
      let top = -Infinity;
      for (let c = 0; c < CLASSES; c++) top = Math.max(top, gradients[c]!);
      let total = 0;
      for (let c = 0; c < CLASSES; c++) total += gradients[c] = Math.exp(gradients[c]! - top);
      const weight = weightOf(row.label);
      for (let c = 0; c < CLASSES; c++) gradients[c] = (gradients[c]! / total - (c === row.label ? 1 : 0)) * weight;
      for (const id of row.ids) {
        for (let c = 0; c < CLASSES; c++) {
          const at = id * CLASSES + c;
          const g = gradients[c]! + L2 * weights[at]!;
          squares[at]! += g * g;
          weights[at]! -= (RATE * g) / Math.sqrt(squares[at]!);
        }
      }
      for (let c = 0; c < CLASSES; c++) {
        biasSquares[c]! += gradients[c]! * gradients[c]!;
        biases[c]! -= (RATE * gradients[c]!) / Math.sqrt(biasSquares[c]!);
      }
    }
  }
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127 || 1;
  return { bits, biases: Array.from(biases), scale, weights: Int8Array.from(weights, (weight) => Math.round(weight / scale)) };
}

export interface RiskVerdict {
  /** Probability that the text is not clean. */
  risk: number;
  /** The most likely category (never "clean"). */
  category: string;
  /** Its probability (among all nine outputs). */
  confidence: number;
}

export function riskOf(model: RiskModel, text: string): RiskVerdict {
  const scores = model.biases.slice();
  const sums = new Array<number>(CLASSES).fill(0);
  for (const id of bigramIds(text, model.bits)) for (let c = 0; c < CLASSES; c++) sums[c]! += model.weights[id * CLASSES + c]!;
  for (let c = 0; c < CLASSES; c++) scores[c]! += sums[c]! * model.scale;
  const top = Math.max(...scores);
  const total = scores.reduce((sum, score) => sum + Math.exp(score - top), 0);
  let best = 1;
  for (let c = 2; c < CLASSES; c++) if (scores[c]! > scores[best]!) best = c;
  return { risk: 1 - Math.exp(scores[0]! - top) / total, category: RISK_CLASSES[best]!, confidence: Math.exp(scores[best]! - top) / total };
}

/** The cues of the contexts that cancel any claim (RISK_VETO_CONTEXTS); one-character cues (叫, 字, 没…) are in almost every sentence. */
export function vetoCues(contexts: readonly Context[]): string[] {
  const cues = contexts
    .filter((context) => RISK_VETO_CONTEXTS.some((prefix) => context.id === prefix || context.id.startsWith(`${prefix}.`)))
    .flatMap((context) => [...(context.before ?? []), ...(context.after ?? [])])
    .filter((cue) => cue.length >= 2);
  return [...new Set(cues)];
}

/** The category the model would add to a draft the checker found nothing in, or undefined. */
export function riskCatch(model: RiskModel, vetoes: readonly string[], text: string, above = RISK_ABOVE): string | undefined {
  const { risk, category } = riskOf(model, text);
  return risk > above && !vetoes.some((cue) => text.includes(cue)) ? category : undefined;
}
