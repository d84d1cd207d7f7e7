// Round 19 (spell19): off-platform steering and spelling games that still got through — chat ids spelled out in
// spaced groups, WeChat by a sound that is a word too (卫星, 维, 徽), QQ by 叩叩 or handed over with the verb ("Q 我"),
// red packets asked for the agent, receipt held back while money goes private, and 傻逼 spelled half in pinyin. Each
// shape with clean twins that must stay unflagged. Every sentence is written for the test, none is taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

/** The finding of `rule` in `text`, its underline checked against the text. */
function findingOf(text: string, rule: string) {
  const found = serious(text).find((f) => f.rule === rule);
  expect(found, `${text} → ${JSON.stringify(serious(text))}`).toBeDefined();
  expect(found!.match).toBe(text.slice(found!.start, found!.end));
  return found!;
}

describe('chat ids spelled out in groups after a contact cue', () => {
  it.each([
    ['vx：mt 3 3 9 0 7 有事找我', 'vx：mt 3 3 9 0 7'],
    ['V❤ : k e 7 7 2 1 加一下', 'V❤ : k e 7 7 2 1'],
    ['微信号：tea 2 0 8 8，备注买家', '微信号：tea 2 0 8 8'],
    ['我v是 x i a o m i 6 6', 'v是 x i a o m i 6 6'],
  ])('flags %s, underlining the cue and the whole id', (text, match) => {
    expect(findingOf(text, 'offplatform.im-id').match).toBe(match);
  });

  it('keeps an unspaced id as it was read', () => {
    expect(findingOf('微信号 Shop8899 加一下', 'offplatform.im-id').match).toBe('微信号 Shop8899');
  });

  it.each(['订单号 2341 8866 已经发出了', '型号 VX 2000 pro 有现货', '这款支持 wifi 6 和蓝牙 5 2 两个版本', 'V领 A 字裙 M 码有货'])(
    'leaves %s alone',
    (text) => {
      expect(serious(text)).toEqual([]);
    },
  );
});

describe('WeChat by a sound that is a word too: 卫星, 微, 维, 徽 before an id with a letter and a digit', () => {
  it.each([
    ['卫星 mumu2288 备注买家', '卫星 mumu2288'],
    ['卫星：tea_shop 加一下，有试吃', '卫星：tea_shop'],
    ['👉 维❤：lily_0903 发你实拍', '维❤：lily_0903'],
    ['徽：abc 8 8 6 6 随时找我', '徽：abc 8 8 6 6'],
    ['微❤：cang ku 0 1，到货通知您', '微❤：cang ku 0 1'],
    ['想看实拍就加维 xiaoyu520', '加维 xiaoyu520'],
  ])('flags %s', (text, match) => {
    expect(findingOf(text, 'offplatform.im-id').match).toBe(match);
  });

  it.each([
    '支持北斗卫星定位，GPS 双模',
    '北斗卫星 GLONASS 都支持',
    '卫星 L1L5 双频，定位更准',
    '面料是聚酯纤维 PET 100 材质',
    '维生素 C 1000mg 每片',
    '微波炉 ab12345 是旧型号',
  ])('leaves %s alone', (text) => {
    expect(categoriesOf(text)).not.toContain('offplatform');
  });
});

describe('QQ by sound or handed over with the verb, WeChat spelled waixin or 微❤同号', () => {
  it.each([
    ['Q 我 四八二零三七六一五', 'offplatform.qq-number'],
    ['扣俺：五五二八零三一六七', 'offplatform.qq-number'],
    ['叩叩号码写在卡片背面了', 'offplatform.qq'],
    ['扣扣上发你几张实拍', 'offplatform.qq'],
    ['waixin 同号 随时找我', 'offplatform.wechat'],
    ['微❤同号，直接找我就行', 'offplatform.wechat-sound'],
  ])('flags %s', (text, rule) => {
    findingOf(text, rule);
  });

  it.each(['扣子扣上再发货', '平台扣我 20 块运费不合理', '这是微单同款镜头'])('leaves %s alone', (text) => {
    expect(categoriesOf(text)).not.toContain('offplatform');
  });
});

