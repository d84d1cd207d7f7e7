// What the panel needs only for phrases the agent finds by hand (search, the category browser, 快捷编码, the
// phrase book): the compliance checker, the search index and what the page says against a phrase. Most of the
// panel's code by size; loaded after the first list is on screen, which comes ready-made and checked from the
// background.
import { BUILTINS } from '../../utils/compliance';
import { checkerInSteps, type Checker, type CheckerOptions } from '../../utils/compliance/checker';
import { phraseFlags } from '../../utils/compliance/phrase-flags';
import type { Steps } from '../../utils/compliance/steps';
import type { Finding } from '../../utils/compliance/types';
import { pickWarning, situationFromConversation } from '../../utils/library/situation';
import type { Phrase } from '../../utils/library/types';
import type { Settings } from '../../utils/settings';
import type { Conversation } from '../../utils/workbench/types';
import type { PhraseItem } from '../../components/PhraseList';
import { replyItem } from './replies';

export type { Checker };
export { startPhraseSearch, type PhraseSearch } from '../../utils/library/search';

/**
 * The panel's checker, compiled in steps (a second or more of work in all): run in slices, the panel answers
 * the agent and the next buyer message meanwhile.
 */
export function checkerSteps(options: CheckerOptions): Steps<Checker> {
  return checkerInSteps(BUILTINS, options);
}

/** A checker's findings per phrase body: the browser and the lists render again every second (the waiting clock). */
const flagsByChecker = new WeakMap<Checker, Map<string, Finding[]>>();

/** phraseFlags, each phrase checked once per checker. */
export function flagsOf(checker: Checker, body: string): Finding[] {
  let known = flagsByChecker.get(checker);
  if (!known) flagsByChecker.set(checker, (known = new Map()));
  let flags = known.get(body);
  if (!flags) known.set(body, (flags = phraseFlags(checker, body)));
  return flags;
}

/**
 * A phrase found by hand for the phrase book (nothing to contradict), with its flags: the panel's own checker's or
 * the background's (found-flags.ts).
 */
export function bookItem(phrase: Phrase, settings: Settings, flags: Finding[]): PhraseItem {
  return replyItem(phrase, null, settings, flags);
}

/**
 * A phrase the agent found by hand (search, the category browser): nothing filtered it, so it carries what
 * the page says against it (「页面显示：待发货…」), asked about before it goes in; `flags` as for bookItem.
 */
export function pickedItem(phrase: Phrase, conversation: Conversation | null, settings: Settings, flags: Finding[]): PhraseItem {
  const item = replyItem(phrase, conversation, settings, flags);
  const warning = conversation ? pickWarning(phrase, situationFromConversation(conversation)) : null;
  return warning ? { ...item, warning } : item;
}
