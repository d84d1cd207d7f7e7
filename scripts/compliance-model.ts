// Training the confirm model (utils/compliance/model.ts): class-balanced logistic regression with AdaGrad over the
// hashed n-grams collectNgrams yields (trainLogistic, which the learned veto shares), in a fixed visiting order so that
// every run gives the same table; the table is the mean of the weights at the end of the last AVERAGED_EPOCHS epochs.
import type { LabelledDraft } from '../utils/compliance/evaluate';
import { collectNgrams, type ConfirmModel, type ConfirmModelTable } from '../utils/compliance/model';

const EPOCHS = 15;
const RATE = 0.1;
const L2 = 1e-5;
/**
 * At 0.3 without averaging the weights leaned towards the drafts visited last: the same drafts in another file order
 * moved a plain claim in a polite reply (「…是全网最安全的，家里有小朋友也可以放心用哦」) from 0.01 to 0.5, and the
 * veto with it. A smaller step and the mean of the end-of-epoch weights keep it within 0.23–0.48 over five orders and
 * training sets, and leave-one-writer-out over c1–c59 lowers fewer true findings for about as many false flags
 * (CONFIRM_BELOW in utils/compliance/model-config.ts).
 */
const AVERAGED_EPOCHS = 10;

export interface TrainedModel {
  bits: number;
  bias: number;
  weights: Float64Array;
}

export function trainConfirmModel(drafts: readonly LabelledDraft[], bits: number): TrainedModel {
  const examples = drafts.map((draft) => {
    const buffer = new Int32Array(3 * draft.text.length + 3);
    return { ids: buffer.subarray(0, collectNgrams(draft.text, bits, buffer)), label: draft.risky ? 1 : 0, weight: 1 };
  });
  return trainLogistic(examples, bits, EPOCHS, AVERAGED_EPOCHS);
}

/** One training example of a hashed-feature model: its feature ids, its label (1 = risky) and its weight. */
export interface HashedExample {
  ids: Int32Array;
  label: number;
  weight: number;
}

/**
 * Class-balanced (by summed example weight) logistic regression with AdaGrad over hashed features, visiting the
 * examples in a fixed order so that every run gives the same table; returns the mean of the weights at the end of the
 * last `averagedEpochs` epochs. Both lowering models train this way: the confirm model above, the veto in veto-model.ts.
 */
export function trainLogistic(examples: readonly HashedExample[], bits: number, epochs: number, averagedEpochs: number): TrainedModel {
  const total = [0, 0];
  for (const example of examples) total[example.label]! += example.weight;
  const classWeight = [(total[0]! + total[1]!) / (2 * total[0]!), (total[0]! + total[1]!) / (2 * total[1]!)];
  const weights = new Float64Array(1 << bits);
  const squares = new Float64Array(1 << bits).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const averaged = new Float64Array(1 << bits);
  let averagedBias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = 0; k < examples.length; k++) {
      const example = examples[(k * 7919 + epoch * 104729) % examples.length]!;
      let z = bias;
      for (const id of example.ids) z += weights[id]!;
      const gradient = (1 / (1 + Math.exp(-z)) - example.label) * classWeight[example.label]! * example.weight;
      for (const id of example.ids) {
        const g = gradient + L2 * weights[id]!;
        squares[id]! += g * g;
        weights[id]! -= (RATE * g) / Math.sqrt(squares[id]!);
      }
      biasSquares += gradient * gradient;
      bias -= (RATE * gradient) / Math.sqrt(biasSquares);
    }
    if (epoch >= epochs - averagedEpochs) {
      for (let i = 0; i < weights.length; i++) averaged[i]! += weights[i]! / averagedEpochs;
      averagedBias += bias / averagedEpochs;
    }
  }
  return { bits, bias: averagedBias, weights: averaged };
}

/** Int8 weights with one scale: the table ships at one byte a feature. */
export function quantise(trained: TrainedModel): ConfirmModel {
  return { bits: trained.bits, bias: trained.bias, ...int8Weights(trained.weights) };
}

/** Weights rounded to int8 with one scale (both learned models ship theirs this way). */
export function int8Weights(trained: Float64Array): { scale: number; weights: Int8Array } {
  let largest = 0;
  for (const weight of trained) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127 || 1;
  return { scale, weights: Int8Array.from(trained, (weight) => Math.round(weight / scale)) };
}

/** Int8 weights as a shipped table carries them, in base64 (int8FromBase64 in utils/compliance/model.ts reads them). */
export function base64OfInt8(weights: Int8Array): string {
  return Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).toString('base64');
}

/** The confirm model as the checker carries it (utils/compliance/model-weights.ts). */
export function confirmTable(model: ConfirmModel): ConfirmModelTable {
  return { bits: model.bits, bias: model.bias, scale: model.scale, weights: base64OfInt8(model.weights) };
}
