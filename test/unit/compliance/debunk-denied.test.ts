// A debunk said back to front (DEBUNK_DENIED_ALLOW, contexts.ts): 「…不是骗人的」 vouches for the claim before it, while
// 「…是骗人的」 and the rhetorical 「…那不是骗人吗」 still call it a lie. Found by ff26 (round 26): 是骗人的 matched
// inside 不是骗人的 and took back the claim it was vouching for. Every sentence is written for the test.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('a claim vouched for by denying it is a lie', () => {
  it.each([
    ['这款护膝能疏通经络，不是骗人的', 'medical'],
    ['这个枕头能治颈椎病，真没忽悠您', 'medical'],
    ['这款面霜能祛斑，没骗你', 'medical'],
    ['这是全网最低价，绝对不是骗人的', 'absolute'],
    ['这款被子全网最低价，不是吹牛', 'absolute'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});

describe('the same claim called a lie stays clean', () => {
  it.each([
    '说护膝能疏通经络，那是骗人的',
    '网上说这个枕头能治颈椎病，都是忽悠人的',
    '说包治百病的，那不是骗人吗',
    '全网最低价这种话，不是吹牛么',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});
