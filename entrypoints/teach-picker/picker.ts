// Teaching an unknown page: the user clicks the message list, a buyer message, an agent message, the
// buyer's name and the input box (and, if asked from the panel, the buyer id); an outline follows the
// pointer and a small bar says what to click. Then teaching checks itself: the agent switches conversation
// once and the taught selectors must read another buyer and other messages before the panel may save.
// The bar lives in a closed shadow root (the page can neither read nor press it) and only the user's own
// input (trusted events) picks, cancels or presses anything.
// Not part of the workbench content script: the background injects this file into the tab's isolated world
// only when the agent starts teaching (entrypoints/teach-picker/index.ts).
import { closedHost, element, onTrusted } from '../workbench.content/page-ui';
import { sendMessage } from '../../utils/messaging';
import { siteScope } from '../../utils/workbench/urls';
import { readConversation } from '../../utils/workbench/read';
import {
  BUYER_ID_STEP,
  deriveBuyerId,
  deriveListPart,
  deriveSelectorSet,
  editableTarget,
  LIST_ROW_STEP,
  OPTIONAL_STEPS,
  TEACH_STEPS,
  type TeachCheck,
  type TeachCommand,
  type TeachDraft,
  type TeachPart,
  type TeachPicks,
  type TeachState,
} from '../../utils/workbench/teach';
import { compareAfterSwitch, teachWarnings, type PickGeometry } from '../../utils/workbench/teach-check';
import type { ReadResult, SelectorSet } from '../../utils/workbench/types';

const HOST_TAG = 'huashu-teach';
/** Coalesces the burst of mutations a conversation switch makes into one read. */
const READ_DELAY_MS = 100;
/** After the page first changes, how long it may take to render the whole switch before the check judges it. */
const SETTLE_MS = 1500;

const STYLE = `
  .outline { position: fixed; pointer-events: none; border: 2px solid #1f6feb; background: rgba(31, 111, 235, 0.12); border-radius: 3px; display: none; }
  .bar { position: fixed; top: 12px; right: 12px; max-width: 340px; pointer-events: none; background: #1f2329; color: #fff;
    font: 13px/1.5 'PingFang SC', 'Microsoft YaHei', sans-serif; padding: 10px 12px; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
  .bar.low { top: auto; bottom: 12px; right: auto; left: 12px; }
  .step { font-weight: 600; }
  .hint { margin-top: 2px; color: #c9d1d9; }
  .error { margin-top: 4px; color: #ffb4a8; }
  .error:empty { display: none; }
  button { pointer-events: auto; margin-top: 6px; font: inherit; background: #30363d; color: #fff; border: 0; border-radius: 4px; padding: 2px 10px; cursor: pointer; }
`;

export interface TeachSession {
  command(command: TeachCommand): void;
  end(): void;
}

function report(state: TeachState): void {
  sendMessage('teachProgress', state).catch(() => undefined);
}

