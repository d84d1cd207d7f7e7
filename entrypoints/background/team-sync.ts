// One team pack subscription in the background: where to fetch from, the persisted SyncState and the alarm
// schedule. The decisions about what is safe to store live in utils/pack/sync.ts; this module supplies
// fetch, IndexedDB, alarms and notifications. Shop profiles may each have one (team-slots.ts).
import { del, get, set, type UseStore } from 'idb-keyval';
import type { RuleFile } from '../../utils/compliance/types';
import type { ComplianceConfig, TeamStatus, TeamSubscribeRequest } from '../../utils/messaging';
import { isAllowedPackUrl, type Subscription } from '../../utils/pack/join-code';
import { importPublicKey, keyIdOf } from '../../utils/pack/sign';
import { INITIAL_SYNC_STATE, nextDelayMinutes, syncIntervalFor, syncOnce, type SyncState } from '../../utils/pack/sync';
import type { SignedPack } from '../../utils/pack/types';
import { DEFAULT_PROFILE_ID } from '../../utils/settings';
import type { ClearablePackStore } from './pack-store';
import { openStore } from '../../utils/storage';

export const TEAM_SYNC_ALARM = 'huashu-team-sync';

/** The alarm of a slot: the default keeps the name it had before profiles; a profile's adds its id. */
export function teamSyncAlarm(slot: string): string {
  return slot === DEFAULT_PROFILE_ID ? TEAM_SYNC_ALARM : `${TEAM_SYNC_ALARM}:${slot}`;
}
export const DEFAULT_INTERVAL_MINUTES = 30;
export const DEFAULT_TIMEOUT_MS = 15_000;
const MIN_TIMEOUT_MS = 200;
const MAX_TIMEOUT_MS = 120_000;

interface SavedSubscription extends Subscription {
  keyId: string;
  timeoutMs: number;
}

/** The subset of browser.alarms the schedule needs (fakeable in unit tests). */
export interface AlarmApi {
  create(name: string, info: { delayInMinutes: number }): Promise<void> | void;
  get(name: string): Promise<{ scheduledTime: number } | undefined>;
  clear(name: string): Promise<boolean>;
}

export interface TeamSyncDeps {
  packs: ClearablePackStore;
  fetch: typeof fetch;
  now(): number;
  alarms: AlarmApi;
  /** A new pack was stored, or the team was left (null): refresh the library, rules and selectors. */
  onPackChanged(pack: SignedPack | null): Promise<void>;
  onStatus(status: TeamStatus): Promise<void>;
  store?: UseStore;
  /** Whose subscription this is: the default profile's, or a shop profile's id. */
  slot?: string;
}

export interface TeamSync {
  status(): Promise<TeamStatus>;
  subscribe(request: TeamSubscribeRequest): Promise<{ ok: true; status: TeamStatus } | { ok: false; message: string }>;
  unsubscribe(): Promise<TeamStatus>;
  /** Joins the attempt already running instead of starting a second one. */
  syncNow(): Promise<TeamStatus>;
  /** After a restart: re-applies the stored pack and creates the alarm if it was lost. */
  ensureScheduled(): Promise<void>;
  complianceConfig(): Promise<ComplianceConfig>;
}

const SUBSCRIPTION_KEY = 'subscription';
const STATE_KEY = 'state';

/** Minutes until the next attempt: the lead's interval (bounded) after a success, backoff after failures. */
export function scheduleDelayMinutes(state: SyncState, pack: SignedPack | null, random?: () => number): number {
  return nextDelayMinutes(state, syncIntervalFor(pack?.meta, DEFAULT_INTERVAL_MINUTES), random);
}

