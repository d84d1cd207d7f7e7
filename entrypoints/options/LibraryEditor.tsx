// 话术库: the whole library by group, personal phrases editable, import and export as CSV (Excel) or JSON.
// Personal phrases are saved through the background (validated, then stored in IndexedDB); an import is
// previewed first and stores nothing until the agent confirms it.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { exportCsv, exportJson } from '../../utils/library/csv';
import {
  applyImport,
  decodeText,
  draftFromPhrase,
  EMPTY_PHRASE_FORM,
  exportFileName,
  groupPhrases,
  newPhraseId,
  phraseFromDraft,
  readLibraryFile,
  type ConflictChoice,
  type PhraseFormDraft,
  type SourceFilter,
} from '../../utils/library/editor';
import { planImport } from '../../utils/library/import-plan';
import type { Phrase } from '../../utils/library/types';
import { onMessage, sendMessage, type LibraryView } from '../../utils/messaging';
import { downloadText } from './download';
import { ImportPreview, type ImportState } from './library/ImportPreview';
import { SOURCE_FILTERS } from './library/labels';
import { PhraseForm } from './library/PhraseForm';
import { PhraseGroups } from './library/PhraseGroups';
import './library/library.css';

interface Editing {
  heading: string;
  /** The personal phrase being edited; absent for a new one. */
  original?: Phrase;
  id: string;
  draft: PhraseFormDraft;
  errors: string[];
}

