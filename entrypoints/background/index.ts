import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { sendMessage } from '../../utils/messaging';
import { sendToAllTabs } from './broadcast';
import { keepContentScriptsCurrent } from './content-scripts';
import { registerHandlers } from './handlers';
import { registerLibraryHandlers } from './library-handlers';
import { createLibraryStore } from './library-store';
import { createPackStore } from './pack-store';
import { startQueue } from './queue-start';
import { createSettingsStore } from './settings-store';
import { createTabStore, purgeLegacySnapshots } from './tab-store';
import { registerTaughtSiteHandlers } from './taught-sites';
import { registerTeamSlots, slotOf, startTeamSlots } from './team-slots';

export default defineBackground(() => {
  const tabs = createTabStore();
  // Conversations an earlier release left on disk go at start-up; this one keeps them in storage.session.
  void purgeLegacySnapshots();
  // Waiting queue, reminders, badge and figures: fed by the snapshot and insert handlers below.
  const queue = startQueue({ tabs, settings: createSettingsStore(), packs: createPackStore() });
  // Team packs: the default subscription (its pack also feeds the queue's service standards) and one per
  // shop profile with a team of its own; synced on start-up, on their alarms and on 立即同步.
  const settings = createSettingsStore();
  const teams = startTeamSlots({ defaultPacks: queue.watchPacks(createPackStore()), settings, tabs });
  registerTeamSlots(teams, settings);
  registerHandlers({
    tabs,
    settings,
    async activeTabId(windowId) {
      const [tab] = await browser.tabs.query(windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId });
      return tab?.id;
    },
    notifyPanels: queue.tapSnapshots(async (state) => {
      await sendMessage('panelStateChanged', state).catch(() => undefined);
      // Another shop may be open in that tab now: its page checks with that shop's team rules.
      if (state.tabId !== null) await teams.retargetTab(state.tabId);
    }),
    insertIntoTab: queue.tapInserts((request) => sendMessage('insertIntoPage', request, request.tabId)),
    async notifyTabs(saved) {
      await sendToAllTabs((tabId) => sendMessage('settingsChanged', saved, tabId));
      await teams.retarget();
    },
  });

  registerLibraryHandlers({
    library: createLibraryStore(),
    packs: (query) => teams.packs(slotOf(query)),
    now: Date.now,
    notifyLibraryChanged: () => sendMessage('libraryChanged', undefined).catch(() => undefined),
  });

  // Taught and team-pushed selector sets for sites beyond the built-in adapters.
  registerTaughtSiteHandlers();

  // One working content script per workbench tab, also after an update (no workbench reload needed).
  keepContentScriptsCurrent();

  browser.tabs.onRemoved.addListener((tabId) => void tabs.remove(tabId));
  // The toolbar icon (and its Alt+Shift+H command) opens the side panel.
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
});
