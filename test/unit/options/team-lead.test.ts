import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import {
  buildDraft,
  createLeadKey,
  createLeadStore,
  EMPTY_LEAD_DRAFT,
  leadKeyFromBackup,
  lintDraft,
  packFileName,
  signDraft,
  type LeadDraft,
} from '../../../entrypoints/options/team-admin/team-lead';
import { createChecker } from '../../../utils/compliance';
import type { Phrase } from '../../../utils/library/types';
import { readPack } from '../../../utils/pack/parse';
import { importPublicKey } from '../../../utils/pack/sign';
import { makePhrase } from '../library/helpers';

const checker = createChecker();
const check = (text: string) => checker.check(text);

const phrase = (id: string, code: string, body: string): Phrase =>
  makePhrase({ id, title: `标题${id}`, body, code, group: '团队', source: 'team', createdAt: 1, updatedAt: 1 });

const draft = (changes: Partial<LeadDraft> = {}): LeadDraft => ({
  ...EMPTY_LEAD_DRAFT,
  id: 'shop-team',
  name: '小店话术',
  phrases: [phrase('a', 'ab', '您好，在的，请问想了解哪件商品？')],
  ...changes,
});

describe('团队管理 steps', () => {
  it('lint passes a clean draft and flags off-platform contact as an error at its path', () => {
    expect(lintDraft(draft(), check)).toEqual([]);
    const problems = lintDraft(draft({ phrases: [phrase('a', 'ab', '您好'), phrase('b', 'cd', '加我微信给您返现')] }), check);
    expect(problems.some((problem) => problem.level === 'error' && problem.path === 'phrases[1].body' && problem.message.includes('微信'))).toBe(true);
    expect(problems.every((problem) => !problem.path.startsWith('phrases[0]'))).toBe(true);
  });

  it('lint reports duplicate 快捷编码 and JSON that does not parse, in Chinese', () => {
    const duplicate = lintDraft(draft({ phrases: [phrase('a', 'ab', '您好'), phrase('b', 'AB', '在的')] }), check);
    expect(duplicate.some((problem) => problem.level === 'error' && problem.message.includes('快捷编码'))).toBe(true);
    const broken = lintDraft(draft({ rulesText: '{"format":', selectorsText: '[' }), check);
    expect(broken.map((problem) => problem.path)).toEqual(['rules', 'selectors']);
    expect(broken[0]?.message).toMatch(/^规则不是有效的 JSON/);
  });

  it('builds the pack with the draft’s version and interval, and refuses invalid rules', () => {
    const built = buildDraft(draft({ nextVersion: 7, syncIntervalMinutes: '45' }), new Date('2026-11-21T08:00:00Z'));
    expect(built.ok && built.pack.meta).toEqual({
      id: 'shop-team',
      name: '小店话术',
      publisher: '',
      version: 7,
      syncIntervalMinutes: 45,
      publishedAt: '2026-11-21T08:00:00.000Z',
    });
    const bad = buildDraft(draft({ rulesText: '{"format":"huashu-rules","version":1,"rules":[{"id":""}]}' }));
    expect(bad.ok).toBe(false);
  });

  it('signs with a stored, non-extractable key that a client verifies', async () => {
    const { backup, key } = await createLeadKey();
    expect(key.privateKey.extractable).toBe(false);
    expect(key.keyId).toBe(backup.keyId);
    const store = createLeadStore(createStore('lead-test', 'lead'));
    await store.setKey(key);
    const stored = (await store.key())!;
    expect(stored.privateKey.extractable).toBe(false);

    const built = buildDraft(draft({ nextVersion: 3 }));
    if (!built.ok) throw new Error(built.error.message);
    const signed = await signDraft(built.pack, stored);
    expect(packFileName(signed)).toBe('shop-team-v3.json');
    const read = await readPack(JSON.stringify(signed), await importPublicKey(key.publicKey));
    expect(read.ok && read.pack.meta.version).toBe(3);
    // A restored backup signs for the same team.
    expect((await leadKeyFromBackup(backup)).keyId).toBe(key.keyId);
  });

  it('keeps the draft between visits, filling fields added later from the defaults', async () => {
    const store = createLeadStore(createStore('lead-draft-test', 'lead'));
    expect(await store.draft()).toEqual(EMPTY_LEAD_DRAFT);
    await store.setDraft(draft({ nextVersion: 4 }));
    expect(await store.draft()).toMatchObject({ id: 'shop-team', nextVersion: 4, endpoint: '' });
  });
});
