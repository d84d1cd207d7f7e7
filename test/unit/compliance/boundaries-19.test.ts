// Round 19, word boundaries (Rule.boundary, rules/boundaries.ts): a short trigger read across two words is no claim
// (针线包 + 会 is no 包会, 红包 + 过来 no 包过, 算不上 + 天花板 no 不上天), and a helpful 能退就退 / 该退就退 is no curt
// 退就退. Each shape with close twins that must stay flagged. Every sentence here is written for the test, none is
// taken from the data.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { parseRuleFile } from '../../../utils/compliance/schema';
import type { RuleFile } from '../../../utils/compliance/types';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);
const rulesOf = (text: string) => serious(text).map((finding) => finding.rule);

describe('承诺: a word starting with 包 that starts inside a noun ending in 包', () => {
  it.each([
    '送的针线包会放在盒子最上面',
    '抢到的红包过两天自动到账',
    '双肩包会送一个防雨罩',
    '化妆包用的是防水面料',
    '每包过秤都是五百克',
    '干燥包会一起寄过去，别误食',
    '奶黄包过了保质期就别吃了',
    '竹炭包效果有限，还是要多通风',
  ])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each([
    '20元红包 您看可以吗',
    '红包到账了记得查收',
    '帮我发个红包过来',
  ])('does not read %s as a guarantee', (text) => expect(categoriesOf(text)).not.toContain('promise'));

  it.each([
    // 包 at a word's start: the guarantee.
    '包教包会，学不会退钱',
    '我跟您打包票，后天必到',
    '放心 包过年前送到',
    '一个月包过驾照科目一',
    // The word before ends where 包 starts, and no listed noun is read across it.
    '这支口红包你涂了显白',
    '这个价钱包你满意',
    '这台电脑包你用五年不卡',
    '东北大米包香包糯',
    '这款减肥茶包你瘦十斤',
    '敢打这个包票',
  ])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));

  it('keeps a spelled trigger: the listed nouns match as written, not spelled (这款bao证 is no 这款包)', () => {
    expect(categoriesOf('这款bao证三个月不起球')).toContain('promise');
    expect(categoriesOf('到手bao证个个新鲜')).toContain('promise');
  });
});

describe('承诺: a quality ending in 香 that ends inside a noun starting with 香', () => {
  it.each(['多塞了两包香菜种子给您', '赠品是一包香料，炖肉用'])('leaves %s alone', (text) => expect(serious(text)).toEqual([]));

  it.each(['这批芒果包香包甜', '这个香瓜包香'])('flags %s', (text) => expect(categoriesOf(text)).toContain('promise'));
});

describe('辱骂: 不上天 that ends inside a word starting with 天', () => {
  it.each(['这成色算不上天花板，但也很新了', '比不上天然的，但价格便宜一半', '这款比不上天丝的凉感'])('leaves %s alone', (text) =>
    expect(serious(text)).toEqual([]),
  );

  it.each(['你咋不上天呢', '这么能耐怎么不上天'])('flags %s', (text) => expect(categoriesOf(text)).toContain('abuse'));
});

describe('服务态度: 能退就退 / 该退就退 (help) against 退就退 / 要退就退 / 不要就退 (curt)', () => {
  it.each([
    '十块钱的差价我帮您申请，能退就退',
    '拍个照片走平台售后，该退就退',
    '可以退就退，不能退的我给您补发',
    '应该退就退，我们不推脱',
    // 不要就退 with its object: the return offered, not the buyer sent off.
    '您要是不想要就退回来，运费我们出',
    '真不要就退回来，我们给您换个颜色',
  ])('leaves %s alone', (text) => expect(rulesOf(text)).not.toContain('attitude.brush-off'));

  it.each(['退就退吧，随便你', '你要退就退，我这边不拦着', '不要就退', '不要就退呗，别磨叽', '不想要就退嘛'])('flags %s', (text) =>
    expect(rulesOf(text)).toContain('attitude.brush-off'),
  );
});

describe('Rule.boundary in a team file', () => {
  // A made-up brand name 乐游, which 快乐 + 游泳 and 欢乐 + 游戏 read across.
  const team: RuleFile = {
    format: 'huashu-rules',
    version: 1,
    rules: [{ id: 'brand.le-you', category: 'brand', severity: 'warn', words: ['乐游'], boundary: { start: ['快乐', '欢乐'], end: ['游戏'] }, reason: '演示' }],
  };
  const brandOf = (file: RuleFile) => {
    const teamChecker = createChecker({ ruleFiles: [file] });
    return (text: string) => teamChecker.check(text).filter((finding) => finding.rule === 'brand.le-you').map((finding) => finding.match);
  };

  it('validates', () => expect(parseRuleFile(team)).toEqual({ ok: true, file: team }));

  it('drops a match that starts or ends inside a listed word, and only that', () => {
    const brand = brandOf(team);
    expect(brand('推荐乐游的泳镜')).toEqual(['乐游']);
    expect(brand('祝你快乐游泳')).toEqual([]);
    expect(brand('乐游戏机')).toEqual([]);
    // A listed word elsewhere in the draft is no cut.
    expect(brand('要快乐 就选乐游')).toEqual(['乐游']);
    expect(brand('乐游出了新游戏')).toEqual(['乐游']);
  });

  it('reads the first of two overlapping listed words as the word (口红 + 包你, not 红包)', () => {
    const brand = brandOf({ ...team, rules: [{ ...team.rules[0]!, boundary: { start: ['欢快', '快乐'] } }] });
    expect(brand('欢快乐游的泳镜')).toEqual(['乐游']);
    expect(brand('很快乐游的泳镜')).toEqual([]);
  });

  it('rejects a boundary that is not word lists', () => {
    const result = parseRuleFile({ ...team, rules: [{ ...team.rules[0]!, boundary: { start: '快乐' } }] });
    expect(result.ok).toBe(false);
  });
});
