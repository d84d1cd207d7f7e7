// Round 26 (branch ff26): shapes of clean drafts the rules flagged, from the round-25 note's list (a review the buyer
// already left, the platform's ban explained, another seller's view of buyers set apart), each with risky twins that
// must still be caught. Every sentence is written for the test in voices of our own; each clean one is flagged by the
// start engine's rules (1948b39).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe("the buyer's own review read back, the fault it names put right (reviewbait.review-read)", () => {
  it.each([
    '您的评价我们看到了，瑕疵的事给您补发一个',
    '您写的评价我看了，说得在理，我们改，给您补寄一个新的',
    '您评价里说少了螺丝，我给您寄两颗过去',
    '你的追评我看到了，色差的问题给你补一件',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each([
    '您的评价写好后，我给您补发一个赠品',
    '您的评价我看到了，改一下给您补十块',
    '你評論寫「冇色差」嘅話 我哋返你三蚊',
    '您的好评截图发我，返您5元',
    '您的差评我们看到了，删了给您补十块',
  ])('still flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));
});

describe('the ban named in other words (REVIEW_NEGATIONS_AFTER: 是犯规)', () => {
  it('leaves the rule explained alone', () => expect(serious('用返钱求好评是犯规的，咱家从来不搞')).toEqual([]));
  it.each(['好评返现不犯规的，放心', '好评返现，平台查得严，私信我'])('still flags %s', (text) => expect(categoriesOf(text)).toContain('reviewbait'));
});

describe("another seller's view of buyers, the shop's own set apart (abuse.others-view)", () => {
  it.each([
    '有些卖家觉得几块钱的东西随便包包就行，我们还是一个个认真包',
    '别家客服总觉得问得多的都是事多，我们不这么看，您尽管问',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each(['有的买家就是想占便宜', '有的店觉得你们这种买家就是想占便宜', '有些卖家觉得退货的都是想占便宜，确实是'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('abuse'),
  );
});
