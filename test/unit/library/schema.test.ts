import { describe, expect, it } from 'vitest';
import { contentId, parseLibraryFile, parsePhrase, unknownIntentMessage } from '../../../utils/library/schema';

const valid = {
  id: 'ship-1',
  title: '发货时间',
  body: '亲，48 小时内发货哦',
  code: 'fh',
  group: '发货',
  stage: '售中',
  intents: ['shipping.time'],
  triggers: ['发货', '发货'],
  examples: ['什么时候发货'],
  tags: [],
  platforms: ['pdd'],
  source: 'team',
  createdAt: 1,
  updatedAt: 2,
};

describe('parsePhrase', () => {
  it('accepts a complete phrase and removes duplicate list items', () => {
    const result = parsePhrase(valid);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.phrase.triggers).toEqual(['发货']);
      expect(result.phrase.platforms).toEqual(['pdd']);
      expect(result.phrase.source).toBe('team');
    }
  });

  it('reads 类目 and 订单状态: category names, fact ids or their labels, stored as ids; empty by default', () => {
    const result = parsePhrase({ ...valid, categories: ['家居家纺', '服饰', '家居家纺'], orderFacts: ['已发货', 'received'] });
    expect(result.ok && [result.phrase.categories, result.phrase.orderFacts]).toEqual([['家居家纺', '服饰'], ['shipped', 'received']]);
    const plain = parsePhrase(valid);
    expect(plain.ok && [plain.phrase.categories, plain.phrase.orderFacts]).toEqual([[], []]);
    const wrong = parsePhrase({ ...valid, categories: ['床上用品'], orderFacts: ['已寄出'] });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.errors.join('\n')).toMatch(/类目: 未知类目 "床上用品"，应为 服饰、鞋靴/);
    expect(!wrong.ok && wrong.errors.join('\n')).toMatch(/订单状态: 未知订单状态 "已寄出"，应为 未下单、已下单/);
  });

  it('names an unknown intent and lists the valid ones', () => {
    const result = parsePhrase({ ...valid, intents: ['shipping.time', 'foo'] });
    expect(result).toEqual({ ok: false, errors: ['意图: 未知意图 "foo"，应为 33 种意图之一，例如 greeting（问候/在吗）、shipping.time（发货时间）'] });
  });

  it('reports every broken field in Chinese', () => {
    const result = parsePhrase({ ...valid, title: 'x'.repeat(61), body: '   ', code: 'f h', intents: [], stage: '售X' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual(
        expect.arrayContaining([
          '标题: 不能超过 60 个字',
          '内容: 不能为空',
          '快捷编码: 只能用字母、数字、汉字、_ 和 -',
          '意图: 至少要有一个意图',
          '阶段: 必须是 售前、售中、售后、通用 之一',
        ]),
      );
    }
  });

  it('enforces the body and code length limits', () => {
    expect(parsePhrase({ ...valid, body: '好'.repeat(1000) }).ok).toBe(true);
    expect(parsePhrase({ ...valid, body: '好'.repeat(1001) })).toEqual({ ok: false, errors: ['内容: 不能超过 1000 个字'] });
    expect(parsePhrase({ ...valid, code: '发货_48h-A' }).ok).toBe(true);
    expect(parsePhrase({ ...valid, code: 'a'.repeat(21) })).toEqual({ ok: false, errors: ['快捷编码: 不能超过 20 个字'] });
  });

  it('points at the list item that is wrong', () => {
    const result = parsePhrase({ ...valid, examples: ['好的', 42] });
    expect(result).toEqual({ ok: false, errors: ['问法 第 2 项: 必须是文字'] });
  });

  it('fills a minimal phrase from defaults, its first intent and its content', () => {
    const result = parsePhrase({ title: ' 退款说明 ', body: '原路退回', intents: ['refund.progress'] }, { source: 'team', createdAt: 5 });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.phrase).toMatchObject({
        id: contentId('退款说明', '原路退回'),
        title: '退款说明',
        stage: '售后',
        group: '默认',
        source: 'team',
        createdAt: 5,
        updatedAt: 5,
        triggers: [],
      });
      expect(result.phrase).not.toHaveProperty('code');
    }
  });

  it('rejects something that is not an object', () => {
    expect(parsePhrase('发货')).toEqual({ ok: false, errors: ['每条话术必须是一个对象'] });
  });
});

describe('parseLibraryFile', () => {
  it('keeps good items and reports bad ones by index', () => {
    const result = parseLibraryFile({ format: 'huashu-library', version: 1, phrases: [valid, { ...valid, id: 'x', body: '' }] });
    expect(result).toMatchObject({ ok: true, itemErrors: [{ index: 1, errors: ['内容: 不能为空'] }] });
    if (result.ok) expect(result.phrases.map((phrase) => phrase.id)).toEqual(['ship-1']);
  });

  it('accepts a bare array', () => {
    const result = parseLibraryFile([valid]);
    expect(result.ok && result.phrases.length).toBe(1);
  });

  it('rejects another format or version', () => {
    expect(parseLibraryFile({ format: 'other', version: 1, phrases: [] })).toEqual({
      ok: false,
      errors: ['文件格式不对: format 应为 "huashu-library"'],
    });
    expect(parseLibraryFile({ format: 'huashu-library', version: 2, phrases: [] }).ok).toBe(false);
    expect(parseLibraryFile(null).ok).toBe(false);
  });
});

describe('unknownIntentMessage', () => {
  it('names the intended id for a typo', () => {
    expect(unknownIntentMessage('shiping.time')).toBe('未知意图 "shiping.time"，是不是 shipping.time（发货时间）？');
    expect(unknownIntentMessage('Refund.Progres')).toBe('未知意图 "Refund.Progres"，是不是 refund.progress（退款进度）？');
  });
});
