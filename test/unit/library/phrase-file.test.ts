// The one phrase-file reader: containers, encodings, chunked reading with progress, and the sheets leads
// already keep (test/data/import) read with intents guessed by the suggester.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin';
import { exportCsv, exportJson, importCsv } from '../../../utils/library/csv';
import { createIntentGuesser, withChosenIntents } from '../../../utils/library/intent-guess';
import { decodeText, detectFormat, MAX_PHRASE_FILE_BYTES, readPhraseFile, type ReadProgress } from '../../../utils/library/phrase-file';
import { exportXlsx } from '../../../utils/library/xlsx';
import { makePhrase } from './helpers';

const IMPORT_DIR = fileURLToPath(new URL('../../data/import/', import.meta.url));
const fixture = (name: string) => new Uint8Array(readFileSync(`${IMPORT_DIR}${name}`));
const utf8 = (text: string) => new TextEncoder().encode(text);
const noPause = () => Promise.resolve();
const guess = createIntentGuesser(BUILTIN_PHRASES);

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const [low, high] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    bytes.set(order === 'le' ? [low, high] : [high, low], (bom ? 2 : 0) + i * 2);
  }
  return bytes;
}

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

describe('reading large files in chunks', () => {
  it('gives the same phrases and row numbers as one importCsv call, reporting progress per chunk', async () => {
    const csv = bigCsv(1234, 100);
    const whole = importCsv(csv);
    const progress: ReadProgress[] = [];
    let pauses = 0;
    const chunked = await readPhraseFile('大表.csv', utf8(csv), {
      source: 'personal',
      onProgress: (p) => progress.push(p),
      pause: async () => void pauses++,
      chunkRows: 200,
    });
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
    const csv = `名称,说明\r\n${'a,b\r\n'.repeat(30)}`;
    const result = await readPhraseFile('a.csv', utf8(csv), { source: 'personal', chunkRows: 10 });
    expect(result.phrases).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^第 1 行: 缺少列 内容/);
  });

  it('keeps guesses pointing at their phrases across chunks', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `批量,pl${i},亲，现货下单后48小时内发出，第${i}批`);
    const result = await readPhraseFile('批量.csv', utf8(`分组,快捷编码,内容\r\n${rows.join('\r\n')}`), { source: 'personal', guess, chunkRows: 10, pause: noPause });
    expect(result.guesses).toHaveLength(25);
    expect(result.guesses.every((g) => result.phrases[g.index!]?.code === `pl${g.row - 2}`)).toBe(true);
  });
});

