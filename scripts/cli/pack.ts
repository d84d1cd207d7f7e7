// `npm run --silent huashu -- pack <build|keygen|sign|verify|lint>`: team packs for leads who keep their
// phrases in a spreadsheet or a repository (format: README.md, 话术包格式). Results are JSON lines on
// stdout; errors are Chinese on stderr with a non-zero exit status.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { createChecker } from '../../utils/compliance/index';
import { parseRuleFile } from '../../utils/compliance/schema';
import { BUILTIN_PHRASES } from '../../utils/library/builtin/index';
import type { IntentGuess } from '../../utils/library/csv';
import { createIntentGuesser } from '../../utils/library/intent-guess';
import { INTENTS } from '../../utils/library/intents';
import { planImport } from '../../utils/library/import-plan';
import { readPhraseFile } from '../../utils/library/phrase-file';
import type { Phrase } from '../../utils/library/types';
import { buildPack } from '../../utils/pack/build';
import { parseJoinCode } from '../../utils/pack/join-code';
import { lintPack, unmatchableWords } from '../../utils/pack/lint';
import { readPack } from '../../utils/pack/parse';
import {
  KEY_BACKUP_FORMAT,
  exportPrivateKeyForBackup,
  generateTeamKey,
  importPublicKey,
  importTeamKeyBackup,
  signPack,
} from '../../utils/pack/sign';
import { validatePackContent } from '../../utils/pack/validate';
import { parseOptions, writeJsonLine } from './io';

const SUBCOMMAND_USAGE: Record<string, string> = {
  build: `build  --in phrases.xlsx|phrases.csv|library.json [--rules rules.json] [--selectors selectors.json] [--standards standards.json]
         --id ID --name 名称 --version N [--publisher 发布者] [--interval 分钟] [--out pack.json]
         从 Excel（.xlsx）、CSV / TSV 表格或话术库 JSON 构建未签名的话术包；不加 --out 时输出到标准输出。
         表格至少要有“内容”列；没填意图的行按内容推断（结果里的 inferredIntents 列出每一行，请核对）`,
  keygen: `keygen --out-private team.key.json --out-public team.pub.txt
         生成团队密钥对；私钥备份请离线保存`,
  sign: `sign   --in pack.json --key team.key.json [--out signed.json]
         校验后用私钥备份签名`,
  verify: `verify --in signed.json --key team.pub.txt
         校验签名和内容；--key 可以是公钥、加入码或密钥备份文件`,
  lint: `lint   --in pack.json
         逐行输出问题 {"level","path","message"}；有错误时退出状态为 1`,
};

const USAGE = `用法: npm run --silent huashu -- pack <子命令> [选项]
${Object.values(SUBCOMMAND_USAGE).map((text) => `  ${text}`).join('\n')}`;

/** Usage of the subcommand named in the arguments, else of every subcommand. */
export function usage(args: string[]): string {
  const subcommand = args.find((arg) => arg in SUBCOMMAND_USAGE);
  return subcommand ? `用法: npm run --silent huashu -- pack ${SUBCOMMAND_USAGE[subcommand]}` : USAGE;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

function required(options: Map<string, string[]>, name: string): string {
  const value = options.get(name)?.[0];
  if (value === undefined) throw new Error(`缺少选项 --${name}\n${USAGE}`);
  return value;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `找不到文件 ${file}` : `无法读取文件 ${file}（${code ?? String(error)}）`);
  }
}

async function readJson(file: string): Promise<unknown> {
  const text = await readText(file);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${file} 不是有效的 JSON`);
  }
}

/** Pretty for files leads keep in a repository (readable diffs); the signature does not cover whitespace. */
async function writeOutput(file: string, value: unknown, pretty: boolean, exclusive = false): Promise<void> {
  const text = typeof value === 'string' ? value : `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;
  try {
    await writeFile(file, text, exclusive ? { flag: 'wx', mode: 0o600 } : {});
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'EEXIST' ? `${file} 已存在，为避免覆盖密钥，请换一个文件名` : `无法写入 ${file}（${code ?? String(error)}）`);
  }
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `找不到文件 ${file}` : `无法读取文件 ${file}（${code ?? String(error)}）`);
  }
}

/**
 * A phrase list from a sheet (.xlsx, CSV, TSV) or a library JSON file, read as the options page reads it
 * (phrase-file.ts): any encoding Excel or WPS writes, intents guessed where a row has none. Every row must be valid.
 */
