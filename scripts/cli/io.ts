// Shared plumbing for CLI commands: line input, JSONL output, repeated options.
import process from 'node:process';
import { createInterface } from 'node:readline';

/** Reads standard input one line at a time (UTF-8), without the line ending. */
export async function* readLines(): AsyncGenerator<string> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

/** `--help` or `-h` anywhere among the arguments: the command prints its usage to stdout and exits 0. */
export function asksForHelp(args: readonly string[]): boolean {
  return args.some((arg) => arg === '--help' || arg === '-h');
}

export function writeJsonLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/**
 * Collects `--name value` (repeatable), `--switch` for the names in `switches` (no value) and positional
 * arguments; throws a Chinese message on a bad flag.
 */
export function parseOptions(
  args: string[],
  known: readonly string[],
  switches: readonly string[] = [],
): { options: Map<string, string[]>; positional: string[] } {
  const options = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [flag = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (switches.includes(flag)) {
      options.set(flag, ['true']);
      continue;
    }
    if (!known.includes(flag)) throw new Error(`未知选项 --${flag}（可用: ${[...known, ...switches].map((k) => `--${k}`).join(' ')}）`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new Error(`选项 --${flag} 缺少取值`);
    options.set(flag, [...(options.get(flag) ?? []), value]);
  }
  return { options, positional };
}
