// The learned catcher: multinomial logistic regression over hashed character 2-grams (the 2-grams of the confirm
// model's collectNgrams, so text is read as the checker reads it), one output per category plus "clean", trained by
// scripts/train-risk-model.ts (scripts/risk-model.ts) on the labelled drafts and the product's own clean text. The
// checker asks it only about a draft its rules and the confirm model left without a 提醒 or 拦截: one 提醒 of the model's
// category, on the clause that carries the score, when the model is very sure (RISK_ABOVE; RISK_TONE_ABOVE for abuse and attitude), the draft's hanzi alone
// read as risky (Latin letters and digits carry no catch by themselves), so do its 2-grams outside negated and reported
// scopes (RISK_SCOPE_OPENERS), and no veto shape holds (RiskVeto).
// Measured leave one writer out and first seen: test/data/compliance/fresh/README.md (rounds 8 and 16). Pure TS, no browser
// globals but atob.
import { categoryLabel } from './labels';
import { fitFixes, replacesSentence } from './fit';
import { collectNgrams, int8FromBase64 } from './model';
import { BREAK, CLAUSE, SKIP, WORD, classTableOf, foldTableOf, foldText } from './normalize';
import { RISK_HINTS, RISK_READS } from './risk-hints';
import type { Category, Context, Finding, RuleFile } from './types';

/** The outputs, in table order: "clean" first, then the categories the model may name. */
export const RISK_CLASSES = ['clean', 'absolute', 'authority', 'medical', 'offplatform', 'reviewbait', 'promise', 'abuse', 'attitude'] as const;
/**
 * 2^15 hashed features × 9 outputs at one byte each: 288 KB (2^13 until round 15). Chosen in 10 folds over the design
 * writers c1–c120 (round 16): with ~55k drafts fewer 2-grams share a weight, and at the bar the rule gives each, 2^15
 * catches +327 drafts for +8 false flags where 2^13 caught +278 for +9 (2^14: +318 / +9). 2-grams only: 1–3-grams
 * measured the same on unseen writers (each at its own bar) and cost three times as much, and the model reads every
 * draft the rules pass.
 */
export const RISK_BITS = 15;
/**
 * The catch bar on the probability that a draft is not clean: the lowest at which no design writer (c1–c120, 10 folds
 * by writer number) gained more than one false flag and no shipped phrase or rewritten claim is caught
 * (`scripts/lowo-risk.ts --design 120 --folds 10`; first seen on c121–c224 only after it was fixed: +136 drafts caught
 * for +2 false flags over the round-15 catcher). 0.995 until round 12, 0.98 (2^13, chosen on c1–c43) until round 15.
 */
export const RISK_ABOVE = 0.95;
/**
 * The bar for the service-tone categories (abuse, attitude: open-ended wording, where most misses on new writers are),
 * every other category at RISK_ABOVE. Round 24 (catch24), design folds c1–c272 (`lowo-risk.ts --design 272 --folds 4`):
 * +62 claims for +4 false flags over 0.95, no writer above +1, no shipped phrase or rewritten claim caught.
 */
export const RISK_TONE_ABOVE = 0.86;
const TONE_CATEGORIES: readonly string[] = ['abuse', 'attitude'];
/** The bar a catch of `category` must clear as shipped. */
export const riskBarOf = (category: string) => (TONE_CATEGORIES.includes(category) ? RISK_TONE_ABOVE : RISK_ABOVE);
/**
 * Contexts (by id prefix) whose cues cancel a claim whatever its category: a draft holding one of their cues is not
 * caught, since the model reads "不是全网最低" much like "全网最低" (most of its false flags on unseen writers).
 */
