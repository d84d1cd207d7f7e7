// Training the risk model (utils/compliance/risk-model.ts): multinomial logistic regression with AdaGrad over the
// hashed n-grams collectNgrams yields, clean drafts and risky ones weighted to count the same in total, in a fixed
// visiting order so that every run gives the same table. A risky draft is trained on its main (first) category.
import type { LabelledDraft } from '../utils/compliance/evaluate';
import { collectNgrams } from '../utils/compliance/model';
import { RISK_CLASSES, type RiskModel, type RiskModelTable } from '../utils/compliance/risk-model';

const EPOCHS = 15;
const RATE = 0.2;
const L2 = 1e-5;
const CLASSES = RISK_CLASSES.length;

export interface TrainedRiskModel {
  bits: number;
  biases: Float64Array;
  weights: Float64Array;
}

/** The class a draft is trained on: 0 when clean, its main category when risky; -1 (left out) for a team's own category. */
function classOf(draft: LabelledDraft): number {
  if (!draft.risky) return 0;
  const index = (RISK_CLASSES as readonly string[]).indexOf(draft.category);
  return index > 0 ? index : -1;
}

export function trainRiskModel(drafts: readonly LabelledDraft[], bits: number): TrainedRiskModel {
  const rows = drafts
    .map((draft) => {
      const buffer = new Int32Array(3 * draft.text.length + 3);
      return { ids: buffer.subarray(0, collectNgrams(draft.text, bits, buffer)), label: classOf(draft) };
    })
    .filter((row) => row.label >= 0);
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
  return { bits, biases, weights };
}

/** Int8 weights with one scale: the table ships at one byte a feature and class. */
export function quantiseRisk(trained: TrainedRiskModel): RiskModel {
  let largest = 0;
  for (const weight of trained.weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127 || 1;
  const weights = Int8Array.from(trained.weights, (weight) => Math.round(weight / scale));
  return { bits: trained.bits, biases: Array.from(trained.biases), scale, weights };
}

/** The shipped form of a model: what risk-weights.ts holds. */
export function riskTable(model: RiskModel): RiskModelTable {
  const weights = Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength).toString('base64');
  return { bits: model.bits, biases: model.biases, scale: model.scale, weights };
}
