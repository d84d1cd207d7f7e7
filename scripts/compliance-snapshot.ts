// `tsx scripts/compliance-snapshot.ts [out.json]`: every finding of the checker, in several set-ups, on the labelled
// drafts (all but the frozen test and the holdout) and on the benchmark's corpora, as one JSON file plus a digest per
// set-up. A change meant only to make the checker faster must leave the file byte for byte the same: run it before and
// after, compare the digests (or diff the files). The set-ups run with the learned catcher off (utils/compliance/
// risk-model.ts: its table is retrained with the data, so its findings would move the digests of a speed change); with
// --learned the same set-ups run again with it on, as shipped, under names ending in +learned.
//   npx tsx scripts/compliance-snapshot.ts [--learned] [out.json]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { createChecker, type Checker } from '../utils/compliance/index';
import { labelledFiles, readLabelled } from './compliance-data';
import { benchInputs, checkerWith, draftsOfLength, growthShapes, joinedText } from './bench/compliance';

const root = path.resolve(import.meta.dirname, '../test/data/compliance');
const files = labelledFiles(['drafts.tsv', 'rounds', 'fresh/train', 'fresh/dev'].map((name) => path.join(root, name)));
const labelled = files.flatMap((file) => readLabelled(file).map((d) => d.text));
// rewrites.tsv: claim, draft, draft after the rewrite.
for (const line of readFileSync(path.join(root, 'rewrites.tsv'), 'utf8').split(/\r?\n/).slice(1)) if (line.trim()) labelled.push(...line.split('\t'));

// The benchmark's own inputs: corpora, word lists, the latency drafts (drawn in the bench's order) and long texts.
const { texts, cleanTexts, random, corpora, lists } = benchInputs();
const mixed = corpora.混合语料;
const clean = corpora.正常语料;
const sized: string[] = [];
for (const source of [texts, cleanTexts, texts, cleanTexts]) for (const length of [100, 500]) sized.push(...draftsOfLength(random, source, length, 400));
// The growth check's shapes, 20,000 characters each (findings far into a text).
const long = growthShapes(texts).map(([, pieces]) => joinedText(pieces, 20_000));

const off = { learned: false };
const setups: [string, Checker, string[]][] = [
  ['default', createChecker(off), [...labelled, ...mixed, ...clean, ...sized, ...long]],
  ['no-confirm', createChecker({ ...off, confirm: false }), labelled],
  ['pinduoduo', createChecker({ ...off, platform: 'pinduoduo' }), labelled],
  ['feige', createChecker({ ...off, platform: 'feige' }), labelled],
  ['jd', createChecker({ ...off, platform: 'jd' }), labelled],
  ['dense-list', checkerWith(lists.密集词表, off), [...labelled, ...mixed, ...clean, ...sized]],
  ['sparse-list', checkerWith(lists.稀疏词表, off), [...labelled, ...mixed, ...clean, ...sized]],
];
if (process.argv.includes('--learned')) {
  setups.push(
    ['default+learned', createChecker(), [...labelled, ...mixed, ...clean, ...sized, ...long]],
    ['no-confirm+learned', createChecker({ confirm: false }), labelled],
    ['pinduoduo+learned', createChecker({ platform: 'pinduoduo' }), labelled],
    ['feige+learned', createChecker({ platform: 'feige' }), labelled],
    ['jd+learned', createChecker({ platform: 'jd' }), labelled],
  );
}
const out: Record<string, unknown[]> = {};
for (const [name, checker, inputs] of setups) {
  const findings = inputs.map((text) => checker.check(text));
  out[name] = findings;
  const count = findings.reduce((sum, list) => sum + list.length, 0);
  const digest = createHash('sha256').update(JSON.stringify(findings)).digest('hex').slice(0, 16);
  console.log(`${name}: ${inputs.length} texts, ${count} findings, sha256 ${digest}`);
}
const file = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
if (file) writeFileSync(file, JSON.stringify(out));
