// Turns phrases (suggested or searched) into what the panel offers: the body with placeholders filled
// from the conversation, what is still missing, the phrase's own compliance status, why it was suggested.
// A phrase picked by hand also carries what the page says against it (by-hand.ts).
import type { Finding } from '../../utils/compliance/types';
import { fillFromConversation } from '../../utils/library/placeholders';
import type { SituationSuggestion } from '../../utils/library/situation';
import type { Phrase } from '../../utils/library/types';
import type { Settings } from '../../utils/settings';
import type { Conversation } from '../../utils/workbench/types';
import type { PhraseItem } from '../../components/PhraseList';

/** `flags`: the phrase's own warn/block findings (phraseFlags), from the background's list or the panel's checker. */
export function replyItem(
  phrase: Phrase,
  conversation: Conversation | null,
  settings: Settings,
  flags: readonly Finding[],
  matched: readonly string[] = [],
): PhraseItem {
  const { text, missing } = fillFromConversation(phrase.body, conversation, settings);
  return { id: phrase.id, phraseId: phrase.id, title: phrase.title, text, missing, matched, code: phrase.code, flags, source: phrase.source };
}

/** A suggestion from the background, with the reason it gives and the findings it was checked with. */
export function suggestedItem(suggestion: SituationSuggestion, conversation: Conversation | null, settings: Settings, flags: readonly Finding[]): PhraseItem {
  return { ...replyItem(suggestion.phrase, conversation, settings, flags, suggestion.matched), reason: suggestion.reason, guess: suggestion.guess };
}
