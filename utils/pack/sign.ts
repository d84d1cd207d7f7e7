// Team keys and pack signatures: ECDSA P-256 + SHA-256 through WebCrypto (Node 20 and every browser).
// Public keys travel as base64 SPKI (the DER form openssl and every crypto library read); a lead's
// private key leaves WebCrypto only as a backup JWK file, and only when it was made extractable.
import { base64ToBytes, bytesToBase64, bytesToHex } from './base64';
import { canonicalPackBytes } from './canonical';
import { sizeOverLimit, tooDeepAt, tooDeepMessage } from './limits';
import {
  DEFAULT_LIMITS,
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  SIGNATURE_ALG,
  type PackError,
  type PackLimits,
  type PackResult,
  type PackSignature,
  type SignedPack,
  type UnsignedPack,
} from './types';

const EC_PARAMS: EcKeyImportParams = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGN_PARAMS: EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };
const SIGNATURE_BYTES = 64;
export const KEY_BACKUP_FORMAT = 'huashu-team-key';

/** What `pack keygen` writes and the lead keeps offline: enough to restore signing on another machine. */
export interface TeamKeyBackup {
  format: typeof KEY_BACKUP_FORMAT;
  keyId: string;
  publicKey: string;
  privateJwk: JsonWebKey;
}

export interface TeamSigningKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  keyId: string;
}

/** Extractable only when the lead is about to write a backup; stored keys should stay non-extractable. */
export function generateTeamKey(extractable = false): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(EC_PARAMS, extractable, ['sign', 'verify']);
}

export async function exportPublicKey(publicKey: CryptoKey): Promise<string> {
  return bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('spki', publicKey)));
}

/** Throws an Error with a Chinese message when the text is not a P-256 public key. */
export async function importPublicKey(base64Spki: string): Promise<CryptoKey> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = base64ToBytes(base64Spki.replace(/\s+/g, ''));
  } catch {
    throw new Error('公钥不是有效的 base64 文本');
  }
  try {
    return await crypto.subtle.importKey('spki', bytes, EC_PARAMS, true, ['verify']);
  } catch {
    throw new Error('公钥无效：需要 ECDSA P-256 公钥（base64 编码的 SPKI）');
  }
}

const keyIds = new WeakMap<CryptoKey, string>();

/** Short fingerprint shown to people and written into signatures: 16 hex digits of SHA-256(SPKI). */
export async function keyIdOf(publicKey: CryptoKey): Promise<string> {
  const cached = keyIds.get(publicKey);
  if (cached) return cached;
  const spki = await crypto.subtle.exportKey('spki', publicKey);
  const keyId = bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', spki))).slice(0, 16);
  keyIds.set(publicKey, keyId);
  return keyId;
}

export async function exportPrivateKeyForBackup(pair: CryptoKeyPair): Promise<TeamKeyBackup> {
  if (!pair.privateKey.extractable) {
    throw new Error('该私钥不可导出：只有在生成时选择“可备份”的密钥才能导出备份');
  }
  return {
    format: KEY_BACKUP_FORMAT,
    keyId: await keyIdOf(pair.publicKey),
    publicKey: await exportPublicKey(pair.publicKey),
    privateJwk: await crypto.subtle.exportKey('jwk', pair.privateKey),
  };
}

/** Restores a backup; the private key comes back non-extractable unless asked otherwise. */
export async function importTeamKeyBackup(input: unknown, extractable = false): Promise<TeamSigningKey> {
  const backup = input as Partial<TeamKeyBackup> | null;
  const jwk = backup?.privateJwk;
  if (backup?.format !== KEY_BACKUP_FORMAT || !jwk || typeof jwk !== 'object') {
    throw new Error('不是话术助手的团队密钥备份文件');
  }
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d || !jwk.x || !jwk.y) {
    throw new Error('密钥备份无效：需要 ECDSA P-256 私钥');
  }
  let privateKey: CryptoKey;
  let publicKey: CryptoKey;
  try {
    privateKey = await crypto.subtle.importKey('jwk', jwk, EC_PARAMS, extractable, ['sign']);
    publicKey = await crypto.subtle.importKey(
      'jwk',
      { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, ext: true },
      EC_PARAMS,
      true,
      ['verify'],
    );
  } catch {
    throw new Error('密钥备份已损坏，无法导入');
  }
  const keyId = await keyIdOf(publicKey);
  if (backup.keyId !== undefined && backup.keyId !== keyId) {
    throw new Error(`密钥备份不一致：文件记录的密钥编号是 ${backup.keyId}，实际是 ${keyId}`);
  }
  return { privateKey, publicKey, keyId };
}

