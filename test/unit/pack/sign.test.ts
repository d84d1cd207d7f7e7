import { describe, expect, it } from 'vitest';
import {
  exportPrivateKeyForBackup,
  exportPublicKey,
  generateTeamKey,
  importPublicKey,
  importTeamKeyBackup,
  keyIdOf,
  signPack,
  verifyPack,
} from '../../../utils/pack/sign';
import { unsignedPack } from './fixtures';

const team = await generateTeamKey();
const teamKeyId = await keyIdOf(team.publicKey);
const signed = await signPack(unsignedPack(3), team.privateKey, teamKeyId);
const text = JSON.stringify(signed);

describe('team keys', () => {
  it('exports the public key as base64 SPKI that imports back to the same key id', async () => {
    const base64 = await exportPublicKey(team.publicKey);
    expect(base64).toMatch(/^[A-Za-z0-9+/]{122}==$/);
    expect(await keyIdOf(await importPublicKey(base64))).toBe(teamKeyId);
    expect(teamKeyId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('rejects text that is not a P-256 public key, in Chinese', async () => {
    await expect(importPublicKey('不是密钥')).rejects.toThrow('base64');
    await expect(importPublicKey('AAAA')).rejects.toThrow('P-256');
  });

  it('refuses to back up a non-extractable key', async () => {
    await expect(exportPrivateKeyForBackup(team)).rejects.toThrow('不可导出');
  });

  it('restores a backup as a non-extractable key that still signs for the same key id', async () => {
    const pair = await generateTeamKey(true);
    const backup = await exportPrivateKeyForBackup(pair);
    const restored = await importTeamKeyBackup(JSON.parse(JSON.stringify(backup)));
    expect(restored.privateKey.extractable).toBe(false);
    expect(restored.keyId).toBe(backup.keyId);
    const pack = await signPack(unsignedPack(1), restored.privateKey, restored.keyId);
    expect((await verifyPack(JSON.stringify(pack), pair.publicKey)).ok).toBe(true);
  });

  it('detects a backup whose recorded key id does not match its key', async () => {
    const backup = await exportPrivateKeyForBackup(await generateTeamKey(true));
    await expect(importTeamKeyBackup({ ...backup, keyId: '0000000000000000' })).rejects.toThrow('不一致');
    await expect(importTeamKeyBackup({ format: 'other' })).rejects.toThrow('不是话术助手');
  });
});

describe('verifyPack', () => {
  it('accepts what signPack produced, as text or bytes, whatever the key order and whitespace', async () => {
    expect((await verifyPack(text, team.publicKey)).ok).toBe(true);
    expect((await verifyPack(new TextEncoder().encode(text), team.publicKey)).ok).toBe(true);
    const { signature, meta, ...rest } = signed;
    const reordered = JSON.stringify({ signature, ...rest, meta: Object.fromEntries(Object.entries(meta).reverse()) }, null, 2);
    expect(reordered.indexOf('signature')).toBeLessThan(reordered.indexOf('format'));
    expect((await verifyPack(reordered, team.publicKey)).ok).toBe(true);
  });

  it('names both key ids when the pack was signed by another key', async () => {
    const other = await generateTeamKey();
    const result = await verifyPack(text, other.publicKey);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('wrong-key');
    expect(result.error.message).toContain(teamKeyId);
    expect(result.error.message).toContain(await keyIdOf(other.publicKey));
  });

  it('refuses a pack whose content changed after signing (one flipped bit)', async () => {
    const bytes = new TextEncoder().encode(text);
    const at = new TextEncoder().encode(text.slice(0, text.indexOf('48 小时'))).length;
    expect(bytes[at]).toBe(0x34);
    bytes[at] = 0x35; // '4' → '5' (one bit): still valid JSON, a different promise
    const result = await verifyPack(bytes, team.publicKey);
    expect(result.ok ? null : result.error.code).toBe('bad-signature');
  });

  it('refuses a forged signature that claims the right key id', async () => {
    const forged = JSON.stringify({ ...signed, signature: { ...signed.signature, value: btoa('x'.repeat(64)) } });
    const result = await verifyPack(forged, team.publicKey);
    expect(result.ok ? null : result.error.code).toBe('bad-signature');
  });

  it('reports a truncated download as broken JSON', async () => {
    const result = await verifyPack(text.slice(0, text.length - 10), team.publicKey);
    expect(result.ok ? null : result.error.code).toBe('bad-json');
  });

  it('checks the size before parsing, counting UTF-8 bytes', async () => {
    const utf8Bytes = new TextEncoder().encode(text).length;
    expect(utf8Bytes).toBeGreaterThan(text.length);
    const justTooSmall = await verifyPack(text, team.publicKey, { maxBytes: utf8Bytes - 1 });
    expect(justTooSmall.ok ? null : justTooSmall.error.code).toBe('too-large');
    expect((await verifyPack(text, team.publicKey, { maxBytes: utf8Bytes })).ok).toBe(true);
    const notJsonButHuge = await verifyPack('{'.repeat(2000), team.publicKey, { maxBytes: 1000 });
    expect(notJsonButHuge.ok ? null : notJsonButHuge.error.code).toBe('too-large');
  });

  it('refuses other formats, format versions and unsigned packs', async () => {
    const codeOf = async (value: unknown) => {
      const result = await verifyPack(JSON.stringify(value), team.publicKey);
      return result.ok ? null : result.error.code;
    };
    expect(await codeOf([1, 2])).toBe('bad-format');
    expect(await codeOf({ ...signed, format: 'other' })).toBe('bad-format');
    expect(await codeOf({ ...signed, formatVersion: 2 })).toBe('bad-format');
    const { signature: _signature, ...unsigned } = signed;
    expect(await codeOf(unsigned)).toBe('bad-signature');
    expect(await codeOf({ ...signed, signature: { ...signed.signature, alg: 'RSA' } })).toBe('bad-signature');
  });

  it('rejects invalid UTF-8 bytes', async () => {
    const result = await verifyPack(new Uint8Array([0x7b, 0xff, 0x7d]), team.publicKey);
    expect(result.ok ? null : result.error.code).toBe('bad-json');
  });
});
