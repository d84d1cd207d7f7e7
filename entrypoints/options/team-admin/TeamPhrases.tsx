// The team's phrases: the same form, validation (parsePhrase) and import as the personal library, for the
// team layer. A 快捷编码 the built-in library also has goes to the team phrase; agents' built-in one moves.
import { useMemo } from 'preact/hooks';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin';
import { newPhraseId, upsertPhrase } from '../../../utils/library/editor';
import type { Phrase } from '../../../utils/library/types';
import { ImportPreview } from '../library/ImportPreview';
import { ImportButton } from '../library/ImportButton';
import { PhraseForm } from '../library/PhraseForm';
import { usePhraseEditing } from '../library/usePhraseEditing';
import { usePhraseImport } from '../library/usePhraseImport';
import '../library/library.css';
import type { Notice } from '../../../components/Notice';

export function TeamPhrases({
  phrases,
  onChange,
  onNotice,
}: {
  phrases: readonly Phrase[];
  onChange(phrases: Phrase[]): void;
  onNotice(notice: Notice | null): void;
}) {
  const form = usePhraseEditing('team');
  // What a code or a phrase may clash with on the agents' side: the team's own phrases and the built-in ones.
  const known = useMemo(() => [...phrases, ...BUILTIN_PHRASES], [phrases]);
  const groups = useMemo(() => [...new Set(phrases.map((phrase) => phrase.group))], [phrases]);

  const importer = usePhraseImport({
    source: 'team',
    layer: () => phrases,
    existing: () => known,
    guessFrom: () => [...BUILTIN_PHRASES, ...phrases],
    newId: () => newPhraseId(Date.now()),
    async apply(next, { added, replaced }) {
      onChange(next);
      onNotice({ kind: 'ok', text: `已导入 ${added} 条话术${replaced > 0 ? `，覆盖 ${replaced} 条` : ''}` });
      return true;
    },
    onError: (text) => onNotice({ kind: 'error', text }),
  });

  const save = () => {
    const phrase = form.validate();
    if (!phrase) return;
    onChange(upsertPhrase(phrases, phrase));
    form.close();
    onNotice(null);
  };

  return (
    <>
      <h3>团队话术（{phrases.length} 条）</h3>
      <table class="team-phrase-table">
        <tbody>
          {phrases.map((phrase) => (
            <tr key={phrase.id} data-testid="lead-phrase">
              <td>{phrase.code && <code>/{phrase.code}</code>}</td>
              <td>
                <strong>{phrase.title}</strong>
                <div class="hs-muted">{phrase.body}</div>
              </td>
              <td>
                <button type="button" onClick={() => form.startEdit(phrase)}>
                  编辑
                </button>
                <button type="button" onClick={() => onChange(phrases.filter((known) => known.id !== phrase.id))}>
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions">
        <button type="button" data-testid="lead-phrase-new" onClick={() => form.startNew('新增团队话术')}>
          新增团队话术
        </button>
        <ImportButton
          testId="lead-import-file"
          secondary
          onFile={(file) => {
            onNotice(null);
            void importer.readFile(file);
          }}
        />
      </div>
      {importer.state && (
        <div class="phrase-workspace">
          <ImportPreview
            state={importer.state}
            source="team"
            saving={false}
            onChoose={importer.chooseConflict}
            onChooseIntent={importer.chooseIntent}
            onConfirm={() => void importer.confirm()}
            onCancel={importer.cancel}
          />
        </div>
      )}
      {form.editing && (
        <div class="phrase-workspace">
          <PhraseForm
            heading={form.editing.heading}
            source="team"
            draft={form.editing.draft}
            selfId={form.editing.id}
            phrases={known}
            groups={groups}
            errors={form.editing.errors}
            saving={false}
            onChange={form.change}
            onSave={save}
            onCancel={form.close}
          />
        </div>
      )}
    </>
  );
}