/** Signs the canonical bytes; any signature already on the pack is replaced. */
export async function signPack(pack: UnsignedPack, privateKey: CryptoKey, keyId: string): Promise<SignedPack> {
  const { signature: _previous, ...unsigned } = pack as UnsignedPack & { signature?: unknown };
  const value = await crypto.subtle.sign(SIGN_PARAMS, privateKey, canonicalPackBytes(unsigned));
  return { ...unsigned, signature: { alg: SIGNATURE_ALG, keyId, value: bytesToBase64(new Uint8Array(value)) } };
}

/** Verified but not yet schema-checked: the caller (readPack) validates the content. */
export interface VerifiedEnvelope {
  content: Record<string, unknown>;
  signature: PackSignature;
}

function fail(code: PackError['code'], message: string): { ok: false; error: PackError } {
  return { ok: false, error: { code, message } };
}

/** UTF-8 length of a string without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate half counts 2: a pair is 4 bytes in UTF-8 (a lone half becomes 3-byte U+FFFD; close enough).
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/**
 * The first half of reading a pack, cheapest check first: size, JSON, format and version, signature.
 * Content (phrases, rules, selectors) is checked afterwards by readPack.
 */
export async function verifyPack(
  input: string | Uint8Array,
  publicKey: CryptoKey,
  limits: Pick<PackLimits, 'maxBytes'> & Partial<Pick<PackLimits, 'maxDepth'>> = DEFAULT_LIMITS,
): Promise<PackResult<VerifiedEnvelope>> {
  // A string longer than the limit in UTF-16 units is too large whatever its UTF-8 length: its length is a lower bound.
  const lowerBound = typeof input === 'string' && input.length > limits.maxBytes;
  const size = typeof input === 'string' ? (lowerBound ? input.length : utf8Length(input)) : input.length;
  if (size > limits.maxBytes) {
    return fail('too-large', `话术包过大（${sizeOverLimit(size, limits.maxBytes, lowerBound)}）`);
  }
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return fail('bad-json', '话术包不是有效的 UTF-8 文本，文件可能已损坏');
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail('bad-json', '话术包不是完整的 JSON，可能下载不完整或已损坏');
  }
  // Before anything recursive (the canonical bytes) walks it.
  const maxDepth = limits.maxDepth ?? DEFAULT_LIMITS.maxDepth;
  const deep = tooDeepAt(value, maxDepth);
  if (deep !== undefined) {
    return fail('bad-json', `话术包的 ${tooDeepMessage(maxDepth)}${deep ? `（在 ${deep} 中）` : ''}，不是有效的话术包`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('bad-format', '不是话术包文件：内容应为 JSON 对象');
  }
  const envelope = value as Record<string, unknown>;
  if (envelope.format !== PACK_FORMAT) return fail('bad-format', `不是话术包文件：format 应为 "${PACK_FORMAT}"`);
  if (envelope.formatVersion !== PACK_FORMAT_VERSION) {
    return fail('bad-format', `话术包格式版本 ${String(envelope.formatVersion)} 不受支持（本版本支持 ${PACK_FORMAT_VERSION}），请升级话术助手`);
  }
  const signature = envelope.signature as Partial<Record<string, unknown>> | undefined;
  if (!signature || typeof signature !== 'object') return fail('bad-signature', '话术包没有签名，不能使用');
  if (signature.alg !== SIGNATURE_ALG) {
    return fail('bad-signature', `不支持的签名算法 ${String(signature.alg)}（需要 ${SIGNATURE_ALG}）`);
  }
  const expectedKeyId = await keyIdOf(publicKey);
  if (signature.keyId !== expectedKeyId) {
    return fail(
      'wrong-key',
      `话术包由密钥 ${String(signature.keyId)} 签名，而本机订阅的团队公钥是 ${expectedKeyId}：请向组长确认加入码是否最新`,
    );
  }
  let signatureBytes: Uint8Array<ArrayBuffer>;
  try {
    signatureBytes = base64ToBytes(String(signature.value));
  } catch {
    return fail('bad-signature', '签名不是有效的 base64 文本');
  }
  const valid =
    signatureBytes.length === SIGNATURE_BYTES &&
    (await crypto.subtle.verify(SIGN_PARAMS, publicKey, signatureBytes, canonicalPackBytes(envelope)));
  if (!valid) return fail('bad-signature', '签名校验失败：文件在发布后被改动或已损坏');
  return {
    ok: true,
    pack: { content: envelope, signature: { alg: SIGNATURE_ALG, keyId: expectedKeyId, value: String(signature.value) } },
  };
}