export const RISK_VETO_CONTEXTS: readonly string[] = ['negated', 'reported', 'mentioned', 'retracted', 'answered', 'questioned', 'cannot', 'name'];
/**
 * Characters that open a scope to the end of their clause: a negation (不没别无未非勿禁) or a verb of saying or asking
 * (说问讲称). The catch must clear the bar on the 2-grams outside every scope too (riskOutsideScopes), so a claim the
 * draft denies or reports ("不是全网最低", "您说的全网最低") carries no catch by itself, while the model still reads
 * every 2-gram as it was trained to. Leave one writer out over c1–c43 (round 12): at p > 0.99, +22 drafts caught for
 * +0 false flags instead of +25 for +3; the scoped 2-grams hashed apart in training (round 11) did no better and
 * cost a lookup per character on every draft.
 */
export const RISK_SCOPE_OPENERS = '不没别无未非勿禁说问讲称';

export interface RiskModel {
  bits: number;
  /** One bias per class (RISK_CLASSES order). */
  biases: number[];
  /** Weight of feature i for class c = weights[i * 9 + c] * scale (int8). */
  scale: number;
  weights: Int8Array;
}

/** The table as shipped (utils/compliance/risk-weights.ts): the int8 weights in base64, so it travels as a message. */
export interface RiskModelTable {
  bits: number;
  biases: number[];
  scale: number;
  weights: string;
}

/** Decodes the shipped table (once per page: checker.ts keeps the result per table). */
export function decodeRiskModel(table: RiskModelTable): RiskModel {
  return { bits: table.bits, biases: [...table.biases], scale: table.scale, weights: int8FromBase64(table.weights) };
}

/** A draft with fewer hanzi than this is never caught: too little for the model to be sure of (and the check stays cheap). */
export const RISK_MIN_HANZI = 4;

/** A literal (the type checks it is RISK_CLASSES' length): draftSums' row stride is then a constant in optimised code. */
const CLASS_COUNT: (typeof RISK_CLASSES)['length'] = 9;
let ngrams = new Int32Array(1024);

/**
 * Calls `visit` with the hashed 2-gram ids of text[from, to): collectNgrams yields, after the start mark, per
 * character its 1- and 2-gram and, from the second character on, its 3-gram.
 */
export function forEachBigram(text: string, bits: number, visit: (id: number) => void, from = 0, to = text.length): void {
  if (ngrams.length < 3 * (to - from) + 3) ngrams = new Int32Array(2 * (3 * (to - from) + 3));
  const count = collectNgrams(text, bits, ngrams, from, to);
  for (let at = 1, first = true; at < count; at += first ? 2 : 3, first = false) visit(ngrams[at + 1]!);
}

/** Probability that the class sums read as not clean. */
function notClean(model: RiskModel, from: Int32Array): number {
  let top = -Infinity;
  for (let c = 0; c < CLASS_COUNT; c++) top = Math.max(top, model.biases[c]! + from[c]! * model.scale);
  let total = 0;
  for (let c = 0; c < CLASS_COUNT; c++) total += Math.exp(model.biases[c]! + from[c]! * model.scale - top);
  return 1 - Math.exp(model.biases[0]! + from[0]! * model.scale - top) / total;
}

export interface RiskVerdict {
  /** Probability that the text is not clean. */
  risk: number;
  /** The same read from its hanzi alone (no 2-gram holding a Latin letter or digit). */
  hanziRisk: number;
  /** The most likely category (never "clean"). */
  category: Category;
  /** Its probability (among all nine outputs). */
  confidence: number;
}

/** Local copies (see checker.ts): the marks and hash of collectNgrams (model.ts), for the 2-grams alone. */
const START_MARK = 0x5e;
const END_MARK = 0x24;
const BREAK_MARK = 0x7c;
const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;
/** A code unit collectNgrams skips, in gramUnits (U+FFFF is itself skipped and no character folds to it). */
const SKIPPED_UNIT = 0xffff;
let gramUnits: Uint16Array | undefined;
let scopeOpeners: Uint8Array | undefined;

