// Quill 1 and 2 (快手's reply box, div.ql-editor). Quill reads its DOM back with a MutationObserver, so the
// browser's trusted insertText lands in its model and its history (Ctrl+Z is Quill's own undo); its
// clipboard module takes a paste if the command is refused.
import type { RichEditorStrategy } from './strategy';
import { execInsertText, pasteText } from './techniques';

export const quill: RichEditorStrategy = {
  kind: 'quill',
  marker: '.ql-editor',
  techniques: [execInsertText, pasteText],
};
