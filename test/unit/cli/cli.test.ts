// `huashu --help`, `<command> --help` and `--version` as a lead types them: usage on stdout, status 0.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

async function huashu(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/huashu.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('huashu CLI help and version', () => {
  it('--help and -h list every command and pack subcommand on stdout', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const result = await huashu(flag);
      expect(result).toMatchObject({ status: 0, stderr: '' });
      expect(result.stdout).toMatch(/^用法: npm run --silent huashu -- <命令>/);
      for (const name of ['check', 'suggest', 'pack', 'build', 'keygen', 'sign', 'verify', 'lint', '--version']) {
        expect(result.stdout).toContain(name);
      }
    }
  }, 30_000);

  it('--version and -v print the package version alone', async () => {
    for (const flag of ['--version', '-v']) expect(await huashu(flag)).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('each command prints its own usage for --help, without reading stdin or running', async () => {
    const cases: [string[], RegExp][] = [
      [['check', '--help'], /^用法: npm run --silent huashu -- check \[--rules/],
      [['suggest', '--help'], /^用法: npm run --silent huashu -- suggest \[--library.*--top N/],
      [['suggest', '--top', '3', '-h'], /^用法: npm run --silent huashu -- suggest/],
      [['help', 'check'], /^用法: npm run --silent huashu -- check/],
      [['pack', '--help'], /^用法: npm run --silent huashu -- pack <子命令>[\s\S]*build[\s\S]*keygen[\s\S]*sign[\s\S]*verify[\s\S]*lint/],
      [['pack', 'build', '--help'], /^用法: npm run --silent huashu -- pack build +--in [\s\S]*--version N/],
      [['pack', 'keygen', '--help'], /^用法: npm run --silent huashu -- pack keygen --out-private/],
      [['pack', 'sign', '--help'], /^用法: npm run --silent huashu -- pack sign +--in pack\.json --key/],
      [['pack', 'verify', '--help'], /^用法: npm run --silent huashu -- pack verify --in signed\.json --key/],
      [['pack', 'lint', '-h'], /^用法: npm run --silent huashu -- pack lint +--in pack\.json/],
    ];
    const results = await Promise.all(cases.map(([args]) => huashu(...args)));
    results.forEach((result, i) => {
      expect(result.status, cases[i]![0].join(' ')).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(cases[i]![1]);
    });
    // A subcommand's help names that subcommand only.
    expect(results[6]!.stdout).not.toContain('build');
  }, 60_000);

  it('an unknown command or no command at all is still an error, with the usage on stderr', async () => {
    const unknown = await huashu('chek');
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^未知命令: chek\n用法:/);
    const none = await huashu();
    expect(none).toMatchObject({ status: 2, stdout: '' });
    expect(none.stderr).toMatch(/^用法:/);
  });
});
