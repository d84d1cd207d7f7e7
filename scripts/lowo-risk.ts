// Leave one writer out for the learned catcher (utils/compliance/risk-model.ts, trained by scripts/risk-model.ts): for each
// fresh writer up to c43 (train + dev files together), the confirm model and the risk model are both retrained without that writer (the old set plus
// every other such writer's train and dev files, plus the product's own clean text), and the checker as today (rules + confirm model) is compared with
// the same checker plus the risk model's catches. Prints per writer and pooled, then the pooled figures at other bars
// with the product's own clean text a model trained as it would ship catches at each (shipped phrase titles and
// bodies, the claims as the one-click fix rewrites them in rewrites.tsv); RISK_ABOVE is the lowest bar at which no
// writer gains more than one false flag and none of that text is caught. --list prints that text caught at p > 0.95.
//   npx tsx scripts/lowo-risk.ts                 (writers c1–c43: where bars and vetoes are chosen)
//   npx tsx scripts/lowo-risk.ts --first-seen    (writers after c43, never used to choose anything: both models
//                                                 trained on the old set and the fresh train files of c1–c43, as
//                                                 shipped before those writers arrived; base = the shipped confirm model)
// A larger design set (round 16, fresh/README.md): --design N makes c1–cN the design writers, --folds K groups them by
// writer number mod K (one retraining per fold instead of per writer). With --design, --first-seen measures the writers
// after cN with both models retrained on the old set and the train and dev files of c1–cN, read in the order
// scripts/train-risk-model.ts reads them; that set also trains the model the product's own text is read with.
//   npx tsx scripts/lowo-risk.ts --design 120 --folds 10
//   npx tsx scripts/lowo-risk.ts --design 120 --first-seen
// Every bar reads riskCatch itself (the highest bar at which it catches each draft, by bisection; round 17), not a formula.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { checkerFrom, type Checker } from '../utils/compliance/checker';
import type { LabelledDraft } from '../utils/compliance/evaluate';
import type { Finding } from '../utils/compliance/types';
import { BUILTIN_RULES } from '../utils/compliance/rules';
import { CONFIRM_BITS } from '../utils/compliance/model-config';
import { CONFIRM_MODEL_TABLE } from '../utils/compliance/model-weights';
import { BUILTIN_PHRASES } from '../utils/library/builtin/index';
import { SHIPPED_TRAINING_SOURCES, labelledFiles, readLabelled, writerNumber, writerOf, writersIn } from './compliance-data';
import { confirmTable, quantise, trainConfirmModel } from './compliance-model';
import { RISK_ABOVE, riskCatch, riskOf, riskTable, riskTrainingSet, riskVeto, trainRiskModel, type RiskModel } from './risk-model';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fresh = path.join(root, 'test/data/compliance/fresh');
/** The value given after a flag (--design 120), or undefined. */
function option(flag: string): number | undefined {
  const at = process.argv.indexOf(flag);
  return at < 0 ? undefined : Number(process.argv[at + 1]);
}
const designOption = option('--design');
/** Writers after this one arrived once the risk model's design and bar were fixed: first seen, never tuned on. */
const LAST_DESIGN_WRITER = designOption ?? 43;
/** Design writers in this many folds by writer number (undefined: leave one writer out). */
const FOLDS = option('--folds');
/** --bits N: the catcher trained with 2^N hashed features instead of RISK_BITS (a table-size study). */
const BITS = option('--bits');
/** --overlap: the bars tables again with a catch kept where its clause overlaps a hint of the rules. */
const OVERLAP = process.argv.includes('--overlap');
const percent = (share: number) => `${(share * 100).toFixed(1)} %`.padStart(7);

const allWriters = writersIn(path.join(fresh, 'train'));
const designWriters = allWriters.filter((writer) => writerNumber(writer) <= LAST_DESIGN_WRITER);
const firstSeen = process.argv.includes('--first-seen');
const measured = firstSeen ? allWriters.filter((writer) => writerNumber(writer) > LAST_DESIGN_WRITER) : designWriters;
const filesOf = (writer: string, splits: string[]) => splits.flatMap((split) => readLabelled(path.join(fresh, split, `compliance-${writer}.tsv`)));
const oldSet = readLabelled(path.join(root, 'test/data/compliance/drafts.tsv'));

function confirmTableOf(drafts: LabelledDraft[]) {
  return confirmTable(quantise(trainConfirmModel(drafts, CONFIRM_BITS)));
}

