import { describe, expect, it } from 'vitest';
import { findAdapter } from '../../../utils/workbench/adapter';
import { ADAPTERS } from '../../../utils/workbench/adapters';
import { feige } from '../../../utils/workbench/adapters/feige';
import { jd, jdKefu } from '../../../utils/workbench/adapters/jd';
import { kuaishou } from '../../../utils/workbench/adapters/kuaishou';
import { qianniu } from '../../../utils/workbench/adapters/qianniu';
import type { PlatformAdapter } from '../../../utils/workbench/adapter';
import { queryFirst } from '../../../utils/workbench/dom';
import { readConversation } from '../../../utils/workbench/read';
import { loadSnapshot } from './snapshot';

const read = (adapter: PlatformAdapter, name: string) => readConversation(loadSnapshot(name), adapter, adapter.selectors);
const lines = (adapter: PlatformAdapter, name: string) =>
  read(adapter, name).conversation?.messages.map((m) => [m.direction, m.text]);

describe('finding the adapter for a URL', () => {
  it.each([
    ['https://mms.pinduoduo.com/chat-merchant/index.html#/', 'pinduoduo'],
    ['https://im.jinritemai.com/pc_seller_v2/main/workspace', 'feige'],
    ['https://im.jinritemai.com/pc_seller/main/workspace', 'feige'],
    ['https://dongdong.jd.com/', 'jd'],
    ['https://shop.jd.com/jdm/kefu/kf-manage-lite', 'jd'],
    ['https://qn.taobao.com/home.htm/app-customer-service/toolpage/Message', 'qianniu'],
    ['https://myseller.taobao.com/home.htm', 'qianniu'],
    ['https://im.kwaixiaodian.com/workbench/zone/chat', 'kuaishou'],
    ['http://127.0.0.1:5273/feige/index.html', 'feige'],
    ['http://127.0.0.1:5273/jd/index.html', 'jd'],
  ])('%s → %s', (url, id) => {
    expect(findAdapter(url, ADAPTERS)?.id).toBe(id);
  });

  it.each([
    'https://im.jinritemai.com/login',
    'https://shop.jd.com/jdm/trade/orders',
    'https://im.kwaixiaodian.com/login',
    'http://127.0.0.1:5273/generic/index.html',
    'https://example.com/chat',
  ])('%s is not a known workbench', (url) => {
    expect(findAdapter(url, ADAPTERS)).toBeUndefined();
  });

  it('keeps JD’s kefu page on the same selectors as 咚咚', () => {
    expect(jdKefu.selectors).toBe(jd.selectors);
    expect(jdKefu.name).toBe(jd.name);
  });
});

describe('抖店飞鸽 on saved pages', () => {
  it('reads buyer, sides and product card through data-id hooks, whatever the hashed classes', () => {
    const { conversation, missing } = read(feige, 'feige-conversation');
    expect(missing).toEqual([]);
    expect(conversation!.buyer).toEqual({ name: '晚风与猫' });
    expect(conversation!.key).toBe('feige:晚风与猫');
    expect(conversation!.messages.map((m) => [m.direction, m.text])).toEqual([
      ['buyer', '这个四件套是全棉的吗？洗了会不会起球'],
      ['agent', '您好，是100%新疆长绒棉，\n正常机洗不容易起球哦。'],
      ['buyer', '那1.5米的床能用吗'],
    ]);
    expect(conversation!.product).toEqual({ name: '纯棉四件套 1.8米床 奶油格', price: '¥259.00' });
  });

  it('says what is missing on a half-rendered page and skips bubbles still loading', () => {
    const { conversation, missing } = read(feige, 'feige-half-rendered');
    expect(conversation).toBeNull();
    expect(missing).toEqual(['buyerName', 'input']);
  });

  it('falls back to the leaveMessage classes and the row-reverse style when rows lose data-id', () => {
    expect(lines(feige, 'feige-malformed')).toEqual([
      ['buyer', '直播间说的满199减30还有吗'],
      ['agent', '还有的，今晚12点前下单都可以用'],
      ['buyer', '好 我现在下单'],
    ]);
    expect(read(feige, 'feige-malformed').missing).toEqual([]);
  });
});

describe('京东咚咚 on saved pages', () => {
  it('reads the rendered rows with ids, times and the contact id as the conversation key', () => {
    const { conversation, missing } = read(jd, 'jd-conversation');
    expect(missing).toEqual([]);
    expect(conversation!.buyer).toEqual({ name: '橘子汽水', id: 'jd_2c77b8' });
    expect(conversation!.key).toBe('jd:jd_2c77b8');
    expect(conversation!.messages).toEqual([
      { id: 'msg-9101', direction: 'buyer', text: '收到的盒子压坏了', time: '2026-11-21 14:02:10' },
      { id: 'msg-9102', direction: 'agent', text: '非常抱歉，麻烦您拍一下外包装和商品的照片', time: '2026-11-21 14:03:00' },
      { id: 'msg-9103', direction: 'buyer', text: '里面东西不知道有没有事', time: '2026-11-21 14:05:42' },
    ]);
  });

  it('finds the contenteditable editor', () => {
    const editor = queryFirst(loadSnapshot('jd-conversation'), jd.selectors.input);
    expect(editor?.getAttribute('contenteditable')).toBe('true');
  });

  it('reads a buyer with no rows yet right after a switch, and reports the editor missing', () => {
    const { conversation, missing } = read(jd, 'jd-half-rendered');
    expect(conversation!.buyer.name).toBe('老周的书房');
    expect(conversation!.messages).toEqual([]);
    expect(missing).toEqual(['input']);
  });

  it('survives broken markup: skips empty and unknown rows, and a read-only editor does not count', () => {
    const { conversation, missing } = read(jd, 'jd-malformed');
    expect(conversation!.messages.map((m) => [m.direction, m.text])).toEqual([['buyer', '我昨天下的单今天能发货吗']]);
    expect(missing).toEqual(['input']);
  });
});

describe('千牛 and 快手: guessed selectors, honest about it', () => {
  it('marks both adapters as guesses', () => {
    expect(qianniu.source).toBe('guess');
    expect(kuaishou.source).toBe('guess');
    expect(feige.source).toBeUndefined();
  });

  it('reports every part missing when the page does not look like the guess', () => {
    const { conversation, missing } = read(qianniu, 'qianniu-unknown');
    expect(conversation).toBeNull();
    expect(missing).toEqual(['messageList', 'buyerName', 'input']);
  });

  it('reads a page that uses the common chat-UI naming the guess expects', () => {
    expect(read(kuaishou, 'kuaishou-guess').conversation?.buyer.name).toBe('小葵花');
    expect(lines(kuaishou, 'kuaishou-guess')).toEqual([
      ['buyer', '这个面膜敏感肌能用吗'],
      ['agent', '可以的，配方无酒精无香精'],
      ['system', '[系统消息] 买家已下单'],
    ]);
  });
});
