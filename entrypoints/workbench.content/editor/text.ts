// The text of a rich reply box as the agent reads it, and the way back from offsets in that text to DOM
// ranges. Lines are joined with '\n' the way the editors' own models join them (a block, or a <br> that
// starts a new line); a <br> that only keeps an empty block open is not a line; placeholders and
// zero-width fillers an editor renders inside its box (named by the strategy's `ignore`) are skipped.

interface Point {
  node: Node;
  offset: number;
}

/** One run of the draft: a text node, a line break, or an empty line (text ''). */
interface Segment {
  start: number;
  text: string;
  /** Set for a text node: offsets inside the run map into it. */
  node?: Text;
  before: Point;
  after: Point;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TR', 'UL',
]);

function textSegments(root: Element, ignore: string | undefined): Segment[] {
  const segments: Segment[] = [];
  let length = 0;
  // A block ended or began since the last run: the next run starts a new line.
  let lineEnded = false;
  // A <br> counts as a line break only when something follows it in the same block.
  let pendingBreak: Element | null = null;

  const push = (text: string, before: Point, after: Point, node?: Text) => {
    segments.push({ start: length, text, before, after, node });
    length += text.length;
  };
  // Line breaks owed before a run that starts at `before`.
  const settleLines = (before: Point) => {
    if (pendingBreak) {
      const parent = pendingBreak.parentNode!;
      const index = Array.prototype.indexOf.call(parent.childNodes, pendingBreak);
      push('\n', { node: parent, offset: index }, { node: parent, offset: index + 1 });
      pendingBreak = null;
    } else if (lineEnded && segments.length > 0) {
      push('\n', segments[segments.length - 1]!.after, before);
    }
    lineEnded = false;
  };

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      // nodeType rather than instanceof: the same code reads documents of other realms (and linkedom's in unit tests).
      if (child.nodeType === TEXT_NODE) {
        const text = child as Text;
        if (text.data.length === 0) continue;
        const before = { node: text, offset: 0 };
        settleLines(before);
        push(text.data, before, { node: text, offset: text.data.length }, text);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      if (ignore && element.matches(ignore)) continue;
      if (element.tagName === 'BR') {
        if (pendingBreak) settleLines({ node: element.parentNode!, offset: 0 });
        pendingBreak = element;
        continue;
      }
      const block = BLOCK_TAGS.has(element.tagName);
      if (!block) {
        walk(element);
        continue;
      }
      pendingBreak = null;
      lineEnded = true;
      const count = segments.length;
      walk(element);
      pendingBreak = null;
      if (segments.length === count) {
        // An empty line still takes a place in the draft (and a caret position).
        const inside = { node: element, offset: 0 };
        settleLines(inside);
        push('', inside, inside);
      }
      lineEnded = true;
    }
  };
  walk(root);
  return segments;
}

/** The draft in a contenteditable-style editor. */
export function editableText(root: Element, ignore?: string): string {
  return textSegments(root, ignore).map((segment) => segment.text).join('');
}

/**
 * The DOM range over [start, end) of editableText(root), or null when the offsets fall outside it. Ends
 * that fall between two runs are put inside text nodes where possible (the end of the earlier run for
 * `end`, the start of the later one for `start`): editors map text positions to their models reliably.
 */
export function editableRange(root: Element, start: number, end: number, ignore?: string): Range | null {
  const segments = textSegments(root, ignore);
  const range = root.ownerDocument.createRange();
  if (segments.length === 0) {
    if (start !== 0 || end !== 0) return null;
    range.setStart(root, 0);
    return range;
  }
  const from = pointAt(segments, start, true);
  const to = pointAt(segments, end, false);
  if (!from || !to || end < start) return null;
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

function pointAt(segments: Segment[], offset: number, preferLater: boolean): Point | null {
  let found: Point | null = null;
  for (const segment of segments) {
    const end = segment.start + segment.text.length;
    if (offset < segment.start) break;
    if (offset > end) continue;
    const point =
      segment.node && offset > segment.start && offset < end
        ? { node: segment.node, offset: offset - segment.start }
        : offset === segment.start ? segment.before : segment.after;
    if (!preferLater) return point;
    found = point;
  }
  return found;
}

/** The offset in editableText(root) of a DOM point inside root (a caret), the way back from editableRange. */
export function editableOffset(root: Element, node: Node, offset: number, ignore?: string): number {
  const segments = textSegments(root, ignore);
  const span = root.ownerDocument.createRange();
  for (const segment of segments) {
    if (segment.node === node) return segment.start + Math.min(offset, segment.text.length);
    span.setStart(segment.before.node, segment.before.offset);
    span.setEnd(segment.after.node, segment.after.offset);
    const where = span.comparePoint(node, offset);
    if (where < 0) return segment.start;
    if (where === 0) {
      const atEnd = node === segment.after.node && offset === segment.after.offset;
      return atEnd ? segment.start + segment.text.length : segment.start;
    }
  }
  return segments.reduce((length, segment) => length + segment.text.length, 0);
}
