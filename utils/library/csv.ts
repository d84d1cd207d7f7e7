// Spreadsheet and JSON exchange for phrase libraries.
//
// Sheets (CSV, TSV, .xlsx — phrase-file.ts reads the file, this module reads its rows). Columns:
//   分组, 快捷编码, 标题, 内容, 意图, 关键词, 问法, 阶段, 标签, 类目, 订单状态   (optional on import: 编号, 平台)
// Only 内容 is required, so a sheet with just 分组, 快捷编码, 内容 (as 千牛 keeps 快捷短语) or 标题, 内容 imports:
// without a 标题 column the title is the start of the content; without 意图 the importer may be given a
// guesser (intent-guess.ts) whose guesses it hands back for the agent to check.
// Multi-value cells are written joined with " | ". On import, 意图/关键词/标签/平台 also split on 、，, and
// newlines; 问法 splits only on | (full-width ｜ too) and newlines, because a question may contain commas.
// 意图 accepts ids (shipping.time) and the Chinese labels from intents.ts (发货时间); 订单状态 accepts fact ids
// (shipped) and their labels (已发货, order-state.ts) and is written with labels; 类目 is the category names.
// CSV: UTF-8 with a BOM and CRLF line ends, so Excel opens it without mojibake. Cells starting with = + - @
// are written with a leading ' so Excel does not run them as formulas; import removes that quote again.
// Ids are not written: an imported row takes its 编号 column when the sheet has one, else a stable id from
// its title and body (so importing the same sheet twice finds the same phrases).
// Empty 阶段 is taken from the first intent, empty 分组 is 默认.
import Papa from 'papaparse';
import type { IntentGuesser } from './intent-guess';
import { intentFromName, type IntentId } from './intents';
import { ORDER_FACTS } from './order-state';
import { LIBRARY_FORMAT, LIBRARY_VERSION, LIMITS, parseLibraryFile, parsePhrase } from './schema';
import type { LibraryItemError } from './schema';
import type { Phrase } from './types';
import { tooDeepAt, tooDeepMessage } from '../pack/limits';
import { DEFAULT_LIMITS } from '../pack/types';

export const CSV_COLUMNS = ['分组', '快捷编码', '标题', '内容', '意图', '关键词', '问法', '阶段', '标签', '类目', '订单状态'] as const;
const OPTIONAL_COLUMNS = ['编号', '平台'] as const;
const REQUIRED_COLUMNS = ['内容'] as const;
/** Other headers sheets use for the same columns (千牛's 快捷短语 are 分组 / 编码 / 话术). */
const COLUMN_ALIASES: Record<string, Column> = {
  分组名称: '分组',
  编码: '快捷编码',
  快捷码: '快捷编码',
  话术: '内容',
  话术内容: '内容',
  回复内容: '内容',
  短语内容: '内容',
};

const LIST_JOINER = ' | ';
const LIST_SPLIT = /[|｜、,，\r\n]+/;
const EXAMPLE_SPLIT = /[|｜\r\n]+/;
const FORMULA_START = /^[=+\-@\t\r]/;
const BOM = '\uFEFF';
/** A title made from the content: enough words to recognise the phrase in a list. */
const MADE_TITLE_CHARS = 16;

type Column = (typeof CSV_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/**
 * The header and one row per phrase, as every export writes them (CSV here, .xlsx in xlsx.ts). `ids` adds the
 * 编号 column, so a re-import (a team pack built from the sheet) keeps each phrase's id.
 */
export function sheetRows(phrases: readonly Phrase[], { ids = false }: { ids?: boolean } = {}): string[][] {
  return [
    ids ? [...CSV_COLUMNS, '编号'] : [...CSV_COLUMNS],
    ...phrases.map((phrase) => [
      phrase.group,
      phrase.code ?? '',
      phrase.title,
      phrase.body,
      phrase.intents.join(LIST_JOINER),
      phrase.triggers.join(LIST_JOINER),
      phrase.examples.join(LIST_JOINER),
      phrase.stage,
      phrase.tags.join(LIST_JOINER),
      phrase.categories.join(LIST_JOINER),
      phrase.orderFacts.map((fact) => ORDER_FACTS[fact].label).join(LIST_JOINER),
      ...(ids ? [phrase.id] : []),
    ]),
  ];
}

export function exportCsv(phrases: readonly Phrase[], options: { ids?: boolean } = {}): string {
  const [fields = [], ...data] = sheetRows(phrases, options);
  return BOM + Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: FORMULA_START });
}

