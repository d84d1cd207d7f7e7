import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');

function runCheck(input: string, args: string[] = []) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/huashu.ts', 'check', ...args], { cwd: root, input, encoding: 'utf8' });
}

describe('huashu check', () => {
  it('writes one JSON line per draft, in order, with the contract’s field order', () => {
    const result = runCheck('这是全网最好的 加我v信 第一时间发货\n您好\n');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.text)).toEqual(['这是全网最好的 加我v信 第一时间发货', '您好']);
    expect(lines[1].findings).toEqual([]);
    const [first] = lines[0].findings;
    expect(Object.keys(first)).toEqual(['start', 'end', 'match', 'category', 'severity', 'rule', 'reason', 'suggestions']);
    expect(lines[0].findings.map((f: { match: string }) => f.match)).toEqual(['最好', '加我v信']);
  });

  it('adds rule files and rejects invalid ones with a Chinese error', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'huashu-rules-'));
    const good = path.join(dir, 'team.json');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(good, JSON.stringify({ format: 'huashu-rules', version: 1, rules: [{ id: 'brand.rival', category: 'brand', severity: 'warn', words: ['某某牌'], reason: '不提竞品' }] }));
    writeFileSync(bad, JSON.stringify({ format: 'huashu-rules', version: 1, rules: [{ id: 'brand.rival', category: 'brand', severity: 'loud', words: ['x'], reason: 'r' }] }));
    const added = runCheck('比某某牌好\n', ['--rules', good]);
    expect(JSON.parse(added.stdout).findings[0].rule).toBe('brand.rival');
    const rejected = runCheck('你好\n', ['--rules', bad]);
    expect(rejected.status).not.toBe(0);
    expect(rejected.stdout).toBe('');
    expect(rejected.stderr).toContain('rules[0].severity: 必须是 block、warn 或 info');
  });

  it('adds a workbench platform’s own rules with --platform', () => {
    const sentence = '这是店铺活动的二维码，领券更划算\n';
    expect(JSON.parse(runCheck(sentence).stdout).findings).toEqual([]);
    const feige = JSON.parse(runCheck(sentence, ['--platform', 'feige']).stdout).findings;
    expect(feige.map((f: { rule: string; severity: string }) => [f.rule, f.severity])).toEqual([['offplatform.feige.qr-code', 'block']]);
  });
});
