// Selector sets beyond the built-in adapters: taught by the user on a site, or pushed by a team lead in
// a pack. Kept in IndexedDB; a taught host gets a registered content script so it is read next time.
import { del, get, set, type UseStore } from 'idb-keyval';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, WORKBENCH_SCRIPT_REGISTRY } from '../../utils/messaging';
import type { SelectorSetEntry } from '../../utils/workbench/types';
import { ADAPTERS } from '../../utils/workbench/adapters';
import { matchPatternCovers, originPattern, siteScope } from '../../utils/workbench/urls';
import { resolveAdapter, type TaughtSite } from '../../utils/workbench/resolve-adapter';
import type { TeachState } from '../../utils/workbench/teach';
import { activeTab, sendToAllTabs } from './open-tabs';
import { openStore } from '../../utils/storage';

export interface SiteStore {
  taught(): Promise<TaughtSite[]>;
  saveTaught(site: TaughtSite): Promise<void>;
  removeTaught(scope: string): Promise<void>;
  team(): Promise<SelectorSetEntry[]>;
  setTeam(sets: SelectorSetEntry[]): Promise<void>;
}

const TAUGHT_KEY = 'taught';
const TEAM_KEY = 'team';

export function createSiteStore(store: UseStore = openStore('sites')): SiteStore {
  const taught = async () => (await get<TaughtSite[]>(TAUGHT_KEY, store)) ?? [];
  return {
    taught,
    async saveTaught(site) {
      await set(TAUGHT_KEY, [...(await taught()).filter((known) => known.scope !== site.scope), site], store);
    },
    async removeTaught(scope) {
      await set(TAUGHT_KEY, (await taught()).filter((known) => known.scope !== scope), store);
    },
    team: async () => (await get<SelectorSetEntry[]>(TEAM_KEY, store)) ?? [],
    async setTeam(sets) {
      if (sets.length === 0) await del(TEAM_KEY, store);
      else await set(TEAM_KEY, sets, store);
    },
  };
}

let sharedStore: SiteStore | undefined;
function siteStore(): SiteStore {
  return (sharedStore ??= createSiteStore());
}

/**
 * Called by the team pack sync with the stored pack's `selectors`: a set for a host overrides the
 * built-in adapter's selectors there, without an extension release. Open workbench tabs re-read.
 */
export async function setTeamSelectorSets(sets: readonly SelectorSetEntry[]): Promise<void> {
  await siteStore().setTeam([...sets]);
  await tellAllTabs();
}

function tellAllTabs(): Promise<void> {
  return sendToAllTabs((tabId) => sendMessage('siteAdapterChanged', undefined, tabId));
}

/** The workbench content script as built (also injected into open tabs after an update). */
const CONTENT_SCRIPT_FILE = '/content-scripts/workbench.js';

function scriptId(url: string): string {
  return `taught-${new URL(url).hostname.replace(/[^a-z0-9.-]/gi, '_')}`;
}