/** Gram unit → 1 when it opens a scope (RISK_SCOPE_OPENERS). */
function scopeOpenerTable(): Uint8Array {
  if (scopeOpeners) return scopeOpeners;
  scopeOpeners = new Uint8Array(0x10000);
  for (const opener of RISK_SCOPE_OPENERS) scopeOpeners[foldText(opener).charCodeAt(0)] = 1;
  return scopeOpeners;
}

/**
 * Code unit → the unit collectNgrams hashes for it: the folded character in a word, BREAK_MARK for any break,
 * SKIPPED_UNIT when skipped. One lookup per character instead of the class and fold tables' two (a third of the
 * catcher's cost on a clean draft).
 */
function gramUnitTable(): Uint16Array {
  if (gramUnits) return gramUnits;
  const classes = classTableOf();
  const fold = foldTableOf();
  gramUnits = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const kind = classes[code];
    gramUnits[code] = kind === SKIP ? SKIPPED_UNIT : kind === WORD ? fold[code]! : BREAK_MARK;
  }
  return gramUnits;
}

/**
 * Class sums of a draft (or a clause of it), as integers (int8 weights): every 2-gram, those holding a Latin letter or
 * digit, and the rest (its hanzi alone).
 */
const totals = new Int32Array(CLASS_COUNT);
const mixedTotals = new Int32Array(CLASS_COUNT);
const hanziTotals = new Int32Array(CLASS_COUNT);
const outsideTotals = new Int32Array(CLASS_COUNT);

/** Whether a gram unit is a Latin letter or digit (folded letters are lower case; the marks are neither). */
const isLatinUnit = (unit: number) => (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39);

/**
 * The class sums of text[from, to) into `totals`, in one pass that hashes only the 2-grams (the ids collectNgrams gives
 * them; risk-model.test.ts checks they agree): the model reads every draft the rules pass, so this is the catcher's
 * cost on clean traffic. The letters-and-digits sums (mixedSums) are a second pass, run only for a draft that may be
 * caught: kept in this loop they made it 40 % slower. The nine int8 weights of a 2-gram are read where the table keeps
 * them (9 bytes a row, 288 KB): rows packed two classes to a 16-bit-lane int32 (five reads, 640 KB) measured 5 % slower
 * per check in the bench (round 22), their extra cache lines costing more than the reads they save.
 */
function draftSums(model: RiskModel, text: string, from = 0, to = text.length): void {
  const units = gramUnitTable();
  const { weights } = model;
  const mask = (1 << model.bits) - 1;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
  let open2 = Math.imul(FNV_OFFSET ^ 2 ^ START_MARK, FNV_PRIME);
  for (let i = from; i <= to; i++) {
    const unit = i < to ? units[text.charCodeAt(i)]! : END_MARK;
    if (unit === SKIPPED_UNIT) continue;
    const row = (Math.imul(open2 ^ unit, FNV_PRIME) & mask) * CLASS_COUNT;
    open2 = Math.imul(FNV_OFFSET ^ 2 ^ unit, FNV_PRIME);
    s0 += weights[row]!;
    s1 += weights[row + 1]!;
    s2 += weights[row + 2]!;
    s3 += weights[row + 3]!;
    s4 += weights[row + 4]!;
    s5 += weights[row + 5]!;
    s6 += weights[row + 6]!;
    s7 += weights[row + 7]!;
    s8 += weights[row + 8]!;
  }
  totals[0] = s0;
  totals[1] = s1;
  totals[2] = s2;
  totals[3] = s3;
  totals[4] = s4;
  totals[5] = s5;
  totals[6] = s6;
  totals[7] = s7;
  totals[8] = s8;
}

/**
 * The class sums of the 2-grams of text that `counts` keeps into `into` (same walk and hashing as draftSums). `counts`
 * is asked once per gram unit, in order, and may keep state across calls. Run only for a draft that may be caught.
 */
