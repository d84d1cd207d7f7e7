import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES, checkerFrom, createChecker } from '../../../utils/compliance/index';
import { collectNgrams, decodeModel, riskProbability } from '../../../utils/compliance/model';
import { CONFIRM_BITS } from '../../../utils/compliance/model-config';
import { CONFIRM_MODEL_TABLE } from '../../../utils/compliance/model-weights';
import { SHIPPED_TRAINING_SOURCES, labelledFiles, readLabelled } from '../../../scripts/compliance-data';
import { averageTrained, meanWeights, quantise, trainConfirmModel, visitWalk, visitingOrder } from '../../../scripts/compliance-model';
import { productCleanText } from '../../../scripts/risk-model';

const model = decodeModel(CONFIRM_MODEL_TABLE);
const ids = (text: string) => {
  const buffer = new Int32Array(3 * text.length + 3);
  return [...buffer.subarray(0, collectNgrams(text, CONFIRM_BITS, buffer))];
};

describe('confirm model', () => {
  it('reads text as the checker does: width, case, traditional forms and skipped symbols give the same n-grams', () => {
    expect(ids('加ＶＸ，發紅包')).toEqual(ids('加vx，发红包'));
    expect(ids('加 v x')).toEqual(ids('加vx'));
    // Start and end marks, then 1-, 2- and 3-grams per character: 3 characters → 1 + 4 × 3 - 1 ids.
    expect(ids('最好的')).toHaveLength(12);
  });

  it('scores an inducement as risky and a service reply as clean', () => {
    expect(riskProbability(model, '加我微信，好评返现五元')).toBeGreaterThan(0.9);
    expect(riskProbability(model, '您好，您的包裹已经发出，请留意物流信息')).toBeLessThan(0.1);
  });

  it('is the table the trainer makes from the training files and the product’s own text (rerun scripts/train-compliance-model.ts after adding data)', () => {
    const files = labelledFiles(SHIPPED_TRAINING_SOURCES);
    const header = readFileSync('utils/compliance/model-weights.ts', 'utf8').split('\n')[1]!;
    for (const file of files) expect(header, file).toContain(file);
    const trained = quantise(trainConfirmModel([...files.flatMap(readLabelled), ...productCleanText()], CONFIRM_BITS));
    expect(trained.bias).toBeCloseTo(CONFIRM_MODEL_TABLE.bias, 12);
    expect(Buffer.from(trained.weights.buffer).toString('base64')).toBe(CONFIRM_MODEL_TABLE.weights);
  });

  it('visits every example once an epoch, also when the count is a multiple of the walk’s stride (79,190 = 10 × 7919)', () => {
    for (const count of [79_190, 7919, 15_838, 78_283, 1000, 1]) {
      const visit = visitWalk(visitingOrder(count, 2));
      for (const epoch of [0, 3]) {
        const seen = new Uint8Array(count);
        for (let k = 0; k < count; k++) seen[visit(k, epoch)] = 1;
        expect(seen.reduce((sum, one) => sum + one, 0), `${count} examples, epoch ${epoch}`).toBe(count);
      }
    }
    // A count the stride does not divide walks as it always did, so tables trained on such data do not change.
    const visiting = visitingOrder(1000, 1);
    const visit = visitWalk(visiting);
    expect([0, 1, 2, 999].map((k) => visit(k, 2))).toEqual([0, 1, 2, 999].map((k) => visiting[(k * 7919 + 2 * 104729) % 1000]));
  });

  it('averages the models of the visiting orders weight by weight, with one loop for every table (meanWeights)', () => {
    const orders = [Float64Array.of(1, -2, 0.5), Float64Array.of(3, 2, 0.25), Float64Array.of(-1, 4, 0.25), Float64Array.of(1, 0, 1)];
    expect(Array.from(meanWeights(orders))).toEqual([1, 1, 0.5]);
    const one = Float64Array.of(0.1, 0.2);
    expect(meanWeights([one])).toBe(one);
    const averaged = averageTrained(orders.map((weights, order) => ({ bits: 2, bias: order, weights })));
    expect(averaged.bias).toBe(1.5);
    expect(Array.from(averaged.weights)).toEqual([1, 1, 0.5]);
  });
});

