// Agents type Chinese through an input method: while a composition is open (jia'wo'wei'xin shown in the
// box, nothing committed) the text is not the agent's words yet, and the keys that pick a candidate
// (Enter, Space, a digit) are the input method's, not the page's. Chromium on macOS can deliver the
// committing Enter as a keydown after compositionend (keyCode 229, isComposing false), so a key arriving
// in the moments right after a commit counts as the input method's too.
// Only a trusted compositionstart opens a composition: a page script dispatching one must not switch the
// check off. Chromium dispatches compositionend itself untrusted (isTrusted false when an IME commits), so
// any compositionend closes one, but only one a trusted start opened counts as a commit whose key to
// ignore: a page dispatching compositionend before the agent's Enter cannot slip it past the send guard.
import type { ScriptLifetime } from './lifetime';

/**
 * A key this soon after a commit is the one that committed it (the same native key press, seen twice). Its
 * timeStamp is the key's own time, so it can even precede the compositionend it caused.
 */
const COMMIT_KEY_MS = 50;

export interface CompositionWatch {
  /** True between a trusted compositionstart and its compositionend. */
  readonly composing: boolean;
  /** True for a key the input method owns: during a composition, keyCode 229, or the commit's own key. */
  isImeKey(event: KeyboardEvent): boolean;
  /** Calls back on every start and on every commit (with the element that held the composition). */
  onChange(listener: (composing: boolean, target: EventTarget | null) => void): void;
}

export function watchComposition(lifetime: ScriptLifetime): CompositionWatch {
  let composing = false;
  let committedAt = Number.NEGATIVE_INFINITY;
  const listeners: ((composing: boolean, target: EventTarget | null) => void)[] = [];
  const set = (value: boolean, target: EventTarget | null) => {
    composing = value;
    for (const listener of listeners) listener(value, target);
  };

  lifetime.addEventListener(document, 'compositionstart', (event) => {
    if (event.isTrusted) set(true, event.target);
  }, { capture: true });
  lifetime.addEventListener(document, 'compositionend', (event) => {
    if (!composing) return;
    committedAt = event.timeStamp;
    set(false, event.target);
  }, { capture: true });
  // A composition whose end never came (the editor was replaced mid-word): plain typing ends it.
  lifetime.addEventListener(document, 'input', (event) => {
    if (composing && event.isTrusted && !(event as InputEvent).isComposing) set(false, event.target);
  }, { capture: true });

  return {
    get composing() {
      return composing;
    },
    isImeKey: (event) => composing || event.isComposing || event.keyCode === 229 || event.timeStamp - committedAt < COMMIT_KEY_MS,
    onChange: (listener) => void listeners.push(listener),
  };
}
