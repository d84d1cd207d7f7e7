// The three learned tables measured together on writers they have not seen (fresh/README.md, round 23): each measured
// writer's drafts are checked four times, rules alone, + the confirm model, + the learned veto, + the learned catcher,
// with all three tables trained as the shipped trainers train them (the old set and the train and dev files of the
// training writers, in the order they read them; the product's clean text; the pins) but without the measured writers.
// Every false flag and miss is then put down to the stage that made or kept it.
//   npx tsx scripts/lowo-learned.ts --design 224 --first-seen [--cache FILE]   writers after c224, tables trained on c1–c224
//   npx tsx scripts/lowo-learned.ts --design 272 --folds 8 [--cache FILE]      c1–c272 in folds by writer number mod 8
//   [--pair-weight 1,3]  vetoes trained with their contrast pairs weighted so (shipped 1), each one's bars printed
//   [--veto-only]        only the veto's bars (no rules-alone or catcher stage, no risk model trained)
//   [--gates]            what opening each lowering gate (model-config.ts; gateOf) would remove, for the confirm model
//                        and for the veto (asked as shipped, and trained with every gate open), each at its shipped bar
//   [--open-train promise,detectors]  the gates the opened veto is trained with (all of them unless given)
//   [--chosen 'detectors, shipped veto asked']  print only these openings (on the later writers: only those chosen)
//   npx tsx scripts/lowo-learned.ts --read FILE [--bars 0.15,0.2]              the figures again from a cache, at other
//                                                                              veto bars, without retraining
//   [--categories]       the flagged drafts filed under none of their labelled categories, by (labelled → given) and by
//                        the stage that gave the wrong category, per half (even / odd writers); counts only (round 24)
// lowo-risk.ts --first-seen measures the catcher with the shipped confirm model (trained on every writer) and the veto
// off; this script retrains all three and keeps the veto on, so its figures are the checker's as it would have shipped.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { checkerFrom } from '../utils/compliance/checker';
import type { LabelledDraft } from '../utils/compliance/evaluate';
import { CONFIRM_BELOW, CONFIRM_BITS, CONFIRM_MAX_CLAIMS, CONFIRM_MIN_LENGTH, CONFIRM_REACH } from '../utils/compliance/model-config';
import { decodeModel, riskProbability } from '../utils/compliance/model';
import { BUILTIN_RULES } from '../utils/compliance/rules';
import { VETO_BELOW, VETO_MIN_LENGTH, type VetoModel } from '../utils/compliance/veto-model';
import { SHIPPED_TRAINING_SOURCES, labelledFiles, readLabelled, writerNumber, writerOf, writersIn } from './compliance-data';
import { confirmTable, quantise, trainConfirmModel } from './compliance-model';
import { productCleanText, riskTable, riskTrainingSet, trainRiskModel } from './risk-model';
import { SHIPPED_VETO, gateOf, type Found, lowerable, pairedIn, trainVeto, vetoRiskOf, vetoTrainingSet, warnOrBlock, type VetoGate } from './veto-model';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fresh = path.join(root, 'test/data/compliance/fresh');
const argument = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at < 0 ? undefined : process.argv[at + 1];
};

/** One measured draft: the categories of its 提醒 and 拦截 after each stage, and what the veto read. */
interface Row {
  writer: string;
  split: string;
  risky: boolean;
  labels: string[];
  rules: string[];
  confirm: string[];
  veto: string[];
  /** Categories of the hints left after the veto (findings the confirm model or the veto lowered, and rule hints). */
  hints: string[];
  catcher: string[];
  /** The catcher's category when it added a finding. */
  caught?: string;
  /**
   * Per veto trained (one per --pair-weight), its highest risk over the 提醒 and 拦截 the confirm model kept, when it may read every one of them (length and
   * gates as lowerable() says); absent when it may not read them all or nothing is flagged.
   */
  vetoRisks?: number[];
  /** One of a contrast pair (a risky draft and its clean twin, pairedIn). */
  paired?: boolean;
  /**
   * --gates, for a draft the confirm model left flagged: the gate of each 提醒 / 拦截 kept (gateOf; 'open' when none),
   * the draft's length, the confirm model's probability over them as the checker would ask it with every gate open,
   * the shipped veto's highest risk over them and that of a veto trained with every gate open (absent when a finding
   * is one no gate opens).
   */
  gates?: { kept: string[]; length: number; confirm: number; asked?: number; trained?: number };
}

