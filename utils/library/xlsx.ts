// Excel workbooks (.xlsx) for phrase sheets, through read-excel-file and write-excel-file (their "universal"
// builds: no Node or DOM APIs, so the same code runs in the options page and the CLI). The columns are the
// CSV's (csv.ts); only the container differs. Loaded on demand: the pages that never touch a workbook
// do not carry it.
import readXlsxFile, { InvalidInputError } from 'read-excel-file/universal';
import writeXlsxFile, { type Row } from 'write-excel-file/universal';
import { sheetRows } from './csv';
import type { Phrase } from './types';

/** The first worksheet's cells as text, row by row (the header is row 0), as a CSV parser would give them. */
export async function readXlsxRecords(bytes: Uint8Array): Promise<string[][]> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(bytes.slice().buffer);
  } catch (error) {
    const reason = error instanceof InvalidInputError ? '文件已损坏或不是 .xlsx 工作簿' : error instanceof Error ? error.message : String(error);
    throw new Error(`无法读取 Excel 文件：${reason}`);
  }
  const first = sheets[0];
  if (!first) throw new Error('Excel 文件里没有工作表');
  return first.data.map((row) => row.map(cellText));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** Column widths (in characters) that keep 标题 and 内容 readable when the lead opens the file. */
const WIDTHS: Record<string, number> = { 分组: 12, 快捷编码: 10, 标题: 20, 内容: 60, 意图: 20, 关键词: 20, 问法: 30, 阶段: 6, 标签: 12, 类目: 12, 订单状态: 12 };

/**
 * The same header and rows as the CSV export, as a workbook. Cells are text cells, which Excel never runs
 * as formulas, so no cell needs the CSV's protective quote.
 */
export async function exportXlsx(phrases: readonly Phrase[]): Promise<Blob> {
  const [header = [], ...rows] = sheetRows(phrases);
  const data: Row[] = [
    header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map((value) => ({ value, wrap: true }))),
  ];
  return writeXlsxFile(data, { sheet: '话术', columns: header.map((name) => ({ width: WIDTHS[name] ?? 12 })), stickyRowsCount: 1 }).toBlob();
}
