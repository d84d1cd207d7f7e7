// Picking mode for teaching an unknown page: the user clicks the message list, a buyer message, an
// agent message, the buyer's name and the input box; an outline follows the pointer and a small bar
// says what to click. Drawn in a Shadow DOM host so the page's CSS cannot touch it (nor ours the page).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage } from '../../utils/messaging';
import { siteScope } from '../../utils/workbench/adapters/site';
import { readConversation } from '../../utils/workbench/read';
import { deriveSelectorSet, editableTarget, TEACH_STEPS, type TeachPicks, type TeachStep } from '../../utils/workbench/teach';

const HOST_TAG = 'huashu-teach';

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

export function listenForTeaching(ctx: ContentScriptContext): void {
  let stop: (() => void) | undefined;
  onMessage('beginTeaching', () => {
    stop?.();
    stop = startPicking(ctx, () => (stop = undefined));
  });
}

function startPicking(ctx: ContentScriptContext, onEnd: () => void): () => void {
  const host = document.createElement(HOST_TAG);
  host.style.cssText = 'all: initial; position: fixed; inset: 0; z-index: 2147483647; pointer-events: none;';
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style>${STYLE}</style><div class="outline"></div>
    <div class="bar" role="status"><div class="step"></div><div class="hint"></div><div class="error"></div><button type="button">取消（Esc）</button> <button type="button" class="skip">跳过</button></div>`;
  const outline = shadow.querySelector<HTMLElement>('.outline')!;
  const bar = shadow.querySelector<HTMLElement>('.bar')!;
  const stepLine = shadow.querySelector<HTMLElement>('.step')!;
  const hintLine = shadow.querySelector<HTMLElement>('.hint')!;
  const errorLine = shadow.querySelector<HTMLElement>('.error')!;
  document.documentElement.append(host);

  const picks: Partial<Record<TeachStep, Element>> = {};
  const skip = shadow.querySelector<HTMLElement>('.skip')!;
  let stepIndex = 0;
  const showStep = (error = '') => {
    const { label, hint } = TEACH_STEPS[stepIndex]!;
    stepLine.textContent = `话术助手 · 教读取（${stepIndex + 1}/${TEACH_STEPS.length}）：点击「${label}」`;
    hintLine.textContent = hint;
    errorLine.textContent = error;
    skip.hidden = !TEACH_STEPS[stepIndex]!.optional;
  };

  const pickable = (event: Event): Element | undefined => {
    const target = event.target;
    if (!(target instanceof Element) || target === host) return undefined;
    return TEACH_STEPS[stepIndex]!.step === 'input' ? (editableTarget(target) ?? target) : target;
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
    if (!target) return;
    swallow(event);
    picks[TEACH_STEPS[stepIndex]!.step] = target;
    stepIndex += 1;
    if (stepIndex < TEACH_STEPS.length) showStep();
    else finish();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    swallow(event);
    end();
    sendMessage('teachProgress', { phase: 'cancelled' }).catch(() => undefined);
  };

  const finish = () => {
    const outcome = deriveSelectorSet(picks as TeachPicks, picks.listRow);
    if (!outcome.ok) {
      stepIndex = TEACH_STEPS.findIndex(({ step }) => step === outcome.step);
      showStep(outcome.message);
      return;
    }
    end();
    const url = location.href;
    const title = document.title.trim().slice(0, 40);
    const preview = readConversation(document, { id: 'taught', name: title }, outcome.selectors);
    sendMessage('teachProgress', {
      phase: 'preview',
      draft: { url, scope: siteScope(url) ?? location.hostname, title, selectors: outcome.selectors, preview },
    }).catch(() => undefined);
  };

  const listeners: [string, EventListener][] = [
    ['mousemove', onMove as EventListener],
    ['click', onClick as EventListener],
    ['mousedown', swallow],
    ['mouseup', swallow],
    ['pointerdown', swallow],
    ['pointerup', swallow],
    ['keydown', onKey as EventListener],
  ];
  for (const [type, listener] of listeners) window.addEventListener(type, listener, true);
  skip.addEventListener('click', () => {
    delete picks.listRow;
    finish();
  });
  shadow.querySelector('button')!.addEventListener('click', () => {
    end();
    sendMessage('teachProgress', { phase: 'cancelled' }).catch(() => undefined);
  });

  let ended = false;
  function end() {
    if (ended) return;
    ended = true;
    for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
    cancelAnimationFrame(frame);
    host.remove();
    onEnd();
  }
  ctx.onInvalidated(end);
  showStep();
  return end;
}
