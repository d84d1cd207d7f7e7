// 团队管理 data and steps for the lead: the signing key and the draft live in this browser's IndexedDB
// (the private key as a non-extractable CryptoKey), and a publication is build → lint → sign → file/PUT.
import { get, set, type UseStore } from 'idb-keyval';
import { browser } from 'wxt/browser';
import { originPattern } from '../../../utils/workbench/urls';
import type { Phrase } from '../../../utils/library/types';
import { buildPack } from '../../../utils/pack/build';
import { lintPack, type LintProblem, type TextChecker } from '../../../utils/pack/lint';
import {
  exportPrivateKeyForBackup,
  exportPublicKey,
  generateTeamKey,
  importTeamKeyBackup,
  signPack,
  type TeamKeyBackup,
} from '../../../utils/pack/sign';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type PackResult, type SignedPack, type UnsignedPack } from '../../../utils/pack/types';
import { openStore } from '../../../utils/storage';

export interface LeadKey {
  /** Non-extractable: it can sign but never leave the browser except through the backup made at creation. */
  privateKey: CryptoKey;
  publicKey: string;
  keyId: string;
}

export interface LeadDraft {
  id: string;
  name: string;
  publisher: string;
  /** Empty: clients use their default (30 min). */
  syncIntervalMinutes: string;
  phrases: Phrase[];
  /** A rule file as JSON; empty for none. */
  rulesText: string;
  /** Selector sets as a JSON array; empty for none. */
  selectorsText: string;
  /** The version the next publication gets. */
  nextVersion: number;
  /** Where agents fetch the pack, for the join code. */
  packUrl: string;
  /** Optional upload address (HTTP PUT). */
  endpoint: string;
}

export const EMPTY_LEAD_DRAFT: LeadDraft = {
  id: 'my-team',
  name: '',
  publisher: '',
  syncIntervalMinutes: '',
  phrases: [],
  rulesText: '',
  selectorsText: '',
  nextVersion: 1,
  packUrl: '',
  endpoint: '',
};

export interface LeadStore {
  key(): Promise<LeadKey | null>;
  setKey(key: LeadKey): Promise<void>;
  draft(): Promise<LeadDraft>;
  setDraft(draft: LeadDraft): Promise<void>;
}

export function createLeadStore(store: UseStore = openStore('lead')): LeadStore {
  return {
    key: async () => (await get<LeadKey>('key', store)) ?? null,
    // A CryptoKey survives structured cloning into IndexedDB, still non-extractable.
    setKey: (key) => set('key', key, store),
    draft: async () => ({ ...EMPTY_LEAD_DRAFT, ...(await get<LeadDraft>('draft', store)) }),
    setDraft: (draft) => set('draft', draft, store),
  };
}

/** A new pair: the backup (shown to the lead once, as a file) and the key kept for signing. */
export async function createLeadKey(): Promise<{ backup: TeamKeyBackup; key: LeadKey }> {
  const pair = await generateTeamKey(true);
  const backup = await exportPrivateKeyForBackup(pair);
  return { backup, key: await leadKeyFromBackup(backup) };
}

export async function leadKeyFromBackup(backup: unknown): Promise<LeadKey> {
  const restored = await importTeamKeyBackup(backup);
  return { privateKey: restored.privateKey, publicKey: await exportPublicKey(restored.publicKey), keyId: restored.keyId };
}

type JsonField = { ok: true; value: unknown } | { ok: false; error: string };

function parseJsonField(text: string, label: string, empty: unknown): JsonField {
  if (!text.trim()) return { ok: true, value: empty };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `${label}不是有效的 JSON：${(error as Error).message}` };
  }
}

function draftContent(draft: LeadDraft): { ok: true; rules: unknown; selectors: unknown } | { ok: false; problems: LintProblem[] } {
  const rules = parseJsonField(draft.rulesText, '规则', null);
  const selectors = parseJsonField(draft.selectorsText, '页面设置', []);
  const problems: LintProblem[] = [];
  if (!rules.ok) problems.push({ level: 'error', path: 'rules', message: rules.error });
  if (!selectors.ok) problems.push({ level: 'error', path: 'selectors', message: selectors.error });
  return rules.ok && selectors.ok ? { ok: true, rules: rules.value, selectors: selectors.value } : { ok: false, problems };
}

function draftMeta(draft: LeadDraft) {
  const interval = draft.syncIntervalMinutes.trim();
  return {
    id: draft.id.trim(),
    name: draft.name.trim(),
    publisher: draft.publisher.trim(),
    version: draft.nextVersion,
    ...(interval ? { syncIntervalMinutes: Number(interval) } : {}),
  };
}

/** Everything a client would refuse, plus phrases the checker flags (the pack's own rules included). */
export function lintDraft(draft: LeadDraft, check: TextChecker, now: Date = new Date()): LintProblem[] {
  const content = draftContent(draft);
  if (!content.ok) return content.problems;
  return lintPack(
    {
      format: PACK_FORMAT,
      formatVersion: PACK_FORMAT_VERSION,
      meta: { ...draftMeta(draft), publishedAt: now.toISOString() },
      phrases: draft.phrases,
      rules: content.rules,
      selectors: content.selectors,
    },
    check,
  );
}

export function buildDraft(draft: LeadDraft, now: Date = new Date()): PackResult<UnsignedPack> {
  const content = draftContent(draft);
  if (!content.ok) {
    return { ok: false, error: { code: 'schema', message: '话术包内容有误', details: content.problems.map((problem) => problem.message) } };
  }
  return buildPack({ meta: draftMeta(draft), phrases: draft.phrases, rules: content.rules, selectors: content.selectors }, now);
}

export function packFileName(pack: SignedPack): string {
  return `${pack.meta.id}-v${pack.meta.version}.json`;
}

export function signDraft(pack: UnsignedPack, key: LeadKey): Promise<SignedPack> {
  return signPack(pack, key.privateKey, key.keyId);
}

/** PUT to the lead's host; the pack server (and hosts built like it) answer errors as JSON with a Chinese `error`. */
export async function uploadPack(endpoint: string, token: string, body: string): Promise<{ ok: true } | { ok: false; message: string }> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...(token.trim() ? { Authorization: `Bearer ${token.trim()}` } : {}) },
      body,
    });
  } catch {
    return { ok: false, message: '无法连接上传地址（网络错误）' };
  }
  if (response.ok) return { ok: true };
  const reply = (await response.json().catch(() => null)) as { error?: unknown } | null;
  const reason = typeof reply?.error === 'string' ? reply.error : response.statusText;
  return { ok: false, message: `上传失败（HTTP ${response.status}）：${reason}` };
}

/** Fetching from another host (pack address, upload address) needs its permission, asked for during the click. */
export function requestHost(url: string): Promise<boolean> {
  const origin = originPattern(url);
  return origin ? browser.permissions.request({ origins: [origin] }).catch(() => false) : Promise.resolve(false);
}
