import { describe, expect, it } from 'vitest';
import {
  applyImport,
  draftFromPhrase,
  EMPTY_PHRASE_FORM,
  exportFileName,
  findCodeClash,
  groupPhrases,
  newPhraseId,
  phraseFromDraft,
  splitLines,
  splitWords,
} from '../../../utils/library/editor';
import { planImport } from '../../../utils/library/import-plan';
import { makePhrase } from './helpers';

const NOW = 1_800_000_000_000;

describe('editor form', () => {
  it('splits keywords on commas and 、 and questions on lines', () => {
    expect(splitWords(' 发货, 什么时候发，几天发、 ;\n')).toEqual(['发货', '什么时候发', '几天发']);
    expect(splitLines('今天能发吗？\r\n\n 几号到, 快吗 \n')).toEqual(['今天能发吗？', '几号到, 快吗']);
  });

  it('turns a filled form into a personal phrase with the given id', () => {
    const result = phraseFromDraft(
      {
        ...EMPTY_PHRASE_FORM,
        title: ' 发货时间 ',
        body: '{买家昵称}您好，今天下单48小时内发出',
        code: 'fh9',
        group: '物流',
        stage: '售中',
        intents: ['shipping.time'],
        triggers: '发货、什么时候发',
        examples: '什么时候发货\n今天能发吗',
        tags: '常用',
      },
      undefined,
      NOW,
      'p-new',
    );
    expect(result).toEqual({
      ok: true,
      phrase: {
        id: 'p-new',
        title: '发货时间',
        body: '{买家昵称}您好，今天下单48小时内发出',
        code: 'fh9',
        group: '物流',
        stage: '售中',
        intents: ['shipping.time'],
        triggers: ['发货', '什么时候发'],
        examples: ['什么时候发货', '今天能发吗'],
        tags: ['常用'],
        platforms: [],
        categories: [],
        orderFacts: [],
        source: 'personal',
        createdAt: NOW,
        updatedAt: NOW,
      },
    });
  });

  it('keeps id, creation time and platforms of the phrase being edited, and round-trips through the form', () => {
    const original = makePhrase({
      id: 'p-old',
      code: 'ab',
      triggers: ['x', 'y'],
      examples: ['问, 法'],
      tags: ['t'],
      platforms: ['pinduoduo'],
      categories: ['家居家纺', '服饰'],
      orderFacts: ['shipped'],
    });
    const result = phraseFromDraft({ ...draftFromPhrase(original), body: '新内容' }, original, NOW, original.id);
    expect(result.ok && result.phrase).toEqual({ ...original, body: '新内容', updatedAt: NOW });
  });

  it('makes a team phrase from the same form for 团队管理', () => {
    const result = phraseFromDraft({ ...EMPTY_PHRASE_FORM, title: '发货', body: '48 小时内发出', intents: ['shipping.time'] }, undefined, NOW, 'p-team', 'team');
    expect(result.ok && result.phrase).toMatchObject({ id: 'p-team', source: 'team', stage: '通用', createdAt: NOW });
  });

  it('reports the schema errors in Chinese and drops an empty 快捷编码', () => {
    const bad = phraseFromDraft({ ...EMPTY_PHRASE_FORM, title: '只有标题' }, undefined, NOW, 'p-x');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors).toEqual(expect.arrayContaining(['内容: 不能为空', '意图: 至少要有一个意图']));
    const good = phraseFromDraft({ ...EMPTY_PHRASE_FORM, title: 't', body: 'b', intents: ['greeting'], code: '  ' }, undefined, NOW, 'p-x');
    expect(good.ok && 'code' in good.phrase).toBe(false);
  });

  it('makes ids that the schema accepts and that differ between calls', () => {
    const a = newPhraseId(NOW);
    const b = newPhraseId(NOW);
    expect(a).toMatch(/^p-[0-9a-z]+-[0-9a-z]{6}$/);
    expect(a).not.toBe(b);
    expect(newPhraseId(NOW, () => 0)).toBe(`p-${NOW.toString(36)}-000000`);
  });

  it('finds another phrase with the same 快捷编码, ignoring case, spaces and the phrase itself', () => {
    const phrases = [makePhrase({ id: 'a', code: 'FH1' }), makePhrase({ id: 'b' })];
    expect(findCodeClash(phrases, ' fh1 ')?.id).toBe('a');
    expect(findCodeClash(phrases, 'fh1', 'a')).toBeUndefined();
    expect(findCodeClash(phrases, '')).toBeUndefined();
  });
});