describe('red packets asked for the agent, outside the order', () => {
  it.each([
    ['发个红包给我，今天就给您加急', '发个红包给我'],
    ['您包个红包给我 我帮您留最好的位置', '包个红包给我'],
    ['红包转我 这边先给您发', '红包转我'],
    ['先给我发个红包，我帮您往前排', '给我发个红包'],
  ])('flags %s', (text, match) => {
    expect(findingOf(text, 'offplatform.red-packet-to-me').match).toBe(match);
  });

  it.each([
    '我给您发个红包过来，您查收一下',
    '平台红包发给您了，下单能抵扣',
    '店铺红包转给您了 下单自动抵扣',
    '不能让您发个红包给我哦 这是违规的',
  ])('leaves %s alone', (text) => {
    expect(categoriesOf(text)).not.toContain('offplatform');
  });
});

describe('receipt held back, money sent elsewhere', () => {
  it('files receipt held back while the difference goes to a private account as offplatform, not reviewbait', () => {
    const categories = categoriesOf('先别确认收货，差价我私下返给你，支付宝账号发我');
    expect(categories).toContain('offplatform');
    expect(categories).not.toContain('reviewbait');
    expect(categoriesOf('确认收货后给您返 5 元红包')).toContain('reviewbait');
  });

  it('reads 不然没法给 as a push to add the contact, while 没法给 after it still refuses', () => {
    expect(categoriesOf('先加我V 不然没法给你安排')).toContain('offplatform');
    expect(categoriesOf('V信我们不加的，没法给您')).not.toContain('offplatform');
  });
});

describe('傻逼 half in pinyin', () => {
  it('flags sha b, spaced or not', () => {
    expect(findingOf('sha b 吧 这都不会', 'abuse.ru-ma').match).toBe('sha b');
    expect(findingOf('shab吧', 'abuse.ru-ma').match).toBe('shab');
  });

  it('leaves an English word holding the letters alone', () => {
    expect(categoriesOf('shabby 风的设计 很好看')).not.toContain('abuse');
  });
});

describe('a landline typed digit by digit, the area code marked by a hyphen', () => {
  it('flags it, underlining the digits', () => {
    expect(findingOf('有事打店里座机，0 2 1 - 5 5 6 6 7 7 8 8', 'offplatform.landline').match).toBe('0 2 1 - 5 5 6 6 7 7 8 8');
    expect(findingOf('售后电话 0755-26668888', 'offplatform.landline').match).toBe('电话 0755-26668888');
  });

  it('leaves the same digits after 订单号, and digits one by one without the hyphen, alone', () => {
    expect(serious('订单号 0 2 1 - 5 5 6 6 7 7 8 8 已经发出了')).toEqual([]);
    expect(serious('编号 0 2 1 5 5 6 6 7 7 8 8')).toEqual([]);
  });
});

describe('a character said twice, spelled twice', () => {
  it('reads 爱mai不mai as 爱买不买', () => {
    expect(categoriesOf('爱mai不mai，不买拉倒')).toContain('abuse');
    expect(categoriesOf('爱买不买，不买拉倒')).toContain('abuse');
  });

  it('leaves the spelled word used plainly alone', () => {
    expect(serious('您看中了就mai，不mai也没关系，慢慢挑')).toEqual([]);
  });
});

describe('spaced groups read as an id only after a mark', () => {
  it('keeps the first group alone after a bare space, as before', () => {
    expect(findingOf('微信 Shop8899 abc 1 加一下', 'offplatform.im-id').match).toBe('微信 Shop8899');
    expect(findingOf('微信：Shop8899 and a lot more words here too 2', 'offplatform.im-id').match).toBe('微信：Shop8899');
  });
});
