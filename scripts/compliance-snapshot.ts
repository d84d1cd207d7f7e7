// `tsx scripts/compliance-snapshot.ts [out.json]`: every finding of the checker, in several set-ups, on the labelled
// drafts (all but the frozen test and the holdout) and on the benchmark's corpora, as one JSON file plus a digest per
// set-up. A change meant only to make the checker faster must leave the file byte for byte the same: run it before and
// after, compare the digests (or diff the files).
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

const setups: [string, Checker, string[]][] = [
  ['default', createChecker(), [...labelled, ...mixed, ...clean, ...sized, ...long]],
  ['no-confirm', createChecker({ confirm: false }), labelled],
  ['pinduoduo', createChecker({ platform: 'pinduoduo' }), labelled],
  ['feige', createChecker({ platform: 'feige' }), labelled],
  ['jd', createChecker({ platform: 'jd' }), labelled],
  ['dense-list', checkerWith(lists.密集词表), [...labelled, ...mixed, ...clean, ...sized]],
  ['sparse-list', checkerWith(lists.稀疏词表), [...labelled, ...mixed, ...clean, ...sized]],
];
const out: Record<string, unknown[]> = {};
for (const [name, checker, inputs] of setups) {
  const findings = inputs.map((text) => checker.check(text));
  out[name] = findings;
  const count = findings.reduce((sum, list) => sum + list.length, 0);
  const digest = createHash('sha256').update(JSON.stringify(findings)).digest('hex').slice(0, 16);
  console.log(`${name}: ${inputs.length} texts, ${count} findings, sha256 ${digest}`);
}
const file = process.argv[2];
if (file) writeFileSync(file, JSON.stringify(out));
