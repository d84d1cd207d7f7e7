// Every place the extension stores something, declared once (as WXT's examples declare their storage items):
// the IndexedDB databases, each with one object store opened through idb-keyval, and the storage.session keys.
// Each database is read and written by exactly one module (named here), which holds its keys and value types.
// README 「数据存在哪里」 and PRIVACY.md describe the same list to agents.
import { createStore, type UseStore } from 'idb-keyval';

export const DATABASES = {
  /** Agent settings and shop profiles: entrypoints/background/settings-store.ts */
  settings: { db: 'huashu-settings', store: 'settings' },
  /** Personal phrases and usage counts: entrypoints/background/library-store.ts */
  library: { db: 'huashu-library', store: 'library' },
  /** The team pack, its ETag and the highest version per team key: entrypoints/background/pack-store.ts */
  teamPack: { db: 'huashu-team', store: 'pack' },
  /** The team subscription and sync state: entrypoints/background/team-sync.ts */
  teamSubscription: { db: 'huashu-team-subscription', store: 'subscription' },
  /** Taught sites and team-pushed selector sets: entrypoints/background/taught-sites.ts */
  sites: { db: 'huashu-sites', store: 'sites' },
  /** The agent's own figures (no message text): entrypoints/background/figures-store.ts */
  figures: { db: 'huashu-figures', store: 'figures' },
  /** Learned questions and 未识别问法: entrypoints/background/learning-store.ts */
  learning: { db: 'huashu-learning', store: 'learning' },
  /** A lead's signing key and pack draft (options page): entrypoints/options/team-admin/team-lead.ts */
  lead: { db: 'huashu-lead', store: 'lead' },
  /** Phrases' risk flags per rules key (a cache, no message text): entrypoints/background/phrase-flag-store.ts */
  phraseFlags: { db: 'huashu-phrase-flags', store: 'flags' },
} as const;

export type DatabaseName = keyof typeof DATABASES;

/** Opens a declared database; `slot` names a shop profile's own copy (its team pack and subscription). */
export function openStore(name: DatabaseName, slot?: string): UseStore {
  const { db, store } = DATABASES[name];
  return createStore(slot ? `${db}:${slot}` : db, store);
}

/** storage.session (memory only: gone when the browser closes or crashes; survives a stopped worker). */
export const SESSION_KEYS = {
  /** A tab's latest reading (tab-store.ts). */
  tabReading: (tabId: number) => `tab-${tabId}`,
  /** The workbench tab that reported last (tab-store.ts). */
  recentTab: 'recent-tab',
  /** The last suggestion list per tab (suggest-service.ts). */
  lastList: (tabId: number) => `suggested-${tabId}`,
  /** The waiting queue's state (queue-start.ts). */
  queue: 'huashu-queue',
  /** Set once the open workbench tabs have their copy of the content script after the extension (re)started (content-scripts.ts, first-start.ts). */
  openTabsServed: 'huashu-open-tabs-served',
  /** Set once every team pack was synced after the extension or the browser (re)started (team-slots.ts). */
  teamPacksSynced: 'huashu-team-packs-synced',
  /** Demo builds only: the browser tests' clock offset (queue-start.ts). */
  testClockOffset: 'huashu-test-clock-offset',
} as const;

/** Where earlier releases kept readings (IndexedDB, on disk): deleted at start-up (tab-store.ts). */
export const LEGACY_SNAPSHOT_DATABASE = 'huashu-tabs';
