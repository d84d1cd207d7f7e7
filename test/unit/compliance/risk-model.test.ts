// The learned catcher (utils/compliance/risk-model.ts), trained by scripts/risk-model.ts, measured by scripts/lowo-risk.ts.
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES, createChecker } from '../../../utils/compliance/index';
import { collectNgrams } from '../../../utils/compliance/model';
import { labelledFiles, readLabelled } from '../../../scripts/compliance-data';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import { RISK_ABOVE, RISK_BITS, RISK_CLASSES, bigramIds, productCleanText, riskCategory, riskOf, riskVeto, trainRiskModel } from '../../../scripts/risk-model';

describe('risk model', () => {
  it('reads the 2-grams of the confirm model’s n-grams, folded as the checker folds text', () => {
    const secondOfEach = (text: string) => {
      const all = new Int32Array(3 * text.length + 3);
      const count = collectNgrams(text, RISK_BITS, all);
      // After the start mark: the first character's 1- and 2-gram, then 1-, 2- and 3-gram for each further one.
      const ids: number[] = [];
      for (let at = 1, first = true; at < count; at += first ? 2 : 3, first = false) ids.push(all[at + 1]!);
      return ids;
    };
    for (const text of ['加ＶＸ，發紅包', '亲 快递今天已经发出了', '最']) {
      expect([...bigramIds(text, RISK_BITS)], text).toEqual(secondOfEach(text));
      expect(bigramIds(text, RISK_BITS)).toHaveLength(text.replace(/\s/g, '').length + 1);
    }
    expect([...bigramIds('加 v x', RISK_BITS)]).toEqual([...bigramIds('加vx', RISK_BITS)]);
    expect([...bigramIds('加ＶＸ，發紅包', RISK_BITS)]).toEqual([...bigramIds('加vx，发红包', RISK_BITS)]);
  });

  it('trains deterministically: the same drafts give the same table, other drafts another', () => {
    const drafts = readLabelled('test/data/compliance/drafts.tsv').slice(0, 400);
    const first = trainRiskModel(drafts, 10);
    expect(first.weights).toHaveLength((1 << 10) * RISK_CLASSES.length);
    expect(first.biases).toHaveLength(RISK_CLASSES.length);
    expect(trainRiskModel(drafts, 10)).toEqual(first);
    expect(trainRiskModel(drafts.slice(1), 10).weights).not.toEqual(first.weights);
  });

  describe('trained as it would ship (the old set and the fresh train files)', () => {
    const model = trainRiskModel([...labelledFiles(['test/data/compliance/drafts.tsv', 'test/data/compliance/fresh/train']).flatMap(readLabelled), ...productCleanText()]);
    const veto = riskVeto([BUILTIN_RULES]);
    const vetoes = veto.cues;
    const checker = createChecker();

    it('catches paraphrases no rule word covers, under their category', () => {
      for (const [text, category] of [
        // Fresh paraphrases of kinds in the training data: a health benefit told through others, a refund vouched for.
        ['这茶坚持喝 家里三高的老人都说身子轻快多了', 'medical'],
        ['要是不满意 您随便找我 钱一分不少给您打回去', 'promise'],
      ] as const) {
        expect(checker.check(text), text).toEqual([]);
        expect(riskCategory(model, veto, text), text).toBe(category);
      }
    });

    it('leaves hard clean drafts alone: a negated claim, a disclaimer, a service reply', () => {
      for (const text of ['我们不敢说效果最好 只能说用过的老客反馈还不错', '这款不是药品 不能代替治疗 有不舒服请去医院', '亲 快递今天已经发出了 单号在订单详情里']) {
        expect(riskCategory(model, veto, text), text).toBeUndefined();
      }
    });

    it('does not catch a draft holding a cue of a context that cancels claims', () => {
      const text = '要是不满意 您随便找我 钱一分不少给您打回去';
      expect(riskOf(model, text).risk).toBeGreaterThan(RISK_ABOVE);
      expect(riskCategory(model, { ...veto, cues: ['随便找我'] }, text)).toBeUndefined();
      expect(riskCategory(model, { ...veto, offCategories: new Set(['promise']) }, text)).toBeUndefined();
      expect(vetoes).toContain('不敢说');
      expect(vetoes.every((cue) => cue.length >= 2)).toBe(true);
      // A category's own contexts (a courier's promise, a drug's name) are no veto for every category.
      const own = (BUILTIN_RULES.contexts ?? []).filter((context) => context.id.startsWith('promise.')).flatMap((context) => context.before ?? []);
      expect(own.some((cue) => !vetoes.includes(cue))).toBe(true);
    });

    it('leaves the product’s own text alone: every shipped phrase title and body the rules pass', () => {
      const texts = BUILTIN_PHRASES.flatMap((phrase) => [phrase.title, phrase.body]).filter((text) => checker.check(text).length === 0);
      expect(texts.length).toBeGreaterThan(600);
      expect(texts.filter((text) => riskCategory(model, veto, text) !== undefined)).toEqual([]);
    });

    it('vetoes by shapes of the rule files: a category’s own cancelling context, the checker’s own better wording, a switched-off rule', () => {
      expect(veto.ownCues.get('offplatform')).toContain('骗局');
      expect(veto.ownWordings).toContain('很实惠的价格');
      expect(riskVeto([BUILTIN_RULES], ['absolute.zui-hao']).offCategories).toEqual(new Set(['absolute']));
      expect(riskVeto([BUILTIN_RULES]).offCategories.size).toBe(0);
    });
  });
});
