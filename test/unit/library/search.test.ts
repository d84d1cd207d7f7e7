import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import { createPhraseSearch, startPhraseSearch } from '../../../utils/library/search';
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

describe('phrase search built a slice at a time', () => {
  const phrases = BUILTIN_PHRASES.flatMap((phrase, i) => [phrase, { ...phrase, id: `copy-${i}`, code: `c${i}`, title: `${phrase.title}${i}` }]);
  const queries = ['/c1', 'c12', 'fh', '发货', '运废险', '退款什么时候到账', '尺码', '四件套', '快递', 'x', '包邮吗', '质量问题'];

  it('stops when asked, and finds what the whole build finds, whenever the query comes', () => {
    const whole = createPhraseSearch(phrases);
    const sliced = startPhraseSearch(phrases);
    let steps = 0;
    let stops = 0;
    while (!sliced.step(() => ++stops % 50 === 0)) steps++;
    expect(steps).toBeGreaterThan(phrases.length / 50 - 1);
    for (const query of queries) expect(sliced.finish().search(query, 20)).toEqual(whole.search(query, 20));

    // A query before the index is complete: finish() indexes the rest first.
    const early = startPhraseSearch(phrases);
    early.step(() => ++stops % 100 === 0);
    for (const query of queries) expect(early.finish().search(query, 20)).toEqual(whole.search(query, 20));
  });

  it('finds something for these queries, so the comparison above means something', () => {
    const whole = createPhraseSearch(phrases);
    expect(queries.filter((query) => whole.search(query, 20).length > 0).length).toBeGreaterThan(queries.length - 3);
  });
});
