// The learned veto (utils/compliance/veto-model.ts), measured by writer (fresh/README.md, round 18).
//   npx tsx scripts/lowo-veto.ts --cache veto-cache.json      the checker's findings per draft: design writers c1–c224
//                                                            with each fold's confirm model, later writers with the one
//                                                            trained on c1–c224; every draft's rule findings for training
//   npx tsx scripts/lowo-veto.ts --design veto-cache.json     variants and bars over the design folds
//   npx tsx scripts/lowo-veto.ts --first-seen veto-cache.json --variant NAME --bar P   the later writers, once
// The learned catcher is off throughout: a lowered finding stays a hint, and the catcher drops a catch whose clause
// overlaps a hint, so it would add nothing where the veto lowers.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { checkerFrom } from '../utils/compliance/checker';
import type { LabelledDraft } from '../utils/compliance/evaluate';
import { CONFIRM_BITS, CONFIRM_KEEPS_ALL, CONFIRM_KEEPS_BLOCK } from '../utils/compliance/model-config';
import { BUILTIN_RULES } from '../utils/compliance/rules';
import { CATEGORIES } from '../utils/compliance/types';
import { vetoFeatures, vetoRisk, type VetoModel } from '../utils/compliance/veto-model';
import { SHIPPED_TRAINING_SOURCES, labelledFiles, readLabelled } from './compliance-data';
import { confirmTable, int8Weights, quantise, trainConfirmModel } from './compliance-model';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fresh = path.join(root, 'test/data/compliance/fresh');
const LAST_DESIGN_WRITER = 224;
const FOLDS = 10;
const argument = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at < 0 ? undefined : process.argv[at + 1];
};

const writerOf = (name: string) => /^compliance-(c\d+)\.tsv$/.exec(name)?.[1];
const number = (writer: string) => Number(writer.slice(1));
const writers = readdirSync(path.join(fresh, 'train'))
  .map(writerOf)
  .filter((writer): writer is string => writer !== undefined)
  .sort((a, b) => number(a) - number(b));

interface Found {
  rule: string;
  category: string;
  severity: string;
  start: number;
  end: number;
}
interface Row {
  writer: string;
  split: string;
  risky: boolean;
  text: string;
  /** In a contrast pair (a risky draft and the clean twin next to it in its file). */
  paired: boolean;
  /** Warn/block findings of the rules alone (confirm model off): what the veto trains on. */
  rules: Found[];
  /** Warn/block findings of the checker measured (rules + the fold's confirm model): what the veto reads. */
  measured: Found[];
}

/** Longest common subsequence over the longer length. */
function similarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    [previous, current] = [current, previous];
  }
  return previous[b.length]! / Math.max(a.length, b.length);
}
/**
 * Contrast files, read from the data: in most files a risky row and the clean row after it share under a fifth of their
 * characters (LCS over the longer draft; median 0.0–0.1), in a contrast writer's file most share 0.2–0.6 (the twin keeps
 * the sentence and swaps, negates or disowns the claim). A file is a contrast file when the median over its
 * risky-then-clean neighbours is at least PAIR_SIMILARITY; its neighbours at least that similar are pairs.
 */
const PAIR_SIMILARITY = 0.2;
function pairedIn(drafts: { risky: boolean; text: string }[]): boolean[] {
  const paired = drafts.map(() => false);
  const candidates: [number, number][] = [];
  for (let i = 0; i + 1 < drafts.length; i++) if (drafts[i]!.risky && !drafts[i + 1]!.risky) candidates.push([i, similarity(drafts[i]!.text, drafts[i + 1]!.text)]);
  const sorted = candidates.map(([, s]) => s).sort((a, b) => a - b);
  if (sorted.length < 10 || sorted[Math.floor(sorted.length / 2)]! < PAIR_SIMILARITY) return paired;
  for (const [i, s] of candidates) if (s >= PAIR_SIMILARITY) paired[i] = paired[i + 1] = true;
  return paired;
}

const warnOrBlock = (findings: readonly { severity: string }[]) => findings.filter((f) => f.severity !== 'info');
const found = (findings: ReturnType<ReturnType<typeof checkerFrom>['check']>): Found[] =>
  warnOrBlock(findings).map(({ rule, category, severity, start, end }) => ({ rule, category, severity, start, end }));

