import { describe, expect, it } from 'vitest';
import { planImport } from '../../../utils/library/import-plan';
import { makePhrase } from './helpers';

describe('planImport', () => {
  const mine = [
    makePhrase({ id: 'a', title: '问候', body: '您好', code: 'hi' }),
    makePhrase({ id: 'b', title: '发货', body: '48 小时发货', code: 'fh', intents: ['shipping.time'] }),
    makePhrase({ id: 'c', title: '再见', body: '祝您愉快' }),
  ];

  it('sorts incoming phrases into added, unchanged and conflicts', () => {
    const incoming = [
      makePhrase({ id: 'a', title: '问候', body: '您好', code: 'hi', updatedAt: 9 }),
      makePhrase({ id: 'x', title: '发货（新）', body: '24 小时发货', code: 'fh', intents: ['shipping.time'] }),
      makePhrase({ id: 'c', title: '再见', body: '祝您生活愉快' }),
      makePhrase({ id: 'y', title: '再见', body: '祝您愉快' }),
      makePhrase({ id: 'z', title: '新的', body: '新内容', code: 'new' }),
    ];
    const plan = planImport(mine, incoming);
    expect(plan.added.map((phrase) => phrase.id)).toEqual(['z']);
    expect(plan.unchanged.map((phrase) => phrase.id)).toEqual(['a', 'y']);
    expect(plan.conflicts.map(({ existing, incoming: next }) => [existing.id, next.id])).toEqual([
      ['b', 'x'],
      ['c', 'c'],
    ]);
  });

  it('accounts for every incoming phrase, including duplicates within the import', () => {
    const incoming = [makePhrase({ id: 'n1', title: 'T', body: 'one', code: 'dup' }), makePhrase({ id: 'n2', title: 'T2', body: 'two', code: 'dup' })];
    const plan = planImport(mine, incoming);
    expect(plan.added.length + plan.unchanged.length + plan.conflicts.length).toBe(incoming.length);
    expect(plan.conflicts[0]?.existing.id).toBe('n1');
  });

  it('adds a phrase whose 快捷编码 another layer has, and says who keeps the code: never a silent drop', () => {
    const builtin = makePhrase({ id: 'b.fh', title: '发货时效', body: '内置发货', code: 'fh1', source: 'builtin' });
    const movedAlready = makePhrase({ id: 'b.other', title: '别的内置', body: '内置', code: 'nzfh1', source: 'builtin' });
    const team = makePhrase({ id: 't.cm', title: '团队尺码', body: '团队', code: 'cm', source: 'team' });
    const incoming = [
      makePhrase({ id: 'p1', title: '我的发货', body: '48 小时内发出', code: 'FH1' }),
      makePhrase({ id: 'p2', title: '我的尺码', body: '偏小一码', code: 'cm' }),
    ];
    const plan = planImport([builtin, movedAlready, team], incoming);
    expect(plan.added.map((phrase) => phrase.id)).toEqual(['p1', 'p2']);
    expect(plan.conflicts).toEqual([]);
    expect(plan.codeMoves.map(({ code, holder, keeps, movedTo }) => ({ code, holder: holder.id, keeps, movedTo }))).toEqual([
      { code: 'FH1', holder: 'b.fh', keeps: 'incoming', movedTo: 'nzfh1-2' },
      { code: 'cm', holder: 't.cm', keeps: 'holder', movedTo: undefined },
    ]);
  });
});
