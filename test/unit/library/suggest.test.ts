import { describe, expect, it } from 'vitest';
import { createSuggester } from '../../../utils/library/suggest';
import { loadSampleLibrary, makePhrase } from './helpers';

describe('createSuggester on the sample library', () => {
  const suggester = createSuggester(loadSampleLibrary());
  const first = (message: string | string[]) => {
    const [best] = suggester.suggest(message, {}, 5);
    if (!best) throw new Error(`no suggestion for ${String(message)}`);
    return best;
  };

  it('answers a colloquial run-on with the shipping phrase and says which words matched', () => {
    const message = '亲 在不 这个啥时候能发货啊';
    const top = suggester.suggest(message, {}, 5);
    expect(top[0]!.phrase.intents).toEqual(['shipping.time']);
    expect(top[0]!.intents).toEqual(['shipping.time']);
    expect(top[0]!.matched.length).toBeGreaterThan(0);
    for (const suggestion of top) for (const word of suggestion.matched) expect(message).toContain(word);
    expect(top[0]!.matched.some((word) => word.includes('发货'))).toBe(true);
  });

  it('reads homophone slips and pinyin initials', () => {
    expect(first('包油吗').phrase.id).toBe('t-free-ship');
    expect(first('包油吗').matched.join()).toContain('包油');
    expect(first('怎么还不发火').phrase.intents).toEqual(['shipping.time']);
    expect(first('fh了没').phrase.intents).toEqual(['shipping.time']);
    expect(first('fh了没').matched).toContain('fh');
    expect(first('tk到账了吗').phrase.id).toBe('t-refund');
  });

  it('ignores punctuation, spaces, full-width letters and emoji', () => {
    expect(first('发～货～了吗？？😭').phrase.intents).toEqual(['shipping.time']);
    expect(first('ＦＨ了吗').phrase.intents).toEqual(['shipping.time']);
    expect(first('收到 碎了💔').phrase.id).toBe('t-damaged');
  });

  it('keeps scores in 0..1, best first', () => {
    const top = suggester.suggest('在吗 多久发货', {}, 5);
    for (const suggestion of top) {
      expect(suggestion.score).toBeGreaterThan(0);
      expect(suggestion.score).toBeLessThanOrEqual(1);
    }
    expect(top.map((suggestion) => suggestion.score)).toEqual([...top.map((suggestion) => suggestion.score)].sort((a, b) => b - a));
  });

  it('shows both readings of a message that asks two things', () => {
    const intents = suggester.suggest('在吗 多久发货', {}, 3).map((suggestion) => suggestion.phrase.intents[0]);
    expect(intents[0]).toBe('shipping.time');
    expect(intents).toContain('greeting');
  });

  it('reads earlier buyer messages with less weight than the latest', () => {
    expect(first(['多久发货', '包邮吗']).phrase.id).toBe('t-free-ship');
    expect(first(['包邮吗', '多久发货']).phrase.intents).toEqual(['shipping.time']);
  });

  it('returns nothing for a message it cannot read', () => {
    expect(suggester.suggest('zzzz 1234', {}, 5)).toEqual([]);
    expect(suggester.classify('zzzz 1234')).toEqual([]);
  });

  it('leaves out phrases meant for other platforms', () => {
    expect(first('怎么拼单').phrase.id).toBe('t-pdd-only');
    const onDouyin = suggester.suggest('怎么拼单', { platform: 'doudian' }, 5);
    expect(onDouyin.map((suggestion) => suggestion.phrase.id)).not.toContain('t-pdd-only');
    expect(suggester.suggest('怎么拼单', { platform: 'pdd' }, 5)[0]?.phrase.id).toBe('t-pdd-only');
  });
});

