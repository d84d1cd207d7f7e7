// Draws the underlines over the reply box without touching the page's own DOM or CSS, all inside our closed
// shadow root:
// - a textarea gets a mirror element (same box, font and wrapping, transparent text; draft-rects.ts) whose
//   marked spans carry the underline (Harper's technique: a textarea cannot be highlighted inside);
// - a contenteditable editor gets one mark box per line of each finding, placed at the words' client rects
//   and clipped to the editor's visible area. Not the CSS Custom Highlight API: its registry and the
//   ::highlight rules live in the page's document, where the page's scripts can read which words we flag and
//   clear or hide the underlines.
import type { Finding, Severity } from '../../../utils/compliance/types';
import { segmentText } from '../../../utils/text-segments';
import { alignWithField, layOutLikeField } from '../draft-rects';
import { isTextField, rangeForOffsets } from '../editor';
import { element } from '../page-ui';
import type { FindingView } from './view';

export const SEVERITY_ORDER: Severity[] = ['block', 'warn', 'info'];

export class Underlines {
  /** Lives in the overlay's shadow root; empty for a contenteditable target. */
  readonly mirror = element('div', 'mirror');
  /** The contenteditable editor's marks, in a box over its visible area; empty for a textarea. */
  readonly richMarks = element('div', 'rich-marks');
  private target: HTMLElement | null = null;
  private views: FindingView[] = [];

  draw(target: HTMLElement, text: string, views: FindingView[]): void {
    if (this.target && this.target !== target) this.clear();
    this.target = target;
    this.views = views;
    this.mirror.style.visibility = '';
    this.richMarks.style.visibility = '';
    if (isTextField(target)) this.drawMirror(target, text);
    else this.mirror.replaceChildren();
    this.position();
  }

  /**
   * A composition opens at this offset: the text after it shifts while the marks do not, so underlines past
   * it would sit under the wrong words until the commit redraws them.
   */
  hideAfter(offset: number): void {
    if (!this.target || !this.views.some((view) => view.finding.end > offset)) return;
    (isTextField(this.target) ? this.mirror : this.richMarks).style.visibility = 'hidden';
  }

  clear(): void {
    this.views = [];
    this.mirror.replaceChildren();
    this.richMarks.replaceChildren();
  }

  /** Puts the marks back on their words after the box moved, scrolled, resized or rewrapped. */
  position(): void {
    const target = this.target;
    if (!target || !target.isConnected) return;
    if (!isTextField(target)) return this.placeRichMarks(target, target.getBoundingClientRect());
    alignWithField(this.mirror, target);
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
  }

  private drawMirror(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
    const segments = segmentText(text, this.views.map((view) => ({ start: view.finding.start, end: view.finding.end, view })));
    layOutLikeField(
      this.mirror,
      field,
      segments.map((segment) => {
        if (!segment.span) return document.createTextNode(segment.text);
        const mark = element('span', `mark ${segment.span.view.finding.severity}`, segment.text);
        mark.dataset.start = String(segment.start);
        return mark;
      }),
    );
  }

  /** One mark per line box of each finding, relative to a clip box over the editor's inner (scrolled) area. */
  private placeRichMarks(editor: HTMLElement, box: DOMRect): void {
    const left = box.left + editor.clientLeft;
    const top = box.top + editor.clientTop;
    Object.assign(this.richMarks.style, { left: `${left}px`, top: `${top}px`, width: `${editor.clientWidth}px`, height: `${editor.clientHeight}px` });
    this.richMarks.replaceChildren(
      ...this.views.flatMap((view) =>
        this.rectsOf(view.finding).map((rect) => {
          const mark = element('div', `mark ${view.finding.severity}`);
          mark.dataset.start = String(view.finding.start);
          Object.assign(mark.style, { left: `${rect.left - left}px`, top: `${rect.top - top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
          return mark;
        }),
      ),
    );
  }
}
