// Training the confirm model (utils/compliance/model.ts): class-balanced logistic regression with AdaGrad over the
// hashed n-grams collectNgrams yields, in a fixed visiting order so that every run gives the same table.
import type { LabelledDraft } from '../utils/compliance/evaluate';
import { collectNgrams, type ConfirmModel } from '../utils/compliance/model';

const EPOCHS = 15;
const RATE = 0.3;
const L2 = 1e-5;

export interface TrainedModel {
  bits: number;
  bias: number;
  weights: Float64Array;
}

export function trainConfirmModel(drafts: readonly LabelledDraft[], bits: number): TrainedModel {
  const rows = drafts.map((draft) => {
    const buffer = new Int32Array(3 * draft.text.length + 3);
    return { ids: buffer.subarray(0, collectNgrams(draft.text, bits, buffer)), label: draft.risky ? 1 : 0 };
  });
  const positives = rows.filter((row) => row.label === 1).length;
  const classWeight = [rows.length / (2 * (rows.length - positives)), rows.length / (2 * positives)];
  const weights = new Float64Array(1 << bits);
  const squares = new Float64Array(1 << bits).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = 0; k < rows.length; k++) {
      const row = rows[(k * 7919 + epoch * 104729) % rows.length]!;
      let z = bias;
      for (const id of row.ids) z += weights[id]!;
      const gradient = (1 / (1 + Math.exp(-z)) - row.label) * classWeight[row.label]!;
      for (const id of row.ids) {
        const g = gradient + L2 * weights[id]!;
        squares[id]! += g * g;
        weights[id]! -= (RATE * g) / Math.sqrt(squares[id]!);
      }
      biasSquares += gradient * gradient;
      bias -= (RATE * gradient) / Math.sqrt(biasSquares);
    }
  }
  return { bits, bias, weights };
}

/** Int8 weights with one scale: the table ships at one byte a feature. */
export function quantise(trained: TrainedModel): ConfirmModel {
  let largest = 0;
  for (const weight of trained.weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127 || 1;
  const weights = Int8Array.from(trained.weights, (weight) => Math.round(weight / scale));
  return { bits: trained.bits, bias: trained.bias, scale, weights };
}
