// The caret in the reply box as an offset into its text (the text draftText reads), and the one function that
// replaces the typed `/code` with the phrase. It selects the token and inserts over it through insert.ts, so
// the page's framework sees an ordinary edit; switching to an editor-aware replaceRange is a change here only.
import { draftText, insertText, isTextField } from '../insert';

/** The draft and where the caret is in it; null when text is selected or the caret is not in the box. */
export function caretInBox(box: Element): { text: string; caret: number } | null {
  if (isTextField(box)) {
    if (box.selectionStart === null || box.selectionStart !== box.selectionEnd) return null;
    return { text: box.value, caret: box.selectionStart };
  }
  const selection = box.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const at = selection.getRangeAt(0);
  if (!box.contains(at.startContainer)) return null;
  // A range's text is its text nodes' data, as textContent is: the offsets agree.
  const before = box.ownerDocument.createRange();
  before.selectNodeContents(box);
  before.setEnd(at.startContainer, at.startOffset);
  return { text: draftText(box), caret: before.toString().length };
}

/** Replaces [start, end) of the reply box's text with `text` (empty: deletes it), leaving the caret after it. */
export function replaceToken(box: Element, start: number, end: number, text: string): boolean {
  if (isTextField(box)) {
    box.focus();
    box.setSelectionRange(start, end);
  } else {
    const range = rangeOfText(box, start, end);
    const selection = box.ownerDocument.getSelection();
    if (!range || !selection || !(box instanceof HTMLElement)) return false;
    box.focus();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  return insertText(box, text);
}

/** A DOM range over [start, end) of an element's text. */
function rangeOfText(root: Node, start: number, end: number): Range | null {
  const document = root.ownerDocument ?? (root as Document);
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