const cachePath = argument('--cache');
if (cachePath) {
  const oldSet = readLabelled(path.join(root, 'test/data/compliance/drafts.tsv'));
  const rulesOnly = checkerFrom({ rules: BUILTIN_RULES, confirmModel: { bits: CONFIRM_BITS, bias: 0, scale: 1, weights: '' } }, { confirm: false, learned: false });
  const rows: Row[] = [];
  const pairCounts: Record<string, number> = {};
  for (const writer of writers) {
    for (const split of ['train', 'dev']) {
      let drafts: LabelledDraft[];
      try {
        drafts = readLabelled(path.join(fresh, split, `compliance-${writer}.tsv`));
      } catch {
        continue;
      }
      const paired = pairedIn(drafts);
      pairCounts[writer] = (pairCounts[writer] ?? 0) + paired.filter(Boolean).length / 2;
      drafts.forEach((draft, i) => rows.push({ writer, split, risky: draft.risky, text: draft.text, paired: paired[i]!, rules: found(rulesOnly.check(draft.text)), measured: [] }));
    }
  }
  const oldRows: Row[] = oldSet.map((draft) => ({ writer: 'old', split: 'old', risky: draft.risky, text: draft.text, paired: false, rules: found(rulesOnly.check(draft.text)), measured: [] }));
  const design = (writer: string) => number(writer) <= LAST_DESIGN_WRITER;
  const toDraft = (row: Row): LabelledDraft => ({ risky: row.risky, category: '-', categories: [], text: row.text });
  for (let fold = 0; fold <= FOLDS; fold++) {
    // Folds 0–9: design writers by number mod 10; fold 10: the later writers, confirm model trained on all design writers.
    const measuredHere = (row: Row) => (fold < FOLDS ? design(row.writer) && number(row.writer) % FOLDS === fold : !design(row.writer));
    const training = fold < FOLDS ? [...oldRows, ...rows.filter((row) => design(row.writer) && !measuredHere(row))].map(toDraft) : null;
    // The later writers: the design set in the order scripts/train-compliance-model.ts reads it.
    const designTraining = () =>
      labelledFiles(SHIPPED_TRAINING_SOURCES.map((source) => path.join(root, source)))
        .filter((file) => !writerOf(path.basename(file)) || design(writerOf(path.basename(file))!))
        .flatMap(readLabelled);
    const confirmModel = confirmTable(quantise(trainConfirmModel(training ?? designTraining(), CONFIRM_BITS)));
    const checker = checkerFrom({ rules: BUILTIN_RULES, confirmModel }, { learned: false });
    for (const row of rows.filter(measuredHere)) row.measured = found(checker.check(row.text));
    console.error(`fold ${fold} done ${new Date().toISOString()}`);
  }
  writeFileSync(cachePath, JSON.stringify({ pairCounts, rows, oldRows }));
  process.exit(0);
}

// ---- Variants over the cache ----
const { pairCounts, rows, oldRows } = JSON.parse(readFileSync(argument('--design') ?? argument('--first-seen')!, 'utf8')) as { pairCounts: Record<string, number>; rows: Row[]; oldRows: Row[] };
// Pairs read again from the cached rows (file order kept), so the detection can change without a new cache.
for (const writer of new Set(rows.map((row) => row.writer))) {
  for (const split of ['train', 'dev']) {
    const file = rows.filter((row) => row.writer === writer && row.split === split);
    const paired = pairedIn(file);
    file.forEach((row, i) => (row.paired = paired[i]!));
    pairCounts[writer] = (split === 'train' ? 0 : pairCounts[writer]!) + paired.filter(Boolean).length / 2;
  }
}
const ruleById = new Map(BUILTIN_RULES.rules.map((rule) => [rule.id, rule]));
/** Findings a variant may lower: those the confirm model may lower, or those and promises too. */
function lowerable(finding: Found, promises: boolean): boolean {
  const rule = ruleById.get(finding.rule);
  if (!rule || !(CATEGORIES as readonly string[]).includes(rule.category) || rule.platforms || rule.detector || rule.literal) return false;
  if (finding.severity === 'block' && CONFIRM_KEEPS_BLOCK.includes(finding.category)) return false;
  return promises || !CONFIRM_KEEPS_ALL.includes(finding.category);
}

