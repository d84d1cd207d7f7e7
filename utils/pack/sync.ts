// One sync attempt as a pure step: (deps, subscription, state) → next state. The background supplies
// fetch, a PackStore over IndexedDB and an alarm; this module decides what is safe to store.
// Invariant: the stored pack is only ever replaced by a pack that passed every check in readPack.
import { readPack } from './parse';
import { sizeOverLimit } from './limits';
import { importPublicKey, keyIdOf } from './sign';
import type { Subscription } from './join-code';
import {
  DEFAULT_LIMITS,
  SYNC_INTERVAL_MAX,
  SYNC_INTERVAL_MIN,
  type PackErrorCode,
  type PackLimits,
  type PackMeta,
  type SignedPack,
} from './types';

export interface StoredPack {
  pack: SignedPack;
  /** The ETag the host sent with it, for the next conditional GET. */
  etag: string | null;
}

/** Implemented by the background over idb-keyval with a single-key swap, so a failed write leaves the old pack. */
export interface PackStore {
  getCurrent(): Promise<StoredPack | null>;
  /** Swaps in a verified pack and, in the same write, raises its key's highestVersion. */
  putAtomically(pack: SignedPack, etag: string | null): Promise<void>;
  /**
   * The highest version ever stored under a team key (keyId), or null. It outlives the pack itself
   * (取消订阅 clears the pack, not this), so re-subscribing cannot bring back an older signed file.
   */
  highestVersion(keyId: string): Promise<number | null>;
}

export type SyncErrorCode = PackErrorCode | 'http' | 'timeout' | 'network' | 'store' | 'bad-key' | 'internal';

export interface SyncError {
  code: SyncErrorCode;
  message: string;
  at: number;
}

/** Plain JSON so the background can persist it as is. Times are epoch milliseconds. */
export interface SyncState {
  lastCheckedAt: number | null;
  /** Last time the client knew it held the newest pack (stored, 304 or same version). */
  lastSuccessAt: number | null;
  /** Last time a new pack was stored. */
  lastUpdatedAt: number | null;
  lastOutcome: 'updated' | 'unchanged' | 'failed' | null;
  consecutiveFailures: number;
  /** The failure of the last attempt; null once an attempt succeeds. */
  lastError: SyncError | null;
  current: { id: string; name: string; version: number; publishedAt: string; keyId: string } | null;
}

export const INITIAL_SYNC_STATE: SyncState = {
  lastCheckedAt: null,
  lastSuccessAt: null,
  lastUpdatedAt: null,
  lastOutcome: null,
  consecutiveFailures: 0,
  lastError: null,
  current: null,
};

export interface SyncDeps {
  fetch: typeof fetch;
  store: PackStore;
  now(): number;
  /** Covers the whole download: headers and body. */
  timeoutMs: number;
  limits?: Partial<PackLimits>;
}

class SyncFailure extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
  }
}

type Download = { status: 304 } | { status: 200; bytes: Uint8Array; etag: string | null };

