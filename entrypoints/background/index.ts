import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { sendMessage } from '../../utils/messaging';
import { sendToAllTabs } from './broadcast';
import { keepContentScriptsCurrent } from './content-scripts';
import { registerHandlers } from './handlers';
import { createLearningStore } from './learning-store';
import { libraryView, registerLibraryHandlers } from './library-handlers';
import { createLibraryStore } from './library-store';
import { createPackStore } from './pack-store';
import { startQueue } from './queue-start';
import { createSuggestService, lastListStore, registerSuggestHandlers } from './suggest-service';
import { createSettingsStore } from './settings-store';
import { createTabStore, purgeLegacySnapshots } from './tab-store';
import { registerTaughtSiteHandlers } from './taught-sites';
import { startTeamSync } from './team-sync';

export default defineBackground(() => {
  const tabs = createTabStore();
  // Conversations an earlier release left on disk go at start-up; this one keeps them in storage.session.
  void purgeLegacySnapshots();
  // Waiting queue, reminders, badge and figures: fed by the snapshot and insert handlers below.
  const queue = startQueue({ tabs, settings: createSettingsStore(), packs: createPackStore() });
  // The panel's suggestions: one suggester per library, built here; inserts teach it (learning-store.ts).
  const library = createLibraryStore();
  const learning = createLearningStore();
  const lastLists = lastListStore();
  const suggestions = createSuggestService({
    phrases: async () => (await libraryView({ library, packs: createPackStore() })).phrases,
    library,
    learning,
    queue: () => queue.latestView(),
    snapshotOf: (tabId) => tabs.get(tabId),
    notifyPanels: () => sendMessage('suggestionsChanged', undefined).catch(() => undefined),
    lastLists,
  });
  registerSuggestHandlers(suggestions, learning, () => sendMessage('suggestionsChanged', undefined).catch(() => undefined));
  registerHandlers({
    tabs,
    settings: createSettingsStore(),
    async activeTabId(windowId) {
      const [tab] = await browser.tabs.query(windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId });
      return tab?.id;
    },
    notifyPanels: queue.tapSnapshots((state) => sendMessage('panelStateChanged', state).catch(() => undefined)),
    insertIntoTab: suggestions.tapInserts(queue.tapInserts((request) => sendMessage('insertIntoPage', request, request.tabId))),
    suggest: suggestions.suggest,
    notifyTabs: (settings) => sendToAllTabs((tabId) => sendMessage('settingsChanged', settings, tabId)),
  });

  const packs = suggestions.watchPacks(queue.watchPacks(createPackStore()));
  registerLibraryHandlers({
    library,
    packs,
    now: Date.now,
    notifyLibraryChanged: async () => {
      suggestions.libraryChanged();
      await sendMessage('libraryChanged', undefined).catch(() => undefined);
    },
  });

  // Taught and team-pushed selector sets for sites beyond the built-in adapters.
  registerTaughtSiteHandlers();

  // Team pack: sync on start-up, on the alarm and on 立即同步.
  startTeamSync(packs);

  // One working content script per workbench tab, also after an update (no workbench reload needed).
  keepContentScriptsCurrent();

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.remove(tabId);
    void lastLists.remove(tabId);
  });
  // The toolbar icon (and its Alt+Shift+H command) opens the side panel.
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
});
