import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { queryAll, queryFirst } from '../../../utils/workbench/dom';
import { readConversation } from '../../../utils/workbench/read';
import { deriveSelectorSet, editableTarget, looksGenerated, uniqueSelector, type TeachPicks } from '../../../utils/workbench/teach';
import type { SelectorSet } from '../../../utils/workbench/types';
import { loadSnapshot } from './snapshot';

const TAUGHT = { id: 'taught', name: '已教会的网站' };

function pick(doc: Document, css: string, index = 0): Element {
  const found = doc.querySelectorAll(css)[index];
  if (!found) throw new Error(`snapshot has no ${css}[${index}]`);
  return found;
}

function derive(doc: Document, picks: Record<keyof TeachPicks, [string, number?]>): SelectorSet {
  const elements = Object.fromEntries(Object.entries(picks).map(([step, [css, index]]) => [step, pick(doc, css, index)])) as TeachPicks;
  const outcome = deriveSelectorSet(elements);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.selectors;
}

describe('recognising generated names', () => {
  it.each(['iD7SHBvMhm4OhfCsBGr1', 'Ie29C7uLyEjZzd8JeS8A', 'Chat_list__Zx81p', 'css-1x2y3z4', 'sc-bdVaJa', 'a8f3kq92mz0pl4xw7ty'])('%s is generated', (name) => {
    expect(looksGenerated(name)).toBe(true);
  });
  it.each(['kf-row', 'message_left', 'chatd-card-title', 'leaveMessage', 'messageIsMe', 'topbar-left-info', 'EditorContent'])('%s is readable', (name) => {
    expect(looksGenerated(name)).toBe(false);
  });
});

describe('a selector for one picked element', () => {
  it('prefers a readable id, then a stable data attribute, then a readable class', () => {
    const feige = loadSnapshot('feige-conversation');
    expect(uniqueSelector(pick(feige, '#topbar-left-info'))).toBe('#topbar-left-info');
    expect(uniqueSelector(pick(feige, 'textarea'))).toBe('textarea[data-qa-id="qa-send-message-textarea"]');
    const generic = loadSnapshot('generic-chat');
    expect(uniqueSelector(pick(generic, '.kf-peer'))).toBe('b.kf-peer');
  });

  it('never uses a hashed class, and walks up to a stable ancestor instead', () => {
    const feige = loadSnapshot('feige-conversation');
    const name = pick(feige, '#topbar-left-info span');
    const css = uniqueSelector(name);
    expect(css).not.toMatch(/Pz4xC8vB1nM6qW3eR9tY/);
    expect(css.startsWith('#topbar-left-info')).toBe(true);
    expect(queryAll(feige, css)).toEqual([name]);
  });

  it('falls back to positions when nothing readable is left, still matching exactly the element', () => {
    const doc = loadSnapshot('hashed-chat');
    const title = pick(doc, '[class^="Header_title"] span');
    const css = uniqueSelector(title);
    expect(css).not.toMatch(/__/);
    expect(queryAll(doc, css)).toEqual([title]);
  });

  it('takes the outermost editable region for a click inside a rich editor', () => {
    const doc = loadSnapshot('hashed-chat');
    expect(editableTarget(pick(doc, '[contenteditable] p'))).toBe(pick(doc, '[contenteditable]'));
    expect(editableTarget(pick(doc, '[class^="Header_title"]'))).toBeUndefined();
  });
});

