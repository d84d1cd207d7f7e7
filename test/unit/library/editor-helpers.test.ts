import { describe, expect, it } from 'vitest';
import { exportCsv, importCsv } from '../../../utils/library/csv';
import {
  applyImport,
  csvRecordStarts,
  decodeText,
  draftFromPhrase,
  EMPTY_PHRASE_FORM,
  exportFileName,
  findCodeClash,
  groupPhrases,
  importCsvInChunks,
  newPhraseId,
  phraseFromDraft,
  readLibraryFile,
  splitLines,
  splitWords,
  type ImportProgress,
} from '../../../utils/library/editor';
import { planImport } from '../../../utils/library/import-plan';
import { makePhrase } from './helpers';

const NOW = 1_800_000_000_000;
const noPause = () => Promise.resolve();

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

function bigCsv(rows: number, badEvery: number): string {
  const phrases = Array.from({ length: rows }, (_, i) =>
    makePhrase({ id: `x${i}`, title: `标题${i}`, body: `第${i}条,含逗号\n和换行"引号"`, intents: ['shipping.time'] }),
  );
  // Bad rows carry an unknown intent; the row number in the file is the index + 2 (header is row 1).
  return exportCsv(phrases).replace(/shipping\.time/g, (match, offset, text: string) => {
    const row = text.slice(0, offset).split('标题').length - 3;
    return row % badEvery === badEvery - 1 ? 'no.such' : match;
  });
}

describe('reading large CSV files', () => {
  it('finds record starts without splitting quoted newlines', () => {
    const text = 'a,b\r\n"x\r\ny",1\r\nz,2\r\n';
    expect(csvRecordStarts(text).map((start) => text.slice(start, start + 2))).toEqual(['a,', '"x', 'z,']);
  });

  it('gives the same phrases and row numbers as one importCsv call, reporting progress per chunk', async () => {
    const csv = bigCsv(1234, 100);
    const whole = importCsv(csv);
    const progress: ImportProgress[] = [];
    let pauses = 0;
    const chunked = await importCsvInChunks(csv, {}, (p) => progress.push(p), async () => void pauses++, 200);
    expect(whole.errors).toHaveLength(12);
    expect(whole.errors[0]).toMatch(/^第 101 行: 意图: 未知意图 "no.such"/);
    expect(chunked.errors).toEqual(whole.errors);
    expect(chunked.phrases.map((p) => p.id)).toEqual(whole.phrases.map((p) => p.id));
    expect(chunked.phrases).toHaveLength(1222);
    expect(progress.map((p) => p.done)).toEqual([200, 400, 600, 800, 1000, 1200, 1234]);
    expect(progress.every((p) => p.total === 1234)).toBe(true);
    expect(pauses).toBe(7);
  });

  it('reports a broken header once', async () => {
    const csv = `名称,内容\r\n${'a,b\r\n'.repeat(30)}`;
    const result = await importCsvInChunks(csv, {}, () => undefined, noPause, 10);
    expect(result.phrases).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^第 1 行: 缺少列 标题、意图/);
  });

  it('reads .json and .csv files by name and makes every phrase personal', async () => {
    const team = makePhrase({ id: 't1', source: 'team' });
    const json = await readLibraryFile('团队.JSON', JSON.stringify([team]), () => undefined, noPause);
    expect(json.phrases.map((p) => [p.id, p.source])).toEqual([['t1', 'personal']]);
    const csv = await readLibraryFile('话术.csv', exportCsv([team]), () => undefined, noPause);
    expect(csv.errors).toEqual([]);
    expect(csv.phrases[0]).toMatchObject({ title: team.title, source: 'personal' });
  });
});

describe('decoding a file', () => {
  it('reads UTF-8 (dropping the BOM) and falls back to GB18030 from Excel', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFF标题,内容'))).toBe('标题,内容');
    // "标题,内容" as Excel's "CSV" (ANSI) on a Chinese Windows writes it.
    expect(decodeText(new Uint8Array([0xb1, 0xea, 0xcc, 0xe2, 0x2c, 0xc4, 0xda, 0xc8, 0xdd]))).toBe('标题,内容');
  });

  it('reads UTF-16 text with its BOM, and the tab-separated sheet Excel saves that way imports', () => {
    const sheet = '标题\t内容\t意图\r\n问候\t在的亲\tgreeting\r\n';
    const utf16 = new Uint8Array(2 + sheet.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < sheet.length; i++) {
      utf16[2 + i * 2] = sheet.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = sheet.charCodeAt(i) >> 8;
    }
    const text = decodeText(utf16);
    expect(text).toBe(sheet);
    expect(importCsv(text).phrases.map((p) => [p.title, p.body, p.intents])).toEqual([['问候', '在的亲', ['greeting']]]);
  });
});

describe('applying an import', () => {
  const mine = makePhrase({ id: 'p-mine', code: 'fh', body: '旧内容', createdAt: 5 });
  const other = makePhrase({ id: 'p-other', title: '别的' });
  const builtin = makePhrase({ id: 'b-1', code: 'zj', body: '内置', source: 'builtin' });
  const incomingMine = makePhrase({ id: 'c-1', code: 'fh', body: '新内容' });
  const incomingBuiltin = makePhrase({ id: 'c-2', code: 'zj', body: '我的版本' });
  const fresh = makePhrase({ id: 'c-3', title: '新的', body: '新增' });
  const plan = planImport([mine, other, builtin], [incomingMine, incomingBuiltin, fresh]);

  it('keeps every existing phrase unless told to replace it', () => {
    expect(plan.conflicts).toHaveLength(2);
    const kept = applyImport([mine, other], plan, [], NOW, () => 'p-gen');
    expect(kept).toEqual([mine, other, fresh]);
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
  });
});