const categoriesOf = (findings: readonly { severity: string; category: string }[]) => [...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.category))];

function measure(training: string[], measuredWriters: string[]): Row[] {
  const drafts = training.flatMap(readLabelled);
  const confirmModel = confirmTable(quantise(trainConfirmModel([...drafts, ...productCleanText()], CONFIRM_BITS)));
  const vetoSet = vetoTrainingSet(training);
  const vetoes = pairWeights.map((pairWeight) => trainVeto(vetoSet, { ...SHIPPED_VETO, pairWeight }));
  const vetoModel = confirmTable(vetoes[0]!);
  const confirmed = checkerFrom({ rules: BUILTIN_RULES, confirmModel }, { learned: false });
  const openVeto = gatesStudy ? trainVeto(vetoSet, { ...SHIPPED_VETO, opens: (argument('--open-train')?.split(',') as VetoGate[] | undefined) ?? ALL_GATES }) : undefined;
  const decodedConfirm = decodeModel(confirmModel);
  // --veto-only: the confirm stage and the veto's risks alone (what a bar study needs), at a third of the cost.
  const stages = vetoOnly
    ? undefined
    : {
        rules: checkerFrom({ rules: BUILTIN_RULES, confirmModel }, { confirm: false, learned: false }),
        vetoed: checkerFrom({ rules: BUILTIN_RULES, confirmModel, vetoModel }, { learned: false }),
        full: checkerFrom({ rules: BUILTIN_RULES, confirmModel, vetoModel, riskModel: riskTable(trainRiskModel(riskTrainingSet(drafts).examples)) }),
      };
  const rows: Row[] = [];
  for (const writer of measuredWriters) {
    for (const split of ['train', 'dev']) {
      let file: LabelledDraft[];
      try {
        file = readLabelled(path.join(fresh, split, `compliance-${writer}.tsv`));
      } catch {
        continue;
      }
      for (const draft of file) {
        const kept = warnOrBlock(confirmed.check(draft.text));
        const afterVeto = stages?.vetoed.check(draft.text) ?? [];
        const last = stages?.full.check(draft.text) ?? [];
        const readable = kept.length > 0 && draft.text.length >= VETO_MIN_LENGTH && kept.every((f) => lowerable(f, SHIPPED_VETO));
        rows.push({
          writer,
          split,
          risky: draft.risky,
          labels: draft.categories,
          rules: stages ? categoriesOf(stages.rules.check(draft.text)) : [],
          confirm: categoriesOf(kept),
          veto: categoriesOf(afterVeto),
          hints: [...new Set(afterVeto.filter((f) => f.severity === 'info').map((f) => f.category))],
          catcher: categoriesOf(last),
          caught: last.find((f) => f.rule.startsWith('learned.'))?.category,
          gates: openVeto && kept.length > 0 ? gateReading(draft.text, kept, decodedConfirm, vetoes[0]!, openVeto) : undefined,
          vetoRisks: readable ? vetoes.map((veto) => Math.max(...kept.map((f) => vetoRiskOf(veto, draft.text, f.start, f.end, f.category, SHIPPED_VETO)))) : undefined,
        });
      }
    }
  }
  return rows;
}

