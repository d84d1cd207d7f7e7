import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BREAK, CLAUSE, SKIP, WORD, classTableOf, foldText, forEachT2S, wordKey } from '../../../utils/compliance/normalize';
import { t2sPairs, t2sTableSource } from '../../../scripts/gen-t2s-table';

describe('the traditional → simplified table', () => {
  it('is what scripts/gen-t2s-table.ts writes from opencc-js today', async () => {
    expect(readFileSync(new URL('../../../utils/compliance/t2s-table.ts', import.meta.url), 'utf8')).toBe(await t2sTableSource());
  });

  it('reads back as the pairs it was written from, every gap size and sign included', async () => {
    const read: [string, string][] = [];
    forEachT2S((traditional, simplified) => read.push([String.fromCharCode(traditional), String.fromCharCode(simplified)]));
    const pairs = await t2sPairs();
    expect(read).toEqual(pairs);
    // Gaps of one, two and three digits on both sides, and simplified forms below the previous one.
    const gaps = (side: 0 | 1) => pairs.map((pair, i) => pair[side].charCodeAt(0) - (i > 0 ? pairs[i - 1]![side].charCodeAt(0) : 0));
    expect(Math.max(...gaps(0))).toBeGreaterThan(64 * 25);
    expect(Math.max(...gaps(1).map(Math.abs))).toBeGreaterThan(64 * 25);
    expect(Math.min(...gaps(1))).toBeLessThan(0);
  });
});

describe('foldText', () => {
  it('keeps the length so offsets carry over', () => {
    const text = '這是ＶＸ①😀號';
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('folds width, case, traditional characters and digit forms', () => {
    expect(foldText('ＡＢｃ１２')).toBe('abc12');
    expect(foldText('這個價格說')).toBe('这个价格说');
    expect(foldText('一三八〇零壹贰叁')).toBe('13800123');
    expect(foldText('①⑵⒊❹➄➏㈦')).toBe('1234567');
    expect(foldText('貳陸')).toBe('26');
    expect(foldText('Ⓥⓧ')).toBe('vx');
  });

  it('reads + and ➕ as 加', () => {
    expect(foldText('+V➕v')).toBe('加v加v');
  });

  it('reads Cantonese particles, rare homophones of 微, tone-marked pinyin and rating and money emoji as the words they stand for', () => {
    expect(foldText('保證唔會甩色')).toBe('保证不会甩色');
    expect(foldText('溦信')).toBe('微信');
    expect(foldText('五⭐返💰').slice(0, 4)).toBe('5星返\ud83d');
    expect(wordKey('五⭐返💰')).toBe('5星返钱');
    expect(wordKey('好🌟评')).toBe('好评');
    expect(foldText('hǎo评 lǜ')).toBe('hao评 lv');
    // The app's note for 音, one surrogate read: "抖🎵搜一下".
    expect(wordKey('抖🎵')).toBe('抖音');
    expect(wordKey('抖🎶')).toBe('抖音');
  });
});

describe('character classes', () => {
  const classOf = (char: string | undefined) => classTableOf()[char!.charCodeAt(0)];

  it('skips spaces, punctuation, symbols, emoji halves, zero-width characters and variation selectors', () => {
    for (const char of [' ', '\u3000', '*', '·', '-', '.', '【', '✨', '\u200b', '\ufe0f', '😀'[0], '😀'[1]]) {
      expect(classOf(char), JSON.stringify(char)).toBe(SKIP);
    }
  });

  it('treats letters, digits, CJK and folded digit forms as word characters', () => {
    for (const char of ['a', 'Z', '7', '中', '①', '〇', '＋']) expect(classOf(char), char).toBe(WORD);
  });

  it('ends a sentence at 。！？ and line breaks, and a clause at commas', () => {
    for (const char of ['。', '！', '？', '!', '?', '\n']) expect(classOf(char), JSON.stringify(char)).toBe(BREAK);
    for (const char of ['，', ',', '、']) expect(classOf(char), char).toBe(CLAUSE);
  });
});

describe('wordKey', () => {
  it('folds a rule word and drops skipped characters', () => {
    expect(wordKey('No.1')).toBe('no1');
    expect(wordKey('好·评-返 现')).toBe('好评返现');
    expect(wordKey('假一賠十')).toBe('假1赔十');
  });

  it('keeps the percent sign, half- or full-width: 100% is not the price 100 (round 15)', () => {
    expect(wordKey('100%不掉色')).toBe('100%不掉色');
    expect(wordKey('１００％包退')).toBe('100%包退');
    expect(classTableOf()['%'.charCodeAt(0)]).toBe(WORD);
    expect(classTableOf()['％'.charCodeAt(0)]).toBe(WORD);
  });
});

describe('lookalike characters (round 10: a Kangxi radical for 己, a Greek omicron in "tοp")', () => {
  it('reads Kangxi radicals, circled and compatibility ideographs as the hanzi they are drawn like', () => {
    expect(foldText('自⼰⼈')).toBe('自己人');
    expect(foldText('㊣品')).toBe('正品');
    expect(foldText('ⅴⅹ')).toBe('vx');
    // Digits folded before keep their fold: ㈠ is 1, not 一.
    expect(foldText('㈠㊀')).toBe('11');
    expect(classTableOf()['⼰'.charCodeAt(0)]).toBe(WORD);
  });

  it('reads Greek and Cyrillic letters drawn like Latin ones as Latin, and leaves the ones spec sheets use', () => {
    expect(foldText('tοp vх')).toBe('top vx');
    expect(foldText('α-熊果苷 ΔE μm Ω')).toBe('α-熊果苷 Δe μm Ω');
  });
});

describe('Cantonese words read as Mandarin (round 10)', () => {
  it('reads 哋 俾 畀 喺 嚟 as 们 给 给 在 来', () => {
    expect(foldText('我哋轉俾你 畀你 喺度 嚟啦')).toBe('我们转给你 给你 在度 来啦');
  });
});
