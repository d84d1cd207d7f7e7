// `npm run --silent huashu -- <command>`: the core engines for leads' scripts and for evaluation
// (contract: shared/spec/cli.md). Each command lives in scripts/cli/<command>.ts and exports `main(args)`.
import process from 'node:process';

const COMMANDS: Record<string, () => Promise<{ main(args: string[]): Promise<number> }>> = {
  check: () => import('./cli/check'),
  suggest: () => import('./cli/suggest'),
  pack: () => import('./cli/pack'),
};

const USAGE = `用法: npm run --silent huashu -- <check|suggest|pack> [选项]
  check   [--rules FILE]...                 逐行检查客服回复草稿的违规词
  suggest [--library FILE]... [--top N]     逐行为买家消息或会话情境（{ 开头的 JSON）推荐话术
  pack    <build|sign|verify|lint> ...      构建、签名、校验、检查团队话术包`;

const [name, ...args] = process.argv.slice(2);
const load = name ? COMMANDS[name] : undefined;
if (!load) {
  process.stderr.write(`${name ? `未知命令: ${name}\n` : ''}${USAGE}\n`);
  process.exit(2);
}
try {
  const command = await load();
  process.exitCode = await command.main(args);
} catch (error) {
  process.stderr.write(`huashu ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
