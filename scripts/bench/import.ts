// Reading a 10,000-row phrase sheet the way the options page and `pack build` do (phrase-file.ts): the
// container, the encoding, every row validated, and — for a 千牛-style sheet without 意图 — every row's intent
// guessed by the suggester. Baseline: papaparse alone on the same CSV text, measured in the same run.
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { BUILTIN_PHRASES } from '../../utils/library/builtin';
import { exportCsv } from '../../utils/library/csv';
import { createIntentGuesser } from '../../utils/library/intent-guess';
import { readPhraseFile } from '../../utils/library/phrase-file';
import type { Phrase } from '../../utils/library/types';
import { exportXlsx } from '../../utils/library/xlsx';

const ROWS = 10_000;
const RUNS = 3;

/** The built-in phrases again and again under new codes and titles: realistic wording at any size. */
function sheetPhrases(): Phrase[] {
  return Array.from({ length: ROWS }, (_, i) => {
    const phrase = BUILTIN_PHRASES[i % BUILTIN_PHRASES.length]!;
    return { ...phrase, id: `b${i}`, code: `b${i.toString(36)}`, title: `${phrase.title}${i}`, body: `${phrase.body}（${i}）` };
  });
}

async function medianMs(run: () => Promise<unknown> | unknown): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export async function run(): Promise<void> {
  const phrases = sheetPhrases();
  const full = exportCsv(phrases);
  // A 千牛-style sheet: 分组, 快捷编码, 内容 only.
  const qianniu = `分组,快捷编码,内容\r\n${phrases.map((p) => Papa.unparse([[p.group, p.code ?? '', p.body]])).join('\r\n')}\r\n`;
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const xlsx = new Uint8Array(await (await exportXlsx(phrases.map((p) => ({ ...p, intents: [] })))).arrayBuffer());
  const guess = createIntentGuesser(BUILTIN_PHRASES);
  const read = (name: string, bytes: Uint8Array, withGuess: boolean) => () =>
    readPhraseFile(name, bytes, { source: 'personal', ...(withGuess ? { guess } : {}), pause: () => Promise.resolve() });

  const baseline = await medianMs(() => Papa.parse(full, { header: false }));
  const rows: [string, number][] = [
    ['CSV with 意图 (validate only)', await medianMs(read('full.csv', utf8(full), false))],
    ['千牛-style CSV, intents guessed', await medianMs(read('qianniu.csv', utf8(qianniu), true))],
    ['.xlsx without 意图, intents guessed', await medianMs(read('qianniu.xlsx', xlsx, true))],
    ['.xlsx export', await medianMs(() => exportXlsx(phrases))],
  ];
  console.log(`\n${ROWS} rows (${(full.length / 1024).toFixed(0)} K characters of CSV, ${(xlsx.length / 1024).toFixed(0)} KB of .xlsx); baseline papaparse alone ${baseline.toFixed(0)} ms`);
  for (const [label, ms] of rows) console.log(`  ${label.padEnd(38)} ${ms.toFixed(0).padStart(6)} ms   ${(ms / baseline).toFixed(1)}x baseline   ${((ms / ROWS) * 1000).toFixed(0)} µs/row`);
}
