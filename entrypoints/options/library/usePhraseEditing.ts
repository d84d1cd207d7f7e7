// The phrase form's state for whichever layer a page edits (话术库: personal; 团队管理: team): new, edit and
// copy open it, typing follows the schema's errors once they are shown, and a valid form yields the phrase.
import { useState } from 'preact/hooks';
import { draftFromPhrase, EMPTY_PHRASE_FORM, newPhraseId, phraseFromDraft, type PhraseFormDraft } from '../../../utils/library/editor';
import type { Phrase, PhraseSource } from '../../../utils/library/types';

export interface Editing {
  heading: string;
  /** The phrase being edited; absent for a new one. */
  original?: Phrase;
  id: string;
  draft: PhraseFormDraft;
  errors: string[];
}

export function usePhraseEditing(source: PhraseSource) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const check = (state: Editing) => phraseFromDraft(state.draft, state.original, Date.now(), state.id, source);

  return {
    editing,
    startNew: (heading: string) => setEditing({ heading, id: newPhraseId(Date.now()), draft: { ...EMPTY_PHRASE_FORM }, errors: [] }),
    startEdit: (phrase: Phrase) =>
      setEditing({ heading: `编辑「${phrase.title}」`, original: phrase, id: phrase.id, draft: draftFromPhrase(phrase), errors: [] }),
    /** A copy gets its own id and no 快捷编码, so it neither hides nor is hidden by the phrase it came from. */
    startCopy: (phrase: Phrase, heading: string) =>
      setEditing({ heading, id: newPhraseId(Date.now()), draft: { ...draftFromPhrase(phrase), code: '' }, errors: [] }),
    /** Once errors are shown they follow the typing, so a fixed field stops being reported at once. */
    change(draft: PhraseFormDraft) {
      if (!editing) return;
      const next = { ...editing, draft };
      const result = editing.errors.length > 0 ? check(next) : null;
      setEditing({ ...next, errors: result && !result.ok ? result.errors : [] });
    },
    /** The phrase the form describes, or null with the form's errors shown. */
    validate(): Phrase | null {
      if (!editing) return null;
      const result = check(editing);
      if (result.ok) return result.phrase;
      setEditing({ ...editing, errors: result.errors });
      return null;
    },
    close: () => setEditing(null),
  };
}
