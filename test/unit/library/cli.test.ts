// The `suggest` command end to end, as leads' scripts and evaluation checks run it (shared/spec/cli.md).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import { suggestForSituation } from '../../../utils/library/situation';
import { createSuggester } from '../../../utils/library/suggest';
import { CHASING_SITUATION, DATA_DIR } from './helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function runSuggest(args: string[], input: string) {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/huashu.ts', 'suggest', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts the CLI through tsx: several seconds on the shared two-core machine under load.
describe('huashu suggest', { timeout: 20_000 }, () => {
  it('writes one JSON line per input line, in order, with the contract fields', () => {
    const { status, stdout, stderr } = runSuggest(['--top', '2'], '什么时候发货\n\n包油吗\n');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.text)).toEqual(['什么时候发货', '', '包油吗']);
    expect(lines[0].suggestions).toHaveLength(2);
    expect(lines[1].suggestions).toEqual([]);
    for (const suggestion of [...lines[0].suggestions, ...lines[2].suggestions]) {
      expect(Object.keys(suggestion)).toEqual(['id', 'title', 'intents', 'score', 'body']);
      expect(suggestion.score).toBeGreaterThan(0);
      expect(suggestion.score).toBeLessThanOrEqual(1);
    }
    expect(lines[0].suggestions[0].intents[0]).toBe('shipping.time');
    expect(lines[2].suggestions[0].intents[0]).toBe('shipping.coverage');
  });

  it('adds library and pack files to the built-in library, preferring the shop phrases', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'huashu-suggest-'));
    const pack = path.join(dir, 'pack.json');
    const phrase = { id: 'team-ship', title: '团队发货话术', body: '今天发出', intents: ['shipping.time'], triggers: ['几时发货'] };
    writeFileSync(pack, JSON.stringify({ format: 'huashu-pack', formatVersion: 1, meta: {}, phrases: [phrase] }));
    const { status, stdout } = runSuggest(['--library', `${DATA_DIR}sample-library.json`, '--library', pack, '--top', '10'], '几时发货\n');
    expect(status).toBe(0);
    const ids: string[] = JSON.parse(stdout).suggestions.map((suggestion: { id: string }) => suggestion.id);
    expect(ids[0]).toBe('team-ship');
    expect(ids).toContain('t-ship-48h');
    expect(ids.some((id) => !id.startsWith('t-') && id !== 'team-ship')).toBe(true);
  });

  it('answers a situation line the way the side panel does', () => {
    const situation = CHASING_SITUATION;
    const { status, stdout, stderr } = runSuggest(['--top', '3'], `${JSON.stringify(situation)}\n什么时候发货\n`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const [fromSituation, plain] = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(fromSituation.text).toBe('快点啊');
    const panel = suggestForSituation(createSuggester(BUILTIN_PHRASES), situation, { top: 3 }).suggestions;
    expect(fromSituation.suggestions.map((s: { id: string }) => s.id)).toEqual(panel.map((s) => s.phrase.id));
    // Chasing after the agent promised to check: the answer first, the wait in the list (situation.test.ts).
    expect(fromSituation.suggestions[0].intents).toContain('logistics.delay');
    expect(fromSituation.suggestions.flatMap((s: { intents: string[] }) => s.intents)).toContain('wait');
    expect(plain.suggestions[0].intents[0]).toBe('shipping.time');
  });

  it('refuses a malformed situation line in Chinese', () => {
    const broken = runSuggest([], '{"messages": [\n');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('第 1 行以 { 开头，但不是有效的 JSON 情境');
    const wrong = runSuggest([], '{"messages":[{"direction":"customer","text":"在吗"}]}\n');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('direction 必须是');
  });

  it('fails with a Chinese message on a bad library file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'huashu-suggest-'));
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify([{ title: '缺内容', intents: ['greeting'] }]));
    const invalid = runSuggest(['--library', broken], '在吗\n');
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toContain('第 1 条: 内容: 不能为空');
    const missing = runSuggest(['--library', path.join(dir, 'none.json')], '在吗\n');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('找不到话术库文件');
    expect(runSuggest(['--top', '0'], '在吗\n').stderr).toContain('--top 必须是 1 到 100 的整数');
  });
});
