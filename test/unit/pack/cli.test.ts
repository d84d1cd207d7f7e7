import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../scripts/cli/pack';
import { createJoinCode } from '../../../utils/pack/join-code';
import type { SignedPack, UnsignedPack } from '../../../utils/pack/types';

const DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../data/pack');
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
