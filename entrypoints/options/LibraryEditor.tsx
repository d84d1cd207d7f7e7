// 话术库: the whole library by group, personal phrases editable, import and export as Excel (.xlsx), CSV or
// JSON. Personal phrases are saved through the background (validated, then stored in IndexedDB); an import
// is previewed first (usePhraseImport) and stores nothing until the agent confirms it.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { exportCsv, exportJson } from '../../utils/library/csv';
import { exportFileName, groupPhrases, newPhraseId, upsertPhrase, type SourceFilter } from '../../utils/library/editor';
import type { Phrase } from '../../utils/library/types';
import { onMessage, sendMessage, type LibraryView } from '../../utils/messaging';
import { downloadBlob, downloadText } from './download';
import { ImportPreview } from './library/ImportPreview';
import { ImportButton } from './library/ImportButton';
import { SOURCE_FILTERS } from './library/labels';
import { PhraseForm } from './library/PhraseForm';
import { PhraseGroups } from './library/PhraseGroups';
import { usePhraseEditing } from './library/usePhraseEditing';
import { usePhraseImport } from './library/usePhraseImport';
import './library/library.css';
import { NoticeLine, type Notice } from '../../components/Notice';

type ExportScope = 'personal' | 'all';

export function LibraryEditor() {
  const [library, setLibrary] = useState<LibraryView | null>(null);
  const [personal, setPersonal] = useState<Phrase[]>([]);
  const [query, setQuery] = useState('');
  const [source, setSource] = useState<SourceFilter>('all');
  const form = usePhraseEditing('personal');
  const { editing } = form;
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  const [exportScope, setExportScope] = useState<ExportScope>('personal');
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<Notice | null>(null);
  const filterBox = useRef<HTMLInputElement>(null);

  const refresh = async () => {
    const [view, stored] = await Promise.all([sendMessage('getLibrary', undefined), sendMessage('getPersonalPhrases', undefined)]);
    setLibrary(view);
    setPersonal(stored);
  };
  useEffect(() => {
    refresh().catch(() => setStatus({ kind: 'error', text: '读取话术库失败，请刷新页面重试' }));
    const removeListener = onMessage('libraryChanged', () => void refresh().catch(() => undefined));
    // "/" jumps to the filter, as in the side panel.
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key === '/' && !target?.closest('input, textarea, select')) {
        event.preventDefault();
        filterBox.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      removeListener();
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  // Personal phrases as stored (the merged view drops a code or an id another layer wins), then team and built-in.
  const phrases = useMemo(
    () => [...personal, ...(library?.phrases.filter((phrase) => phrase.source !== 'personal') ?? [])],
    [personal, library],
  );
  const groups = useMemo(() => groupPhrases(phrases, query, source), [phrases, query, source]);
  const groupNames = useMemo(() => [...new Set(phrases.map((phrase) => phrase.group))], [phrases]);

  /** Stores the whole personal list; false (with the reasons shown) when the background refuses it. */
  const savePersonal = async (next: Phrase[]): Promise<boolean> => {
    setSaving(true);
    try {
      const result = await sendMessage('setPersonalPhrases', next);
      if (!result.ok) {
        setStatus({ kind: 'error', text: `保存失败：${result.errors.slice(0, 5).join('；')}` });
        return false;
      }
      setPersonal(next);
      await refresh();
      return true;
    } catch {
      setStatus({ kind: 'error', text: '保存失败：后台没有响应，请稍后重试（内容没有丢失）' });
      return false;
    } finally {
      setSaving(false);
    }
  };

  const startNew = () => {
    form.startNew('新建个人话术');
    setStatus(null);
  };
  const startEdit = (phrase: Phrase) => {
    form.startEdit(phrase);
    setStatus(null);
  };
  const startCopy = (phrase: Phrase) => {
    form.startCopy(phrase, `复制「${phrase.title}」为个人话术`);
    setStatus(null);
  };
  const saveForm = async () => {
    if (saving) return;
    const phrase = form.validate();
    if (phrase && (await savePersonal(upsertPhrase(personal, phrase)))) {
      form.close();
      setStatus({ kind: 'ok', text: `已保存「${phrase.title}」` });
    }
  };
  const deletePhrase = async (phrase: Phrase) => {
    setConfirmingDelete(null);
    if (await savePersonal(personal.filter((item) => item.id !== phrase.id))) {
      if (editing?.id === phrase.id) form.close();
      setStatus({ kind: 'ok', text: `已删除「${phrase.title}」` });
    }
  };

  const exportAs = async (format: 'xlsx' | 'csv' | 'json') => {
    const chosen = exportScope === 'personal' ? personal : phrases;
    if (chosen.length === 0) {
      setStatus({ kind: 'error', text: '还没有个人话术可导出；要导出全部话术，请在范围里选“全部话术”' });
      return;
    }
    const name = exportFileName(new Date(), format);
    if (format === 'xlsx') {
      const { exportXlsx } = await import('../../utils/library/xlsx');
      downloadBlob(name, await exportXlsx(chosen));
    } else if (format === 'csv') downloadText(name, exportCsv(chosen), 'text/csv;charset=utf-8');
    else downloadText(name, exportJson(chosen), 'application/json');
    setStatus({ kind: 'ok', text: `已导出 ${chosen.length} 条话术到 ${name}` });
  };

  const importer = usePhraseImport({
    source: 'personal',
    layer: () => personal,
    // Compared with the whole library, so re-importing an export of everything does not duplicate built-ins.
    existing: () => phrases,
    guessFrom: () => phrases,
    newId: () => newPhraseId(Date.now()),
    async apply(next, { added, replaced }) {
      if (!(await savePersonal(next))) return false;
      setStatus({ kind: 'ok', text: `已导入 ${added} 条${replaced > 0 ? `，覆盖 ${replaced} 条` : ''}` });
      return true;
    },
    onError: (text) => setStatus({ kind: 'error', text }),
  });

  return (
    <section class="hs-card library-editor phrase-workspace" id="library" data-testid="library-editor">
      <h2>话术库</h2>
      {library === null ? (
        <p class="hs-muted">正在读取话术库…</p>
      ) : (
        <>
          <p class="hs-muted">
            共 {phrases.length} 条：个人 {personal.length} 条
            {library.team ? `，团队「${library.team.name}」第 ${library.team.version} 版` : ''}。团队和内置话术只读，可复制为个人话术后修改。
          </p>
          <div class="library-toolbar">
            <input
              ref={filterBox}
              type="search"
              class="library-filter"
              aria-label="筛选话术"
              placeholder="筛选：标题、内容、快捷编码、关键词（按 / 聚焦）"
              value={query}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
            <select aria-label="来源" value={source} onChange={(event) => setSource(event.currentTarget.value as SourceFilter)}>
              {SOURCE_FILTERS.map((filter) => (
                <option key={filter.value} value={filter.value}>
                  {filter.label}
                </option>
              ))}
            </select>
            <button type="button" class="primary" onClick={startNew}>
              新建话术
            </button>
          </div>
          <div class="library-toolbar">
            <ImportButton
              testId="import-file"
              onFile={(file) => {
                setStatus(null);
                void importer.readFile(file);
              }}
            />
            <span class="toolbar-gap" />
            <select aria-label="导出范围" value={exportScope} onChange={(event) => setExportScope(event.currentTarget.value as ExportScope)}>
              <option value="personal">个人话术</option>
              <option value="all">全部话术</option>
            </select>
            <button type="button" onClick={() => void exportAs('xlsx')}>
              导出 Excel
            </button>
            <button type="button" onClick={() => void exportAs('csv')}>
              导出 CSV
            </button>
            <button type="button" onClick={() => void exportAs('json')}>
              导出 JSON
            </button>
          </div>
          <NoticeLine notice={status} testId="library-status" />
          {importer.state && (
            <ImportPreview
              state={importer.state}
              source="personal"
              saving={saving}
              onChoose={importer.chooseConflict}
              onChooseIntent={importer.chooseIntent}
              onConfirm={() => void importer.confirm()}
              onCancel={importer.cancel}
            />
          )}
          {editing && (
            <PhraseForm
              heading={editing.heading}
              source="personal"
              draft={editing.draft}
              selfId={editing.id}
              phrases={phrases}
              groups={groupNames}
              errors={editing.errors}
              saving={saving}
              onChange={form.change}
              onSave={() => void saveForm()}
              onCancel={form.close}
            />
          )}
          <PhraseGroups
            key={`${source}\u0000${query}`}
            groups={groups}
            confirmingDelete={confirmingDelete}
            onEdit={startEdit}
            onCopy={startCopy}
            onAskDelete={setConfirmingDelete}
            onDelete={(phrase) => void deletePhrase(phrase)}
          />
        </>
      )}
    </section>
  );
}
