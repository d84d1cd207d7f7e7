// Inline compliance check while the agent types in the workbench's reply box: underlines, a count
// badge, reasons and one-click rewordings; in trainee mode a block-level finding holds back Enter and
// the send button until the agent confirms. Checking is debounced so typing never stutters, and waits
// while an input method composes (the pinyin on screen is not the agent's words yet).
// The checker comes from outside (the entry point builds it from the built-in and team rules), as Harper's
// lint framework receives its lint provider: this module only watches, draws and guards.
import { fixRangeOf } from '../../../utils/compliance/apply-fix';
import type { Checker } from '../../../utils/compliance/checker';
import type { Finding } from '../../../utils/compliance/types';
import { describeFinding } from '../../../utils/explain';
import type { Settings } from '../../../utils/settings';
import type { PlatformAdapter } from '../../../utils/workbench/adapter';
import { closestMatching, matchesSelector, queryFirst } from '../../../utils/workbench/dom';
import { draftText, isTextField, replaceRange } from '../editor';
import type { ScriptLifetime } from '../lifetime';
import type { CompositionWatch } from '../composition';
import { previewFix } from './fix-preview';
import { oncePerFrame } from '../page-ui';
import { InlineOverlay } from './overlay';
import type { FindingView } from './view';

const CHECK_DELAY_MS = 120;

/** Where the checker comes from: the one for the rules in force now, and word when those rules change. */
export interface CheckerSource {
  /** Undefined until the built-in rules have arrived from the background. */
  current(): Checker | undefined;
  onChange(listener: () => void): void;
}

export interface InlineCheckOptions {
  adapter: PlatformAdapter;
  checker: CheckerSource;
  composition: CompositionWatch;
  settings(): Settings;
  /** Called with every checked draft (the side panel lists its findings). */
  onChecked(text: string, findings: Finding[]): void;
}

