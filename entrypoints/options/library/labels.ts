import type { SourceFilter } from '../../../utils/library/editor';
import type { PhraseSource } from '../../../utils/library/types';

export const SOURCE_LABELS: Record<PhraseSource, string> = { personal: '个人', team: '团队', builtin: '内置' };

export const SOURCE_FILTERS: { value: SourceFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'personal', label: '个人' },
  { value: 'team', label: '团队' },
  { value: 'builtin', label: '内置' },
];

/** What the import buttons accept: what the shared reader reads (utils/library/phrase-file.ts). */
export const PHRASE_FILE_TYPES = '.xlsx,.csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,text/plain,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
