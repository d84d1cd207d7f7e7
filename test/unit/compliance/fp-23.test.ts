// Round 23 (branch fp23): clean drafts whose medical word is handed on or denied — treatment given to a doctor or said
// to be irreplaceable, a condition in a 的话 case then care advice. Each shape has its risky twins. Every sentence is
// written for the test, none is taken from the data; each clean one is flagged by the start engine's rules (fae0208).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('treatment handed to a doctor or a hospital (medical.doctor-treats)', () => {
  it.each([
    '孩子结巴的话要找专业的医生或者语言治疗，这套绘本只能帮着练说话',
    '腰椎不好的话得去正规医院治疗，这个靠垫只是坐着舒服点',
    '牙疼得厉害请找医生治疗，冰袋只能先敷一下',
    '颈椎的问题建议去医院治疗，枕头管不了这个',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it.each([
    '坐这个按摩椅比去医院治疗还管用',
    '没必要找医生治疗，喝这款茶就行',
    '不需要去医院治疗，这个药膏就能治好',
  ])('still flags %s', (text) => expect(categoriesOf(text)).toContain('medical'));
});

describe('treatment the goods cannot stand in for (medical.no-substitute)', () => {
  it.each(['这个枕头代替不了治疗', '护腰代替不了药物治疗'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
  it('still flags the goods standing in for treatment', () => expect(categoriesOf('这个按摩椅可以代替治疗')).toContain('medical'));
});

describe('a condition in a 的话 case, then care advice (medical.if-then-care)', () => {
  it('leaves the case handed to the buyer alone', () => expect(serious('这双袜子能吸汗，脚有伤口的话先处理好再穿')).toEqual([]));
  it.each(['脚上有伤口的话，垫这个鞋垫好得快', '湿疹的话用这款面霜，三天就好'])('still flags %s', (text) =>
    expect(categoriesOf(text)).toContain('medical'),
  );
});
