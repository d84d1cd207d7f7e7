// Risky words that a plain word, a spec name or an idiom happens to contain (issue #12, round-12 writers): a set
// named 套装B, a 2B pencil, 泥沙比较多, 板上钉钉. Each has a twin where the same letters are the insult or the app.
// Every sentence is written for the test.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker({ confirm: false, learned: false });
const { serious, categoriesOf } = readerOf(checker);

describe('a risky word inside a plain word is no finding', () => {
  it.each([
    '规格请选套装B，含两支替换刷头',
    '包装B款是礼盒装，送人更体面',
    '考试涂卡要用2B铅笔，我们送的就是',
    '2B的那支适合涂答题卡，HB的写字',
    '井水里泥沙比较多的话，滤芯换得勤一点',
    '这款混凝土的水泥沙比例是一比三',
  ])('leaves %s clean', (text) => expect(serious(text)).toEqual([]));

  it.each([
    ['你装B给谁看呢', 'abuse'],
    ['说你是2B都算客气', 'abuse'],
    ['你真是个沙比，听不懂人话', 'abuse'],
  ])('still reads %s as %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});

describe('板上钉钉 is a certainty promised, not the 钉钉 app', () => {
  it.each([
    '后天送到是板上钉钉的事，您放心',
    '用了肯定掉秤，这个板上钉钉',
  ])('reads %s as a promise only', (text) => expect(categoriesOf(text)).toEqual(['promise']));

  it.each([
    ['有问题加我钉钉，我发您安装视频', 'offplatform'],
    ['钉钉上搜我名字就行', 'offplatform'],
  ])('still reads %s as %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});
