// Assembling a pack from a lead's library (options page or `pack build`): the envelope plus validation.
import { validatePackContent } from './validate';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type PackMeta, type PackResult, type UnsignedPack } from './types';

export interface PackDraft {
  meta: Omit<PackMeta, 'publishedAt'> & { publishedAt?: string };
  /** Phrases as the library holds them, or raw rows from a file; every one is validated. */
  phrases: readonly unknown[];
  rules?: unknown;
  selectors?: unknown;
  /** The team's service standards (optional). */
  standards?: unknown;
}

/** An unsigned, validated pack; publishedAt defaults to `now`. Sign it with signPack. */
export function buildPack(draft: PackDraft, now: Date = new Date()): PackResult<UnsignedPack> {
  return validatePackContent({
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    meta: { publishedAt: now.toISOString(), ...draft.meta },
    phrases: draft.phrases,
    rules: draft.rules ?? null,
    selectors: draft.selectors ?? [],
    standards: draft.standards,
  });
}
