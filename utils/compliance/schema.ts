// Validation of the rule-file format a team pack carries. Kept apart from the checker so the content
// script does not bundle zod. The format (JSON):
//   { "format": "huashu-rules", "version": 1,
//     "rules": [{ "id": "brand.rival", "category": "brand", "severity": "block" | "warn" | "info",
//                 "words": ["某某牌", "最好(的)"],          // or "detector": "mobile" | "landline" | "qq" | "im-id" | "link" | "bank-card"
//                 "near": { "words": [...], "within": 6 },  // optional: only with a cue word this close, same sentence
//                 "unless": { "words": [...], "within": 8 },// optional: not after a negation this close, same clause
//                 "unlessAfter": { "words": [...], "within": 8 }, // optional: not before one ("……是违规的")
//                 "claimAtEnd": { "words": ["最好用"], "followers": ["的", "了"] }, // optional: those words only at the clause end or before followers ("最好用的", not "最好用温水洗")
//                 "boundary": { "start": ["红包"], "end": ["天花板"] }, // optional: no match starting / ending inside one of these words
//                 "platforms": ["feige"],                     // optional: only on these workbenches (adapter ids)
//                 "exceptOn": { "feige": ["抖音"] },          // optional: words that are no breach on that workbench
//                 "whole": true,                              // optional: the word only as the whole draft ("嗯", "不知道")
//                 "reason": "依据……", "suggestions": ["……"] }],
//     "allow": ["第一时间", { "words": ["最佳食用期"], "note": "……" }],
//     "spellings": { "最": ["zui"] },                  // optional: rule words also match with 最 typed as zui
//     "sounds": { "选": ["xuan"] },                    // optional: as spellings, one character at a time only
//     "contexts": [{ "id": "negated.cannot-say", "categories": ["absolute"], "before": ["不敢说"], "after": [], "within": 8 }],
//     "disable": ["absolute.zui-hao"],
//     "learned": false }                              // optional: switch the learned catcher off
// Words are matched after folding (full-width, case, 繁→简, digit forms) with spaces/symbols skipped between
// characters; parenthesised ends of a word are context that must match but is not reported. A rule with the id
// of an earlier one replaces it; an allowed phrase suppresses a rule word it covers (when longer than the word).
import { z } from 'zod';
import { DETECTORS, type RuleFile } from './types';
import { formatIssues } from '../schema-errors';

const text = (what: string) => z.string({ error: `必须是${what}（字符串）` }).trim().min(1, { error: `${what}不能为空` });

/** { words, within }: cue words and how many characters away they may be. */
const cueList = (what: string) =>
  z
    .object(
      {
        words: z.array(text(what), { error: `必须是${what}列表` }).min(1, { error: `至少需要一个${what}` }),
        within: z
          .number({ error: '必须是数字（字符数）' })
          .int({ error: '必须是整数' })
          .min(0, { error: '不能小于 0' })
          .max(60, { error: '不能大于 60' }),
      },
      { error: '必须是对象 { words, within }' },
    )
    .optional();

const ruleSchema = z
  .object(
    {
      id: text('规则编号').regex(/^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/, {
        error: '规则编号格式应为“类别.名称”，只用小写字母、数字和连字符，如 absolute.zui-hao',
      }),
      category: text('类别').regex(/^[a-z][a-z0-9-]*$/, { error: '类别只能用小写字母、数字和连字符，如 absolute、offplatform' }),
      severity: z.enum(['block', 'warn', 'info'], { error: '必须是 block、warn 或 info' }),
      words: z.array(text('词语'), { error: '必须是词语列表（字符串数组）' }).optional(),
      detector: z.enum(DETECTORS, { error: `必须是以下检测器之一：${DETECTORS.join('、')}` }).optional(),
      near: cueList('搭配词'),
      unless: cueList('否定词'),
      unlessAfter: cueList('否定词'),
      claimAtEnd: z
        .object(
          { words: z.array(text('词语')).min(1, { error: '至少需要一个词语' }), followers: z.array(text('词语'), { error: '必须是词语列表（字符串数组）' }) },
          { error: '必须是对象 { words, followers }' },
        )
        .optional(),
      boundary: z
        .object(
          {
            start: z.array(text('词语'), { error: '必须是词语列表（字符串数组）' }).optional(),
            end: z.array(text('词语'), { error: '必须是词语列表（字符串数组）' }).optional(),
          },
          { error: '必须是对象 { start, end }' },
        )
        .optional(),
      literal: z.boolean({ error: '必须是 true 或 false' }).optional(),
      whole: z.boolean({ error: '必须是 true 或 false' }).optional(),
      platforms: z.array(text('平台'), { error: '必须是平台列表（字符串数组），如 ["feige"]' }).optional(),
      exceptOn: z
        .record(text('平台'), z.array(text('词语'), { error: '必须是词语列表（字符串数组）' }), { error: '必须是“平台: 词语列表”的对象，如 {"feige": ["抖音"]}' })
        .optional(),
      reason: text('理由'),
      suggestions: z.array(text('改写建议'), { error: '必须是改写建议列表（字符串数组）' }).optional(),
    },
    { error: '每条规则必须是对象' },
  )
  .refine((rule) => (rule.words?.length ?? 0) > 0 || rule.detector !== undefined, {
    error: '规则需要 words（至少一个词）或 detector',
    path: ['words'],
  });

