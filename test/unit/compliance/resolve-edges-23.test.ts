// Round 23: two claims of different categories, as severe, whose spans share only an edge are two problems in two sets
// of words, so both are reported, the one that loses the overlap trimmed to its own words when at least half of it is
// left (fresh/README.md, cats23). A span inside another stays one reading of the same words (the contest decides, the
// loser is noted); a milder reading, or a word's tail, stays folded into the winner. Every sentence is written for the test.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import type { Finding } from '../../../utils/compliance/types';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

/** Findings in text order, none over another. */
function apartInOrder(findings: readonly Finding[]): boolean {
  return findings.every((finding, i) => i === 0 || findings[i - 1]!.end <= finding.start);
}

describe('two claims sharing an edge are both reported', () => {
  it.each([
    ['这口铁锅永不生锈的 炒十年都跟新的一样', ['absolute', 'promise']],
    ['这把菜刀zui耐用的，切十年没毛病', ['absolute', 'promise']],
    ['这个行李箱ｚｕｉ耐摔的 从二楼扔下去都没事', ['absolute', 'promise']],
  ])('reads %s under both categories', (text, categories) => {
    expect(categoriesOf(text)).toEqual(categories);
    expect(apartInOrder(checker.check(text))).toBe(true);
  });

  it('trims the losing span to its own words', () => {
    const [absolute, promise] = serious('这口铁锅永不生锈的 炒十年都跟新的一样');
    expect(absolute!.match).toBe('永');
    expect(promise!.match).toBe('不生锈的 炒十年都跟新的一样');
  });
});

describe('one reading of the same words stays one finding', () => {
  it('keeps a span that holds the other one claim', () =>
    expect(categoriesOf('这条毛巾100%不掉毛，用一年都是新的')).toEqual(['absolute']));

  it('keeps a milder claim across the edge of a block folded into it', () =>
    expect(categoriesOf('全网zui低价啦，找遍淘宝都没这么便宜')).toEqual(['offplatform']));

  it('keeps the tail of a word under a review threat folded into it (不卖给你了 after the threat)', () =>
    expect(categoriesOf('差评不撤的话，以后我们不卖给你了')).toEqual(['reviewbait']));

  it.each(['这口铁锅永不生锈', '这口铁锅不生锈，炒十年都跟新的一样'])('reads %s once', (text) => expect(serious(text)).toHaveLength(1));

  it('leaves the denied claim clean', () => expect(serious('我们不敢说永不生锈，炒十年都跟新的一样是做不到的')).toEqual([]));
});
