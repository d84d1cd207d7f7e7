// Draws the underlines over the reply box without touching the page's own DOM or CSS:
// - a textarea gets a mirror element (same box, font and wrapping, transparent text) whose marked spans
//   carry the underline (Harper's technique: a textarea cannot be highlighted inside);
// - a contenteditable editor gets CSS Custom Highlight API ranges, which the browser keeps on the words
//   as the editor scrolls, wraps and changes.
import type { Finding, Severity } from '../../../utils/compliance/types';
import { segmentText } from '../../../utils/text-segments';
import { isTextField, rangeForOffsets } from '../editor';
import { element } from '../page-ui';
import { HIGHLIGHT_CSS } from './styles';
import type { FindingView } from './view';

export const SEVERITY_ORDER: Severity[] = ['block', 'warn', 'info'];
const MIRRORED_STYLES = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight',
  'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning', 'fontFeatureSettings', 'fontVariantLigatures',
  'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform', 'textAlign', 'tabSize',
  'direction', 'whiteSpace', 'wordBreak', 'overflowWrap', 'lineBreak',
] as const;

export class Underlines {
  /** Lives in the overlay's shadow root; empty for a contenteditable target. */
  readonly mirror = element('div', 'mirror');
  private target: HTMLElement | null = null;
  private views: FindingView[] = [];
  private highlightStyle: HTMLStyleElement | null = null;

  draw(target: HTMLElement, text: string, views: FindingView[]): void {
    if (this.target && this.target !== target) this.clear();
    this.target = target;
    this.views = views;
    this.mirror.style.visibility = '';
    if (isTextField(target)) this.drawMirror(target, text);
    else this.drawHighlights(target);
    this.position();
  }

  /**
   * A composition opens at this offset: the textarea's text after it shifts while the mirror's does not, so
   * underlines past it would sit under the wrong words until the commit redraws them (the highlights of a
   * contenteditable editor are live ranges and move with the text).
   */
  hideAfter(offset: number): void {
    if (this.target && isTextField(this.target) && this.views.some((view) => view.finding.end > offset)) this.mirror.style.visibility = 'hidden';
  }

  clear(): void {
    this.views = [];
    this.mirror.replaceChildren();
    for (const severity of SEVERITY_ORDER) CSS.highlights?.delete(`huashu-${severity}`);
  }

  /** Keeps the mirror on the textarea's box and its scroll position (highlights need nothing). */
  position(): void {
    const target = this.target;
    if (!target || !isTextField(target) || !target.isConnected) return;
    const box = target.getBoundingClientRect();
    Object.assign(this.mirror.style, { left: `${box.left}px`, top: `${box.top}px` });
    this.mirror.scrollTop = target.scrollTop;
    this.mirror.scrollLeft = target.scrollLeft;
  }

  /** The finding drawn under a viewport point, for hover. */
  findingAt(x: number, y: number): FindingView | undefined {
    return this.views.find((view) => this.rectsOf(view.finding).some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 4));
  }

  rectsOf(finding: Finding): DOMRect[] {
    const target = this.target;
    if (!target) return [];
    if (isTextField(target)) {
      const mark = this.mirror.querySelector(`.mark[data-start="${finding.start}"]`);
      return mark ? Array.from(mark.getClientRects()) : [];
    }
    const range = rangeForOffsets(target, finding.start, finding.end);
    return range ? Array.from(range.getClientRects()) : [];
  }

  destroy(): void {
    this.clear();
    this.highlightStyle?.remove();
  }

  private drawMirror(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
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

  private drawHighlights(editor: HTMLElement): void {
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
}