const contextSchema = z
  .object(
    {
      id: text('语境编号').regex(/^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/, {
        error: '语境编号只用小写字母、数字、连字符和点，如 negated.cannot-say',
      }),
      categories: z.array(text('类别'), { error: '必须是类别列表（字符串数组）' }).optional(),
      before: z.array(text('提示词'), { error: '必须是提示词列表（字符串数组）' }).optional(),
      after: z.array(text('提示词'), { error: '必须是提示词列表（字符串数组）' }).optional(),
      within: z
        .number({ error: '必须是数字（字符数）' })
        .int({ error: '必须是整数' })
        .min(0, { error: '不能小于 0' })
        .max(60, { error: '不能大于 60' }),
      sentence: z.boolean({ error: '必须是 true 或 false' }).optional(),
      setsOff: z.boolean({ error: '必须是 true 或 false' }).optional(),
      answers: z.boolean({ error: '必须是 true 或 false' }).optional(),
      closesClause: z.boolean({ error: '必须是 true 或 false' }).optional(),
      quoted: z.boolean({ error: '必须是 true 或 false' }).optional(),
      then: z.array(text('提示词'), { error: '必须是提示词列表（字符串数组）' }).optional(),
      unscoped: z.boolean({ error: '必须是 true 或 false' }).optional(),
      note: z.string().optional(),
    },
    { error: '每个语境必须是对象' },
  )
  .refine((context) => context.quoted === true || (context.before?.length ?? 0) + (context.after?.length ?? 0) > 0, {
    error: '语境需要 before 或 after（至少一个提示词），或 quoted',
    path: ['before'],
  });

const allowSchema = z.union(
  [
    text('白名单词语'),
    z.object({ words: z.array(text('白名单词语')).min(1, { error: '至少需要一个词语' }), note: z.string().optional() }),
  ],
  { error: '白名单条目必须是字符串或 { words, note } 对象' },
);

/** Latin spellings of single hanzi, as rule files give them (`spellings` for risky characters, `sounds` for any). */
const spellingTable = z
  .record(
    z.string().regex(/^[\u3400-\u9fff]$/u, { error: '键必须是一个汉字' }),
    z
      .array(z.string().regex(/^[a-z]{1,12}$/, { error: '拼写只能是 1–12 个小写拉丁字母，如 zui' }), { error: '必须是拼写列表（字符串数组）' })
      .min(1, { error: '至少需要一个拼写' }),
    { error: '必须是对象 { 汉字: [拼写…] }' },
  )
  .optional();

const ruleFileSchema = z
  .object(
    {
      format: z.literal('huashu-rules', { error: '必须是 "huashu-rules"' }),
      version: z.literal(1, { error: '必须是 1（本版本只支持第 1 版规则文件）' }),
      rules: z.array(ruleSchema, { error: '必须是规则列表（数组）' }),
      allow: z.array(allowSchema, { error: '必须是白名单列表（数组）' }).optional(),
      contexts: z.array(contextSchema, { error: '必须是语境列表（数组）' }).optional(),
      spellings: spellingTable,
      sounds: spellingTable,
      rewrites: z
        .array(
          z.object({
            claims: z.array(text('说法'), { error: '必须是说法列表（字符串数组）' }).optional(),
            prefixes: z.array(text('程度词'), { error: '必须是程度词列表（字符串数组）' }).optional(),
            to: z.array(text('改写'), { error: '必须是改写列表（字符串数组）' }).min(1, { error: '至少一个改写' }),
            except: z.array(text('形容词'), { error: '必须是形容词列表（字符串数组）' }).optional(),
            note: z.string().optional(),
          }),
          { error: '必须是改写列表' },
        )
        .optional(),
      disable: z.array(text('规则编号'), { error: '必须是规则编号列表（字符串数组）' }).optional(),
      learned: z.boolean({ error: '必须是 true 或 false' }).optional(),
    },
    { error: '规则文件必须是 JSON 对象' },
  )
  .superRefine((file, context) => {
    const seen = new Map<string, number>();
    file.rules.forEach((rule, index) => {
      const first = seen.get(rule.id);
      if (first !== undefined) {
        context.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `规则编号 ${rule.id} 与 rules[${first}] 重复` });
      } else seen.set(rule.id, index);
    });
  });

export function parseRuleFile(input: unknown): { ok: true; file: RuleFile } | { ok: false; errors: string[] } {
  const parsed = ruleFileSchema.safeParse(input);
  if (parsed.success) return { ok: true, file: parsed.data as RuleFile };
  return { ok: false, errors: formatIssues('', parsed.error.issues) };
}