describe('containers', () => {
  it('reads .json and .csv files by name and makes every phrase the layer’s', async () => {
    const team = makePhrase({ id: 't1', source: 'team' });
    const json = await readPhraseFile('团队.JSON', utf8(exportJson([team])), { source: 'personal' });
    expect(json.format).toBe('json');
    expect(json.phrases.map((p) => [p.id, p.source])).toEqual([['t1', 'personal']]);
    const csv = await readPhraseFile('话术.csv', utf8(exportCsv([team])), { source: 'personal' });
    expect(csv.errors).toEqual([]);
    expect(csv.phrases[0]).toMatchObject({ title: team.title, source: 'personal' });
  });

  it('knows a workbook by its bytes, whatever its name, and tab-separated text by .tsv / .txt', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(detectFormat('话术.csv', zip)).toBe('xlsx');
    expect(detectFormat('话术.TSV', utf8('a'))).toBe('tsv');
    expect(detectFormat('Unicode 文本.txt', utf8('a'))).toBe('tsv');
    expect(detectFormat('话术', utf8('a'))).toBe('csv');
  });

  it('round-trips an .xlsx export: same rows as the CSV export, cells never formulas', async () => {
    const phrases = [
      makePhrase({ id: 'a', title: '尺码, "偏大"', body: '=1+1 不是公式\n第二行', code: 'cm-1', intents: ['product.size', 'return.policy'], triggers: ['偏大'], categories: ['服饰', '鞋靴'] }),
      makePhrase({ id: 'b', title: '发货', body: '48 小时内发出', intents: ['shipping.time'], examples: ['今天能发吗？', '几点发'], orderFacts: ['shipped'] }),
    ];
    const bytes = new Uint8Array(await (await exportXlsx(phrases)).arrayBuffer());
    const fromXlsx = await readPhraseFile('话术库.xlsx', bytes, { source: 'personal' });
    const fromCsv = importCsv(exportCsv(phrases));
    expect(fromXlsx.format).toBe('xlsx');
    expect(fromXlsx.errors).toEqual([]);
    const shape = (list: typeof phrases) =>
      list.map(({ title, body, code, intents, triggers, examples, stage, group, categories, orderFacts }) => ({ title, body, code, intents, triggers, examples, stage, group, categories, orderFacts }));
    expect(shape(fromXlsx.phrases)).toEqual(shape(fromCsv.phrases));
    expect(fromXlsx.phrases[0]?.body).toBe('=1+1 不是公式\n第二行');
    expect(fromXlsx.phrases.map((p) => [p.categories, p.orderFacts])).toEqual([
      [['服饰', '鞋靴'], []],
      [[], ['shipped']],
    ]);
  });

  it('refuses the old .xls format, a damaged workbook and a file over the size limit, in Chinese', async () => {
    const options = { source: 'personal' as const };
    await expect(readPhraseFile('旧表.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), options)).rejects.toThrow(/不支持旧的 \.xls 格式/);
    await expect(readPhraseFile('坏的.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), options)).rejects.toThrow(/无法读取 Excel 文件/);
    await expect(readPhraseFile('大.csv', new Uint8Array(MAX_PHRASE_FILE_BYTES + 1), options)).rejects.toThrow(/^文件太大（.*上限为 .*（20\.00 MB））/);
  });
});

describe('decoding a file', () => {
  it('reads UTF-8 (dropping the BOM) and falls back to GB18030 from Excel', () => {
    expect(decodeText(utf8('\uFEFF标题,内容'))).toBe('标题,内容');
    // "标题,内容" as Excel's "CSV" (ANSI) on a Chinese Windows writes it.
    expect(decodeText(new Uint8Array([0xb1, 0xea, 0xcc, 0xe2, 0x2c, 0xc4, 0xda, 0xc8, 0xdd]))).toBe('标题,内容');
  });

  it('reads UTF-16 with either BOM, and without one, and the tab-separated sheet Excel saves that way imports', async () => {
    const sheet = '标题\t内容\t意图\r\n问候\t在的亲\tgreeting\r\n';
    for (const bytes of [utf16(sheet, 'le', true), utf16(sheet, 'be', true), utf16(sheet, 'le', false), utf16(sheet, 'be', false)]) {
      expect(decodeText(bytes).replace(/^\uFEFF/, '')).toBe(sheet);
      const read = await readPhraseFile('Unicode 文本.txt', bytes, { source: 'personal' });
      expect(read.phrases.map((p) => [p.title, p.body, p.intents])).toEqual([['问候', '在的亲', ['greeting']]]);
    }
  });
});

describe('sheets leads already keep', () => {
  it('reads a 千牛-style CSV (分组, 快捷编码, 内容) with every intent guessed from the content', async () => {
    const read = await readPhraseFile('qianniu.csv', fixture('qianniu.csv'), { source: 'team', guess });
    expect(read.errors).toEqual([]);
    expect(read.phrases.map((p) => [p.code, p.intents[0], p.source])).toEqual([
      ['fh1', 'shipping.time', 'team'],
      ['qnth', 'return.howto', 'team'],
      ['qnwl', 'logistics.delay', 'team'],
      ['yh1', 'price.coupon', 'team'],
    ]);
    expect(read.phrases[0]).toMatchObject({ group: '发货', title: '现货下单后48小时内发出，预售款…', stage: '售中' });
    expect(read.guesses.map((g) => g.row)).toEqual([2, 3, 4, 5]);
  });

  it('reads a GBK CSV with only 标题 and 内容', async () => {
    const bytes = fixture('titled-gbk.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const read = await readPhraseFile('titled-gbk.csv', bytes, { source: 'personal', guess });
    expect(read.errors).toEqual([]);
    expect(read.phrases.map((p) => [p.title, p.intents[0]])).toEqual([
      ['面料说明', 'product.material'],
      ['破损处理', 'damaged'],
      ['开发票', 'invoice'],
    ]);
  });

  it('reads a 千牛-style .xlsx workbook the same way', async () => {
    const read = await readPhraseFile('qianniu.xlsx', fixture('qianniu.xlsx'), { source: 'personal', guess });
    expect(read.format).toBe('xlsx');
    expect(read.errors).toEqual([]);
    expect(read.phrases.map((p) => [p.group, p.code, p.intents[0]])).toEqual([
      ['尺码', 'qncm', 'product.size'],
      ['售后', 'tk1', 'refund.progress'],
      ['使用', 'qnsy', 'product.usage'],
    ]);
  });

  it('lets the agent correct a guess or drop the row; a row nothing was recognised in waits for a choice', async () => {
    const sheet = '内容\r\n亲，现货下单后48小时内发出\r\n亲，在的哦，有什么可以帮您的吗？\r\n';
    const read = await readPhraseFile('a.csv', utf8(sheet), { source: 'personal', guess });
    expect(read.phrases).toHaveLength(1);
    expect(read.guesses.map((g) => g.candidates.length > 0)).toEqual([true, false]);
    expect(withChosenIntents(read, ['shipping.time', null]).map((p) => p.intents)).toEqual([['shipping.time']]);
    const corrected = withChosenIntents(read, ['product.stock', 'greeting']);
    expect(corrected.map((p) => [p.intents, p.stage])).toEqual([
      [['product.stock'], '售前'],
      [['greeting'], '通用'],
    ]);
    expect(withChosenIntents(read, [null, null])).toEqual([]);
  });
});
