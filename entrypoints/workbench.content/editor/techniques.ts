// Ways to put text over the current selection of a rich editor from a content script. The script runs in
// an isolated world: it cannot call the page's editor objects, only act on the DOM and send events the
// editor's own handlers take. Each technique says whether the editor took the text; the strategy of an
// editor kind lists the ones that keep that editor's model in step, most faithful first.

/** 'taken': the text went in (or the editor claimed the event and applies it in its next render). */
export type TechniqueResult = 'taken' | 'declined';
export type Technique = (editor: HTMLElement, text: string) => TechniqueResult;

/**
 * The browser's own typing command: a trusted edit that keeps the native undo stack. Right for
 * textareas, plain contenteditable, and editors that read their DOM back (Quill's MutationObserver).
 * Editors that render only from their model (Slate) would show the text without holding it.
 */
export const execInsertText: Technique = (_editor, text) =>
  // Lexical undoes the DOM edit at once and applies it from the command's input event in its next update:
  // the DOM need not show the text yet; the caller checks the draft afterwards.
  document.execCommand('insertText', false, text) ? 'taken' : 'declined';

/**
 * A paste of plain text: Draft.js, Lexical, Quill and Slate all insert clipboard text through their own
 * model at their selection (and record it for undo). An editor that takes it cancels the event.
 */
export const pasteText: Technique = (editor, text) => {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const paste = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true });
  return editor.dispatchEvent(paste) ? 'declined' : 'taken';
};

/**
 * The input event an editor built on beforeinput acts on (Slate): inserted as a paste, so lines become
 * paragraphs. Slate reads the DOM selection when the event arrives, so a just-made selection counts.
 */
export const beforeInputPaste: Technique = (editor, text) => {
  const dataTransfer = new DataTransfer();
  dataTransfer.setData('text/plain', text);
  const input = new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer, bubbles: true, cancelable: true, composed: true });
  return editor.dispatchEvent(input) ? 'declined' : 'taken';
};

/** Last resort for a plain contenteditable box: edit the DOM and tell the page with an input event. */
export const domInsert: Technique = (editor, text) => {
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return 'declined';
  const range = selection.getRangeAt(0);
  if (!editor.contains(range.commonAncestorContainer)) return 'declined';
  range.deleteContents();
  const node = editor.ownerDocument.createTextNode(text);
  range.insertNode(node);
  range.setStartAfter(node);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return 'taken';
};
