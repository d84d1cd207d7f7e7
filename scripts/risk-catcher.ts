// The learned catcher's reading, kept as a measurement (scripts/lowo-risk.ts), not in the checker: multinomial logistic
// regression over hashed character 2-grams (the 2-grams of the confirm model's collectNgrams, so text is read as the
// checker reads it), one output per category plus "clean", trained by scripts/risk-model.ts on the labelled drafts and
// the product's own clean text. A draft the checker found nothing in would get one 提醒 of the model's category, on
// the clause that carried the score, when the model is very sure (RISK_ABOVE) and no veto shape holds (RiskVeto).
// Why it is not in the checker: test/data/compliance/fresh/README.md (round 8).
import { categoryLabel } from '../utils/compliance/labels';
import { collectNgrams } from '../utils/compliance/model';
import { BREAK, CLAUSE, SKIP, classTableOf } from '../utils/compliance/normalize';
import type { Category, Context, Finding, RuleFile } from '../utils/compliance/types';

/** The outputs, in table order: "clean" first, then the categories the model may name. */
export const RISK_CLASSES = ['clean', 'absolute', 'authority', 'medical', 'offplatform', 'reviewbait', 'promise', 'abuse', 'attitude'] as const;
/**
 * 2^13 hashed features × 9 outputs at one byte each: 72 KB. 2-grams only: 1–3-grams measured the same on unseen
 * writers (each at its own bar) and cost three times as much, and the model reads every draft the rules pass.
 */
export const RISK_BITS = 13;
/**
 * The catch bar on the probability that a draft is not clean: the lowest at which no writer of c1–c38 gained more
 * than one false flag, leave one writer out, and no shipped phrase or rewritten claim is caught (scripts/lowo-risk.ts;
 * first seen on c41–c43 only after it was fixed).
 */
export const RISK_ABOVE = 0.995;
/**
 * Contexts (by id prefix) whose cues cancel a claim whatever its category: a draft holding one of their cues is not
 * caught, since the model reads "不是全网最低" much like "全网最低" (most of its false flags on unseen writers).
 */
export const RISK_VETO_CONTEXTS: readonly string[] = ['negated', 'reported', 'mentioned', 'retracted', 'answered', 'questioned', 'cannot', 'name'];

export interface RiskModel {
  bits: number;
  /** One bias per class (RISK_CLASSES order). */
  biases: number[];
  /** Weight of feature i for class c = weights[i * 9 + c] * scale (int8). */
  scale: number;
  weights: Int8Array;
}

const CLASS_COUNT = RISK_CLASSES.length;
let ngrams = new Int32Array(1024);
const sums = new Float64Array(CLASS_COUNT);

/**
 * Calls `visit` with the hashed 2-gram ids of text[from, to): collectNgrams yields, after the start mark, per
 * character its 1- and 2-gram and, from the second character on, its 3-gram.
 */
export function forEachBigram(text: string, bits: number, visit: (id: number) => void, from = 0, to = text.length): void {
  if (ngrams.length < 3 * (to - from) + 3) ngrams = new Int32Array(2 * (3 * (to - from) + 3));
  const count = collectNgrams(text, bits, ngrams, from, to);
  for (let at = 1, first = true; at < count; at += first ? 2 : 3, first = false) visit(ngrams[at + 1]!);
}

/** Sums of the class scores over text[from, to) into `sums` (biases left out). */
function classSums(model: RiskModel, text: string, from: number, to: number): void {
  if (ngrams.length < 3 * (to - from) + 3) ngrams = new Int32Array(2 * (3 * (to - from) + 3));
  const count = collectNgrams(text, model.bits, ngrams, from, to);
  const { weights } = model;
  sums.fill(0);
  for (let at = 1, first = true; at < count; at += first ? 2 : 3, first = false) {
    const row = ngrams[at + 1]! * CLASS_COUNT;
    for (let c = 0; c < CLASS_COUNT; c++) sums[c]! += weights[row + c]!;
  }
}

