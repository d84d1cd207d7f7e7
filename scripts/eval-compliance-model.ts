// The measurement behind a decision: would a learned component beat or help the rules on drafts nobody tuned on?
// Trains a logistic regression over hashed character 1–3-grams of the folded text (the checker's own folding) on
// the --train files, then prints, for the --test files: the rules alone, the model alone at several thresholds,
// and the model catching what the rules miss (with and without a veto when a negation or explanation is present).
//   npx tsx scripts/eval-compliance-model.ts --train test/data/compliance/drafts.tsv test/data/compliance/fresh/train \
//     --test test/data/compliance/fresh/dev
// Nothing here ships: the checker uses rules only (README: 合规检查 → 数据与指标 says why, with these figures).
import process from 'node:process';
import { createChecker } from '../utils/compliance/index';
import type { LabelledDraft } from '../utils/compliance/evaluate';
import { SKIP, WORD, classTableOf, foldTableOf } from '../utils/compliance/normalize';
import { labelledFiles, readLabelled } from './compliance-data';

const BITS = 18;
const EPOCHS = 15;
const RATE = 0.3;
const L2 = 1e-5;
/** Words that mark a negation, a question or an explanation of a rule: a model catch is vetoed when one is present. */
const VETO = /不是|不能|不敢|没有|没法|无法|不会|不要|别|禁止|规定|不允许|不让|不许|不可以|并非|谨防|小心|提醒|诈骗|吗|？|\?/;

function argList(flag: string): string[] {
  const args = process.argv.slice(2);
  const from = args.indexOf(flag);
  if (from < 0) return [];
  const rest = args.slice(from + 1);
  const next = rest.findIndex((arg) => arg.startsWith('--'));
  return next < 0 ? rest : rest.slice(0, next);
}

/** Hashed n-gram ids of the text read as the checker reads it (skipped characters dropped, breaks as "|"). */
function features(text: string): number[] {
  const fold = foldTableOf();
  const classes = classTableOf();
  let folded = '^';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (classes[code] === SKIP) continue;
    folded += classes[code] === WORD ? String.fromCharCode(fold[code]!) : '|';
  }
  folded += '$';
  const ids = new Set<number>();
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= folded.length; i++) {
      let hash = 2166136261 ^ n;
      for (let k = i; k < i + n; k++) hash = Math.imul(hash ^ folded.charCodeAt(k), 16777619);
      ids.add((hash >>> 0) & ((1 << BITS) - 1));
    }
  }
  return [...ids];
}

/** Class-balanced logistic regression with AdaGrad; a fixed visiting order keeps runs identical. */
function train(drafts: readonly LabelledDraft[]): (text: string) => number {
  const rows = drafts.map((draft) => ({ x: features(draft.text), y: draft.risky ? 1 : 0 }));
  const positives = rows.filter((row) => row.y === 1).length;
  const weightOf = [rows.length / (2 * (rows.length - positives)), rows.length / (2 * positives)];
  const weights = new Float64Array(1 << BITS);
  const squares = new Float64Array(1 << BITS).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = 0; k < rows.length; k++) {
      const row = rows[(k * 7919 + epoch * 104729) % rows.length]!;
      let z = bias;
      for (const id of row.x) z += weights[id]!;
      const gradient = (1 / (1 + Math.exp(-z)) - row.y) * weightOf[row.y]!;
      for (const id of row.x) {
        const g = gradient + L2 * weights[id]!;
        squares[id]! += g * g;
        weights[id]! -= (RATE * g) / Math.sqrt(squares[id]!);
      }
      biasSquares += gradient * gradient;
      bias -= (RATE * gradient) / Math.sqrt(biasSquares);
    }
  }
  return (text) => {
    let z = bias;
    for (const id of features(text)) z += weights[id]!;
    return 1 / (1 + Math.exp(-z));
  };
}

function main(): void {
  const trainPaths = argList('--train');
  const testPaths = argList('--test');
  if (trainPaths.length === 0 || testPaths.length === 0) {
    console.error('用法：npx tsx scripts/eval-compliance-model.ts --train <TSV 文件或文件夹>… --test <TSV 文件或文件夹>…');
    process.exit(2);
  }
  const score = train(labelledFiles(trainPaths).flatMap(readLabelled));
  const checker = createChecker();
  const rows = labelledFiles(testPaths)
    .flatMap(readLabelled)
    .map((draft) => ({ draft, rules: checker.check(draft.text).some((f) => f.severity !== 'info'), p: score(draft.text) }));
  const risky = rows.filter((row) => row.draft.risky);
  const clean = rows.filter((row) => !row.draft.risky);
  const line = (name: string, flagged: (row: (typeof rows)[number]) => boolean) => {
    const recall = risky.filter(flagged).length / risky.length;
    const falseFlags = clean.filter(flagged).length / clean.length;
    console.log(`${name.padEnd(36)} recall ${(recall * 100).toFixed(1).padStart(5)} %   false flags ${(falseFlags * 100).toFixed(1).padStart(5)} %`);
  };
  console.log(`test: ${risky.length} risky / ${clean.length} clean`);
  line('rules', (row) => row.rules);
  for (const threshold of [0.5, 0.8, 0.9, 0.95]) line(`model p > ${threshold}`, (row) => row.p > threshold);
  for (const threshold of [0.8, 0.9, 0.95]) {
    line(`rules or model p > ${threshold}`, (row) => row.rules || row.p > threshold);
    line(`rules or (model p > ${threshold}, no veto)`, (row) => row.rules || (row.p > threshold && !VETO.test(row.draft.text)));
  }
  line('rules confirmed by model p > 0.1', (row) => row.rules && row.p > 0.1);
}

main();
