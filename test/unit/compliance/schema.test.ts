import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../../utils/compliance/index';
import { parseRuleFile } from '../../../utils/compliance/schema';

const valid = {
  format: 'huashu-rules',
  version: 1,
  rules: [{ id: 'brand.rival', category: 'brand', severity: 'warn', words: ['某某牌'], reason: '店铺规定：不提竞品' }],
  allow: ['某某牌子的衣架', { words: ['某某牌号'], note: '型号' }],
  disable: ['absolute.zui-hao'],
};

describe('parseRuleFile', () => {
  it('accepts a valid file and the built-in rules', () => {
    expect(parseRuleFile(valid)).toEqual({ ok: true, file: valid });
    expect(parseRuleFile(BUILTIN_RULES).ok).toBe(true);
  });

  it('names the path of each error in Chinese', () => {
    const result = parseRuleFile({
      ...valid,
      rules: [valid.rules[0], { id: 'x.y', category: 'absolute', severity: 'bad', words: [], reason: '' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('rules[1].severity: 必须是 block、warn 或 info');
    expect(result.errors).toContain('rules[1].reason: 理由不能为空');
  });

  it('reports duplicate rule ids once the rules are otherwise valid', () => {
    expect(parseRuleFile({ ...valid, rules: [valid.rules[0], valid.rules[0]] })).toEqual({
      ok: false,
      errors: ['rules[1].id: 规则编号 brand.rival 与 rules[0] 重复'],
    });
  });

  it('rejects wrong format, version, ids, detectors and allow entries', () => {
    const errors = (input: unknown) => {
      const result = parseRuleFile(input);
      return result.ok ? [] : result.errors;
    };
    expect(errors({ ...valid, format: 'other' })).toEqual(['format: 必须是 "huashu-rules"']);
    expect(errors({ ...valid, version: 2 })).toEqual(['version: 必须是 1（本版本只支持第 1 版规则文件）']);
    expect(errors({ ...valid, rules: [{ ...valid.rules[0], id: 'NoDot' }] })[0]).toMatch(/^rules\[0\]\.id: 规则编号格式/);
    expect(errors({ ...valid, rules: [{ ...valid.rules[0], detector: 'fax' }] })[0]).toMatch(/^rules\[0\]\.detector: 必须是以下检测器之一/);
    expect(errors({ ...valid, rules: [{ ...valid.rules[0], words: [] }] })).toEqual(['rules[0].words: 规则需要 words（至少一个词）或 detector']);
    expect(errors({ ...valid, allow: [42] })).toEqual(['allow[0]: 白名单条目必须是字符串或 { words, note } 对象']);
    expect(errors('not json')).toEqual(['（根）: 规则文件必须是 JSON 对象']);
    expect(errors({ ...valid, rules: [{ ...valid.rules[0], near: { words: ['x'], within: 99 } }] })).toEqual(['rules[0].near.within: 不能大于 60']);
  });
});
