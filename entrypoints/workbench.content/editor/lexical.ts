// Lexical. Its paste handler inserts plain text through the editor state (line breaks included) and its
// history; the trusted command, whose input event Lexical turns into an edit of its own, is the fallback.
// (A beforeinput insertFromPaste is no use: Lexical cancels it and, finding no clipboard on an input
// event, inserts nothing.)
import type { RichEditorStrategy } from './strategy';
import { execInsertText, pasteText } from './techniques';

export const lexical: RichEditorStrategy = {
  kind: 'lexical',
  marker: '[data-lexical-editor]',
  // Decorator nodes (mentions, images) are islands the agent does not type in.
  ignore: '[data-lexical-decorator]',
  techniques: [pasteText, execInsertText],
};
