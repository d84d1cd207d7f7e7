// Service standards as data: when a waiting buyer counts on the badge, when a wait is overdue, when a
// 「稍等」 left alone becomes 漏跟进, and the words that mark a hold, a greeting or a goodbye. Built-in
// defaults, the agent's own settings, and a team pack's override (the lead's word wins on thresholds;
// anyone may switch a reminder off).
import { z } from 'zod';
import { NUDGE_KINDS, type NudgeKind } from './nudges';

export { NUDGE_KINDS, NUDGE_LABELS, type NudgeKind } from './nudges';

export interface ServiceStandards {
  /** The toolbar badge counts buyers waiting at least this long. */
  badgeAfterSeconds: number;
  /** Past this a wait is overdue (badge red, 「久等了」 openings first): `default`, or per platform id. */
  waitLimitSeconds: Record<string, number> & { default: number };
  /** 漏跟进: the agent's last message holds the buyer (稍等, 我去查 …) and nothing followed for this long. */
  followUpMinutes: number;
  /** Words in an agent message that promise to come back. */
  holdWords: string[];
  /** Words that make a first reply a greeting. */
  greetingWords: string[];
  /** Words in the buyer's last message that say the conversation is ending. */
  closingWords: string[];
  /** Words in an agent message that close a conversation politely. */
  farewellWords: string[];
  nudges: Record<NudgeKind, boolean>;
}

/** Platforms score a reply slower than 3 minutes (快手 「请在3分钟内回复」, QA tools' 3-minute apology rule). */
export const DEFAULT_STANDARDS: ServiceStandards = {
  badgeAfterSeconds: 60,
  waitLimitSeconds: { default: 180 },
  followUpMinutes: 5,
  holdWords: ['稍等', '稍候', '我去查', '我查一下', '帮您查', '马上', '等一下', '核实一下', '确认一下'],
  greetingWords: ['您好', '你好', '欢迎', '在的', '亲', '哈喽'],
  closingWords: ['谢谢', '好的', '没事了', '没有了', '拜拜', '再见', '知道了', '明白了', '收到'],
  farewellWords: ['祝您', '再见', '拜拜', '欢迎再来', '随时找', '随时来', '感谢您'],
  nudges: { followUp: true, longWait: true, welcome: true, closing: true },
};

const words = z.array(z.string().trim().min(1).max(12)).min(1).max(40);
const seconds = (min: number, max: number) => z.number().int().min(min).max(max);

/** What a team pack's `standards` or the agent's settings may set; everything optional. */
export const standardsOverrideSchema = z
  .object({
    badgeAfterSeconds: seconds(10, 3600).optional(),
    waitLimitSeconds: z
      .record(z.string().regex(/^(default|[a-z0-9][a-z0-9-]{0,31})$/, { error: '平台编号应为 default 或小写字母、数字、连字符' }), seconds(30, 7200))
      .optional(),
    followUpMinutes: z.number().int().min(1).max(120).optional(),
    holdWords: words.optional(),
    greetingWords: words.optional(),
    closingWords: words.optional(),
    farewellWords: words.optional(),
    nudges: z.object(Object.fromEntries(NUDGE_KINDS.map((kind) => [kind, z.boolean().optional()])) as Record<NudgeKind, z.ZodOptional<z.ZodBoolean>>).strict().optional(),
  })
  .strict();

export type StandardsOverride = z.infer<typeof standardsOverrideSchema>;

/** Defaults, then the agent's settings, then the team's: the lead sets the team's clock; a switch-off by either side holds. */
export function resolveStandards(personal: StandardsOverride | undefined, team: StandardsOverride | undefined): ServiceStandards {
  const pick = <K extends Exclude<keyof ServiceStandards, 'nudges' | 'waitLimitSeconds'>>(key: K): ServiceStandards[K] =>
    (team?.[key] ?? personal?.[key] ?? DEFAULT_STANDARDS[key]) as ServiceStandards[K];
  const nudges = Object.fromEntries(
    NUDGE_KINDS.map((kind) => [kind, team?.nudges?.[kind] !== false && personal?.nudges?.[kind] !== false]),
  ) as Record<NudgeKind, boolean>;
  return {
    badgeAfterSeconds: pick('badgeAfterSeconds'),
    waitLimitSeconds: { ...DEFAULT_STANDARDS.waitLimitSeconds, ...personal?.waitLimitSeconds, ...team?.waitLimitSeconds },
    followUpMinutes: pick('followUpMinutes'),
    holdWords: pick('holdWords'),
    greetingWords: pick('greetingWords'),
    closingWords: pick('closingWords'),
    farewellWords: pick('farewellWords'),
    nudges,
  };
}

export function waitLimitMs(standards: ServiceStandards, platform: string): number {
  return (standards.waitLimitSeconds[platform] ?? standards.waitLimitSeconds.default) * 1000;
}

export function containsAny(text: string, list: readonly string[]): boolean {
  return list.some((word) => text.includes(word));
}
