// The inline check's drawing over the workbench's reply box: underlines (underlines.ts), a count badge,
// the tooltip (tooltip.ts), the issue list (issue-list.ts) and the trainee dialog (confirm-dialog.ts).
// Badge, tooltip, list and dialog live in one closed Shadow DOM host so page CSS cannot break them and page
// scripts can neither read the findings and reasons (team rules among them) nor press our buttons.
import type { Finding } from '../../../utils/compliance/types';
import { confirmSend } from './confirm-dialog';
import { closedHost, element, onTrusted, oncePerFrame } from '../page-ui';
import { IssueList } from './issue-list';
import { OVERLAY_CSS } from './styles';
import { Tooltip } from './tooltip';
import { SEVERITY_ORDER, Underlines } from './underlines';
import type { FindingView } from './view';

export interface OverlayActions {
  applySuggestion(finding: Finding, replacement: string): void;
}

export class InlineOverlay {
  private readonly layer = closedHost('huashu-inline', OVERLAY_CSS);
  private readonly underlines = new Underlines();
  private readonly badge = element('button', 'badge');
  private readonly tip: Tooltip;
  private readonly list: IssueList;
  private views: FindingView[] = [];
  private target: HTMLElement | null = null;
  private text = '';
  private readonly positionNextFrame = oncePerFrame(() => this.position());
  private destroyed = false;
  // A reply box resized by the page or the agent rewraps its lines: the mirror and the badge follow.
  private readonly resizes = new ResizeObserver(() => {
    if (this.target && this.views.length > 0) this.render(this.target, this.text, this.views);
  });

  constructor(actions: OverlayActions) {
    const applyFix = (view: FindingView, replacement: string) => actions.applySuggestion(view.finding, replacement);
    this.tip = new Tooltip(applyFix);
    this.list = new IssueList(applyFix);
    this.badge.type = 'button';
    this.layer.root.append(this.underlines.mirror, this.underlines.richMarks, this.badge, this.tip.element, this.list.element);
    onTrusted(this.badge, 'click', () => {
      this.list.toggle(this.views);
      this.position();
    });
  }

  /** Shows these findings on this input (an empty list clears everything). */
  render(target: HTMLElement, text: string, views: FindingView[]): void {
    if (this.destroyed) return;
    if (this.target !== target) {
      if (this.target) this.resizes.unobserve(this.target);
      this.resizes.observe(target);
    }
    this.target = target;
    this.text = text;
    this.views = views;
    this.layer.show();
    this.underlines.draw(target, text, views);
    this.renderBadge();
    this.tip.keepIfAmong(views);
    this.list.refresh(views);
    this.position();
  }

  /**
   * The draft in this box changed before its check ran: the marks whose words it no longer holds at their place go
   * now (the check of the new text redraws the rest), so none stays under words that are gone.
   */
  keepFitting(target: HTMLElement, text: string): void {
    if (target !== this.target || text === this.text || this.views.length === 0) return;
    const fitting = this.views.filter(({ finding }) => text.slice(finding.start, finding.end) === finding.match);
    if (fitting.length < this.views.length) this.render(target, text, fitting);
  }

  clear(): void {
    this.views = [];
    this.underlines.clear();
    this.badge.classList.remove('shown');
    this.tip.hide();
    this.list.close();
  }

  /**
   * Keeps the overlay glued to the input when the page or the box scrolls: at most once a frame, and not
   * at all while nothing is drawn, so a busy chat list scrolling to new messages forces no extra layout.
   */
  followLayout(): void {
    if (this.views.length > 0) this.positionNextFrame();
  }

  /** The finding drawn under a viewport point, for hover. */
  findingAt(x: number, y: number): FindingView | undefined {
    return this.underlines.findingAt(x, y);
  }

  /** The drawn finding with the caret inside it, while the drawing is of this very text. */
  findingAtOffset(text: string, caret: number): FindingView | undefined {
    if (text !== this.text) return undefined;
    return this.views.find(({ finding }) => caret > finding.start && caret < finding.end);
  }

  showTip(view: FindingView): void {
    this.tip.show(view, this.underlines.rectsOf(view.finding)[0]);
  }

  /** An input method starts composing at this offset of the box: no tip, no underline the new text shifts. */
  composingAt(offset: number): void {
    this.tip.hide();
    this.underlines.hideAfter(offset);
  }

  hideTipSoon(): void {
    if (this.tip.isOpen) this.tip.hideSoon();
  }

  hideTip(): void {
    this.tip.hide();
  }

  /** Whether an event's other end (relatedTarget) is the overlay itself (the pointer moved onto the tip). */
  contains(node: EventTarget | null): boolean {
    return node === this.layer.host;
  }

  /** The trainee dialog, alone on screen: the tip and the list close first. Resolves true to send anyway. */
  confirmSend(blockers: FindingView[]): Promise<boolean> {
    this.tip.hide();
    this.list.close();
    this.layer.show();
    return confirmSend(this.layer.root, blockers);
  }

  destroy(): void {
    this.destroyed = true;
    this.resizes.disconnect();
    this.clear();
    this.underlines.destroy();
    this.layer.hide();
  }

  private position(): void {
    const target = this.target;
    if (!target || !target.isConnected) return;
    this.underlines.position();
    // The words moved with the box: the tip moves with them.
    if (this.tip.current) this.showTip(this.tip.current);
    const box = target.getBoundingClientRect();
    // A box wider than the window (or scrolled past its edge) keeps the badge and the list on screen.
    const right = Math.min(box.right, window.innerWidth - EDGE);
    Object.assign(this.badge.style, { left: `${right - 8}px`, top: `${Math.min(box.bottom, window.innerHeight - EDGE) - 8}px` });
    if (this.list.isOpen) placeList(this.list.element, box, right);
  }

  private renderBadge(): void {
    const count = this.views.length;
    this.badge.classList.toggle('shown', count > 0);
    if (count === 0) return;
    const worst = SEVERITY_ORDER.find((severity) => this.views.some((view) => view.finding.severity === severity))!;
    this.badge.className = `badge shown ${worst}`;
    this.badge.textContent = `${count}`;
    this.badge.title = `话术助手：这条回复有 ${count} 处需要注意，点击查看`;
    this.badge.setAttribute('aria-label', this.badge.title);
  }
}

/** Room kept between what we draw and the window's edge. */
const EDGE = 8;

/** The issue list above the reply box, right edges aligned; below it when there is no room above. */
function placeList(list: HTMLElement, box: DOMRect, right: number): void {
  const height = list.offsetHeight;
  const top = box.top - height >= EDGE ? box.top - height : Math.max(EDGE, Math.min(box.bottom, window.innerHeight - height - EDGE));
  Object.assign(list.style, { left: `${Math.max(EDGE, right - list.offsetWidth)}px`, top: `${top}px` });
}