interface Scored {
  draft: LabelledDraft;
  /** Categories of the warn/block findings of the checker as today (learned catcher off). */
  categories: string[];
  /** Whether the checker as today left a 提醒 or 拦截: then the learned catcher is not asked. */
  found: boolean;
  /** The split the draft comes from (--dump: train texts may be read, dev only counted). */
  split: string;
  category: string;
  confidence: number;
  /**
   * The highest bar at which riskCatch catches the draft (bisection: each of its tests is monotone in the bar, so this is
   * exact for every bar at once, the rest-of-draft check included); 0 when it stays quiet whatever the bar (too few
   * hanzi, a veto, no clause left).
   */
  catchBar: number;
  /** The same with a catch kept where its clause overlaps a hint of the rules (--overlap: the overlap drop off). */
  overlapBar: number;
  /** Categories of the warn/block findings of the checker as shipped (learned catcher on, at RISK_ABOVE). */
  shipped: string[];
}

const veto = riskVeto([BUILTIN_RULES]);
/**
 * The highest bar at which riskCatch catches text, to 1e-9 (0: never, or its clause overlaps a hint of the rules, which
 * the checker keeps instead: the clause does not depend on the bar).
 */
function catchBarOf(model: RiskModel, text: string, findings: readonly Finding[], keepOverlapping = false): number {
  const first = riskCatch(model, veto, text, 0);
  if (first === undefined || (!keepOverlapping && findings.some((finding) => finding.start < first.end && finding.end > first.start))) return 0;
  let [caught, quiet] = [0, 1];
  while (quiet - caught > 1e-9) {
    const middle = (caught + quiet) / 2;
    if (riskCatch(model, veto, text, middle)) caught = middle;
    else quiet = middle;
  }
  return caught;
}
function score(base: Checker, learned: Checker, model: RiskModel, drafts: LabelledDraft[], split: string): Scored[] {
  return drafts.map((draft) => {
    const findings = base.check(draft.text);
    const categories = findings.filter((f) => f.severity !== 'info').map((f) => f.category);
    const { category, confidence } = riskOf(model, draft.text);
    const catchBar = catchBarOf(model, draft.text, findings);
    return {
      draft,
      split,
      categories,
      found: categories.length > 0,
      category,
      confidence,
      catchBar,
      overlapBar: findings.length > 0 ? catchBarOf(model, draft.text, findings, true) : catchBar,
      shipped: learned.check(draft.text).filter((f) => f.severity !== 'info').map((f) => f.category),
    };
  });
}

/** Whether a labelled file is the old set's or a design writer's. */
const designFile = (file: string) => !writerOf(path.basename(file)) || writerNumber(writerOf(path.basename(file))!) <= LAST_DESIGN_WRITER;
/**
 * With --design: the old set and the design writers' train and dev files in the order scripts/train-risk-model.ts reads
 * them (by folder, then name), so the model is the one that script would have shipped before the later writers arrived
 * (the visiting order of training moves a borderline draft or two).
 */
const designSet = () => labelledFiles(SHIPPED_TRAINING_SOURCES.map((source) => path.join(root, source))).filter(designFile).flatMap(readLabelled);

/** The writers retrained for together: each measured writer alone, or the design writers of one fold. */
const groups = firstSeen ? [measured] : FOLDS ? [...Array(FOLDS).keys()].map((fold) => measured.filter((writer) => writerNumber(writer) % FOLDS === fold)) : measured.map((writer) => [writer]);
const scored = new Map<string, Scored[]>();
for (const group of groups.filter((writers) => writers.length > 0)) {
  const others = firstSeen ? [] : designWriters.filter((other) => !group.includes(other));
  // First seen: the files in the order scripts/train-risk-model.ts reads them (by name), so the model is the one that
  // script would have shipped (the visiting order of training moves a borderline draft or two).
  const training = firstSeen
    ? designOption !== undefined
      ? designSet()
      : [...oldSet, ...labelledFiles([path.join(fresh, 'train')]).filter(designFile).flatMap(readLabelled)]
    : [...oldSet, ...others.flatMap((other) => filesOf(other, ['train', 'dev']))];
  const confirmModel = firstSeen && designOption === undefined ? CONFIRM_MODEL_TABLE : confirmTableOf(training);
  const model = trainRiskModel(riskTrainingSet(training).examples, BITS);
  const builtins = { rules: BUILTIN_RULES, confirmModel, riskModel: riskTable(model) };
  const [base, learned] = [checkerFrom(builtins, { learned: false }), checkerFrom(builtins)];
  for (const writer of group) scored.set(writer, ['train', 'dev'].flatMap((split) => score(base, learned, model, filesOf(writer, [split]), split)));
}

