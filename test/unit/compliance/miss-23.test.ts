// Round 23 (miss23): rhetorical questions that assert — 难道 / 岂 + a negation is no negation (rules/rhetorical.ts).
// Every sentence is written for the test; each shape has its clean neighbours. The rules alone are read (no learned model).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

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
