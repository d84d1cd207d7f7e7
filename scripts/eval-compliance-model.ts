// The measurement behind the learned component: trains the confirm model's logistic regression (hashed character
// 1–3-grams, scripts/compliance-model.ts) on the --train files and prints, for the --test files, the rules alone
// (confirm off), the model alone at several thresholds, the model catching what the rules miss (with and without
// a veto when a negation or explanation is present), and the rules confirmed by the model (what ships).
//   npx tsx scripts/eval-compliance-model.ts --train test/data/compliance/drafts.tsv test/data/compliance/fresh/train \
//     --test test/data/compliance/fresh/dev [--bits 13]
// Figures and the choice they led to: README, 合规检查 → 数据与指标.
import process from 'node:process';
import { createChecker } from '../utils/compliance/index';
import { riskProbability } from '../utils/compliance/model';
import { CONFIRM_BELOW, CONFIRM_BITS } from '../utils/compliance/model-config';
import { labelledFiles, readLabelled } from './compliance-data';
import { quantise, trainConfirmModel } from './compliance-model';
import { productCleanText } from './risk-model';

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

function main(): void {
  const trainPaths = argList('--train');
  const testPaths = argList('--test');
  if (trainPaths.length === 0 || testPaths.length === 0) {
    console.error('用法：npx tsx scripts/eval-compliance-model.ts --train <TSV 文件或文件夹>… --test <TSV 文件或文件夹>…');
    process.exit(2);
  }
  const bits = Number(argList('--bits')[0] ?? CONFIRM_BITS);
  const model = quantise(trainConfirmModel([...labelledFiles(trainPaths).flatMap(readLabelled), ...productCleanText()], bits));
  const score = (text: string) => riskProbability(model, text);
  // The rules without the shipped confirm model, so that the model trained here is the only one measured.
  const checker = createChecker({ confirm: false });
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
  // Per draft; the checker also keeps literal rules and drafts under 16 characters as they are.
  line(`rules confirmed by model p > ${CONFIRM_BELOW}`, (row) => row.rules && row.p > CONFIRM_BELOW);
}

main();
