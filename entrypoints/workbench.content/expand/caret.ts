// The caret in the reply box as an offset into its draft text (the text the editor module reads and replaces in).
import { caretOffset, draftText } from '../editor';

/** The draft and where the caret is in it; null when text is selected or the caret is not in the box. */
export function caretInBox(box: Element): { text: string; caret: number } | null {
  const caret = caretOffset(box);
  return caret === null ? null : { text: draftText(box), caret };
}
