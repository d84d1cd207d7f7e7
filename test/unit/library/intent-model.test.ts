import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import { createIntentModel, encodeWeight, messageFeatures, SOUND_FEATURE, type IntentModelTable } from '../../../utils/library/intent-model';
import { INTENT_MODEL_TABLE } from '../../../utils/library/intent-model-table';
import { INTENT_IDS } from '../../../utils/library/intents';
import { createSuggester } from '../../../utils/library/suggest';

const index = (id: string) => INTENT_IDS.indexOf(id as (typeof INTENT_IDS)[number]);

describe('learned intent model', () => {
  it('reads its table back: the weights of the n-grams found, plus the bias, through a softmax', () => {
    const scale = 0.01;
    const bias = INTENT_IDS.map(() => 0);
    const table: IntentModelTable = {
      features: ['发货', '退款'].join('|'),
      weights: [encodeWeight(index('shipping.time'), 3, scale), encodeWeight(index('refund.progress'), 3, scale) + encodeWeight(index('shipping.time'), -1, scale)].join('|'),
      scale,
      bias,
    };
    const model = createIntentModel(table);
    const shipping = model.probabilities('什么时候发货');
    expect(shipping.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 5);
    expect(shipping[index('shipping.time')]!).toBeGreaterThan(0.3);
    const refund = model.probabilities('退款');
    expect(refund[index('refund.progress')]!).toBeGreaterThan(refund[index('shipping.time')]!);
    expect(model.probabilities('').every((p) => p === 0)).toBe(true);
  });

  it('sees a message in traditional characters or northern dialect as its Mandarin form', () => {
    expect(messageFeatures('請問什麼時候發貨').sort()).toEqual(messageFeatures('请问什么时候发货').sort());
    expect(messageFeatures('俺的快递到哪了').sort()).toEqual(messageFeatures('我的快递到哪了').sort());
  });

  it('gives a voice-input slip the syllable features of the word it stands for', () => {
    const sounds = (text: string) => messageFeatures(text).filter((feature) => feature.startsWith(SOUND_FEATURE)).sort();
    expect(sounds('运废险怎么赔')).toEqual(sounds('运费险怎么赔'));
    expect(sounds('给按装吗')).toEqual(sounds('给安装吗'));
    expect(sounds('运费险')).not.toEqual(sounds('退货险'));
    // The characters themselves still differ: the slip is a neighbour, not the same message.
    expect(messageFeatures('运废险')).not.toContain('运费');
  });

  it('ships a table that reads plain questions (a sanity check of the generated file)', () => {
    const model = createIntentModel(INTENT_MODEL_TABLE);
    const best = (text: string) => {
      const p = model.probabilities(text);
      return INTENT_IDS[p.indexOf(Math.max(...p))];
    };
    expect(best('什么时候发货')).toBe('shipping.time');
    expect(best('退款什么时候到账')).toBe('refund.progress');
    expect(best('能开发票吗')).toBe('invoice');
  });
});

describe('lexicon pair rules', () => {
  const lexicon = createSuggester(BUILTIN_PHRASES, { model: null });
  const first = (text: string) => lexicon.classify(text)[0]?.intent;

  it('read a promised gift missing from the parcel as a missing item', () => {
    expect(first('直播间说送勺子 我收到没有啊')).toBe('wrong-item');
    expect(first('说好送开果器的没看到')).toBe('wrong-item');
    // Before buying, asking about a gift is still a coupon/gift question.
    expect(first('买这个有没有送的赠品')).not.toBe('wrong-item');
  });
});
