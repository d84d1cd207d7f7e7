import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import { createPhraseSearch } from '../../../utils/library/search';
import { loadSampleLibrary } from './helpers';

describe('phrase search', () => {
  const search = createPhraseSearch(loadSampleLibrary());
  const ids = (query: string, limit?: number) => search.search(query, limit).map((phrase) => phrase.id);

  it('puts an exact 快捷编码 first, then longer codes with that prefix', () => {
    expect(ids('fh48')[0]).toBe('t-ship-48h');
    expect(ids('/FH').slice(0, 2).sort()).toEqual(['t-ship-48h', 't-ship-today']);
    expect(ids('kd')[0]).toBe('t-courier');
  });

  it('finds a phrase by the pinyin initials of its title', () => {
    expect(ids('wlcx')[0]).toBe('t-track');
    expect(ids('qtwly')[0]).toBe('t-return');
  });

  it('finds phrases by words of the title or body', () => {
    expect(ids('破损')[0]).toBe('t-damaged');
    expect(ids('原路退回')).toContain('t-refund');
  });

  it('respects the limit and ignores an empty query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('f', 2)).toHaveLength(2);
  });

  it('finds built-in phrases by their code', () => {
    const withCode = BUILTIN_PHRASES.find((phrase) => phrase.code);
    if (!withCode?.code) throw new Error('the built-in library has no 快捷编码');
    expect(createPhraseSearch(BUILTIN_PHRASES).search(withCode.code, 5)[0]?.id).toBe(withCode.id);
  });
});

describe('phrase search by sound and with typos', () => {
  const search = createPhraseSearch(loadSampleLibrary());
  const ids = (query: string) => search.search(query, 5).map((phrase) => phrase.id);

  it('finds a homophone slip through the sound index', () => {
    expect(ids('包油范围')[0]).toBe('t-free-ship');
    expect(ids('退宽')[0]).toBe('t-refund');
  });

  it('falls back to fuzzy matching for other typos', () => {
    expect(ids('物查询')).toContain('t-track');
  });
});
