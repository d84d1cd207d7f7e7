// Training for the learned catcher (utils/compliance/risk-model.ts): multinomial logistic regression over hashed
// character 2-grams, trained on the labelled drafts plus the product's own clean text (productCleanText: shipped phrase
// bodies and the rules' better wordings, clean by construction and of the kind agents send; never rewrites.tsv) and the
// sentences the unit tests pin for the learned tables (test/data/compliance/pinned.tsv: pinnedDrafts). Used by
// scripts/train-risk-model.ts (the shipped table) and scripts/lowo-risk.ts (leave one writer out, first seen).
import type { LabelledDraft } from '../utils/compliance/evaluate';
import { BUILTIN_RULES } from '../utils/compliance/rules';
import { RISK_BITS, RISK_CLASSES, forEachBigram, type RiskModel, type RiskModelTable } from '../utils/compliance/risk-model';
import { BUILTIN_PHRASES } from '../utils/library/builtin/index';
import { SHIPPED_ORDERS, base64OfInt8, int8Weights, meanWeights, visitWalk, visitingOrder } from './compliance-model';
import { pinnedDrafts } from './pinned-sentences';

export { RISK_ABOVE, RISK_BITS, RISK_CLASSES, RISK_VETO_CONTEXTS, riskCatch, riskCategory, riskOf, riskOutsideScopes, riskVeto, vetoCues, vetoed, type RiskModel } from '../utils/compliance/risk-model';

const CLASSES = RISK_CLASSES.length;
const EPOCHS = 15;
const RATE = 0.2;
const L2 = 1e-5;

/** The hashed 2-gram ids of text, in order (utils/compliance/risk-model.ts reads the same). */
export function bigramIds(text: string, bits: number): Int32Array {
  const ids: number[] = [];
  forEachBigram(text, bits, (id) => ids.push(id));
  return Int32Array.from(ids);
}

/**
 * The product's own clean text, as clean training drafts: every shipped phrase title and body and every better wording the
 * checker offers for its rules (rewrites' replacements and rules' suggestions), deduplicated, in a fixed order.
 */
export function productCleanText(): LabelledDraft[] {
  const texts = [
    ...BUILTIN_PHRASES.flatMap((phrase) => [phrase.title, phrase.body]),
    ...(BUILTIN_RULES.rewrites ?? []).flatMap((rewrite) => rewrite.to),
    ...BUILTIN_RULES.rules.flatMap((rule) => rule.suggestions ?? []),
  ];
  return [...new Set(texts.map((text) => text.trim()).filter((text) => text !== ''))].map((text) => ({ risky: false, category: '-', categories: [], text }));
}

/** The class a draft is trained on: 0 when clean, its main category when risky; -1 (left out) for a team's own category. */
function classOf(draft: LabelledDraft): number {
  if (!draft.risky) return 0;
  const index = (RISK_CLASSES as readonly string[]).indexOf(draft.category);
  return index > 0 ? index : -1;
}

/**
 * Softmax regression with AdaGrad, clean and risky drafts weighted to count the same in total, trained once per visiting
 * order in `orders` (SHIPPED_ORDERS, compliance-model.ts: the same drafts give the same model) and the weights averaged,
 * then quantised to int8 with one scale.
 */
export function trainRiskModel(drafts: readonly LabelledDraft[], bits = RISK_BITS, orders: readonly number[] = SHIPPED_ORDERS): RiskModel {
  const rows = drafts.map((draft) => ({ ids: bigramIds(draft.text, bits), label: classOf(draft) })).filter((row) => row.label >= 0);
  const trained = orders.map((order) => trainSoftmax(rows, bits, order));
  const biases = meanWeights(trained.map((model) => model.biases));
  return { bits, biases: Array.from(biases), ...int8Weights(meanWeights(trained.map((model) => model.weights))) };
}

/** One softmax regression over `rows`, visited in order `order` (visitingOrder): float weights and biases. */
function trainSoftmax(rows: readonly { ids: Int32Array; label: number }[], bits: number, order: number): { weights: Float64Array; biases: Float64Array } {
  const clean = rows.filter((row) => row.label === 0).length;
  const weightOf = (label: number) => (label === 0 ? rows.length / (2 * clean) : rows.length / (2 * (rows.length - clean)));
  const visit = visitWalk(visitingOrder(rows.length, order));
  const weights = new Float64Array((1 << bits) * CLASSES);
  const squares = new Float64Array((1 << bits) * CLASSES).fill(1e-8);
  const biases = new Float64Array(CLASSES);
  const biasSquares = new Float64Array(CLASSES).fill(1e-8);
  const gradients = new Float64Array(CLASSES);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = 0; k < rows.length; k++) {
      const row = rows[visit(k, epoch)]!;
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
  return { weights, biases };
}

/** The model as the checker carries it (utils/compliance/risk-weights.ts): int8 weights in base64. */
export function riskTable(model: RiskModel): RiskModelTable {
  return { bits: model.bits, biases: model.biases, scale: model.scale, weights: base64OfInt8(model.weights) };
}

/**
 * Spelling games agents play to get a risky word past a filter, as pairs: the hanzi and the spellings written in their
 * place, the next spelling taken at each use (so the variants of one draft vary): 最 in pinyin, 微信 as its letters or
 * a homophone, 好评 half in pinyin, 第一 as NO.1. Symbols or spaces between characters and split digits need no
 * variant: the models skip them (normalize.ts, SKIP).
 */
const SPELLING_GAMES: readonly (readonly [string, readonly string[]])[] = [
  ['最', ['zui', 'Zui', 'ZUI']],
  ['微信', ['vx', 'wx', 'weixin', 'V信', 'wei信', '薇信']],
  ['好评', ['hao评', '好ping', 'haoping', 'HP']],
  ['第一', ['NO.1', 'No1', 'di一']],
];

/**
 * The risky drafts again, each spelling game played on it (one variant per game whose hanzi it holds), labelled as
 * the draft it comes from: the catcher learns the text around a risky word, not only the word's own hanzi.
 */
export function spellingGameVariants(drafts: readonly LabelledDraft[]): LabelledDraft[] {
  const variants: LabelledDraft[] = [];
  let turn = 0;
  for (const draft of drafts) {
    if (!draft.risky) continue;
    for (const [hanzi, spellings] of SPELLING_GAMES) {
      if (!draft.text.includes(hanzi)) continue;
      variants.push({ ...draft, text: draft.text.split(hanzi).join(spellings[turn++ % spellings.length]!) });
    }
  }
  return variants;
}

/**
 * What the catcher trains on, as shipped and as every leave-one-writer-out fold trains it: the labelled drafts, the
 * spelling-game variants of their risky ones, the product's own clean text and the catcher's trained pins (pinnedDrafts).
 */
export function riskTrainingSet(drafts: readonly LabelledDraft[]): { examples: LabelledDraft[]; variants: number; product: number; pinned: number } {
  const variants = spellingGameVariants(drafts);
  const product = productCleanText();
  const pinned = pinnedDrafts('risk');
  return { examples: [...drafts, ...variants, ...product, ...pinned], variants: variants.length, product: product.length, pinned: pinned.length };
}