const ALL_GATES: readonly VetoGate[] = ['promise', 'block-medical', 'block-abuse', 'block-reviewbait', 'detectors'];
const gatesStudy = process.argv.includes('--gates');
/** Row.gates for the findings `kept` (the confirm stage's 提醒 and 拦截) of `text`. */
function gateReading(text: string, kept: Found[], confirmModel: ReturnType<typeof decodeModel>, shippedVeto: VetoModel, openVeto: VetoModel): Row['gates'] {
  const gates = kept.map((f) => gateOf(f) ?? 'open');
  const from = Math.max(0, Math.min(...kept.map((f) => f.start)) - CONFIRM_REACH);
  const to = Math.min(text.length, Math.max(...kept.map((f) => f.end)) + CONFIRM_REACH);
  const riskOf = (veto: VetoModel) => (gates.includes('never') ? undefined : Math.max(...kept.map((f) => vetoRiskOf(veto, text, f.start, f.end, f.category, SHIPPED_VETO))));
  return { kept: gates, length: text.length, confirm: riskProbability(confirmModel, text, from, to), asked: riskOf(shippedVeto), trained: riskOf(openVeto) };
}

/** The vetoes trained here, by the weight of their contrast pairs (--pair-weight 1,3; shipped 1); the first one checks. */
const pairWeights = (argument('--pair-weight') ?? String(SHIPPED_VETO.pairWeight)).split(',').map(Number);
const vetoOnly = process.argv.includes('--veto-only');

let rows: Row[];
const readPath = argument('--read');
if (readPath) rows = JSON.parse(readFileSync(readPath, 'utf8')) as Row[];
else {
  const lastDesign = Number(argument('--design') ?? 224);
  const folds = argument('--folds') === undefined ? undefined : Number(argument('--folds'));
  const writers = writersIn(path.join(fresh, 'train'));
  const designWriter = (writer: string) => writerNumber(writer) <= lastDesign;
  /** The shipped trainers' files (by folder, then name) without the writers `left`, and without writers after the design set. */
  const trainingFiles = (left: (writer: string) => boolean) =>
    labelledFiles(SHIPPED_TRAINING_SOURCES.map((source) => path.join(root, source))).filter((file) => {
      const writer = writerOf(path.basename(file));
      return writer === undefined || (designWriter(writer) && !left(writer));
    });
  if (folds === undefined) rows = measure(trainingFiles(() => false), writers.filter((writer) => !designWriter(writer)));
  else {
    rows = [];
    for (let fold = 0; fold < folds; fold++) {
      const inFold = (writer: string) => designWriter(writer) && writerNumber(writer) % folds === fold;
      rows.push(...measure(trainingFiles(inFold), writers.filter(inFold)));
      console.error(`fold ${fold} done ${new Date().toISOString()}`);
    }
  }
  const cachePath = argument('--cache');
  if (cachePath) writeFileSync(cachePath, JSON.stringify(rows));
}

// Contrast pairs (pairedIn, scripts/veto-model.ts) read again from the files, in the order the rows were measured.
const files = new Map<string, Row[]>();
for (const row of rows) files.set(`${row.split}/compliance-${row.writer}.tsv`, [...(files.get(`${row.split}/compliance-${row.writer}.tsv`) ?? []), row]);
for (const [file, group] of files) {
  const paired = pairedIn(readLabelled(path.join(fresh, file)));
  group.forEach((row, i) => (row.paired = paired[i]!));
}

