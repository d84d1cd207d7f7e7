// `npm run --silent huashu -- suggest [--library FILE]... [--learned FILE] [--top N]` (contract:
// shared/spec/cli.md): one buyer message, or one situation (a line starting with `{`), per stdin line -> one JSON
// line with the best phrases for it. Both go through suggestForSituation, the function the side panel's lists come
// from: a plain line is a situation with that one buyer message. `--learned` reads what a machine learned (the
// options page exports it), through the same learnedOptions the background uses; without it, nothing learned.
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { BUILTIN_PHRASES } from '../../utils/library/builtin/index';
import { describeItemErrors, stripBom } from '../../utils/library/csv';
import { EMPTY_LEARNED, learnedOptions, type LearnedData } from '../../utils/library/learned';
import { parseLearnedFile } from '../../utils/library/learned-file';
import { parseLibraryFile } from '../../utils/library/schema';
import { suggestForSituation, type Situation } from '../../utils/library/situation';
import { parseSituation } from '../../utils/library/situation-schema';
import { createSuggester } from '../../utils/library/suggest';
import type { Phrase } from '../../utils/library/types';
import { PACK_FORMAT } from '../../utils/pack/types';
import { parseOptions, readLines, writeJsonLine } from './io';

const DEFAULT_TOP = 5;

const USAGE = `用法: npm run --silent huashu -- suggest [--library 话术.json]... [--learned 学习记录.json] [--top N]
从标准输入逐行读入买家消息（或以 { 开头的会话 JSON），每行输出一个 JSON：
  {"text":"…","suggestions":[{"id","title","intents","score","body"}]}
  --library FILE   追加一个话术库或团队话术包文件（可重复）；不加时只用内置话术
  --learned FILE   本机学到的问法、使用次数和删改记录（设置页「学习与未识别问法」导出），与侧边栏同样参与排序；不加时不用
  --top N          每条最多推荐几条，1–100，默认 ${DEFAULT_TOP}
会话 JSON 可带 "service":{"reminders":["longWait"|"followUp"|"welcome"|"closing"]}：侧边栏此刻的服务提醒。`;

export function usage(): string {
  return USAGE;
}

export async function main(args: string[]): Promise<number> {
  const { options, positional } = parseOptions(args, ['library', 'learned', 'top']);
  if (positional.length > 0) return fail(`多余的参数: ${positional.join(' ')}`);
  const top = parseTop(options.get('top')?.at(-1));
  const suggester = createSuggester(await loadLibraries(options.get('library') ?? []));
  const learnedPath = options.get('learned')?.at(-1);
  const learned = learnedOptions(learnedPath ? await readLearned(learnedPath) : EMPTY_LEARNED);
  let lineNumber = 0;
  for await (const line of readLines()) {
    lineNumber++;
    const situation = readSituation(line, lineNumber);
    const { text, suggestions } = suggestForSituation(suggester, situation, { top, ...learned });
    writeJsonLine({
      text,
      suggestions: suggestions.map(({ phrase, intents, score }) => ({
        id: phrase.id,
        title: phrase.title,
        intents,
        score: Math.round(score * 1000) / 1000,
        body: phrase.body,
      })),
    });
  }
  return 0;
}

/** A `{` line is a situation (JSON); any other line is one buyer message. */
function readSituation(line: string, lineNumber: number): Situation {
  if (!line.trimStart().startsWith('{')) return { messages: [{ direction: 'buyer', text: line }] };
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    throw new Error(`第 ${lineNumber} 行以 { 开头，但不是有效的 JSON 情境`);
  }
  const result = parseSituation(data);
  if (!result.ok) throw new Error(`第 ${lineNumber} 行：${result.error}`);
  return result.situation;
}

function parseTop(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TOP;
  const top = Number(value);
  if (!Number.isInteger(top) || top < 1 || top > 100) throw new Error(`--top 必须是 1 到 100 的整数，收到 "${value}"`);
  return top;
}

/** Like the extension: the built-in library plus the shop's own files; a file's phrase replaces one with its id. */
export async function loadLibraries(files: readonly string[]): Promise<Phrase[]> {
  const phrases = new Map(BUILTIN_PHRASES.map((phrase) => [phrase.id, phrase]));
  for (const file of files) for (const phrase of await readLibrary(file)) phrases.set(phrase.id, phrase);
  return [...phrases.values()];
}

/** A learned-store file (学习记录, `huashu-learned`). */
async function readLearned(file: string): Promise<LearnedData> {
  const data = await readJsonFile(file, '学习记录文件');
  const result = parseLearnedFile(data);
  if (!result.ok) throw new Error(`${file}: ${result.error}`);
  return result.data;
}

async function readJsonFile(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `找不到${what} ${file}` : `无法读取${what} ${file}（${code ?? String(error)}）`);
  }
  try {
    return JSON.parse(stripBom(text));
  } catch {
    throw new Error(`${what} ${file} 不是有效的 JSON`);
  }
}

/** A library file (`huashu-library` or a bare phrase array) or a team pack, whose `phrases` are read. */
async function readLibrary(file: string): Promise<Phrase[]> {
  const data = await readJsonFile(file, '话术库文件');
  const isPack = typeof data === 'object' && data !== null && (data as { format?: unknown }).format === PACK_FORMAT;
  const result = parseLibraryFile(isPack ? (data as { phrases?: unknown }).phrases : data, { source: isPack ? 'team' : 'personal' });
  if (!result.ok) throw new Error(`话术库文件 ${file}: ${result.errors.join('；')}`);
  if (result.itemErrors.length > 0) throw new Error(describeItemErrors(result.itemErrors).map((error) => `话术库文件 ${file} ${error}`).join('\n'));
  return result.phrases;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}