/** A row whose 意图 was empty: what the guesser read in it, for the agent to confirm or correct. */
export interface IntentGuess {
  /** The row in the file (the header is row 1). */
  row: number;
  title: string;
  body: string;
  /** The row's fields without intents: with one chosen, parsePhrase makes the phrase (phraseWithIntent). */
  input: Record<string, unknown>;
  /** Intents the guesser read in the row, best first; empty when it recognised nothing. */
  candidates: IntentId[];
  /** Where the phrase made with the first candidate is in `phrases`; absent when there was no candidate. */
  index?: number;
}

export interface ImportResult {
  phrases: Phrase[];
  /** One line per rejected row or file problem, e.g. `第 3 行: 内容: 不能为空`. */
  errors: string[];
  /** Rows whose intents were guessed (or could not be), when a guesser was given. */
  guesses: IntentGuess[];
}

/** A sheet read against its header; its data rows (1 … rows) are then validated a range at a time. */
export interface Sheet {
  rows: number;
  readRows(from: number, to: number, guess?: IntentGuesser): ImportResult;
}

/** Checks a sheet's header: a missing column is one error for the whole file. */
export function openSheet(records: readonly (readonly string[])[], defaults: Partial<Phrase> = {}): { ok: true; sheet: Sheet } | { ok: false; error: string } {
  const header = (records[0] ?? []).map((cell) => stripBom(cell).trim());
  const columnIndex = new Map<Column, number>();
  header.forEach((name, index) => {
    const column = (CSV_COLUMNS as readonly string[]).includes(name) || (OPTIONAL_COLUMNS as readonly string[]).includes(name) ? (name as Column) : COLUMN_ALIASES[name];
    if (column && !columnIndex.has(column)) columnIndex.set(column, index);
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !columnIndex.has(column));
  if (missing.length > 0) {
    return { ok: false, error: `第 1 行: 缺少列 ${missing.join('、')}（表头应为 ${CSV_COLUMNS.join(', ')}；至少要有 内容）` };
  }
  const hasTitles = columnIndex.has('标题');

  const readRows = (from: number, to: number, guess?: IntentGuesser): ImportResult => {
    const result: ImportResult = { phrases: [], errors: [], guesses: [] };
    for (let r = from; r < Math.min(to, records.length); r++) {
      const record = records[r]!;
      if (record.every((cell) => cell.trim() === '')) continue;
      const cell = (column: Column) => unescapeFormula(record[columnIndex.get(column) ?? -1] ?? '').trim();
      const split = (column: Column, pattern: RegExp) =>
        cell(column)
          .split(pattern)
          .map((item) => item.trim())
          .filter(Boolean);
      const body = cell('内容');
      const input = withDefaults(defaults, {
        id: cell('编号') || undefined,
        group: cell('分组') || undefined,
        code: cell('快捷编码') || undefined,
        title: hasTitles ? cell('标题') : titleFromBody(body),
        body,
        triggers: split('关键词', LIST_SPLIT),
        examples: split('问法', EXAMPLE_SPLIT),
        stage: cell('阶段') || undefined,
        tags: split('标签', LIST_SPLIT),
        platforms: split('平台', LIST_SPLIT),
        categories: split('类目', LIST_SPLIT),
        orderFacts: split('订单状态', LIST_SPLIT),
      });
      const intents = split('意图', LIST_SPLIT).map((intent) => intentFromName(intent) ?? intent);
      const row = r + 1;
      if (intents.length > 0 || !guess) {
        const parsed = parsePhrase({ ...input, intents });
        if (parsed.ok) result.phrases.push(parsed.phrase);
        else result.errors.push(`第 ${row} 行: ${parsed.errors.join('；')}`);
        continue;
      }
      const title = String(input.title ?? '');
      const candidates = guess({ title: hasTitles ? title : '', body });
      // The row must be valid but for its intent: a guess cannot mend an empty 内容.
      const parsed = phraseWithIntent(input, candidates[0] ?? 'greeting');
      if (!parsed.ok) {
        result.errors.push(`第 ${row} 行: ${parsed.errors.join('；')}`);
        continue;
      }
      const guessed: IntentGuess = { row, title: parsed.phrase.title, body: parsed.phrase.body, input, candidates };
      if (candidates.length > 0) {
        guessed.index = result.phrases.length;
        result.phrases.push(parsed.phrase);
      }
      result.guesses.push(guessed);
    }
    return result;
  };
  // A file's last line break leaves an empty record that is no row of the sheet.
  let last = records.length - 1;
  while (last > 0 && records[last]!.every((cell) => cell.trim() === '')) last--;
  return { ok: true, sheet: { rows: last, readRows } };
}

/** The defaults with the row's filled cells over them, as parsePhrase merges them (an empty cell keeps the default). */
function withDefaults(defaults: Partial<Phrase>, fields: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && value !== '') input[key] = value;
  return input;
}

