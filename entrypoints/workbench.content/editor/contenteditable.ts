// A plain contenteditable box (京东咚咚's editor, hand-written editors): the page reads the DOM on its
// input event. The trusted command keeps the browser's undo; a direct DOM edit plus an input event is
// the fallback for boxes that refuse the command.
import type { RichEditorStrategy } from './strategy';
import { domInsert, execInsertText } from './techniques';

export const contentEditable: RichEditorStrategy = {
  kind: 'contenteditable',
  marker: '[contenteditable]',
  techniques: [execInsertText, domInsert],
};