function sumsWhere(model: RiskModel, text: string, into: Int32Array, counts: (unit: number) => boolean): void {
  const units = gramUnitTable();
  const { weights } = model;
  const mask = (1 << model.bits) - 1;
  into.fill(0);
  let open2 = Math.imul(FNV_OFFSET ^ 2 ^ START_MARK, FNV_PRIME);
  for (let i = 0; i <= text.length; i++) {
    const unit = i < text.length ? units[text.charCodeAt(i)]! : END_MARK;
    if (unit === SKIPPED_UNIT) continue;
    if (counts(unit)) {
      const row = (Math.imul(open2 ^ unit, FNV_PRIME) & mask) * CLASS_COUNT;
      for (let c = 0; c < CLASS_COUNT; c++) into[c]! += weights[row + c]!;
    }
    open2 = Math.imul(FNV_OFFSET ^ 2 ^ unit, FNV_PRIME);
  }
}

/** The class sums of the 2-grams of text holding a Latin letter or digit into `mixedTotals`. */
function mixedSums(model: RiskModel, text: string): void {
  let previousLatin = false;
  sumsWhere(model, text, mixedTotals, (unit) => {
    const latin = isLatinUnit(unit);
    const holdsLatin = latin || previousLatin;
    previousLatin = latin;
    return holdsLatin;
  });
}

/**
 * The class sums of the 2-grams of text outside every scope (RISK_SCOPE_OPENERS) into `outsideTotals`: a scope starts
 * with the 2-gram whose first character is the opener and ends at the clause's end.
 */
function outsideScopeSums(model: RiskModel, text: string): void {
  const openers = scopeOpenerTable();
  let inScope = false;
  sumsWhere(model, text, outsideTotals, (unit) => {
    const outside = !inScope;
    inScope = unit === BREAK_MARK ? false : inScope || openers[unit] === 1;
    return outside;
  });
}

/** Probability that text reads as not clean from its 2-grams outside every negated or reported scope alone. */
export function riskOutsideScopes(model: RiskModel, text: string): number {
  outsideScopeSums(model, text);
  return notClean(model, outsideTotals);
}

/** The bar needed on the largest lead of a category over clean (see mayClear). */
const leadNeeded = (above: number) => Math.log(above / (1 - above) / (CLASS_COUNT - 1));

/** The model's verdict on the whole text. */
export function riskOf(model: RiskModel, text: string): RiskVerdict {
  draftSums(model, text);
  mixedSums(model, text);
  for (let c = 0; c < CLASS_COUNT; c++) hanziTotals[c] = totals[c]! - mixedTotals[c]!;
  let top = -Infinity;
  for (let c = 0; c < CLASS_COUNT; c++) top = Math.max(top, model.biases[c]! + totals[c]! * model.scale);
  let total = 0;
  let best = 1;
  let bestScore = -Infinity;
  for (let c = 0; c < CLASS_COUNT; c++) {
    const score = model.biases[c]! + totals[c]! * model.scale;
    total += Math.exp(score - top);
    if (c > 0 && score > bestScore) [best, bestScore] = [c, score];
  }
  const clean = Math.exp(model.biases[0]! + totals[0]! * model.scale - top) / total;
  return { risk: 1 - clean, hanziRisk: notClean(model, hanziTotals), category: RISK_CLASSES[best]! as Category, confidence: Math.exp(bestScore - top) / total };
}

/**
 * Whether the whole draft can clear `above`: p(not clean) > above needs some category's score above the clean one by
 * log(above / (1 − above) / 8) at least (eight categories share the rest). Read from the integer sums alone, no exp.
 */
function mayClear(model: RiskModel, above: number): boolean {
  const needed = leadNeeded(above);
  const clean = model.biases[0]! + totals[0]! * model.scale;
  for (let c = 1; c < CLASS_COUNT; c++) if (model.biases[c]! + totals[c]! * model.scale - clean > needed) return true;
  return false;
}

/** Agents type spaces where a comma would go ("这茶坚持喝 家里老人都说…"): a space ends a clause here too. */
const endsClause = (kind: number, code: number) => kind === CLAUSE || kind === BREAK || code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0;

