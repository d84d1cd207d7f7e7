// Content checks shared by readPack (after the signature), lintPack and the CLI's build/sign:
// envelope and meta, count limits, every phrase / rule file / selector set, duplicate ids and 快捷编码.
import { z } from 'zod';
import { FIELD_LABELS, parsePhrase } from '../library/schema';
import type { Phrase } from '../library/types';
import { parseRuleFile } from '../compliance/schema';
import { normalizeCode } from '../library/codes';
import { formatIssues } from '../schema-errors';
import { tooDeepAt, tooDeepMessage } from './limits';
import { selectorSetEntrySchema } from '../workbench/selectors-schema';
import { standardsOverrideSchema } from '../queue/standards';
import {
  DEFAULT_LIMITS,
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  SYNC_INTERVAL_MAX,
  SYNC_INTERVAL_MIN,
  type PackError,
  type PackLimits,
  type UnsignedPack,
} from './types';
import type { SelectorSetEntry } from '../workbench/types';

/** Enough to fix a file in one go without flooding the lead's terminal. */
const MAX_REPORTED = 200;
/** How many problems the one-line message names; the rest are in `details`. */
const SUMMARY_COUNT = 3;

const metaSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: '包编号应为字母、数字、点、下划线或连字符（最多 64 个）' }),
  name: z.string().trim().min(1).max(60),
  version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  publishedAt: z.iso.datetime({ offset: true, error: '应为 ISO 8601 时间，如 2026-11-21T08:00:00Z' }),
  publisher: z.string().max(60),
  syncIntervalMinutes: z.number().int().min(SYNC_INTERVAL_MIN).max(SYNC_INTERVAL_MAX).optional(),
});

const FIELD_BY_LABEL = new Map(Object.entries(FIELD_LABELS).map(([field, label]) => [label, field]));

/**
 * parsePhrase names fields by their Chinese label ("意图 第 2 项: 未知意图 …"); packs report paths
 * ("phrases[3].intents[1]: 未知意图 …") so a lead can find the entry in the JSON file.
 */
function phraseErrorPath(index: number, error: string): string {
  const [, label = '', position, message] = /^(\S+?)(?: 第 (\d+) 项)?: (.*)$/s.exec(error) ?? [];
  const field = FIELD_BY_LABEL.get(label);
  if (!field) return `phrases[${index}]: ${error}`;
  const item = position === undefined ? '' : `[${Number(position) - 1}]`;
  return `phrases[${index}].${field}${item}: ${message}`;
}

/** parseRuleFile reports paths inside the rule file ("rules[3].severity: …"); prefix them with the pack's key. */
function ruleErrorPath(error: string): string {
  return error.startsWith('（根）') ? `rules${error.slice('（根）'.length)}` : `rules.${error}`;
}

function summarize(code: 'schema' | 'too-many', details: string[]): PackError {
  const shown = details.slice(0, SUMMARY_COUNT).join('；');
  const more = details.length > SUMMARY_COUNT ? ` 等 ${details.length} 处` : '';
  const what = code === 'too-many' ? '话术包超出数量上限' : '话术包内容有误';
  return { code, message: `${what}${more}：${shown}`, details };
}

function countProblems(value: Record<string, unknown>, limits: PackLimits): string[] {
  const problems: string[] = [];
  const check = (items: unknown, max: number, label: string) => {
    if (Array.isArray(items) && items.length > max) problems.push(`${label}共 ${items.length} 条，超过上限 ${max} 条`);
  };
  check(value.phrases, limits.maxPhrases, 'phrases: 话术');
  check((value.rules as { rules?: unknown } | null | undefined)?.rules, limits.maxRules, 'rules.rules: 规则');
  check(value.selectors, limits.maxSelectorSets, 'selectors: 选择器集');
  return problems;
}

