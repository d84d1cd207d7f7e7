// A small learned catcher for drafts the rules pass: multinomial logistic regression over the same hashed character
// 1–3-grams as the confirm model (model.ts), with one output per category plus "clean". Trained at build time by
// scripts/train-risk-model.ts and shipped as a table (risk-weights.ts). It runs only on drafts where the rules found
// nothing at all; when it is very sure (RISK_ABOVE) and the draft holds no cue of a context that cancels claims
// (negations, reported or quoted words, questions, names), it adds one 提醒 finding of its category on the clause
// that carried the score. It never blocks and never touches a rule's finding. Measured in
// test/data/compliance/fresh/README.md (scripts/lowo-risk.ts).
import { categoryLabel } from './labels';
import { CLAUSE, BREAK, SKIP, classTableOf } from './normalize';
import { collectNgrams } from './model';
import type { Context, Finding } from './types';

/** The outputs, in table order: "clean" first, then the categories the model may name. */
export const RISK_CLASSES = ['clean', 'absolute', 'authority', 'medical', 'offplatform', 'reviewbait', 'promise', 'abuse', 'attitude'] as const;
/** 2^13 hashed features × 9 outputs at one byte each: 72 KB (2^14 measured no better on unseen writers at the bar). */
export const RISK_BITS = 13;
/**
 * The model adds a finding only above this probability that the draft is not clean. Chosen on leave-one-writer-out
 * over c1–c34 (scripts/lowo-risk.ts): the lowest bar at which no writer's false flags rose by more than one draft.
 */
export const RISK_ABOVE = 0.999;
/**
 * Contexts (by id prefix) whose cues cancel a claim whatever its category: a draft holding one of their cues is not
 * caught, since the model reads "不是全网最低" much like "全网最低" (most of its false flags on unseen writers).
 */
export const RISK_VETO_CONTEXTS: readonly string[] = ['negated', 'reported', 'mentioned', 'retracted', 'answered', 'questioned', 'cannot', 'name'];

export interface RiskModel {
  bits: number;
  /** One bias per class (RISK_CLASSES order). */
  biases: number[];
  /** Weight of feature i for class c = weights[i * classes + c] * scale. */
  scale: number;
  weights: Int8Array;
}

/** The shipped form (risk-weights.ts): the int8 weights in base64. */
export interface RiskModelTable {
  bits: number;
  biases: number[];
  scale: number;
  weights: string;
}

export function decodeRiskModel(table: RiskModelTable): RiskModel {
  const binary = atob(table.weights);
  const weights = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) weights[i] = (binary.charCodeAt(i) << 24) >> 24;
  return { bits: table.bits, biases: table.biases, scale: table.scale, weights };
}

let ngrams = new Int32Array(1024);
const CLASS_COUNT = RISK_CLASSES.length;
const sums = new Float64Array(CLASS_COUNT);

/** Sums of the class scores over text[from, to) into `sums` (biases left out). */
function classSums(model: RiskModel, text: string, from: number, to: number): void {
  if (ngrams.length < 3 * (to - from) + 3) ngrams = new Int32Array(2 * (3 * (to - from) + 3));
  const count = collectNgrams(text, model.bits, ngrams, from, to);
  const { weights } = model;
  sums.fill(0);
  for (let k = 0; k < count; k++) {
    const row = ngrams[k]! * CLASS_COUNT;
    for (let c = 0; c < CLASS_COUNT; c++) sums[c]! += weights[row + c]!;
  }
}

export interface RiskVerdict {
  /** Probability that the text is not clean. */
  risk: number;
  /** The most likely category (never "clean"). */
  category: string;
}

/** The model's verdict on the whole text. */
export function riskOf(model: RiskModel, text: string): RiskVerdict {
  classSums(model, text, 0, text.length);
  let top = -Infinity;
  for (let c = 0; c < CLASS_COUNT; c++) top = Math.max(top, model.biases[c]! + sums[c]! * model.scale);
  let total = 0;
  let best = 1;
  let bestScore = -Infinity;
  for (let c = 0; c < CLASS_COUNT; c++) {
    const score = model.biases[c]! + sums[c]! * model.scale;
    total += Math.exp(score - top);
    if (c > 0 && score > bestScore) [best, bestScore] = [c, score];
  }
  const clean = Math.exp(model.biases[0]! + sums[0]! * model.scale - top) / total;
  return { risk: 1 - clean, category: RISK_CLASSES[best]! };
}