describe('the checker with the confirm model', () => {
  it('lowers a word-rule finding to a hint when the whole draft reads as clean, and says why without citing a ban', () => {
    for (const [text, match, rule] of [
      ['亲，广告里那种顶级面料我们这款用不上，就是普通的纯棉', '顶级', 'absolute.ding-ji'],
      ['这款奶粉说到底就是普通配方，那些提高免疫力的说法您别当真', '提高免疫', 'medical.mian-yi'],
    ] as const) {
      expect(createChecker({ confirm: false }).check(text).map((f) => [f.match, f.severity])).toEqual([[match, 'warn']]);
      const [finding] = createChecker().check(text);
      expect(finding).toMatchObject({ match, severity: 'info', rule });
      expect(finding!.reason).toContain('只作提示');
      expect(finding!.reason).not.toMatch(/禁止|不得/);
    }
  });

  it('keeps a plain claim flagged when the rest of the reply is friendly service talk', () => {
    // The model reads tone as well as content: a polite, reassuring reply around a superlative must not pass as clean.
    for (const [text, match] of [
      ['您好，这款电热水壶是全网最安全的，家里有小朋友也可以放心用哦', '全网最安全'],
      ['您好，这款扫地机器人是业内最安静的，晚上开着也不吵，您放心下单', '业内最'],
      ['亲，这条围巾的羊绒含量在同类里是最高的，冬天戴着特别暖和呢', '同类里是最'],
    ] as const) {
      expect(createChecker({ learned: false }).check(text).map((f) => [f.match, f.severity]), text).toEqual([[match, 'warn']]);
    }
  });

  it('never lowers an absolute claim measured against a whole market, country or trade, however friendly the reply around it', () => {
    // Plain claims after service talk that the model read as clean before the scope was kept.
    for (const [text, match] of [
      ['亲 物流一般两三天到 有问题随时找我哈 这款面霜是全网最好用的哦', '最好用'],
      ['规格有1.8米 2米 2.2米三种 面料是全网最好的', '最好'],
      ['亲，这款耳机的降噪在市面上是最强的一档，通勤戴着很安静哦', '市面上是最强'],
    ] as const) {
      expect(createChecker({ learned: false }).check(text).map((f) => [f.match, f.severity]), text).toEqual([[match, 'warn']]);
    }
    // A model that reads every draft as clean: only the scope keeps a claim up.
    const readsAllClean = { bits: 13, bias: -20, scale: 1, weights: Buffer.alloc(1 << 13).toString('base64') };
    const checker = checkerFrom({ rules: BUILTIN_RULES, confirmModel: readsAllClean }, { learned: false });
    const severityOf = (text: string) => checker.check(text).map((f) => [f.category, f.severity]);
    expect(severityOf('亲 快递今天下午就能发出 有啥问题随时喊我 这款保温杯在同价位里保温效果最好哦')).toEqual([['absolute', 'warn']]);
    expect(severityOf('宝 尺码按平时穿的拍就行 这件卫衣的面料在行業裡算頂級的')).toEqual([['absolute', 'warn']]);
    // Near misses: a claim about the shop's own range, and a scope word in another clause, are still the model's to lower.
    expect(severityOf('亲，这款大衣是我们家最顶级的面料，穿着很舒服哦')).toEqual([['absolute', 'info']]);
    expect(severityOf('这件是顶级的羊绒款，全国包邮，今天下单明天发')).toEqual([['absolute', 'info']]);
    // A negated scoped claim never reaches the model: the contexts cancel it.
    expect(severityOf('我们不敢说是全网最便宜的 但价格很实在')).toEqual([]);
  });

  it('never lowers a block-level medical claim, insult or review reward, however clean the draft reads to it', () => {
    // A model that reads every draft as clean: whatever it may lower, it lowers.
    const readsAllClean = { bits: 13, bias: -20, scale: 1, weights: Buffer.alloc(1 << 13).toString('base64') };
    const checker = checkerFrom({ rules: BUILTIN_RULES, confirmModel: readsAllClean });
    const severityOf = (text: string) => checker.check(text).map((f) => [f.category, f.severity]);
    expect(severityOf('亲，这款护膝穿着很舒服哦，还能缓解关节炎，很多老人都在回购呢~')).toEqual([['medical', 'block']]);
    expect(severityOf('亲 退货可以的哦 不过说实话 您这身材穿啥都这样呢')).toEqual([['abuse', 'block']]);
    // A reward for a review stays a breach next to a friendly service line (the real model read this one as clean).
    expect(severityOf('好评返现5元 理解您着急用，我已经在订单上备注了尽快安排，出库后会在这里告诉您。')).toEqual([['reviewbait', 'block']]);
    expect(severityOf('亲，这款大衣是我们家最顶级的面料，穿着很舒服哦')).toEqual([['absolute', 'info']]);
  });

  it('does not lower a draft that makes two separate claims, however clean it reads to the model', () => {
    const readsAllClean = { bits: 13, bias: -20, scale: 1, weights: Buffer.alloc(1 << 13).toString('base64') };
    const checker = checkerFrom({ rules: BUILTIN_RULES, confirmModel: readsAllClean });
    const severities = (text: string) => checker.check(text).map((f) => f.severity);
    expect(severities('您好，这款台灯用的是顶级灯珠，您放心用就好')).toEqual(['info']);
    expect(severities('您好，这款台灯用的是顶级灯珠，亮度在业内是第一，您放心用就好')).toEqual(['warn', 'warn']);
  });

  it('leaves short drafts to the rules alone: a dozen characters are too little for the model', () => {
    expect(createChecker().check('用完一瓶，第二天皱纹就没了').map((f) => f.severity)).toEqual(['warn']);
  });

  it('keeps contact details after a service line, platform rules and a team’s own categories: the confirm model never lowers them (the veto reads contact words since round 24, veto-model.test)', () => {
    const checker = createChecker({
      platform: 'feige',
      ruleFiles: [{ format: 'huashu-rules', version: 1, rules: [{ id: 'brand.rival', category: 'brand', severity: 'warn', words: ['某某牌'], reason: '团队规则：不提竞品' }] }],
    });
    const clean = '您好，请问还有什么可以帮您';
    for (const [draft, rule] of [
      [`${clean}，电话 138 1234 5678`, 'offplatform.mobile'],
      [`${clean}，活动二维码在首页`, 'offplatform.feige.qr-code'],
      [`${clean}，某某牌的我们不卖`, 'brand.rival'],
    ] as const) {
      const found = checker.check(draft).find((f) => f.rule === rule);
      expect(found?.severity, draft).not.toBe('info');
    }
  });
});
