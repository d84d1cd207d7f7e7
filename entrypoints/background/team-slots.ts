// Team subscriptions per shop profile. The default profile's subscription keeps the stores and the alarm it
// had before profiles existed; a profile with its own team gets stores and an alarm named after its id.
// A workbench tab uses the team of the profile its shop chooses (settings.ts), so its rules follow the shop.
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type TeamQuery } from '../../utils/messaging';
import type { SignedPack } from '../../utils/pack/types';
import { activeProfile, DEFAULT_PROFILE_ID, teamSlots } from '../../utils/settings';
import { sendToAllTabs } from './open-tabs';
import { complianceBuiltins } from './compliance-builtins';
import { onFirstStart } from './first-start';
import { createPackStore, type ClearablePackStore } from './pack-store';
import type { SettingsStore } from './settings-store';
import type { TabStore } from './tab-store';
import { setTeamSelectorSets } from './taught-sites';
import { createTeamSync, TEAM_SYNC_ALARM, type TeamSync } from './team-sync';
import { openStore, SESSION_KEYS } from '../../utils/storage';

/** Profile ids as settings.ts makes them; anything else names the default subscription. */
const PROFILE_SLOT = /^shop-[0-9a-z-]{1,40}$/;

export interface TeamSlots {
  sync(slot: string): TeamSync;
  packs(slot: string): ClearablePackStore;
  /** The team a workbench tab uses: its shop profile's. */
  slotForTab(tabId: number | undefined): Promise<string>;
  /** After a settings change: tabs whose profile now uses another team get that team's rules. */
  retarget(): Promise<void>;
  /** The same for one tab, after its reading changed (another shop may be open). */
  retargetTab(tabId: number): Promise<void>;
}

/** The slot a team-sync alarm is for, or undefined for another alarm. */
function slotOfAlarm(name: string): string | undefined {
  if (name === TEAM_SYNC_ALARM) return DEFAULT_PROFILE_ID;
  return name.startsWith(`${TEAM_SYNC_ALARM}:`) ? slotOf({ team: name.slice(TEAM_SYNC_ALARM.length + 1) }) : undefined;
}

export function slotOf(query: TeamQuery | undefined): string {
  const team = query?.team;
  return team && PROFILE_SLOT.test(team) ? team : DEFAULT_PROFILE_ID;
}

export interface TeamSlotDeps {
  defaultPacks: ClearablePackStore;
  settings: SettingsStore;
  tabs: TabStore;
  /** A team's pack changed (stored or removed): its library is another now. */
  onLibraryChanged?(slot: string): void;
  /** The network (tests give a fake host). */
  fetch?: typeof fetch;
}

