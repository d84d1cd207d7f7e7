// Intent accuracy and contradictions of the suggestions on labelled conversations (JSONL, one situation with
// its label per line; format: test/data/situations/README.md). For any files or folders:
//
//   npx tsx scripts/eval-suggest.ts test/data/situations/dev [more files or folders] [--library FILE]... [--misses] [--json]
//
// Prints, per file and in total: situations, top-1 and top-3 intent accuracy, and the number of top-3
// suggestions that contradict the labelled category or order state (definitions in
// utils/library/evaluate-situations.ts). --misses lists every miss and contradiction; --json prints the totals
// as one JSON line instead of the table.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { evaluateSituations, parseLabelledSituations, type LabelledSituation, type SituationEvaluation } from '../utils/library/evaluate-situations';
import { INTENTS } from '../utils/library/intents';
import { createSuggester } from '../utils/library/suggest';
import { loadLibraries } from './cli/suggest';
import { parseOptions } from './cli/io';

function jsonlFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => path.join(target, name));
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

function row(name: string, evaluation: SituationEvaluation): string {
  return `${name.padEnd(48)} ${String(evaluation.count).padStart(5)}  top-1 ${percent(evaluation.top1).padStart(7)}  top-3 ${percent(evaluation.top3).padStart(7)}  contradictions ${evaluation.contradictions}`;
}

async function main(): Promise<number> {
  const { options, positional } = parseOptions(process.argv.slice(2), ['library'], ['misses', 'json']);
  if (positional.length === 0) {
    process.stderr.write('用法: npx tsx scripts/eval-suggest.ts <文件或目录>... [--library FILE]... [--misses] [--json]\n');
    return 2;
  }
  const suggester = createSuggester(await loadLibraries(options.get('library') ?? []));
  const byFile = new Map<string, LabelledSituation[]>();
  for (const file of positional.flatMap(jsonlFiles)) {
    const { items, errors } = parseLabelledSituations(readFileSync(file, 'utf8'), file);
    for (const error of errors) process.stderr.write(`${error}\n`);
    byFile.set(file, items);
  }
  const total = evaluateSituations(suggester, [...byFile.values()].flat());
  if (options.has('json')) {
    process.stdout.write(`${JSON.stringify({ situations: total.count, top1: total.top1, top3: total.top3, contradictions: total.contradictions })}\n`);
    return 0;
  }
  for (const [file, items] of byFile) process.stdout.write(`${row(file, evaluateSituations(suggester, items))}\n`);
  process.stdout.write(`${row('total', total)}\n`);
  if (options.has('misses')) {
    for (const outcome of total.outcomes) {
      if (outcome.top1 && outcome.top3 && outcome.contradictions.length === 0) continue;
      const { item } = outcome;
      const last = item.situation.messages.at(-1)?.text ?? '';
      const shown = outcome.suggestions.map((s) => `${s.phrase.id}[${s.phrase.intents.join(',')}]`).join(' ');
      process.stdout.write(
        `\n${item.id} ${outcome.top3 ? (outcome.top1 ? '' : 'top1-miss') : 'top3-miss'} want ${item.label.intents.map((i) => `${i}(${INTENTS[i].label})`).join(',')} ` +
          `state=${item.label.orderState} category=${item.label.category}\n  “${last.slice(0, 80)}”\n  got ${shown}\n` +
          outcome.contradictions.map((c) => `  CONTRADICTS ${c.phraseId}: ${c.why.join('；')}\n`).join(''),
      );
    }
  }
  return 0;
}

process.exitCode = await main();