const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;
const risky = rows.filter((row) => row.risky);
const clean = rows.filter((row) => !row.risky);
const flagged = (categories: string[]) => categories.length > 0;
const right = (row: Row, categories: string[]) => categories.some((category) => row.labels.includes(category));
if (!vetoOnly) {
  const stages = ['rules', 'confirm', 'veto', 'catcher'] as const;
  console.log(`${new Set(rows.map((row) => row.writer)).size} writers, ${risky.length} risky, ${clean.length} clean drafts (train + dev files)`);
  console.log('stage                recall / false flags / category right   (false flags, misses)');
  for (const stage of stages) {
    const caught = risky.filter((row) => flagged(row[stage])).length;
    const flags = clean.filter((row) => flagged(row[stage])).length;
    console.log(`${`+ ${stage}`.padEnd(20)} ${pct(caught, risky.length)} / ${pct(flags, clean.length)} / ${pct(risky.filter((row) => right(row, row[stage])).length, risky.length)}   (${flags}, ${risky.length - caught})`);
  }

  // Attribution: each stage's change to the flag of a draft, counted both ways.
  console.log('\nwhat each stage changed: clean drafts (false flags removed / added), risky drafts (claims lost / gained)');
  for (let s = 1; s < stages.length; s++) {
    const [before, after] = [stages[s - 1]!, stages[s]!];
    const changed = (set: Row[], from: boolean) => set.filter((row) => flagged(row[before]) === from && flagged(row[after]) !== from).length;
    console.log(`  ${after.padEnd(8)} false flags −${changed(clean, true)} +${changed(clean, false)}   claims −${changed(risky, true)} +${changed(risky, false)}`);
  }
  const falseFlags = clean.filter((row) => flagged(row.catcher));
  const misses = risky.filter((row) => !flagged(row.catcher));
  console.log(`\nfalse flags left (${falseFlags.length}): made by the rules and kept by confirm and veto ${falseFlags.filter((row) => flagged(row.veto)).length}, added by the catcher ${falseFlags.filter((row) => !flagged(row.veto)).length}`);
  console.log(
    `misses left (${misses.length}): no rule found ${misses.filter((row) => !flagged(row.rules)).length}, ` +
      `lowered by the confirm model ${misses.filter((row) => flagged(row.rules) && !flagged(row.confirm)).length}, ` +
      `lowered by the veto ${misses.filter((row) => flagged(row.confirm) && !flagged(row.veto)).length} (the catcher did not catch them back)`,
  );

  const keptByVeto = clean.filter((row) => flagged(row.veto));
  console.log(
    `  of the ${keptByVeto.length} the veto kept: it may read ${keptByVeto.filter((row) => row.vetoRisks !== undefined).length} (and read them at ≥ ${VETO_BELOW}), ` +
      `${keptByVeto.filter((row) => row.vetoRisks === undefined).length} it may not (shorter than ${VETO_MIN_LENGTH}, or a finding behind a lowering gate)`,
  );
  const twins = clean.filter((row) => row.paired);
  console.log(
    `clean twins of contrast pairs: ${twins.length} of ${clean.length} clean drafts; false flags on them: rules ${twins.filter((row) => flagged(row.rules)).length}, ` +
      `after confirm ${twins.filter((row) => flagged(row.confirm)).length}, after veto ${twins.filter((row) => flagged(row.veto)).length}, after catcher ${twins.filter((row) => flagged(row.catcher)).length}; ` +
      `on other clean drafts ${clean.filter((row) => !row.paired && flagged(row.catcher)).length}`,
  );

  // The catcher's category on the drafts it caught; and the alternative of naming a hint's category (a rule finding the
  // confirm model or the veto lowered) when the draft has one.
  const caught = rows.filter((row) => row.caught !== undefined);
  const caughtRisky = caught.filter((row) => row.risky);
  const withHint = caughtRisky.filter((row) => row.hints.length > 0);
  console.log(
    `\ncatcher: ${caught.length} caught (${caughtRisky.length} risky, ${caught.length - caughtRisky.length} clean); its category right on ${caughtRisky.filter((row) => row.labels.includes(row.caught!)).length} of ${caughtRisky.length}`,
  );
  console.log(
    `  of those with a lowered rule finding (hint) in the draft, ${withHint.length}: the catcher's category right ${withHint.filter((row) => row.labels.includes(row.caught!)).length}, the hint's ${withHint.filter((row) => right(row, row.hints)).length}`,
  );
  const rightOfStage = (stage: 'catcher', rule: boolean) =>
    risky.filter((row) => (rule && row.caught !== undefined && row.hints.length > 0 ? right(row, row.hints) : right(row, row[stage]))).length;
  console.log(`  category right with the catcher's category ${pct(rightOfStage('catcher', false), risky.length)}, with a hint's category where there is one ${pct(rightOfStage('catcher', true), risky.length)}`);
  const byCategory = new Map<string, [number, number]>();
  for (const row of caughtRisky) {
    const [hits, all] = byCategory.get(row.caught!) ?? [0, 0];
    byCategory.set(row.caught!, [hits + (row.labels.includes(row.caught!) ? 1 : 0), all + 1]);
  }
  console.log(`  by the catcher's category (right / caught risky): ${[...byCategory].map(([category, [hits, all]]) => `${category} ${hits}/${all}`).join(', ')}`);
}

