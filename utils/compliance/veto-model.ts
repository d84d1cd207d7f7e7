// A learned veto for single findings: logistic regression over hashed character 1–3-grams of a finding's
// neighbourhood (VETO_REACH characters either side of the rule's span, read as the checker reads text), salted with
// the finding's category. Trained (scripts/veto-model.ts) on the rules' findings in labelled drafts and on clean drafts
// that name a claim word the rules found elsewhere but not there (negated, disowned, explained, asked about, or a
// contrast writer's twin): it learns which words around a claim undo it. The checker asks it only about a 提醒 or 拦截
// the confirm model may lower and did not, and a finding it reads as clean becomes a 提示: the underline stays.
// Measured by writer in fresh/README.md, round 18 (scripts/lowo-veto.ts).
import type { ConfirmModel, ConfirmModelTable } from './model';
import { CONFIRM_MIN_LENGTH } from './model-config';
import { SKIP, WORD, classTableOf, foldTableOf } from './normalize';

/** 2^15 hashed features at one byte each (32 KB; 2^13 and 2^14 removed fewer false flags per risky draft lost). */
export const VETO_BITS = 15;
/** Characters read either side of the rule's span (8 and 20 measured worse). */
export const VETO_REACH = 12;
/** A finding the veto reads below this probability of being a real claim becomes a hint (design folds, round 18). */
export const VETO_BELOW = 0.15;
/**
 * Drafts shorter than this are not asked, as for the confirm model (CONFIRM_MIN_LENGTH): read without the gate, the
 * veto lowered short plain claims the unit tests keep (「这款拖把最好用」 0.018, 「这款最好用还不贵」 0.035), since clean
 * drafts say 最好用 for "better use" and a short draft gives the words around a claim too little weight to tell.
 */
export const VETO_MIN_LENGTH = CONFIRM_MIN_LENGTH;

/** The veto has the confirm model's form (a bias and int8 weights with one scale) and ships and decodes as it does. */
export type VetoModel = ConfirmModel;
/** The shipped form (veto-weights.ts): int8 weights in base64, read by decodeModel (model.ts). */
export type VetoModelTable = ConfirmModelTable;

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
 * edges, which read as a mark), salted with the category, into `out`; returns how many. `regioned` also salts each gram
 * with where it sits (before the span, touching it, after it): measured in scripts/lowo-veto.ts, not shipped (it
 * removed fewer false flags: a disowning word reads the same on either side).
 */
export function vetoFeatures(text: string, start: number, end: number, category: string, reach: number, bits: number, out: Int32Array, regioned = false): number {
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
export function vetoRisk(model: VetoModel, text: string, start: number, end: number, category: string, reach = VETO_REACH, regioned = false): number {
  const needed = 3 * (end - start + 2 * reach + 2) + 1;
  if (featureBuffer.length < needed) featureBuffer = new Int32Array(needed * 2);
  const count = vetoFeatures(text, start, end, category, reach, model.bits, featureBuffer, regioned);
  let sum = 0;
  for (let k = 0; k < count; k++) sum += model.weights[featureBuffer[k]!]!;
  return 1 / (1 + Math.exp(-(model.bias + sum * model.scale)));
}
