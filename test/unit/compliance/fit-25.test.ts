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