interface Variant {
  name: string;
  reach: number;
  regioned: boolean;
  pairWeight: number;
  promises: boolean;
  bits: number;
  /** Also train on clean drafts that name a claim word no rule flagged there. */
  namedNegatives: boolean;
}
const VARIANTS: Variant[] = [
  { name: 'plain-r12', reach: 12, regioned: false, pairWeight: 1, promises: false, bits: 13, namedNegatives: false },
  { name: 'region-r12-pairs3', reach: 12, regioned: true, pairWeight: 3, promises: false, bits: 13, namedNegatives: false },
  { name: 'named-plain-r12', reach: 12, regioned: false, pairWeight: 1, promises: false, bits: 13, namedNegatives: true },
  { name: 'named-region-r12', reach: 12, regioned: true, pairWeight: 1, promises: false, bits: 13, namedNegatives: true },
  { name: 'named-region-r12-pairs3', reach: 12, regioned: true, pairWeight: 3, promises: false, bits: 13, namedNegatives: true },
  { name: 'named-region-r8-pairs3', reach: 8, regioned: true, pairWeight: 3, promises: false, bits: 13, namedNegatives: true },
  { name: 'named-region-r12-pairs3-promise', reach: 12, regioned: true, pairWeight: 3, promises: true, bits: 13, namedNegatives: true },
  { name: 'named-region-r12-pairs3-2^15', reach: 12, regioned: true, pairWeight: 3, promises: false, bits: 15, namedNegatives: true },
  { name: 'named-region-r12-2^15', reach: 12, regioned: true, pairWeight: 1, promises: false, bits: 15, namedNegatives: true },
  { name: 'named-plain-r12-2^15', reach: 12, regioned: false, pairWeight: 1, promises: false, bits: 15, namedNegatives: true },
  { name: 'named-plain-r12-pairs3-2^15', reach: 12, regioned: false, pairWeight: 3, promises: false, bits: 15, namedNegatives: true },
  { name: 'named-plain-r12-2^14', reach: 12, regioned: false, pairWeight: 1, promises: false, bits: 14, namedNegatives: true },
  { name: 'named-region-r20-pairs3-2^15', reach: 20, regioned: true, pairWeight: 3, promises: false, bits: 15, namedNegatives: true },
];
const ONLY = argument('--only');
const BARS = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];

const EPOCHS = 12;
const AVERAGED = 8;
const RATE = 0.1;
const L2 = 1e-5;
/** Weighted, class-balanced logistic regression with AdaGrad in a fixed order, the last epochs' weights averaged. */
function trainVeto(training: Row[], variant: Variant): VetoModel {
  const examples: { ids: Int32Array; label: number; weight: number }[] = [];
  const buffer = new Int32Array(4096);
  const add = (row: Row, start: number, end: number, category: string) => {
    const count = vetoFeatures(row.text, start, end, category, variant.reach, variant.bits, buffer, variant.regioned);
    examples.push({ ids: buffer.slice(0, count), label: row.risky ? 1 : 0, weight: row.paired ? variant.pairWeight : 1 });
  };
  // The claim words the rules found in risky training drafts (two or more times), with their commonest category.
  const seen = new Map<string, Map<string, number>>();
  for (const row of training) {
    for (const finding of row.rules) {
      if (!lowerable(finding, variant.promises)) continue;
      add(row, finding.start, finding.end, finding.category);
      const match = row.text.slice(finding.start, finding.end);
      if (!row.risky || match.length < 2 || match.length > 8) continue;
      const byCategory = seen.get(match) ?? new Map<string, number>();
      seen.set(match, byCategory.set(finding.category, (byCategory.get(finding.category) ?? 0) + 1));
    }
  }
  if (variant.namedNegatives) {
    // Clean drafts naming such a word where no rule fired (a context cancelled it: negated, disowned, explained,
    // asked about, or a twin's swap): what a finding there would look like in a draft that makes no claim.
    const lexicon = new Map<string, string>();
    for (const [match, byCategory] of seen) {
      const [category, count] = [...byCategory].sort((a, b) => b[1] - a[1])[0]!;
      if ([...byCategory.values()].reduce((a, b) => a + b, 0) >= 2) lexicon.set(match, category);
      void count;
    }
    for (const row of training) {
      if (row.risky || row.rules.length > 0) continue;
      for (let start = 0; start < row.text.length; start++) {
        for (let end = Math.min(row.text.length, start + 8); end >= start + 2; end--) {
          const category = lexicon.get(row.text.slice(start, end));
          if (category === undefined) continue;
          add(row, start, end, category);
          start = end - 1;
          break;
        }
      }
    }
  }
  const total = [0, 0];
  for (const example of examples) total[example.label]! += example.weight;
  const balance = [(total[0]! + total[1]!) / (2 * total[0]!), (total[0]! + total[1]!) / (2 * total[1]!)];
  const size = 1 << variant.bits;
  const weights = new Float64Array(size);
  const squares = new Float64Array(size).fill(1e-8);
  const averaged = new Float64Array(size);
  let [bias, biasSquares, averagedBias] = [0, 1e-8, 0];
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = 0; k < examples.length; k++) {
      const example = examples[(k * 7919 + epoch * 104729) % examples.length]!;
      let z = bias;
      for (const id of example.ids) z += weights[id]!;
      const gradient = (1 / (1 + Math.exp(-z)) - example.label) * balance[example.label]! * example.weight;
      for (const id of example.ids) {
        const g = gradient + L2 * weights[id]!;
        squares[id]! += g * g;
        weights[id]! -= (RATE * g) / Math.sqrt(squares[id]!);
      }
      biasSquares += gradient * gradient;
      bias -= (RATE * gradient) / Math.sqrt(biasSquares);
    }
    if (epoch >= EPOCHS - AVERAGED) {
      for (let i = 0; i < size; i++) averaged[i]! += weights[i]! / AVERAGED;
      averagedBias += bias / AVERAGED;
    }
  }
  return { bits: variant.bits, bias: averagedBias, ...int8Weights(averaged) };
}

