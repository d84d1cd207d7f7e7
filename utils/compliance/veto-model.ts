// A learned veto for single findings: logistic regression over hashed character 1–3-grams of a finding's
// neighbourhood (VETO_REACH characters either side of the rule's span), each gram marked by where it sits — before the
// span, touching it, after it — plus the finding's category. Contrast pairs (a risky draft and its clean twin that
// disowns, negates or explains the risk a few characters away) teach it which words around a span undo the claim.
import { SKIP, WORD, classTableOf, foldTableOf } from './normalize';

export interface VetoModel {
  bits: number;
  bias: number;
  scale: number;
  weights: Int8Array;
}

const BREAK_MARK = 0x7c;
const EDGE_MARK = 0x5e;
const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;
/** Where a gram sits relative to the rule's span. */
const BEFORE = 0;
const TOUCHING = 1;
const AFTER = 2;

let units = new Uint16Array(256);
let regions = new Uint8Array(256);

/**
 * The hashed ids of the grams of text around [start, end) (reach characters either side, clipped at the draft's
 * edges, which read as a mark), each salted with its region (or all alike when `regioned` is false) and the
 * category's id, into `out`; returns how many.
 */
export function vetoFeatures(text: string, start: number, end: number, category: string, reach: number, bits: number, out: Int32Array, regioned = true): number {
  const fold = foldTableOf();
  const classes = classTableOf();
  const mask = (1 << bits) - 1;
  const from = Math.max(0, start - reach);
  const to = Math.min(text.length, end + reach);
  const size = to - from + 2;
  if (units.length < size) [units, regions] = [new Uint16Array(size * 2), new Uint8Array(size * 2)];
  let n = 0;
  if (from === 0) [units[n], regions[n++]] = [EDGE_MARK, BEFORE];
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const kind = classes[code];
    if (kind === SKIP) continue;
    units[n] = kind === WORD ? fold[code]! : BREAK_MARK;
    regions[n++] = !regioned ? TOUCHING : i < start ? BEFORE : i < end ? TOUCHING : AFTER;
  }
  if (to === text.length) [units[n], regions[n++]] = [EDGE_MARK, AFTER];
  let categoryHash = FNV_OFFSET;
  for (let i = 0; i < category.length; i++) categoryHash = Math.imul(categoryHash ^ category.charCodeAt(i), FNV_PRIME);
  let count = 0;
  out[count++] = categoryHash & mask;
  for (let i = 0; i < n; i++) {
    let hash = categoryHash;
    let region = regions[i]!;
    for (let length = 1; length <= 3 && i + length <= n; length++) {
      const at = i + length - 1;
      if (regions[at] === TOUCHING) region = TOUCHING;
      else if (region !== TOUCHING) region = regions[at]!;
      hash = Math.imul(hash ^ units[at]!, FNV_PRIME);
      out[count++] = Math.imul(hash ^ (length << 4) ^ region, FNV_PRIME) & mask;
    }
  }
  return count;
}

let featureBuffer = new Int32Array(1024);

/** Probability, by the veto, that the finding over text[start, end) of `category` is a real claim. */
export function vetoRisk(model: VetoModel, text: string, start: number, end: number, category: string, reach: number, regioned = true): number {
  const needed = 3 * (end - start + 2 * reach + 2) + 1;
  if (featureBuffer.length < needed) featureBuffer = new Int32Array(needed * 2);
  const count = vetoFeatures(text, start, end, category, reach, model.bits, featureBuffer, regioned);
  let sum = 0;
  for (let k = 0; k < count; k++) sum += model.weights[featureBuffer[k]!]!;
  return 1 / (1 + Math.exp(-(model.bias + sum * model.scale)));
}
