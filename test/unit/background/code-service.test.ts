// The reply box's 快捷编码 are answered in the background from the tab's team library.
import { describe, expect, it } from 'vitest';
import { createCodeService, matchCodes } from '../../../entrypoints/background/code-service';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import { createPhraseSearch } from '../../../utils/library/search';
import type { Phrase } from '../../../utils/library/types';
import type { Conversation } from '../../../utils/workbench/types';

const base = BUILTIN_PHRASES.find((phrase) => phrase.code === 'fh1')!;
const teamPhrase = (code: string, title: string): Phrase => ({ ...base, id: `team-${code}`, code, title, body: `${title}的回复`, source: 'team' });

describe('matchCodes', () => {
  const search = createPhraseSearch(BUILTIN_PHRASES);

  it('puts the exact code first, marked exact, then codes that start with it; at most six, text only', () => {
    const matches = matchCodes(search, 'FH1');
    expect(matches[0]).toEqual({ id: base.id, title: base.title, code: 'fh1', body: base.body, exact: true });
    expect(matches.slice(1).every((match) => match.code?.startsWith('fh1') && !match.exact)).toBe(true);
    expect(matchCodes(search, 'fh').length).toBe(6);
    expect(matchCodes(search, 'fh').some((match) => match.exact)).toBe(false);
    expect(Object.keys(matches[0]!).sort()).toEqual(['body', 'code', 'exact', 'id', 'title']);
  });

  it('marks pinyin initials of a title as exact', () => {
    const phrase = BUILTIN_PHRASES.find((candidate) => candidate.title === '让您久等了')!;
    const [top] = matchCodes(search, 'rnjdl');
    expect(top).toMatchObject({ id: phrase.id, exact: true });
  });

  it('says what the open conversation contradicts, as the panel warns for a phrase found by search', () => {
    const conversation = (status: string): Conversation => ({
      platform: 'pinduoduo',
      platformName: '拼多多',
      key: 'pinduoduo:1',
      buyer: { name: '周周' },
      messages: [{ direction: 'buyer', text: '什么时候发货' }],
      order: { id: '1', status },
    });
    // 急用催发 takes for granted the order is not shipped yet.
    const [signed] = matchCodes(search, 'fh4', conversation('已签收'));
    expect(signed?.warning).toContain('页面显示：已签收');
    const [waiting] = matchCodes(search, 'fh4', conversation('待发货'));
    expect(waiting).not.toHaveProperty('warning');
    expect(matchCodes(search, 'fh4', null)[0]).not.toHaveProperty('warning');
  });

  it('answers nothing for nothing typed', () => {
    expect(matchCodes(search, '  ')).toEqual([]);
  });
});

describe('createCodeService', () => {
  it('searches the library of the tab’s team slot and builds it again after that library changed', async () => {
    const libraries: Record<string, Phrase[]> = { default: BUILTIN_PHRASES, shop: [...BUILTIN_PHRASES, teamPhrase('xm1', '小满专属欢迎')] };
    let builds = 0;
    const service = createCodeService({
      phrases: async (slot) => {
        builds++;
        return libraries[slot]!;
      },
      slotForTab: async (tabId) => (tabId === 2 ? 'shop' : 'default'),
      conversationOf: async () => null,
    });
    expect(await service.match(1, 'xm1')).toEqual([]);
    expect((await service.match(2, 'xm1'))[0]).toMatchObject({ id: 'team-xm1', exact: true });
    await service.match(2, 'fh');
    expect(builds).toBe(2);

    // A bare slash answers nothing but readies the search of that tab's library.
    service.libraryChanged('shop');
    expect(await service.match(2, '')).toEqual([]);
    await expect.poll(() => builds).toBe(3);
    await service.match(2, 'xm1');
    expect(builds).toBe(3);

    libraries.shop = [...BUILTIN_PHRASES, teamPhrase('xm1', '小满新欢迎')];
    service.libraryChanged('shop');
    expect((await service.match(2, 'xm1'))[0]?.title).toBe('小满新欢迎');
    expect(builds).toBe(4);
  });
});
