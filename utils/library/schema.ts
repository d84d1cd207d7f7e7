// Validation of phrases and library files from outside (JSON files, CSV rows, team packs, storage), with
// Chinese errors an agent can act on: `标题: 不能超过 60 个字`.
import { z } from 'zod';
import { CATEGORIES, isCategory } from './categories';
import { INTENT_IDS, INTENTS, isIntentId } from './intents';
import { isOrderFact, ORDER_FACT_IDS, ORDER_FACTS, orderFactFrom } from './order-state';
import { SOURCES, STAGES } from './types';
import type { Phrase } from './types';
import { describeIssue } from '../schema-errors';

export const LIMITS = {
  id: 80,
  title: 60,
  body: 1000,
  code: 20,
  group: 30,
  listItems: 50,
  trigger: 30,
  example: 200,
  tag: 20,
  platform: 30,
} as const;

export const LIBRARY_FORMAT = 'huashu-library';
export const LIBRARY_VERSION = 1;

/** Field names as the UI and the CSV header call them. */
export const FIELD_LABELS: Record<keyof Phrase, string> = {
  id: '编号',
  title: '标题',
  body: '内容',
  code: '快捷编码',
  group: '分组',
  stage: '阶段',
  intents: '意图',
  triggers: '关键词',
  examples: '问法',
  tags: '标签',
  platforms: '平台',
  categories: '类目',
  orderFacts: '订单状态',
  source: '来源',
  createdAt: '创建时间',
  updatedAt: '修改时间',
};

const CODE_PATTERN = /^[\p{L}\p{N}_-]+$/u;
const ID_PATTERN = /^[\p{L}\p{N}_.:-]+$/u;
const PLATFORM_PATTERN = /^[a-z0-9_-]+$/;

function text(max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? '不能为空' : '必须是文字') })
    .trim()
    .min(1, '不能为空')
    .max(max, `不能超过 ${max} 个字`);
}

function textList(max: number) {
  return z
    .array(text(max), { error: '必须是文字列表' })
    .max(LIMITS.listItems, `最多 ${LIMITS.listItems} 项`)
    .transform((items) => [...new Set(items)]);
}

const intentList = z
  .array(z.string({ error: '必须是文字' }), { error: (issue) => (issue.input === undefined ? '至少要有一个意图' : '必须是意图列表') })
  .min(1, '至少要有一个意图')
  .superRefine((ids, context) => {
    for (const id of ids) {
      if (!isIntentId(id)) context.addIssue({ code: 'custom', message: unknownIntentMessage(id) });
    }
  })
  .transform((ids) => [...new Set(ids)] as Phrase['intents']);

