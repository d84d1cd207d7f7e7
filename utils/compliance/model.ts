// A small learned check that confirms rule findings: logistic regression over hashed character 1–3-grams of the
// text as the checker reads it (folded, skipped characters dropped, breaks as one mark). Trained at build time by
// scripts/train-compliance-model.ts on labelled drafts and shipped as a table (model-weights.ts). It only ever
// lowers findings to hints, when they and their surroundings read as clean (a negation, an explanation of a rule):
// the underline and its span still come from the rules. Measured in README (合规检查 → 数据与指标).
import { COMPARISON_SCOPES, REGION_SCOPES } from './comparison-scopes';
import { CONFIRM_SCOPE_REACH } from './model-config';
import { SKIP, WORD, classTableOf, foldTableOf } from './normalize';

/** Local copies of the class codes: under Node's CommonJS interop an imported binding is a property read per use. */
const SKIPPED = SKIP;
const IN_WORD = WORD;

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
 * Writes the hashed id of every 1-, 2- and 3-gram of text[from, to), read as the checker reads it and framed by
 * start and end marks, into `out` (at least 3 × (to − from) + 3 long) and returns how many. One pass, no strings
 * built; the trainer calls the same function, so ids always agree.
 */
export function collectNgrams(text: string, bits: number, out: Int32Array, from = 0, to = text.length): number {
  const fold = foldTableOf();
  const classes = classTableOf();
  const mask = (1 << bits) - 1;
  // FNV-1a over (gram length, code units…): the hash of a gram's first units is carried to the next character, so
  // each character costs five multiplications and no calls.
  let count = 0;
  out[count++] = (Math.imul(FNV_OFFSET ^ 1 ^ START, FNV_PRIME) & mask);
  let open2 = Math.imul(FNV_OFFSET ^ 2 ^ START, FNV_PRIME); // a 2-gram starting at the previous unit
  let open3 = 0; // a 3-gram starting two units back, its second unit mixed in
  let units = 0; // units read after the start mark
  let start3 = Math.imul(FNV_OFFSET ^ 3 ^ START, FNV_PRIME); // a 3-gram starting at the previous unit
  for (let i = from; i <= to; i++) {
    let unit = END;
    if (i < to) {
      const code = text.charCodeAt(i);
      const kind = classes[code];
      if (kind === SKIPPED) continue;
      unit = kind === IN_WORD ? fold[code]! : BREAK_MARK;
    }
    out[count++] = (Math.imul(FNV_OFFSET ^ 1 ^ unit, FNV_PRIME) & mask);
    out[count++] = (Math.imul(open2 ^ unit, FNV_PRIME) & mask);
    if (units++ > 0) out[count++] = (Math.imul(open3 ^ unit, FNV_PRIME) & mask);
    open3 = Math.imul(start3 ^ unit, FNV_PRIME);
    open2 = Math.imul(FNV_OFFSET ^ 2 ^ unit, FNV_PRIME);
    start3 = Math.imul(FNV_OFFSET ^ 3 ^ unit, FNV_PRIME);
  }
  return count;
}

let ngramBuffer = new Int32Array(1024);

/** Probability that text[from, to) is risky, by the model. */
export function riskProbability(model: ConfirmModel, text: string, from = 0, to = text.length): number {
  if (ngramBuffer.length < 3 * (to - from) + 3) ngramBuffer = new Int32Array(2 * (3 * (to - from) + 3));
  const count = collectNgrams(text, model.bits, ngramBuffer, from, to);
  const { weights } = model;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += weights[ngramBuffer[k]!]!;
  const z = model.bias + sum * model.scale;
  return 1 / (1 + Math.exp(-z));
}

/** The shipped form of a model (model-weights.ts): the int8 weights in base64. */
export interface ConfirmModelTable {
  bits: number;
  bias: number;
  scale: number;
  weights: string;
}

/** Decodes the shipped table. */
export function decodeModel(table: ConfirmModelTable): ConfirmModel {
  return { bits: table.bits, bias: table.bias, scale: table.scale, weights: int8FromBase64(table.weights) };
}

/** The int8 weights of a shipped table (both learned models ship theirs as base64). */
export function int8FromBase64(base64: string): Int8Array {
  const binary = atob(base64);
  const weights = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) weights[i] = (binary.charCodeAt(i) << 24) >> 24;
  return weights;
}

/**
 * Whether text[start, end) or the clause before it (back to the last clause or sentence mark, at most
 * CONFIRM_SCOPE_REACH characters) names the scope of a comparison (COMPARISON_SCOPES) or the place the goods are ranked
 * in (REGION_SCOPES: "整个海南卖得最多的"): then an absolute claim there is not lowered. Asked only about a finding the
 * model could lower, so it costs nothing on most drafts.
 */
export function inComparisonScope(text: string, start: number, end: number): boolean {
  const classes = classTableOf();
  const fold = foldTableOf();
  let from = start;
  for (let at = start - 1; at >= 0 && start - at <= CONFIRM_SCOPE_REACH; at--) {
    const kind = classes[text.charCodeAt(at)];
    if (kind !== SKIPPED && kind !== IN_WORD) break;
    from = at;
  }
  let read = '';
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at);
    if (classes[code] === IN_WORD) read += String.fromCharCode(fold[code]!);
  }
  return COMPARISON_SCOPES.some((word) => read.includes(word)) || REGION_SCOPES.some((place) => read.includes(place));
}
