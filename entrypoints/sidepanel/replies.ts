// Turns phrases (suggested or searched) into what the panel offers: the body with placeholders filled
// from the conversation, what is still missing, and the phrase's own compliance status.
import type { Checker, Finding } from '../../utils/compliance';
import { fillPlaceholders, placeholderValues } from '../../utils/library/placeholders';
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
  const { text, missing } = fillPlaceholders(phrase.body, placeholderValues(conversation ?? undefined, { ...settings, custom: settings.placeholders }));
  const flags = phraseFlags(checker, phrase);
  return { id: phrase.id, phraseId: phrase.id, title: phrase.title, text, missing, matched, code: phrase.code, flags, source: phrase.source };
}

/** A phrase's own findings worth showing in its status: warn and block, not info hints. */
export function phraseFlags(checker: Checker, phrase: Phrase): Finding[] {
  return checker.check(phrase.body).filter((finding) => finding.severity !== 'info');
}
