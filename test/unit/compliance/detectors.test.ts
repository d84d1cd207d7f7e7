import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';

const checker = createChecker();
const contactRules = (text: string) => checker.check(text).filter((f) => f.category === 'offplatform');

function expectContact(text: string, rule: string, match?: string): void {
  const found = contactRules(text).find((f) => f.rule === rule);
  expect(found, `${text} → ${JSON.stringify(checker.check(text))}`).toBeDefined();
  expect(found!.match).toBe(text.slice(found!.start, found!.end));
  if (match !== undefined) expect(found!.match).toBe(match);
}

describe('mobile numbers', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['有事打 138 1234 5678', '138 1234 5678'],
    ['138-1234-5678', '138-1234-5678'],
    ['１３８１２３４５６７８', '１３８１２３４５６７８'],
    ['号码 1 3 8 1 2 3 4 5 6 7 8 就是我', undefined],
    ['一三八一二三四五六七八', '一三八一二三四五六七八'],
    ['幺三八 幺二三四 五六七八', '幺三八 幺二三四 五六七八'],
    ['①③⑧①②③④⑤⑥⑦⑧', '①③⑧①②③④⑤⑥⑦⑧'],
    ['+86 139 0123 4567', undefined],
    ['vx13812345678', undefined],
  ])('flags %s', (text, match) => expectContact(text, 'offplatform.mobile', match));

  it('starts the match at an introducing word', () => {
    expectContact('电话：13812345678', 'offplatform.mobile', '电话：13812345678');
  });
});

describe('other contact details', () => {
  it('flags landlines and 400 numbers', () => {
    expectContact('售后电话 0755-26668888', 'offplatform.landline');
    expectContact('打 010 8888 6666', 'offplatform.landline');
    expectContact('热线 400-820-8820', 'offplatform.landline');
  });

  it('flags QQ numbers only when introduced', () => {
    expectContact('QQ：2873456123', 'offplatform.qq-number', 'QQ：2873456123');
    expectContact('扣扣 ８８６６５５４４', 'offplatform.qq-number');
    expectContact('企鹅号 123456789', 'offplatform.qq-number');
    expect(contactRules('库存还有 123456 件')).toEqual([]);
  });

  it('flags chat ids after a chat-app word', () => {
    expectContact('微信号：shop_kefu88', 'offplatform.im-id', '微信号：shop_kefu88');
    expectContact('加我wx，wxid_abc123', 'offplatform.im-id');
    expectContact('ＶＸ：ＳＨＯＰ＿ＭＭ１', 'offplatform.im-id');
  });

  it('flags outside links, e-mail addresses and spelled-out domains but not the platform’s own', () => {
    expectContact('去 https://item.shop-outlet.cn/p/123 看', 'offplatform.link', 'https://item.shop-outlet.cn/p/123');
    expectContact('官网 www.haomai.com', 'offplatform.link', 'www.haomai.com');
    expectContact('短链 t.cn/A6abc', 'offplatform.link', 't.cn/A6abc');
    expectContact('发到 kefu@haomai-mall.com', 'offplatform.link', 'kefu@haomai-mall.com');
    expectContact('官网 haomai点com', 'offplatform.link');
    expect(contactRules('商品链接 https://detail.tmall.com/item.htm?id=1')).toEqual([]);
    expect(contactRules('在 mobile.yangkeduo.com 打开')).toEqual([]);
    expect(contactRules('版本 v2.0，尺寸 1.5m')).toEqual([]);
  });

  it('flags bank card numbers with a bank cue, or grouped and Luhn-valid', () => {
    expectContact('卡号 6222 0212 3456 7890 123', 'offplatform.bank-card');
    expectContact('转到 4111 1111 1111 1111', 'offplatform.bank-card');
    expect(contactRules('编号 4111 1111 1111 1112')).toEqual([]);
  });
});

describe('numbers that are not contact details', () => {
  it.each([
    '订单号 231121-123456789012345',
    '您的订单号是 3709876543210987',
    '订单编号：4123456789012345678',
    '订单 13812345678 已发货',
    '快递单号SF1234567890123',
    '快递单号 75312345678901',
    '运单号：YT7512345678901',
    'JD0123456789012',
    '价格¥199，划线价￥1999.00',
    '1999.00元',
    '175/92A，38码，XL',
    '2026-11-21 14:30 发货',
    '11月21日送达',
    '共 12 件，合计 398 元',
    '型号 ABC-2025X，iPhone15',
    '售后单号 SH20261121000123',
    '取件码 6-2-3018',
    '尾号5678的手机',
    '重量 13812345678 克',
  ])('leaves %s alone', (text) => expect(checker.check(text)).toEqual([]));
});
