// Shapes of a team pack (documented in README.md, 话术包格式) and of the errors every reader reports.
import type { Phrase } from '../library/types';
import type { RuleFile } from '../compliance/types';
import type { SelectorSetEntry } from '../workbench/types';
import type { StandardsOverride } from '../queue/standards';

export const PACK_FORMAT = 'huashu-pack';
export const PACK_FORMAT_VERSION = 1;
export const SIGNATURE_ALG = 'ECDSA-P256-SHA256';

/** Bounds of the lead's sync interval override, in minutes. */
export const SYNC_INTERVAL_MIN = 15;
export const SYNC_INTERVAL_MAX = 1440;

export interface PackMeta {
  id: string;
  name: string;
  /** Increases with every publication; clients refuse a lower one than they hold. */
  version: number;
  /** ISO 8601 date-time. */
  publishedAt: string;
  publisher: string;
  syncIntervalMinutes?: number;
}

export interface PackSignature {
  alg: typeof SIGNATURE_ALG;
  /** First 16 hex digits of SHA-256 over the public key's SPKI bytes. */
  keyId: string;
  /** Base64 of the IEEE P1363 signature (r‖s, 64 bytes) over the canonical bytes. */
  value: string;
}

export interface UnsignedPack {
  format: typeof PACK_FORMAT;
  formatVersion: typeof PACK_FORMAT_VERSION;
  meta: PackMeta;
  phrases: Phrase[];
  rules: RuleFile | null;
  selectors: SelectorSetEntry[];
  /** Optional: the team's service standards (reply-time limits, 漏跟进 minutes, reminder switches). */
  standards?: StandardsOverride;
}

export interface SignedPack extends UnsignedPack {
  signature: PackSignature;
}

export type PackErrorCode =
  | 'too-large'
  | 'bad-json'
  | 'bad-format'
  | 'bad-signature'
  | 'wrong-key'
  | 'schema'
  | 'too-many'
  | 'old-version';

export interface PackError {
  code: PackErrorCode;
  /** Simplified Chinese, shown to the agent or the lead as is. */
  message: string;
  /** Every problem found, each with its path (e.g. "phrases[12].intents: …"), when there are several. */
  details?: string[];
}

export type PackResult<T> = { ok: true; pack: T } | { ok: false; error: PackError };

export interface PackLimits {
  maxBytes: number;
  maxPhrases: number;
  maxRules: number;
  maxSelectorSets: number;
  /** Objects and arrays inside one another; a real pack needs about 8 (a selector set's direction rules). */
  maxDepth: number;
}

export const DEFAULT_LIMITS: PackLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxPhrases: 20_000,
  maxRules: 5_000,
  maxSelectorSets: 50,
  maxDepth: 32,
};
