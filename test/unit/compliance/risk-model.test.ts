// The learned catcher measured by scripts/lowo-risk.ts (scripts/risk-model.ts; not part of the checker).
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES, createChecker } from '../../../utils/compliance/index';
import { collectNgrams } from '../../../utils/compliance/model';
import { labelledFiles, readLabelled } from '../../../scripts/compliance-data';
import { RISK_ABOVE, RISK_BITS, RISK_CLASSES, bigramIds, riskCatch, riskOf, trainRiskModel, vetoCues } from '../../../scripts/risk-model';

describe('risk model (measurement)', () => {
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
    const model = trainRiskModel(labelledFiles(['test/data/compliance/drafts.tsv', 'test/data/compliance/fresh/train']).flatMap(readLabelled));
    const vetoes = vetoCues(BUILTIN_RULES.contexts ?? []);
    const checker = createChecker();

    it('catches paraphrases no rule word covers, under their category', () => {
      for (const [text, category] of [
        // Fresh paraphrases of kinds in the training data: a health benefit told through others, a refund vouched for.
        ['这茶坚持喝 家里三高的老人都说身子轻快多了', 'medical'],
        ['要是不满意 您随便找我 钱一分不少给您打回去', 'promise'],
      ] as const) {
        expect(checker.check(text), text).toEqual([]);
        expect(riskCatch(model, vetoes, text), text).toBe(category);
      }
    });

    it('leaves hard clean drafts alone: a negated claim, a disclaimer, a service reply', () => {
      for (const text of ['我们不敢说效果最好 只能说用过的老客反馈还不错', '这款不是药品 不能代替治疗 有不舒服请去医院', '亲 快递今天已经发出了 单号在订单详情里']) {
        expect(riskCatch(model, vetoes, text), text).toBeUndefined();
      }
    });

    it('does not catch a draft holding a cue of a context that cancels claims', () => {
      const text = '要是不满意 您随便找我 钱一分不少给您打回去';
      expect(riskOf(model, text).risk).toBeGreaterThan(RISK_ABOVE);
      expect(riskCatch(model, ['随便找我'], text)).toBeUndefined();
      expect(vetoes).toContain('不敢说');
      expect(vetoes.every((cue) => cue.length >= 2)).toBe(true);
      // A category's own contexts (a courier's promise, a drug's name) are no veto for every category.
      const own = (BUILTIN_RULES.contexts ?? []).filter((context) => context.id.startsWith('promise.')).flatMap((context) => context.before ?? []);
      expect(own.some((cue) => !vetoes.includes(cue))).toBe(true);
    });
  });
});
