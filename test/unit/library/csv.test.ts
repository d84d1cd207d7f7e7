import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv, exportJson, importCsv, importJson, phraseWithIntent } from '../../../utils/library/csv';
import { contentId } from '../../../utils/library/schema';
import { loadSampleLibrary, makePhrase } from './helpers';

const tricky = makePhrase({
  id: contentId('尺码, "偏大"还是偏小', '亲，这款偏大一码，\n平时穿 M 的拍 S 就好，"不合适"包换。'),
  title: '尺码, "偏大"还是偏小',
  body: '亲，这款偏大一码，\n平时穿 M 的拍 S 就好，"不合适"包换。',
  code: 'cm-1',
  group: '商品',
  stage: '售前',
  intents: ['product.size', 'return.policy'],
  triggers: ['偏大', '码数'],
  examples: ['平时穿M，这个拍什么码？', '偏大吗，会不会小'],
  tags: ['亲切'],
});

describe('CSV export', () => {
  it('starts with a BOM, uses CRLF and the documented header', () => {
    const csv = exportCsv([tricky]);
    expect(csv.startsWith('\uFEFF分组,快捷编码,标题,内容,意图,关键词,问法,阶段,标签,类目,订单状态\r\n')).toBe(true);
    expect(CSV_COLUMNS).toHaveLength(11);
  });

  it('round-trips commas, quotes and newlines inside cells', () => {
    const { phrases, errors } = importCsv(exportCsv([tricky]), { createdAt: tricky.createdAt });
    expect(errors).toEqual([]);
    expect(phrases).toEqual([tricky]);
  });

  it('round-trips the sample library and survives a formula-like body', () => {
    const library = loadSampleLibrary().map((phrase, index) => ({ ...phrase, platforms: [], body: index === 0 ? '=1+1 不是公式' : phrase.body }));
    const { phrases, errors } = importCsv(exportCsv(library));
    expect(errors).toEqual([]);
    expect(phrases.map((phrase) => [phrase.title, phrase.body, phrase.code, phrase.intents, phrase.examples])).toEqual(
      library.map((phrase) => [phrase.title, phrase.body, phrase.code, phrase.intents, phrase.examples]),
    );
    expect(exportCsv(library)).toContain("'=1+1");
  });
});

describe('CSV 类目 and 订单状态', () => {
  it('round-trip: categories by name, order facts written with their Chinese labels', () => {
    const tagged = { ...tricky, categories: ['家居家纺' as const], orderFacts: ['shipped' as const, 'received' as const] };
    const csv = exportCsv([tagged]);
    expect(csv).toContain('家居家纺,已发货 | 已收到货');
    const { phrases, errors } = importCsv(csv, { createdAt: tricky.createdAt });
    expect(errors).toEqual([]);
    expect(phrases).toEqual([tagged]);
  });

  it('imports a sheet without the two columns, and names a wrong value with its row', () => {
    const sheet = '标题,内容,意图,类目,订单状态\r\n发货,已发出,shipping.time,家居家纺,已发货\r\n坏的,内容,quality.issue,床品,\r\n';
    const { phrases, errors } = importCsv(sheet);
    expect(phrases.map((phrase) => [phrase.categories, phrase.orderFacts])).toEqual([[['家居家纺'], ['shipped']]]);
    expect(errors).toEqual([expect.stringMatching(/^第 3 行: 类目: 未知类目 "床品"/)]);
    expect(importCsv('标题,内容,意图\r\n发货,已发出,shipping.time\r\n').phrases[0]).toMatchObject({ categories: [], orderFacts: [] });
  });
});

