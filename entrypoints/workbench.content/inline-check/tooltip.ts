// The reason and rewordings of one finding, next to its words: on hover, or while the caret rests inside it.
// It goes when the pointer leaves the words (after a moment, so the pointer can reach the buttons), when the
// reply box loses focus, while the agent composes, and when the finding is gone from the draft.
import { findingCard, type ApplyFix } from './card';
import { element, placeBelow } from '../page-ui';
import { sameFinding, type FindingView } from './view';

const HIDE_DELAY_MS = 250;
const GAP = 6;

export class Tooltip {
  readonly element = element('div', 'tip');
  private shown: FindingView | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly applyFix: ApplyFix) {
    this.element.setAttribute('role', 'tooltip');
    this.element.addEventListener('pointerenter', () => clearTimeout(this.hideTimer));
    this.element.addEventListener('pointerleave', () => this.hideSoon());
    // Pressing a button here must not take the focus from the reply box (that would hide the tip first).
    this.element.addEventListener('mousedown', (event) => event.preventDefault());
  }

  get isOpen(): boolean {
    return this.shown !== undefined;
  }

  /** The view shown now, if any. */
  get current(): FindingView | undefined {
    return this.shown;
  }

  /** Shows the view below its first box when it fits, else above (reply boxes sit low in the window). */
  show(view: FindingView, rect: DOMRect | undefined): void {
    clearTimeout(this.hideTimer);
    // The same finding checked again keeps its buttons: rebuilding them between the agent's press and release
    // would swallow the click.
    if (!this.shown || !sameCard(this.shown, view)) {
      this.element.replaceChildren(...findingCard(view, (fixed, replacement) => {
        this.hide();
        this.applyFix(fixed, replacement);
      }));
    }
    this.shown = view;
    this.element.classList.add('open');
    if (rect) placeBelow(this.element, rect, GAP);
  }

  hideSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  hide(): void {
    clearTimeout(this.hideTimer);
    this.shown = undefined;
    this.element.classList.remove('open');
    this.element.replaceChildren();
  }

  /** After a new check: the tip stays only while its finding is still in the draft. */
  keepIfAmong(views: FindingView[]): void {
    const shown = this.shown;
    if (shown && !views.some((view) => sameFinding(view.finding, shown.finding))) this.hide();
  }
}

/** Two views draw the same card: the same finding, and fixes that leave the same sentences. */
function sameCard(a: FindingView, b: FindingView): boolean {
  const sentences = (view: FindingView) => view.fixes.map((fix) => `${fix.before}\u0000${fix.inserted}\u0000${fix.after}`).join('\u0001');
  return sameFinding(a.finding, b.finding) && a.heading === b.heading && a.explanation === b.explanation && sentences(a) === sentences(b);
}
