// Reading each workbench's conversation list from saved pages (the demo workbenches as Chromium rendered
// them), driven only by the adapters' selector data.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { feige } from '../../../utils/workbench/adapters/feige';
import { jd } from '../../../utils/workbench/adapters/jd';
import { kuaishou } from '../../../utils/workbench/adapters/kuaishou';
import { pinduoduo } from '../../../utils/workbench/adapters/pinduoduo';
import type { PlatformAdapter } from '../../../utils/workbench/adapter';
import { readConversationList } from '../../../utils/workbench/list';
import { deriveConversationList } from '../../../utils/workbench/teach';
import { loadSnapshot } from '../workbench/snapshot';

const read = (adapter: PlatformAdapter, name: string) => readConversationList(loadSnapshot(name), adapter.selectors.conversationList!);

describe('reading the conversation list', () => {
  it('拼多多: rows keyed by data-random, unread counts, the page’s 超时 / 5 分钟 groups and timers', () => {
    const rows = read(pinduoduo, 'pinduoduo-list')!;
    expect(rows.map((row) => [row.name, row.key, row.unread, row.group ?? null, row.active])).toEqual([
      ['陈先生', 'b4', 0, 'overdue', false],
      ['林小鹿', 'b1', 2, 'waiting', true],
      ['momo_2019', 'b3', 1, 'waiting', false],
      ['周周爱吃橙', 'b2', 0, null, false],
      ['阿杰', 'b5', 0, null, false],
    ]);
    expect(rows[0]!.timer).toBe('等待 12 分钟');
    expect(rows[2]!.preview).toBe('买两个能便宜点吗');
  });

  it('飞鸽: header groups cover the rows after them, up to the next plain header', () => {
    const rows = read(feige, 'feige-list')!;
    expect(rows.map((row) => [row.name, row.unread, row.group ?? null])).toEqual([
      ['K先生', 2, 'overdue'],
      ['晚风与猫', 1, 'waiting'],
      ['豆包妈妈', 0, null],
    ]);
    expect(rows[0]!.timer).toMatch(/^已等待 \d\d:\d\d$/);
  });

  it('京东咚咚: the 正在咨询 tab, keyed by data-user-id, with previews and the selected row', () => {
    const rows = read(jd, 'jd-list')!;
    expect(rows.map((row) => [row.name, row.key, row.unread, row.active])).toEqual([
      ['山野小麦', 'jd_7f31c2', 1, true],
      ['老周的书房', 'jd_5a90e4', 0, false],
      ['橘子汽水', 'jd_2c77b8', 2, false],
    ]);
    expect(rows[2]!.preview).toBe('里面东西不知道有没有事');
  });

  it('快手: groups named 「请在3分钟内回复」 and 「已超时」 hold their cards', () => {
    const rows = read(kuaishou, 'kuaishou-list')!;
    expect(rows.map((row) => [row.name, row.unread, row.group ?? null])).toEqual([
      ['小葵的妈妈', 1, 'waiting'],
      ['老铁666', 2, 'overdue'],
      ['向日葵花花', 0, null],
    ]);
  });

  it('says when the page shows no list at all, and skips rows still rendering', () => {
    const { document } = parseHTML('<ul><li class="chat-item"><span class="nickname-span"></span></li></ul>');
    expect(readConversationList(document, { row: 'li.chat-item', name: '.nickname-span' })).toEqual([]);
    expect(readConversationList(document, { row: '.nothing-here', name: '.x' })).toBeNull();
  });

  it('a group whose rows mention its name in a preview is still told by its own title', () => {
    const { document } = parseHTML(`<div class="g"><p>其他</p><div class="c"><b>A</b><i>已超时了吗</i></div></div>`);
    const rows = readConversationList(document, { row: '.c', name: 'b', groups: [{ match: '.g', text: '已超时', state: 'overdue' }] });
    expect(rows).toEqual([{ name: 'A', unread: 0, active: false }]);
  });
});

describe('teaching the 会话列表 part', () => {
  it('derives row, name and the row id from one clicked buyer name', () => {
    const doc = loadSnapshot('pinduoduo-list');
    const name = doc.querySelectorAll('.nickname-span')[2]!;
    const spec = deriveConversationList(name)!;
    expect(spec.keyAttr).toBe('data-random');
    const rows = readConversationList(doc, spec)!;
    expect(rows.map((row) => row.name)).toEqual(['陈先生', '林小鹿', 'momo_2019', '周周爱吃橙', '阿杰']);
  });

  it('refuses an element that is not in a repeated row', () => {
    const { document } = parseHTML('<div><h1 class="title">客服工作台</h1></div>');
    expect(deriveConversationList(document.querySelector('h1')!)).toBeUndefined();
  });
});