describe('ranking inputs', () => {
  const shipping = ['a', 'b', 'c'].map((id) =>
    makePhrase({ id, title: `发货说明${id}`, body: `发货${id}`, stage: '售中', intents: ['shipping.time'] }),
  );

  it('ranks what the agent actually sends higher among equals, favouring recent use', () => {
    const suggester = createSuggester(shipping);
    const now = Date.UTC(2026, 10, 21);
    const plain = suggester.suggest('什么时候发货', { now }, 3).map((suggestion) => suggestion.phrase.id);
    expect(plain).toEqual(['a', 'b', 'c']);
    const usage = { c: { count: 30, lastUsedAt: now - 3_600_000 }, b: { count: 30, lastUsedAt: now - 200 * 86_400_000 } };
    const used = suggester.suggest('什么时候发货', { now, usage }, 3).map((suggestion) => suggestion.phrase.id);
    expect(used).toEqual(['c', 'b', 'a']);
  });

  it('prefers a phrase whose own triggers or examples match', () => {
    const withTrigger = makePhrase({ id: 'd', title: '加急', body: '可以加急', stage: '售中', intents: ['shipping.time'], triggers: ['今天能发'] });
    const top = createSuggester([...shipping, withTrigger]).suggest('今天能发吗', {}, 4);
    expect(top[0]!.phrase.id).toBe('d');
    expect(top[0]!.matched).toContain('今天能发');
  });

  it('moves phrases of the stage and card in view up', () => {
    const phrases = [
      makePhrase({ id: 'pre', title: '尺码', body: '尺码', stage: '售前', intents: ['product.size'] }),
      makePhrase({ id: 'after', title: '换码', body: '换码', stage: '售后', intents: ['return.policy'] }),
    ];
    const suggester = createSuggester(phrases);
    const preShare = (context: Parameters<typeof suggester.suggest>[1]) => {
      const scores = new Map(suggester.suggest('尺码不合适能换吗', context, 2).map((suggestion) => [suggestion.phrase.id, suggestion.score]));
      return scores.get('pre')! / scores.get('after')!;
    };
    expect(preShare({ stage: '售前', product: { name: '外套' } })).toBeGreaterThan(preShare({}));
    expect(preShare({ stage: '售后', order: { id: '1' } })).toBeLessThan(preShare({}));
  });

  it('classifies against the lexicon even with an empty library', () => {
    const empty = createSuggester([]);
    expect(empty.size).toBe(0);
    expect(empty.suggest('多久发货')).toEqual([]);
    expect(empty.classify('退货运费谁出')[0]?.intent).toBe('return.shipping-fee');
    expect(empty.classify('160斤穿多大')[0]?.intent).toBe('product.size');
  });

  it('reads two topics together (pair rules) and a request beside its condition', () => {
    const empty = createSuggester([]);
    expect(empty.classify('寄回去的快递费谁给')[0]?.intent).toBe('return.shipping-fee');
    expect(empty.classify('电话号填成我同事的了')[0]?.intent).toBe('order.change-address');
    expect(empty.classify('想换个颜色 还没发货吧')[0]?.intent).toBe('order.change');
  });
});

describe('threats', () => {
  // Read with the lexicon alone: the rule is about the lexicon's words, whatever the learned table says.
  const suggester = createSuggester(loadSampleLibrary(), { model: null });
  const score = (message: string, intent: string) => suggester.classify(message).find((s) => s.intent === intent)?.score ?? 0;

  it('count what the buyer threatens to do much less than what they ask, anger excepted', () => {
    expect(suggester.classify('券在哪 再不回我就退款了')[0]?.intent).toBe('price.coupon');
    expect(suggester.classify('券在哪 我就退款了')[0]?.intent).toBe('refund.progress');
    expect(score('能退差价不 不退我就退货', 'return.howto')).toBeLessThan(score('能退差价不 我就退货', 'return.howto') * 0.7);
    expect(suggester.classify('能退差价不 不退我就退货')[0]?.intent).toBe('price-protect');
    expect(suggester.classify('快递三天没动了 不给说法我就投诉').slice(0, 2).map((s) => s.intent)).toContain('complaint');
    // A condition that is part of the question is no threat: 不合适就退吗 asks about returns.
    expect(suggester.classify('不合适就能退吗')[0]?.intent).toBe('return.policy');
  });
});

describe('English words mixed into a message', () => {
  const suggester = createSuggester(loadSampleLibrary(), { model: null });
  const top = (message: string) => suggester.classify(message)[0]?.intent;

  it('are read like the Chinese words they stand for, as whole words only', () => {
    expect(top('这个剃须刀有warranty吗')).toBe('repair.warranty');
    expect(top('有别的size吗')).toBe('product.size');
    expect(top('我想cancel这单')).toBe('order.cancel');
    expect(suggester.classify('sizes')).toEqual([]);
  });
});
