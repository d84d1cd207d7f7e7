// 快捷编码 in the workbench's reply box: `/fh1` then Space or Tab becomes the phrase, filled from the page as the
// panel fills it; a list of matches follows the typing after the slash (↑↓ to choose, then Enter, Space or Tab;
// Esc). Blanks the page cannot fill are asked for in the side panel, which inserts the reply for the same buyer
// or not at all.
// Only the agent's own keys count (isTrusted), nothing reacts while an input method is composing, and a slash
// starts a code only at the start of the draft or after a space (never inside a URL or a word).
import { checkBinding } from '../../../utils/workbench/binding';
import { expansionFor, fillForConversation, findCodeToken, type CodeMatch, type CodeToken } from '../../../utils/library/expand-token';
import { normalizeCode } from '../../../utils/library/codes';
import { sendMessage } from '../../../utils/messaging';
import type { Settings } from '../../../utils/settings';
import type { PlatformAdapter } from '../../../utils/workbench/adapter';
import { closestMatching, queryFirst } from '../../../utils/workbench/dom';
import type { Conversation } from '../../../utils/workbench/types';
import type { ScriptLifetime } from '../lifetime';
import type { PageNotice } from '../notice';
import { caretOffset, draftText, replaceRange } from '../editor';
import type { CompositionWatch } from '../composition';
import { CodePopup } from './popup';

const NO_PANEL = (why: string) => `${why}：请打开话术助手侧边栏（点工具栏图标或按 Alt+Shift+H）后再按一次`;
const NO_CONVERSATION = '这条话术有需要填写的内容，请先打开买家的会话';
/** Answers kept while one code is being typed (each prefix is asked once). */
const MAX_LOOKUPS = 40;

export interface CodeExpansionOptions {
  adapter: PlatformAdapter;
  settings(): Settings;
  /** The conversation open on the page now. */
  conversation(): Conversation | null;
  notice: PageNotice;
  /** The input method's state: nothing is looked up or expanded while the agent composes. */
  composition: CompositionWatch;
}

interface Lookup {
  promise: Promise<CodeMatch[]>;
  /** Set once answered. */
  result?: CodeMatch[];
}

interface Shown {
  box: Element;
  token: CodeToken;
  matches: CodeMatch[];
  selected: number;
  /** The agent moved through the list with ↑↓: Space and Tab then take that row, as Enter does. */
  chosen: boolean;
}

