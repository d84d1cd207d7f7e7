// Teaching must not bind the wrong buyer: identity parts never by a position in a list, warnings for picks
// that look wrong, and the conversation-switch check that proves the taught set follows the open conversation.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readConversation } from '../../../utils/workbench/read';
import { chatPane, deriveBuyerId, deriveSelectorSet, identitySelector, isPositional, type TeachPicks } from '../../../utils/workbench/teach';
import { compareAfterSwitch, teachWarnings } from '../../../utils/workbench/teach-check';
import type { Conversation } from '../../../utils/workbench/types';
import { loadSnapshot } from './snapshot';

const TAUGHT = { id: 'taught', name: '已教会的网站' };

function pick(doc: Document, css: string, index = 0): Element {
  const found = doc.querySelectorAll(css)[index];
  if (!found) throw new Error(`no ${css}[${index}]`);
  return found;
}

/** The generic chat page's five parts, with any of them replaced. */
function genericPicks(doc: Document, overrides: Partial<Record<keyof TeachPicks, Element>> = {}): TeachPicks {
  return {
    messageList: pick(doc, '.kf-scroll'),
    buyerMessage: pick(doc, '.kf-text', 0),
    agentMessage: pick(doc, '.kf-text', 1),
    buyerName: pick(doc, '.kf-peer'),
    input: pick(doc, '.kf-box'),
    ...overrides,
  };
}

/** The open entry moves to the second contact, as the page does on a switch. */
function switchToSecond(doc: Document) {
  pick(doc, '.kf-contact', 0).classList.remove('current');
  pick(doc, '.kf-contact', 1).classList.add('current');
  pick(doc, '.kf-peer').textContent = '木子李';
  pick(doc, '.kf-bubbles').innerHTML = '<div class="kf-row" data-side="guest"><p class="kf-text">餐桌能送货上楼吗</p></div>';
}

describe('the buyer name picked in the conversation list', () => {
  it('is repaired to the entry the page marks as open (.current), which follows a switch', () => {
    const doc = loadSnapshot('generic-chat');
    const outcome = deriveSelectorSet(genericPicks(doc, { buyerName: pick(doc, '.kf-contact-name', 0) }));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.selectors.buyerName).toBe('li.kf-contact.current div.kf-contact-name');
    expect(outcome.warnings).toEqual([expect.stringContaining('已改为读取列表中“当前打开”的那一项')]);
    expect(readConversation(doc, TAUGHT, outcome.selectors).conversation?.buyer.name).toBe('阿宁同学');
    switchToSecond(doc);
    expect(readConversation(doc, TAUGHT, outcome.selectors).conversation?.buyer.name).toBe('木子李');
  });

  it('is refused, saying why and what to click, when the page marks nothing', () => {
    const doc = loadSnapshot('generic-chat');
    pick(doc, '.kf-contact', 0).classList.remove('current');
    const outcome = deriveSelectorSet(genericPicks(doc, { buyerName: pick(doc, '.kf-contact-name', 0) }));
    expect(outcome).toEqual({
      ok: false,
      step: 'buyerName',
      message: '这里的买家昵称只能按位置找到（像是会话列表里的一项）：切换会话后它不会跟着变，回复会绑错买家。请点聊天窗口里当前会话的买家昵称',
    });
  });

  it('uses ARIA state and "…current" data values as marks too', () => {
    const { document: doc } = parseHTML(`<html><body><nav id="sessions">
      <section aria-selected="true"><b>小葵</b></section><section aria-selected="false"><b>阿杰</b></section></nav>
      <ul class="tabs"><li data-btm-id="t1.current"><span>会话</span></li><li data-btm-id="t2.recent"><span>历史</span></li></ul></body></html>`);
    expect(identitySelector(pick(doc, '#sessions b', 0), undefined, '买家昵称')).toEqual({ ok: true, selector: 'section[aria-selected="true"] b', repaired: true });
    expect(identitySelector(pick(doc, '.tabs span', 0), undefined, '买家昵称')).toEqual({ ok: true, selector: 'li[data-btm-id$=".current"] span', repaired: true });
  });

  it('never keys on a hook whose value is the name itself', () => {
    const { document: doc } = parseHTML(`<html><body><div class="list">
      <div class="item" aria-label="小葵"><span class="nick">小葵</span></div><div class="item" aria-label="阿杰"><span class="nick">阿杰</span></div>
    </div></body></html>`);
    const result = identitySelector(pick(doc, '.item', 0), undefined, '买家昵称');
    expect(result.ok).toBe(false);
  });

  it('accepts a position inside the open conversation’s pane (a header with only hashed classes)', () => {
    const doc = loadSnapshot('hashed-chat');
    const title = pick(doc, '[class^="Header_title"] span');
    const pane = chatPane(pick(doc, '[class^="Chat_list"]'), pick(doc, '[contenteditable]'), '小林');
    expect(pane?.className).toMatch(/^App_root/);
    const result = identitySelector(title, pane, '买家昵称');
    expect(result.ok && isPositional(result.selector)).toBe(true);
  });

  it('takes the pane up to a header outside the list-and-input block, but not over a list showing the name again', () => {
    const doc = loadSnapshot('generic-chat');
    pick(doc, '.kf-chat-head').remove();
    pick(doc, '.kf-app').insertAdjacentHTML('afterbegin', '<header class="top"><b>阿宁同学</b></header>');
    // .kf-chat holds the list and the input; above it .kf-app also shows 阿宁同学 in the contacts: stop there.
    expect(chatPane(pick(doc, '.kf-bubbles'), pick(doc, '.kf-box'), '阿宁同学')?.className).toBe('kf-chat');
  });
});

