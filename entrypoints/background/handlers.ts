// Message handlers of the background worker, registered apart from defineBackground so tests can drive them.
import { onMessage, sendMessage, type InsertResult, type PanelState, type SuggestedReplies } from '../../utils/messaging';
import type { Settings } from '../../utils/settings';
import type { WorkbenchSnapshot } from '../../utils/workbench/types';
import type { SettingsStore } from './settings-store';
import type { TabStore } from './tab-store';

export interface BackgroundDeps {
  tabs: TabStore;
  settings: SettingsStore;
  /** The active tab of a window (the panel's window), if any. */
  activeTabId(windowId?: number): Promise<number | undefined>;
  /** Tell open panels; no panel open is normal. */
  notifyPanels(state: PanelState): Promise<void>;
  /** Tell the workbench pages (their inline check follows the settings). */
  notifyTabs(settings: Settings): Promise<void>;
  /** Forward an insert to the content script of a tab. */
  insertIntoTab: (request: Parameters<typeof sendMessage<'insertIntoPage'>>[1]) => Promise<InsertResult>;
  /** The panel's suggestions for a tab's reading (suggest-service.ts); none when absent. */
  suggest?(tabId: number, snapshot: WorkbenchSnapshot): Promise<SuggestedReplies | null>;
}

export const PAGE_GONE_MESSAGE = '工作台页面没有响应：请刷新工作台页面后重试';

export function registerHandlers(deps: BackgroundDeps): void {
  onMessage('snapshotChanged', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await acceptSnapshot(deps, tabId, data);
  });

  onMessage('getPanelState', async ({ data }) => panelState(deps, data.windowId));

  onMessage('insertReply', async ({ data }) => {
    try {
      return await deps.insertIntoTab(data);
    } catch {
      return { ok: false, message: PAGE_GONE_MESSAGE };
    }
  });

  onMessage('getSettings', () => deps.settings.load());
  onMessage('saveSettings', async ({ data }) => {
    const saved = await deps.settings.save(data);
    await deps.notifyTabs(saved);
    return saved;
  });
  // Only the choice changes: a panel's copy of the other settings may be older than the options page's.
  onMessage('chooseProfile', async ({ data }) => {
    const saved = await deps.settings.save({ ...(await deps.settings.load()), profileChoice: data });
    await deps.notifyTabs(saved);
    return saved;
  });
}

export async function acceptSnapshot(deps: Pick<BackgroundDeps, 'tabs' | 'notifyPanels'>, tabId: number, snapshot: WorkbenchSnapshot) {
  await deps.tabs.put(tabId, snapshot);
  await deps.notifyPanels({ tabId, snapshot });
}

/**
 * The active tab when it is a workbench, else the workbench that reported last; with the suggestions for its
 * reading in the same answer, so a new buyer message reaches the panel's list in one round trip.
 */
export async function panelState(deps: Pick<BackgroundDeps, 'tabs' | 'activeTabId' | 'suggest'>, windowId?: number): Promise<PanelState> {
  const withSuggestions = async (tabId: number, snapshot: WorkbenchSnapshot): Promise<PanelState> => {
    if (!deps.suggest) return { tabId, snapshot };
    const suggested = await deps.suggest(tabId, snapshot).catch(() => null);
    return { tabId, snapshot, suggested };
  };
  const active = await deps.activeTabId(windowId);
  if (active !== undefined) {
    const snapshot = await deps.tabs.get(active);
    if (snapshot) return withSuggestions(active, snapshot);
  }
  const recent = await deps.tabs.mostRecent();
  return recent ? withSuggestions(recent.tabId, recent.snapshot) : { tabId: null, snapshot: null };
}
