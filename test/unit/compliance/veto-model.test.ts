import { describe, expect, it } from 'vitest';
import { checkerFrom } from '../../../utils/compliance/checker';
import { BUILTINS } from '../../../utils/compliance/index';
import { decodeModel } from '../../../utils/compliance/model';
import { VETO_BELOW, VETO_BITS, VETO_MIN_LENGTH, VETO_REACH, vetoFeatures, vetoRisk } from '../../../utils/compliance/veto-model';
import { VETO_MODEL_TABLE } from '../../../utils/compliance/veto-weights';

// Contrast pairs written for these tests (not taken from the labelled data): a claim, and a twin that names the same
// claim word only to disown it in a way no context of the rules covers.
const PAIRS = [
  { disowned: '说是专家推荐的，我也不懂哈，您自己判断下', claim: '亲这款是专家推荐的，放心用就行了哦', match: '专家推荐' },
  { disowned: '听说是老中医推荐的，这个我也不懂哈，您自己判断', claim: '亲，老中医推荐的方子，放心喝就行', match: '老中医推荐' },
  { disowned: '说是医生推荐的牌子，我也不懂哈，您自己判断下', claim: '亲，这是医生推荐的牌子，放心买就好', match: '医生推荐' },
] as const;

const withVeto = checkerFrom(BUILTINS, { learned: false });
const withoutVeto = checkerFrom({ ...BUILTINS, vetoModel: undefined }, { learned: false });
const shown = (findings: ReturnType<typeof withVeto.check>) => findings.map((f) => [f.match, f.severity]);

describe('learned veto', () => {
  it('lowers a disowned claim word to a hint and keeps the underline where the rule put it', () => {
    for (const { disowned, match } of PAIRS) {
      const before = withoutVeto.check(disowned);
      const after = withVeto.check(disowned);
      expect(disowned.length).toBeGreaterThanOrEqual(VETO_MIN_LENGTH);
      expect(shown(before), disowned).toEqual([[match, 'warn']]);
      expect(shown(after), disowned).toEqual([[match, 'info']]);
      expect([after[0]!.start, after[0]!.end, after[0]!.rule]).toEqual([before[0]!.start, before[0]!.end, before[0]!.rule]);
      expect(after[0]!.reason).toContain('只作提示');
    }
  });

  it('keeps the claim its twin makes', () => {
    for (const { claim, match } of PAIRS) expect(shown(withVeto.check(claim)), claim).toEqual([[match, 'warn']]);
  });

  it('does not read drafts shorter than VETO_MIN_LENGTH, where a plain claim reads too little to tell', () => {
    for (const [text, match] of [
      ['这款拖把最好用', '最好用'],
      ['顶级这个我说不好', '顶级'],
    ] as const) {
      expect(text.length).toBeLessThan(VETO_MIN_LENGTH);
      expect(shown(withVeto.check(text)), text).toEqual([[match, 'warn']]);
    }
  });

  it('never lowers what the confirm model may not: a block-level medical claim, however it reads', () => {
    // A veto that reads every finding as disowned, so the test holds whatever the shipped table learns.
    const readsAllDisowned = { bits: 4, bias: -30, scale: 1, weights: btoa('\0'.repeat(16)) };
    const vetoesAll = checkerFrom({ ...BUILTINS, vetoModel: readsAllDisowned }, { learned: false });
    const text = '能根治鼻炎这个，我也不懂哈，您自己判断下吧';
    const [finding] = vetoesAll.check(text);
    expect([finding!.match, finding!.severity]).toEqual(['能根治鼻炎', 'block']);
    expect(vetoRisk(decodeModel(readsAllDisowned), text, finding!.start, finding!.end, finding!.category)).toBeLessThan(VETO_BELOW);
    // The same veto does lower what it may: a warn-level claim word, named and disowned.
    expect(shown(vetoesAll.check(PAIRS[0].disowned))).toEqual([[PAIRS[0].match, 'info']]);
  });

  it('may lower contact words and details (detector and literal rules), which the confirm model never lowers', () => {
    const readsAllDisowned = { bits: 4, bias: -30, scale: 1, weights: btoa('\0'.repeat(16)) };
    const vetoesAll = checkerFrom({ ...BUILTINS, vetoModel: readsAllDisowned }, { learned: false });
    const rulesOf = (text: string, checker = vetoesAll) => checker.check(text).map((f) => [f.rule, f.severity]);
    // Named, not offered: a contact word as a thing's name, the literal rules' commonest false flag (fresh/README.md, round 23).
    const named = '亲，这个杯子的图案是一个微信的小图标哈';
    expect(named.length).toBeGreaterThanOrEqual(VETO_MIN_LENGTH);
    expect(rulesOf(named, withoutVeto)).toEqual([['offplatform.wechat', 'block']]);
    expect(rulesOf(named)).toEqual([['offplatform.wechat', 'info']]);
    const number = '您好，请问还有什么可以帮您，电话 138 1234 5678';
    expect(rulesOf(number)).toEqual([['offplatform.mobile', 'info']]);
    // Still not asked: a draft shorter than VETO_MIN_LENGTH, a platform's own rule, or a contact word beside a promise.
    expect(rulesOf('加我微信发你')).toEqual([['offplatform.wechat', 'block']]);
    const onFeige = checkerFrom({ ...BUILTINS, vetoModel: readsAllDisowned }, { learned: false, platform: 'feige' });
    expect(rulesOf('您好，请问还有什么可以帮您，活动二维码在首页', onFeige)).toEqual([['offplatform.feige.qr-code', 'block']]);
    expect(rulesOf('亲，这个杯子的图案是一个微信的小图标哈，坏了包退')).toContainEqual(['offplatform.wechat', 'block']);
  });

  it('is off with the confirm model (confirm: false) and without its table', () => {
    const { disowned, match } = PAIRS[0];
    expect(shown(withVeto.check(disowned))).toEqual([[match, 'info']]);
    expect(shown(checkerFrom(BUILTINS, { learned: false, confirm: false }).check(disowned))).toEqual([[match, 'warn']]);
    expect(shown(withoutVeto.check(disowned))).toEqual([[match, 'warn']]);
  });

  it('reads only the finding and VETO_REACH characters either side', () => {
    const model = decodeModel(VETO_MODEL_TABLE);
    expect(model.weights.length).toBe(1 << VETO_BITS);
    // Two drafts that differ only further than VETO_REACH before the span read the same.
    const filler = '这里是一段同样的话，凑够十二个字以上。';
    expect(filler.length).toBeGreaterThan(VETO_REACH);
    const claim = '顶级面料，手感超好';
    const [first, second] = [`顶级这个我说不好。${filler}${claim}`, `亲在吗。${filler}${claim}`];
    const features = (text: string) => {
      const at = text.length - claim.length;
      const buffer = new Int32Array(512);
      return [...buffer.subarray(0, vetoFeatures(text, at, at + 2, 'absolute', VETO_REACH, VETO_BITS, buffer))].sort();
    };
    expect(features(first)).toEqual(features(second));
    const at = first.length - claim.length;
    expect(vetoRisk(model, first, at, at + 2, 'absolute')).toBe(vetoRisk(model, second, second.length - claim.length, second.length - claim.length + 2, 'absolute'));
  });
});
