// `huashu check [--rules FILE]... [--platform ID]`: one draft a line on stdin → one JSON line of findings each
// (shared/spec/cli.md). --platform adds that workbench's own rules (pinduoduo, feige, jd, …), as the extension does there.
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { createChecker } from '../../utils/compliance/index';
import { parseRuleFile } from '../../utils/compliance/schema';
import type { RuleFile } from '../../utils/compliance/types';
import { parseOptions, readLines, writeJsonLine } from './io';

const USAGE = `用法: npm run --silent huashu -- check [--rules 规则文件.json]...
从标准输入逐行读入客服回复草稿，每行输出一个 JSON：
  {"text":"…","findings":[{"start","end","match","category","severity","rule","reason","suggestions"}]}
  --rules FILE   追加一个规则文件（与团队话术包的 rules 同格式，可重复）；不加时只用内置规则`;

export function usage(): string {
  return USAGE;
}

export async function main(args: string[]): Promise<number> {
  const { options, positional } = parseOptions(args, ['rules', 'platform']);
  if (positional.length > 0) throw new Error(`check 不接受位置参数：${positional.join(' ')}`);
  const ruleFiles: RuleFile[] = [];
  for (const path of options.get('rules') ?? []) {
    const loaded = await loadRuleFile(path);
    if (!loaded.ok) {
      process.stderr.write(`规则文件 ${path} 无效：\n${loaded.errors.map((e) => `  ${e}`).join('\n')}\n`);
      return 2;
    }
    ruleFiles.push(loaded.file);
  }
  const checker = createChecker({ ruleFiles, platform: options.get('platform')?.at(-1) });
  for await (const text of readLines()) {
    // Field order as in the contract.
    const findings = checker.check(text).map((f) => ({
      start: f.start,
      end: f.end,
      match: f.match,
      category: f.category,
      severity: f.severity,
      rule: f.rule,
      reason: f.reason,
      suggestions: f.suggestions,
    }));
    writeJsonLine({ text, findings });
  }
  return 0;
}

async function loadRuleFile(path: string): Promise<{ ok: true; file: RuleFile } | { ok: false; errors: string[] }> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`无法读取文件（${(error as NodeJS.ErrnoException).code ?? String(error)}）`] };
  }
  try {
    return parseRuleFile(JSON.parse(raw.replace(/^\uFEFF/, '')));
  } catch (error) {
    return { ok: false, errors: [`不是有效的 JSON：${(error as Error).message}`] };
  }
}