export function startInlineCheck(lifetime: ScriptLifetime, options: InlineCheckOptions) {
  const { adapter, composition } = options;
  const check = (text: string) => options.checker.current()?.check(text) ?? [];
  const overlay = new InlineOverlay({ applySuggestion });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let active: HTMLElement | null = null;
  let bypassOnce = false;

  const isInput = (node: EventTarget | null): node is HTMLElement => node instanceof HTMLElement && matchesSelector(node, adapter.selectors.input);
  /** The reply box an event happened in: in a framework editor the pointer is over a paragraph inside it. */
  const boxOf = (node: EventTarget | null): HTMLElement | null => {
    const box = node instanceof Element ? closestMatching(node, adapter.selectors.input) : null;
    return box instanceof HTMLElement ? box : null;
  };
  // Framework editors (Quill, Slate, Lexical…) apply many edits themselves — Delete, Backspace, undo, all typing in
  // Slate — without an input event: the rich box's own DOM says when the draft changed.
  const edits = new MutationObserver(() => {
    if (composition.composing) return;
    dropStaleMarks();
    schedule();
  });
  const follow = (box: HTMLElement) => {
    if (box === active) return;
    active = box;
    edits.disconnect();
    if (!isTextField(box)) edits.observe(box, { childList: true, subtree: true, characterData: true });
  };
  /**
   * The box being checked: the one the agent last typed in, else the page's reply box. A copy that takes over from
   * another (after an update, or injected while the page loaded) has seen no typing yet, and draws the draft all
   * the same: its one-click fixes and send guard must reach that box too.
   */
  const currentBox = () => active ?? (queryFirst(document, adapter.selectors.input) as HTMLElement | null);
  // Info-level hints (a bare 最, say) are for trainees; experienced agents only see what should change.
  const views = (text: string): FindingView[] => {
    const trainee = options.settings().traineeMode;
    return check(text)
      .filter((finding) => trainee || finding.severity !== 'info')
      .map((finding) => ({
        finding,
        ...describeFinding(finding, trainee),
        fixes: finding.suggestions.map((suggestion) => previewFix(text, finding, suggestion)),
      }));
  };

  function run() {
    clearTimeout(timer);
    timer = undefined;
    // Mid-composition the draft holds pinyin: the commit runs the check (composition.onChange below).
    if (!lifetime.isValid || composition.composing) return;
    const target = currentBox();
    if (!target) {
      overlay.clear();
      // No reply box (no conversation open): no draft either, and the panel stops listing the last one's findings.
      options.onChecked('', []);
      return;
    }
    const text = draftText(target);
    if (!options.settings().inlineCheck) {
      overlay.clear();
      // The panel still hears of the draft: its 「已放入…」 line lasts only while the draft does.
      options.onChecked(text, []);
      return;
    }
    const found = views(text);
    overlay.render(target, text, found);
    options.onChecked(text, found.map((view) => view.finding));
  }

  /**
   * The draft changed and its check waits for the debounce: marks it no longer holds go at once — all of them from an
   * empty draft (the agent cleared it, or the page did after a send), which is checked on the spot, costing nothing.
   * Not mid-composition: the box holds pinyin then, not the agent's words.
   */
  function dropStaleMarks() {
    if (!lifetime.isValid || composition.composing) return;
    const target = currentBox();
    if (!target) return;
    const text = draftText(target);
    if (text === '') run();
    else overlay.keepFitting(target, text);
  }
  // A page empties its box in code after a send, after our keydown or click listener: looked at before the next paint.
  const dropStaleMarksNextFrame = oncePerFrame(dropStaleMarks);

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, CHECK_DELAY_MS);
  };
  options.checker.onChange(schedule);

  function applySuggestion(finding: Finding, replacement: string) {
    const target = currentBox();
    if (!target) return;
    // The draft may have changed since it was drawn: find the same words again in the current text.
    const current = check(draftText(target)).find((f) => f.rule === finding.rule && f.match === finding.match);
    if (!current) return;
    const range = fixRangeOf(current);
    void replaceRange(target, range.start, range.end, replacement).then(run);
  }

  composition.onChange((composing, target) => {
    if (composing) {
      clearTimeout(timer);
      overlay.composingAt(target instanceof HTMLTextAreaElement && isInput(target) ? (target.selectionStart ?? 0) : Number.POSITIVE_INFINITY);
      return;
    }
    // Committed: check at once, the words are the agent's now.
    if (isInput(target)) follow(target);
    run();
  });
  lifetime.addEventListener(document, 'input', (event) => {
    if (!isInput(event.target)) return;
    follow(event.target);
    if (composition.composing) return;
    dropStaleMarks();
    schedule();
  }, { capture: true });
  lifetime.addEventListener(document, 'focusin', (event) => {
    if (!isInput(event.target)) return;
    follow(event.target);
    schedule();
  });
  // The tip belongs to the box: it goes when the box loses focus (unless to the tip's own buttons).
  lifetime.addEventListener(document, 'focusout', (event) => {
    if (isInput(event.target) && !overlay.contains(event.relatedTarget)) overlay.hideTip();
  });
  // Hover shows the reason; so does the caret resting inside a finding (keyboard users).
  lifetime.addEventListener(document, 'mousemove', (event) => {
    if (!boxOf(event.target) || composition.composing) return;
    const view = overlay.findingAt(event.clientX, event.clientY);
    if (view) overlay.showTip(view);
    else overlay.hideTipSoon();
  });
  // The pointer left the box (and not onto the tip): the tip goes after a moment.
  lifetime.addEventListener(document, 'mouseout', (event) => {
    const box = boxOf(event.target);
    if (box && !(event.relatedTarget instanceof Node && box.contains(event.relatedTarget)) && !overlay.contains(event.relatedTarget)) overlay.hideTipSoon();
  });
  lifetime.addEventListener(document, 'keyup', (event) => {
    if (!(event.target instanceof HTMLTextAreaElement) || !isInput(event.target) || composition.isImeKey(event)) return;
    // Only the drawn findings: a check per key press would cost every keystroke (the next check redraws).
    const view = overlay.findingAtOffset(event.target.value, event.target.selectionStart ?? -1);
    if (view) overlay.showTip(view);
  });
  lifetime.addEventListener(window, 'scroll', () => overlay.followLayout(), { capture: true, passive: true });
  lifetime.addEventListener(window, 'resize', () => overlay.followLayout());

  // Trainee mode: hold back Enter and the send button while a block-level finding is in the draft.
  const guard = (event: Event, resend: () => void) => {
    if (bypassOnce) {
      bypassOnce = false;
      return;
    }
    const target = currentBox();
    if (!target || !options.settings().traineeMode) return;
    const blockers = views(draftText(target)).filter((view) => view.finding.severity === 'block');
    if (blockers.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void overlay.confirmSend(blockers).then((sendAnyway) => {
      if (sendAnyway) {
        bypassOnce = true;
        resend();
      } else {
        target.focus();
      }
    });
  };
  // The Enter that picks an input method's candidate is no send, before or just after the commit.
  lifetime.addEventListener(document, 'keydown', (event) => {
    if (event.key !== 'Enter' || !isInput(event.target)) return;
    // A page that sends empties its box in code, with no input event: look again so no stale underline stays.
    dropStaleMarksNextFrame();
    schedule();
    if (event.shiftKey || composition.isImeKey(event)) return;
    const target = event.target;
    guard(event, () => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true })));
  }, { capture: true });
  const sendButton = adapter.selectors.sendButton;
  if (sendButton) {
    lifetime.addEventListener(document, 'click', (event) => {
      const button = event.target instanceof Element ? closestMatching(event.target, sendButton) : null;
      if (!(button instanceof HTMLElement)) return;
      guard(event, () => button.click());
      dropStaleMarksNextFrame();
      schedule();
    }, { capture: true });
  }

  // A copy taking over while the agent is in the box gets no focusin for it: it follows the box at once.
  const focused = boxOf(document.activeElement);
  if (focused) follow(focused);

  lifetime.onInvalidated(() => {
    clearTimeout(timer);
    edits.disconnect();
    overlay.destroy();
  });
  return { recheck: schedule };
}
