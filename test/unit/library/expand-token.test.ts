import { describe, expect, it } from 'vitest';
import { expansionFor, fillForConversation, findCodeToken, type CodeMatch } from '../../../utils/library/expand-token';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import type { Conversation } from '../../../utils/workbench/types';

/** The token ending where `|` stands in the text. */
function at(marked: string) {
  const caret = marked.indexOf('|');
  return findCodeToken(marked.replace('|', ''), caret);
}

describe('findCodeToken', () => {
  it('finds a code at the start of the draft and after whitespace', () => {
    expect(at('/fh1|')).toEqual({ start: 0, end: 4, query: 'fh1' });
    expect(at('亲 /fh1|')).toEqual({ start: 2, end: 6, query: 'fh1' });
    expect(at('第一句\n/tk2|')).toEqual({ start: 4, end: 8, query: 'tk2' });
    expect(at('好的　/zj4|')).toEqual({ start: 3, end: 7, query: 'zj4' });
  });

  it('takes a full-width slash, codes with 汉字, _ and -, and a bare slash (nothing typed yet)', () => {
    expect(at('／fh1|')).toEqual({ start: 0, end: 4, query: 'fh1' });
    expect(at('/发货_a-1|')?.query).toBe('发货_a-1');
    expect(at('/|')).toEqual({ start: 0, end: 1, query: '' });
  });

  it('never takes a slash inside a URL, a word or a number', () => {
    expect(at('http://x/fh1|')).toBeNull();
    expect(at('看 https://shop.example.com/fh1|')).toBeNull();
    expect(at('价格/fh1|')).toBeNull();
    expect(at('1/2|')).toBeNull();
    expect(at('//fh1|')).toBeNull();
  });

  it('needs the caret at the end of the code', () => {
    expect(at('/f|h1')).toBeNull();
    expect(at('/fh1| 其他')).toEqual({ start: 0, end: 4, query: 'fh1' });
    expect(at('/fh1 |')).toBeNull();
    expect(at('fh1|')).toBeNull();
    expect(findCodeToken('/fh1', 9)).toBeNull();
  });

  it('ignores a run longer than a code can be', () => {
    expect(at(`/${'a'.repeat(20)}|`)?.query).toBe('a'.repeat(20));
    expect(at(`/${'a'.repeat(21)}|`)).toBeNull();
  });
});

describe('expansionFor', () => {
  const match = (id: string, exact: boolean): CodeMatch => ({ id, title: id, body: id, exact });
  it('expands only a first match that is exactly what was typed', () => {
    expect(expansionFor([match('a', true), match('b', false)])?.id).toBe('a');
    expect(expansionFor([match('a', false), match('b', true)])).toBeNull();
    expect(expansionFor([])).toBeNull();
  });
});

describe('fillForConversation', () => {
  const conversation = {
    key: 'k1',
    buyer: { name: '林小鹿' },
    messages: [],
    product: { name: '珊瑚绒睡衣' },
    shopName: '小满家居旗舰店',
  } as unknown as Conversation;
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    agentName: '阿青',
    shopName: '默认店',
    placeholders: { 发货时间: '48小时' },
    profiles: [{ id: 'p1', name: '小满', match: ['小满家居'], shopName: '小满家居', placeholders: { 发货时间: '24小时' }, team: 'default' }],
  };

  it('fills page, agent and the page shop profile values, and lists the rest', () => {
    const result = fillForConversation('{买家昵称}您好，{商品名}{发货时间}内发出，{客服昵称}@{店铺名}，单号{快递单号}', conversation, settings);
    expect(result.text).toBe('林小鹿您好，珊瑚绒睡衣24小时内发出，阿青@小满家居，单号{快递单号}');
    expect(result.missing).toEqual(['快递单号']);
  });

  it('uses the default profile without a conversation', () => {
    expect(fillForConversation('{发货时间}{买家昵称}', null, settings)).toEqual({ text: '48小时{买家昵称}', missing: ['买家昵称'] });
  });
});