export interface RiskVerdict {
  /** Probability that the text is not clean. */
  risk: number;
  /** The most likely category (never "clean"). */
  category: Category;
  /** Its probability (among all nine outputs). */
  confidence: number;
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
  return { risk: 1 - clean, category: RISK_CLASSES[best]! as Category, confidence: Math.exp(bestScore - top) / total };
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
export const RISK_HINTS: Record<string, string> = {
  absolute: '用具体的事实代替“最”“第一”“唯一”之类的说法，例如材质、参数、销量的实际数字',
  authority: '只说能出示的资质或检测报告，不借国家机关、专家、名人的名义',
  medical: '只说产品本身的成分和用法，功效问题请买家咨询医生',
  offplatform: '所有沟通、付款和售后都留在平台内完成，不给站外联系方式',
  reviewbait: '只请买家按真实感受评价，不拿返现、礼品或售后条件换好评',
  promise: '只承诺店铺规则里写明的服务，其余说“我们会尽力帮您处理”',
  abuse: '就事论事，不评价买家本人',
  attitude: '先回应买家的问题，再耐心说明，例如“亲，我再帮您看一下”',
};

/** What a catch reports: a 提醒 on the clause, saying it is the model's judgement and what kind of risk it reads. */
export function riskFinding(model: RiskModel, text: string, category: Category): Finding {
  const [start, end] = riskiestClause(model, text, category);
  const hint = RISK_HINTS[category];
  return {
    start,
    end,
    match: text.slice(start, end),
    category,
    severity: 'warn',
    rule: `model.${category}`,
    reason: `没有命中规则词，但学习模型判断这句话很像「${categoryLabel(category)}」类的风险说法（模型的判断，可能有误）：请确认，如果确实是，请改写`,
    suggestions: hint ? [hint] : [],
  };
}

/**
 * What keeps the catcher quiet, as shapes of the rule files' own data: cues of the contexts that cancel any claim
 * (RISK_VETO_CONTEXTS) and of those that cancel the caught category's rule words, phrases the rules allow, the better wordings the checker itself offers (a clause holding one
 * reads as the agent having taken the fix), and the categories a shop switched a rule off in.
 */
export interface RiskVeto {
  /** A draft holding one is not caught. */
  cues: readonly string[];
  /** A catch whose clause holds one is dropped. */
  ownWordings: readonly string[];
  /** Categories never caught. */
  offCategories: ReadonlySet<string>;
  /** Per category, the cues of the contexts that cancel that category's rule words: they cancel the model's catch of it too. */
  ownCues: ReadonlyMap<string, readonly string[]>;
}

const twoOrMore = (words: readonly string[]) => [...new Set(words.map((word) => word.trim()).filter((word) => word.length >= 2))];

/** The veto of rule files (built-ins first, as the checker reads them), minus the switched-off rules. */
export function riskVeto(files: readonly RuleFile[], disabled: readonly string[] = []): RiskVeto {
  const contexts = files.flatMap((file) => file.contexts ?? []);
  const off = new Set([...disabled, ...files.flatMap((file) => file.disable ?? [])]);
  const allow = files.flatMap((file) => file.allow ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.words));
  return {
    // One-character cues (叫, 字, 没…) are in almost every sentence.
    cues: twoOrMore([...vetoCues(contexts), ...allow]),
    ownWordings: twoOrMore([...files.flatMap((file) => (file.rewrites ?? []).flatMap((rewrite) => rewrite.to)), ...files.flatMap((file) => file.rules.flatMap((rule) => rule.suggestions ?? []))]),
    offCategories: new Set(files.flatMap((file) => file.rules).filter((rule) => off.has(rule.id)).map((rule) => rule.category)),
    ownCues: new Map(
      RISK_CLASSES.slice(1).map((category) => [
        category,
        twoOrMore(contexts.filter((context) => context.categories?.includes(category)).flatMap((context) => [...(context.before ?? []), ...(context.after ?? [])])),
      ]),
    ),
  };
}

/** The cues of the contexts that cancel any claim (RISK_VETO_CONTEXTS); one-character cues (叫, 字, 没…) are in almost every sentence. */
export function vetoCues(contexts: readonly Context[]): string[] {
  const cues = contexts
    .filter((context) => RISK_VETO_CONTEXTS.some((prefix) => context.id === prefix || context.id.startsWith(`${prefix}.`)))
    .flatMap((context) => [...(context.before ?? []), ...(context.after ?? [])])
    .filter((cue) => cue.length >= 2);
  return [...new Set(cues)];
}

/** Whether the veto keeps a verdict of the model on text quiet (the draft's cues first, then its clause). */
export function vetoed(model: RiskModel, veto: RiskVeto, text: string, category: Category): boolean {
  if (veto.offCategories.has(category) || veto.cues.some((cue) => text.includes(cue))) return true;
  if (veto.ownCues.get(category)?.some((cue) => text.includes(cue))) return true;
  const [start, end] = riskiestClause(model, text, category);
  const clause = text.slice(start, end);
  return veto.ownWordings.some((wording) => clause.includes(wording));
}

/** The category the model would add to a draft the rules found nothing in, or undefined. */
export function riskCategory(model: RiskModel, veto: RiskVeto, text: string, above = RISK_ABOVE): Category | undefined {
  const { risk, category } = riskOf(model, text);
  return risk > above && !vetoed(model, veto, text, category) ? category : undefined;
}

/** The catch for a draft the rules found nothing in: one finding, or none. */
export function riskCatch(model: RiskModel, veto: RiskVeto, text: string, above = RISK_ABOVE): Finding | undefined {
  const category = riskCategory(model, veto, text, above);
  return category === undefined ? undefined : riskFinding(model, text, category);
}