/** Where the clause starting at `from` ends: the index of the mark that ends it, or text.length. */
function clauseEnd(text: string, from: number, classes: Uint8Array): number {
  let to = from;
  while (to < text.length && !endsClause(classes[text.charCodeAt(to)]!, text.charCodeAt(to))) to++;
  return to;
}

const isHanzi = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/** An emoji or symbol typed between a degree word and its adjective (最💯好, 最✨好用): not a letter, digit or hanzi. */
const isDecoration = (code: number) => !isHanzi(code) && !(code >= 0x30 && code <= 0x39) && !((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

/**
 * Where text[start, end) holds a degree word as the checker's rewrite leaves it (a prefix rewrite's wording, e.g. 很,
 * followed by one to three hanzi: 最全面 → 很全面, and 最💯好 → 很💯好, where the rewrite replaces only 最): [from, to),
 * or undefined.
 */
function rewrittenDegree(text: string, start: number, end: number, degreeWordings: readonly string[]): [number, number] | undefined {
  for (const wording of degreeWordings) {
    for (let at = text.indexOf(wording, start); at >= 0 && at + wording.length < end; at = text.indexOf(wording, at + 1)) {
      let from = at + wording.length;
      const decorationLimit = Math.min(end, from + 4);
      while (from < decorationLimit && isDecoration(text.charCodeAt(from))) from++;
      let to = from;
      const limit = Math.min(end, to + 3);
      while (to < limit && isHanzi(text.charCodeAt(to))) to++;
      if (to > from) return [at, to];
    }
  }
  return undefined;
}

/**
 * The clause that reads most like `category` rather than clean (clauses end at 。！？，; spaces and the like), trimmed of
 * spaces and symbols at its ends: what the underline covers. A clause holding one of the checker's own better wordings
 * is not chosen (the agent took a fix there: 很实惠的价格, or 很全面 as the degree rewrite leaves 最全面), nor one that
 * reads clean. Undefined when no clause is left (then nothing is caught).
 */
export function riskiestClause(model: RiskModel, text: string, category: string, veto?: RiskVeto): [start: number, end: number] | undefined {
  const classes = classTableOf();
  const c = RISK_CLASSES.indexOf(category as (typeof RISK_CLASSES)[number]);
  let best: [number, number] | undefined;
  let bestScore = 0;
  for (let from = 0; from < text.length; ) {
    const to = clauseEnd(text, from, classes);
    let start = from;
    let end = to;
    while (start < end && classes[text.charCodeAt(start)] === SKIP) start++;
    while (end > start && classes[text.charCodeAt(end - 1)] === SKIP) end--;
    if (end > start) {
      draftSums(model, text, start, end);
      const score = totals[c]! - totals[0]!;
      if (score > bestScore && !(veto && holdsOwnWording(text, start, end, veto))) [best, bestScore] = [[start, end], score];
    }
    from = to + 1;
  }
  return best;
}

/** Whether text[start, end) holds a better wording the checker offers, or a degree word as its rewrite leaves it. */
function holdsOwnWording(text: string, start: number, end: number, veto: RiskVeto): boolean {
  const clause = foldText(text.slice(start, end));
  return (
    veto.ownWordings.some((wording) => clause.includes(wording)) ||
    rewrittenDegree(clause, 0, clause.length, veto.degreeWordings) !== undefined ||
    endsInDegreeBeforeBreak(text, clause, end, veto.degreeWordings)
  );
}

/**
 * The clause ends in a degree wording and a short clause of one to four hanzi follows the space or symbols after it:
 * the rewrite keeps what stood between the degree word and its adjective (全 网 最 温和的 → 很 温和的), so the space
 * that ends the clause here stood inside the claim. A longer run after the space is a clause of its own (忙得很 莫一直发消息).
 */
function endsInDegreeBeforeBreak(text: string, clause: string, end: number, degreeWordings: readonly string[]): boolean {
  if (!degreeWordings.some((wording) => clause.endsWith(wording))) return false;
  let from = end;
  const decorationLimit = Math.min(text.length, from + 4);
  while (from < decorationLimit && isDecoration(text.charCodeAt(from))) from++;
  let to = from;
  while (to < text.length && to - from <= 4 && isHanzi(text.charCodeAt(to))) to++;
  return to > from && to - from <= 4 && (to === text.length || !isHanzi(text.charCodeAt(to)));
}

/**
 * What a catch reports: one 提醒 on the clause, saying plainly that it is the model's judgement, what it reads and how
 * to say it instead. Suggestions only where the whole sentence is replaced (fit.ts, fitFixes): the model names no words.
 */
export function riskFinding(text: string, category: Category, [start, end]: [number, number]): Finding {
  const hint = RISK_HINTS[category];
  // A turn of speech (a contact request, review bait, a curt line) is replaced whole: its category's lines fit it.
  // A claim (a rank, an effect) is not: the model names no words whose predicate a fix could stand in for.
  const fitted = replacesSentence(category) ? fitFixes(text, start, end, category, [], []) : { suggestions: [] };
  return {
    start,
    end,
    match: text.slice(start, end),
    category,
    severity: 'warn',
    rule: `learned.${category}`,
    reason:
      `这句话读起来像在${RISK_READS[category] ?? `做「${categoryLabel(category)}」类的说法`}（模型判断，没有命中具体词，可能有误）：请确认，如果确实是，请改写` +
      (hint ? `。建议：${hint}` : ''),
    suggestions: fitted.suggestions,
    ...(fitted.fix ? { fix: fitted.fix } : {}),
  };
}

/**
 * What keeps the catcher quiet, as shapes of the rule files' own data: cues of the contexts that cancel any claim
 * (RISK_VETO_CONTEXTS) and of those that cancel the caught category's rule words, phrases the rules allow, the better
 * wordings the checker itself offers (a clause holding one reads as the agent having taken the fix), and the
 * categories a shop switched a rule off in.
 */
export interface RiskVeto {
  /** A draft holding one is not caught. */
  cues: readonly string[];
  /** A clause holding one is never underlined. */
  ownWordings: readonly string[];
  /** The wordings of the degree rewrites (最X → 很X): a clause whose score comes from one followed by hanzi is never underlined. */
  degreeWordings: readonly string[];
  /** Categories never caught. */
  offCategories: ReadonlySet<string>;
  /** Per category, the cues of the contexts that cancel that category's rule words: they cancel the model's catch of it too. */
  ownCues: ReadonlyMap<string, readonly string[]>;
}

/** Folded as the checker folds text (veto.ts reads folded drafts); one-character words are in almost every sentence. */
const twoOrMore = (words: readonly string[]) => [...new Set(words.map((word) => foldText(word.trim())).filter((word) => word.length >= 2))];

/** The veto of rule files (built-ins first, as the checker reads them), minus the switched-off rules. */
export function riskVeto(files: readonly RuleFile[], disabled: readonly string[] = []): RiskVeto {
  const contexts = files.flatMap((file) => file.contexts ?? []);
  const off = new Set([...disabled, ...files.flatMap((file) => file.disable ?? [])]);
  const allow = files.flatMap((file) => file.allow ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.words));
  return {
    // One-character cues (叫, 字, 没…) are in almost every sentence.
    cues: twoOrMore([...vetoCues(contexts), ...allow]),
    degreeWordings: [...new Set(files.flatMap((file) => (file.rewrites ?? []).filter((rewrite) => (rewrite.prefixes ?? []).length > 0).flatMap((rewrite) => rewrite.to)))],
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

/** Hanzi (CJK unified ideographs) in text, counted up to `enough`. */
function hanziCount(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) if (isHanzi(text.charCodeAt(i))) count++;
  return count;
}

/** Whether the draft-wide veto keeps a verdict of the model on text quiet (switched-off category, cancelling cues). */
export function vetoed(veto: RiskVeto, text: string, category: Category): boolean {
  if (veto.offCategories.has(category)) return true;
  // Read as the checker reads it: folded (case, full width, 繁→简), so a cue 3c holds in 3C.
  const folded = foldText(text);
  const own = veto.ownCues.get(category);
  return holdsAnyCue(folded, veto.cues) || (own !== undefined && holdsAnyCue(folded, own));
}

/** Cue lists by their cues' first code unit, built once per list (a list is the veto's, made once per checker). */
const cuesByFirstOf = new WeakMap<readonly string[], Map<number, string[]>>();

/**
 * Whether `folded` holds one of `cues`. The lists hold thousands of cues (every allowed phrase): the draft is read
 * once, each position trying only the cues that start with its character, instead of searching it once per cue.
 */
function holdsAnyCue(folded: string, cues: readonly string[]): boolean {
  let byFirst = cuesByFirstOf.get(cues);
  if (byFirst === undefined) {
    byFirst = new Map();
    for (const cue of cues) {
      const first = cue.charCodeAt(0);
      const list = byFirst.get(first);
      if (list) list.push(cue);
      else byFirst.set(first, [cue]);
    }
    cuesByFirstOf.set(cues, byFirst);
  }
  for (let i = 0; i < folded.length; i++) {
    const starting = byFirst.get(folded.charCodeAt(i));
    if (starting !== undefined) for (const cue of starting) if (folded.startsWith(cue, i)) return true;
  }
  return false;
}

/** The catch for a draft the rules found nothing in: one 提醒 finding, or none. */
export function riskCatch(model: RiskModel, veto: RiskVeto, text: string, bar: number | ((category: string) => number) = riskBarOf): Finding | undefined {
  if (hanziCount(text, RISK_MIN_HANZI) < RISK_MIN_HANZI) return undefined;
  // Most drafts read clean: the integer sums alone say the lowest bar is out of reach.
  draftSums(model, text);
  if (!mayClear(model, typeof bar === 'number' ? bar : Math.min(RISK_ABOVE, RISK_TONE_ABOVE))) return undefined;
  const { risk, hanziRisk, category } = riskOf(model, text);
  const above = typeof bar === 'number' ? bar : bar(category);
  // Latin letters and digits carry no catch by themselves (a pinyin place name, a model number: "Jiangsu仓发的"): the
  // draft's hanzi alone, every 2-gram holding a letter or digit left out, must clear the bar too.
  if (risk <= above || hanziRisk <= above || vetoed(veto, text, category)) return undefined;
  // A claim the draft denies or reports carries no catch by itself: the 2-grams outside those scopes must clear the bar.
  if (riskOutsideScopes(model, text) <= above) return undefined;
  // A clause holding the checker's own better wording is passed over: the rest of the draft must clear the bar alone.
  const rest = withoutOwnWordings(text, veto);
  if (rest !== text) {
    const left = riskOf(model, rest);
    if (left.category !== category || left.risk <= above || left.hanziRisk <= above) return undefined;
  }
  const clause = riskiestClause(model, text, category, veto);
  return clause ? riskFinding(text, category, clause) : undefined;
}

/** The draft's clauses that hold none of the checker's own better wordings, each with the mark that ended it (the draft itself when none does). */
function withoutOwnWordings(text: string, veto: RiskVeto): string {
  const classes = classTableOf();
  const kept: string[] = [];
  let passed = false;
  for (let from = 0; from < text.length; ) {
    const to = clauseEnd(text, from, classes);
    if (to > from && holdsOwnWording(text, from, to, veto)) passed = true;
    else kept.push(text.slice(from, to + 1));
    from = to + 1;
  }
  return passed ? kept.join('') : text;
}

/** The category the model would add to a draft the rules found nothing in, or undefined. */
export function riskCategory(model: RiskModel, veto: RiskVeto, text: string, bar: number | ((category: string) => number) = riskBarOf): Category | undefined {
  return riskCatch(model, veto, text, bar)?.category;
}
