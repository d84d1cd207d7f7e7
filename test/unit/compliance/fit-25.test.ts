// Round 25 (fixes25): an authority claim's fix fits what it vouches for (AUTHORITY_SUBJECTS in claim-families.ts):
// goods keep the rules' lines (已通过相关检测…); the shop's own standing, a course, a service and the people who teach
// or make it each get a line of their own in place of the claim's clause.
import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../utils/compliance/apply-fix';
import { createChecker } from '../../../utils/compliance/index';

const checker = createChecker();
const authority = (text: string) => checker.check(text).find((f) => f.category === 'authority' && f.severity !== 'info')!;
const firstFix = (text: string) => {
  const finding = authority(text);
  expect(finding, text).toBeDefined();
  return applyFix(text, finding, finding.suggestions[0]!).text;
};
const warnings = (text: string) => checker.check(text).filter((f) => f.severity !== 'info');

describe('authority fixes fit what is vouched for', () => {
  it.each([
    ['a course', '这是国家认证的课程', '课程大纲和试听内容在详情页可以查看'],
    ['a service', '我们有专家团队亲自指导', '服务内容和收费标准在详情页可以查看'],
    ['the shop itself', '我们是官方指定维修点', '店铺资质可以在店铺首页查看'],
    ['the shop itself, an address kept', '亲 我们是品牌方官方指定的唯一授权店', '亲 店铺资质可以在店铺首页查看'],
    ['a person', '我们老师傅给外国元首做过国礼，手艺您尽管放心', '相关资历介绍在详情页可以查看，手艺您尽管放心'],
  ])('%s: %s', (_subject, text, fixed) => {
    expect(firstFix(text)).toBe(fixed);
    expect(warnings(fixed)).toEqual([]);
  });

  it('goods keep the rules’ lines, also where a person is the authority or made them', () => {
    expect(authority('这款奶粉是国家认证的').suggestions[0]).toBe('已通过相关检测，报告可在详情页查看');
    // 医生 after the claim vouch for the goods; a master named in another clause made them.
    expect(authority('协和的医生都在用我们家的空净').suggestions).not.toContain('相关资历介绍在详情页可以查看');
    expect(authority('这块和田玉是国家级大师亲手雕的，国礼级别').suggestions).not.toContain('相关资历介绍在详情页可以查看');
    // A book about a course is still a book; 权威机构 is the authority, not the shop.
    expect(authority('这套课是教育部推荐的课外辅导用书，学校老师也都在用。').suggestions).not.toContain('课程大纲和试听内容在详情页可以查看');
    expect(authority('权威机构检测过 零农残').suggestions).not.toContain('店铺资质可以在店铺首页查看');
  });
});

describe('fixes where round 24 left none', () => {
  const first = (text: string, category: string) => {
    const finding = checker.check(text).find((f) => f.category === category && f.severity !== 'info')!;
    expect(finding, text).toBeDefined();
    return finding.suggestions.length === 0 ? undefined : applyFix(text, finding, finding.suggestions[0]!).text;
  };

  it('a claim of "never" is hedged before what never happens, its guarantee word or 100% with it', () => {
    expect(first('这只镯子起码传三代，永久不变色', 'absolute')).toBe('这只镯子起码传三代，正常情况下不变色');
    expect(first('这件针织衫100%永不起球哦亲', 'absolute')).toBe('这件针织衫正常情况下不起球哦亲');
    // Never again is no property to hedge.
    expect(first('这只老花是绝版中的绝版，永久不会再出了', 'absolute')).toBeUndefined();
  });

  it('an effect held as a property (有…的功效) of the product named before it gets the product’s use', () => {
    expect(first('亲，这款足浴盆有活血化瘀的功效，泡一个月就好', 'medical')).toBe('亲，这款足浴盆用着很舒服，泡一个月就好');
    // 对 + an ailment before 有: the fix would leave the ailment.
    expect(first('这个艾灸贴对腰间盘突出有疗效', 'medical')).toBeUndefined();
    // 功能能: the first 能 ends 功能.
    expect(first('这台空调的新风功能能增强免疫力', 'medical')).toBe('这台空调的新风功能用着很舒服');
  });

  it('a claim of being unique before what is unique reads 很有特色', () => {
    expect(first('独一无二的双出水设计', 'absolute')).toBe('很有特色的双出水设计');
  });
});