/** Reads at most maxBytes, so a hostile or broken host cannot fill the agent's memory. */
async function readBodyLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (size: number, atLeast: boolean) =>
    new SyncFailure('too-large', `话术包过大（${sizeOverLimit(size, maxBytes, atLeast)}）`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(declared, false);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      // The download stops here: what was read so far is a lower bound of the size.
      throw tooLarge(total, true);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

async function download(deps: SyncDeps, url: string, etag: string | null, maxBytes: number): Promise<Download> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Racing a timer as well as aborting, so a fetch or body stream that ignores the signal still ends.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new SyncFailure('timeout', `连接话术包服务器超时（${Math.ceil(deps.timeoutMs / 1000)} 秒）`));
    }, deps.timeoutMs);
  });
  const attempt = async (): Promise<Download> => {
    let response: Response;
    try {
      response = await deps.fetch(url, {
        headers: etag ? { 'If-None-Match': etag } : {},
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new SyncFailure('network', '无法连接话术包服务器（网络错误）');
    }
    if (response.status === 304 && etag) return { status: 304 };
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      throw new SyncFailure('http', `话术包服务器返回错误 HTTP ${response.status}`);
    }
    try {
      return { status: 200, bytes: await readBodyLimited(response, maxBytes), etag: response.headers.get('etag') };
    } catch (error) {
      if (error instanceof SyncFailure) throw error;
      throw new SyncFailure('network', '下载话术包时连接中断');
    }
  };
  try {
    return await Promise.race([attempt(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function succeeded(state: SyncState, at: number, outcome: 'updated' | 'unchanged', pack: SignedPack | null): SyncState {
  return {
    ...state,
    lastCheckedAt: at,
    lastSuccessAt: at,
    lastUpdatedAt: outcome === 'updated' ? at : state.lastUpdatedAt,
    lastOutcome: outcome,
    consecutiveFailures: 0,
    lastError: null,
    current: pack
      ? {
          id: pack.meta.id,
          name: pack.meta.name,
          version: pack.meta.version,
          publishedAt: pack.meta.publishedAt,
          keyId: pack.signature.keyId,
        }
      : state.current,
  };
}

async function attemptSync(deps: SyncDeps, subscription: Subscription, state: SyncState, at: number): Promise<SyncState> {
  let publicKey: CryptoKey;
  try {
    publicKey = await importPublicKey(subscription.publicKey);
  } catch (error) {
    throw new SyncFailure('bad-key', `订阅的团队公钥无效：${(error as Error).message}`);
  }
  const limits: PackLimits = { ...DEFAULT_LIMITS, ...deps.limits };
  const keyId = await keyIdOf(publicKey);
  let held: StoredPack | null;
  let highest: number | null;
  try {
    [held, highest] = await Promise.all([deps.store.getCurrent(), deps.store.highestVersion(keyId)]);
  } catch {
    throw new SyncFailure('store', '读取本机话术包失败（本机存储出错）');
  }
  // A pack from an earlier subscription (another team's key) is neither revalidated nor a version floor.
  const stored = held && held.pack.signature.keyId === keyId ? held : null;
  const fetched = await download(deps, subscription.url, stored?.etag ?? null, limits.maxBytes);
  if (fetched.status === 304) return succeeded(state, at, 'unchanged', stored?.pack ?? null);

  const result = await readPack(fetched.bytes, publicKey, limits);
  if (!result.ok) throw new SyncFailure(result.error.code, result.error.message);
  const pack = result.pack;
  const heldVersion = stored?.pack.meta.version ?? 0;
  // Versions are compared across pack ids too: replaying any older pack signed by the team key is refused,
  // also after 取消订阅 and subscribing again (the floor is remembered per key, not per subscription).
  const floor = Math.max(heldVersion, highest ?? 0);
  if (pack.meta.version < floor) {
    throw new SyncFailure(
      'old-version',
      floor === heldVersion
        ? `服务器上的话术包版本 ${pack.meta.version} 比本机的版本 ${heldVersion} 旧，已拒绝`
        : `服务器上的话术包版本 ${pack.meta.version} 比本机用过的版本 ${floor} 旧，已拒绝（旧文件可能被重新放回了服务器）；组长若有意从头开始，请发新的加入码`,
    );
  }
  if (stored && pack.meta.version === heldVersion) return succeeded(state, at, 'unchanged', stored.pack);
  try {
    await deps.store.putAtomically(pack, fetched.etag);
  } catch {
    throw new SyncFailure('store', '保存话术包失败（本机存储出错）');
  }
  return succeeded(state, at, 'updated', pack);
}

/** Never throws: every failure becomes lastError and the stored pack stays as it was. */
export async function syncOnce(deps: SyncDeps, subscription: Subscription, state: SyncState): Promise<SyncState> {
  const at = deps.now();
  try {
    return await attemptSync(deps, subscription, state, at);
  } catch (error) {
    const failure =
      error instanceof SyncFailure ? error : new SyncFailure('internal', `同步时发生意外错误：${String(error)}`);
    return {
      ...state,
      lastCheckedAt: at,
      lastOutcome: 'failed',
      consecutiveFailures: state.consecutiveFailures + 1,
      // Agents worry about losing the library more than about the cause, so say it is still there.
      lastError: { code: failure.code, message: state.current ? `${failure.message}；已保留原有话术` : failure.message, at },
    };
  }
}

/** The lead's override from the pack, clamped, or the client's default. */
export function syncIntervalFor(meta: Pick<PackMeta, 'syncIntervalMinutes'> | null | undefined, defaultMinutes: number): number {
  const wanted = meta?.syncIntervalMinutes ?? defaultMinutes;
  return Math.min(SYNC_INTERVAL_MAX, Math.max(SYNC_INTERVAL_MIN, wanted));
}

const FIRST_RETRY_MINUTES = 5;
/** Backoff may outgrow a short interval (spare a failing host) but waits at most this long, or the interval if longer. */
const MAX_RETRY_MINUTES = 360;
/** ±10 %, so thousands of clients that failed together do not retry together. */
const JITTER = 0.1;

/**
 * Minutes until the next attempt: the interval after a success; after n failures in a row
 * 5 · 2^(n−1) minutes, capped at max(interval, 6 h).
 */
export function nextDelayMinutes(state: SyncState, intervalMinutes: number, random: () => number = Math.random): number {
  const base =
    state.consecutiveFailures === 0
      ? intervalMinutes
      : Math.min(
          Math.max(intervalMinutes, MAX_RETRY_MINUTES),
          FIRST_RETRY_MINUTES * 2 ** Math.min(state.consecutiveFailures - 1, 20),
        );
  return Math.max(1, Math.round(base * (1 - JITTER + 2 * JITTER * random())));
}