/** Runs the content script on this host from now on, unless the manifest already does. */
async function registerContentScript(url: string): Promise<void> {
  const pattern = originPattern(url);
  if (!pattern) return;
  const declared = browser.runtime.getManifest().content_scripts ?? [];
  if (declared.some((script) => script.matches?.some((match) => matchPatternCovers(match, url)))) return;
  const id = scriptId(url);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [pattern], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

async function unregisterContentScript(scope: string, remaining: readonly TaughtSite[]): Promise<void> {
  const host = scope.split('/')[0];
  if (remaining.some((site) => site.scope.split('/')[0] === host)) return;
  const id = scriptId(`https://${host}/`);
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (!registered) return;
  await browser.scripting.unregisterContentScripts({ ids: [id] });
  // Give the host back: it was asked for when this site was taught.
  await browser.permissions.remove({ origins: registered.matches ?? [] }).catch(() => undefined);
}

/**
 * The teaching picker as built (entrypoints/teach-picker): injected only when teaching starts, so the workbench
 * content script every workbench tab parses does not carry it. Not a web-accessible resource.
 */
export const TEACH_PICKER_FILE = '/teach-picker.js';

/** Injects the content script unless a working copy already runs in the tab; throws when the tab refuses. */
export async function injectUnlessWorking(tabId: number): Promise<void> {
  // Runs in the content script's isolated world, where each copy registers itself (lifetime.ts).
  const [probe] = await browser.scripting.executeScript({
    target: { tabId },
    func: (registry: string) => (globalThis as unknown as Record<string, { isWorking?: boolean } | undefined>)[registry]?.isWorking === true,
    args: [WORKBENCH_SCRIPT_REGISTRY],
  });
  if (probe?.result !== true) await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

/**
 * Starts picking in the tab: makes sure a working copy of the content script runs there (it reads the page once
 * the site is taught, and teaching ends with it), then injects the picker into the same isolated world.
 */
async function beginTeachingIn(tabId: number): Promise<boolean> {
  try {
    await injectUnlessWorking(tabId);
    await browser.scripting.executeScript({ target: { tabId }, files: [TEACH_PICKER_FILE] });
    return true;
  } catch {
    return false;
  }
}

export function registerTaughtSiteHandlers(sites: SiteStore = siteStore()): void {
  const teachStates = new Map<number, TeachState>();
  let lastUnrecognisedTab: number | undefined;

  const setTeachState = async (tabId: number, state: TeachState) => {
    teachStates.set(tabId, state);
    await sendMessage('teachStateChanged', { tabId, state }).catch(() => undefined);
  };

  onMessage('getSiteAdapter', async ({ data }) => {
    const [team, taught] = await Promise.all([sites.team(), sites.taught()]);
    return resolveAdapter(data.url, { builtins: ADAPTERS, team, taught }) ?? null;
  });

  onMessage('pageUnrecognised', ({ sender }) => {
    lastUnrecognisedTab = sender.tab?.id ?? lastUnrecognisedTab;
    // A panel opened before this page finished loading has already asked, and found nothing.
    void sendMessage('teachTargetChanged', undefined).catch(() => undefined);
  });

  onMessage('getTeachTarget', async ({ data }) => {
    const active = await activeTab(data.windowId);
    if (active?.id !== undefined && active.url && siteScope(active.url)) return { tabId: active.id, url: active.url };
    // The panel opened as a tab (or the active tab is the extension's own page): the page that asked to be taught.
    if (lastUnrecognisedTab !== undefined) {
      const tab = await browser.tabs.get(lastUnrecognisedTab).catch(() => undefined);
      if (tab?.id !== undefined && tab.url) return { tabId: tab.id, url: tab.url };
    }
    // A page on a host we may not read yet: the panel asks for its address and the permission.
    return active?.id !== undefined && !active.url ? { tabId: active.id } : null;
  });

  onMessage('startTeaching', async ({ data }) => {
    const tab = await browser.tabs.get(data.tabId).catch(() => undefined);
    if (!tab?.url || !siteScope(tab.url)) return { ok: false, message: '读不到这个页面：请确认已允许话术助手访问这个网站，并且页面是网页（http/https）' };
    await registerContentScript(tab.url);
    if (!(await beginTeachingIn(data.tabId))) return { ok: false, message: '页面没有响应：请刷新页面后再教一遍' };
    await setTeachState(data.tabId, { phase: 'picking' });
    return { ok: true };
  });

  onMessage('teachProgress', async ({ data, sender }) => {
    if (sender.tab?.id !== undefined) await setTeachState(sender.tab.id, data);
  });

  onMessage('getTeachState', ({ data }) => teachStates.get(data.tabId) ?? { phase: 'idle' });

  onMessage('sendTeachCommand', async ({ data }) => {
    const phase = teachStates.get(data.tabId)?.phase;
    if (phase !== 'checking' && phase !== 'preview') return { ok: false, message: '没有正在进行的教读取：请先在页面上教一遍' };
    return sendMessage('teachCommand', data.command, data.tabId)
      .then(() => ({ ok: true as const }))
      .catch(() => ({ ok: false as const, message: '页面没有响应：请刷新页面后再教一遍' }));
  });

  onMessage('saveTaughtSite', async ({ data }) => {
    const state = teachStates.get(data.tabId);
    if (state?.phase === 'checking') return { ok: false, message: '保存前请先在工作台里切换一次会话，确认读到的买家跟着变' };
    if (state?.phase !== 'preview') return { ok: false, message: '没有待保存的内容：请先在页面上教一遍' };
    const { draft } = state;
    await sites.saveTaught({ scope: draft.scope, name: data.name.trim() || draft.title || draft.scope, selectors: draft.selectors, taughtAt: Date.now() });
    await registerContentScript(draft.url);
    await setTeachState(data.tabId, { phase: 'saved' });
    await sendMessage('siteAdapterChanged', undefined, data.tabId).catch(() => undefined);
    return { ok: true };
  });

  onMessage('listTaughtSites', () => sites.taught());

  onMessage('removeTaughtSite', async ({ data }) => {
    await sites.removeTaught(data);
    await unregisterContentScript(data, await sites.taught());
    await tellAllTabs();
  });
}
