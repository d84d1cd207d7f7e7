// A textarea or input, including one a framework (React, Vue) controls. The browser's insertText command
// is a trusted edit: the page's input listener and React's onChange see it, and Ctrl+Z undoes it. For a
// field that refuses the command, setRangeText plus an input event: the content script's setter is the
// native one (the isolated world never sees the page's own value property), so React's value tracker
// still notices the change.

export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

/** Puts text over [start, end) of the value, or over the field's own selection when no span is given. */
export function insertIntoField(field: HTMLTextAreaElement | HTMLInputElement, text: string, span?: { start: number; end: number }): boolean {
  if (field.disabled || field.readOnly) return false;
  field.focus();
  if (span) {
    if (span.start > span.end || span.end > field.value.length) return false;
    try {
      field.setSelectionRange(span.start, span.end);
    } catch {
      // An input type without a selection (email, number) cannot be edited in place.
      return false;
    }
  }
  const before = field.value;
  if (document.execCommand('insertText', false, text) && field.value !== before) return true;
  const start = span?.start ?? field.selectionStart ?? field.value.length;
  const end = span?.end ?? field.selectionEnd ?? start;
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value !== before;
}
