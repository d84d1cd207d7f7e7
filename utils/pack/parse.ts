// Reading a downloaded or uploaded pack: nothing reaches storage unless every check passes.
import { verifyPack } from './sign';
import { validatePackContent } from './validate';
import { DEFAULT_LIMITS, type PackLimits, type PackResult, type SignedPack } from './types';

/**
 * Order (cheapest first, and nothing unsigned is ever inspected in depth): byte size, JSON, format and
 * version, signature (key id, then the signature itself), count limits, every entry's schema, duplicates.
 */
export async function readPack(
  input: string | Uint8Array,
  publicKey: CryptoKey,
  limits: Partial<PackLimits> = {},
): Promise<PackResult<SignedPack>> {
  const effective: PackLimits = { ...DEFAULT_LIMITS, ...limits };
  const verified = await verifyPack(input, publicKey, effective);
  if (!verified.ok) return verified;
  const content = validatePackContent(verified.pack.content, effective);
  if (!content.ok) return content;
  return { ok: true, pack: { ...content.pack, signature: verified.pack.signature } };
}
