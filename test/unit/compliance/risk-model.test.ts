// The learned catcher (utils/compliance/risk-model.ts, on in the checker), trained by scripts/risk-model.ts
// (scripts/train-risk-model.ts ships its table), measured by scripts/lowo-risk.ts.
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES, createChecker } from '../../../utils/compliance/index';
import { collectNgrams } from '../../../utils/compliance/model';
import { SHIPPED_TRAINING_SOURCES, labelledFiles, readLabelled } from '../../../scripts/compliance-data';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import { RISK_BITS, RISK_CLASSES, bigramIds, riskCatch, riskCategory, riskOf, riskOutsideScopes, riskTrainingSet, riskVeto, spellingGameVariants, trainRiskModel } from '../../../scripts/risk-model';
import { parseRuleFile } from '../../../utils/compliance/schema';
import { BUILTINS } from '../../../utils/compliance/index';
import { decodeRiskModel, riskiestClause } from '../../../utils/compliance/risk-model';

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

  it('trains on spelling-game variants of the risky drafts, labelled as the draft they come from', () => {
    const draft = (text: string, risky: boolean, category = risky ? 'offplatform' : '-') => ({ risky, category, categories: risky ? [category] : [], text });
    const variants = spellingGameVariants([
      draft('亲 加我微信发你图 微信上聊方便', true),
      draft('这款是全网最低价 好评再返五块', true, 'absolute'),
      draft('亲 不能加微信哦 都在平台上聊', false),
      draft('亲 今天下午发货', true, 'promise'),
    ]);
    // One variant per game whose hanzi the draft holds (every occurrence spelled), none of a clean draft or of no game.
    expect(variants.map((variant) => [variant.text, variant.risky, variant.category])).toEqual([
      ['亲 加我vx发你图 vx上聊方便', true, 'offplatform'],
      ['这款是全网Zui低价 好评再返五块', true, 'absolute'],
      ['这款是全网最低价 haoping再返五块', true, 'absolute'],
    ]);
    expect(variants[1]!.categories).toEqual(['absolute']);
    // The checker skips symbols and spaces between characters, so a split word needs no variant of its own.
    expect([...bigramIds('全*网 最-低', RISK_BITS)]).toEqual([...bigramIds('全网最低', RISK_BITS)]);
  });

  describe('trained as it would ship (the old set and the fresh train and dev files, their spelling-game variants)', () => {
    const shipped = labelledFiles(SHIPPED_TRAINING_SOURCES).flatMap(readLabelled);
    const model = trainRiskModel(riskTrainingSet(shipped).examples);
    const veto = riskVeto([BUILTIN_RULES]);
    const vetoes = veto.cues;
    // The rules and the confirm model alone (the catcher is asked only about what they pass).
    const checker = createChecker({ learned: false });

    it('catches paraphrases no rule word covers, under their category', () => {
      for (const [text, category] of [
        // Fresh paraphrases of kinds in the training data: a health benefit told through others, or through a relative's body.
        ['这个艾草贴贴了一周 我爸的老寒腿好像松快多了', 'medical'],
        ['这个枕头睡了一个月 我妈的颈椎好像没那么僵了', 'medical'],
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
      const text = '这个枕头睡了一个月 我妈的颈椎好像没那么僵了';
      expect(riskCategory(model, veto, text)).toBe('medical');
      expect(riskCategory(model, { ...veto, cues: ['我妈的'] }, text)).toBeUndefined();
      expect(riskCategory(model, { ...veto, offCategories: new Set(['medical']) }, text)).toBeUndefined();
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

  describe('in the checker, as shipped (utils/compliance/risk-weights.ts)', () => {
    const shipped = decodeRiskModel(BUILTINS.riskModel!);
    const veto = riskVeto([BUILTIN_RULES]);
    const checker = createChecker();
    const rulesOnly = createChecker({ learned: false });

    it('reads a whole draft with the 2-gram ids of collectNgrams (its own one-pass hash agrees)', () => {
      for (const text of ['这茶坚持喝 家里三高的老人都说身子轻快多了', 'Jiangsu仓发的', '加ＶＸ，發紅包 12345', '亲～😊 好的', '']) {
        const sums = new Array(RISK_CLASSES.length).fill(0);
        for (const id of bigramIds(text, shipped.bits)) for (let c = 0; c < RISK_CLASSES.length; c++) sums[c] += shipped.weights[id * RISK_CLASSES.length + c]!;
        const scores = sums.map((sum, c) => shipped.biases[c]! + sum * shipped.scale);
        const total = scores.reduce((a, score) => a + Math.exp(score), 0);
        expect(riskOf(shipped, text).risk, text).toBeCloseTo(1 - Math.exp(scores[0]!) / total, 9);
      }
    });

    it('catches a paraphrase no rule word covers: one 提醒 of the model’s category that says it is a learned judgement', () => {
      const text = '这个枕头睡了一个月 我妈的颈椎好像没那么僵了';
      expect(rulesOnly.check(text)).toEqual([]);
      const findings = checker.check(text);
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      expect(finding).toMatchObject({ category: 'medical', severity: 'warn', rule: 'learned.medical' });
      expect(finding!.reason).toContain('模型判断，没有命中具体词');
      expect(finding!.reason).toContain('医疗功效宣传');
      expect(finding!.reason).not.toContain('禁止');
      // Advice in the reason; nothing offered as a one-click replacement of the clause.
      expect(finding!.reason).toContain('咨询医生');
      expect(finding!.suggestions).toEqual([]);
      expect(text.slice(finding!.start, finding!.end)).toBe(finding!.match);
    });

    it('leaves hard clean drafts alone: negations, disclaimers, service replies, names, numbers', () => {
      for (const text of [
        '我们不敢说效果最好 只能说用过的老客反馈还不错',
        '这款不是药品 不能代替治疗 有不舒服请去医院',
        '亲 快递今天已经发出了 单号在订单详情里',
        '国家认证的3C标志在机身背面',
        'Jiangsu仓发的',
        '差评说少了螺丝 我们补10个给您',
        '型号是X3000 颜色有黑白两种',
      ]) {
        expect(checker.check(text), text).toEqual(rulesOnly.check(text));
      }
    });

    it('Latin letters and digits carry no catch by themselves: the hanzi alone must clear the bar', () => {
      // A pinyin place name reads risky to the model through its letters; the hanzi (仓发的) do not.
      const pinyin = riskOf(shipped, 'Jiangsu仓发的');
      expect(pinyin.risk).toBeGreaterThan(0.98);
      expect(pinyin.hanziRisk).toBeLessThan(0.98);
      expect(riskCatch(shipped, veto, 'Jiangsu仓发的', 0.98)).toBeUndefined();
      // Digits the same: an amount paid back, with no review in sight, reads risky to the model through its digits.
      const digits = riskOf(shipped, '给您返10元');
      expect(digits.risk).toBeGreaterThan(0.98);
      expect(digits.hanziRisk).toBeLessThan(0.98);
      expect(riskCatch(shipped, veto, '给您返10元', 0.98)).toBeUndefined();
    });

    it('a claim the draft denies or reports carries no catch by itself: the 2-grams outside those scopes must clear the bar', () => {
      const noCues = riskVeto([]);
      // After 说, to the end of the clause, the 2-grams are the buyer's words: the model reads the claim, the catch does not.
      const reported = '顾客说这是全网最低价';
      expect(riskOf(shipped, reported).risk).toBeGreaterThan(0.98);
      expect(riskOutsideScopes(shipped, reported)).toBeLessThan(0.98);
      expect(riskCatch(shipped, noCues, reported, 0.98)).toBeUndefined();
      // The shop's own claim has no scope: read whole, and caught.
      const own = '亲，我们家是全网最低价';
      expect(riskOutsideScopes(shipped, own)).toBeCloseTo(riskOf(shipped, own).risk, 9);
      expect(riskCatch(shipped, noCues, own, 0.98)).toMatchObject({ category: 'absolute' });
    });

    it('never underlines a clause the checker’s own rewrite left, but still the claim left elsewhere; nothing when no clause is left', () => {
      // 最好用 → 很好用 by the one-click fix; the health claim in the last clause stays and is underlined there.
      const text = '这款面霜很好用 坚持涂一个月 老人脸上的老年斑淡了好多';
      const finding = checker.check(text).find((f) => f.rule.startsWith('learned.'));
      expect(finding).toMatchObject({ category: 'medical', match: '老人脸上的老年斑淡了好多' });
      // The rest must clear the bar alone: with the fix taken, what is left of this draft does not.
      expect(checker.check('这款奶粉营养是很全面的 跟母乳一样甚至更好').filter((f) => f.severity !== 'info' && f.end <= 11)).toEqual([]);
      // The rewritten clause alone would read most like the claim; it is passed over.
      const rewritten = '这款猫爬架稳定性🔝，买过的都说是很稳';
      const { category } = riskOf(shipped, rewritten);
      expect(riskiestClause(shipped, rewritten, category)).toEqual([rewritten.indexOf('买'), rewritten.length]);
      const clause = riskiestClause(shipped, rewritten, category, veto);
      expect(clause === undefined || clause[1] <= rewritten.indexOf('，')).toBe(true);
      expect(riskiestClause(shipped, '买过的都说是很稳', category, veto)).toBeUndefined();
      // A better wording of the rules' own in the clause: the fix was taken there.
      expect(riskiestClause(shipped, '这是很实惠的价格哦', 'absolute', veto)).toBeUndefined();
      // The fix replaces only the degree word, so an emoji typed after it stays (最💯好 → 很💯好): still the fix's clause.
      expect(riskiestClause(shipped, '这个枕头的回弹是很💯好的', 'absolute', veto)).toBeUndefined();
      expect(riskiestClause(shipped, '这个枕头的回弹是很✨好的', 'absolute', veto)).toBeUndefined();
    });

    it('switches off: the learned option, a rule file’s learned: false, or built-ins without the table', () => {
      const text = '这个枕头睡了一个月 我妈的颈椎好像没那么僵了';
      expect(checker.check(text)).toHaveLength(1);
      expect(createChecker({ learned: false }).check(text)).toEqual([]);
      const file = parseRuleFile({ format: 'huashu-rules', version: 1, rules: [], learned: false });
      expect(file.ok && file.file.learned).toBe(false);
      expect(createChecker({ ruleFiles: [{ format: 'huashu-rules', version: 1, rules: [], learned: false }] }).check(text)).toEqual([]);
      expect(createChecker({ ruleFiles: [{ format: 'huashu-rules', version: 1, rules: [] }] }).check(text)).toHaveLength(1);
      expect(createChecker({ disabled: [] }).check(text)).toHaveLength(1);
    });
  });
});
