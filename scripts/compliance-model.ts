// Training the confirm model (utils/compliance/model.ts): class-balanced logistic regression with AdaGrad over the
// hashed n-grams collectNgrams yields (trainLogistic, which the learned veto shares), in a fixed visiting order so that
// every run gives the same table; the table is the mean of the weights at the end of the last AVERAGED_EPOCHS epochs,
// averaged again over the visiting orders SHIPPED_ORDERS.
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

export function trainConfirmModel(drafts: readonly LabelledDraft[], bits: number, orders: readonly number[] = SHIPPED_ORDERS): TrainedModel {
  const examples = drafts.map((draft) => {
    const buffer = new Int32Array(3 * draft.text.length + 3);
    return { ids: buffer.subarray(0, collectNgrams(draft.text, bits, buffer)), label: draft.risky ? 1 : 0, weight: 1 };
  });
  return averageTrained(orders.map((order) => trainLogistic(examples, bits, EPOCHS, AVERAGED_EPOCHS, order)));
}

/**
 * The visiting orders every shipped table is trained in, its weights the mean of one model per order. Trained in one
 * order, the same drafts in another order changed 8 verdicts of 2,400 first-seen drafts, 2 of the regression set and 2
 * tested sentences; the mean of four orders against four others 4, 0 and 0 (scripts/retrain-flips.ts; fresh/README.md,
 * round 19). For a linear model the mean of the weights is one table of the same size: nothing more to read at check time.
 */
export const SHIPPED_ORDERS: readonly number[] = [0, 1, 2, 3];

/** Seeded 32-bit generator (mulberry32): the same seed gives the same visiting order on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The examples' indices as order `order` lists them: 0 as given, any other a seeded shuffle. */
export function visitingOrder(count: number, order: number): Int32Array {
  const indices = Int32Array.from({ length: count }, (_, i) => i);
  if (order === 0) return indices;
  const random = seeded(order);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices;
}

/**
 * Which example step k of an epoch visits, in a walk through `visiting` that still covers every example once an epoch:
 * the stride must share no factor with the count. The walk always stepped by 7919, a prime; when round 24's data made
 * the confirm model's examples 79,190 = 10 × 7919, every epoch visited the same 10 examples and the model learned
 * nothing (training accuracy 80 %, a pinned clean sentence read risky). A count that 7919 divides steps by the next
 * odd number coprime to it; every other count walks exactly as before, so their tables do not change.
 */
export function visitWalk(visiting: Int32Array): (k: number, epoch: number) => number {
  const count = visiting.length;
  let stride = 7919;
  while (greatestCommonDivisor(stride, count) !== 1) stride += 2;
  return (k, epoch) => visiting[(k * stride + epoch * 104729) % count]!;
}

function greatestCommonDivisor(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * The element-wise mean of equally long weight arrays, one per visiting order: every shipped table (confirm model, veto,
 * catcher) is averaged here.
 */
export function meanWeights(arrays: readonly Float64Array[]): Float64Array {
  if (arrays.length === 1) return arrays[0]!;
  const mean = new Float64Array(arrays[0]!.length);
  for (const array of arrays) for (let i = 0; i < mean.length; i++) mean[i]! += array[i]! / arrays.length;
  return mean;
}

/** The mean of models trained alike (same bits, same features): their biases and weights averaged. */
export function averageTrained(models: readonly TrainedModel[]): TrainedModel {
  if (models.length === 1) return models[0]!;
  return { bits: models[0]!.bits, bias: models.reduce((sum, model) => sum + model.bias, 0) / models.length, weights: meanWeights(models.map((model) => model.weights)) };
}

/** One training example of a hashed-feature model: its feature ids, its label (1 = risky) and its weight. */
export interface HashedExample {
  ids: Int32Array;
  label: number;
  weight: number;
}

/**
 * Class-balanced (by summed example weight) logistic regression with AdaGrad over hashed features, visiting the
 * examples in a fixed order (visitingOrder) so that every run gives the same table; returns the mean of the weights at
 * the end of the last `averagedEpochs` epochs. Both lowering models train this way: the confirm model above, the veto
 * in veto-model.ts.
 */
export function trainLogistic(examples: readonly HashedExample[], bits: number, epochs: number, averagedEpochs: number, order = 0): TrainedModel {
  const visit = visitWalk(visitingOrder(examples.length, order));
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
      const example = examples[visit(k, epoch)]!;
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
