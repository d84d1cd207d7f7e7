// Draws findings over the workbench's reply box without touching the page's own DOM or CSS:
// - a textarea gets a mirror element (same box, font and wrapping, transparent text) whose marked
//   spans carry the underline (Harper's technique: a textarea cannot be highlighted inside);
// - a contenteditable editor gets CSS Custom Highlight API ranges;
// - badge, tooltip and confirm dialog live in one Shadow DOM host so page CSS cannot break them.
// The shadow root is closed and our buttons answer only to trusted input: page scripts can neither read
// the findings and reasons (team rules among them) nor press 仍然发送 for the agent.
// All page and finding text is set with textContent, never as HTML.
import { bySeverity } from '../../../utils/compliance/labels';
import type { Finding, Severity } from '../../../utils/compliance/types';
import { segmentText } from '../../../utils/text-segments';
import { isTextField } from '../editor';
import { OVERLAY_CSS, HIGHLIGHT_CSS } from './styles';

export interface FindingView {
  finding: Finding;
  heading: string;
  explanation: string;
}

export interface OverlayActions {
  applySuggestion(finding: Finding, replacement: string): void;
}

const SEVERITY_ORDER: Severity[] = ['block', 'warn', 'info'];
const MIRRORED_STYLES = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight',
  'fontStyle', 'fontVariant', 'fontStretch', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent',
  'textTransform', 'textAlign', 'tabSize', 'direction', 'whiteSpace', 'wordBreak', 'overflowWrap',
] as const;

export class InlineOverlay {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly mirror: HTMLDivElement;
  private readonly badge: HTMLButtonElement;
  private readonly tip: HTMLDivElement;
  private readonly list: HTMLDivElement;
  private views: FindingView[] = [];
  private target: HTMLElement | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private highlightStyle: HTMLStyleElement | null = null;
  private framePending = false;
  private destroyed = false;

  constructor(private readonly actions: OverlayActions) {
    this.host = document.createElement('huashu-inline');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    this.mirror = element('div', 'mirror');
    this.badge = element('button', 'badge');
    this.badge.type = 'button';
    this.tip = element('div', 'tip');
    this.tip.setAttribute('role', 'tooltip');
    this.list = element('div', 'list');
    this.root.append(style, this.mirror, this.badge, this.tip, this.list);
    onTrusted(this.badge, 'click', () => this.toggleList());
    for (const popup of [this.tip, this.list]) {
      popup.addEventListener('pointerenter', () => clearTimeout(this.hideTimer));
      popup.addEventListener('pointerleave', () => this.hideTipSoon());
    }
  }

  /** Shows these findings on this input (an empty list clears everything). */
  render(target: HTMLElement, text: string, views: FindingView[]): void {
    if (this.destroyed) return;
    this.target = target;
    this.views = views;
    if (!this.host.isConnected) document.documentElement.append(this.host);
    if (isTextField(target)) this.renderMirror(target, text);
    else this.renderHighlights(target);
    this.renderBadge();
    if (this.list.classList.contains('open')) this.fillList();
    this.position();
  }

  clear(): void {
    this.views = [];
    this.mirror.replaceChildren();
    this.badge.classList.remove('shown');
    this.hideTip();
    this.list.classList.remove('open');
    CSS.highlights?.clear();
  }

  /**
   * Keeps the overlay glued to the input when the page scrolls or resizes: at most once a frame, and not
   * at all while nothing is drawn, so a busy chat list scrolling to new messages forces no extra layout.
   */
  followLayout(): void {
    if (this.views.length === 0 || this.framePending) return;
    this.framePending = true;
    requestAnimationFrame(() => {
      this.framePending = false;
      this.position();
    });
  }

  private position(): void {
    const target = this.target;
    if (!target || !target.isConnected) return;
    const box = target.getBoundingClientRect();
    if (isTextField(target)) {
      Object.assign(this.mirror.style, { left: `${box.left}px`, top: `${box.top}px` });
      this.mirror.scrollTop = target.scrollTop;
      this.mirror.scrollLeft = target.scrollLeft;
    }
    Object.assign(this.badge.style, { left: `${box.right - 8}px`, top: `${box.bottom - 8}px` });
    Object.assign(this.list.style, { left: `${box.right}px`, top: `${box.top}px` });
  }

