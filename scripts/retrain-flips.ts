// How stable retraining is: the three learned tables (confirm model, veto, catcher) trained twice on the same drafts in
// two sets of visiting orders, and the verdicts that change between the two checkers counted (a verdict: the categories
// of a draft's 提醒 and 拦截, or none). The left-out writers (default round 18's c259–c266, train and dev files) are first
// seen by both; the regression set (drafts.tsv is trained on, rounds/ is not) and the pinned sentences are the others.
// Counts only for first-seen writers (their dev files are never read one by one); changed regression and pinned
// drafts are listed.
//   npx tsx scripts/retrain-flips.ts --orders 0 --against 1                  one order each (before round 19)
//   npx tsx scripts/retrain-flips.ts --orders 0,1,2,3 --against 4,5,6,7      the mean of four orders each (shipped)
//   [--leave c259-c266]   the writers left out (a range or a comma list)
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { checkerFrom, type Checker } from '../utils/compliance/checker';
import { BUILTIN_RULES } from '../utils/compliance/rules';
import { CONFIRM_BITS } from '../utils/compliance/model-config';
import { RISK_BITS } from '../utils/compliance/risk-model';
import { SHIPPED_TRAINING_SOURCES, labelledFiles, readLabelled, writerNumber, writerOf } from './compliance-data';
import { confirmTable, quantise, trainConfirmModel } from './compliance-model';
import { keepsPin, readPinned, verdictOf } from './pinned-sentences';
import { productCleanText, riskTable, riskTrainingSet, trainRiskModel } from './risk-model';
import { SHIPPED_VETO, trainVeto, vetoTrainingSet } from './veto-model';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argument = (flag: string, otherwise: string) => {
  const at = process.argv.indexOf(flag);
  return at < 0 ? otherwise : process.argv[at + 1]!;
};
const ordersOf = (flag: string, otherwise: string) => argument(flag, otherwise).split(',').map(Number);
const [ordersA, ordersB] = [ordersOf('--orders', '0'), ordersOf('--against', '1')];
const leave = argument('--leave', 'c259-c266');
const leftOut = (writer: string) =>
  leave.includes('-') ? writerNumber(writer) >= writerNumber(leave.split('-')[0]!) && writerNumber(writer) <= writerNumber(leave.split('-')[1]!) : leave.split(',').includes(writer);

const files = labelledFiles(SHIPPED_TRAINING_SOURCES.map((source) => path.join(root, source)));
const isLeftOut = (file: string) => writerOf(path.basename(file)) !== undefined && leftOut(writerOf(path.basename(file))!);
const trainingFiles = files.filter((file) => !isLeftOut(file));
const drafts = trainingFiles.flatMap(readLabelled);
const vetoDrafts = vetoTrainingSet(trainingFiles);
const riskExamples = riskTrainingSet(drafts).examples;
const confirmDrafts = [...drafts, ...productCleanText()];

/** The checker with all three tables trained as the shipped scripts train them, in `orders`. */
function trainedChecker(orders: readonly number[]): Checker {
  const started = Date.now();
  const builtins = {
    rules: BUILTIN_RULES,
    confirmModel: confirmTable(quantise(trainConfirmModel(confirmDrafts, CONFIRM_BITS, orders))),
    vetoModel: confirmTable(trainVeto(vetoDrafts, SHIPPED_VETO, orders)),
    riskModel: riskTable(trainRiskModel(riskExamples, RISK_BITS, orders)),
  };
  console.error(`orders ${orders.join(',')} trained in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return checkerFrom(builtins);
}
const [a, b] = [trainedChecker(ordersA), trainedChecker(ordersB)];

/** Drafts whose verdict differs between the two checkers; flagged = one flags and the other does not. */
function compare(texts: readonly { text: string; risky?: boolean }[]) {
  let [changed, flagged, falseFlags, lostCatches] = [0, 0, 0, 0];
  const changes: string[] = [];
  for (const { text, risky } of texts) {
    const [va, vb] = [verdictOf((t) => a.check(t), text), verdictOf((t) => b.check(t), text)];
    if (va === vb) continue;
    changed++;
    changes.push(`${text}  ${va} → ${vb}`);
    if ((va === '-') === (vb === '-')) continue;
    flagged++;
    if (risky === false) falseFlags++;
    if (risky === true) lostCatches++;
  }
  return { changed, flagged, falseFlags, lostCatches, changes };
}
const line = (label: string, count: number, c: ReturnType<typeof compare>) =>
  `${label.padEnd(34)} ${String(count).padStart(6)} drafts  verdicts changed ${String(c.changed).padStart(3)}  flagged ↔ clean ${String(c.flagged).padStart(3)} (clean drafts ${c.falseFlags}, risky ${c.lostCatches})`;

console.log(`visiting orders ${ordersA.join(',')} against ${ordersB.join(',')}; left out and first seen: ${leave}`);
const firstSeen = files.filter(isLeftOut).flatMap(readLabelled);
const firstSeenResult = compare(firstSeen);
console.log(line('first-seen writers (train + dev)', firstSeen.length, firstSeenResult));
const regression = labelledFiles([path.join(root, 'test/data/compliance/drafts.tsv'), path.join(root, 'test/data/compliance/rounds')]).flatMap(readLabelled);
const regressionResult = compare(regression);
console.log(line('regression set (drafts.tsv, rounds/)', regression.length, regressionResult));
const pinned = readPinned();
const pinnedResult = compare(pinned);
console.log(line('pinned sentences', pinned.length, pinnedResult));
const broken = (checker: Checker) => pinned.filter((pin) => !keepsPin(verdictOf((t) => checker.check(t), pin.text), pin.verdict)).map((pin) => pin.text);
for (const [orders, checker] of [[ordersA, a], [ordersB, b]] as const) console.log(`pinned sentences off their pin, orders ${orders.join(',')}: ${broken(checker).length} ${broken(checker).join(' / ')}`);
for (const change of [...regressionResult.changes, ...pinnedResult.changes]) console.log(`  ${change}`);
