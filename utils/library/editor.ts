// What the options-page library editor needs beyond the schema: turning its form into a phrase and back,
// finding a 快捷编码 clash, listing phrases by group with a filter, and importing a file without losing
// anything (large CSV files read in chunks so the page can show progress between them).
import { normalizeCode } from './codes';
import { importCsv, importJson, type ImportResult } from './csv';
import type { Category } from './categories';
import type { IntentId } from './intents';
import type { OrderFact } from './order-state';
import type { ImportPlan } from './import-plan';
import { parsePhrase, type ParseResult } from './schema';
import type { Phrase, PhraseSource, Stage } from './types';

/** The editor form: every list as the text the agent typed. */
export interface PhraseFormDraft {
  title: string;
  body: string;
  code: string;
  group: string;
  stage: Stage;
  intents: IntentId[];
  /** 关键词 and 标签: separated by commas or 、 */
  triggers: string;
  tags: string;
  /** 问法: one per line, since a question may itself contain commas. */
  examples: string;
  /** 类目 the wording is written for; none = any product. */
  categories: Category[];
  /** What the wording takes for granted about the order; none = any state. */
  orderFacts: OrderFact[];
}

const WORD_SEPARATORS = /[,，、;；\r\n]+/;
const LINE_SEPARATORS = /\r?\n|\r/;

export const EMPTY_PHRASE_FORM: PhraseFormDraft = {
  title: '',
  body: '',
  code: '',
  group: '',
  stage: '通用',
  intents: [],
  triggers: '',
  tags: '',
  examples: '',
  categories: [],
  orderFacts: [],
};

export function splitWords(text: string): string[] {
  return text
    .split(WORD_SEPARATORS)
    .map((word) => word.trim())
    .filter(Boolean);
}