describe('CSV import', () => {
  const header = '分组,快捷编码,标题,内容,意图,关键词,问法,阶段,标签';

  it('reads a hand-made sheet: CRLF, Chinese intent labels, 、 lists, empty lines', () => {
    const sheet = `${header}\r\n发货,fh,发货时间,"48 小时内发出，
节假日顺延",发货时间、shipping.courier,发货、几时发,什么时候发|今天能发吗,,\r\n\r\n`;
    const { phrases, errors } = importCsv(sheet);
    expect(errors).toEqual([]);
    expect(phrases[0]).toMatchObject({
      group: '发货',
      code: 'fh',
      body: '48 小时内发出，\n节假日顺延',
      intents: ['shipping.time', 'shipping.courier'],
      triggers: ['发货', '几时发'],
      examples: ['什么时候发', '今天能发吗'],
      stage: '售中',
    });
  });

  it('reports bad rows with their spreadsheet row numbers and keeps the good ones', () => {
    const sheet = [
      header,
      ',,好评提醒,收到满意的话给个好评哦,review,,,,',
      ',,,没有标题,review,,,,',
      ',,多行,"第一行',
      '第二行",greeting,,,,',
      ',,意图错,内容,发火,,,,',
      ',,阶段错,内容,greeting,,,售X,',
    ].join('\r\n');
    const { phrases, errors } = importCsv(`\uFEFF${sheet}`);
    expect(phrases.map((phrase) => phrase.title)).toEqual(['好评提醒', '多行']);
    expect(errors).toEqual([
      '第 3 行: 标题: 不能为空',
      expect.stringMatching(/^第 5 行: 意图: 未知意图 "发火"/),
      '第 6 行: 阶段: 必须是 售前、售中、售后、通用 之一',
    ]);
  });

  it('refuses a sheet without a 内容 column, and a row without intents when nothing may guess them', () => {
    expect(importCsv('标题,意图\r\na,greeting')).toEqual({ phrases: [], errors: [expect.stringMatching(/^第 1 行: 缺少列 内容/)], guesses: [] });
    expect(importCsv('标题,内容\r\na,b')).toEqual({ phrases: [], errors: ['第 2 行: 意图: 至少要有一个意图'], guesses: [] });
  });

  it('reads a 千牛-style sheet (分组, 快捷编码, 内容): titles from the content, intents from the guesser, offered for checking', () => {
    const sheet = '分组,编码,话术\r\n售后,th1,亲，退货请寄到杭州仓，收件人写售后部哦\r\n通用,zz,嗯嗯\r\n售后,,\r\n';
    const guesser = (phrase: { title: string; body: string }) => (phrase.body.includes('退货') ? (['return.howto', 'return.policy'] as const).slice() : []);
    const { phrases, errors, guesses } = importCsv(sheet, { source: 'team' }, guesser);
    expect(errors).toEqual([expect.stringMatching(/^第 4 行: .*内容: 不能为空/)]);
    expect(phrases).toHaveLength(1);
    expect(phrases[0]).toMatchObject({ group: '售后', code: 'th1', title: '退货请寄到杭州仓，收件人写售后部…', intents: ['return.howto'], stage: '售后', source: 'team' });
    expect(guesses.map(({ row, candidates, index }) => ({ row, candidates, index }))).toEqual([
      { row: 2, candidates: ['return.howto', 'return.policy'], index: 0 },
      { row: 3, candidates: [], index: undefined },
    ]);
    expect(guesses[1]).toMatchObject({ title: '嗯嗯', body: '嗯嗯' });
    // The agent picks an intent for the row nothing was recognised in: it becomes a phrase like any other.
    const chosen = phraseWithIntent(guesses[1]!.input, 'thanks-bye');
    expect(chosen.ok && chosen.phrase).toMatchObject({ title: '嗯嗯', code: 'zz', intents: ['thanks-bye'], stage: '通用', source: 'team' });
  });

  it('reports an unclosed quote', () => {
    const { errors } = importCsv(`${header}\n,,标题,"没有闭合,greeting,,,,`);
    expect(errors.some((error) => error.includes('引号没有成对闭合'))).toBe(true);
  });
});

describe('JSON export and import', () => {
  it('round-trips a library file', () => {
    const library = loadSampleLibrary();
    expect(importJson(exportJson(library))).toEqual({ phrases: library, errors: [], guesses: [] });
  });

  it('names broken items and rejects broken JSON', () => {
    const { phrases, errors } = importJson(JSON.stringify([{ title: 'a', body: 'b', intents: ['greeting'] }, { title: 'c' }]));
    expect(phrases).toHaveLength(1);
    expect(errors).toEqual([expect.stringMatching(/^第 2 条: /)]);
    expect(importJson('{').errors[0]).toMatch(/^不是有效的 JSON/);
  });

  it('refuses absurdly nested JSON with the packs’ depth limit, in Chinese', () => {
    const deep = `[{"title":${'['.repeat(100_000)}${']'.repeat(100_000)}}]`;
    expect(importJson(deep)).toEqual({ phrases: [], errors: ['JSON 嵌套超过 32 层的上限'], guesses: [] });
  });
});
