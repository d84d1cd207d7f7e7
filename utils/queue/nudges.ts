// The reminder kinds and their names, apart from the standards' schema (zod) so the side panel's queue can name
// them without loading it.
export const NUDGE_KINDS = ['followUp', 'longWait', 'welcome', 'closing'] as const;
export type NudgeKind = (typeof NUDGE_KINDS)[number];

export const NUDGE_LABELS: Record<NudgeKind, string> = {
  followUp: '漏跟进提醒',
  longWait: '久等提醒',
  welcome: '欢迎语提醒',
  closing: '结束语与邀评提醒',
};
