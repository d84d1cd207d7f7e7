// Re-ranks the panel's suggestions for the open conversation's service situation: 「久等了」 openings
// first once the buyer waited past the limit, a follow-up after an unanswered 「稍等」, a closing line and
// a reward-free review invitation when the buyer says goodbye, a greeting beside the first answer; and a
// phrase the agent keeps deleting right after inserting it goes down for similar messages. Part of the one
// suggestion path (utils/library/situation.ts), so the side panel and the CLI give the same list.
import type { Suggestion } from '../library/suggest';
import type { Phrase } from '../library/types';
import { misfireKey } from '../figures/figures';
import type { Nudge } from './queue';
import type { NudgeKind } from './standards';

/** Tags that mark the replies a reminder offers (built-in ones in utils/library/builtin/service.ts). */
export const SERVICE_TAGS = {
  sorry: '久等致歉',
  followUp: '跟进回复',
  welcome: '欢迎语',
  closing: '结束语',
  review: '邀评',
} as const;

/** Phrases for a role: tagged ones (the shop's own first), else the given fallback. */
export function phrasesTagged(phrases: readonly Phrase[], tag: string, fallback: (phrase: Phrase) => boolean = () => false, limit = 2): Phrase[] {
  const byShopFirst = (a: Phrase, b: Phrase) => Number(a.source === 'builtin') - Number(b.source === 'builtin');
  const tagged = phrases.filter((phrase) => phrase.tags.includes(tag)).sort(byShopFirst);
  return (tagged.length > 0 ? tagged : phrases.filter(fallback)).slice(0, limit);
}

/** Why a reply was lifted: the reminder, or the review invitation that goes with a closing line. */
export type ServiceRole = NudgeKind | 'review';

/** The replies a reminder puts first, in order, with the role each plays. */
export function servicePhrases(kinds: ReadonlySet<NudgeKind>, phrases: readonly Phrase[]): { phrase: Phrase; role: ServiceRole }[] {
  const chosen: { phrase: Phrase; role: ServiceRole }[] = [];
  const add = (role: ServiceRole, found: Phrase[]) => chosen.push(...found.map((phrase) => ({ phrase, role })));
  if (kinds.has('longWait')) add('longWait', phrasesTagged(phrases, SERVICE_TAGS.sorry, (p) => p.body.includes('久等')));
  if (kinds.has('followUp')) add('followUp', phrasesTagged(phrases, SERVICE_TAGS.followUp, (p) => p.intents.includes('wait') && p.body.includes('跟进')));
  if (kinds.has('closing')) {
    add('closing', phrasesTagged(phrases, SERVICE_TAGS.closing, (p) => p.intents.includes('thanks-bye'), 1));
    add('review', phrasesTagged(phrases, SERVICE_TAGS.review, (p) => p.intents.includes('review') && p.body.includes('真实'), 1));
  }
  return chosen;
}

/** Each misfire for this kind of message costs a phrase this share of its score. */
const MISFIRE_PENALTY = 0.7;
/** The greeting goes right after the best answer, not before it. */
const WELCOME_POSITION = 1;

export interface ServiceRanking {
  /** Reminders active for the open conversation. */
  kinds: ReadonlySet<NudgeKind>;
  /** The phrases reminders may lift (the core passes only those that fit the situation). */
  phrases: readonly Phrase[];
  /** Misfires by misfireKey(phraseId, intent). */
  misfires?: ReadonlyMap<string, number>;
  /** The buyer message's top intent. */
  intent?: string;
}

/** A suggestion after the service re-ranking; `service` says which reminder lifted it. */
export type ServiceRanked<T extends Suggestion> = T | (Suggestion & { service: ServiceRole });

/**
 * Misfired phrases go down (for this intent only); the reminders' replies go first (the greeting second).
 * Called by suggestForSituation, so the panel and the CLI re-rank alike.
 */
export function rankForService<T extends Suggestion>(suggestions: readonly T[], { kinds, phrases, misfires, intent }: ServiceRanking): ServiceRanked<T>[] {
  const penalty = (suggestion: Suggestion) => MISFIRE_PENALTY ** (misfires?.get(misfireKey(suggestion.phrase.id, intent)) ?? 0);
  const ranked = misfires && misfires.size > 0 ? [...suggestions].sort((a, b) => b.score * penalty(b) - a.score * penalty(a)) : [...suggestions];
  const first = servicePhrases(kinds, phrases);
  const welcome = kinds.has('welcome') ? phrasesTagged(phrases, SERVICE_TAGS.welcome, (p) => p.intents.includes('greeting'), 1) : [];
  const placed = new Set([...first.map(({ phrase }) => phrase), ...welcome].map((phrase) => phrase.id));
  const rest = ranked.filter((suggestion) => !placed.has(suggestion.phrase.id));
  const lifted = (phrase: Phrase, service: ServiceRole) => ({ phrase, score: 1, intents: [...phrase.intents], matched: [], service });
  const result: ServiceRanked<T>[] = [...first.map(({ phrase, role }) => lifted(phrase, role)), ...rest];
  if (welcome[0]) result.splice(Math.min(WELCOME_POSITION + first.length, result.length), 0, lifted(welcome[0], 'welcome'));
  return result;
}

/** The reminders open now for the conversation a tab shows (the waiting queue's nudges for that buyer). */
export function openReminders(nudges: readonly Nudge[], tabId: number | null, buyerName: string | undefined): NudgeKind[] {
  return nudges
    .filter((nudge) => nudge.open && nudge.tabId === tabId && nudge.name === buyerName)
    .map((nudge) => nudge.kind)
    .sort();
}