// --categories: why a risky draft the checker flagged is filed under none of its labelled categories, by the stage that
// did it: the catcher's own category (with or without a hint of the right category in the draft: a rule finding the
// confirm model or the veto lowered); a lowering model that lowered every right-category finding while a wrong one
// stayed; or the rules' category (no rule read the labelled one, or it lost an overlap: this cache cannot tell which).
if (process.argv.includes('--categories')) {
  const causeOf = (row: Row) => {
    if (row.caught !== undefined && !flagged(row.veto)) return right(row, row.hints) ? 'catcher, right-category hint in the draft' : "catcher's category";
    if (right(row, row.rules) && !right(row, row.confirm)) return 'confirm model lowered the right category, kept another';
    if (right(row, row.confirm) && !right(row, row.veto)) return 'veto lowered the right category, kept another';
    return "rules' category";
  };
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [half, parity] of [['even writers', 0], ['odd writers', 1]] as const) {
    const inHalf = risky.filter((row) => writerNumber(row.writer) % 2 === parity);
    const wrong = inHalf.filter((row) => flagged(row.catcher) && !right(row, row.catcher));
    const causes = new Map<string, number>();
    const pairs = new Map<string, number>();
    for (const row of wrong) {
      count(causes, causeOf(row));
      count(pairs, `${row.labels[0]} → ${[...row.catcher].sort().join('+')} (${causeOf(row)})`);
    }
    console.log(`\nwrong category, ${half}: ${wrong.length} of ${inHalf.length} risky (missed ${inHalf.filter((row) => !flagged(row.catcher)).length})`);
    console.log(`  by stage: ${sorted(causes).map(([cause, n]) => `${cause} ${n}`).join(', ')}`);
    for (const [pair, n] of sorted(pairs)) console.log(`  ${String(n).padStart(4)}  ${pair}`);
  }
}

// The veto at other bars, from the risks kept (a draft the veto may read is cleared when its highest risk is below the bar;
// the catcher is not re-asked for the drafts a lower bar would uncover, so only the veto stage is shown).
console.log(`\nthe veto at other bars (shipped ${VETO_BELOW}): recall / false flags after the veto, removed / lost against the confirm stage, worst writer`);
// --bars 0.15,0.2: only these (on the later writers, measure only the bars chosen on the design folds).
const bars = argument('--bars')?.split(',').map(Number) ?? [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];
for (const [trained, pairWeight] of pairWeights.entries()) {
  if (pairWeights.length > 1) console.log(`  contrast pairs weighted ${pairWeight}:`);
  for (const bar of bars) {
  const after = (row: Row) => flagged(row.confirm) && !(row.vetoRisks !== undefined && row.vetoRisks[trained]! < bar);
  const lostBy = new Map<string, number>();
  for (const row of risky) if (flagged(row.confirm) && !after(row)) lostBy.set(row.writer, (lostBy.get(row.writer) ?? 0) + 1);
  const worst = Math.max(0, ...lostBy.values());
  const removed = clean.filter((row) => flagged(row.confirm) && !after(row)).length;
  const lost = risky.filter((row) => flagged(row.confirm) && !after(row)).length;
  console.log(
    `  < ${String(bar).padEnd(5)} ${pct(risky.filter(after).length, risky.length)} / ${pct(clean.filter(after).length, clean.length)}   removed ${removed} lost ${lost}   worst writer −${worst} ${[...lostBy].find(([, count]) => count === worst)?.[0] ?? ''}`,
  );
}
}

