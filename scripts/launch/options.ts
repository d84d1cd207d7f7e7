// `npm start -- [options]` and the HUASHU_* environment variables, read into one plain object.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { LoadRoute } from './browsers';

export interface RunnerOptions {
  headless: boolean;
  /** Start from an empty profile (the old one is deleted first). */
  fresh: boolean;
  profileDir: string;
  /** A browser binary the user named; otherwise discovered. */
  browser?: string;
  loadVia?: LoadRoute;
  /** Demo workbench server port; 0 picks a free one. */
  port: number;
  packPort: number;
  packToken?: string;
  help: boolean;
}

export const USAGE = `用法：npm start -- [选项]
  --headless          无头模式（不开窗口），打印 DevTools 调试地址和扩展页面地址；也可设 HUASHU_HEADLESS=1
  --fresh             删除演示配置目录后从空白开始（设置、个人话术、团队订阅都会清空）
  --profile 目录      浏览器配置目录，默认 .output/demo-profile；也可设 HUASHU_PROFILE
  --browser 路径      指定浏览器程序；也可设 HUASHU_BROWSER
  --load-via cdp|flag 指定加载扩展的方式：cdp = DevTools 协议 Extensions.loadUnpacked，flag = --load-extension；也可设 HUASHU_LOAD_VIA
环境变量 HUASHU_PORT（演示工作台端口，默认 5273）、HUASHU_PACK_PORT（话术包服务器端口，默认 5274），0 表示随便找一个空闲端口。`;

function truthy(value: string | undefined): boolean {
  return !!value && !['0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new Error(`${name} 应为 0–65535 之间的整数，现在是「${value}」`);
  return parsed;
}

function loadRoute(value: string | undefined, source: string): LoadRoute | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'cdp' || value === 'flag') return value;
  throw new Error(`${source} 只能是 cdp 或 flag，现在是「${value}」`);
}

/** Throws an Error with a Chinese message when an option is wrong. */
export function parseRunnerOptions(argv: string[], env: Record<string, string | undefined>, projectDir: string): RunnerOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        headless: { type: 'boolean' },
        fresh: { type: 'boolean' },
        profile: { type: 'string' },
        browser: { type: 'string' },
        'load-via': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    const option = /'([^' ]+)/.exec((error as Error).message)?.[1] ?? '';
    const code = (error as NodeJS.ErrnoException).code;
    const what =
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? `选项 ${option} 的取值不对`
        : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
          ? `不认识的参数 ${option}`
          : `未知选项 ${option}`;
    throw new Error(`${what}（npm start -- --help 查看可用选项）`);
  }
  const profile = values.profile ?? env.HUASHU_PROFILE;
  return {
    headless: values.headless ?? truthy(env.HUASHU_HEADLESS),
    fresh: values.fresh ?? false,
    profileDir: profile ? path.resolve(profile) : path.join(projectDir, '.output', 'demo-profile'),
    browser: values.browser ?? (env.HUASHU_BROWSER || undefined),
    loadVia: loadRoute(values['load-via'], '--load-via') ?? loadRoute(env.HUASHU_LOAD_VIA, 'HUASHU_LOAD_VIA'),
    port: port(env.HUASHU_PORT, 5273, 'HUASHU_PORT'),
    packPort: port(env.HUASHU_PACK_PORT, 5274, 'HUASHU_PACK_PORT'),
    packToken: env.HUASHU_PACK_TOKEN || undefined,
    help: values.help ?? false,
  };
}
