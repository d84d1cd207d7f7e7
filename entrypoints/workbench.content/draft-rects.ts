// Where a stretch of the reply box's draft is on screen. A rich editor's text is page DOM: a Range over it has
// client rects. A textarea's or input's text is not reachable, so it is laid out again in a mirror element with
// the field's box, font and wrapping, placed over the field and scrolled as it is (Harper's technique; the
// inline check draws its underlines in such a mirror too). Mirrors live in our closed shadow roots.
import { isTextField, rangeForOffsets } from './editor';
import { element } from './page-ui';

type TextField = HTMLTextAreaElement | HTMLInputElement;

const MIRRORED_STYLES = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight',
  'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning', 'fontFeatureSettings', 'fontVariantLigatures',
  'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform', 'textAlign', 'tabSize',
  'direction', 'whiteSpace', 'wordBreak', 'overflowWrap', 'lineBreak',
] as const;

/** Gives the mirror the field's box, font and wrapping, with `content` (the field's value, in pieces) as its text. */
export function layOutLikeField(mirror: HTMLElement, field: TextField, content: Node[]): void {
  const computed = getComputedStyle(field);
  for (const name of MIRRORED_STYLES) mirror.style[name] = computed[name];
  // Fixed and clipped like the field's own scrolled text.
  Object.assign(mirror.style, { position: 'fixed', margin: '0', overflow: 'hidden' });
  if (field instanceof HTMLInputElement) mirror.style.whiteSpace = 'pre';
  // Leave room for the textarea's own scrollbar so lines wrap at the same place.
  const scrollbar = field.offsetWidth - field.clientWidth - parseFloat(computed.borderLeftWidth) - parseFloat(computed.borderRightWidth);
  mirror.style.paddingRight = `${parseFloat(computed.paddingRight) + Math.max(0, scrollbar)}px`;
  // A trailing newline in a textarea opens a line the mirror must have too.
  mirror.replaceChildren(...content, document.createTextNode('\u200b'));
}

/** Puts the mirror over the field, scrolled as the field is. */
export function alignWithField(mirror: HTMLElement, field: TextField): void {
  const box = field.getBoundingClientRect();
  Object.assign(mirror.style, { left: `${box.left}px`, top: `${box.top}px` });
  mirror.scrollTop = field.scrollTop;
  mirror.scrollLeft = field.scrollLeft;
}

/**
 * The viewport boxes of [start, end) of draftText(box), one or more per line; empty when the editor cannot map
 * the offsets. A field is measured in `mirror` (a hidden element of ours), which is left empty again.
 */
export function draftRects(box: Element, start: number, end: number, mirror: HTMLElement): DOMRect[] {
  if (!isTextField(box)) return Array.from(rangeForOffsets(box, start, end)?.getClientRects() ?? []);
  const value = box.value;
  const measured = element('span', '', value.slice(start, end));
  layOutLikeField(mirror, box, [document.createTextNode(value.slice(0, start)), measured, document.createTextNode(value.slice(end))]);
  alignWithField(mirror, box);
  const rects = Array.from(measured.getClientRects());
  mirror.replaceChildren();
  return rects;
}
