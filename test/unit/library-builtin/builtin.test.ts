import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin';
import { BUILTIN_TIMESTAMP, definePhrases } from '../../../utils/library/builtin/define';
import { INTENTS, INTENT_IDS, isIntentId } from '../../../utils/library/intents';
import { STAGES } from '../../../utils/library/types';

const TONES = ['亲切', '正式', '安抚', '活泼'];

// Safety net until the compliance checker's own test covers the library: none of these may appear in a reply.
const FORBIDDEN_IN_BODY = [
  // 《广告法》 absolute / superlative wording
  '最', '第一', '顶级', '极致', '独家', '100%', '百分百', '绝对', '永久', '万能', '首选', '全网', '国家级', '特供',
  '假一赔', '正品保证', '永不',
  // off-platform contact and payment
  '微信', 'vx', 'VX', 'QQ', 'qq', '电话', '加我', '私下', '二维码', '扫码', 'http', 'www', '.com', '支付宝', '转账', '站外',
  // review bribes
  '好评返', '返现', '晒图送', '五星返', '红包',
  // promises the shop cannot keep
  '保证', '一定', '肯定', '包退', '包换', '马上', '立刻', '明天到', '今天到',
  // medical claims
  '治疗', '治愈', '疗效', '根治', '药效', '祛斑', '美白', '减肥',
  // disrespect
  '你有病', '爱买不买', '穷', '笨', '滚', '自己看',
];

// A review invitation or reply must not hint at anything given in exchange.
const REWARD_WORDS = ['送', '赠', '返', '红包', '券', '奖励', '礼', '补偿', '优惠', '积分'];

const PLACEHOLDER = /\{([^{}]*)\}/g;
const PLACEHOLDER_NAME = /^[\u4e00-\u9fffA-Za-z]+$/;

