import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../scripts/cli/pack';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin';
import { mergeLibraries } from '../../../utils/library/layers';
import { createJoinCode } from '../../../utils/pack/join-code';
import type { SignedPack, UnsignedPack } from '../../../utils/pack/types';

const DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../data/pack');
const IMPORT = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../data/import');
let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'huashu-pack-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs `pack …` in-process and captures what it writes. */
async function pack(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await main(args);
    const lines = stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    return { code, lines, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('pack CLI', () => {
  it('generates a key pair once and refuses to overwrite the private key', async () => {
    const made = await pack('keygen', '--out-private', file('team.key.json'), '--out-public', file('team.pub.txt'));
    expect(made.code).toBe(0);
    expect(made.lines[0]).toMatchObject({ ok: true, keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect((await readFile(file('team.pub.txt'), 'utf8')).trim()).toBe(made.lines[0]?.publicKey);
    expect((await stat(file('team.key.json'))).mode & 0o777).toBe(0o600);
    const again = await pack('keygen', '--out-private', file('team.key.json'), '--out-public', file('other.pub.txt'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已存在');
  });

  it('builds a pack from a CSV sheet with rules and selectors', async () => {
    const built = await pack(
      'build', '--in', path.join(DATA, 'phrases.csv'), '--rules', path.join(DATA, 'rules.json'),
      '--selectors', path.join(DATA, 'selectors.json'), '--id', 'qinghe-tea', '--name', '青禾茶舍话术',
      '--version', '3', '--publisher', '客服组', '--interval', '120', '--out', file('pack.json'),
    );
    expect(built.stderr).toBe('');
    expect(built.lines).toEqual([{ ok: true, out: file('pack.json'), id: 'qinghe-tea', version: 3, phrases: 4 }]);
    const written = JSON.parse(await readFile(file('pack.json'), 'utf8')) as UnsignedPack;
    expect(written.meta).toMatchObject({ id: 'qinghe-tea', version: 3, publisher: '客服组', syncIntervalMinutes: 120 });
    expect(written.phrases.map((phrase) => [phrase.id, phrase.code, phrase.source])).toEqual([
      ['tea.greeting', 'cyhy', 'team'],
      ['tea.ship', 'cyfh', 'team'],
      ['tea.storage', 'cycc', 'team'],
      ['tea.return', 'cyth', 'team'],
    ]);
    expect(written.phrases[1]?.intents).toEqual(['shipping.time']);
    expect(written.rules?.rules[0]?.id).toBe('shop.pick-quality');
    expect(written.selectors[0]?.version).toBe(100);
  });

  it('builds from the sheets leads keep (千牛-style CSV, GBK CSV, .xlsx) with guessed intents listed for checking', async () => {
    const built: Record<string, UnsignedPack> = {};
    for (const name of ['qianniu.csv', 'titled-gbk.csv', 'qianniu.xlsx']) {
      const out = file(`${name}.pack.json`);
      const result = await pack('build', '--in', path.join(IMPORT, name), '--id', 'shop', '--name', '店铺', '--version', '1', '--out', out);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('已按内容推断');
      const [line] = result.lines as [{ inferredIntents: { row: number; intent: string; label: string }[] }];
      const pack_ = JSON.parse(await readFile(out, 'utf8')) as UnsignedPack;
      expect(line.inferredIntents.map((item) => item.intent)).toEqual(pack_.phrases.map((phrase) => phrase.intents[0]));
      built[name] = pack_;
    }
    expect(built['qianniu.csv']!.phrases.map((phrase) => [phrase.code, phrase.intents])).toEqual([
      ['fh1', ['shipping.time']],
      ['qnth', ['return.howto']],
      ['qnwl', ['logistics.delay']],
      ['yh1', ['price.coupon']],
    ]);
    expect(built['titled-gbk.csv']!.phrases.map((phrase) => [phrase.title, phrase.intents])).toEqual([
      ['面料说明', ['product.material']],
      ['破损处理', ['damaged']],
      ['开发票', ['invoice']],
    ]);
    expect(built['qianniu.xlsx']!.phrases.map((phrase) => [phrase.code, phrase.intents])).toEqual([
      ['qncm', ['product.size']],
      ['tk1', ['refund.progress']],
      ['qnsy', ['product.usage']],
    ]);
  });

  it('keeps both phrases when a sheet uses a built-in 快捷编码: the lead’s answers to it, the built-in one moves', async () => {
    const result = await pack('build', '--in', path.join(IMPORT, 'qianniu.csv'), '--id', 'shop', '--name', '店铺', '--version', '1', '--out', file('codes.json'));
    const builtinShip = BUILTIN_PHRASES.find((phrase) => phrase.code === 'fh1')!;
    expect(result.lines[0]?.codeMoves).toEqual([
      { code: 'fh1', phrase: '现货下单后48小时内发出，预售款…', builtin: builtinShip.title, movedTo: 'nzfh1' },
      { code: 'yh1', phrase: '店铺满199减20，领券后下单更…', builtin: BUILTIN_PHRASES.find((phrase) => phrase.code === 'yh1')!.title, movedTo: 'nzyh1' },
    ]);
    expect(result.stderr).toContain(`快捷编码 fh1：归「现货下单后48小时内发出，预售款…」，客服端的内置话术「${builtinShip.title}」改用 nzfh1`);
    // What an agent subscribed to this pack gets: both phrases, each under its own code.
    const teamPhrases = (JSON.parse(await readFile(file('codes.json'), 'utf8')) as UnsignedPack).phrases;
    const merged = mergeLibraries(BUILTIN_PHRASES, teamPhrases, []);
    const byCode = new Map(merged.filter((phrase) => phrase.code).map((phrase) => [phrase.code!, phrase]));
    expect(byCode.get('fh1')?.source).toBe('team');
    expect(byCode.get('nzfh1')?.id).toBe(builtinShip.id);
    expect(merged.filter((phrase) => phrase.id === builtinShip.id)).toHaveLength(1);
  });

  it('refuses to build from invalid phrases, naming each problem', async () => {
    const built = await pack('build', '--in', path.join(DATA, 'bad-phrases.json'), '--id', 'x', '--name', 'x', '--version', '1', '--out', file('bad.json'));
    expect(built.code).toBe(1);
    expect(built.stderr).toContain('第 1 条: 标题: 不能为空');
    expect(built.stderr).toContain('未知意图 "shiping.time"');
    expect(built.lines).toEqual([]);
  });

  it('explains a missing option', async () => {
    const built = await pack('build', '--in', path.join(DATA, 'phrases.csv'), '--name', 'x', '--version', '1');
    expect(built.code).toBe(1);
    expect(built.stderr).toContain('缺少选项 --id');
    expect((await pack('publish')).stderr).toContain('未知子命令: publish');
  });

  it('signs, then verifies with the public key, a join code or the backup', async () => {
    const signed = await pack('sign', '--in', file('pack.json'), '--key', file('team.key.json'), '--out', file('signed.json'));
    expect(signed.code).toBe(0);
    const keyId = signed.lines[0]?.keyId;
    expect(signed.lines[0]).toMatchObject({ ok: true, id: 'qinghe-tea', version: 3 });

    const publicKey = (await readFile(file('team.pub.txt'), 'utf8')).trim();
    await writeFile(file('join.txt'), createJoinCode({ url: 'https://cdn.example.com/tea.json', publicKey }));
    for (const key of ['team.pub.txt', 'join.txt', 'team.key.json']) {
      const verified = await pack('verify', '--in', file('signed.json'), '--key', file(key));
      expect(verified.code).toBe(0);
      expect(verified.lines).toEqual([
        expect.objectContaining({ ok: true, id: 'qinghe-tea', version: 3, keyId, phrases: 4, rules: 1, selectors: 1 }),
      ]);
    }
  });

  it('explains that signing needs the private key backup', async () => {
    const result = await pack('sign', '--in', file('pack.json'), '--key', file('team.pub.txt'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('不是私钥备份文件');
  });

  it('fails verification of a tampered pack or with another key, on stdout and stderr', async () => {
    const signed = JSON.parse(await readFile(file('signed.json'), 'utf8')) as SignedPack;
    const first = signed.phrases[0];
    if (!first) throw new Error('fixture has phrases');
    first.body = '改过的内容';
    await writeFile(file('tampered.json'), JSON.stringify(signed));
    const tampered = await pack('verify', '--in', file('tampered.json'), '--key', file('team.pub.txt'));
    expect(tampered.code).toBe(1);
    expect(tampered.lines).toEqual([expect.objectContaining({ ok: false, code: 'bad-signature' })]);
    expect(tampered.stderr).toContain('签名校验失败');

    await pack('keygen', '--out-private', file('other.key.json'), '--out-public', file('other.pub.txt'));
    const wrongKey = await pack('verify', '--in', file('signed.json'), '--key', file('other.pub.txt'));
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.lines[0]?.code).toBe('wrong-key');
  });
});

describe('pack lint', () => {
  it('passes the sample pack and reports risky wording as JSON lines', async () => {
    const clean = await pack('lint', '--in', file('pack.json'));
    expect(clean).toEqual({ code: 0, lines: [], stderr: '' });

    const risky = JSON.parse(await readFile(file('pack.json'), 'utf8')) as UnsignedPack;
    const [first, second] = risky.phrases;
    if (!first || !second) throw new Error('fixture has phrases');
    first.body = '这款是全网最低价，有问题加我微信 abc12345 聊';
    second.code = first.code;
    await writeFile(file('risky.json'), JSON.stringify(risky));
    const result = await pack('lint', '--in', file('risky.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/发现 \d+ 个错误/);
    expect(result.lines).toEqual(
      expect.arrayContaining([
        { level: 'error', path: 'phrases[1].code', message: expect.stringContaining('重复') },
        expect.objectContaining({ path: 'phrases[0].body', message: expect.stringContaining('最低价') }),
        expect.objectContaining({ level: 'error', path: 'phrases[0].body', message: expect.stringContaining('禁止发送') }),
      ]),
    );
  });

  it("applies the pack's own rules when checking its phrases", async () => {
    const withRule = JSON.parse(await readFile(file('pack.json'), 'utf8')) as UnsignedPack;
    const first = withRule.phrases[0];
    if (!first) throw new Error('fixture has phrases');
    first.body = '这款茶包您满意';
    await writeFile(file('own-rule.json'), JSON.stringify(withRule));
    const result = await pack('lint', '--in', file('own-rule.json'));
    expect(result.lines).toEqual([
      { level: 'warning', path: 'phrases[0].body', message: expect.stringContaining('“包您满意”建议改写') },
    ]);
    expect(result.code).toBe(0);
  });
});

describe('hostile and broken input', () => {
  const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

  it('refuses a pack nested 100,000 levels deep in every command, in Chinese with its code', async () => {
    const signed = await readFile(file('signed.json'), 'utf8');
    await writeFile(file('deep.json'), signed.replace(/"phrases":\[.*?\],"rules"/s, `"phrases":${deep(100_000)},"rules"`));
    const verified = await pack('verify', '--in', file('deep.json'), '--key', file('team.pub.txt'));
    expect(verified.code).toBe(1);
    expect(verified.lines).toEqual([{ ok: false, code: 'bad-json', message: expect.stringContaining('JSON 嵌套超过 32 层的上限') }]);
    const linted = await pack('lint', '--in', file('deep.json'));
    expect(linted.code).toBe(1);
    expect(linted.lines).toEqual([{ level: 'error', path: 'phrases', message: 'JSON 嵌套超过 32 层的上限' }]);
    const signedAgain = await pack('sign', '--in', file('deep.json'), '--key', file('team.key.json'));
    expect(signedAgain.code).toBe(1);
    expect(signedAgain.stderr).toBe('phrases: JSON 嵌套超过 32 层的上限\n');
    await writeFile(file('deep-library.json'), `[{"title":${deep(100_000)}}]`);
    const built = await pack('build', '--in', file('deep-library.json'), '--id', 'x', '--name', 'x', '--version', '1');
    expect(built.code).toBe(1);
    expect(built.stderr).toContain('JSON 嵌套超过 32 层的上限');
    for (const result of [verified, linted, signedAgain, built]) expect(result.stderr).not.toMatch(/Maximum call stack|RangeError/);
  });

  it('verify prints its JSON line for every failure, not only for refused packs', async () => {
    const missing = await pack('verify', '--in', file('no-such.json'), '--key', file('team.pub.txt'));
    expect(missing).toMatchObject({ code: 1, lines: [{ ok: false, code: 'io', message: expect.stringContaining('找不到文件') }] });
    const badKey = await pack('verify', '--in', file('signed.json'), '--key', file('pack.json'));
    expect(badKey.lines).toEqual([{ ok: false, code: 'bad-key', message: expect.stringMatching(/[\u4e00-\u9fff]/) }]);
    const usage = await pack('verify', '--in', file('signed.json'));
    expect(usage.lines).toEqual([{ ok: false, code: 'usage', message: expect.stringContaining('缺少选项 --key') }]);
  });

  it('build and lint flag rule words that can never match', async () => {
    const rules = {
      format: 'huashu-rules',
      version: 1,
      rules: [{ id: 'shop.emoji', category: 'shop', severity: 'warn', words: ['😀😀', '\u200b\u200b', '骨折价'], reason: '测试' }],
      allow: ['！！'],
    };
    await writeFile(file('emoji-rules.json'), JSON.stringify(rules));
    const built = await pack('build', '--in', path.join(DATA, 'phrases.csv'), '--rules', file('emoji-rules.json'), '--id', 'x', '--name', 'x', '--version', '1', '--out', file('emoji.json'));
    expect(built.code).toBe(1);
    expect(built.lines).toEqual([]);
    expect(built.stderr).toContain('rules.rules[0].words[0]: “😀😀”只由表情、零宽字符、标点或空格组成');
    expect(built.stderr).toContain('rules.rules[0].words[1]: “[U+200B][U+200B]”');
    expect(built.stderr).toContain('rules.allow[0]: “！！”');
    expect(built.stderr).not.toContain('骨折价');

    const withRules = JSON.parse(await readFile(file('pack.json'), 'utf8')) as UnsignedPack;
    await writeFile(file('emoji-pack.json'), JSON.stringify({ ...withRules, rules }));
    const linted = await pack('lint', '--in', file('emoji-pack.json'));
    expect(linted.code).toBe(1);
    expect(linted.lines.filter((line) => String(line.message).includes('永远匹配不到')).map((line) => line.path)).toEqual([
      'rules.rules[0].words[0]',
      'rules.rules[0].words[1]',
      'rules.allow[0]',
    ]);
  });
});
