// Training the confirm model (utils/compliance/model.ts): class-balanced logistic regression with AdaGrad over the
// hashed n-grams collectNgrams yields and the "a rule found a claim here" feature, in a fixed visiting order so
// that every run gives the same table.
import type { Checker } from '../utils/compliance/checker';
import type { LabelledDraft } from '../utils/compliance/evaluate';
import { collectNgrams, type ConfirmModel } from '../utils/compliance/model';
import { CONFIRM_REACH } from '../utils/compliance/model-config';

const EPOCHS = 15;
/** 0.1 rather than 0.3: the slower rate kept more real claims at the same false flags on writers left out (LOWO). */
const RATE = 0.1;
const L2 = 1e-5;

/** A draft as the model is asked about it: the text it reads, whether the rules found a claim there, its label. */
export interface ConfirmExample {
  text: string;
  from: number;
  to: number;
  claimFound: boolean;
  risky: boolean;
}

/**
 * What the checker would ask the model about each draft: for a draft the rules (`checker`, confirm off) flag, its
 * warn/block findings and CONFIRM_REACH characters either side, with the claim feature on; any other draft whole.
 * The trained table therefore depends on the rules too: rerun the trainer after changing them.
 */
export function confirmExamples(drafts: readonly LabelledDraft[], checker: Checker): ConfirmExample[] {
  return drafts.map(({ text, risky }) => {
    const findings = checker.check(text).filter((finding) => finding.severity !== 'info');
    if (findings.length === 0) return { text, from: 0, to: text.length, claimFound: false, risky };
    const from = Math.max(0, Math.min(...findings.map((finding) => finding.start)) - CONFIRM_REACH);
    const to = Math.min(text.length, Math.max(...findings.map((finding) => finding.end)) + CONFIRM_REACH);
    return { text, from, to, claimFound: true, risky };
  });
}

export interface TrainedModel {
  bits: number;
  bias: number;
  claimWeight: number;
  weights: Float64Array;
}

export function trainConfirmModel(examples: readonly ConfirmExample[], bits: number): TrainedModel {
  const rows = examples.map((example) => {
    const buffer = new Int32Array(3 * (example.to - example.from) + 3);
    const ids = buffer.subarray(0, collectNgrams(example.text, bits, buffer, example.from, example.to));
    return { ids, claimFound: example.claimFound, label: example.risky ? 1 : 0 };
  });
  const positives = rows.filter((row) => row.label === 1).length;
  const classWeight = [rows.length / (2 * (rows.length - positives)), rows.length / (2 * positives)];
  const weights = new Float64Array(1 << bits);
  const squares = new Float64Array(1 << bits).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  let claimWeight = 0;
  let claimSquares = 1e-8;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = 0; k < rows.length; k++) {
      const row = rows[(k * 7919 + epoch * 104729) % rows.length]!;
      let z = bias + (row.claimFound ? claimWeight : 0);
      for (const id of row.ids) z += weights[id]!;
      const gradient = (1 / (1 + Math.exp(-z)) - row.label) * classWeight[row.label]!;
      for (const id of row.ids) {
        const g = gradient + L2 * weights[id]!;
        squares[id]! += g * g;
        weights[id]! -= (RATE * g) / Math.sqrt(squares[id]!);
      }
      if (row.claimFound) {
        const g = gradient + L2 * claimWeight;
        claimSquares += g * g;
        claimWeight -= (RATE * g) / Math.sqrt(claimSquares);
      }
      biasSquares += gradient * gradient;
      bias -= (RATE * gradient) / Math.sqrt(biasSquares);
    }
  }
  return { bits, bias, claimWeight, weights };
}

/** Int8 weights with one scale: the table ships at one byte a feature. */
export function quantise(trained: TrainedModel): ConfirmModel {
  let largest = 0;
  for (const weight of trained.weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127 || 1;
  const weights = Int8Array.from(trained.weights, (weight) => Math.round(weight / scale));
  return { bits: trained.bits, bias: trained.bias, claimWeight: trained.claimWeight, scale, weights };
}
