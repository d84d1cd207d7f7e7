// Puts text into the workbench's reply box at the caret so the page's own framework (Vue, React)
// sees an `input` event. Ordered strategies, first that works wins (the technique Briskine uses):
// the browser's own insertText command (trusted event, keeps undo), then a direct edit plus a
// synthetic input event for fields that refuse the command. It never sends.

export function insertText(target: Element, text: string): boolean {
  if (isTextField(target)) return insertIntoField(target, text);
  if (target instanceof HTMLElement && target.isContentEditable) return insertIntoEditable(target, text);
  return false;
}

export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

/** The text in a reply box, field or rich editor. */
export function draftText(target: Element): string {
  return isTextField(target) ? target.value : (target.textContent ?? '');
}

function insertIntoField(field: HTMLTextAreaElement | HTMLInputElement, text: string): boolean {
  if (field.disabled || field.readOnly) return false;
  field.focus();
  const before = field.value;
  if (document.execCommand('insertText', false, text) && field.value !== before) return true;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value !== before;
}

function insertIntoEditable(editor: HTMLElement, text: string): boolean {
  editor.focus();
  const selection = editor.ownerDocument.getSelection();
  if (selection && !(selection.rangeCount > 0 && editor.contains(selection.getRangeAt(0).commonAncestorContainer))) {
    // The caret is elsewhere (focus was in the side panel): continue at the end of the draft.
    const range = editor.ownerDocument.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const before = editor.textContent;
  if (document.execCommand('insertText', false, text) && editor.textContent !== before) return true;
  if (!selection || selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  range.deleteContents();
  const node = editor.ownerDocument.createTextNode(text);
  range.insertNode(node);
  range.setStartAfter(node);
  range.collapse(true);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return editor.textContent !== before;
}