/** Agents type spaces where a comma would go ("这茶坚持喝 家里老人都说…"): a space ends a clause here too. */
const endsClause = (kind: number, code: number) => kind === CLAUSE || kind === BREAK || code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0;

/**
 * The clause that reads most like `category` rather than clean (clauses end at 。！？，; spaces and the like): what the
 * underline covers, trimmed of spaces and symbols at its ends.
 */
export function riskiestClause(model: RiskModel, text: string, category: string): [start: number, end: number] {
  const classes = classTableOf();
  const c = RISK_CLASSES.indexOf(category as (typeof RISK_CLASSES)[number]);
  let best: [number, number] = [0, text.length];
  let bestScore = -Infinity;
  for (let from = 0; from < text.length; ) {
    let to = from;
    while (to < text.length && !endsClause(classes[text.charCodeAt(to)]!, text.charCodeAt(to))) to++;
    let start = from;
    let end = to;
    while (start < end && classes[text.charCodeAt(start)] === SKIP) start++;
    while (end > start && classes[text.charCodeAt(end - 1)] === SKIP) end--;
    if (end > start) {
      classSums(model, text, start, end);
      const score = sums[c]! - sums[0]!;
      if (score > bestScore) [best, bestScore] = [[start, end], score];
    }
    from = to + 1;
  }
  return best;
}

/** Better wording per category: what the agent can say instead of the kind of claim the model sees. */
const HINTS: Record<string, string[]> = {
  absolute: ['用具体的事实代替“最”“第一”“唯一”之类的说法，例如材质、参数、销量的实际数字'],
  authority: ['只说能出示的资质或检测报告，不借国家机关、专家、名人的名义'],
  medical: ['只说产品本身的成分和用法，功效问题请买家咨询医生'],
  offplatform: ['所有沟通、付款和售后都留在平台内完成，不给站外联系方式'],
  reviewbait: ['只请买家按真实感受评价，不拿返现、礼品或售后条件换好评'],
  promise: ['只承诺店铺规则里写明的服务，其余说“我们会尽力帮您处理”'],
  abuse: ['就事论事，不评价买家本人'],
  attitude: ['先回应买家的问题，再耐心说明，例如“亲，我再帮您看一下”'],
};

/** What a catch reports: a 提醒 on the clause, saying it is the model's judgement. */
export function riskFinding(model: RiskModel, text: string, category: string): Finding {
  const [start, end] = riskiestClause(model, text, category);
  return {
    start,
    end,
    match: text.slice(start, end),
    category,
    severity: 'warn',
    rule: `model.${category}`,
    reason: `没有命中规则词，但学习模型判断这句话很像「${categoryLabel(category)}」的说法（模型的判断，可能有误）：请确认，如果确实是，请改写`,
    suggestions: HINTS[category] ? HINTS[category].slice() : [],
  };
}

/** The cues of the contexts that cancel any claim (RISK_VETO_CONTEXTS): a draft holding one is not caught. */
export function vetoCues(contexts: readonly Context[]): string[] {
  const cues = contexts
    .filter((context) => RISK_VETO_CONTEXTS.some((prefix) => context.id === prefix || context.id.startsWith(`${prefix}.`)))
    .flatMap((context) => [...(context.before ?? []), ...(context.after ?? [])])
    // One-character cues (叫, 字, 没…) are in almost every sentence.
    .filter((cue) => cue.length >= 2);
  return [...new Set(cues)];
}

/** The catch for a draft the rules found nothing in: one finding, or none. */
export function riskCatch(model: RiskModel, vetoes: readonly string[], text: string): Finding | undefined {
  const { risk, category } = riskOf(model, text);
  if (risk <= RISK_ABOVE || vetoes.some((cue) => text.includes(cue))) return undefined;
  return riskFinding(model, text, category);
}