/** Per measured draft: flagged today, and the lowest veto risk over its lowerable findings if all its findings are lowerable. */
interface Scored {
  writer: string;
  split: string;
  risky: boolean;
  flagged: boolean;
  /** The veto clears the draft when every warn/block finding is lowerable and reads below the bar: the highest such risk. */
  clearedBelow: number;
}
function scoreRows(model: VetoModel, measured: Row[], variant: Variant): Scored[] {
  return measured.map((row) => {
    const flagged = row.measured.length > 0;
    let highest = flagged ? 0 : Infinity;
    for (const finding of row.measured) {
      const risk = lowerable(finding, variant.promises) ? vetoRisk(model, row.text, finding.start, finding.end, finding.category, variant.reach, variant.regioned) : Infinity;
      highest = Math.max(highest, risk);
    }
    return { writer: row.writer, split: row.split, risky: row.risky, flagged, clearedBelow: highest };
  });
}

interface Tally {
  risky: number;
  clean: number;
  caught: number;
  falseFlags: number;
  caughtAfter: number;
  falseFlagsAfter: number;
  worstLoss: number;
  worstWriter: string;
}
function tally(scored: Scored[], bar: number): Tally {
  const t: Tally = { risky: 0, clean: 0, caught: 0, falseFlags: 0, caughtAfter: 0, falseFlagsAfter: 0, worstLoss: 0, worstWriter: '' };
  const lost = new Map<string, number>();
  for (const row of scored) {
    const after = row.flagged && !(row.clearedBelow < bar);
    if (row.risky) {
      t.risky++;
      if (row.flagged) t.caught++;
      if (after) t.caughtAfter++;
      if (row.flagged && !after) lost.set(row.writer, (lost.get(row.writer) ?? 0) + 1);
    } else {
      t.clean++;
      if (row.flagged) t.falseFlags++;
      if (after) t.falseFlagsAfter++;
    }
  }
  for (const [writer, count] of lost) if (count > t.worstLoss) [t.worstLoss, t.worstWriter] = [count, writer];
  return t;
}
const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(2)} %`;
function line(label: string, t: Tally): string {
  const removed = t.falseFlags - t.falseFlagsAfter;
  const lost = t.caught - t.caughtAfter;
  return `${label.padEnd(34)} ${t.risky}/${t.clean}  recall ${pct(t.caught, t.risky)} → ${pct(t.caughtAfter, t.risky)}  false flags ${pct(t.falseFlags, t.clean)} → ${pct(t.falseFlagsAfter, t.clean)}  removed ${removed} lost ${lost}  worst writer −${t.worstLoss} ${t.worstWriter}`;
}

const design = (writer: string) => number(writer) <= LAST_DESIGN_WRITER;
const contrastWriters = Object.entries(pairCounts).filter(([, count]) => count > 0);
console.log(`contrast pairs detected (LCS ≥ ${PAIR_SIMILARITY} of the longer twin, risky row then clean row): ${Object.values(pairCounts).reduce((a, b) => a + b, 0)} in all; contrast writers: ${contrastWriters.length} (${contrastWriters.map(([w, c]) => `${w}:${c}`).join(' ')})`);

if (argument('--design')) {
  for (const variant of VARIANTS.filter((v) => !ONLY || v.name.includes(ONLY))) {
    const scored: Scored[] = [];
    for (let fold = 0; fold < FOLDS; fold++) {
      const inFold = (row: Row) => design(row.writer) && number(row.writer) % FOLDS === fold;
      const model = trainVeto([...oldRows, ...rows.filter((row) => design(row.writer) && !inFold(row))], variant);
      scored.push(...scoreRows(model, rows.filter(inFold), variant));
    }
    for (const bar of BARS) console.log(line(`${variant.name} < ${bar}`, tally(scored, bar)));
  }
} else {
  const variant = VARIANTS.find((v) => v.name === argument('--variant'))!;
  const bar = Number(argument('--bar'));
  const model = trainVeto([...oldRows, ...rows.filter((row) => design(row.writer))], variant);
  const scored = scoreRows(model, rows.filter((row) => !design(row.writer)), variant);
  console.log(line(`first seen, train + dev, < ${bar}`, tally(scored, bar)));
  console.log(line(`first seen, dev alone`, tally(scored.filter((row) => row.split === 'dev'), bar)));
  for (const writer of [...new Set(scored.map((row) => row.writer))]) console.log(line(`  ${writer}`, tally(scored.filter((row) => row.writer === writer), bar)));
}
