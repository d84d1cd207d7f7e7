// The one string a lead sends the team to subscribe: "HS1." + base64url(JSON {u: pack URL, k: public key}).
import { base64ToBytes, bytesToBase64Url } from './base64';

export const JOIN_CODE_PREFIX = 'HS1.';

export interface Subscription {
  /** Where the signed pack is fetched from. */
  url: string;
  /** Base64 SPKI of the team's public key. */
  publicKey: string;
}

/** HTTPS everywhere; plain HTTP only for a pack server on this machine (demo and tests). */
export function isAllowedPackUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function createJoinCode(subscription: Subscription): string {
  if (!isAllowedPackUrl(subscription.url)) throw new Error(`话术包地址必须以 https:// 开头：${subscription.url}`);
  const payload = JSON.stringify({ u: subscription.url, k: subscription.publicKey });
  return JOIN_CODE_PREFIX + bytesToBase64Url(encoder.encode(payload));
}

/** A P-256 SPKI is 91 bytes, i.e. 124 base64 characters; anything else is a copy-paste accident. */
const SPKI_BASE64 = /^[A-Za-z0-9+/]{122}==$/;

export function parseJoinCode(code: string): { ok: true; subscription: Subscription } | { ok: false; error: string } {
  // Codes pass through chat windows that wrap lines and add spaces.
  const compact = code.replace(/\s+/g, '');
  if (compact === '') return { ok: false, error: '请粘贴组长发来的加入码' };
  if (!compact.startsWith(JOIN_CODE_PREFIX)) {
    return { ok: false, error: `加入码应以 ${JOIN_CODE_PREFIX} 开头，请检查是否复制完整` };
  }
  let payload: unknown;
  try {
    payload = JSON.parse(decoder.decode(base64ToBytes(compact.slice(JOIN_CODE_PREFIX.length))));
  } catch {
    return { ok: false, error: '加入码已损坏或复制不完整，请向组长重新索取' };
  }
  const { u, k } = (payload ?? {}) as { u?: unknown; k?: unknown };
  if (typeof u !== 'string' || !isAllowedPackUrl(u)) {
    return { ok: false, error: '加入码中的话术包地址无效（必须是 https:// 地址）' };
  }
  if (typeof k !== 'string' || !SPKI_BASE64.test(k)) return { ok: false, error: '加入码中的团队公钥无效' };
  return { ok: true, subscription: { url: u, publicKey: k } };
}