describe('deriving a whole selector set from five picks', () => {
  it('reads an unknown page after teaching: rows, sides from data-side, text, buyer and input', () => {
    const doc = loadSnapshot('generic-chat');
    const selectors = derive(doc, {
      messageList: ['.kf-scroll'],
      buyerMessage: ['.kf-text', 0],
      agentMessage: ['.kf-text', 1],
      buyerName: ['.kf-peer'],
      input: ['.kf-box'],
    });
    expect(selectors.messageList).toBe('div.kf-bubbles');
    expect(selectors.messageRow).toBe(':scope > div.kf-row');
    expect(selectors.messageText).toBe('p.kf-text');
    expect(selectors.directions).toEqual([
      { match: ['[data-side="staff"]'], direction: 'agent' },
      { match: ['[data-side="guest"]'], direction: 'buyer' },
    ]);
    const { conversation, missing } = readConversation(doc, TAUGHT, selectors);
    expect(missing).toEqual([]);
    expect(conversation!.buyer.name).toBe('阿宁同学');
    // The notice row between messages is not a message, and per-message data-msg ids are not used as hooks.
    expect(conversation!.messages.map((m) => [m.direction, m.text])).toEqual([
      ['buyer', '沙发套可以单独买吗'],
      ['agent', '可以的，沙发套单独有售。'],
      ['buyer', '三人位的套子多少钱'],
    ]);
    expect(JSON.stringify(selectors)).not.toMatch(/30\d/);
  });

  it('keeps reading after the page re-renders the list with new rows', () => {
    const doc = loadSnapshot('generic-chat');
    const selectors = derive(doc, {
      messageList: ['.kf-bubbles'],
      buyerMessage: ['.kf-row', 0],
      agentMessage: ['.kf-row', 1],
      buyerName: ['.kf-peer'],
      input: ['.kf-box'],
    });
    const list = pick(doc, '.kf-bubbles');
    list.innerHTML = '<div class="kf-row" data-side="guest"><span class="kf-when">15:00</span><p class="kf-text">餐桌能送货上楼吗</p></div>';
    pick(doc, '.kf-peer').textContent = '木子李';
    const { conversation } = readConversation(doc, TAUGHT, selectors);
    expect(conversation!.buyer.name).toBe('木子李');
    expect(conversation!.messages.map((m) => m.direction)).toEqual(['buyer']);
  });

  it('derives sides from the one marked row on a hashed page, and the editor as input', () => {
    const doc = loadSnapshot('hashed-chat');
    const selectors = derive(doc, {
      messageList: ['[class^="Chat_list"]'],
      buyerMessage: ['[class^="Bubble_b"]', 0],
      agentMessage: ['[class^="Bubble_b"]', 1],
      buyerName: ['[class^="Header_title"] span'],
      input: ['[contenteditable] p'],
    });
    expect(selectors.directions).toEqual([
      { match: ['.self'], direction: 'agent' },
      { match: '*', direction: 'buyer' },
    ]);
    expect(JSON.stringify(selectors)).not.toMatch(/__/);
    expect(queryFirst(doc, selectors.input)?.getAttribute('contenteditable')).toBe('true');
    const { conversation, missing } = readConversation(doc, TAUGHT, selectors);
    expect(missing).toEqual([]);
    expect(conversation!.buyer.name).toBe('小林');
    expect(conversation!.messages.map((m) => [m.direction, m.text])).toEqual([
      ['buyer', '这件外套有XL吗'],
      ['agent', '有的，XL还有货'],
      ['buyer', '那我拍了'],
    ]);
  });

  it('derives 飞鸽 sides from data-id even though every class is hashed', () => {
    const doc = loadSnapshot('feige-conversation');
    const selectors = derive(doc, {
      messageList: ['.Zx1cV4bN7mQ0wE3rT6yU'],
      buyerMessage: ['.messageNotMe pre', 0],
      agentMessage: ['.messageIsMe pre', 0],
      buyerName: ['#topbar-left-info span'],
      input: ['textarea'],
    });
    expect(JSON.stringify(selectors)).not.toMatch(/[A-Za-z0-9]{16,}/);
    expect(selectors.directions[0]).toEqual({ direction: 'agent', match: ['[data-id="message-out"]', '[style*="row-reverse"]', '.messageIsMe'] });
    expect(selectors.directions[1]!.match[0]).toBe('[data-id="message-in"]');
    expect(selectors.messageText).toBe('pre');
    const { conversation } = readConversation(doc, TAUGHT, selectors);
    expect(conversation!.messages.map((m) => [m.direction, m.text])).toEqual([
      ['buyer', '这个四件套是全棉的吗？洗了会不会起球'],
      ['agent', '您好，是100%新疆长绒棉，\n正常机洗不容易起球哦。'],
      ['buyer', '那1.5米的床能用吗'],
    ]);
  });

  it('tells sides apart by any word-valued data attribute, never by a per-buyer key', () => {
    const { document: doc } = parseHTML(`<html><body><h3 class="peer">小葵</h3><div class="pane">
      <div class="wrap" data-from="user" data-uid="u_8f2c1"><div class="bubble">在吗</div></div>
      <div class="wrap" data-from="seller" data-uid="s_0a9e7"><div class="bubble">在的</div></div>
    </div><textarea></textarea></body></html>`);
    const selectors = derive(doc, {
      messageList: ['.pane'],
      buyerMessage: ['.bubble', 0],
      agentMessage: ['.bubble', 1],
      buyerName: ['.peer'],
      input: ['textarea'],
    });
    expect(selectors.directions).toEqual([
      { match: ['[data-from="seller"]'], direction: 'agent' },
      { match: ['[data-from="user"]'], direction: 'buyer' },
    ]);
  });

  it.each([
    ['the same element twice', { buyerMessage: ['.kf-text', 0], agentMessage: ['.kf-text', 0] }, 'agentMessage'],
    ['messages outside the picked list', { messageList: ['.kf-chat-head'] }, 'messageList'],
    ['a name inside the list', { buyerName: ['.kf-when', 0] }, 'buyerName'],
    ['a non-editable input', { input: ['.kf-send'] }, 'input'],
    ['two rows that look the same', { agentMessage: ['.kf-text', 2] }, 'agentMessage'],
  ] as const)('explains in Chinese what to pick again: %s', (_, overrides, step) => {
    const doc = loadSnapshot('generic-chat');
    const picks = {
      messageList: pick(doc, '.kf-scroll'),
      buyerMessage: pick(doc, '.kf-text', 0),
      agentMessage: pick(doc, '.kf-text', 1),
      buyerName: pick(doc, '.kf-peer'),
      input: pick(doc, '.kf-box'),
      ...Object.fromEntries(Object.entries(overrides).map(([key, [css, index]]) => [key, pick(doc, css, index)])),
    } as TeachPicks;
    const outcome = deriveSelectorSet(picks);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.step).toBe(step);
    expect(outcome.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
