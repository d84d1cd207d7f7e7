// Round 16, second dialect pass (issue #12): dialect words the first pass (dialect-16.test.ts) left unknown, as rule
// words and cancelling contexts (nothing new folded: the characters below are either folded already — 唔 冇 侬 伐 覅 —
// or used by Mandarin too). Each shape has clean twins. Every sentence here is written for the test, none is taken
// from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('粤语: 倾 (聊) for talking off the platform, 搞掂 (搞定) for a brush-off', () => {
  it.each([
    ['呢度唔方便，我哋出去倾啦', 'offplatform'],
    ['价钱私下倾，平台睇唔到', 'offplatform'],
    ['咁简单嘅嘢，自己搞掂佢啦', 'attitude'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    '有咩想倾就喺度同我倾，我一直喺线',
    '倾咗咁耐，多谢你耐心等',
    '呢款壳自己搞掂好容易，一扣就得',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('someone else\'s words and the shop disowning them, in dialect', () => {
  it.each([
    // 上海话: 讲 for 说 (侬讲 reads 你讲), 阿拉 (我们) after 伐是 (不是), 伐好 (不能) read 不好.
    '侬讲晒图返现？阿拉伐做格种活动',
    '那个抖音号伐是阿拉，侬覅加',
    '阿拉真丝围巾伐好治病额，就是保暖',
    // 四川话 别个 (别人).
    '能减肥都是别个乱说的，我们这个就是零食',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    ['晒个好评，阿拉返侬红包', 'reviewbait'],
    ['阿拉枕套能治失眠，侬试试', 'medical'],
    ['你才乱说，我发的是正品', 'abuse'],
  ])('still flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});

describe('粤语: "nobody beats us" (冇边间…得过我哋), 实 (surely) after 咗, 唔敢讲 taking a claim back', () => {
  it.each([
    ['成条街冇边间抵得过我哋', 'absolute'],
    ['冇人好食得过呢款', 'absolute'],
    ['贴咗实冇事，放心用', 'promise'],
    ['饮咗实见效', 'promise'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    // Another shop cheaper: the comparative without "nobody".
    '楼下嗰间平得过我哋，不过冇保养',
    // 其实/确实 + 冇问题: plain Mandarin words, no 咗 before 实.
    '其实冇问题，重启一下就得',
    '确实冇问题，我哋试过先寄',
    '全港最平唔敢讲，不过有单据',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('上海话 顶 for 最, 四川话 insults and 爬 for 滚', () => {
  it.each([
    ['阿拉格羊绒围巾全上海顶好', 'absolute'],
    ['格只色号顶顶好，侬放心拍', 'absolute'],
    ['嫌辣就莫买，不买就爬', 'abuse'],
    ['你个哈批，地址都填不对', 'abuse'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    // 顶好 as 最好 for advice ("you'd better"), not a claim.
    '顶好侬先量一下肩宽再拍',
    '楼梯不好爬，快递就放门口',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('粤语: 利是 (红包) as a review reward, 催都冇用, 死开 and 扮识', () => {
  it.each([
    ['追评加三张相，我哋派利是', 'reviewbait'],
    ['你再催都冇用，仓库放假', 'attitude'],
    ['唔买就你死开啦', 'abuse'],
    ['乜都唔知就唔好扮识啦', 'abuse'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    // 利是 with no review asked for; 死开 inside 卡死开唔到机.
    '新年快乐，落单嘅客人都有利是封',
    '部手机卡死开唔到机，可以寄返嚟我哋检查',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});

describe('dialect "can\'t guarantee" and "who dares" take a promise back; 粤语 冇得顶/冇得弹', () => {
  it.each([
    '冇得保证后日到，睇物流',
    '莫得保证哈，快递说了算',
    '哪个敢保证三天一定到嘛，要看天气',
    '边个敢保证今晚实到？我哋尽量',
    '呢个尺寸冇得顶住个门，要另外买门挡',
    '呢款壳冇得弹性，唔好大力拉',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    ['呢只数据线冇得顶', 'absolute'],
    ['个做工冇得弹，你放心', 'absolute'],
    ['我哋保证后日一定到', 'promise'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));
});

describe('粤语 and 上海话 insults and brush-offs: 懒理你, 屋企人冇教, 睇清楚先问, 嘥气, 戆卵, 小赤佬, 寻死啊', () => {
  it.each([
    ['咁嘅问题我懒理你', 'abuse'],
    ['讲嘢咁冲，屋企人冇教你咩', 'abuse'],
    ['详情页写晒，睇清楚先问啦', 'abuse'],
    ['讲三次都唔明，真系嘥气', 'abuse'],
    ['侬只戆卵，尺码看伐懂', 'abuse'],
    ['小赤佬，还想白拿', 'abuse'],
    ['侬寻死啊，半夜三点来催', 'abuse'],
  ])('flags %s', (text, category) => expect(categoriesOf(text)).toContain(category));

  it.each([
    // 懒理 about scammers, not the buyer; 嘥气 advised against.
    '有人扮客服打电话俾你，懒理佢就得',
    '唔使嘥气同快递拗，我帮你跟',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));
});