function validatePhrases(items: unknown[], publishedAt: number, errors: string[]): Phrase[] {
  const phrases: Phrase[] = [];
  const ids = new Map<string, number>();
  const codes = new Map<string, number>();
  const defaults: Partial<Phrase> = { source: 'team', createdAt: publishedAt, updatedAt: publishedAt };
  for (let i = 0; i < items.length && errors.length < MAX_REPORTED; i++) {
    const result = parsePhrase(items[i], defaults);
    if (!result.ok) {
      for (const error of result.errors) errors.push(phraseErrorPath(i, error));
      continue;
    }
    // A team phrase is read-only on every agent's machine whatever the file says.
    const phrase: Phrase = { ...result.phrase, source: 'team' };
    const sameId = ids.get(phrase.id);
    if (sameId !== undefined) errors.push(`phrases[${i}].id: 与 phrases[${sameId}] 重复（${phrase.id}）`);
    else ids.set(phrase.id, i);
    if (phrase.code) {
      const code = normalizeCode(phrase.code);
      const sameCode = codes.get(code);
      if (sameCode !== undefined) errors.push(`phrases[${i}].code: 快捷编码“${phrase.code}”与 phrases[${sameCode}] 重复`);
      else codes.set(code, i);
    }
    phrases.push(phrase);
  }
  return phrases;
}

function validateSelectorSets(items: unknown[], errors: string[]): SelectorSetEntry[] {
  const entries: SelectorSetEntry[] = [];
  const hosts = new Map<string, number>();
  items.forEach((item, i) => {
    const result = selectorSetEntrySchema.safeParse(item);
    if (!result.success) {
      errors.push(...formatIssues(`selectors[${i}]`, result.error.issues));
      return;
    }
    const entry: SelectorSetEntry = result.data;
    const sameHost = hosts.get(entry.hostPattern);
    if (sameHost !== undefined) errors.push(`selectors[${i}].hostPattern: 与 selectors[${sameHost}] 重复（${entry.hostPattern}）`);
    else hosts.set(entry.hostPattern, i);
    entries.push(entry);
  });
  return entries;
}

/**
 * Checks everything but the signature. The result is normalised: phrases carry source 'team' and
 * default timestamps, unknown selector keys are dropped.
 */
export function validatePackContent(
  value: Record<string, unknown>,
  limits: PackLimits = DEFAULT_LIMITS,
): { ok: true; pack: UnsignedPack } | { ok: false; error: PackError } {
  // Checked first: the schema checks below (and whatever stores the result) recurse into the values.
  const deep = tooDeepAt(value, limits.maxDepth);
  if (deep !== undefined) return { ok: false, error: summarize('schema', [`${deep || '(根)'}: ${tooDeepMessage(limits.maxDepth)}`]) };
  const tooMany = countProblems(value, limits);
  if (tooMany.length > 0) return { ok: false, error: summarize('too-many', tooMany) };

  const errors: string[] = [];
  if (value.format !== PACK_FORMAT) errors.push(`format: 应为 "${PACK_FORMAT}"`);
  if (value.formatVersion !== PACK_FORMAT_VERSION) errors.push(`formatVersion: 应为 ${PACK_FORMAT_VERSION}`);
  const meta = metaSchema.safeParse(value.meta);
  if (!meta.success) errors.push(...formatIssues('meta', meta.error.issues));
  const publishedAt = meta.success ? Date.parse(meta.data.publishedAt) : 0;

  const arrayOrError = (key: 'phrases' | 'selectors'): unknown[] => {
    const items = value[key];
    if (Array.isArray(items)) return items;
    errors.push(`${key}: 应为数组`);
    return [];
  };
  const phrases = validatePhrases(arrayOrError('phrases'), publishedAt, errors);

  let rules: UnsignedPack['rules'] = null;
  if (value.rules !== null && value.rules !== undefined) {
    const result = parseRuleFile(value.rules);
    if (result.ok) rules = result.file;
    else for (const error of result.errors) errors.push(ruleErrorPath(error));
  }
  const selectors = validateSelectorSets(arrayOrError('selectors'), errors);
  let standards: UnsignedPack['standards'];
  if (value.standards !== undefined && value.standards !== null) {
    const result = standardsOverrideSchema.safeParse(value.standards);
    if (result.success) standards = result.data;
    else errors.push(...formatIssues('standards', result.error.issues));
  }

  if (errors.length > 0 || !meta.success) return { ok: false, error: summarize('schema', errors.slice(0, MAX_REPORTED)) };
  return {
    ok: true,
    pack: { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, meta: meta.data, phrases, rules, selectors, ...(standards ? { standards } : {}) },
  };
}
