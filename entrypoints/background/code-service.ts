// 快捷编码 typed in a workbench's reply box (`/fh1`): the page asks here which phrases the code names, as the
// agent types. The library's search (codes, then pinyin initials, …) is built once per team slot and kept until
// that library changes, so a keystroke costs a lookup, not an index; the answer is a few phrases, text only.
import { normalizeCode } from '../../utils/library/codes';
import { CODE_MATCH_LIMIT, type CodeMatch } from '../../utils/library/expand-token';
import { pinyinInitials } from '../../utils/library/pinyin';
import { createPhraseSearch, type PhraseSearch } from '../../utils/library/search';
import { pickWarning, situationFromConversation } from '../../utils/library/situation';
import type { Phrase } from '../../utils/library/types';
import { onMessage } from '../../utils/messaging';
import type { Conversation } from '../../utils/workbench/types';

export interface CodeServiceDeps {
  /** The merged library's phrases for a team slot. */
  phrases(slot: string): Promise<Phrase[]>;
  /** The team slot a workbench tab uses (its shop profile's). */
  slotForTab(tabId: number | undefined): Promise<string>;
  /** The conversation a tab showed at its latest reading, if any. */
  conversationOf(tabId: number | undefined): Promise<Conversation | null | undefined>;
}

export interface CodeService {
  match(tabId: number | undefined, query: string): Promise<CodeMatch[]>;
  /** A library changed (one slot's, or every one): its search is built again on the next question. */
  libraryChanged(slot?: string): void;
}

/**
 * The phrases a typed code names, best first: the library's own search (exact code, code prefix, initials…),
 * each with what the conversation says against it, as a phrase found by search in the panel.
 */
export function matchCodes(search: PhraseSearch, query: string, conversation?: Conversation | null, limit = CODE_MATCH_LIMIT): CodeMatch[] {
  const wanted = normalizeCode(query);
  if (!wanted) return [];
  const situation = conversation ? situationFromConversation(conversation) : null;
  return search.search(`/${wanted}`, limit).map((phrase) => {
    const warning = situation ? pickWarning(phrase, situation) : null;
    return {
      id: phrase.id,
      title: phrase.title,
      ...(phrase.code ? { code: phrase.code } : {}),
      body: phrase.body,
      exact: normalizeCode(phrase.code ?? '') === wanted || pinyinInitials(phrase.title) === wanted,
      ...(warning ? { warning } : {}),
    };
  });
}

export function createCodeService(deps: CodeServiceDeps): CodeService {
  const searches = new Map<string, Promise<PhraseSearch>>();
  const searchFor = (slot: string) => {
    let search = searches.get(slot);
    if (!search) {
      search = deps.phrases(slot).then(createPhraseSearch);
      searches.set(slot, search);
      // A failed build is tried again on the next question.
      search.catch(() => searches.get(slot) === search && searches.delete(slot));
    }
    return search;
  };
  return {
    async match(tabId, query) {
      if (!normalizeCode(query)) {
        // A bare slash: the agent is about to type a code. The search is built now (about a second at 10,000
        // phrases), not on the code's first letter.
        void deps.slotForTab(tabId).then(searchFor).catch(() => undefined);
        return [];
      }
      const [search, conversation] = await Promise.all([deps.slotForTab(tabId).then(searchFor), deps.conversationOf(tabId)]);
      return matchCodes(search, query, conversation);
    },
    libraryChanged(slot) {
      if (slot === undefined) searches.clear();
      else searches.delete(slot);
    },
  };
}

export function registerCodeHandlers(service: CodeService): void {
  // Only a tab's content script asks; its tab decides which team's library answers.
  onMessage('matchPhraseCodes', ({ data, sender }) => service.match(sender.tab?.id, data.query.slice(0, 40)));
}
