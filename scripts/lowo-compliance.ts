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
import { checkerFrom } from '../utils/compliance/checker';
import { evaluateChecker, type Evaluation, type LabelledDraft } from '../utils/compliance/evaluate';
import { BUILTIN_RULES } from '../utils/compliance/rules';
import { CONFIRM_BITS } from '../utils/compliance/model-config';
import { readLabelled, writerOf, writersIn } from './compliance-data';
import { confirmTable, quantise, trainConfirmModel } from './compliance-model';
import { productCleanText } from './risk-model';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fresh = path.join(root, 'test/data/compliance/fresh');
const percent = (share: number) => `${(share * 100).toFixed(1)} %`.padStart(7);

const named = process.argv.slice(2);
const writers = writersIn(path.join(fresh, 'train')).filter((writer) => named.length === 0 || named.includes(writer));
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
// Each writer's drafts checked once per checker; the pooled figures and counts below read these evaluations.
const pooled: { rules: Evaluation; shipped: Evaluation }[] = [];
for (const writer of writers) {
  const drafts = draftsOf(writer);
  const shipped = checkerFrom({ rules: BUILTIN_RULES, confirmModel: modelWithout(writer) });
  const part = { rules: evaluateChecker(rulesOnly, drafts), shipped: evaluateChecker(shipped, drafts) };
  pooled.push(part);
  line(writer, part.rules, part.shipped);
}
// Pooled over writers, each judged by its own held-out model.
const total = (pick: 'rules' | 'shipped'): Evaluation => {
  const parts = pooled.map((part) => part[pick]);
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
// The model only lowers findings, so what it misses beyond the rules' misses it lowered, and its false flags are among
// the rules'.
let lowered = 0;
let removed = 0;
let kept = 0;
for (const { rules, shipped } of pooled) {
  const rulesMissed = new Set<LabelledDraft>(rules.missed);
  lowered += shipped.missed.filter((draft) => !rulesMissed.has(draft)).length;
  kept += shipped.falsePositives.length;
  removed += rules.falsePositives.length - shipped.falsePositives.length;
}
console.log(`model on the rules' findings: ${lowered} true findings lowered, ${removed} false flags removed, ${kept} false flags kept`);
