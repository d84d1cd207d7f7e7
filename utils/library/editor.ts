// What the options-page library editor needs beyond the schema: turning its form into a phrase and back,
// finding a 快捷编码 clash, listing phrases by group with a filter, and applying an import without losing
// anything (files are read by phrase-file.ts).
import { normalizeCode } from './codes';
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
 * Validates the form as a phrase of the layer being edited (personal, or team in 团队管理). `original` is the
 * phrase being edited (its id and creation time are kept) or undefined for a new one; platforms are not in
 * the form, so an edit keeps the original's.
 */
export function phraseFromDraft(
  draft: PhraseFormDraft,
  original: Phrase | undefined,
  now: number,
  id: string,
  source: PhraseSource = 'personal',
): ParseResult {
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
    { id, platforms: original?.platforms ?? [], source, createdAt: original?.createdAt ?? now, updatedAt: now },
  );
}

/** The list with the phrase in place of the one with its id, or added at the end. */
export function upsertPhrase(list: readonly Phrase[], phrase: Phrase): Phrase[] {
  return list.some((known) => known.id === phrase.id) ? list.map((known) => (known.id === phrase.id ? phrase : known)) : [...list, phrase];
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

export type ConflictChoice = 'keep' | 'replace';

/**
 * The layer's list (personal phrases, or a lead's team phrases) after an import: every added phrase, and for
 * each conflict the agent chose to replace, the incoming content. A phrase of this layer is replaced in place
 * (same id, so its usage history stays); one of another layer cannot be, so the incoming one becomes a new
 * phrase of this layer. Nothing else changes. `choices` is indexed like `plan.conflicts`; a missing choice
 * keeps the existing phrase.
 */
export function applyImport(
  layer: readonly Phrase[],
  plan: ImportPlan,
  choices: readonly ConflictChoice[],
  now: number,
  makeId: () => string,
  source: PhraseSource = 'personal',
): Phrase[] {
  const replacements = new Map<string, Phrase>();
  const extra: Phrase[] = plan.added.map((phrase) => ({ ...phrase, source }));
  const ownIds = new Set(layer.map((phrase) => phrase.id));
  plan.conflicts.forEach(({ existing, incoming }, index) => {
    if (choices[index] !== 'replace') return;
    if (existing.source === source && ownIds.has(existing.id)) {
      replacements.set(existing.id, { ...incoming, id: existing.id, source, createdAt: existing.createdAt, updatedAt: now });
    } else {
      extra.push({ ...incoming, id: makeId(), source, createdAt: now, updatedAt: now });
    }
  });
  return [...layer.map((phrase) => replacements.get(phrase.id) ?? phrase), ...extra];
}

/** "话术库-20261121.csv" (local date), the name an export is downloaded under. */
export function exportFileName(date: Date, extension: 'csv' | 'json' | 'xlsx'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `话术库-${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}.${extension}`;
}
