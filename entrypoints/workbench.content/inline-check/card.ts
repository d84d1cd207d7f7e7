// One finding put into words, as the tooltip and the issue list show it: heading, reason, and a button per
// rewording that shows the sentence as it will read after the fix.
import { element, onTrusted } from '../page-ui';
import type { FindingView } from './view';

export type ApplyFix = (view: FindingView, replacement: string) => void;

export function findingCard(view: FindingView, applyFix: ApplyFix): HTMLElement[] {
  const parts: HTMLElement[] = [
    element('div', `tip-head ${view.finding.severity}`, view.heading),
    element('p', 'tip-reason', view.explanation),
  ];
  if (view.fixes.length > 0) {
    const fixes = element('div', 'fixes');
    for (const fix of view.fixes) {
      const button = element('button', 'fix');
      button.type = 'button';
      const sentence = element('span', 'fix-sentence');
      sentence.append(fix.before, element('b', '', fix.inserted), fix.after);
      button.append(element('span', 'fix-word', `改为「${fix.replacement}」`), sentence);
      button.setAttribute('aria-label', `改为「${fix.replacement}」，改后：${fix.before}${fix.inserted}${fix.after}`);
      onTrusted(button, 'click', () => applyFix(view, fix.replacement));
      fixes.append(button);
    }
    parts.push(fixes);
  }
  return parts;
}