export function startTeaching(onEnd: () => void): TeachSession {
  const picks: Partial<TeachPicks> = {};
  let buyerIdPick: Element | undefined;
  let listRowPick: Element | undefined;
  let draft: TeachDraft | undefined;
  let stopChecking: (() => void) | undefined;
  const title = document.title.trim().slice(0, 40);
  const read = (selectors: SelectorSet): ReadResult => readConversation(document, { id: 'taught', name: title }, selectors);

  const picker = createPicker({
    onPick(part, element) {
      if (part === BUYER_ID_STEP.step) buyerIdPick = element;
      else if (part === LIST_ROW_STEP.step) listRowPick = element;
      else picks[part] = element;
      const next = TEACH_STEPS.find(({ step }) => !picks[step]);
      if (next) picker.ask(next.step);
      else finish();
    },
    onCancel(part) {
      // Esc on an optional part goes back to the check without it; anywhere else it ends teaching.
      if (part === BUYER_ID_STEP.step && draft) {
        buyerIdPick = undefined;
        finish();
        return;
      }
      if (part === LIST_ROW_STEP.step && draft) {
        listRowPick = undefined;
        finish();
        return;
      }
      end();
      report({ phase: 'cancelled' });
    },
  });

  /** Asks for a part again, saying why, on the page and in the panel. */
  const askAgain = (part: TeachPart, message: string) => {
    stopChecking?.();
    if (part === BUYER_ID_STEP.step) buyerIdPick = undefined;
    else if (part === LIST_ROW_STEP.step) listRowPick = undefined;
    else delete picks[part];
    picker.ask(part, message);
    report({ phase: 'picking', message });
  };

  const finish = () => {
    // A live workbench re-renders (a new message arrives): a part picked before may be gone from the page.
    const gone = TEACH_STEPS.find(({ step }) => !picks[step]!.isConnected);
    if (gone) {
      askAgain(gone.step, `页面刚刚更新了「${gone.label}」所在的地方，请再点一次`);
      return;
    }
    if (buyerIdPick && !buyerIdPick.isConnected) {
      askAgain(BUYER_ID_STEP.step, '页面刚刚更新了买家编号所在的地方，请再点一次');
      return;
    }
    if (listRowPick && !listRowPick.isConnected) {
      askAgain(LIST_ROW_STEP.step, '页面刚刚更新了会话列表，请再点一次');
      return;
    }
    const all = picks as TeachPicks;
    let outcome = deriveSelectorSet(all);
    if (outcome.ok && buyerIdPick) {
      const withId = deriveBuyerId(all, buyerIdPick, outcome.selectors);
      outcome = withId.ok ? { ...withId, warnings: [...outcome.warnings, ...withId.warnings] } : withId;
    }
    if (outcome.ok && listRowPick) {
      const withList = deriveListPart(listRowPick, outcome.selectors);
      outcome = withList.ok ? { ...withList, warnings: outcome.warnings } : withList;
    }
    if (!outcome.ok) {
      askAgain(outcome.step, outcome.message);
      return;
    }
    picker.hide();
    const preview = read(outcome.selectors);
    const url = location.href;
    draft = {
      url,
      scope: siteScope(url) ?? location.hostname,
      title,
      selectors: outcome.selectors,
      preview,
      check: { status: 'pending' },
      warnings: [...outcome.warnings, ...teachWarnings(all, preview.conversation, measure(all))],
    };
    report({ phase: 'checking', draft });
    if (preview.conversation) stopChecking = watchForSwitch(draft.selectors, preview.conversation);
  };

  const settle = (check: TeachCheck, warning?: string) => {
    stopChecking?.();
    if (!draft) return;
    draft = { ...draft, check, warnings: warning ? [...draft.warnings, warning] : draft.warnings };
    report({ phase: 'preview', draft });
  };

  /** Re-reads as the page changes until the switch proves the selectors follow the conversation, or fails. */
  function watchForSwitch(selectors: SelectorSet, before: NonNullable<ReadResult['conversation']>): () => void {
    const fingerprint = JSON.stringify(before);
    let pending: ReturnType<typeof setTimeout> | undefined;
    let settling: ReturnType<typeof setTimeout> | undefined;
    const judge = (settled: boolean) => {
      const after = read(selectors).conversation;
      if (!settled && JSON.stringify(after) === fingerprint) return;
      const verdict = compareAfterSwitch(before, after, settled);
      if (verdict.status === 'passed') settle({ status: 'passed', otherBuyer: verdict.otherBuyer });
      else if (verdict.status === 'failed') askAgain(verdict.step, verdict.message);
      else if (!settled) settling ??= setTimeout(() => {
        settling = undefined;
        judge(true);
      }, SETTLE_MS);
    };
    const observer = new MutationObserver(() => {
      pending ??= setTimeout(() => {
        pending = undefined;
        judge(false);
      }, READ_DELAY_MS);
    });
    // Attributes too: a list may mark the open entry by moving a class.
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    const stop = () => {
      observer.disconnect();
      clearTimeout(pending);
      clearTimeout(settling);
      if (stopChecking === stop) stopChecking = undefined;
    };
    return stop;
  }

  let ended = false;
  function end() {
    if (ended) return;
    ended = true;
    stopChecking?.();
    picker.hide();
    onEnd();
  }
  picker.ask(TEACH_STEPS[0]!.step);

  return {
    command(command) {
      if (!draft) return;
      if (command === 'skipCheck' && stopChecking) {
        settle({ status: 'skipped' }, '没有做切换会话的检查：保存后请切换一次会话，确认侧边栏里的买家跟着变；不变就重新教一遍');
      } else if (command === 'pickBuyerId' || command === 'pickListRow') {
        const step = command === 'pickBuyerId' ? BUYER_ID_STEP.step : LIST_ROW_STEP.step;
        stopChecking?.();
        picker.ask(step);
        report({ phase: 'picking', part: step });
      }
    },
    end,
  };
}