/** Names the closest intent for a typo, rather than listing all 33. */
export function unknownIntentMessage(id: string): string {
  const closest = INTENT_IDS.map((intent) => ({ intent, distance: editDistance(id.toLowerCase(), intent) })).sort(
    (a, b) => a.distance - b.distance,
  )[0]!;
  const hint =
    closest.distance <= Math.max(2, Math.floor(closest.intent.length / 3))
      ? `是不是 ${closest.intent}（${INTENTS[closest.intent].label}）？`
      : `应为 ${INTENT_IDS.length} 种意图之一，例如 greeting（${INTENTS.greeting.label}）、shipping.time（${INTENTS['shipping.time'].label}）`;
  return `未知意图 "${id}"，${hint}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const categoryList = z
  .array(z.string({ error: '必须是文字' }), { error: '必须是类目列表' })
  .superRefine((names, context) => {
    for (const name of names) {
      if (!isCategory(name)) context.addIssue({ code: 'custom', message: `未知类目 "${name}"，应为 ${CATEGORIES.join('、')} 之一` });
    }
  })
  .transform((names) => [...new Set(names)] as Phrase['categories']);

/** Fact ids (shipped) or their labels (已发货): a lead's sheet may use either; stored as ids. */
const orderFactList = z
  .array(z.string({ error: '必须是文字' }), { error: '必须是订单状态列表' })
  .superRefine((values, context) => {
    for (const value of values) {
      if (!orderFactFrom(value)) {
        const known = ORDER_FACT_IDS.map((id) => ORDER_FACTS[id].label).join('、');
        context.addIssue({ code: 'custom', message: `未知订单状态 "${value}"，应为 ${known} 之一` });
      }
    }
  })
  .transform((values) => [...new Set(values.map((value) => orderFactFrom(value)!))].filter(isOrderFact) as Phrase['orderFacts']);

const timestamp = z.number({ error: '必须是时间戳（毫秒）' }).int('必须是时间戳（毫秒）').nonnegative('必须是时间戳（毫秒）');

const phraseSchema = z.object(
  {
    id: text(LIMITS.id).regex(ID_PATTERN, '只能用字母、数字、_ . : -'),
    title: text(LIMITS.title),
    body: text(LIMITS.body),
    code: text(LIMITS.code).regex(CODE_PATTERN, '只能用字母、数字、汉字、_ 和 -').optional(),
    group: text(LIMITS.group),
    stage: z.enum(STAGES, { error: `必须是 ${STAGES.join('、')} 之一` }),
    intents: intentList,
    triggers: textList(LIMITS.trigger),
    examples: textList(LIMITS.example),
    tags: textList(LIMITS.tag),
    platforms: z
      .array(z.string({ error: '必须是文字' }).regex(PLATFORM_PATTERN, '平台编号只能用小写字母、数字、_ 和 -').max(LIMITS.platform), {
        error: '必须是文字列表',
      })
      .transform((items) => [...new Set(items)]),
    categories: categoryList,
    orderFacts: orderFactList,
    source: z.enum(SOURCES, { error: `必须是 ${SOURCES.join('、')} 之一` }),
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  { error: '每条话术必须是一个对象' },
);

export type ParseResult = { ok: true; phrase: Phrase } | { ok: false; errors: string[] };

/**
 * Validates one phrase. Missing optional fields are filled from `defaults`, then: id from the content
 * (stable, so re-importing the same phrase is recognised), stage from the first intent, empty lists,
 * source 'personal', timestamps now.
 */
export function parsePhrase(input: unknown, defaults: Partial<Phrase> = {}): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, errors: ['每条话术必须是一个对象'] };
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(input)) if (value !== undefined && value !== null && value !== '') merged[key] = value;
  const now = Date.now();
  merged.group ??= '默认';
  merged.triggers ??= [];
  merged.examples ??= [];
  merged.tags ??= [];
  merged.platforms ??= [];
  merged.categories ??= [];
  merged.orderFacts ??= [];
  merged.source ??= 'personal';
  merged.createdAt ??= now;
  merged.updatedAt ??= merged.createdAt;
  // Without a valid intent the phrase is rejected for that; the stage fallback only avoids a second error.
  const firstIntent = Array.isArray(merged.intents) ? merged.intents[0] : undefined;
  merged.stage ??= typeof firstIntent === 'string' && isIntentId(firstIntent) ? INTENTS[firstIntent].stage : '通用';
  merged.id ??= contentId(String(merged.title ?? ''), String(merged.body ?? ''));
  const result = phraseSchema.safeParse(merged);
  if (result.success) return { ok: true, phrase: stripUndefined(result.data) };
  return { ok: false, errors: result.error.issues.map(formatIssue) };
}

export interface LibraryItemError {
  /** 0-based position in the file's phrase list. */
  index: number;
  errors: string[];
}

export type LibraryParseResult =
  | { ok: true; phrases: Phrase[]; itemErrors: LibraryItemError[] }
  | { ok: false; errors: string[] };

/**
 * Reads a library file `{ format: 'huashu-library', version: 1, phrases: [...] }` or a bare array of phrases.
 * A broken file is an error; broken items are reported by index while the good ones are kept.
 */
export function parseLibraryFile(input: unknown, defaults: Partial<Phrase> = {}): LibraryParseResult {
  let items: unknown;
  if (Array.isArray(input)) items = input;
  else if (typeof input === 'object' && input !== null) {
    const file = input as Record<string, unknown>;
    if (file.format !== LIBRARY_FORMAT) return { ok: false, errors: [`文件格式不对: format 应为 "${LIBRARY_FORMAT}"`] };
    if (file.version !== LIBRARY_VERSION) return { ok: false, errors: [`不支持的版本 ${String(file.version)}，目前只支持 ${LIBRARY_VERSION}`] };
    items = file.phrases;
  }
  if (!Array.isArray(items)) return { ok: false, errors: ['话术库文件必须是话术列表，或含 phrases 列表的对象'] };
  const phrases: Phrase[] = [];
  const itemErrors: LibraryItemError[] = [];
  items.forEach((item, index) => {
    const result = parsePhrase(item, defaults);
    if (result.ok) phrases.push(result.phrase);
    else itemErrors.push({ index, errors: result.errors });
  });
  return { ok: true, phrases, itemErrors };
}

/** Stable id from a phrase's words (FNV-1a), so the same phrase imported twice gets the same id. */
export function contentId(title: string, body: string): string {
  let hash = 0x811c9dc5;
  const source = `${title.trim()}\n${body.trim()}`;
  for (let i = 0; i < source.length; i++) {
    hash ^= source.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `p-${hash.toString(36)}`;
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const [field] = issue.path;
  const label = typeof field === 'string' && field in FIELD_LABELS ? FIELD_LABELS[field as keyof Phrase] : undefined;
  const position = issue.path.length > 1 && typeof issue.path[1] === 'number' ? ` 第 ${issue.path[1] + 1} 项` : '';
  return label ? `${label}${position}: ${describeIssue(issue)}` : describeIssue(issue);
}

function stripUndefined(phrase: Phrase): Phrase {
  if (phrase.code === undefined) delete phrase.code;
  return phrase;
}