// --gates: what opening each lowering gate would remove beyond the shipped confirm model and veto, at their shipped bars.
// 'short' lets a draft under the length floor be read, 'claims' (confirm model only) one with CONFIRM_MAX_CLAIMS or more;
// --open-sets promise+detectors,… adds gates opened together.
if (rows.some((row) => row.gates !== undefined)) {
  const shippedAfter = (row: Row) => flagged(row.confirm) && !(row.vetoRisks !== undefined && row.vetoRisks[0]! < VETO_BELOW);
  type Reader = 'confirm' | 'asked' | 'trained';
  const clears = (row: Row, reader: Reader, open: readonly string[]) => {
    const g = row.gates;
    if (g === undefined || !g.kept.every((gate) => gate === 'open' || open.includes(gate))) return false;
    if (g.length < (reader === 'confirm' ? CONFIRM_MIN_LENGTH : VETO_MIN_LENGTH) && !open.includes('short')) return false;
    if (reader === 'confirm') return (g.kept.length < CONFIRM_MAX_CLAIMS || open.includes('claims')) && g.confirm < CONFIRM_BELOW;
    const risk = reader === 'asked' ? g.asked : g.trained;
    return risk !== undefined && risk < VETO_BELOW;
  };
  const changed = (set: Row[], cleared: (row: Row) => boolean) => {
    const byWriter = new Map<string, number>();
    for (const row of set) if (cleared(row)) byWriter.set(row.writer, (byWriter.get(row.writer) ?? 0) + 1);
    const worst = Math.max(0, ...byWriter.values());
    return { count: [...byWriter.values()].reduce((a, b) => a + b, 0), worst, worstWriter: [...byWriter].find(([, n]) => n === worst)?.[0] ?? '' };
  };
  const chosen = argument('--chosen')?.split(';');
  const report = (label: string, cleared: (row: Row) => boolean) => {
    if (chosen && !chosen.includes(label)) return;
    const removed = changed(clean, cleared);
    const lost = changed(risky, cleared);
    console.log(`  ${label.padEnd(44)} removed ${String(removed.count).padStart(3)} lost ${String(lost.count).padStart(3)}   worst writer −${lost.worst} ${lost.worstWriter}`);
  };
  const baseFlags = clean.filter(shippedAfter).length;
  console.log(`\ngates: false flags after the shipped veto ${baseFlags}; by the gates of their kept findings:`);
  const byGates = new Map<string, number>();
  for (const row of clean.filter(shippedAfter)) {
    const key = row.gates ? [...new Set(row.gates.kept)].sort().join('+') + (row.gates.length < CONFIRM_MIN_LENGTH ? ' (short)' : '') + (row.gates.kept.length >= CONFIRM_MAX_CLAIMS ? ' (2+)' : '') : '?';
    byGates.set(key, (byGates.get(key) ?? 0) + 1);
  }
  console.log(`  ${[...byGates].sort((a, b) => b[1] - a[1]).map(([key, n]) => `${key} ${n}`).join(', ')}`);
  const sets = [...ALL_GATES.map((gate) => [gate as string]), ['short'], ['claims'], ...(argument('--open-sets')?.split(',').map((set) => set.split('+')) ?? [])];
  console.log('opening a gate, beyond the shipped confirm model and veto (drafts they leave flagged that the opening clears):');
  for (const open of sets) {
    for (const reader of ['confirm', 'asked', 'trained'] as const) {
      if (reader !== 'confirm' && open.includes('claims')) continue;
      report(`${open.join('+')}, ${reader === 'confirm' ? 'confirm model' : reader === 'asked' ? 'shipped veto asked' : 'veto trained open'}`, (row) => shippedAfter(row) && clears(row, reader, open) && !clears(row, reader, []));
    }
  }
  // The veto trained with every gate open also reads the usual findings differently: its base against the shipped veto's.
  report('veto trained open, usual findings only (own base)', (row) => flagged(row.confirm) && clears(row, 'trained', []));
  report('shipped veto, usual findings (for comparison)', (row) => flagged(row.confirm) && !shippedAfter(row));
}
