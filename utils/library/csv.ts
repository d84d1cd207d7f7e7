// Spreadsheet and JSON exchange for phrase libraries.
//
// CSV: UTF-8 with a BOM and CRLF line ends, so Excel opens it without mojibake. Columns:
//   分组, 快捷编码, 标题, 内容, 意图, 关键词, 问法, 阶段, 标签, 类目, 订单状态   (optional on import: 编号, 平台,
//   and 类目 / 订单状态, which older sheets lack)
// Multi-value cells are written joined with " | ". On import, 意图/关键词/标签/平台 also split on 、，, and
// newlines; 问法 splits only on | (full-width ｜ too) and newlines, because a question may contain commas.
// 意图 accepts ids (shipping.time) and the Chinese labels from intents.ts (发货时间); 订单状态 accepts fact ids
// (shipped) and their labels (已发货, order-state.ts) and is written with labels; 类目 is the category names.
// Cells starting with = + - @ are written with a leading ' so Excel does not run them as formulas; import
// removes that quote again. Ids are not written: an imported row takes its 编号 column when the sheet has one,
// else a stable id from its title and body (so importing the same sheet twice finds the same phrases).
// Empty 阶段 is taken from the first intent, empty 分组 is 默认.
import Papa from 'papaparse';
import { INTENT_IDS, INTENTS } from './intents';
import { ORDER_FACTS } from './order-state';
import { LIBRARY_FORMAT, LIBRARY_VERSION, parseLibraryFile, parsePhrase } from './schema';
import type { LibraryItemError } from './schema';
import type { Phrase } from './types';

export const CSV_COLUMNS = ['分组', '快捷编码', '标题', '内容', '意图', '关键词', '问法', '阶段', '标签', '类目', '订单状态'] as const;
const OPTIONAL_COLUMNS = ['编号', '平台'] as const;
const REQUIRED_COLUMNS = ['标题', '内容', '意图'] as const;

const LIST_JOINER = ' | ';
const LIST_SPLIT = /[|｜、,，\r\n]+/;
const EXAMPLE_SPLIT = /[|｜\r\n]+/;
const FORMULA_START = /^[=+\-@\t\r]/;
const BOM = '\uFEFF';

const INTENT_BY_LABEL = new Map<string, string>(INTENT_IDS.map((id) => [INTENTS[id].label, id]));

type Column = (typeof CSV_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** `ids`: add the 编号 column, so a re-import (a team pack built from the sheet) keeps each phrase's id. */
export function exportCsv(phrases: readonly Phrase[], { ids = false }: { ids?: boolean } = {}): string {
  const rows = phrases.map((phrase) => [
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
  ]);
  const fields = ids ? [...CSV_COLUMNS, '编号'] : [...CSV_COLUMNS];
  return BOM + Papa.unparse({ fields, data: rows }, { newline: '\r\n', escapeFormulae: FORMULA_START });
}

export interface ImportResult {
  phrases: Phrase[];
  /** One line per rejected row or file problem, e.g. `第 3 行: 内容: 不能为空`. */
  errors: string[];
}

/** Reads a CSV export (or a sheet a lead typed by hand). Good rows are kept even when others fail. */
export function importCsv(text: string, defaults: Partial<Phrase> = {}): ImportResult {
  const parsed = Papa.parse<string[]>(stripBom(text), { header: false, skipEmptyLines: false });
  const records = parsed.data;
  const header = (records[0] ?? []).map((cell) => cell.trim());
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) return { phrases: [], errors: [`第 1 行: 缺少列 ${missing.join('、')}（表头应为 ${CSV_COLUMNS.join(', ')}）`] };
  const columnIndex = new Map<Column, number>();
  for (const column of [...CSV_COLUMNS, ...OPTIONAL_COLUMNS]) {
    const index = header.indexOf(column);
    if (index >= 0) columnIndex.set(column, index);
  }

  const phrases: Phrase[] = [];
  const errors: string[] = [];
  records.forEach((record, r) => {
    if (r === 0) return;
    if (record.every((cell) => cell.trim() === '')) return;
    const cell = (column: Column) => unescapeFormula(record[columnIndex.get(column) ?? -1] ?? '').trim();
    const split = (column: Column, pattern: RegExp) =>
      cell(column)
        .split(pattern)
        .map((item) => item.trim())
        .filter(Boolean);
    const input: Record<string, unknown> = {
      id: cell('编号') || undefined,
      group: cell('分组') || undefined,
      code: cell('快捷编码') || undefined,
      title: cell('标题'),
      body: cell('内容'),
      intents: split('意图', LIST_SPLIT).map((intent) => INTENT_BY_LABEL.get(intent) ?? intent),
      triggers: split('关键词', LIST_SPLIT),
      examples: split('问法', EXAMPLE_SPLIT),
      stage: cell('阶段') || undefined,
      tags: split('标签', LIST_SPLIT),
      platforms: split('平台', LIST_SPLIT),
      categories: split('类目', LIST_SPLIT),
      orderFacts: split('订单状态', LIST_SPLIT),
    };
    const result = parsePhrase(input, defaults);
    if (result.ok) phrases.push(result.phrase);
    else errors.push(`第 ${r + 1} 行: ${result.errors.join('；')}`);
  });
  for (const error of parsed.errors) {
    // Papaparse only reports structural problems here (an unclosed quote); the row is still read above.
    if (error.type === 'Quotes') errors.push(`第 ${(error.row ?? 0) + 1} 行: 引号没有成对闭合`);
  }
  return { phrases, errors };
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
    return { phrases: [], errors: [`不是有效的 JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const result = parseLibraryFile(data, defaults);
  if (!result.ok) return { phrases: [], errors: result.errors };
  return { phrases: result.phrases, errors: describeItemErrors(result.itemErrors) };
}

export function describeItemErrors(itemErrors: readonly LibraryItemError[]): string[] {
  return itemErrors.map(({ index, errors }) => `第 ${index + 1} 条: ${errors.join('；')}`);
}
