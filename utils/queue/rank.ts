// Re-ranks the panel's suggestions for the open conversation's service situation: 「久等了」 openings
// first once the buyer waited past the limit, a follow-up after an unanswered 「稍等」, a closing line and
// a reward-free review invitation when the buyer says goodbye, a greeting beside the first answer; and a
// phrase the agent keeps deleting right after inserting it goes down for similar messages.
import type { Suggestion } from '../library/suggest';
import type { Phrase } from '../library/types';
import { misfireKey } from '../figures/figures';
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

/** The replies a reminder puts first, in order. */
export function servicePhrases(kinds: ReadonlySet<NudgeKind>, phrases: readonly Phrase[]): Phrase[] {
  const chosen: Phrase[] = [];
  if (kinds.has('longWait')) chosen.push(...phrasesTagged(phrases, SERVICE_TAGS.sorry, (p) => p.body.includes('久等')));
  if (kinds.has('followUp')) chosen.push(...phrasesTagged(phrases, SERVICE_TAGS.followUp, (p) => p.intents.includes('wait') && p.body.includes('跟进')));
  if (kinds.has('closing')) {
    chosen.push(...phrasesTagged(phrases, SERVICE_TAGS.closing, (p) => p.intents.includes('thanks-bye'), 1));
    chosen.push(...phrasesTagged(phrases, SERVICE_TAGS.review, (p) => p.intents.includes('review') && p.body.includes('真实'), 1));
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
  phrases: readonly Phrase[];
  /** Misfires by misfireKey(phraseId, intent). */
  misfires?: ReadonlyMap<string, number>;
  /** The buyer message's top intent. */
  intent?: string;
}

export function rankForService(suggestions: readonly Suggestion[], { kinds, phrases, misfires, intent }: ServiceRanking): Suggestion[] {
  const penalty = (suggestion: Suggestion) => MISFIRE_PENALTY ** (misfires?.get(misfireKey(suggestion.phrase.id, intent)) ?? 0);
  const ranked = misfires && misfires.size > 0 ? [...suggestions].sort((a, b) => b.score * penalty(b) - a.score * penalty(a)) : [...suggestions];
  const first = servicePhrases(kinds, phrases);
  const welcome = kinds.has('welcome') ? phrasesTagged(phrases, SERVICE_TAGS.welcome, (p) => p.intents.includes('greeting'), 1) : [];
  const placed = new Set([...first, ...welcome].map((phrase) => phrase.id));
  const rest = ranked.filter((suggestion) => !placed.has(suggestion.phrase.id));
  const lifted = (phrase: Phrase): Suggestion => ({ phrase, score: 1, intents: [], matched: [] });
  const result = [...first.map(lifted), ...rest];
  if (welcome[0]) result.splice(Math.min(WELCOME_POSITION + first.length, result.length), 0, lifted(welcome[0]));
  return result;
}