export function createTeamSync(deps: TeamSyncDeps): TeamSync {
  const store = deps.store ?? openStore('teamSubscription');
  const slot = deps.slot ?? DEFAULT_PROFILE_ID;
  const alarm = teamSyncAlarm(slot);
  let running: Promise<TeamStatus> | null = null;

  const subscription = async () => (await get<SavedSubscription>(SUBSCRIPTION_KEY, store)) ?? null;
  const syncState = async () => (await get<SyncState>(STATE_KEY, store)) ?? INITIAL_SYNC_STATE;

  const status = async (): Promise<TeamStatus> => {
    const [saved, state, stored, scheduled] = await Promise.all([subscription(), syncState(), deps.packs.getCurrent(), deps.alarms.get(alarm)]);
    const pack = stored?.pack;
    return {
      slot,
      subscription: saved ? { url: saved.url, keyId: saved.keyId } : null,
      pack: pack
        ? { id: pack.meta.id, name: pack.meta.name, version: pack.meta.version, publishedAt: pack.meta.publishedAt, phrases: pack.phrases.length }
        : null,
      state,
      syncing: running !== null,
      nextSyncAt: saved && scheduled ? scheduled.scheduledTime : null,
    };
  };

  const announce = async () => {
    const current = await status();
    await deps.onStatus(current);
    return current;
  };

  const schedule = async (state: SyncState) => {
    const stored = await deps.packs.getCurrent();
    await deps.alarms.create(alarm, { delayInMinutes: scheduleDelayMinutes(state, stored?.pack ?? null) });
  };

  const runSync = async (): Promise<TeamStatus> => {
    const saved = await subscription();
    if (!saved) return status();
    await announce();
    const next = await syncOnce({ fetch: deps.fetch, store: deps.packs, now: deps.now, timeoutMs: saved.timeoutMs }, saved, await syncState());
    await set(STATE_KEY, next, store);
    await schedule(next);
    if (next.lastOutcome === 'updated') await deps.onPackChanged((await deps.packs.getCurrent())?.pack ?? null);
    return status();
  };

  const syncNow = () => {
    running ??= runSync().finally(() => {
      running = null;
    });
    // Announce after `running` is cleared, so the pages see syncing: false.
    return running.then(() => announce());
  };

  const settle = () => running?.catch(() => undefined);

  return {
    status,
    syncNow,

    async subscribe(request) {
      const url = request.url.trim();
      if (!isAllowedPackUrl(url)) return { ok: false, message: '话术包地址无效：必须是 https:// 地址' };
      let keyId: string;
      try {
        keyId = await keyIdOf(await importPublicKey(request.publicKey.trim()));
      } catch {
        return { ok: false, message: '团队公钥无效，请向组长重新索取加入码' };
      }
      await settle();
      const previous = await subscription();
      const timeoutMs = Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, request.timeoutMs ?? DEFAULT_TIMEOUT_MS));
      await set(SUBSCRIPTION_KEY, { url, publicKey: request.publicKey.trim(), keyId, timeoutMs } satisfies SavedSubscription, store);
      // Another team's key: its pack and history no longer apply. The same key at a new address keeps both.
      if (previous?.keyId !== keyId) {
        await set(STATE_KEY, INITIAL_SYNC_STATE, store);
        const held = await deps.packs.getCurrent();
        if (held && held.pack.signature.keyId !== keyId) {
          await deps.packs.clear();
          await deps.onPackChanged(null);
        }
      }
      return { ok: true, status: await syncNow() };
    },

    async unsubscribe() {
      await settle();
      await Promise.all([del(SUBSCRIPTION_KEY, store), del(STATE_KEY, store), deps.packs.clear(), deps.alarms.clear(alarm)]);
      await deps.onPackChanged(null);
      return announce();
    },

    async ensureScheduled() {
      if (!(await subscription())) return;
      if (!(await deps.alarms.get(alarm))) await schedule(await syncState());
    },

    async complianceConfig() {
      const rules: RuleFile | null | undefined = (await deps.packs.getCurrent())?.pack.rules;
      return { ruleFiles: rules ? [rules] : [], disabled: rules?.disable ?? [] };
    },
  };
}
