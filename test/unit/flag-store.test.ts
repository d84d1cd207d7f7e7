// The phrase flag store (utils/flag-store.ts) and the packaged flags (utils/phrase-flags-file.ts): keys that change
// with every input a verdict depends on, bounded records that drop their oldest, and a file that answers only for
// the build and the rules it was made with.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../utils/compliance/types';
import { createFlagStore, flagRulesKey, withRemembered, withRulesUsed, type FlagBacking, type FlagRules } from '../../utils/flag-store';
import { namedPlatforms, packagedFlags, phraseFlagsFile } from '../../utils/phrase-flags-file';

const finding = (match: string): Finding => ({ start: 0, end: match.length, match, category: 'absolute', severity: 'warn', rule: 'absolute.test', reason: '绝对化', suggestions: [] });
const rival = { format: 'huashu-rules', version: 1, rules: [{ id: 'brand.rival', category: 'brand', severity: 'warn', words: ['某某牌'], reason: '不提竞品' }] };
const base: FlagRules = { checker: 'build-1', ruleFiles: [], disabled: [] };

function mapBacking(): FlagBacking & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    del: async (key) => void data.delete(key),
  };
}

describe('flagRulesKey', () => {
  it('differs with the build, each team rule, a disabled id and the platform, and is stable otherwise', async () => {
    const key = await flagRulesKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await flagRulesKey({ ...base })).toBe(key);
    const others = await Promise.all([
      flagRulesKey({ ...base, checker: 'build-2' }),
      flagRulesKey({ ...base, ruleFiles: [rival] }),
      flagRulesKey({ ...base, ruleFiles: [{ ...rival, rules: [{ ...rival.rules[0], words: ['某某牌', '某某家'] }] }] }),
      flagRulesKey({ ...base, disabled: ['absolute.zui-hao'] }),
      flagRulesKey({ ...base, platform: 'pinduoduo' }),
      flagRulesKey({ ...base, platform: '' }),
    ]);
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });
});

describe('withRemembered', () => {
  it('keeps the newest bodies up to the bound; a body written again is new', () => {
    let kept = withRemembered(new Map(), [['a', []], ['b', [finding('最')]], ['c', []]], 3);
    kept = withRemembered(kept, [['a', [finding('第一')]]], 3);
    kept = withRemembered(kept, [['d', []]], 3);
    expect([...kept.keys()]).toEqual(['c', 'a', 'd']);
    expect(kept.get('a')).toEqual([finding('第一')]);
  });
});

describe('withRulesUsed', () => {
  it('moves the key written to last and drops the oldest beyond the bound', () => {
    expect(withRulesUsed(['k1', 'k2'], 'k1', 3)).toEqual({ order: ['k2', 'k1'], dropped: [] });
    expect(withRulesUsed(['k1', 'k2', 'k3'], 'k4', 3)).toEqual({ order: ['k2', 'k3', 'k4'], dropped: ['k1'] });
  });
});

describe('createFlagStore', () => {
  it('answers what it was told under the same key only, across a restart (a new store over the same backing)', async () => {
    const backing = mapBacking();
    const store = createFlagStore(backing);
    const k1 = await flagRulesKey(base);
    const k2 = await flagRulesKey({ ...base, ruleFiles: [rival] });
    await store.remember(k1, [['全网最低价', [finding('最低')]], ['好的亲', []]]);
    await store.flushed();
    const again = createFlagStore(backing);
    expect([...(await again.known(k1, ['全网最低价', '好的亲', '没问过']))]).toEqual([['全网最低价', [finding('最低')]], ['好的亲', []]]);
    // Team rules changed: the entry found under the old rules is not used.
    expect((await again.known(k2, ['全网最低价', '好的亲'])).size).toBe(0);
  });

  it('keeps both of two answers written together, and drops whole rule sets beyond its bound', async () => {
    const backing = mapBacking();
    const store = createFlagStore(backing, { rules: 2 });
    await Promise.all([store.remember('k1', [['a', []]]), store.remember('k1', [['b', []]])]);
    expect([...(await store.known('k1', ['a', 'b'])).keys()]).toEqual(['a', 'b']);
    await store.remember('k2', [['a', []]]);
    await store.remember('k3', [['a', []]]);
    await store.flushed();
    expect((await store.known('k1', ['a', 'b'])).size).toBe(0);
    expect([...backing.data.keys()].sort()).toEqual(['order', 'rules:k2', 'rules:k3']);
    expect((await createFlagStore(backing).known('k1', ['a'])).size).toBe(0);
  });

  it('reads a record it cannot read as empty', async () => {
    const backing = mapBacking();
    backing.data.set('rules:k1', { a: [] });
    backing.data.set('rules:k2', [['a', []], [3, []], ['b', 'x']]);
    const store = createFlagStore(backing);
    expect((await store.known('k1', ['a'])).size).toBe(0);
    expect([...(await store.known('k2', ['a', 'b'])).keys()]).toEqual(['a']);
  });
});

describe('packaged phrase flags', () => {
  const flagsOn = (platform: string | undefined) => (body: string) => (body.includes('最') || (platform === 'pinduoduo' && body.includes('拼')) ? [finding(body)] : []);
  const file = phraseFlagsFile('build-1', ['好的亲', '全网最低价', '拼单更划算', '好的亲'], ['pinduoduo'], flagsOn);

  it('lists each body once and only the flagged ones per platform', () => {
    expect(file.bodies).toEqual(['好的亲', '全网最低价', '拼单更划算']);
    expect(Object.keys(file.flagged)).toEqual(['', 'pinduoduo']);
    expect(Object.keys(file.flagged['']!)).toEqual(['1']);
    expect(Object.keys(file.flagged.pinduoduo!)).toEqual(['1', '2']);
  });

  it('answers a built-in body under the built-in rules of this build, on its platform or one no rule names', () => {
    expect(packagedFlags(file, base, '好的亲')).toEqual([]);
    expect(packagedFlags(file, base, '拼单更划算')).toEqual([]);
    expect(packagedFlags(file, { ...base, platform: 'pinduoduo' }, '拼单更划算')).toEqual([finding('拼单更划算')]);
    expect(packagedFlags(file, { ...base, platform: 'qianniu' }, '全网最低价')).toEqual([finding('全网最低价')]);
    expect(packagedFlags(file, { ...base, platform: 'constructor' }, '拼单更划算')).toEqual([]);
  });

  it('does not answer for another build, team rules, disabled rules or a body it was not built with', () => {
    expect(packagedFlags(file, { ...base, checker: 'build-2' }, '全网最低价')).toBeUndefined();
    expect(packagedFlags(file, { ...base, ruleFiles: [rival] }, '好的亲')).toBeUndefined();
    expect(packagedFlags(file, { ...base, disabled: ['absolute.zui'] }, '全网最低价')).toBeUndefined();
    expect(packagedFlags(file, base, '好的亲！')).toBeUndefined();
  });

  it('names the platforms the rules name, by their own rules or by words they do not count there', () => {
    expect(namedPlatforms([{}, { platforms: ['jd'] }, { exceptOn: { feige: ['飞鸽'] } }, { platforms: ['jd', 'pinduoduo'] }])).toEqual(['feige', 'jd', 'pinduoduo']);
  });
});