describe('grouped list', () => {
  const phrases = [
    makePhrase({ id: '1', group: '物流', title: '发货时间', source: 'builtin' }),
    makePhrase({ id: '2', group: '售后', title: '退货地址', source: 'team', code: 'th' }),
    makePhrase({ id: '3', group: '物流', title: '快递', body: '默认中通', source: 'personal', triggers: ['顺丰'] }),
  ];

  it('groups in first-seen order and filters by source', () => {
    expect(groupPhrases(phrases, '', 'all').map((g) => [g.name, g.phrases.map((p) => p.id)])).toEqual([
      ['物流', ['1', '3']],
      ['售后', ['2']],
    ]);
    expect(groupPhrases(phrases, '', 'team').map((g) => g.name)).toEqual(['售后']);
  });

  it('needs every query word somewhere in the phrase', () => {
    expect(groupPhrases(phrases, '物流 顺丰', 'all').flatMap((g) => g.phrases.map((p) => p.id))).toEqual(['3']);
    expect(groupPhrases(phrases, 'TH', 'all').flatMap((g) => g.phrases.map((p) => p.id))).toEqual(['2']);
    expect(groupPhrases(phrases, '没有这个', 'all')).toEqual([]);
  });
});

describe('applying an import', () => {
  const mine = makePhrase({ id: 'p-mine', code: 'fh', body: '旧内容', createdAt: 5 });
  const other = makePhrase({ id: 'p-other', title: '别的' });
  const builtin = makePhrase({ id: 'b-1', code: 'zj', body: '内置', source: 'builtin' });
  const incomingMine = makePhrase({ id: 'c-1', code: 'fh', body: '新内容' });
  // A built-in phrase edited in an export of the whole library: the same id, other content.
  const incomingBuiltin = makePhrase({ id: 'b-1', code: 'zj', body: '我的版本' });
  const fresh = makePhrase({ id: 'c-3', title: '新的', body: '新增' });
  const plan = planImport([mine, other, builtin], [incomingMine, incomingBuiltin, fresh]);

  it('keeps every existing phrase unless told to replace it', () => {
    expect(plan.conflicts).toHaveLength(2);
    const kept = applyImport([mine, other], plan, [], NOW, () => 'p-gen');
    expect(kept).toEqual([mine, other, fresh]);
  });

  it('applies a team import the same way: the lead’s own phrases in place, others as new team phrases', () => {
    const teamMine = { ...mine, source: 'team' as const };
    const teamPlan = planImport([teamMine, builtin], [{ ...incomingMine, source: 'team' }, { ...incomingBuiltin, source: 'team' }]);
    const next = applyImport([teamMine], teamPlan, ['replace', 'replace'], NOW, () => 't-gen', 'team');
    expect(next.map((phrase) => [phrase.id, phrase.body, phrase.source])).toEqual([
      ['p-mine', '新内容', 'team'],
      ['t-gen', '我的版本', 'team'],
    ]);
  });

  it('replaces a personal phrase in place and saves a built-in one as a new personal phrase', () => {
    const replaced = applyImport([mine, other], plan, ['replace', 'replace'], NOW, () => 'p-gen');
    expect(replaced).toEqual([
      { ...incomingMine, id: 'p-mine', createdAt: 5, updatedAt: NOW },
      other,
      fresh,
      { ...incomingBuiltin, id: 'p-gen', createdAt: NOW, updatedAt: NOW },
    ]);
  });
});

describe('export file name', () => {
  it('uses the local date', () => {
    expect(exportFileName(new Date(2026, 0, 5, 23, 59), 'csv')).toBe('话术库-20260105.csv');
    expect(exportFileName(new Date(2026, 10, 21), 'json')).toBe('话术库-20261121.json');
    expect(exportFileName(new Date(2026, 10, 21), 'xlsx')).toBe('话术库-20261121.xlsx');
  });
});
