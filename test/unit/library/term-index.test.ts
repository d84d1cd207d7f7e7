import { describe, expect, it } from 'vitest';
import { discountContained, TermIndex } from '../../../utils/library/term-index';
import type { TermMatch } from '../../../utils/library/term-index';
import { compactText } from '../../../utils/library/text';

function indexOf(words: string[], abbreviations: Record<string, string> = {}): TermIndex {
  const index = new TermIndex();
  for (const word of words) index.add(word);
  for (const [letters, word] of Object.entries(abbreviations)) index.setAbbreviation(letters, word);
  index.freeze();
  return index;
}

function found(index: TermIndex, text: string): string[] {
  const matches: TermMatch[] = [];
  index.match(text, matches);
  return matches.map((match) => `${text.slice(match.start, match.end)}=${index.terms[match.term]}@${match.weight}`);
}

describe('TermIndex', () => {
  it('folds width and case and steps over punctuation, keeping offsets into the original text', () => {
    const index = indexOf(['发货', 'ok']);
    expect(found(index, '发～货了吗')).toEqual(['发～货=发货@1']);
    expect(found(index, 'ＯＫ的')).toEqual(['ＯＫ=ok@1']);
    expect(compactText('Ｆ H，发 货!')).toBe('fh发货');
  });

  it('matches latin terms only as whole words', () => {
    expect(found(indexOf(['ok']), 'book')).toEqual([]);
    expect(found(indexOf(['ok']), '好的ok')).toEqual(['ok=ok@1']);
  });

  it('reads homophone slips when most characters are as typed', () => {
    const index = indexOf(['发货', '包邮吗', '税号', '什么码']);
    expect(found(index, '还不发火')).toEqual(['发火=发货@0.55']);
    expect(found(index, '包油吗')).toEqual(['包油吗=包邮吗@0.75']);
    expect(found(index, '洗发水好')).toEqual([]);
    expect(found(index, '要备注什么吗')).toEqual([]);
  });

  it('reads syllables typed in pinyin', () => {
    const index = indexOf(['在吗', '在不在']);
    expect(found(index, '在ma')).toEqual(['在ma=在吗@0.55']);
    expect(found(index, 'zai bu zai')).toEqual(['zai bu zai=在不在@0.75']);
  });

  it('lets a typed word win over an overlapping sound-alike', () => {
    expect(found(indexOf(['三包', '薄吗']), '三包吗')).toEqual(['三包=三包@1']);
  });

  it('tolerates one extra character inside a word of three or more, but not a negation', () => {
    const index = indexOf(['等一下', '不要了', '能退吗', '发货']);
    expect(found(index, '你等我一下')).toEqual(['等我一下=等一下@0.6']);
    expect(found(index, '不太要了')).toEqual(['不太要了=不要了@0.6']);
    expect(found(index, '能不退吗')).toEqual([]);
    expect(found(index, '发了货')).toEqual([]);
  });

  it('reads pinyin initials, and a listed abbreviation as its one word', () => {
    const index = indexOf(['快递', '卡顿', '发货', '发火'], { fh: '发货' });
    expect(found(index, 'kd到哪了').sort()).toEqual(['kd=卡顿@0.6', 'kd=快递@0.6']);
    expect(found(index, 'fh了吗')).toEqual(['fh=发货@0.9']);
    expect(found(index, 'fhx')).toEqual([]);
  });

  it('discounts matches inside longer ones', () => {
    const matches: TermMatch[] = [
      { start: 0, end: 4, term: 0, weight: 1 },
      { start: 0, end: 2, term: 1, weight: 1 },
      { start: 2, end: 4, term: 2, weight: 1 },
    ];
    discountContained(matches);
    expect(matches.map((match) => match.weight)).toEqual([1, 0.4, 0.4]);
  });
});