interface Figures {
  risky: number;
  clean: number;
  caught: number;
  falseFlags: number;
  right: number;
}
/**
 * Figures at a bar (Infinity: the checker as today; RISK_ABOVE: the checker as shipped, the catcher inside it), or at a
 * bar per category (the catch's category decides).
 */
function figures(rows: Scored[], above: number | ((category: string) => number), overlap = false): Figures {
  const result = { risky: 0, clean: 0, caught: 0, falseFlags: 0, right: 0 };
  for (const row of rows) {
    const bar = typeof above === 'number' ? above : above(row.category);
    const added = !row.found && (overlap ? row.overlapBar : row.catchBar) > bar;
    const categories = above === RISK_ABOVE && !overlap ? row.shipped : added ? [...row.categories, row.category] : row.categories;
    if (row.draft.risky) {
      result.risky++;
      if (categories.length > 0) result.caught++;
      if (categories.some((category) => row.draft.categories.includes(category))) result.right++;
    } else {
      result.clean++;
      if (categories.length > 0) result.falseFlags++;
    }
  }
  return result;
}
const shares = (f: Figures) => `${percent(f.caught / f.risky)} ${percent(f.falseFlags / f.clean)} ${percent(f.right / f.risky)}`;
const sum = (parts: Figures[]): Figures =>
  parts.reduce((a, b) => ({ risky: a.risky + b.risky, clean: a.clean + b.clean, caught: a.caught + b.caught, falseFlags: a.falseFlags + b.falseFlags, right: a.right + b.right }));

console.log(
  firstSeen
    ? `first seen (models trained on c1–c${LAST_DESIGN_WRITER} ${designOption === undefined ? 'train files' : 'train and dev files'})`
    : FOLDS
      ? `${FOLDS} folds by writer number, c1–c${LAST_DESIGN_WRITER}`
      : `leave one writer out, c1–c${LAST_DESIGN_WRITER}`,
);
console.log(`writer   risky clean   today: recall / false flags / category   + risk model (p > ${RISK_ABOVE})   false flags added`);
const today: Figures[] = [];
const withModel: Figures[] = [];
for (const [writer, rows] of scored) {
  const before = figures(rows, Infinity);
  const after = figures(rows, RISK_ABOVE);
  today.push(before);
  withModel.push(after);
  console.log(`${writer.padEnd(8)} ${String(before.risky).padStart(5)} ${String(before.clean).padStart(5)}  ${shares(before)}        ${shares(after)}   ${after.falseFlags - before.falseFlags}`);
}
console.log(`${'total'.padEnd(8)} ${String(sum(today).risky).padStart(5)} ${String(sum(today).clean).padStart(5)}  ${shares(sum(today))}        ${shares(sum(withModel))}`);

// The product's own clean text, which no labelled set holds: the shipped phrases and the claims as the one-click fix
// rewrites them (rewrites.tsv, not trained on). A model trained as it would ship (the old set, the train files of the
// design writers and their spelling-game variants, the product's clean text).
const shipTraining =
  designOption !== undefined
    ? designSet()
    : labelledFiles([path.join(root, 'test/data/compliance/drafts.tsv'), path.join(fresh, 'train')]).filter(designFile).flatMap(readLabelled);
const shipModel = trainRiskModel(riskTrainingSet(shipTraining).examples, BITS);
const shipChecker = checkerFrom({ rules: BUILTIN_RULES, confirmModel: CONFIRM_MODEL_TABLE }, { learned: false });
const phrases = BUILTIN_PHRASES.flatMap((phrase) => [phrase.title, phrase.body]);
const rewritten = readFileSync(path.join(root, 'test/data/compliance/rewrites.tsv'), 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => line.split('\t')[2]!);
const ownText = (texts: string[]) =>
  texts
    .map((text) => [text, shipChecker.check(text)] as const)
    .filter(([, findings]) => findings.every((f) => f.severity === 'info'))
    .map(([text, findings]) => [text, catchBarOf(shipModel, text, findings, OVERLAP), riskOf(shipModel, text).category] as const);
const ownPhrases = ownText(phrases);
const ownRewritten = ownText(rewritten);
const flagged = (rows: (readonly [string, number, string])[], above: number | ((category: string) => number)) =>
  rows.filter(([, catchBar, category]) => catchBar > (typeof above === 'number' ? above : above(category)));

