// The workbench's reply box, whatever editor it is: the draft's text, DOM ranges for offsets in that
// text, and inserting or replacing text so the editor's own model (the one the page sends from) holds
// it, with the caret after the new text and the editor's undo able to take it back. Used by insertion
// from the panel, the inline check and its one-click fixes.
//
// Each editor kind is a strategy (one file each) recognised by a marker selector, tried in order:
// fields, then the framework editors, then plain contenteditable.
import { contentEditable } from './contenteditable';
import { draft } from './draft';
import { insertIntoField, isTextField } from './field';
import { lexical } from './lexical';
import { quill } from './quill';
import { slate } from './slate';
import type { RichEditorStrategy } from './strategy';
import { editableOffset, editableRange, editableText } from './text';

export { isTextField } from './field';

const RICH_EDITORS: readonly RichEditorStrategy[] = [quill, draft, slate, lexical, contentEditable];

function richStrategy(element: Element): RichEditorStrategy | undefined {
  return RICH_EDITORS.find((strategy) => element.closest(strategy.marker));
}

/** The text in a reply box, field or rich editor (lines joined with '\n'). */
export function draftText(element: Element): string {
  if (isTextField(element)) return element.value;
  return editableText(element, richStrategy(element)?.ignore);
}

/** The DOM range over [start, end) of draftText(element) in a rich editor; null for fields and offsets outside the draft. */
export function rangeForOffsets(element: Element, start: number, end: number): Range | null {
  if (isTextField(element)) return null;
  return editableRange(element, start, end, richStrategy(element)?.ignore);
}

/** Where a collapsed caret is in draftText(element); null when text is selected or the caret is elsewhere. */
export function caretOffset(element: Element): number | null {
  if (isTextField(element)) {
    const { selectionStart, selectionEnd } = element;
    return selectionStart !== null && selectionStart === selectionEnd ? selectionStart : null;
  }
  const selected = selectedSpan(element);
  return selected && selected.start === selected.end ? selected.start : null;
}

/** The DOM selection of a rich editor as [start, end) of its draft; null when it is not all inside the box. */
function selectedSpan(element: Element): Span | null {
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return null;
  const ignore = richStrategy(element)?.ignore;
  return {
    start: editableOffset(element, range.startContainer, range.startOffset, ignore),
    end: editableOffset(element, range.endContainer, range.endOffset, ignore),
  };
}

/**
 * What became of an insert: in the draft; refused by the box (read-only, disabled, not an editor we know); or
 * not put anywhere because the editor kept moving the caret away from where the text was to go.
 */
export type PutOutcome = 'inserted' | 'refused' | 'caret-moved';

/** Inserts text at the caret (at the end of the draft when the caret is elsewhere). Never sends. */
export function insertAtCaret(element: Element, text: string): Promise<PutOutcome> {
  return put(element, text);
}

/** Replaces [start, end) of draftText(element) with text, as the one-click fix of a finding does. */
export async function replaceRange(element: Element, start: number, end: number, text: string): Promise<boolean> {
  return (await put(element, text, { start, end })) === 'inserted';
}

interface Span {
  start: number;
  end: number;
}

/**
 * How often the selection is placed before giving up. An editor may move it back once after we placed it:
 * Slate, reading the DOM selection on a throttled timer, can read the caret focus() put at the start of the
 * box before we place ours, and its next render then puts the DOM selection there (seen on a busy page:
 * the reply went before the draft).
 */
const PLACE_ATTEMPTS = 3;

async function put(element: Element, text: string, span?: Span): Promise<PutOutcome> {
  if (isTextField(element)) return insertIntoField(element, text, span) ? 'inserted' : 'refused';
  if (!(element instanceof HTMLElement) || !element.isContentEditable) return 'refused';
  const strategy = richStrategy(element);
  if (!strategy) return 'refused';
  const selection = document.getSelection();
  if (!selection) return 'refused';

  // Read before focusing: focus() puts a caret at the start of a box that had none.
  const caretInside = selection.rangeCount > 0 && element.contains(selection.getRangeAt(0).commonAncestorContainer);
  // React-based editors take focus in a render of their own; their selection must not be set before it.
  if (!element.contains(document.activeElement)) {
    element.focus({ preventScroll: true });
    await nextTask();
  }
  if (span || !caretInside) {
    const length = draftText(element).length;
    // Without a caret in the box (focus was in the side panel), the draft continues at its end.
    const placed = await placeSelection(element, selection, span ?? { start: length, end: length });
    if (placed !== 'placed') return placed;
  }

  const before = draftText(element);
  for (const technique of strategy.techniques) {
    if (technique(element, text) === 'declined') continue;
    return (await changed(element, before)) ? 'inserted' : 'refused';
  }
  return 'refused';
}

/**
 * Selects `wanted` of the draft and waits until the editor has taken it into its model, then looks again
 * just before the insert: if the editor has moved the selection meanwhile, it is placed again. Refused when
 * the offsets are outside the draft; caret-moved when the editor keeps moving it (nothing is inserted at a
 * wrong place).
 */
async function placeSelection(element: HTMLElement, selection: Selection, wanted: Span): Promise<'placed' | 'refused' | 'caret-moved'> {
  for (let attempt = 0; attempt < PLACE_ATTEMPTS; attempt += 1) {
    const target = rangeForOffsets(element, wanted.start, wanted.end);
    if (!target) return 'refused';
    selection.removeAllRanges();
    selection.addRange(target);
    // Editors copy the DOM selection into their model on selectionchange (Slate and Draft a task later).
    await selectionSettled();
    const selected = selectedSpan(element);
    if (selected?.start === wanted.start && selected.end === wanted.end) return 'placed';
  }
  return 'caret-moved';
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function selectionSettled(): Promise<void> {
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', done);
      resolve();
    };
    const timer = setTimeout(done, 50);
    document.addEventListener('selectionchange', done);
  });
  await nextTask();
}

/** Whether the draft changed: framework editors apply a taken paste in their next render. */
async function changed(element: Element, before: string): Promise<boolean> {
  for (let waited = 0; waited < 500; waited += 10) {
    if (draftText(element) !== before) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return draftText(element) !== before;
}