  /** The finding drawn under a viewport point, for hover. */
  findingAt(x: number, y: number): FindingView | undefined {
    return this.views.find((view) => this.rectsOf(view.finding).some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 4));
  }

  showTip(view: FindingView): void {
    clearTimeout(this.hideTimer);
    const [rect] = this.rectsOf(view.finding);
    this.tip.replaceChildren(...this.describe(view));
    this.tip.classList.add('open');
    if (!rect) return;
    // Below the word when it fits, else above it (reply boxes usually sit at the bottom of the window).
    const { offsetWidth: width, offsetHeight: height } = this.tip;
    const top = rect.bottom + 6 + height <= window.innerHeight ? rect.bottom + 6 : Math.max(4, rect.top - 6 - height);
    const left = Math.max(4, Math.min(rect.left, window.innerWidth - width - 4));
    Object.assign(this.tip.style, { left: `${left}px`, top: `${top}px` });
  }

  hideTipSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hideTip(), 250);
  }

  hideTip(): void {
    this.tip.classList.remove('open');
  }

  /** The dialog trainees see before a block-level finding goes out; resolves true to send anyway. */
  confirmSend(blockers: FindingView[]): Promise<boolean> {
    return new Promise((resolve) => {
      const backdrop = element('div', 'backdrop');
      const dialog = element('div', 'dialog');
      dialog.setAttribute('role', 'alertdialog');
      dialog.setAttribute('aria-modal', 'true');
      const title = element('h2', '', '这条回复含有平台禁止发送的内容');
      const items = blockers.map((view) => {
        const item = element('div', 'dialog-item');
        item.append(element('strong', '', view.heading), element('p', '', view.explanation));
        return item;
      });
      const fix = element('button', 'primary', '返回修改');
      const send = element('button', 'secondary', '仍然发送');
      const buttons = element('div', 'dialog-buttons');
      buttons.append(fix, send);
      dialog.append(title, ...items, buttons);
      backdrop.append(dialog);
      this.root.append(backdrop);
      const close = (sendAnyway: boolean) => {
        backdrop.remove();
        resolve(sendAnyway);
      };
      onTrusted(fix, 'click', () => close(false));
      onTrusted(send, 'click', () => close(true));
      onTrusted(dialog, 'keydown', (event) => {
        if (event.key === 'Escape') close(false);
      });
      // Keys typed in the dialog are not the page's business.
      dialog.addEventListener('keydown', (event) => event.stopPropagation());
      fix.focus();
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.clear();
    this.host.remove();
    this.highlightStyle?.remove();
  }

  private renderMirror(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
    const computed = getComputedStyle(field);
    for (const name of MIRRORED_STYLES) this.mirror.style[name] = computed[name];
    if (field instanceof HTMLInputElement) this.mirror.style.whiteSpace = 'pre';
    // Leave room for the textarea's own scrollbar so lines wrap at the same place.
    const scrollbar = field.offsetWidth - field.clientWidth - parseFloat(computed.borderLeftWidth) - parseFloat(computed.borderRightWidth);
    this.mirror.style.paddingRight = `${parseFloat(computed.paddingRight) + Math.max(0, scrollbar)}px`;
    const segments = segmentText(text, this.views.map((view) => ({ start: view.finding.start, end: view.finding.end, view })));
    this.mirror.replaceChildren(
      ...segments.map((segment) => {
        if (!segment.span) return document.createTextNode(segment.text);
        const mark = element('span', `mark ${segment.span.view.finding.severity}`, segment.text);
        mark.dataset.start = String(segment.start);
        return mark;
      }),
      // A trailing newline in a textarea opens a line the mirror must have too.
      document.createTextNode('\u200b'),
    );
  }

  private renderHighlights(editor: HTMLElement): void {
    if (typeof Highlight === 'undefined' || !CSS.highlights) return;
    if (!this.highlightStyle) {
      // ::highlight() rules must live in the page's document; they only name our own highlights.
      this.highlightStyle = document.createElement('style');
      this.highlightStyle.textContent = HIGHLIGHT_CSS;
      document.head.append(this.highlightStyle);
    }
    for (const severity of SEVERITY_ORDER) {
      const ranges = this.views
        .filter((view) => view.finding.severity === severity)
        .map((view) => rangeForOffsets(editor, view.finding.start, view.finding.end))
        .filter((range): range is Range => range !== null);
      if (ranges.length > 0) CSS.highlights.set(`huashu-${severity}`, new Highlight(...ranges));
      else CSS.highlights.delete(`huashu-${severity}`);
    }
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

  private toggleList(): void {
    const open = !this.list.classList.contains('open');
    this.list.classList.toggle('open', open);
    if (open) this.fillList();
  }

  private fillList(): void {
    this.list.replaceChildren(
      ...[...this.views].sort((a, b) => bySeverity(a.finding, b.finding)).map((view) => {
        const item = element('div', 'list-item');
        item.append(...this.describe(view));
        return item;
      }),
    );
  }

  private describe(view: FindingView): HTMLElement[] {
    const parts: HTMLElement[] = [
      element('div', `tip-head ${view.finding.severity}`, view.heading),
      element('p', 'tip-reason', view.explanation),
    ];
    if (view.finding.suggestions.length > 0) {
      const fixes = element('div', 'fixes');
      for (const suggestion of view.finding.suggestions) {
        const button = element('button', 'fix', `改为「${suggestion}」`);
        button.type = 'button';
        onTrusted(button, 'click', () => {
          this.hideTip();
          this.actions.applySuggestion(view.finding, suggestion);
        });
        fixes.append(button);
      }
      parts.push(fixes);
    }
    return parts;
  }

  private rectsOf(finding: Finding): DOMRect[] {
    const target = this.target;
    if (!target) return [];
    if (isTextField(target)) {
      const mark = this.mirror.querySelector(`.mark[data-start="${finding.start}"]`);
      return mark ? Array.from(mark.getClientRects()) : [];
    }
    const range = rangeForOffsets(target, finding.start, finding.end);
    return range ? Array.from(range.getClientRects()) : [];
  }
}

/** A DOM range over [start, end) of an element's text content. */
export function rangeForOffsets(root: Node, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start <= offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

/** A listener for the agent's own input only: events a script dispatches (isTrusted false) are ignored. */
function onTrusted<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, listener: (event: HTMLElementEventMap[K]) => void): void {
  target.addEventListener(type, (event) => {
    if (event.isTrusted) listener(event);
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