async function readPhrases(file: string): Promise<{ phrases: Phrase[]; guesses: IntentGuess[] }> {
  const read = await readPhraseFile(path.basename(file), await readBytes(file), { source: 'team', guess: createIntentGuesser(BUILTIN_PHRASES) });
  const undecided = read.guesses
    .filter((guess) => guess.candidates.length === 0)
    .map((guess) => `第 ${guess.row} 行: 意图: 没有填写，也没能从内容判断出来，请在“意图”列填写`);
  const errors = [...read.errors, ...undecided];
  if (errors.length > 0) throw new Error(errors.map((error) => `${file} ${error}`).join('\n'));
  return { phrases: read.phrases, guesses: read.guesses };
}

async function readSelectors(file: string | undefined): Promise<unknown> {
  if (!file) return [];
  const value = await readJson(file);
  return Array.isArray(value) ? value : (value as { selectors?: unknown } | null)?.selectors;
}

function reportInvalid(details: string[] | undefined, message: string): number {
  return fail((details ?? [message]).join('\n'));
}

async function build(args: string[]): Promise<number> {
  const { options } = parseOptions(args, ['in', 'rules', 'selectors', 'standards', 'id', 'name', 'version', 'publisher', 'interval', 'out']);
  const version = Number(required(options, 'version'));
  const interval = options.get('interval')?.[0];
  const rulesFile = options.get('rules')?.[0];
  const standardsFile = options.get('standards')?.[0];
  const { phrases, guesses } = await readPhrases(required(options, 'in'));
  const result = buildPack({
    meta: {
      id: required(options, 'id'),
      name: required(options, 'name'),
      version,
      publisher: options.get('publisher')?.[0] ?? '',
      ...(interval === undefined ? {} : { syncIntervalMinutes: Number(interval) }),
    },
    phrases,
    rules: rulesFile ? await readJson(rulesFile) : null,
    selectors: await readSelectors(options.get('selectors')?.[0]),
    ...(standardsFile ? { standards: await readJson(standardsFile) } : {}),
  });
  if (!result.ok) return reportInvalid(result.error.details, result.error.message);
  // A rule word the checker skips entirely would protect nothing: the lead should know before publishing.
  const unmatchable = unmatchableWords(result.pack.rules);
  if (unmatchable.length > 0) return fail(unmatchable.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
  const notes = buildNotes(phrases, guesses);
  for (const line of notes.lines) process.stderr.write(`${line}\n`);
  const out = options.get('out')?.[0];
  if (!out) {
    writeJsonLine(result.pack);
    return 0;
  }
  await writeOutput(out, result.pack, true);
  writeJsonLine({ ok: true, out, id: result.pack.meta.id, version, phrases: result.pack.phrases.length, ...notes.fields });
  return 0;
}

/** What the lead should check before publishing: guessed intents, and built-in 快捷编码 the pack takes over. */
function buildNotes(phrases: readonly Phrase[], guesses: readonly IntentGuess[]) {
  const inferred = guesses.flatMap((guess) =>
    guess.index === undefined ? [] : [{ row: guess.row, title: guess.title, intent: phrases[guess.index]!.intents[0]!, candidates: guess.candidates }],
  );
  const moves = planImport(BUILTIN_PHRASES, phrases).codeMoves.map((move) => ({
    code: move.code,
    phrase: move.incoming.title,
    builtin: move.holder.title,
    movedTo: move.movedTo,
  }));
  const lines = [
    ...(inferred.length > 0 ? [`已按内容推断 ${inferred.length} 条话术的意图（输出的 inferredIntents 逐行列出，请核对；要改就在表格的“意图”列填写）`] : []),
    ...moves.map((move) => `快捷编码 ${move.code}：归「${move.phrase}」，客服端的内置话术「${move.builtin}」改用 ${move.movedTo}`),
  ];
  const fields = {
    ...(inferred.length > 0 ? { inferredIntents: inferred.map((item) => ({ ...item, label: INTENTS[item.intent].label })) } : {}),
    ...(moves.length > 0 ? { codeMoves: moves } : {}),
  };
  return { lines, fields };
}

async function keygen(args: string[]): Promise<number> {
  const { options } = parseOptions(args, ['out-private', 'out-public']);
  const privateFile = required(options, 'out-private');
  const publicFile = required(options, 'out-public');
  const backup = await exportPrivateKeyForBackup(await generateTeamKey(true));
  await writeOutput(privateFile, backup, true, true);
  await writeOutput(publicFile, `${backup.publicKey}\n`, false);
  writeJsonLine({ ok: true, keyId: backup.keyId, publicKey: backup.publicKey, privateKeyFile: privateFile, publicKeyFile: publicFile });
  return 0;
}

async function sign(args: string[]): Promise<number> {
  const { options } = parseOptions(args, ['in', 'key', 'out']);
  const input = await readJson(required(options, 'in'));
  const keyFile = required(options, 'key');
  const key = await importTeamKeyBackup(
    await readJson(keyFile).catch(() => {
      throw new Error(`${keyFile} 不是私钥备份文件：签名需要 pack keygen --out-private 生成的 JSON 文件`);
    }),
  );
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return fail('输入不是话术包（应为 JSON 对象）');
  const result = validatePackContent(input as Record<string, unknown>);
  if (!result.ok) return reportInvalid(result.error.details, result.error.message);
  const signed = await signPack(result.pack, key.privateKey, key.keyId);
  const out = options.get('out')?.[0];
  if (!out) {
    writeJsonLine(signed);
    return 0;
  }
  const text = `${JSON.stringify(signed)}\n`;
  await writeOutput(out, text, false);
  writeJsonLine({ ok: true, out, id: signed.meta.id, version: signed.meta.version, keyId: key.keyId, bytes: Buffer.byteLength(text) });
  return 0;
}

/** The key file may hold the public key itself, a join code, or the lead's key backup. */
async function publicKeyFrom(text: string, file: string): Promise<CryptoKey> {
  if (text.startsWith('{')) {
    let backup: { format?: string; publicKey?: string } | null;
    try {
      backup = JSON.parse(text) as typeof backup;
    } catch {
      throw new Error(`${file} 不是有效的 JSON`);
    }
    if (backup?.format !== KEY_BACKUP_FORMAT || !backup.publicKey) throw new Error(`${file} 不是公钥文件`);
    return importPublicKey(backup.publicKey);
  }
  if (text.startsWith('HS')) {
    const parsed = parseJoinCode(text);
    if (!parsed.ok) throw new Error(parsed.error);
    return importPublicKey(parsed.subscription.publicKey);
  }
  return importPublicKey(text);
}

/** What `verify` reports besides the pack's own error codes (README, pack verify). */
class VerifyFailure extends Error {
  constructor(
    readonly code: 'usage' | 'io' | 'bad-key',
    message: string,
  ) {
    super(message);
  }
}

/** Runs one step of `verify`, giving whatever it throws that step's code. */
async function step<T>(code: VerifyFailure['code'], run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new VerifyFailure(code, error instanceof Error ? error.message : String(error));
  }
}