export function startCodeExpansion(lifetime: ScriptLifetime, options: CodeExpansionOptions): void {
  const { adapter, notice, composition } = options;
  const popup = new CodePopup(lifetime, (index) => {
    if (shown?.matches[index]) void expand(shown.matches[index], shown.token, shown.box, options.conversation(), true);
  });
  const lookups = new Map<string, Lookup>();
  let shown: Shown | null = null;
  /** The token the agent closed the list for with Esc (it opens again once they type on). */
  let dismissed: string | null = null;
  let asked = 0;

  const enabled = () => options.settings().codeExpansion !== false;
  const replyBoxOf = (target: EventTarget | null) => (target instanceof Element ? closestMatching(target, adapter.selectors.input) : null);
  const tokenIn = (box: Element) => {
    const caret = caretOffset(box);
    return caret === null ? null : findCodeToken(draftText(box), caret);
  };
  const keyOf = (token: CodeToken) => `${token.start}|${normalizeCode(token.query)}`;

  const lookup = (query: string): Lookup => {
    const key = normalizeCode(query);
    let found = lookups.get(key);
    if (!found) {
      if (lookups.size >= MAX_LOOKUPS) lookups.clear();
      lifetime.reconnect();
      const entry: Lookup = { promise: sendMessage('matchPhraseCodes', { query: key }).catch(() => []) };
      void entry.promise.then((result) => (entry.result = result));
      lookups.set(key, (found = entry));
    }
    return found;
  };

  const close = () => {
    asked++;
    shown = null;
    if (popup.open) popup.hide();
  };

  /** Shows the list for the code at the caret, or closes it. */
  const refresh = (box: Element | null = queryFirst(document, adapter.selectors.input)) => {
    const token = enabled() && !composition.composing && box ? tokenIn(box) : null;
    if (!box || !token) {
      // A new code starts afresh: a library edited meanwhile is asked again.
      dismissed = null;
      lookups.clear();
      return close();
    }
    if (!token.query) {
      // Asked once per slash: the worker readies its search while the agent types the code.
      lookup('');
      return close();
    }
    if (dismissed === keyOf(token)) return close();
    const ask = ++asked;
    void lookup(token.query).promise.then((matches) => {
      if (ask !== asked || !lifetime.isValid) return;
      if (matches.length === 0) return close();
      shown = { box, token, matches, selected: 0, chosen: false };
      popup.show(box, token, matches, 0, expansionFor(matches) !== null);
    });
  };

  /**
   * Puts the phrase in place of the code, if the code is still where it was (`grown`: typed on since, for a
   * row chosen from the list) and the conversation is the one it was typed for. Blanks the page cannot fill,
   * and a phrase the page contradicts, go to the panel's form or warning (the code goes; it comes back if no
   * panel takes it).
   */
  async function expand(match: CodeMatch, typed: CodeToken, box: Element, typedFor: Conversation | null, grown = false) {
    close();
    const token = tokenIn(box);
    if (!token || token.start !== typed.start || (!grown && token.end !== typed.end)) return;
    const conversation = options.conversation();
    if (typedFor) {
      const verdict = checkBinding({ conversationKey: typedFor.key, buyerName: typedFor.buyer.name }, conversation);
      if (!verdict.ok) return notice.show(verdict.message, box);
    }
    const { text, missing } = fillForConversation(match.body, conversation, options.settings());
    if (missing.length === 0 && !match.warning) {
      if (await replaceRange(box, token.start, token.end, text)) void sendMessage('recordUsage', match.id).catch(() => undefined);
      return;
    }
    if (!conversation) return notice.show(NO_CONVERSATION, box);
    const code = draftText(box).slice(token.start, token.end);
    // Out first, so the panel's insert lands where the code was typed.
    if (!(await replaceRange(box, token.start, token.end, ''))) return;
    lifetime.reconnect();
    const answer = await sendMessage('expandInPanel', { phraseId: match.id, conversationKey: conversation.key, buyerName: conversation.buyer.name }).catch(() => null);
    if (answer?.ok) return;
    await replaceRange(box, token.start, token.start, code);
    notice.show(answer ? answer.message : NO_PANEL(missing.length > 0 ? `这条话术要填写 ${missing.join('、')}` : match.warning!), box);
  }

  composition.onChange((composing) => {
    if (composing) close();
    // The committed text is in the box after compositionend: look once it is.
    else setTimeout(() => refresh(), 0);
  });
  lifetime.addEventListener(document, 'input', (event) => {
    const box = replyBoxOf(event.target);
    if (!event.isTrusted || composition.composing || (event as InputEvent).isComposing || !box) return;
    refresh(box);
  }, { capture: true });
  lifetime.addEventListener(document, 'focusout', (event) => {
    if (shown && event.target === shown.box) close();
  }, { capture: true });
  lifetime.addEventListener(document, 'click', (event) => {
    const box = replyBoxOf(event.target);
    if (event.isTrusted && box) refresh(box);
  }, { capture: true });

  // On the window, capturing: ahead of listeners on the document (the trainee send guard's among them), so an
  // Enter that picks from the list is never taken for a send.
  lifetime.addEventListener(window, 'keydown', (event) => {
    if (!event.isTrusted || composition.isImeKey(event) || !enabled()) return;
    const box = replyBoxOf(event.target);
    if (!box) return;
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    const consume = () => {
      event.preventDefault();
      // The page's own Enter (send) or Tab handling must not see a key the list used.
      event.stopImmediatePropagation();
    };
    if (shown && plain) {
      const count = shown.matches.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        consume();
        shown.selected = (shown.selected + (event.key === 'ArrowDown' ? 1 : -1) + count) % count;
        shown.chosen = true;
        popup.select(shown.selected, true);
        return;
      }
      if (event.key === 'Escape') {
        consume();
        dismissed = keyOf(shown.token);
        close();
        return;
      }
      if (event.key === 'Enter' || (shown.chosen && (event.key === ' ' || event.key === 'Tab'))) {
        consume();
        void expand(shown.matches[shown.selected]!, shown.token, box, options.conversation(), true);
        return;
      }
    }
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight' || event.key === 'Home' || event.key === 'End') {
      setTimeout(() => refresh(box), 0);
      return;
    }
    if (!plain || (event.key !== ' ' && event.key !== 'Tab')) return;
    const token = tokenIn(box);
    if (!token?.query) return;
    const conversation = options.conversation();
    const found = lookup(token.query);
    if (found.result) {
      const match = expansionFor(found.result);
      if (!match) return;
      consume();
      void expand(match, token, box, conversation);
      return;
    }
    // Typed faster than the answer came: the key waits for it. Without a phrase, a held Space is typed after
    // the code after all (a held Tab is dropped: moving the focus now would surprise more).
    consume();
    const key = event.key;
    const typed = draftText(box).slice(token.start, token.end);
    void found.promise.then((matches) => {
      const match = expansionFor(matches);
      if (match) return expand(match, token, box, conversation);
      if (key === ' ' && draftText(box).slice(token.start, token.end) === typed) void replaceRange(box, token.end, token.end, ' ');
    });
  }, { capture: true });
}
