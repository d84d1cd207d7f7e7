import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../utils/pack/build';
import { teamPhrase } from './fixtures';

describe('buildPack', () => {
  const meta = { id: 'shop', name: '店铺话术', version: 2, publisher: '组长' };

  it('wraps library phrases in a valid envelope, stamped with the publication time', () => {
    const now = new Date('2026-11-21T09:30:00Z');
    const rows = [{ title: '问候', body: '您好，在的～', intents: ['greeting'] }, teamPhrase(1, { source: 'personal' })];
    const result = buildPack({ meta, phrases: rows }, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.meta).toEqual({ ...meta, publishedAt: '2026-11-21T09:30:00.000Z' });
    expect(result.pack.rules).toBeNull();
    expect(result.pack.selectors).toEqual([]);
    const [greeting, second] = result.pack.phrases;
    // Missing fields come from the schema's defaults and the publication time; every phrase becomes a team phrase.
    expect(greeting).toMatchObject({ stage: '通用', source: 'team', createdAt: now.getTime(), triggers: [] });
    expect(greeting?.id).toMatch(/^p-/);
    expect(second?.source).toBe('team');
  });

  it('returns every problem instead of a pack', () => {
    const result = buildPack({ meta: { ...meta, version: 0 }, phrases: [{ title: '缺内容', intents: ['greeting'] }], selectors: {} });
    expect(result.ok ? [] : result.error.details).toEqual(['meta.version: 不能小于 1', 'phrases[0].body: 不能为空', 'selectors: 应为数组']);
  });
});
