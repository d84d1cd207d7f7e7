// Prints recall, false-flag rate and category accuracy of the built-in checker on labelled TSV files
// (definitions in utils/compliance/evaluate.ts), per file and in total:
//   npx tsx scripts/eval-compliance.ts test/data/compliance/fresh/dev [more files or folders] [--misses] [--missed-by-category] [--confusions] [--json]
// A folder stands for every .tsv file in it (sorted). --misses also lists the missed drafts, the false flags
// and the drafts caught under another category; --missed-by-category lists the missed drafts grouped by their labelled
// categories, largest group first, each with its file (what a pass on misses by shape starts from); --confusions counts the drafts caught under another category by
// "labelled → reported" (largest first, each with its findings); --json prints one JSON object instead of the table.
import process from 'node:process';
import { createChecker } from '../utils/compliance/index';
import { evaluateChecker, type Evaluation, type LabelledDraft } from '../utils/compliance/evaluate';
import { evaluationHeader, evaluationRow, labelledFiles, readLabelled } from './compliance-data';

function summary(evaluation: Evaluation) {
  return {
    risky: evaluation.risky,
    clean: evaluation.clean,
    recall: evaluation.recall,
    falseFlags: evaluation.falsePositiveRate,
    categoryRight: evaluation.categoryAccuracy,
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const showMisses = args.includes('--misses');
  const showConfusions = args.includes('--confusions');
  const showMissedByCategory = args.includes('--missed-by-category');
  const json = args.includes('--json');
  const paths = args.filter((arg) => !arg.startsWith('--'));
  if (paths.length === 0) {
    console.error('用法：npx tsx scripts/eval-compliance.ts <TSV 文件或文件夹>… [--misses] [--json]');
    process.exit(2);
  }
  const files = labelledFiles(paths);
  if (files.length === 0) {
    console.error(`没有找到 .tsv 文件：${paths.join('、')}`);
    process.exit(2);
  }
  const checker = createChecker();
  const all: LabelledDraft[] = [];
  const rows = files.map((file) => {
    const drafts = readLabelled(file);
    all.push(...drafts);
    return { file, evaluation: evaluateChecker(checker, drafts) };
  });
  const total = evaluateChecker(checker, all);
  if (json) {
    console.log(JSON.stringify({ files: rows.map(({ file, evaluation }) => ({ file, ...summary(evaluation) })), total: summary(total) }));
    return;
  }
  const width = Math.max(5, ...files.map((file) => file.length));
  console.log(evaluationHeader('file', width));
  for (const { file, evaluation } of [...rows, { file: 'total', evaluation: total }]) console.log(evaluationRow(file, width, evaluation));
  const findingsText = (findings: { match: string; category: string }[]) => findings.map((f) => `${f.match}(${f.category})`).join('、');
  if (showConfusions) printConfusions(total, (findings) => findings.map((f) => `${f.match}(${f.rule})`).join('、'));
  if (showMissedByCategory) printMissedByCategory(rows);
  if (!showMisses) return;
  console.log('\n漏报：');
  for (const draft of total.missed) console.log(`  [${draft.categories.join('|')}] ${draft.text}`);
  console.log('\n误报：');
  for (const { draft, findings } of total.falsePositives) console.log(`  ${draft.text}  ← ${findingsText(findings)}`);
  console.log('\n类别不符：');
  for (const { draft, findings } of total.wrongCategory) console.log(`  [${draft.categories.join('|')}] ${draft.text}  ← ${findingsText(findings)}`);
}

/** The missed drafts of every file, by their labelled categories ("promise", "medical|promise"), largest group first. */
function printMissedByCategory(rows: { file: string; evaluation: Evaluation }[]): void {
  const groups = new Map<string, string[]>();
  for (const { file, evaluation } of rows) {
    for (const draft of evaluation.missed) {
      const key = draft.categories.join('|');
      groups.set(key, [...(groups.get(key) ?? []), `${file.split('/').pop()}  ${draft.text}`]);
    }
  }
  const missed = [...groups.values()].reduce((sum, drafts) => sum + drafts.length, 0);
  console.log(`\n漏报，按标注类别分组（共 ${missed} 条）：`);
  for (const [key, drafts] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${String(drafts.length).padStart(5)}  ${key}`);
    for (const draft of drafts) console.log(`         ${draft}`);
  }
}

/** The drafts caught under another category, by "labelled → reported categories", largest group first. */
function printConfusions(evaluation: Evaluation, findingsText: (findings: Evaluation['wrongCategory'][number]['findings']) => string): void {
  const groups = new Map<string, Evaluation['wrongCategory']>();
  for (const wrong of evaluation.wrongCategory) {
    const key = `${wrong.draft.categories.join('|')} → ${[...new Set(wrong.findings.map((f) => f.category))].sort().join('+')}`;
    groups.set(key, [...(groups.get(key) ?? []), wrong]);
  }
  console.log(`\n类别不符，按「标注 → 报出」分组（共 ${evaluation.wrongCategory.length} 条）：`);
  for (const [key, wrongs] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${String(wrongs.length).padStart(5)}  ${key}`);
    for (const { draft, findings } of wrongs) console.log(`         ${draft.text}  ← ${findingsText(findings)}`);
  }
}

main();