describe('BUILTIN_PHRASES', () => {
  it('ships at least 330 phrases', () => {
    expect(BUILTIN_PHRASES.length).toBeGreaterThanOrEqual(330);
  });

  it('has unique kebab-case ascii ids', () => {
    const ids = BUILTIN_PHRASES.map((phrase) => phrase.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
  });

  it('has unique short 快捷编码 made of letters and digits', () => {
    const codes = BUILTIN_PHRASES.map((phrase) => phrase.code ?? '');
    const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);
    expect(repeated).toEqual([]);
    for (const code of codes) expect(code).toMatch(/^[a-z]{1,5}\d{0,2}$/);
  });

  it('maps every phrase to valid intents and a valid stage', () => {
    for (const phrase of BUILTIN_PHRASES) {
      expect(phrase.intents.length, phrase.id).toBeGreaterThan(0);
      for (const intent of phrase.intents) expect(isIntentId(intent), `${phrase.id}: ${intent}`).toBe(true);
      expect(new Set(phrase.intents).size, phrase.id).toBe(phrase.intents.length);
      expect(STAGES, phrase.id).toContain(phrase.stage);
    }
  });

  it("puts each phrase in the stage of one of its intents, unless it is a 通用 phrase", () => {
    const misplaced = BUILTIN_PHRASES.filter(
      (phrase) =>
        phrase.stage !== '通用' &&
        !phrase.intents.some((intent) => INTENTS[intent].stage === phrase.stage || INTENTS[intent].stage === '通用'),
    ).map((phrase) => phrase.id);
    expect(misplaced).toEqual([]);
  });

  it('covers every intent with at least 6 phrases in at least 3 tones', () => {
    for (const intent of INTENT_IDS) {
      const phrases = BUILTIN_PHRASES.filter((phrase) => phrase.intents.includes(intent));
      expect(phrases.length, intent).toBeGreaterThanOrEqual(6);
      const tones = new Set(phrases.flatMap((phrase) => phrase.tags.filter((tag) => TONES.includes(tag))));
      expect(tones.size, intent).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every phrase exactly one tone', () => {
    for (const phrase of BUILTIN_PHRASES) {
      expect(phrase.tags.filter((tag) => TONES.includes(tag)), phrase.id).toHaveLength(1);
    }
  });

  it('keeps titles within 20 characters and bodies within 150 characters and 3 sentences', () => {
    for (const phrase of BUILTIN_PHRASES) {
      expect(phrase.title.length, phrase.id).toBeGreaterThan(0);
      expect([...phrase.title].length, phrase.id).toBeLessThanOrEqual(20);
      expect(phrase.body.trim().length, phrase.id).toBeGreaterThan(0);
      expect([...phrase.body].length, phrase.id).toBeLessThanOrEqual(150);
      const sentences = phrase.body.split(/[。！？!?]+/).filter((part) => part.trim() !== '');
      expect(sentences.length, phrase.id).toBeLessThanOrEqual(3);
    }
  });

  it('writes only well-formed placeholders', () => {
    for (const phrase of BUILTIN_PHRASES) {
      const names = [...phrase.body.matchAll(PLACEHOLDER)].map((match) => match[1]);
      for (const name of names) expect(name, phrase.id).toMatch(PLACEHOLDER_NAME);
      expect(phrase.body.replace(PLACEHOLDER, ''), phrase.id).not.toMatch(/[{}]/);
    }
  });

  it('gives 4–10 distinct triggers and 2–4 examples per phrase', () => {
    for (const phrase of BUILTIN_PHRASES) {
      expect(phrase.triggers.length, phrase.id).toBeGreaterThanOrEqual(4);
      expect(phrase.triggers.length, phrase.id).toBeLessThanOrEqual(10);
      expect(new Set(phrase.triggers).size, phrase.id).toBe(phrase.triggers.length);
      expect(phrase.examples.length, phrase.id).toBeGreaterThanOrEqual(2);
      expect(phrase.examples.length, phrase.id).toBeLessThanOrEqual(4);
      for (const text of [...phrase.triggers, ...phrase.examples]) expect(text.trim(), phrase.id).not.toBe('');
    }
  });

  it('never uses forbidden wording in a body', () => {
    const hits = BUILTIN_PHRASES.flatMap((phrase) =>
      FORBIDDEN_IN_BODY.filter((word) => phrase.body.includes(word)).map((word) => `${phrase.id}: ${word}`),
    );
    expect(hits).toEqual([]);
  });

  it('never offers anything in a review phrase', () => {
    const hits = BUILTIN_PHRASES.filter((phrase) => phrase.intents.includes('review')).flatMap((phrase) =>
      REWARD_WORDS.filter((word) => phrase.body.includes(word)).map((word) => `${phrase.id}: ${word}`),
    );
    expect(hits).toEqual([]);
  });

  it('does not repeat a body', () => {
    const bodies = BUILTIN_PHRASES.map((phrase) => phrase.body);
    expect(new Set(bodies).size).toBe(bodies.length);
  });

  it('marks every phrase as builtin, for all platforms, with the fixed timestamp', () => {
    for (const phrase of BUILTIN_PHRASES) {
      expect(phrase.source).toBe('builtin');
      expect(phrase.platforms).toEqual([]);
      expect(phrase.createdAt).toBe(BUILTIN_TIMESTAMP);
      expect(phrase.updatedAt).toBe(BUILTIN_TIMESTAMP);
    }
  });
});

describe('definePhrases', () => {
  it('fills section fields and defaults without sharing arrays between phrases', () => {
    const phrases = definePhrases({ group: '测试', stage: '售中' }, [
      { id: 'a-1', title: '甲', body: '甲', code: 'a1', intents: ['wait'], triggers: ['甲'], examples: ['甲'] },
      { id: 'a-2', title: '乙', body: '乙', code: 'a2', intents: ['wait'], triggers: ['乙'], examples: ['乙'], tags: ['正式'] },
    ]);
    expect(phrases[0]).toMatchObject({ group: '测试', stage: '售中', tags: [], platforms: [], source: 'builtin' });
    expect(phrases.map((phrase) => phrase.tags)).toEqual([[], ['正式']]);
    expect(phrases[0]?.platforms).not.toBe(phrases[1]?.platforms);
  });
});