type Status = { kind: 'ok' | 'error'; text: string } | null;
type ExportScope = 'personal' | 'all';

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function LibraryEditor() {
  const [library, setLibrary] = useState<LibraryView | null>(null);
  const [personal, setPersonal] = useState<Phrase[]>([]);
  const [query, setQuery] = useState('');
  const [source, setSource] = useState<SourceFilter>('all');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  const [importState, setImportState] = useState<ImportState | null>(null);
  const [exportScope, setExportScope] = useState<ExportScope>('personal');
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const filterBox = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

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
    setEditing({ heading: '新建个人话术', id: newPhraseId(Date.now()), draft: { ...EMPTY_PHRASE_FORM }, errors: [] });
    setStatus(null);
  };
  const startEdit = (phrase: Phrase) => {
    setEditing({ heading: `编辑「${phrase.title}」`, original: phrase, id: phrase.id, draft: draftFromPhrase(phrase), errors: [] });
    setStatus(null);
  };
  const startCopy = (phrase: Phrase) => {
    // A copy gets its own id and no 快捷编码, so it neither hides nor is hidden by the phrase it came from.
    setEditing({ heading: `复制「${phrase.title}」为个人话术`, id: newPhraseId(Date.now()), draft: { ...draftFromPhrase(phrase), code: '' }, errors: [] });
    setStatus(null);
  };
  /** Once errors are shown they follow the typing, so a fixed field stops being reported at once. */
  const changeDraft = (draft: PhraseFormDraft) => {
    if (!editing) return;
    const check = editing.errors.length > 0 ? phraseFromDraft(draft, editing.original, Date.now(), editing.id) : null;
    setEditing({ ...editing, draft, errors: check && !check.ok ? check.errors : [] });
  };
  const saveForm = async () => {
    if (!editing || saving) return;
    const result = phraseFromDraft(editing.draft, editing.original, Date.now(), editing.id);
    if (!result.ok) {
      setEditing({ ...editing, errors: result.errors });
      return;
    }
    const exists = personal.some((phrase) => phrase.id === editing.id);
    const next = exists ? personal.map((phrase) => (phrase.id === editing.id ? result.phrase : phrase)) : [...personal, result.phrase];
    if (await savePersonal(next)) {
      setEditing(null);
      setStatus({ kind: 'ok', text: `已保存「${result.phrase.title}」` });
    }
  };
  const deletePhrase = async (phrase: Phrase) => {
    setConfirmingDelete(null);
    if (await savePersonal(personal.filter((item) => item.id !== phrase.id))) {
      if (editing?.id === phrase.id) setEditing(null);
      setStatus({ kind: 'ok', text: `已删除「${phrase.title}」` });
    }
  };

  const exportAs = (format: 'csv' | 'json') => {
    const chosen = exportScope === 'personal' ? personal : phrases;
    if (chosen.length === 0) {
      setStatus({ kind: 'error', text: '还没有个人话术可导出；要导出全部话术，请在范围里选“全部话术”' });
      return;
    }
    const name = exportFileName(new Date(), format);
    if (format === 'csv') downloadText(name, exportCsv(chosen), 'text/csv;charset=utf-8');
    else downloadText(name, exportJson(chosen), 'application/json');
    setStatus({ kind: 'ok', text: `已导出 ${chosen.length} 条话术到 ${name}` });
  };

  const importFile = async (file: File) => {
    setStatus(null);
    setImportState({ stage: 'reading', fileName: file.name, progress: null });
    try {
      const text = decodeText(new Uint8Array(await file.arrayBuffer()));
      const result = await readLibraryFile(
        file.name,
        text,
        (progress) => setImportState({ stage: 'reading', fileName: file.name, progress }),
        nextFrame,
      );
      // Compared with the whole library, so re-importing an export of everything does not duplicate built-ins.
      const plan = planImport(phrases, result.phrases);
      setImportState({ stage: 'preview', fileName: file.name, plan, errors: result.errors, choices: plan.conflicts.map(() => 'keep') });
    } catch (error) {
      setImportState(null);
      setStatus({ kind: 'error', text: `读取文件失败：${error instanceof Error ? error.message : String(error)}` });
    }
  };
  const chooseConflict = (index: number, choice: ConflictChoice) => {
    if (importState?.stage !== 'preview') return;
    setImportState({ ...importState, choices: importState.choices.map((old, i) => (i === index ? choice : old)) });
  };
  const confirmImport = async () => {
    if (importState?.stage !== 'preview') return;
    const { plan, choices } = importState;
    const next = applyImport(personal, plan, choices, Date.now(), () => newPhraseId(Date.now()));
    const replaced = choices.filter((choice) => choice === 'replace').length;
    if (await savePersonal(next)) {
      setImportState(null);
      setStatus({ kind: 'ok', text: `已导入 ${plan.added.length} 条${replaced > 0 ? `，覆盖 ${replaced} 条` : ''}` });
    }
  };

  return (
    <section class="hs-card library-editor" id="library" data-testid="library-editor">
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
            <button type="button" onClick={() => fileInput.current?.click()}>
              导入 CSV / JSON…
            </button>
            <input
              ref={fileInput}
              type="file"
              hidden
              data-testid="import-file"
              accept=".csv,.json,text/csv,application/json"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) void importFile(file);
              }}
            />
            <span class="toolbar-gap" />
            <select aria-label="导出范围" value={exportScope} onChange={(event) => setExportScope(event.currentTarget.value as ExportScope)}>
              <option value="personal">个人话术</option>
              <option value="all">全部话术</option>
            </select>
            <button type="button" onClick={() => exportAs('csv')}>
              导出 CSV
            </button>
            <button type="button" onClick={() => exportAs('json')}>
              导出 JSON
            </button>
          </div>
          {status && (
            <p class={`hs-status ${status.kind}`} aria-live="polite" data-testid="library-status">
              {status.text}
            </p>
          )}
          {importState && (
            <ImportPreview
              state={importState}
              saving={saving}
              onChoose={chooseConflict}
              onConfirm={() => void confirmImport()}
              onCancel={() => setImportState(null)}
            />
          )}
          {editing && (
            <PhraseForm
              heading={editing.heading}
              draft={editing.draft}
              selfId={editing.id}
              phrases={phrases}
              groups={groupNames}
              errors={editing.errors}
              saving={saving}
              onChange={changeDraft}
              onSave={() => void saveForm()}
              onCancel={() => setEditing(null)}
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
