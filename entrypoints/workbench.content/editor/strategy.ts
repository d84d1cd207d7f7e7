// What a strategy for one editor kind is: how to recognise it, what in its box is not the agent's text,
// and the insertion techniques that keep its model in step, in the order to try them.
import type { Technique } from './techniques';

export type EditorKind = 'field' | 'contenteditable' | 'quill' | 'draft' | 'slate' | 'lexical';

export interface RichEditorStrategy {
  kind: Exclude<EditorKind, 'field'>;
  /** The reply box is this editor when it, or an element around it, matches this selector. */
  marker: string;
  /** Elements inside the box that are not the draft (placeholders, zero-width fillers). */
  ignore?: string;
  /** Tried in order; the first the editor takes wins (a later one never runs after an earlier was taken). */
  techniques: readonly Technique[];
}
