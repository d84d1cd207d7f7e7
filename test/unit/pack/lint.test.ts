import { describe, expect, it } from 'vitest';
import { demoPack } from '../../../scripts/pack-demo';
import { createChecker } from '../../../utils/compliance/index';
import type { Finding } from '../../../utils/compliance/types';
import { lintPack, unmatchableWords } from '../../../utils/pack/lint';
import { teamPhrase, unsignedPack } from './fixtures';

/** Flags 最好 (warn) and 加微信 (block) so the test does not depend on the real rule set. */
function fakeChecker(text: string): Finding[] {
  const findings: Finding[] = [];
  const flag = (word: string, severity: Finding['severity'], suggestions: string[]) => {
    const start = text.indexOf(word);
    if (start >= 0) {
      findings.push({ start, end: start + word.length, match: word, category: 'absolute', severity, rule: `test.${severity}`, reason: '测试规则', suggestions });
    }
  };
  flag('最好', 'warn', ['很好']);
  flag('加微信', 'block', []);
  flag('包邮', 'info', []);
  return findings;
}

describe('lintPack', () => {
  it('finds nothing in a clean pack', () => {
    expect(lintPack(unsignedPack(5), fakeChecker)).toEqual([]);
  });

  it('reports schema errors, duplicate 快捷编码 and empty selectors with paths', () => {
    const pack = unsignedPack(3) as unknown as Record<string, unknown> & ReturnType<typeof unsignedPack>;
    pack.phrases[1] = teamPhrase(1, { code: 'FH0' });
    pack.phrases[2] = teamPhrase(2, { stage: '售后中' as never });
    pack.selectors = [
      {
        platform: 'pdd',
        hostPattern: 'mms.pinduoduo.com',
        version: 1,
        selectors: { messageList: '', messageRow: 5 as never, directions: [], buyerName: '.n', input: 'textarea' },
      },
    ];
    const problems = lintPack(pack, fakeChecker);
    expect(problems.every((problem) => problem.level === 'error')).toBe(true);
    expect(problems.map((problem) => problem.path)).toEqual([
      'phrases[1].code',
      'phrases[2].stage',
      'selectors[0].selectors.messageList',
      'selectors[0].selectors.messageRow',
      'selectors[0].selectors.directions',
    ]);
    expect(problems[0]?.message).toBe('快捷编码“FH0”与 phrases[0] 重复');
    expect(problems[2]?.message).toBe('不能为空');
    expect(problems[3]?.message).toMatch(/^应为选择器/);
  });

  it('reports phrases the checker flags, block as error and warn as warning, ignoring info', () => {
    const pack = unsignedPack(3);
    pack.phrases[0] = teamPhrase(0, { body: '这款是全网最好的，包邮' });
    pack.phrases[2] = teamPhrase(2, { body: '有问题加微信聊' });
    expect(lintPack(pack, fakeChecker)).toEqual([
      { level: 'warning', path: 'phrases[0].body', message: '“最好”建议改写：测试规则，可改为：很好' },
      { level: 'error', path: 'phrases[2].body', message: '“加微信”禁止发送：测试规则' },
    ]);
  });

  it('names the words a one-click fix replaces where they are more than the flagged words', () => {
    const pack = unsignedPack(1);
    pack.phrases[0] = teamPhrase(0, { body: '这是全网最好的' });
    const widened = (text: string) => fakeChecker(text).map((finding) => ({ ...finding, fix: { start: 2, end: 7 } }));
    expect(lintPack(pack, widened)[0]?.message).toBe('“最好”建议改写：测试规则，可把“全网最好的”改为：很好');
  });

  it('warns of the pack’s own rewordings that read as a claim alone or where a one-click fix puts them', () => {
    // 最好 is flagged and offers 很好 (the pack's own rewrite); 网很 reads as a claim, so 很好 may not follow 全网.
    const checkerWith = (fix?: { start: number; end: number }) => (text: string) => {
      const findings = fakeChecker(text).map((finding) => ({ ...finding, ...(fix && finding.match === '最好' ? { fix } : {}) }));
      const at = text.indexOf('网很');
      if (at >= 0) findings.push({ start: at, end: at + 2, match: '网很', category: 'absolute', severity: 'warn', rule: 'test.wang', reason: '范围词', suggestions: [] });
      return findings;
    };
    const pack = unsignedPack(1);
    pack.phrases[0] = teamPhrase(0, { body: '这是全网最好的' });
    pack.rules = { format: 'huashu-rules', version: 1, rules: [], rewrites: [{ claims: ['最好'], to: ['很好', '最好的'] }] };
    const rewordings = (problems: { path: string; message: string }[]) => problems.filter((problem) => problem.message.startsWith('改写'));
    // At the flagged words the fix leaves 全网很好; at a fix range taking 全网 with it, 这是很好的 reads clean.
    expect(rewordings(lintPack(pack, checkerWith()))).toEqual([
      { level: 'warning', path: 'rules.rewrites[0].to[1]', message: '改写“最好的”本身会被标出：“最好”测试规则' },
      { level: 'warning', path: 'phrases[0].body', message: '改写“很好”放进这句后仍会被标出：“网很”范围词' },
    ]);
    expect(rewordings(lintPack(pack, checkerWith({ start: 2, end: 6 })))).toEqual([
      { level: 'warning', path: 'rules.rewrites[0].to[1]', message: '改写“最好的”本身会被标出：“最好”测试规则' },
    ]);
  });

  it('still checks the wording of phrases when other entries are broken', () => {
    const pack = unsignedPack(2);
    pack.phrases[0] = { ...teamPhrase(0, { body: '最好的服务' }), intents: [] };
    const paths = lintPack(pack, fakeChecker).map((problem) => `${problem.level} ${problem.path}`);
    expect(paths).toEqual(['error phrases[0].intents', 'warning phrases[0].body']);
  });

  it('explains input that is not a pack at all', () => {
    expect(lintPack([1, 2])).toEqual([{ level: 'error', path: '', message: '不是话术包：内容应为 JSON 对象' }]);
    expect(lintPack({ format: 'huashu-pack' }).map((problem) => problem.path)).toEqual([
      'formatVersion',
      'meta',
      'phrases',
      'selectors',
    ]);
  });
});

