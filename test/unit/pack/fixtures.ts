// Builders for valid packs of any size, shared by the pack tests (and the benchmark's shape).
import type { Phrase } from '../../../utils/library/types';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type UnsignedPack } from '../../../utils/pack/types';

const PUBLISHED_AT = '2026-11-20T08:00:00.000Z';

export function teamPhrase(index: number, overrides: Partial<Phrase> = {}): Phrase {
  return {
    id: `team.${index}`,
    title: `发货说明 ${index}`,
    body: `亲，您的订单会在付款后 48 小时内发出，编号 ${index}。`,
    code: `fh${index}`,
    group: '发货',
    stage: '售中',
    intents: ['shipping.time'],
    triggers: ['发货', '几天发'],
    examples: ['什么时候发货？'],
    tags: ['团队'],
    platforms: [],
    categories: [],
    orderFacts: [],
    source: 'team',
    createdAt: Date.parse(PUBLISHED_AT),
    updatedAt: Date.parse(PUBLISHED_AT),
    ...overrides,
  };
}

export function unsignedPack(phraseCount: number, version = 1): UnsignedPack {
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    meta: { id: 'test-shop', name: '测试店铺话术', version, publishedAt: PUBLISHED_AT, publisher: '组长' },
    phrases: Array.from({ length: phraseCount }, (_, i) => teamPhrase(i)),
    rules: null,
    selectors: [],
  };
}
