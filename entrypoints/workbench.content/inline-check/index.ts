// Inline compliance check while the agent types in the workbench's reply box: underlines, a count
// badge, reasons and one-click rewordings; in trainee mode a block-level finding holds back Enter and
// the send button until the agent confirms. Checking is debounced so typing never stutters.
import { checkerFrom, type Checker, type ComplianceBuiltins } from '../../../utils/compliance/checker';
import type { Finding } from '../../../utils/compliance/types';
import { describeFinding } from '../../../utils/explain';
import { onMessage, sendMessage, type ComplianceConfig } from '../../../utils/messaging';
import type { Settings } from '../../../utils/settings';
import type { PlatformAdapter } from '../../../utils/workbench/adapter';
import { closestMatching, matchesSelector, queryFirst } from '../../../utils/workbench/dom';
import { draftText, replaceRange } from '../editor';
import type { ScriptLifetime } from '../lifetime';
import { InlineOverlay, type FindingView } from './overlay';

const CHECK_DELAY_MS = 120;

export interface InlineCheckOptions {
  adapter: PlatformAdapter;
  settings(): Settings;
  /** Called with every checked draft (the side panel lists its findings). */
  onChecked(text: string, findings: Finding[]): void;
}

export function startInlineCheck(lifetime: ScriptLifetime, options: InlineCheckOptions) {
  const { adapter } = options;
  // The built-in rules and model come from the background (they would be most of this script's size), with the
  // team pack's rules; nothing is checked until the built-ins arrive, a moment after the page loads.
  let checker: Checker | undefined;
  let builtins: ComplianceBuiltins | undefined;
  let config: ComplianceConfig = { ruleFiles: [], disabled: [] };
  const check = (text: string) => checker?.check(text) ?? [];
  const useConfig = (next: ComplianceConfig) => {
    config = next;
    if (builtins) checker = checkerFrom(builtins, { ...config, platform: adapter.id });
    schedule();
  };
  void sendMessage('getComplianceBuiltins', undefined)
    .then(async (data) => {
      builtins = data;
      useConfig(await sendMessage('getComplianceConfig', undefined).catch(() => config));
    })
    .catch(() => undefined);
  onMessage('complianceConfigChanged', ({ data }) => useConfig(data));
  const overlay = new InlineOverlay({ applySuggestion });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let active: HTMLElement | null = null;
  let bypassOnce = false;

  const isInput = (node: EventTarget | null): node is HTMLElement => node instanceof HTMLElement && matchesSelector(node, adapter.selectors.input);
  // Info-level hints (a bare 最, say) are for trainees; experienced agents only see what should change.
  const views = (text: string): FindingView[] => {
    const trainee = options.settings().traineeMode;
    return check(text)
      .filter((finding) => trainee || finding.severity !== 'info')
      .map((finding) => ({ finding, ...describeFinding(finding, trainee) }));
  };

  function run() {
    timer = undefined;
    if (!lifetime.isValid) return;
    const target = active ?? (queryFirst(document, adapter.selectors.input) as HTMLElement | null);
    if (!target) {
      overlay.clear();
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

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, CHECK_DELAY_MS);
  };

  function applySuggestion(finding: Finding, replacement: string) {
    const target = active;
    if (!target) return;
    // The draft may have changed since it was drawn: find the same words again in the current text.
    const current = check(draftText(target)).find((f) => f.rule === finding.rule && f.match === finding.match);
    if (!current) return;
    void replaceRange(target, current.start, current.end, replacement).then(run);
  }

  lifetime.addEventListener(document, 'input', (event) => {
    if (!isInput(event.target)) return;
    active = event.target;
    schedule();
  }, { capture: true });
  lifetime.addEventListener(document, 'focusin', (event) => {
    if (!isInput(event.target)) return;
    active = event.target;
    schedule();
  });
  // Hover shows the reason; so does the caret resting inside a finding (keyboard users).
  lifetime.addEventListener(document, 'mousemove', (event) => {
    if (!isInput(event.target)) return;
    const view = overlay.findingAt(event.clientX, event.clientY);
    if (view) overlay.showTip(view);
    else overlay.hideTipSoon();
  });
  lifetime.addEventListener(document, 'keyup', (event) => {
    if (!(event.target instanceof HTMLTextAreaElement) || !isInput(event.target)) return;
    const caret = event.target.selectionStart ?? -1;
    const view = views(event.target.value).find(({ finding }) => caret > finding.start && caret < finding.end);
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
    const target = active ?? (queryFirst(document, adapter.selectors.input) as HTMLElement | null);
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
  lifetime.addEventListener(document, 'keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || !isInput(event.target)) return;
    const target = event.target;
    guard(event, () => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true })));
  }, { capture: true });
  const sendButton = adapter.selectors.sendButton;
  if (sendButton) {
    lifetime.addEventListener(document, 'click', (event) => {
      const button = event.target instanceof Element ? closestMatching(event.target, sendButton) : null;
      if (button instanceof HTMLElement) guard(event, () => button.click());
    }, { capture: true });
  }

  lifetime.onInvalidated(() => {
    clearTimeout(timer);
    overlay.destroy();
  });
  return { recheck: schedule };
}
