// The one reader for phrase files, used by the options page's 话术库 and 团队管理 and by `pack build`: a
// file's bytes in, phrases (of the layer being edited), row errors and intent guesses out. It knows the
// containers (.xlsx workbook, CSV, tab-separated text, library JSON) and the encodings Excel and WPS write
// (UTF-8 with or without BOM, UTF-16 with BOM as 「Unicode 文本」, GBK/GB18030 as plain 「CSV」), and it
// validates a large sheet in chunks, awaiting `pause` between them so a page can repaint its progress.
import { importJson, openSheet, parseDelimited, type ImportResult } from './csv';
import type { IntentGuesser } from './intent-guess';
import type { PhraseSource } from './types';
import { sizeOverLimit } from '../pack/limits';

/** Larger than any sheet of phrases a shop keeps (10,000 phrases as CSV are about 2 MB). */
export const MAX_PHRASE_FILE_BYTES = 20 * 1024 * 1024;

export type PhraseFileFormat = 'xlsx' | 'json' | 'csv' | 'tsv';

export interface ReadProgress {
  /** Data rows read so far. */
  done: number;
  total: number;
}

export interface ReadPhraseFileOptions {
  /** The layer the phrases go into: every phrase read comes out with this source. */
  source: PhraseSource;
  /** Guesses intents for rows without any; without it such rows are errors. */
  guess?: IntentGuesser;
  onProgress?(progress: ReadProgress): void;
  pause?(): Promise<void>;
  /** Rows per chunk: small enough that the page repaints often, large enough to stay fast. */
  chunkRows?: number;
}

export interface PhraseFileResult extends ImportResult {
  format: PhraseFileFormat;
}

const CHUNK_ROWS = 500;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The old binary .xls (an OLE compound file). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);

/** By the file's own bytes first (a workbook is a zip), then by its name; anything else is a delimited text. */
export function detectFormat(name: string, bytes: Uint8Array): PhraseFileFormat {
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'tsv' || extension === 'txt') return 'tsv';
  return 'csv';
}

/**
 * A text file's characters: UTF-16 by its BOM (or, without one, by the zero bytes every ASCII character
 * has), UTF-8 (with or without BOM) when it decodes cleanly, else GB18030 — what Excel and WPS on a Chinese
 * Windows write for 「CSV」, and a superset of GBK and GB2312.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const unmarked = utf16WithoutBom(bytes);
  if (unmarked) return new TextDecoder(unmarked).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** UTF-16 without a BOM: a sheet's header and delimiters are ASCII, so one byte of each pair is zero. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length, 1024) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/** Reads a phrase file. Throws (in Chinese) only when the file as a whole cannot be read; bad rows are errors. */
export async function readPhraseFile(name: string, bytes: Uint8Array, options: ReadPhraseFileOptions): Promise<PhraseFileResult> {
  if (bytes.length > MAX_PHRASE_FILE_BYTES) throw new Error(`文件太大（${sizeOverLimit(bytes.length, MAX_PHRASE_FILE_BYTES)}）`);
  if (startsWith(bytes, OLE_MAGIC) || /\.xls$/i.test(name)) {
    throw new Error('不支持旧的 .xls 格式：请在 Excel 或 WPS 里“另存为” .xlsx 或 CSV 后再导入');
  }
  const format = detectFormat(name, bytes);
  const defaults = { source: options.source };
  const ofLayer = (result: ImportResult): PhraseFileResult => ({
    format,
    ...result,
    // A JSON export of the whole library carries source "team"/"builtin"; once imported they are this layer's.
    phrases: result.phrases.map((phrase) => ({ ...phrase, source: options.source })),
  });

  if (format === 'json') {
    const result = importJson(decodeText(bytes), defaults);
    options.onProgress?.({ done: result.phrases.length, total: result.phrases.length });
    return ofLayer(result);
  }

  let records: string[][];
  const fileErrors: string[] = [];
  if (format === 'xlsx') {
    const { readXlsxRecords } = await import('./xlsx');
    records = await readXlsxRecords(bytes);
  } else {
    const parsed = parseDelimited(decodeText(bytes), format === 'tsv' ? '\t' : '');
    records = parsed.records;
    fileErrors.push(...parsed.errors);
  }
  const opened = openSheet(records, defaults);
  if (!opened.ok) return { format, phrases: [], errors: [opened.error], guesses: [] };

  const { sheet } = opened;
  const chunk = options.chunkRows ?? CHUNK_ROWS;
  const result: ImportResult = { phrases: [], errors: [], guesses: [] };
  for (let first = 1; first <= sheet.rows || first === 1; first += chunk) {
    const part = sheet.readRows(first, first + chunk, options.guess);
    for (const guess of part.guesses) {
      result.guesses.push(guess.index === undefined ? guess : { ...guess, index: guess.index + result.phrases.length });
    }
    result.phrases.push(...part.phrases);
    result.errors.push(...part.errors);
    options.onProgress?.({ done: Math.min(sheet.rows, first + chunk - 1), total: sheet.rows });
    if (sheet.rows > chunk) await options.pause?.();
  }
  return ofLayer({ ...result, errors: [...result.errors, ...fileErrors] });
}
