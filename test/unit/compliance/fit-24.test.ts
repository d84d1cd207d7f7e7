// One-click fixes that reach as far as the claim (fit.ts, fitFixes; Finding.fix): a turn of speech is replaced as a
// sentence, a rank or effect claim as its clause's predicate; the underline stays on the flagged words.
import { describe, expect, it } from 'vitest';
import { fixLine } from '../../../components/DraftFindings';
import { previewFix } from '../../../entrypoints/workbench.content/inline-check/fix-preview';
import { applyFix, fixRangeOf } from '../../../utils/compliance/apply-fix';
import { createChecker } from '../../../utils/compliance/index';
import { plainFinding, type Finding } from '../../../utils/compliance/types';

const checker = createChecker();
const warned = (text: string, category: string) => checker.check(text).find((f) => f.category === category && f.severity !== 'info')!;
const applied = (text: string, finding: Finding, suggestion = finding.suggestions[0]!) => applyFix(text, finding, suggestion).text;
const clean = (text: string) => checker.check(text).filter((f) => f.severity !== 'info');

describe('fixes that reach past the flagged words', () => {
  it.each([
    ['offplatform', '亲，加我微信 abc123 发你图', '亲，有问题直接在这里留言，我随时为您处理'],
    ['reviewbait', '亲，给个五星好评返5元红包哦', '亲，谢谢您的支持，用着有问题随时找我'],
    ['abuse', '你自己不会看详情页吗', '您别着急，我来帮您看看'],
    ['absolute', '这款口红是遥遥领先的', '这款口红很出色'],
    ['medical', '这个茶能治失眠的哦', '这个茶可以作为日常饮食的搭配哦'],
    ['medical', '这款面霜能祛痘', '这款面霜适合日常护理使用'],
  ])('%s: %s', (category, text, fixed) => {
    const finding = warned(text, category);
    expect(finding.fix, 'the fix reaches past the underline').toBeDefined();
    expect(text.slice(finding.start, finding.end)).toBe(finding.match);
    expect(applied(text, finding)).toBe(fixed);
    expect(clean(fixed)).toEqual([]);
  });

  it('a curt line is replaced as its sentence, the next sentence stays', () => {
    const text = '问那么多干嘛，拍就完了。明天发货';
    const finding = warned(text, 'attitude');
    expect(applied(text, finding)).toBe('您别着急，我来帮您看看。明天发货');
  });

  it('a rank rewrite takes the scope before it, in place of the claim', () => {
    const text = '这款是全网最好用的';
    const finding = warned(text, 'absolute');
    expect(finding.match).toBe('最好用');
    expect(applied(text, finding)).toBe('这款是很好用的');
  });

  it('no fix where none reads: a rank word before a noun, an effect without the product named', () => {
    expect(warned('这个能治失眠', 'medical').suggestions).toEqual([]);
    // The product is named after the claim: "给孩子戴".
    const worn = warned('天然琥珀可以安神助眠，给孩子戴特别合适', 'medical');
    expect(applied('天然琥珀可以安神助眠，给孩子戴特别合适', worn)).toBe('天然琥珀用着很舒服，给孩子戴特别合适');
    const attribute = warned('这是全网最持久的香水', 'absolute');
    expect(attribute.suggestions).toEqual(['很持久']);
    expect(attribute.fix).toBeUndefined();
  });

  it('a promise hedge stays in place; a fix of another topic is not offered', () => {
    const hedged = warned('这张桌子承重保证能到300公斤', 'promise');
    expect(hedged.fix).toBeUndefined();
    expect(applied('这张桌子承重保证能到300公斤', hedged)).toBe('这张桌子承重正常情况下能到300公斤');
    expect(warned('退款我已经给您点了，今晚保证到账', 'promise').suggestions).not.toContain('按说明洗护一般不掉色');
  });

  it('an authority word before a noun gets no word in its place', () => {
    for (const suggestion of warned('这款冰箱是军队专供的型号', 'authority').suggestions) expect(suggestion.length).toBeGreaterThanOrEqual(5);
  });
});

describe('the inline fix replaces the fix range', () => {
  const finding: Finding = { start: 5, end: 8, match: '最好用', category: 'absolute', severity: 'warn', rule: 'absolute.zui-hao', reason: '', suggestions: ['口碑不错'], fix: { start: 2, end: 9 } };
  it('previews the sentence with the whole range replaced', () => {
    const text = '这款是全网最好用的，亲';
    const preview = previewFix(text, finding, '口碑不错');
    expect(preview.before + preview.inserted + preview.after).toBe('这款口碑不错，亲');
  });
  it('falls back to the flagged words without a fix range', () => {
    const { fix: _, ...plain } = finding;
    expect(fixRangeOf(plain)).toEqual({ start: 5, end: 8 });
  });
});

describe('the panel names the words a wider fix replaces', () => {
  it('quotes the words the click replaces: the fix range, else the flagged words', () => {
    const text = '这款口红是遥遥领先的';
    const finding = warned(text, 'absolute');
    expect(fixLine(finding, text)).toBe(`「是遥遥领先的」可改为：${finding.suggestions.join('、')}`);
    // A copy without the range: through plainFinding, as a checker's fitted finding keeps its fixes on its class.
    const { fix: _, ...plain } = plainFinding(finding);
    expect(fixLine(plain, text)).toBe(`「遥遥领先」可改为：${finding.suggestions.join('、')}`);
    // A draft that changed since the check: no quote from the wrong words.
    expect(fixLine(finding, '别的草稿')).toBe(`可改为：${finding.suggestions.join('、')}`);
  });
});
