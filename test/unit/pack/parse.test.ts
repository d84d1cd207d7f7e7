import { describe, expect, it } from 'vitest';
import { readPack } from '../../../utils/pack/parse';
import { generateTeamKey, keyIdOf, signPack } from '../../../utils/pack/sign';
import type { PackLimits, UnsignedPack } from '../../../utils/pack/types';
import type { SelectorSetEntry } from '../../../utils/workbench/types';
import { teamPhrase, unsignedPack } from './fixtures';

const team = await generateTeamKey();
const keyId = await keyIdOf(team.publicKey);

async function read(pack: UnsignedPack, limits: Partial<PackLimits> = {}) {
  return readPack(JSON.stringify(await signPack(pack, team.privateKey, keyId)), team.publicKey, limits);
}

async function errorOf(pack: UnsignedPack, limits: Partial<PackLimits> = {}) {
  const result = await read(pack, limits);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.error;
}

const selectorEntry: SelectorSetEntry = {
  platform: 'pdd',
  hostPattern: 'mms.pinduoduo.com',
  version: 2,
  selectors: {
    messageList: '#chat-list',
    messageRow: ['.msg-row', '[data-msg-id]'],
    directions: [{ match: '.buyer', direction: 'buyer' }],
    buyerName: { selector: '.buyer-name', attr: 'title' },
    input: 'textarea',
  },
};

describe('readPack', () => {
  it('returns the signed pack with every phrase marked as a team phrase', async () => {
    const pack = unsignedPack(3);
    pack.phrases[1] = teamPhrase(1, { source: 'personal' });
    pack.selectors = [selectorEntry];
    const result = await read(pack);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.phrases.map((phrase) => phrase.source)).toEqual(['team', 'team', 'team']);
    expect(result.pack.phrases[0]).toEqual(pack.phrases[0]);
    expect(result.pack.selectors).toEqual([selectorEntry]);
    expect(result.pack.signature.keyId).toBe(keyId);
  });

  it('checks the signature before the schema, so an unsigned broken pack reads as a signature problem', async () => {
    const signed = await signPack(unsignedPack(2), team.privateKey, keyId);
    const tampered = { ...signed, phrases: [{ nonsense: true }] };
    const result = await readPack(JSON.stringify(tampered), team.publicKey);
    expect(result.ok ? null : result.error.code).toBe('bad-signature');
  });

  it('reports schema errors with their paths', async () => {
    const pack = unsignedPack(14);
    pack.phrases[12] = teamPhrase(12, { intents: ['shipping.time', 'no-such-intent' as never] });
    pack.phrases[3] = teamPhrase(3, { title: '', triggers: ['发货', ' '] });
    pack.selectors = [{ ...selectorEntry, selectors: { ...selectorEntry.selectors, input: [] } }];
    pack.meta = { ...pack.meta, syncIntervalMinutes: 5 };
    const error = await errorOf(pack);
    expect(error.code).toBe('schema');
    expect(error.details).toEqual(
      expect.arrayContaining([
        'meta.syncIntervalMinutes: 不能小于 15',
        'phrases[3].title: 不能为空',
        'phrases[3].triggers[1]: 不能为空',
        expect.stringMatching(/^phrases\[12\]\.intents: 未知意图 "no-such-intent"/),
        'selectors[0].selectors.input: 至少需要 1 项',
      ]),
    );
    expect(error.message).toMatch(/^话术包内容有误 等 5 处：/);
  });

  it('carries 类目 and 订单状态 in team phrases, and names an unknown one with its path', async () => {
    const pack = unsignedPack(2);
    pack.phrases[0] = teamPhrase(0, { categories: ['家居家纺'], orderFacts: ['shipped'] });
    const result = await read(pack);
    expect(result.ok && [result.pack.phrases[0]!.categories, result.pack.phrases[0]!.orderFacts]).toEqual([['家居家纺'], ['shipped']]);
    pack.phrases[1] = teamPhrase(1, { categories: ['床品' as never] });
    const error = await errorOf(pack);
    expect(error.details).toEqual([expect.stringMatching(/^phrases\[1\]\.categories: 未知类目 "床品"/)]);
  });

  it('reports rule-file errors under rules.', async () => {
    const pack = unsignedPack(1);
    pack.rules = { format: 'huashu-rules', version: 1, rules: [{ id: 'bad id', category: 'absolute', severity: 'warn', words: ['最'], reason: '测试' }] };
    const error = await errorOf(pack);
    expect(error.details?.[0]).toMatch(/^rules\.rules\[0\]\.id: /);
  });

  it('accepts a valid rule file and selector sets', async () => {
    const pack = unsignedPack(1);
    pack.rules = { format: 'huashu-rules', version: 1, rules: [{ id: 'shop.competitor', category: 'shop', severity: 'warn', words: ['某某家'], reason: '不点名同行' }] };
    const result = await read(pack);
    expect(result.ok && result.pack.rules?.rules[0]?.id).toBe('shop.competitor');
  });

  it('refuses duplicate ids and duplicate 快捷编码 (case-insensitive)', async () => {
    const pack = unsignedPack(3);
    pack.phrases[1] = teamPhrase(9, { id: 'team.0', code: 'x1' });
    pack.phrases[2] = teamPhrase(10, { code: 'FH0' });
    const error = await errorOf(pack);
    expect(error.details).toEqual([
      'phrases[1].id: 与 phrases[0] 重复（team.0）',
      'phrases[2].code: 快捷编码“FH0”与 phrases[0] 重复',
    ]);
  });

  it('refuses a pack over a count limit before looking at its entries', async () => {
    const pack = unsignedPack(6);
    pack.phrases[5] = { broken: true } as never;
    const error = await errorOf(pack, { maxPhrases: 5 });
    expect(error.code).toBe('too-many');
    expect(error.message).toBe('话术包超出数量上限：phrases: 话术共 6 条，超过上限 5 条');
    expect((await read(unsignedPack(5), { maxPhrases: 5 })).ok).toBe(true);
    const sets = unsignedPack(1);
    sets.selectors = [selectorEntry, { ...selectorEntry, hostPattern: 'b.example.com' }];
    expect((await errorOf(sets, { maxSelectorSets: 1 })).code).toBe('too-many');
  });

  it('refuses oversized input before parsing it', async () => {
    const error = await errorOf(unsignedPack(50), { maxBytes: 2000 });
    expect(error.code).toBe('too-large');
  });

  it('refuses two selector sets for the same host, and bad host patterns', async () => {
    const pack = unsignedPack(1);
    pack.selectors = [selectorEntry, selectorEntry, { ...selectorEntry, hostPattern: 'https://x.com/' }];
    const error = await errorOf(pack);
    expect(error.details).toEqual([
      'selectors[1].hostPattern: 与 selectors[0] 重复（mms.pinduoduo.com）',
      expect.stringMatching(/^selectors\[2\]\.hostPattern: 主机应为域名/),
    ]);
  });
});
