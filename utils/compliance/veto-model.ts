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
/**
 * The veto also reads the findings of detector and literal rules of the built-in categories (contact words and
 * details: 微信, QQ, a store elsewhere, a number), which the confirm model never lowers, and is trained on them
 * (scripts/veto-model.ts, SHIPPED_VETO.opens). Design folds c1–c272 (4 by writer number mod 4): 9 more false flags
 * removed for 1 more risky draft lost; measured once on c273–c335: 5 more removed, 2 fewer lost (fresh/README.md,
 * round 24). The other gates stay shut: promise, the 拦截 of medical / abuse / reviewbait, short drafts and two claims
 * lost as many risky drafts as they freed clean ones, or more.
 */
export const VETO_READS_CONTACT_WORDS = true;

/** The veto has the confirm model's form (a bias and int8 weights with one scale) and ships and decodes as it does. */
export type VetoModel = ConfirmModel;
/** The shipped form (veto-weights.ts): int8 weights in base64, read by decodeModel (model.ts). */
export type VetoModelTable = ConfirmModelTable;

const BREAK_MARK = 0x7c;
/** The draft's start and end, each its own mark (a claim that opens a draft reads unlike one that closes it). */
const START_MARK = 0x5e;
const END_MARK = 0x24;
const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;

let units = new Uint16Array(256);

/**
 * The hashed ids of the grams of text around [start, end) (reach characters either side, clipped at the draft's
 * edges, which read as a mark), salted with the category, into `out`; returns how many.
 */
export function vetoFeatures(text: string, start: number, end: number, category: string, reach: number, bits: number, out: Int32Array): number {
  const fold = foldTableOf();
  const classes = classTableOf();
  const mask = (1 << bits) - 1;
  const from = Math.max(0, start - reach);
  const to = Math.min(text.length, end + reach);
  const size = to - from + 2;
  if (units.length < size) units = new Uint16Array(size * 2);
  let n = 0;
  if (from === 0) units[n++] = START_MARK;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const kind = classes[code];
    if (kind === SKIP) continue;
    units[n++] = kind === WORD ? fold[code]! : BREAK_MARK;
  }
  if (to === text.length) units[n++] = END_MARK;
  const categoryHash = vetoCategoryHash(category);
  let count = 0;
  out[count++] = categoryHash & mask;
  for (let i = 0; i < n; i++) {
    let hash = categoryHash;
    for (let length = 1; length <= 3 && i + length <= n; length++) {
      hash = Math.imul(hash ^ units[i + length - 1]!, FNV_PRIME);
      out[count++] = Math.imul(hash ^ (length << 4), FNV_PRIME) & mask;
    }
  }
  return count;
}

/** The category's hash, which salts every gram (and is a feature of its own). */
function vetoCategoryHash(category: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < category.length; i++) hash = Math.imul(hash ^ category.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** The model's probability over `count` feature ids in `features`. */
export function vetoProbability(model: VetoModel, features: Int32Array, count: number): number {
  let sum = 0;
  for (let k = 0; k < count; k++) sum += model.weights[features[k]!]!;
  return 1 / (1 + Math.exp(-(model.bias + sum * model.scale)));
}

let featureBuffer = new Int32Array(1024);

/** Probability, by the veto, that the finding over text[start, end) of `category` is a real claim. */
export function vetoRisk(model: VetoModel, text: string, start: number, end: number, category: string, reach = VETO_REACH): number {
  const needed = 3 * (end - start + 2 * reach + 2) + 1;
  if (featureBuffer.length < needed) featureBuffer = new Int32Array(needed * 2);
  return vetoProbability(model, featureBuffer, vetoFeatures(text, start, end, category, reach, model.bits, featureBuffer));
}
