// A small pack host for demos and tests: serves signed packs with strong ETags (304 on If-None-Match),
// accepts uploads signed by the team key, and serves broken responses on /faults/<kind>/demo.json so the
// sync code can be tested against every failure. Production teams only need a static HTTPS host or CDN.
//   npx tsx scripts/pack-server.ts [--port 8787] [--token T] [--data-dir DIR]
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { createJoinCode } from '../utils/pack/join-code';
import { readPack } from '../utils/pack/parse';
import {
  exportPrivateKeyForBackup,
  exportPublicKey,
  generateTeamKey,
  importTeamKeyBackup,
  keyIdOf,
  signPack,
} from '../utils/pack/sign';
import { DEFAULT_LIMITS, type SignedPack, type UnsignedPack } from '../utils/pack/types';
import { parseOptions } from './cli/io';
import { demoPack } from './pack-demo';

export const FAULT_KINDS = [
  'bad-signature',
  'wrong-key',
  'flipped-byte',
  'truncated',
  'oversized',
  'schema',
  'http-500',
  'hang',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface PackServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Loopback only: the server is for demos and tests. */
  host?: '127.0.0.1';
  /** Bearer token required for PUT. */
  token: string;
  /** Signing key; otherwise loaded from dataDir/team.key.json or generated (and saved there). */
  keyPair?: CryptoKeyPair;
  /** Where uploaded packs and the key backup persist; in memory only without it. */
  dataDir?: string;
}

export interface PackServer {
  /** Base URL, e.g. http://127.0.0.1:8787 (packs live under /packs/). */
  url: string;
  publicKeyBase64: string;
  keyId: string;
  /** Join code for the demo pack. */
  joinCode: string;
  /** Signs a pack with the server's key and serves it as /packs/demo.json. */
  publishDemo(pack: UnsignedPack): Promise<SignedPack>;
  close(): Promise<void>;
}

interface Hosted {
  bytes: Buffer;
  etag: string;
  version: number;
}

const PACK_NAME = /^\/packs\/([A-Za-z0-9][A-Za-z0-9._-]{0,63})\.json$/;
const FAULT_PATH = /^\/faults\/([a-z0-9-]+)\/demo\.json$/;
const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension|safari-web-extension):\/\/[^/]+$|^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/;

function strongEtag(bytes: Buffer): string {
  return `"${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}"`;
}

function hosted(bytes: Buffer, version: number): Hosted {
  return { bytes, etag: strongEtag(bytes), version };
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

function sameToken(given: string, expected: string): boolean {
  // Hashing first gives equal lengths, which timingSafeEqual requires.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function setCors(request: IncomingMessage, response: ServerResponse): void {
  const origin = request.headers.origin;
  response.setHeader('Vary', 'Origin');
  if (!origin || !EXTENSION_ORIGIN.test(origin)) return;
  response.setHeader('Access-Control-Allow-Origin', origin);
  response.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, PUT, OPTIONS');
  response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, If-None-Match');
  response.setHeader('Access-Control-Expose-Headers', 'ETag');
  response.setHeader('Access-Control-Max-Age', '600');
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, status: number, code: string, message: string): void {
  sendJson(response, status, { ok: false, code, error: message });
}

function sendPack(request: IncomingMessage, response: ServerResponse, pack: Hosted): void {
  const headers = { ETag: pack.etag, 'Cache-Control': 'no-cache' };
  if (etagMatches(request.headers['if-none-match'], pack.etag)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(pack.bytes.length),
  });
  response.end(request.method === 'HEAD' ? undefined : pack.bytes);
}