/** Where the picked bubbles sit, for the "sides swapped" warning; undefined when either is not laid out. */
function measure(picks: TeachPicks): PickGeometry | undefined {
  const center = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 ? box.left + box.width / 2 : undefined;
  };
  const buyerCenter = center(picks.buyerMessage);
  const agentCenter = center(picks.agentMessage);
  return buyerCenter === undefined || agentCenter === undefined ? undefined : { buyerCenter, agentCenter };
}

interface Picker {
  /** Shows the bar asking for a part (with why it is asked again) and starts picking. */
  ask(part: TeachPart, error?: string): void;
  /** Stops picking and takes the bar away, so the page reacts to clicks again (the switch check). */
  hide(): void;
}

/** The outline and the bar: picking mode, drawn in a closed shadow root, driven only by trusted input. */
function createPicker(
  handlers: { onPick(part: TeachPart, element: Element): void; onCancel(part: TeachPart): void },
): Picker {
  // Closed: page scripts get no handle on the bar, its text or its button, and cannot hide it.
  const layer = closedHost(HOST_TAG, STYLE);
  const host = layer.host;
  const outline = element('div', 'outline');
  const stepLine = element('div', 'step');
  const hintLine = element('div', 'hint');
  const errorLine = element('div', 'error');
  const cancel = element('button', '', '取消（Esc）');
  cancel.type = 'button';
  const bar = element('div', 'bar');
  bar.setAttribute('role', 'status');
  bar.append(stepLine, hintLine, errorLine, cancel);
  layer.root.append(outline, bar);
  let part: TeachPart | undefined;

  const pickable = (event: Event): Element | undefined => {
    // Only the user's own pointer and keys: a script on the page cannot make picks.
    if (!event.isTrusted || !part) return undefined;
    const target = event.target;
    if (!(target instanceof Element) || target === host) return undefined;
    return part === 'input' ? (editableTarget(target) ?? target) : target;
  };

  let frame = 0;
  const onMove = (event: MouseEvent) => {
    const target = pickable(event);
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (!target) return;
      const box = target.getBoundingClientRect();
      Object.assign(outline.style, { display: 'block', left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` });
      // The bar moves to the other corner rather than cover what the user is about to click
      // (and stays put when the element is big enough to lie under both corners).
      const covers = () => {
        const barBox = bar.getBoundingClientRect();
        return box.left < barBox.right && box.right > barBox.left && box.top < barBox.bottom && box.bottom > barBox.top;
      };
      if (covers()) {
        bar.classList.toggle('low');
        if (covers()) bar.classList.toggle('low');
      }
    });
  };
  // The page must not react to clicks made for teaching (switching buyers, focusing, sending).
  const swallow = (event: Event) => {
    if (!pickable(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onClick = (event: MouseEvent) => {
    const target = pickable(event);
    if (!target || !part) return;
    swallow(event);
    handlers.onPick(part, target);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !event.isTrusted || !part) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    handlers.onCancel(part);
  };
  onTrusted(cancel, 'click', () => {
    if (part) handlers.onCancel(part);
  });

  const listeners: [string, EventListener][] = [
    ['mousemove', onMove as EventListener],
    ['click', onClick as EventListener],
    ['mousedown', swallow],
    ['mouseup', swallow],
    ['pointerdown', swallow],
    ['pointerup', swallow],
    ['keydown', onKey as EventListener],
  ];
  let listening = false;
  const listen = (on: boolean) => {
    if (on === listening) return;
    listening = on;
    for (const [type, listener] of listeners) {
      if (on) window.addEventListener(type, listener, true);
      else window.removeEventListener(type, listener, true);
    }
  };

  const hide = () => {
    part = undefined;
    listen(false);
    cancelAnimationFrame(frame);
    outline.style.display = 'none';
    layer.hide();
  };

  return {
    ask(next, error = '') {
      part = next;
      const index = TEACH_STEPS.findIndex(({ step }) => step === next);
      const { label, hint } = index >= 0 ? TEACH_STEPS[index]! : OPTIONAL_STEPS.find(({ step }) => step === next)!;
      const progress = index >= 0 ? `${index + 1}/${TEACH_STEPS.length}` : '可选';
      stepLine.textContent = `话术助手 · 教读取（${progress}）：点击「${label}」`;
      hintLine.textContent = hint;
      errorLine.textContent = error;
      layer.show();
      listen(true);
    },
    hide,
  };
}