export function splitLines(text: string): string[] {
  return text
    .split(LINE_SEPARATORS)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function draftFromPhrase(phrase: Phrase): PhraseFormDraft {
  return {
    title: phrase.title,
    body: phrase.body,
    code: phrase.code ?? '',
    group: phrase.group,
    stage: phrase.stage,
    intents: [...phrase.intents],
    triggers: phrase.triggers.join('、'),
    tags: phrase.tags.join('、'),
    examples: phrase.examples.join('\n'),
    categories: [...phrase.categories],
    orderFacts: [...phrase.orderFacts],
  };
}

/** A new personal id: time first so ids sort by creation, then randomness so two tabs never collide. */
export function newPhraseId(now: number, random: () => number = Math.random): string {
  return `p-${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

/**
 * Validates the form as a personal phrase. `original` is the phrase being edited (its id and creation time
 * are kept) or undefined for a new one; platforms are not in the form, so an edit keeps the original's.
 */
export function phraseFromDraft(draft: PhraseFormDraft, original: Phrase | undefined, now: number, id: string): ParseResult {
  return parsePhrase(
    {
      title: draft.title,
      body: draft.body,
      code: draft.code.trim(),
      group: draft.group.trim(),
      stage: draft.stage,
      intents: draft.intents,
      triggers: splitWords(draft.triggers),
      tags: splitWords(draft.tags),
      examples: splitLines(draft.examples),
      categories: draft.categories,
      orderFacts: draft.orderFacts,
    },
    { id, platforms: original?.platforms ?? [], source: 'personal', createdAt: original?.createdAt ?? now, updatedAt: now },
  );
}

/** Another phrase that already uses this 快捷编码 (compared as the search compares: case and spaces ignored). */
export function findCodeClash(phrases: readonly Phrase[], code: string, selfId?: string): Phrase | undefined {
  const wanted = normalizeCode(code);
  if (!wanted) return undefined;
  return phrases.find((phrase) => phrase.id !== selfId && phrase.code !== undefined && normalizeCode(phrase.code) === wanted);
}

export type SourceFilter = PhraseSource | 'all';

export interface PhraseGroup {
  name: string;
  phrases: Phrase[];
}

/**
 * Phrases matching the filter, by group in first-seen order. Every space-separated word of the query must
 * appear in the title, body, 快捷编码, group, a keyword or a tag (case-insensitive).
 */
export function groupPhrases(phrases: readonly Phrase[], query: string, source: SourceFilter): PhraseGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    if (source !== 'all' && phrase.source !== source) continue;
    if (words.length > 0) {
      const haystack = [phrase.title, phrase.body, phrase.code ?? '', phrase.group, ...phrase.triggers, ...phrase.tags]
        .join('\n')
        .toLowerCase();
      if (!words.every((word) => haystack.includes(word))) continue;
    }
    const members = groups.get(phrase.group);
    if (members) members.push(phrase);
    else groups.set(phrase.group, [phrase]);
  }
  return [...groups].map(([name, members]) => ({ name, phrases: members }));
}

export interface ImportProgress {
  /** Data rows read so far. */
  done: number;
  total: number;
}

/** Rows per chunk when reading a CSV: small enough that the page repaints often, large enough to stay fast. */
const CSV_CHUNK_ROWS = 500;
const ROW_NUMBER = /^第 (\d+) 行/;

/**
 * Offsets where each CSV record starts (quote-aware: a newline inside "…" does not end a record).
 * The header is record 0.
 */
export function csvRecordStarts(text: string): number[] {
  const starts = [0];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34 /* " */) quoted = !quoted;
    else if (code === 10 /* \n */ && !quoted && i + 1 < text.length) starts.push(i + 1);
  }
  return starts;
}

/**
 * `importCsv` over a large file in chunks of rows, awaiting `pause` between them (so a page can repaint and
 * show `onProgress`). Each chunk is read with the file's header; its row numbers are shifted back to the
 * whole file's, so `第 N 行` always points at the row in the file the agent opened.
 */
export async function importCsvInChunks(
  text: string,
  defaults: Partial<Phrase>,
  onProgress: (progress: ImportProgress) => void,
  pause: () => Promise<void>,
  chunkRows = CSV_CHUNK_ROWS,
): Promise<ImportResult> {
  const starts = csvRecordStarts(text);
  const total = starts.length - 1;
  if (total <= chunkRows) {
    onProgress({ done: total, total });
    return importCsv(text, defaults);
  }
  const header = text.slice(0, starts[1]);
  const result: ImportResult = { phrases: [], errors: [] };
  for (let first = 1; first <= total; first += chunkRows) {
    const end = starts[first + chunkRows] ?? text.length;
    const part = importCsv(header + text.slice(starts[first], end), defaults);
    // A broken header makes every chunk fail the same way: report it once and stop.
    if (first === 1 && part.phrases.length === 0 && part.errors[0]?.startsWith('第 1 行')) return part;
    result.phrases.push(...part.phrases);
    for (const error of part.errors) result.errors.push(error.replace(ROW_NUMBER, (_, row: string) => `第 ${Number(row) + first - 1} 行`));
    onProgress({ done: Math.min(total, first + chunkRows - 1), total });
    await pause();
  }
  return result;
}

/**
 * A file's text: UTF-16 when it starts with that BOM (Excel's "Unicode 文本"), UTF-8 (with or without BOM)
 * when it decodes cleanly, else GB18030, which is what Excel on a Chinese Windows writes for plain "CSV".
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Reads an exported file by its name: .json as a library file, anything else as CSV. Every phrase comes out personal. */
export async function readLibraryFile(
  name: string,
  text: string,
  onProgress: (progress: ImportProgress) => void,
  pause: () => Promise<void>,
): Promise<ImportResult> {
  const defaults: Partial<Phrase> = { source: 'personal' };
  const result = /\.json$/i.test(name) ? importJson(text, defaults) : await importCsvInChunks(text, defaults, onProgress, pause);
  // A JSON export of the whole library carries source "team"/"builtin"; once imported they are the agent's own.
  return { phrases: result.phrases.map((phrase) => ({ ...phrase, source: 'personal' })), errors: result.errors };
}

export type ConflictChoice = 'keep' | 'replace';

/**
 * The personal list after an import: every added phrase, and for each conflict the agent chose to replace,
 * the incoming content. A personal phrase is replaced in place (same id, so its usage history stays); a team
 * or built-in one cannot be, so the incoming one becomes a new personal phrase. Nothing else changes.
 * `choices` is indexed like `plan.conflicts`; a missing choice keeps the existing phrase.
 */
export function applyImport(
  personal: readonly Phrase[],
  plan: ImportPlan,
  choices: readonly ConflictChoice[],
  now: number,
  makeId: () => string,
): Phrase[] {
  const replacements = new Map<string, Phrase>();
  const extra: Phrase[] = plan.added.map((phrase) => ({ ...phrase, source: 'personal' }));
  const personalIds = new Set(personal.map((phrase) => phrase.id));
  plan.conflicts.forEach(({ existing, incoming }, index) => {
    if (choices[index] !== 'replace') return;
    if (existing.source === 'personal' && personalIds.has(existing.id)) {
      replacements.set(existing.id, { ...incoming, id: existing.id, source: 'personal', createdAt: existing.createdAt, updatedAt: now });
    } else {
      extra.push({ ...incoming, id: makeId(), source: 'personal', createdAt: now, updatedAt: now });
    }
  });
  return [...personal.map((phrase) => replacements.get(phrase.id) ?? phrase), ...extra];
}

/** "话术库-20261121.csv" (local date), the name an export is downloaded under. */
export function exportFileName(date: Date, extension: 'csv' | 'json'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `话术库-${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}.${extension}`;
}