describe('the optional buyer id', () => {
  const page = (marked: boolean) =>
    parseHTML(`<html><body><div class="im"><nav id="sessions">
      <section${marked ? ' aria-current="true"' : ''}><b>阿宁同学</b><i>A-1001</i></section><section><b>木子李</b><i>B-2002</i></section></nav>
      <div class="room"><header><span class="peer">阿宁同学</span><span class="uid">买家编号 A-1001</span></header>
      <div class="log"><div class="line" data-who="buyer"><p>在吗</p></div><div class="line" data-who="shop"><p>在的</p></div></div>
      <textarea></textarea></div></div></body></html>`).document;
  const picksOf = (doc: Document): TeachPicks => ({
    messageList: pick(doc, '.log'),
    buyerMessage: pick(doc, '.log p', 0),
    agentMessage: pick(doc, '.log p', 1),
    buyerName: pick(doc, '.peer'),
    input: pick(doc, 'textarea'),
  });

  it('keys the conversation, without its label', () => {
    const doc = page(false);
    const picks = picksOf(doc);
    const named = deriveSelectorSet(picks);
    if (!named.ok) throw new Error(named.message);
    const withId = deriveBuyerId(picks, pick(doc, '.uid'), named.selectors);
    if (!withId.ok) throw new Error(withId.message);
    expect(withId.selectors.buyerId).toEqual({ selector: 'span.uid' });
    const { conversation } = readConversation(doc, TAUGHT, withId.selectors);
    expect(conversation?.buyer).toEqual({ name: '阿宁同学', id: 'A-1001' });
    expect(conversation?.key).toBe('taught:A-1001');
  });

  it('is refused by position in the list, in the message list, or on the name itself', () => {
    const doc = page(false);
    const picks = picksOf(doc);
    const named = deriveSelectorSet(picks);
    if (!named.ok) throw new Error(named.message);
    const inList = deriveBuyerId(picks, pick(doc, '#sessions i', 0), named.selectors);
    expect(inList).toMatchObject({ ok: false, step: 'buyerId', message: expect.stringContaining('买家编号只能按位置找到') });
    expect(deriveBuyerId(picks, pick(doc, '.log p', 0), named.selectors)).toMatchObject({ ok: false, step: 'buyerId' });
    expect(deriveBuyerId(picks, pick(doc, '.peer'), named.selectors)).toMatchObject({ ok: false, message: expect.stringContaining('同一处') });
    // Marked as open, the list's id is repaired like the name.
    const marked = page(true);
    const repaired = deriveBuyerId(picksOf(marked), pick(marked, '#sessions i', 0), named.selectors);
    expect(repaired.ok && repaired.selectors.buyerId).toEqual({ selector: 'section[aria-current="true"] i' });
  });
});