console.log(`\nother bars, pooled: recall / false flags / category; most false flags one writer gained; shipped phrases (of ${phrases.length}) and rewritten claims (of ${rewritten.length}) caught`);
/** One row of the bars tables: pooled figures, the most false flags one writer gained, the product's text caught. */
function barRow(label: string, above: number | ((category: string) => number), overlap = false): string {
  const parts = [...scored.values()].map((rows) => [figures(rows, Infinity), figures(rows, above, overlap), figures(rows, RISK_ABOVE)] as const);
  const worst = Math.max(...parts.map(([before, after]) => after.falseFlags - before.falseFlags));
  // Against the catcher as shipped (p > RISK_ABOVE, the overlap drop on): what a candidate bar or design adds.
  const worstOverShipped = Math.max(...parts.map(([, after, shipped]) => after.falseFlags - shipped.falseFlags));
  const [before, after, shipped] = [sum(parts.map(([today]) => today)), sum(parts.map(([, caught]) => caught)), sum(parts.map(([, , asShipped]) => asShipped))];
  return (
    `${label.padEnd(12)} ${shares(after)}   ${worst}   ${flagged(ownPhrases, above).length}   ${flagged(ownRewritten, above).length}` +
    `   (+${after.caught - before.caught} caught, +${after.falseFlags - before.falseFlags} false flags;` +
    ` over shipped ${after.caught - shipped.caught} caught, ${after.falseFlags - shipped.falseFlags} false flags, ${after.right - shipped.right} right, worst writer ${worstOverShipped})`
  );
}
const BARS = [0.85, 0.88, 0.9, 0.91, 0.92, 0.93, 0.94, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999];
for (const above of BARS) console.log(barRow(`p > ${above}`, above));
if (OVERLAP) {
  console.log('\nthe overlap drop off (a catch kept where its clause overlaps a hint of the rules): the same columns (phrases and rewritten claims read so too)');
  for (const above of BARS) console.log(barRow(`p > ${above}`, above, true));
}

// Whether the writers can choose a bar of its own for tone (abuse, attitude: open-ended, where most misses on new writers
// are), every other category at RISK_ABOVE; by the same rule (round 13: they cannot, too few tone misses are left).
const TONE = ['abuse', 'attitude'];
console.log(`\ntone (abuse, attitude) at its own bar, the others at ${RISK_ABOVE}: the same columns`);
for (const tone of [0.95, 0.9, 0.86, 0.8, 0.7]) console.log(barRow(`tone > ${tone}`, (category) => (TONE.includes(category) ? tone : RISK_ABOVE)));

// The other use: name the model's category beside the rules' when the rules caught a draft under none of the
// labelled ones. Counted: drafts fixed, and drafts the rules had right that would get a wrong extra category.
console.log('\ncategory fix on drafts the rules caught (a finding of the model’s category added when none has it):');
const rows = [...scored.values()].flat();
for (const above of [0.5, 0.8, 0.9, 0.95, 0.99]) {
  let fixed = 0;
  let noise = 0;
  for (const row of rows) {
    if (row.categories.length === 0 || row.categories.includes(row.category) || row.confidence <= above) continue;
    const rulesRight = row.categories.some((category) => row.draft.categories.includes(category));
    if (row.draft.risky && !rulesRight && row.draft.categories.includes(row.category)) fixed++;
    else noise++;
  }
  const risky = rows.filter((row) => row.draft.risky).length;
  console.log(`  p(category) > ${String(above).padEnd(5)} fixed ${fixed} (+${((fixed / risky) * 100).toFixed(1)} points of category right), a wrong category added to ${noise}`);
}

// --dump FILE: every measured draft the checker as today leaves without a 提醒 or 拦截, with its writer, split and the
// bar up to which the catcher catches it, for experiments on vetoes that only take catches away (fresh/README.md, round 17).
const dumpAt = process.argv.indexOf('--dump');
if (dumpAt >= 0) {
  const rows = [...scored].flatMap(([writer, rows]) =>
    rows.filter((row) => !row.found).map((row) => ({ writer, split: row.split, risky: row.draft.risky, labels: row.draft.categories, category: row.category, catchBar: row.catchBar, text: row.draft.text })),
  );
  const today = Object.fromEntries([...scored].map(([writer, rows]) => [writer, figures(rows, Infinity)]));
  writeFileSync(process.argv[dumpAt + 1]!, JSON.stringify({ today, rows, phrases: ownPhrases, rewritten: ownRewritten }));
}

if (process.argv.includes('--list')) {
  for (const [text, risk] of [...flagged(ownPhrases, 0.95), ...flagged(ownRewritten, 0.95)]) console.log(`  ${risk.toFixed(4)} ${text}`);
}
