// Lexical. Its paste handler inserts plain text through the editor state (line breaks included) and its
// history; the trusted command, which Lexical reads back from the DOM, is the fallback.
import type { RichEditorStrategy } from './strategy';
import { execInsertText, pasteText } from './techniques';

export const lexical: RichEditorStrategy = {
  kind: 'lexical',
  marker: '[data-lexical-editor]',
  // Decorator nodes (mentions, images) are islands the agent does not type in.
  ignore: '[data-lexical-decorator]',
  techniques: [pasteText, execInsertText],
};