export function startTeamSlots(deps: TeamSlotDeps): TeamSlots {
  const syncs = new Map<string, TeamSync>();
  const stores = new Map<string, ClearablePackStore>([[DEFAULT_PROFILE_ID, deps.defaultPacks]]);
  /** The team each workbench tab was last given rules for. */
  const tabSlots = new Map<number, string>();

  const packs = (slot: string) => {
    let store = stores.get(slot);
    if (!store) stores.set(slot, (store = createPackStore(openStore('teamPack', slot))));
    return store;
  };

  const slotForTab = async (tabId: number | undefined) => {
    if (tabId === undefined) return DEFAULT_PROFILE_ID;
    const [settings, snapshot] = await Promise.all([deps.settings.load(), deps.tabs.get(tabId)]);
    return activeProfile(settings, snapshot?.conversation?.shopName).teamSlot;
  };

  /** Gives a tab its team's rules: always (`force`, the team's pack changed) or when its team is another now. */
  const tellTab = async (tabId: number, force: boolean, onlySlot?: string) => {
    const slot = await slotForTab(tabId);
    if (onlySlot !== undefined && slot !== onlySlot) return;
    // A page asks for its rules when it loads, before it has read a shop: those are the default team's.
    if (!force && (tabSlots.get(tabId) ?? DEFAULT_PROFILE_ID) === slot) return;
    tabSlots.set(tabId, slot);
    await sendMessage('complianceConfigChanged', await sync(slot).complianceConfig(), tabId);
  };

  const onPackChanged = async (slot: string, pack: SignedPack | null) => {
    // Selector sets are per site, not per shop: the default team's apply.
    if (slot === DEFAULT_PROFILE_ID) await setTeamSelectorSets(pack?.selectors ?? []);
    deps.onLibraryChanged?.(slot);
    await sendMessage('libraryChanged', undefined).catch(() => undefined);
    // Open workbench tabs of that team switch to its rules without a reload.
    await sendToAllTabs((tabId) => tellTab(tabId, true, slot));
  };

  const sync = (slot: string): TeamSync => {
    let found = syncs.get(slot);
    if (found) return found;
    found = createTeamSync({
      slot,
      packs: packs(slot),
      fetch: deps.fetch ?? ((input, init) => fetch(input, init)),
      now: Date.now,
      alarms: browser.alarms,
      onPackChanged: (pack) => onPackChanged(slot, pack),
      onStatus: (status) => sendMessage('teamStatusChanged', status).catch(() => undefined),
      ...(slot === DEFAULT_PROFILE_ID ? {} : { store: openStore('teamSubscription', slot) }),
    });
    syncs.set(slot, found);
    return found;
  };

  return {
    sync,
    packs,
    slotForTab,
    async retarget() {
      // A profile that no longer has a team of its own (or is gone) leaves it: its pack and alarm go. The
      // worker may have restarted since, so its alarm also names it.
      const wanted = new Set(teamSlots(await deps.settings.load()));
      const alarms = await browser.alarms.getAll();
      const known = new Set([...syncs.keys(), ...alarms.flatMap((alarm) => (slotOfAlarm(alarm.name) ? [slotOfAlarm(alarm.name)!] : []))]);
      for (const slot of known) {
        if (!wanted.has(slot) && (await sync(slot).status()).subscription) await sync(slot).unsubscribe();
      }
      await sendToAllTabs((tabId) => tellTab(tabId, false));
    },
    retargetTab: (tabId) => tellTab(tabId, false).catch(() => undefined),
  };
}

/** Messages, alarms and start-up for every profile's team. */
export function registerTeamSlots(slots: TeamSlots, settings: SettingsStore): void {
  onMessage('getTeamStatus', ({ data }) => slots.sync(slotOf(data)).status());
  onMessage('subscribeTeam', ({ data }) => slots.sync(slotOf(data)).subscribe(data));
  onMessage('unsubscribeTeam', ({ data }) => slots.sync(slotOf(data)).unsubscribe());
  onMessage('syncTeamNow', ({ data }) => slots.sync(slotOf(data)).syncNow());
  onMessage('getComplianceConfig', async ({ data, sender }) => {
    const slot = data?.team !== undefined ? slotOf(data) : await slots.slotForTab(sender.tab?.id);
    return slots.sync(slot).complianceConfig();
  });
  // For a copy on a taught host, which cannot read the packaged file itself.
  onMessage('getComplianceBuiltins', () => complianceBuiltins());

  browser.alarms.onAlarm.addListener(async (alarm) => {
    const slot = slotOfAlarm(alarm.name);
    if (!slot) return;
    // The alarm of a profile that has since given up its own team ends that subscription instead.
    if (teamSlots(await settings.load()).includes(slot)) await slots.sync(slot).syncNow();
    else await slots.sync(slot).unsubscribe();
  });
  const everySlot = async (run: (slot: string) => Promise<unknown>) => {
    for (const slot of teamSlots(await settings.load())) await run(slot);
  };
  const syncAfterStart = async () => {
    // Selectors are re-applied from the stored pack in case the worker stopped between saving it and applying them.
    const stored = await slots.packs(DEFAULT_PROFILE_ID).getCurrent();
    if (stored) await setTeamSelectorSets(stored.pack.selectors);
    // One team's failure does not hold back the others; each sync schedules its next attempt.
    await everySlot((slot) => slots.sync(slot).syncNow().catch(() => undefined));
  };
  // After a browser start, install, update, reload or re-enable: on the worker's first start since, not on
  // runtime.onStartup / onInstalled, which a reloaded worker may never get (first-start.ts).
  void onFirstStart(SESSION_KEYS.teamPacksSynced, syncAfterStart)
    .catch(() => undefined)
    // On every start: an alarm lost (a browser restart may drop them, a sync cut short never set it) is made again.
    .then(() => everySlot((slot) => slots.sync(slot).ensureScheduled()));
}

