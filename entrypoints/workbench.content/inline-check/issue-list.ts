// Every finding of the draft, most serious first, opened from the badge. It closes when the draft has
// nothing left to show (never an empty box) and before the trainee dialog opens.
import { bySeverity } from '../../../utils/compliance/labels';
import { findingCard, type ApplyFix } from './card';
import { element } from '../page-ui';
import type { FindingView } from './view';

export class IssueList {
  readonly element = element('div', 'list');

  constructor(private readonly applyFix: ApplyFix) {
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-label', '话术助手：这条回复需要注意的地方');
  }

  get isOpen(): boolean {
    return this.element.classList.contains('open');
  }

  toggle(views: FindingView[]): void {
    if (this.isOpen) this.close();
    else this.fill(views);
  }

  /** Shows these views if open; closes when there are none. */
  refresh(views: FindingView[]): void {
    if (this.isOpen) this.fill(views);
  }

  close(): void {
    this.element.classList.remove('open');
    this.element.replaceChildren();
  }

  private fill(views: FindingView[]): void {
    if (views.length === 0) {
      this.close();
      return;
    }
    this.element.replaceChildren(
      ...[...views].sort((a, b) => bySeverity(a.finding, b.finding)).map((view) => {
        const item = element('div', 'list-item');
        item.append(...findingCard(view, this.applyFix));
        return item;
      }),
    );
    this.element.classList.add('open');
  }
}