describe('lintPack with the real checker', () => {
  it('finds the demo shop pack compliant', () => {
    const checker = createChecker();
    expect(lintPack(demoPack(1, new Date('2026-11-21T00:00:00Z')), (text) => checker.check(text))).toEqual([]);
  });
});

describe('rule words the checker can never match', () => {
  const rules = (words: string[], extra: object = {}) => ({
    format: 'huashu-rules',
    version: 1,
    rules: [{ id: 'shop.test', category: 'shop', severity: 'block', words, reason: '测试', ...extra }],
    ...extra,
  });

  it('flags words made only of emoji, zero-width characters, punctuation or symbols', () => {
    const problems = unmatchableWords(rules(['🎁🎁', '\u200d\u200b', '……！', '✨✨', '加🎁', 'V❤信', '①号']));
    expect(problems.map((problem) => problem.path)).toEqual(['rules.rules[0].words[0]', 'rules.rules[0].words[1]', 'rules.rules[0].words[2]', 'rules.rules[0].words[3]']);
    expect(problems.every((problem) => problem.level === 'error')).toBe(true);
    expect(problems[1]?.message).toBe('“[U+200D][U+200B]”只由表情、零宽字符、标点或空格组成：检查时这些字符都会被跳过，这个词永远匹配不到');
  });

  it('looks at cue words and the allow-list too, and at nothing when the rule file is not one', () => {
    const problems = unmatchableWords({
      rules: [{ words: ['好评'], near: { words: ['✨'], within: 4 }, unless: { words: ['不'], within: 2 }, unlessAfter: { words: ['~~'], within: 2 } }],
      allow: ['👍', { words: ['最佳食用期', '。'] }],
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      'rules.rules[0].near.words[0]',
      'rules.rules[0].unlessAfter.words[0]',
      'rules.allow[0]',
      'rules.allow[1].words[1]',
    ]);
    expect(unmatchableWords(null)).toEqual([]);
    expect(unmatchableWords({ rules: 'x', allow: [null, 3] })).toEqual([]);
  });

  it('is part of lintPack', () => {
    const pack = { ...unsignedPack(1), rules: rules(['😀']) };
    expect(lintPack(pack)).toEqual([expect.objectContaining({ level: 'error', path: 'rules.rules[0].words[0]' })]);
  });
});
