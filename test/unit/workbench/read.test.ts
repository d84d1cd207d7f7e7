import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readConversation } from '../../../utils/workbench/read';
import { pinduoduo } from '../../../utils/workbench/adapters/pinduoduo';

function snapshot(name: string): Document {
  const html = readFileSync(new URL(`../../fixtures/snapshots/${name}.html`, import.meta.url), 'utf8');
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

const read = (name: string) => readConversation(snapshot(name), pinduoduo, pinduoduo.selectors);

describe('reading a 拼多多 conversation from a saved page', () => {
  it('reads buyer, id, directions, times and skips the product card row', () => {
    const { conversation, missing } = read('pinduoduo-active');
    expect(missing).toEqual([]);
    expect(conversation).not.toBeNull();
    expect(conversation!.platform).toBe('pinduoduo');
    expect(conversation!.buyer).toEqual({ name: '林小鹿', id: '8812034' });
    expect(conversation!.key).toBe('pinduoduo:8812034');
    expect(conversation!.messages.map((m) => [m.direction, m.text])).toEqual([
      ['system', '买家从商品详情页进入会话'],
      ['buyer', '在吗'],
      ['robot', '您好，我是店铺智能助手，人工客服马上为您服务~'],
      ['buyer', '这款睡衣今天下单什么时候能发货呀'],
    ]);
    const last = conversation!.messages.at(-1)!;
    expect(last.time).toMatch(/^\d\d:\d\d:\d\d$/);
    expect(last.id).toMatch(/^middlePanel_list_\d+$/);
  });

  it('reads the product card and the order shown beside the chat', () => {
    const { conversation } = read('pinduoduo-active');
    expect(conversation!.product).toEqual({ name: '加厚珊瑚绒睡衣女冬季套装', price: '¥89.00', id: '6234512' });
    expect(conversation!.order).toEqual({ id: '231121-58302918475621', status: '待发货' });
  });

  it('reads the shop the workbench shows, when it shows one (it chooses the agent’s shop profile)', () => {
    const page = snapshot('pinduoduo-active');
    expect(readConversation(page, pinduoduo, pinduoduo.selectors).conversation!.shopName).toBeUndefined();
    const top = page.createElement('span');
    top.className = 'mall-name';
    top.textContent = ' 小满家居旗舰店 ';
    page.body.prepend(top);
    expect(readConversation(page, pinduoduo, pinduoduo.selectors).conversation!.shopName).toBe('小满家居旗舰店');
  });

  it('reads an empty conversation as a buyer with no messages', () => {
    const { conversation, missing } = read('pinduoduo-empty');
    expect(missing).toEqual([]);
    expect(conversation!.buyer.name).toBe('阿杰');
    expect(conversation!.messages).toEqual([]);
    expect(conversation!.product).toBeUndefined();
  });

  it('skips rows that are not rendered yet instead of reporting empty messages', () => {
    const { conversation } = read('pinduoduo-half-rendered');
    const texts = conversation!.messages.map((m) => m.text);
    expect(texts).toEqual(['买家从商品详情页进入会话', '在吗', '您好，我是店铺智能助手，人工客服马上为您服务~']);
  });

  it('falls back to the other known class names and tidies whitespace', () => {
    const { conversation } = read('pinduoduo-cs-variant');
    expect(conversation!.buyer).toEqual({ name: '王女士', id: '3300912' });
    expect(conversation!.messages.map((m) => [m.direction, m.text])).toEqual([
      ['system', '会话已转接给客服 小满'],
      ['buyer', '这个\n有现货吗'],
      ['robot', '亲，机器人先为您查询库存'],
      ['agent', '有的，今天下单明天发'],
    ]);
  });

  it('names what a changed page no longer shows instead of returning silence', () => {
    const { conversation, missing } = read('pinduoduo-broken');
    expect(missing).toEqual(['buyerName', 'input']);
    expect(conversation).toBeNull();
  });

  it('treats an invalid selector pushed by a team as not found', () => {
    const doc = snapshot('pinduoduo-active');
    const result = readConversation(doc, pinduoduo, { ...pinduoduo.selectors, input: ['textarea[[broken', 'textarea#replyTextarea'] });
    expect(result.missing).toEqual([]);
    const broken = readConversation(doc, pinduoduo, { ...pinduoduo.selectors, messageList: 'ul[[' });
    expect(broken).toEqual({ conversation: null, missing: ['messageList'] });
  });
});
