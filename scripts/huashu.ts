// `npm run --silent huashu -- <command>`: the core engines for leads' scripts and for evaluation
// (contract: shared/spec/cli.md). Each command lives in scripts/cli/<command>.ts and exports `main(args)`
// and `usage(args)`; `--help` on any command prints that usage to stdout and exits 0.
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { asksForHelp } from './cli/io';

interface Command {
  main(args: string[]): Promise<number>;
  /** The usage text for these arguments (for `pack`, the subcommand's own when one is named). */
  usage(args: string[]): string;
}

const COMMANDS: Record<string, () => Promise<Command>> = {
  check: () => import('./cli/check'),
  suggest: () => import('./cli/suggest'),
  pack: () => import('./cli/pack'),
};

const USAGE = `用法: npm run --silent huashu -- <命令> [选项]
  check   [--rules FILE]...                        逐行检查客服回复草稿的违规词
  suggest [--library FILE]... [--top N]            逐行为买家消息或会话情境（{ 开头的 JSON）推荐话术
  pack    <build|keygen|sign|verify|lint> ...      构建、签名、校验、检查团队话术包

  <命令> --help     显示该命令的用法（pack <子命令> --help 显示子命令的用法）
  --help, -h        显示本帮助
  --version, -v     显示版本号

check 和 suggest 从标准输入逐行读取，每行向标准输出写一个 JSON；pack 的结果也是 JSON 行。
错误用中文写到标准错误，并以非零状态退出。`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function run(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (name === 'help' && args[0] === undefined) return print(USAGE);
  if (asksForHelp([name])) return print(USAGE);
  if (name === '--version' || name === '-v') return print(version());
  // `help pack build` reads as `pack build --help`.
  const [commandName, commandArgs, help] = name === 'help' ? [args[0]!, args.slice(1), true] : [name, args, asksForHelp(args)];
  const load = COMMANDS[commandName];
  if (!load) {
    process.stderr.write(`未知命令: ${commandName}\n${USAGE}\n`);
    return 2;
  }
  try {
    const command = await load();
    if (help) return print(command.usage(commandArgs));
    return await command.main(commandArgs);
  } catch (error) {
    process.stderr.write(`huashu ${commandName}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}

process.exitCode = await run(process.argv.slice(2));
