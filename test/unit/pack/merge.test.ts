import { describe, expect, it } from 'vitest';
import { compileChecker } from '../../../utils/compliance/checker';
import { BUILTIN_RULES, createChecker } from '../../../utils/compliance/index';
import type { Rule, RuleFile } from '../../../utils/compliance/types';
import { mergeLibraries, mergeRuleFiles } from '../../../utils/pack/merge';
import { teamPhrase } from './fixtures';

const builtin = [
  teamPhrase(1, { id: 'b.ship', code: 'fh', source: 'builtin', body: '内置发货' }),
  teamPhrase(2, { id: 'b.size', code: 'cc', source: 'builtin', body: '内置尺码' }),
  teamPhrase(3, { id: 'shared', code: undefined, source: 'builtin', body: '内置同名' }),
];
const team = [
  teamPhrase(4, { id: 't.ship', code: 'FH', body: '团队发货' }),
  teamPhrase(5, { id: 'shared', code: 'gx', body: '团队同名' }),
];
const personal = [
  teamPhrase(6, { id: 'shared', code: 'wd', source: 'personal', body: '个人同名' }),
  teamPhrase(7, { id: 'b.size', code: 'cc', source: 'personal', body: '个人尺码' }),
  teamPhrase(8, { id: 'p.own', code: ' gx ', source: 'personal', body: '个人专属' }),
];

describe('mergeLibraries', () => {
  const merged = mergeLibraries(builtin, team, personal);
  const byId = new Map(merged.map((phrase) => [phrase.id, phrase]));

  it('keeps one phrase per id: team over personal over builtin', () => {
    expect(merged.map((phrase) => phrase.id).sort()).toEqual(['b.ship', 'b.size', 'p.own', 'shared', 't.ship']);
    expect(byId.get('shared')?.body).toBe('团队同名');
    expect(byId.get('b.size')?.body).toBe('个人尺码');
  });

  it('gives a 快捷编码 to one phrase only, compared case- and space-insensitively', () => {
    expect(byId.get('t.ship')?.code).toBe('FH');
    // The built-in phrase keeps a code of its own: nz (内置) + the one the team took.
    expect(byId.get('b.ship')?.code).toBe('nzfh');
    expect(byId.get('b.ship')?.body).toBe('内置发货');
    expect(byId.get('shared')?.code).toBe('gx');
    expect(byId.get('p.own')?.code).toBeUndefined();
    expect(byId.get('b.size')?.code).toBe('cc');
  });

  it('does not modify its inputs', () => {
    expect(builtin[0]?.code).toBe('fh');
    expect(personal[2]?.code).toBe(' gx ');
  });
});

describe('mergeRuleFiles', () => {
  const rule = (id: string, words: string[]): Rule => ({ id, category: 'absolute', severity: 'warn', words, reason: '测试' });
  const builtinRules: RuleFile = {
    format: 'huashu-rules',
    version: 1,
    rules: [rule('absolute.zui', ['最']), rule('absolute.first', ['第一'])],
    allow: ['最近', { words: ['第一时间'], note: '时间用语' }],
    disable: ['absolute.old'],
  };

  it('returns the built-in rules when the pack has none', () => {
    expect(mergeRuleFiles(builtinRules, null)).toBe(builtinRules);
  });

  it('lets a team rule replace the built-in one with its id and adds up allow and disable lists', () => {
    const team: RuleFile = {
      format: 'huashu-rules',
      version: 1,
      rules: [rule('absolute.first', ['第一名']), rule('shop.rival', ['隔壁家'])],
      allow: ['最近', '最佳赏味期', { words: ['第一时间'], note: '时间用语' }],
      disable: ['absolute.zui'],
    };
    const merged = mergeRuleFiles(builtinRules, team);
    expect(merged.rules.map((r) => `${r.id}:${r.words?.join()}`)).toEqual(['absolute.zui:最', 'absolute.first:第一名', 'shop.rival:隔壁家']);
    expect(merged.allow).toEqual(['最近', { words: ['第一时间'], note: '时间用语' }, '最佳赏味期']);
    expect(merged.disable).toEqual(['absolute.old', 'absolute.zui']);
  });

  it('gives the same findings as the checker layering the two files itself', () => {
    const team: RuleFile = { format: 'huashu-rules', version: 1, rules: [rule('shop.rival', ['隔壁家'])], allow: ['第一次'] };
    const text = '第一次来隔壁家买？我们是最实惠的';
    const layered = createChecker({ ruleFiles: [team] }).check(text);
    const merged = compileChecker([mergeRuleFiles(BUILTIN_RULES, team)]).check(text);
    expect(merged).toEqual(layered);
    expect(merged.map((finding) => finding.match)).toContain('隔壁家');
  });
});
