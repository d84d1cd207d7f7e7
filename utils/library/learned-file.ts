// The learned store as a file (学习记录, exported from the options page, read by `suggest --learned FILE`) and
// 未识别问法 as a phrase sheet. Apart from learned.ts so the suggestion path loads neither zod nor papaparse.
import { z } from 'zod';
import { exportCsv } from './csv';
import { LEARNED_LIMITS, type LearnedData, type LearnedRecord } from './learned';
import { LIMITS } from './schema';
import type { Phrase } from './types';

export const LEARNED_FORMAT = 'huashu-learned';

const recordSchema = z.object({
  text: z.string().max(LEARNED_LIMITS.textChars * 4),
  phraseId: z.string().min(1),
  count: z.number().int().min(1),
  at: z.number(),
});

const learnedFileSchema = z.object({
  format: z.literal(LEARNED_FORMAT, { error: `format 必须是 "${LEARNED_FORMAT}"` }),
  version: z.literal(1, { error: 'version 必须是 1' }),
  records: z.array(recordSchema).max(10_000).default([]),
  unrecognised: z.array(recordSchema).max(10_000).default([]),
  usage: z.record(z.string(), z.object({ count: z.number().min(0), lastUsedAt: z.number() })).default({}),
  misfires: z.array(z.tuple([z.string(), z.number().int().min(0)])).max(100_000).default([]),
});

/** The file the options page exports (学习记录) and `suggest --learned` reads. */
export function learnedFile(data: LearnedData): string {
  return `${JSON.stringify({ format: LEARNED_FORMAT, version: 1, ...data }, null, 2)}\n`;
}

export function parseLearnedFile(input: unknown): { ok: true; data: LearnedData } | { ok: false; error: string } {
  const result = learnedFileSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.join('.');
    return { ok: false, error: `学习记录文件格式不对${path ? `（${path}）` : ''}：${issue.message}` };
  }
  const { records, unrecognised, usage, misfires } = result.data;
  return { ok: true, data: { records, unrecognised, usage, misfires } };
}

/**
 * 未识别问法 as a phrase sheet the team pack's CSV import reads: one row per phrase picked, with its 编号 (so the
 * team's copy replaces that phrase) and the buyers' questions added to its 问法.
 */
export function unrecognisedCsv(records: readonly LearnedRecord[], phrases: readonly Phrase[]): string {
  const byId = new Map(phrases.map((phrase) => [phrase.id, phrase]));
  const questions = new Map<string, string[]>();
  // Most asked first, so the questions that matter most make it under the 问法 limit.
  for (const record of [...records].sort((a, b) => b.count - a.count || b.at - a.at)) {
    if (!byId.has(record.phraseId)) continue;
    // 问法 are split on | and line breaks on import: a question keeps its own words without them.
    const question = record.text.replace(/[|｜\r\n]+/g, ' ').trim().slice(0, LIMITS.example);
    if (question) questions.set(record.phraseId, [...(questions.get(record.phraseId) ?? []), question]);
  }
  const rows = [...questions].map(([id, asked]) => {
    const phrase = byId.get(id)!;
    const examples = [...new Set([...phrase.examples, ...asked])].slice(0, LIMITS.listItems);
    return { ...phrase, examples };
  });
  return exportCsv(rows, { ids: true });
}
