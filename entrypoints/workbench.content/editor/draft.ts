// Draft.js. Its model follows the DOM selection only after React re-renders, and it reads a DOM edit back
// into the wrong place or not at all: text goes in as a paste, which Draft inserts through EditorState
// (undoable with Draft's own Ctrl+Z). The trusted command is the fallback.
import type { RichEditorStrategy } from './strategy';
import { execInsertText, pasteText } from './techniques';

export const draft: RichEditorStrategy = {
  kind: 'draft',
  marker: '.public-DraftEditor-content',
  techniques: [pasteText, execInsertText],
};