/** Reads a request body up to maxBytes; null when it is larger. */
async function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of request) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function loadOrCreateKey(dataDir: string | undefined): Promise<CryptoKeyPair> {
  if (!dataDir) return generateTeamKey();
  const file = path.join(dataDir, 'team.key.json');
  try {
    const restored = await importTeamKeyBackup(JSON.parse(await readFile(file, 'utf8')));
    return { privateKey: restored.privateKey, publicKey: restored.publicKey };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const pair = await generateTeamKey(true);
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${JSON.stringify(await exportPrivateKeyForBackup(pair), null, 2)}\n`, { mode: 0o600 });
  return pair;
}

async function loadStoredPacks(dataDir: string, publicKey: CryptoKey, packs: Map<string, Hosted>): Promise<void> {
  const dir = path.join(dataDir, 'packs');
  const files = await readdir(dir).catch(() => [] as string[]);
  for (const file of files) {
    if (!file.endsWith('.json')) continue;
    const bytes = await readFile(path.join(dir, file));
    // A pack saved under another key (the key file was replaced) is not served.
    const result = await readPack(bytes, publicKey);
    if (result.ok) packs.set(file.slice(0, -5), hosted(bytes, result.pack.meta.version));
  }
}

/** Broken variants of the current demo pack; each must be refused by readPack/syncOnce with its own code. */
async function faultBody(kind: FaultKind, demo: Hosted, keys: { team: CryptoKeyPair; other: CryptoKeyPair }): Promise<Buffer> {
  const pack = JSON.parse(demo.bytes.toString('utf8')) as SignedPack;
  const teamKeyId = pack.signature.keyId;
  switch (kind) {
    case 'bad-signature': {
      // Right key id, but the signature belongs to different content.
      const other = await signPack({ ...pack, meta: { ...pack.meta, version: pack.meta.version + 1 } }, keys.team.privateKey, teamKeyId);
      return Buffer.from(JSON.stringify({ ...pack, signature: other.signature }));
    }
    case 'wrong-key':
      return Buffer.from(JSON.stringify(await signPack(pack, keys.other.privateKey, await keyIdOf(keys.other.publicKey))));
    case 'flipped-byte': {
      // One bit of the first phrase id (ASCII), so the file stays valid JSON and only the signature can tell.
      const bytes = Buffer.from(demo.bytes);
      const at = bytes.indexOf('"id":"', bytes.indexOf('"phrases"')) + 6;
      bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
      return bytes;
    }
    case 'truncated':
      return demo.bytes.subarray(0, Math.floor(demo.bytes.length / 2));
    case 'oversized':
      return Buffer.concat([demo.bytes.subarray(0, -1), Buffer.from(`,"padding":"${'x'.repeat(DEFAULT_LIMITS.maxBytes)}"}`)]);
    case 'schema': {
      // Properly signed, so it gets past the signature; the first phrase breaks the schema.
      const [first, ...rest] = pack.phrases;
      const broken = { ...first, title: '', intents: ['not-an-intent'] } as unknown as SignedPack['phrases'][number];
      return Buffer.from(JSON.stringify(await signPack({ ...pack, phrases: [broken, ...rest] }, keys.team.privateKey, teamKeyId)));
    }
    default:
      throw new Error(`unexpected fault ${kind}`);
  }
}

export async function startPackServer(options: PackServerOptions): Promise<PackServer> {
  const team = options.keyPair ?? (await loadOrCreateKey(options.dataDir));
  const keys = { team, other: await generateTeamKey() };
  const keyId = await keyIdOf(team.publicKey);
  const publicKeyBase64 = await exportPublicKey(team.publicKey);
  const packs = new Map<string, Hosted>();
  if (options.dataDir) await loadStoredPacks(options.dataDir, team.publicKey, packs);

  const save = async (name: string, pack: Hosted) => {
    packs.set(name, pack);
    if (!options.dataDir) return;
    const dir = path.join(options.dataDir, 'packs');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `${name}.json`), pack.bytes);
  };
  const publishDemo = async (pack: UnsignedPack): Promise<SignedPack> => {
    const signed = await signPack(pack, team.privateKey, keyId);
    await save('demo', hosted(Buffer.from(JSON.stringify(signed)), signed.meta.version));
    return signed;
  };
  if (!packs.has('demo')) await publishDemo(demoPack(1, new Date()));

  const handlePut = async (request: IncomingMessage, response: ServerResponse, name: string) => {
    const authorization = request.headers.authorization ?? '';
    if (!authorization.startsWith('Bearer ')) {
      response.setHeader('WWW-Authenticate', 'Bearer');
      return sendError(response, 401, 'unauthorized', '需要上传令牌（Authorization: Bearer <令牌>）');
    }
    if (!sameToken(authorization.slice(7).trim(), options.token)) return sendError(response, 403, 'forbidden', '上传令牌不正确');
    const body = await readBody(request, DEFAULT_LIMITS.maxBytes);
    if (!body) {
      // The rest of the body is never read, so do not keep the connection for another request.
      response.setHeader('Connection', 'close');
      return sendError(response, 413, 'too-large', '话术包过大，上限为 5 MB');
    }
    const result = await readPack(body, team.publicKey);
    if (!result.ok) return sendError(response, 400, result.error.code, result.error.message);
    const existing = packs.get(name);
    if (existing && result.pack.meta.version <= existing.version) {
      return sendError(response, 409, 'old-version', `版本 ${result.pack.meta.version} 不高于已发布的版本 ${existing.version}，请提高版本号后再上传`);
    }
    const pack = hosted(body, result.pack.meta.version);
    await save(name, pack);
    sendJson(response, existing ? 200 : 201, { ok: true, name, version: pack.version, etag: pack.etag });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    setCors(request, response);
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'OPTIONS') {
      response.writeHead(204);
      return response.end();
    }
    const packName = PACK_NAME.exec(pathname)?.[1];
    if (packName && request.method === 'PUT') return handlePut(request, response, packName);
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (packName && isRead) {
      const pack = packs.get(packName);
      return pack ? sendPack(request, response, pack) : sendError(response, 404, 'not-found', `没有名为 ${packName} 的话术包`);
    }
    const fault = FAULT_PATH.exec(pathname)?.[1] as FaultKind | undefined;
    if (fault && isRead && FAULT_KINDS.includes(fault)) {
      if (fault === 'hang') return; // Never answers; close() drops the connection.
      if (fault === 'http-500') return sendError(response, 500, 'http-500', '服务器内部错误（模拟故障）');
      const demo = packs.get('demo') as Hosted;
      return sendPack(request, response, hosted(await faultBody(fault, demo, keys), demo.version));
    }
    if (packName || fault) return sendError(response, 405, 'method-not-allowed', '不支持此请求方法');
    sendError(response, 404, 'not-found', '未找到该地址');
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendError(response, 500, 'internal', `服务器出错：${String(error)}`);
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    publicKeyBase64,
    keyId,
    joinCode: createJoinCode({ url: `${url}/packs/demo.json`, publicKey: publicKeyBase64 }),
    publishDemo,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main(): Promise<void> {
  const { options } = parseOptions(process.argv.slice(2), ['port', 'token', 'data-dir']);
  const token = options.get('token')?.[0] ?? process.env.HUASHU_PACK_TOKEN ?? randomBytes(18).toString('base64url');
  const server = await startPackServer({
    port: Number(options.get('port')?.[0] ?? 8787),
    token,
    dataDir: options.get('data-dir')?.[0],
  });
  console.log(`话术包服务器已启动：${server.url}/packs/demo.json`);
  console.log(`团队公钥编号：${server.keyId}`);
  console.log(`加入码：${server.joinCode}`);
  console.log(`上传令牌：${token}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
