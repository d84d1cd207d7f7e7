// Turns phrases (suggested or searched) into what the panel offers: the body with placeholders filled
// from the conversation, what is still missing, the phrase's own compliance status, why it was suggested,
// and for a phrase picked by hand what the page says against it.
import type { Checker, Finding } from '../../utils/compliance';
import { fillFromConversation } from '../../utils/library/placeholders';
import { pickWarning, situationFromConversation, type SituationSuggestion } from '../../utils/library/situation';
import type { Phrase } from '../../utils/library/types';
import type { Settings } from '../../utils/settings';
import type { Conversation } from '../../utils/workbench/types';
import type { PhraseItem } from '../../components/PhraseList';

export function replyItem(
  phrase: Phrase,
  conversation: Conversation | null,
  settings: Settings,
  checker: Checker,
  matched: readonly string[] = [],
): PhraseItem {
  const { text, missing } = fillFromConversation(phrase.body, conversation, settings);
  const flags = phraseFlags(checker, phrase);
  return { id: phrase.id, phraseId: phrase.id, title: phrase.title, text, missing, matched, code: phrase.code, flags, source: phrase.source };
}

/** A suggestion from the background, with the reason it gives. */
export function suggestedItem(suggestion: SituationSuggestion, conversation: Conversation | null, settings: Settings, checker: Checker): PhraseItem {
  return { ...replyItem(suggestion.phrase, conversation, settings, checker, suggestion.matched), reason: suggestion.reason, guess: suggestion.guess };
}

/**
 * A phrase the agent found by hand (search, the category browser): nothing filtered it, so it carries what
 * the page says against it (「页面显示：待发货…」), asked about before it goes in.
 */
export function pickedItem(phrase: Phrase, conversation: Conversation | null, settings: Settings, checker: Checker): PhraseItem {
  const item = replyItem(phrase, conversation, settings, checker);
  const warning = conversation ? pickWarning(phrase, situationFromConversation(conversation)) : null;
  return warning ? { ...item, warning } : item;
}

/** A phrase's own findings worth showing in its status: warn and block, not info hints. */
export function phraseFlags(checker: Checker, phrase: Phrase): Finding[] {
  return checker.check(phrase.body).filter((finding) => finding.severity !== 'info');
}
