// `tsx scripts/compliance-snapshot.ts [out.json]`: every finding of the checker, in several set-ups, on the labelled
// drafts (all but the frozen test and the holdout) and on the benchmark's corpora, as one JSON file plus a digest per
// set-up. A change meant only to make the checker faster must leave the file byte for byte the same: run it before and
// after, compare the digests (or diff the files).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { createChecker, type Checker } from '../utils/compliance/index';
import { parseLabelledDrafts } from '../utils/compliance/evaluate';
import { seeded } from './bench/_kit';
import { corpus, draftsOfLength, wordList } from './bench/compliance';

const root = path.resolve(import.meta.dirname, '../test/data/compliance');
const tsv = (file: string) => readFileSync(path.join(root, file), 'utf8');
const tsvIn = (dir: string) => readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.tsv')).sort().map((f) => `${dir}/${f}`);

const labelled: string[] = [];
for (const file of ['drafts.tsv', ...tsvIn('rounds'), ...tsvIn('fresh/train'), ...tsvIn('fresh/dev')]) {
  labelled.push(...parseLabelledDrafts(tsv(file)).map((d) => d.text));
}
// rewrites.tsv: claim, draft, draft after the rewrite.
for (const line of tsv('rewrites.tsv').split(/\r?\n/).slice(1)) if (line.trim()) labelled.push(...line.split('\t'));

// The benchmark's corpora, made by its own generators (same seed, same order of draws).
const drafts = parseLabelledDrafts(tsv('drafts.tsv'));
const texts = drafts.map((d) => d.text);
const cleanTexts = drafts.filter((d) => !d.risky).map((d) => d.text);
const random = seeded(20261121);
const draftChars = [...new Set(texts.join(''))].filter((c) => c >= '\u4e00' && c <= '\u9fff');
const cjkBlock = Array.from({ length: 0x9fa5 - 0x4e00 }, (_, i) => String.fromCharCode(0x4e00 + i));
const mixed = corpus(random, texts);
const clean = corpus(random, cleanTexts);
const dense = wordList(random, draftChars);
const sparse = wordList(random, cjkBlock);
const sized: string[] = [];
for (const source of [texts, cleanTexts, texts, cleanTexts]) for (const length of [100, 500]) sized.push(...draftsOfLength(random, source, length, 400));
// Long texts of the growth benchmark, and the labelled drafts glued together (findings far into a text).
const long: string[] = [];
for (const pieces of [texts, ['订单号 12345678 加我微信 13812345678 qq 123456，', '1 2 3 4 5 '], ['www.abc.com/x ', 'a.b点c。', 'shop88.cn 看看 ']]) {
  let joined = '';
  for (let i = 0; joined.length < 20_000; i++) joined += pieces[(i * 7919) % pieces.length];
  long.push(joined.slice(0, 20_000));
}

const synthetic = (words: string[]) =>
  createChecker({ ruleFiles: [{ format: 'huashu-rules', version: 1, rules: [{ id: 'bench.synthetic', category: 'bench', severity: 'info', words, reason: '基准测试词表' }] }] });
const setups: [string, Checker, string[]][] = [
  ['default', createChecker(), [...labelled, ...mixed, ...clean, ...sized, ...long]],
  ['no-confirm', createChecker({ confirm: false }), labelled],
  ['pinduoduo', createChecker({ platform: 'pinduoduo' }), labelled],
  ['feige', createChecker({ platform: 'feige' }), labelled],
  ['jd', createChecker({ platform: 'jd' }), labelled],
  ['dense-list', synthetic(dense), [...labelled, ...mixed, ...clean, ...sized]],
  ['sparse-list', synthetic(sparse), [...labelled, ...mixed, ...clean, ...sized]],
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
