import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES, bySeverity, createChecker, type Checker, type Finding } from '../../../utils/compliance/index';
import { parseRuleFile } from '../../../utils/compliance/schema';

// One checker per workbench, compiled once: compiling the built-ins takes a few hundred milliseconds.
const checkers = new Map<string | undefined, Checker>();
const checkerOn = (platform: string | undefined) => checkers.get(platform) ?? checkers.set(platform, createChecker({ platform })).get(platform)!;
const serious = (platform: string | undefined, text: string) =>
  checkerOn(platform)
    .check(text)
    .filter((f) => f.severity !== 'info');
const rulesOf = (platform: string | undefined, text: string) => serious(platform, text).map((f) => f.rule);

describe('platform rule packs', () => {
  it('a platform named on its own workbench is no other platform; every other one still is', () => {
    const cases: [string, string][] = [
      ['feige', '在抖音搜一下我们的店铺名就能找到'],
      ['pinduoduo', '这款在拼多多上搜店名也能找到，领券更便宜'],
      ['jd', '您在京东上搜店名，关注一下有券'],
      ['kuaishou', '在快手上搜我们店名，关注一下领券'],
      ['qianniu', '在淘宝搜我们店名，领券更便宜'],
    ];
    for (const [own, text] of cases) {
      expect(rulesOf(own, text), `${own}: ${text}`).not.toContain('offplatform.cross-platform');
      // Unknown workbench, or another platform's: steering to that platform.
      expect(rulesOf(undefined, text), text).toContain('offplatform.cross-platform');
      for (const other of cases.map(([platform]) => platform).filter((platform) => platform !== own)) {
        expect(rulesOf(other, text), `${other}: ${text}`).toContain('offplatform.cross-platform');
      }
    }
  });

  it('a team rule may name words that are no breach on one workbench (exceptOn), checked like the rest', () => {
    const file = parseRuleFile({
      format: 'huashu-rules',
      version: 1,
      rules: [{ id: 'brand.own-app', category: 'brand', severity: 'warn', words: ['蓝鲸款', '星河款'], exceptOn: { feige: ['星河款'] }, reason: '示例：飞鸽上星河款是本店的款名' }],
    });
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const rules = (platform: string) => createChecker({ platform, ruleFiles: [file.file] }).check('蓝鲸款和星河款都有货').filter((f) => f.rule === 'brand.own-app').map((f) => f.match);
    expect(rules('feige')).toEqual(['蓝鲸款']);
    expect(rules('jd')).toEqual(['蓝鲸款', '星河款']);
    const bad = parseRuleFile({ format: 'huashu-rules', version: 1, rules: [{ id: 'brand.x', category: 'brand', severity: 'warn', words: ['x'], exceptOn: ['抖音'], reason: 'r' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join('\n')).toContain('平台');
  });

  it('exist for 拼多多, 抖店飞鸽 and 京东, and every platform rule names its platform in the reason', () => {
    const byPlatform = new Map<string, number>();
    for (const rule of BUILTIN_RULES.rules.filter((r) => r.platforms)) {
      for (const platform of rule.platforms!) byPlatform.set(platform, (byPlatform.get(platform) ?? 0) + 1);
      const name = { pinduoduo: '拼多多', feige: '抖店', jd: '京东' }[rule.platforms![0]!];
      expect(rule.reason, rule.id).toContain(name);
    }
    expect([...byPlatform.keys()].sort()).toEqual(['feige', 'jd', 'pinduoduo']);
  });

  it('抖店飞鸽: any QR code, other platforms’ links, payment accounts, unverifiable and limiting words are 拦截 there only', () => {
    for (const text of ['这是店铺活动的二维码，领券更划算', '商品在 taobao.com 也能搜到', '开户行和户名我写在备注里', '我们正品保证，世界级工艺', '仅此一次，错过再等一年']) {
      const feige = serious('feige', text);
      expect(feige.some((f) => f.rule.includes('.feige.') && f.severity === 'block'), `${text} → ${JSON.stringify(feige)}`).toBe(true);
      expect(rulesOf('pinduoduo', text).some((rule) => rule.includes('.feige.')), text).toBe(false);
      expect(rulesOf(undefined, text).some((rule) => rule.includes('.feige.')), text).toBe(false);
    }
    // A product's own traceability code is no QR code sent to the buyer, on 飞鸽 too.
    expect(serious('feige', '罐底的二维码是溯源码，扫一下能看到生产批次')).toEqual([]);
  });

  it('拼多多: impatient or curt phrasing gets the 服务态度 reminder before the platform’s own pop-up', () => {
    for (const text of ['你自己看详情页', '不是说了吗，明天发', '这个我也不知道', '催也没用，等着吧']) {
      const found = serious('pinduoduo', text);
      expect(found.some((f) => f.category === 'attitude' && f.severity === 'warn'), `${text} → ${JSON.stringify(found)}`).toBe(true);
      // The pop-up's own rule is 拼多多's only; curt phrasing that every platform's 服务态度 scoring counts is flagged anywhere.
      expect(serious('feige', text).some((f) => f.rule.includes('.pinduoduo.')), text).toBe(false);
    }
    expect(serious('pinduoduo', '我帮您查一下物流，稍等哦')).toEqual([]);
    // Other platforms' links are shop platforms to the generic link detector; on 拼多多 they are steering.
    expect(rulesOf('pinduoduo', '那边更便宜 taobao.com 搜店名')).toContain('offplatform.pinduoduo.other-platform-link');
    expect(rulesOf('pinduoduo', '复制淘口令打开')).toContain('offplatform.pinduoduo.other-platform-link');
    expect(rulesOf('feige', '复制淘口令打开')).not.toContain('offplatform.pinduoduo.other-platform-link');
    expect(rulesOf('pinduoduo', '商品链接在 yangkeduo.com 店铺首页')).not.toContain('offplatform.pinduoduo.other-platform-link');
  });

  it('京东: passing off as 京东自营, other platforms’ links and open-ended 价保 promises', () => {
    expect(rulesOf('jd', '我们是京东自营的店')).toContain('authority.jd.self-operated');
    expect(rulesOf('jd', '复制淘口令打开')).toContain('offplatform.jd.other-platform-link');
    expect(rulesOf('jd', '放心买，我们终身保价')).toContain('promise.jd.price-protection');
    expect(rulesOf('jd', '下单放心 都走京东物流 211限时达')).toContain('promise.jd.logistics');
    expect(rulesOf('pinduoduo', '都走京东物流')).not.toContain('promise.jd.logistics');
    expect(rulesOf('pinduoduo', '我们是京东自营的店')).toEqual([]);
  });

  it('a team rule file may add rules for one platform', () => {
    const team = { format: 'huashu-rules' as const, version: 1 as const, rules: [{ id: 'brand.kuaishou.live', category: 'brand', severity: 'warn' as const, platforms: ['kuaishou'], words: ['直播专享'], reason: '快手团队规则：直播专享价只在直播间有效' }] };
    expect(parseRuleFile(team).ok).toBe(true);
    expect(createChecker({ ruleFiles: [team], platform: 'kuaishou' }).check('直播专享价').map((f) => f.rule)).toEqual(['brand.kuaishou.live']);
    expect(createChecker({ ruleFiles: [team], platform: 'jd' }).check('直播专享价')).toEqual([]);
  });
});

describe('severity', () => {
  /** Words that say the basis forbids it outright; titles of laws (《…禁止价格欺诈规定》) do not count. */
  const FORBIDS = /禁止|严禁|不得|不准|不允许|违法|明令/;
  const outsideTitles = (reason: string) => reason.replace(/《[^》]*》/g, '');

  it('a 提醒 or 提示 never says the rule forbids it; a 拦截 names its basis', () => {
    for (const rule of BUILTIN_RULES.rules) {
      if (rule.severity === 'block') expect(rule.reason, rule.id).toMatch(/《|规则|规范|平台/);
      else expect(outsideTitles(rule.reason), `${rule.id} (${rule.severity})`).not.toMatch(FORBIDS);
    }
  });

  it('orders lists 拦截 → 提醒 → 提示, then by position', () => {
    const finding = (severity: Finding['severity'], start: number) => ({ severity, start });
    const sorted = [finding('info', 0), finding('warn', 9), finding('block', 20), finding('warn', 3), finding('block', 5)].sort(bySeverity);
    expect(sorted).toEqual([finding('block', 5), finding('block', 20), finding('warn', 3), finding('warn', 9), finding('info', 0)]);
  });
});
