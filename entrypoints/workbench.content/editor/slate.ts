// Slate renders only from editor.children: text put into its DOM by a command is shown, never sent, and
// wiped on the next render. It acts on beforeinput (reading the DOM selection at that moment), and on a
// paste; both go through its model and slate-history.
import type { RichEditorStrategy } from './strategy';
import { beforeInputPaste, pasteText } from './techniques';

export const slate: RichEditorStrategy = {
  kind: 'slate',
  marker: '[data-slate-editor]',
  // The placeholder and the zero-width text Slate renders in empty lines are not the draft.
  ignore: '[data-slate-placeholder], [data-slate-zero-width]',
  techniques: [beforeInputPaste, pasteText],
};
