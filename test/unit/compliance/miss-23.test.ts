// Round 23 (miss23): dialect words read by the characters around them, and rhetorical questions that assert. Cantonese
// 唔好 read as 别 where it forbids (dialect-reading.ts), 难道 / 岂 + a negation as no negation (rules/rhetorical.ts).
// Every sentence is written for the test; each shape has its clean neighbours. The rules alone are read (no learned model).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readDialect } from '../../../utils/compliance/dialect-reading';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('粤语 唔好 reads as 别 where it forbids', () => {
  it('reads 唔好 as 别 and a skipped unit, the length kept, and leaves 不好 where it judges', () => {
    expect(readDialect('唔好问我')).toBe('别\u200b问我');
    expect(readDialect('嫌贵就唔好买啦').length).toBe('嫌贵就唔好买啦'.length);
    // 唔好意思 (不好意思), 唔好食 (不好吃), a clause's end, a result (修唔好), A-not-A (好评唔好评).
    for (const judged of ['唔好意思', '唔好食全额退', '边度做得唔好，', '修唔好赔你', '好评唔好评由你', '觉得唔好就同我讲']) {
      expect(readDialect(judged)).toBe(judged);
    }
    // Teochew 𠀾 is still read first.
    expect(readDialect('找𠀾到，唔好等')).toBe('找不\udc3e到，别\u200b等');
  });

  it.each([
    ['嫌贵就唔好买啦', 'attitude'],
    ['嫌貴就唔好買啦 講咩價', 'attitude'],
    ['我唔系师傅，唔好问我', 'attitude'],
    ['讲咗好多次，唔好再问', 'attitude'],
    ['下次唔好揾我啦', 'attitude'],
    ['食唔惯就唔好买啦', 'attitude'],
  ])('flags %s (as its Mandarin twin with 别)', (text, category) => expect(categoriesOf(text)).toContain(category));

  it('quotes the draft as typed', () => {
    expect(checker.check('我唔系师傅，唔好问我').map((finding) => finding.match).join()).toContain('唔好问我');
  });

  it.each([
    // The same word, forbidding, in advice and kind lines.
    '唔好担心，我哋今日就发货',
    '唔好客气，有问题随时揾我',
    '唔好用热水洗，会缩水',
    '吊牌唔好剪就可以退',
    '唔好意思，呢款冇货',
    '有人话加微信退款，唔好信，系骗子',
    '唔好加微信，有人冒充客服',
    '唔好私下转账，走平台安全啲',
    // Judging, as 不好.
    '你觉得边度唔好，同我讲',
    '食过觉得唔好就同我讲',
    '好评唔好评你自己决定',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});

describe('难道 / 岂 + a negation asserts the claim', () => {
  it.each([
    ['难道不是全网最好的吗', 'absolute'],
    ['我们家难道不是全网最好的吗', 'absolute'],
    ['难道不是全网最低价吗', 'absolute'],
    ['这款难道不就是全网最低价吗', 'absolute'],
    ['这样岂不是全网最好的', 'absolute'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    // The negation without 难道 still takes the claim back; 难道 with no claim says nothing.
    '这款不是全网最好的，但性价比高',
    '我们不是全网最低价，但售后有保障',
    '难道不是吗',
    '这难道不是质量问题吗，我帮您退',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));
});