/** Prints exactly one JSON line whatever happens: `{"ok":true,…}` or `{"ok":false,"code","message"}`. */
async function verify(args: string[]): Promise<number> {
  try {
    return await verifyFile(args);
  } catch (error) {
    const failure = error instanceof VerifyFailure ? error : new VerifyFailure('usage', String(error));
    writeJsonLine({ ok: false, code: failure.code, message: failure.message });
    return fail(failure.message);
  }
}

async function verifyFile(args: string[]): Promise<number> {
  const { keyFile, file } = await step('usage', () => {
    const { options } = parseOptions(args, ['in', 'key']);
    return { keyFile: required(options, 'key'), file: required(options, 'in') };
  });
  const keyText = (await step('io', () => readText(keyFile))).trim();
  const publicKey = await step('bad-key', () => publicKeyFrom(keyText, keyFile));
  const bytes = await step('io', () =>
    readFile(file).catch(() => {
      throw new Error(`找不到文件 ${file}`);
    }),
  );
  const result = await readPack(bytes, publicKey);
  if (!result.ok) {
    writeJsonLine({ ok: false, code: result.error.code, message: result.error.message });
    return reportInvalid(result.error.details, result.error.message);
  }
  const { meta, phrases, rules, selectors, signature } = result.pack;
  writeJsonLine({
    ok: true,
    id: meta.id,
    name: meta.name,
    version: meta.version,
    publishedAt: meta.publishedAt,
    keyId: signature.keyId,
    phrases: phrases.length,
    rules: rules?.rules.length ?? 0,
    selectors: selectors.length,
    bytes: bytes.length,
  });
  return 0;
}

async function lint(args: string[]): Promise<number> {
  const { options } = parseOptions(args, ['in']);
  const input = await readJson(required(options, 'in'));
  // Phrases are checked against the built-in rules plus the pack's own rules, as agents' checkers will be.
  const packRules = parseRuleFile((input as { rules?: unknown } | null)?.rules);
  const checker = createChecker({ ruleFiles: packRules.ok ? [packRules.file] : [] });
  const problems = lintPack(input, (text) => checker.check(text));
  for (const problem of problems) writeJsonLine(problem);
  const errors = problems.filter((problem) => problem.level === 'error').length;
  if (errors > 0) process.stderr.write(`发现 ${errors} 个错误、${problems.length - errors} 个警告\n`);
  return errors > 0 ? 1 : 0;
}

const SUBCOMMANDS: Record<string, (args: string[]) => Promise<number>> = { build, keygen, sign, verify, lint };

export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const run = name ? SUBCOMMANDS[name] : undefined;
  if (!run) return fail(`${name ? `未知子命令: ${name}\n` : ''}${USAGE}`);
  try {
    return await run(rest);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
