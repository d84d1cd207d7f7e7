// Leave one writer out: how the checker would do on a writer it has not seen. For each fresh writer (cN, train + dev
// files together), the confirm model is retrained without that writer (the old set plus every other writer's
// train and dev files, and the product's own clean text, as the shipped table is) and the current rules with that
// model are measured on the writer's drafts; the rules alone (model off) are printed beside it. The rules themselves were written with every train file in view, so for a
// writer whose train file the rules were tuned on the figures are optimistic; the first-seen rows of
// test/data/compliance/fresh/README.md are the rules' honest figures.
//   npx tsx scripts/lowo-compliance.ts [c1 c2 …]   (default: every writer in fresh/train)
import { readdirSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { checkerFrom, type Checker } from '../utils/compliance/checker';
import { evaluateChecker, type Evaluation, type LabelledDraft } from '../utils/compliance/evaluate';
import { BUILTIN_RULES } from '../utils/compliance/rules';
import { CONFIRM_BITS } from '../utils/compliance/model-config';
import { readLabelled } from './compliance-data';
import { confirmTable, quantise, trainConfirmModel } from './compliance-model';
import { productCleanText } from './risk-model';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fresh = path.join(root, 'test/data/compliance/fresh');
const percent = (share: number) => `${(share * 100).toFixed(1)} %`.padStart(7);

const writerOf = (name: string) => /^compliance-(c\d+)\.tsv$/.exec(name)?.[1];
const named = process.argv.slice(2);
const writers = readdirSync(path.join(fresh, 'train'))
  .map(writerOf)
  .filter((writer): writer is string => writer !== undefined)
  .filter((writer) => named.length === 0 || named.includes(writer))
  .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
const draftsOf = (writer: string) => ['train', 'dev'].flatMap((split) => readLabelled(path.join(fresh, split, `compliance-${writer}.tsv`)));
const allWriters = readdirSync(path.join(fresh, 'train')).map(writerOf).filter((writer): writer is string => writer !== undefined);
const oldSet = readLabelled(path.join(root, 'test/data/compliance/drafts.tsv'));
const product = productCleanText();

function modelWithout(writer: string) {
  const drafts = [...oldSet, ...allWriters.filter((other) => other !== writer).flatMap(draftsOf), ...product];
  return confirmTable(quantise(trainConfirmModel(drafts, CONFIRM_BITS)));
}

const line = (name: string, rules: Evaluation, shipped: Evaluation) =>
  console.log(
    `${name.padEnd(8)} ${String(shipped.risky).padStart(5)} ${String(shipped.clean).padStart(5)}  ` +
      `${percent(rules.recall)} ${percent(rules.falsePositiveRate)} ${percent(rules.categoryAccuracy)}   ` +
      `${percent(shipped.recall)} ${percent(shipped.falsePositiveRate)} ${percent(shipped.categoryAccuracy)}`,
  );

console.log('writer   risky clean   rules alone: recall / false flags / category   rules + model without the writer');
const rulesOnly = checkerFrom({ rules: BUILTIN_RULES, confirmModel: modelWithout('') }, { confirm: false });
const pooled: { drafts: LabelledDraft[]; rules: Checker; shipped: Checker }[] = [];
for (const writer of writers) {
  const drafts = draftsOf(writer);
  const shipped = checkerFrom({ rules: BUILTIN_RULES, confirmModel: modelWithout(writer) });
  pooled.push({ drafts, rules: rulesOnly, shipped });
  line(writer, evaluateChecker(rulesOnly, drafts), evaluateChecker(shipped, drafts));
}
// Pooled over writers, each judged by its own held-out model.
const total = (pick: 'rules' | 'shipped'): Evaluation => {
  const parts = pooled.map((part) => evaluateChecker(part[pick], part.drafts));
  const risky = parts.reduce((sum, part) => sum + part.risky, 0);
  const clean = parts.reduce((sum, part) => sum + part.clean, 0);
  const weighted = (get: (part: Evaluation) => number, by: (part: Evaluation) => number, of: number) =>
    parts.reduce((sum, part) => sum + get(part) * by(part), 0) / of;
  return {
    ...parts[0]!,
    risky,
    clean,
    recall: weighted((part) => part.recall, (part) => part.risky, risky),
    falsePositiveRate: weighted((part) => part.falsePositiveRate, (part) => part.clean, clean),
    categoryAccuracy: weighted((part) => part.categoryAccuracy, (part) => part.risky, risky),
  };
};
line('total', total('rules'), total('shipped'));
// What the model did to the rules' findings, pooled: risky drafts the rules caught that it lowered to hints only (true
// findings lowered), clean drafts the rules flagged that it cleared (false flags removed) and those it kept.
let lowered = 0;
let removed = 0;
let kept = 0;
for (const part of pooled) {
  for (const draft of part.drafts) {
    const flagged = (checker: Checker) => checker.check(draft.text).some((finding) => finding.severity !== 'info');
    if (!flagged(part.rules)) continue;
    if (flagged(part.shipped)) kept += draft.risky ? 0 : 1;
    else if (draft.risky) lowered++;
    else removed++;
  }
}
console.log(`model on the rules' findings: ${lowered} true findings lowered, ${removed} false flags removed, ${kept} false flags kept`);