/** A guessed row made into a phrase with the intent the agent chose (its stage follows unless the sheet set one). */
export function phraseWithIntent(input: Record<string, unknown>, intent: IntentId) {
  return parsePhrase({ ...input, intents: [intent] });
}

/** A greeting most replies open with says nothing about which reply it is. */
const SALUTATION = /^(亲爱的|亲亲|亲|您好|你好)[，,！!～~\s]*/;

/** The start of the content, for sheets that keep no titles (千牛's 快捷短语 have a code and a content only). */
export function titleFromBody(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim().replace(SALUTATION, '') || body.trim();
  const chars = [...line];
  const max = Math.min(MADE_TITLE_CHARS, LIMITS.title);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : line;
}

/** The records of a CSV or tab-separated text (the delimiter is detected unless given). */
export function parseDelimited(text: string, delimiter = ''): { records: string[][]; errors: string[] } {
  const parsed = Papa.parse<string[]>(stripBom(text), { header: false, skipEmptyLines: false, delimiter });
  // Papaparse only reports structural problems here (an unclosed quote); the row is still read.
  const errors = parsed.errors.filter((error) => error.type === 'Quotes').map((error) => `第 ${(error.row ?? 0) + 1} 行: 引号没有成对闭合`);
  return { records: parsed.data, errors };
}

/** Reads a CSV export (or a sheet a lead typed by hand). Good rows are kept even when others fail. */
export function importCsv(text: string, defaults: Partial<Phrase> = {}, guess?: IntentGuesser): ImportResult {
  const { records, errors } = parseDelimited(text);
  const opened = openSheet(records, defaults);
  if (!opened.ok) return { phrases: [], errors: [opened.error], guesses: [] };
  const result = opened.sheet.readRows(1, records.length, guess);
  return { ...result, errors: [...result.errors, ...errors] };
}

/** Excel and Notepad put a BOM before UTF-8 text; it is not part of the first cell or JSON value. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function exportJson(phrases: readonly Phrase[]): string {
  return `${JSON.stringify({ format: LIBRARY_FORMAT, version: LIBRARY_VERSION, phrases }, null, 2)}\n`;
}

/** Reads a library JSON file (or a bare phrase array); errors name the item, e.g. `第 2 条: 标题: 不能为空`. */
export function importJson(text: string, defaults: Partial<Phrase> = {}): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(stripBom(text));
  } catch (error) {
    return { phrases: [], errors: [`不是有效的 JSON: ${error instanceof Error ? error.message : String(error)}`], guesses: [] };
  }
  // Validation recurses into what it reads: absurd nesting is refused first, with the packs' limit and words.
  if (tooDeepAt(data, DEFAULT_LIMITS.maxDepth) !== undefined) return { phrases: [], errors: [tooDeepMessage(DEFAULT_LIMITS.maxDepth)], guesses: [] };
  const result = parseLibraryFile(data, defaults);
  if (!result.ok) return { phrases: [], errors: result.errors, guesses: [] };
  return { phrases: result.phrases, errors: describeItemErrors(result.itemErrors), guesses: [] };
}

export function describeItemErrors(itemErrors: readonly LibraryItemError[]): string[] {
  return itemErrors.map(({ index, errors }) => `第 ${index + 1} 条: ${errors.join('；')}`);
}