describe('warnings before saving', () => {
  it('flags a system line picked as the buyer message', () => {
    const doc = loadSnapshot('generic-chat');
    const picks = genericPicks(doc, { buyerMessage: pick(doc, '.kf-notice') });
    expect(teachWarnings(picks, null)).toEqual([expect.stringContaining('你点的“买家消息”（访客进入会话）看起来是一条系统提示')]);
  });

  it('flags sides that look swapped, by their marks or by where the bubbles sit', () => {
    const doc = loadSnapshot('generic-chat');
    const swapped = genericPicks(doc, { buyerMessage: pick(doc, '.kf-text', 1), agentMessage: pick(doc, '.kf-text', 0) });
    expect(teachWarnings(swapped, null)).toEqual([expect.stringContaining('可能点反了')]);
    const right = genericPicks(doc);
    expect(teachWarnings(right, null)).toEqual([]);
    expect(teachWarnings(right, null, { buyerCenter: 900, agentCenter: 300 })).toEqual([expect.stringContaining('可能点反了')]);
    expect(teachWarnings(right, null, { buyerCenter: 300, agentCenter: 900 })).toEqual([]);
  });

  it('finds nothing to say about the real sides of the 飞鸽 page (messageNotMe is the buyer)', () => {
    const doc = loadSnapshot('feige-conversation');
    const picks: TeachPicks = {
      messageList: pick(doc, '.Zx1cV4bN7mQ0wE3rT6yU'),
      buyerMessage: pick(doc, '.messageNotMe pre'),
      agentMessage: pick(doc, '.messageIsMe pre'),
      buyerName: pick(doc, '#topbar-left-info span'),
      input: pick(doc, 'textarea'),
    };
    expect(teachWarnings(picks, null)).toEqual([]);
  });

  it('says so when the taught set reads no buyer message at all', () => {
    const doc = loadSnapshot('generic-chat');
    const preview: Conversation = { platform: 't', platformName: 't', key: 't:a', buyer: { name: 'a' }, messages: [{ direction: 'agent', text: '在的' }] };
    expect(teachWarnings(genericPicks(doc), preview)).toEqual([expect.stringContaining('读不到任何买家消息')]);
  });
});

describe('the conversation-switch check', () => {
  const conversation = (name: string, texts: string[], id?: string): Conversation => ({
    platform: 'taught',
    platformName: 't',
    key: `taught:${id ?? name}`,
    buyer: id ? { name, id } : { name },
    messages: texts.map((text) => ({ direction: 'buyer', text })),
  });
  const before = conversation('阿宁同学', ['沙发套可以单独买吗', '三人位的套子多少钱']);

  it('passes when the name and the messages both change', () => {
    expect(compareAfterSwitch(before, conversation('木子李', ['大概多少']), false)).toEqual({ status: 'passed', otherBuyer: '木子李' });
  });

  it('waits while the page is still rendering, and ignores a new message in the same conversation', () => {
    expect(compareAfterSwitch(before, conversation('阿宁同学', ['大概多少']), false)).toEqual({ status: 'waiting' });
    expect(compareAfterSwitch(before, conversation('阿宁同学', [...before.messages.map((m) => m.text), '在吗']), true)).toEqual({ status: 'waiting' });
  });

  it('fails on a name that stays when the messages change: the pick is stuck to one spot', () => {
    expect(compareAfterSwitch(before, conversation('阿宁同学', ['大概多少']), true)).toMatchObject({
      status: 'failed',
      step: 'buyerName',
      message: expect.stringContaining('读到的买家昵称却还是“阿宁同学”'),
    });
  });

  it('fails on an id that stays, on messages that stay, and on a page it can no longer read', () => {
    const withId = conversation('阿宁同学', ['沙发套可以单独买吗'], 'A-1001');
    const stuckId = { ...conversation('木子李', ['大概多少'], 'A-1001') };
    expect(compareAfterSwitch(withId, stuckId, true)).toMatchObject({ status: 'failed', step: 'buyerId' });
    expect(compareAfterSwitch(before, conversation('木子李', before.messages.map((m) => m.text)), true)).toMatchObject({ status: 'failed', step: 'messageList' });
    expect(compareAfterSwitch(before, null, true)).toMatchObject({ status: 'failed', step: 'messageList' });
  });
});
