import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { sendMessage } from '../../utils/messaging';
import { activeTab, sendToAllTabs } from './open-tabs';
import { keepContentScriptsCurrent } from './content-scripts';
import { registerHandlers } from './handlers';
import { createLearningStore } from './learning-store';
import { createLibraryViews, registerLibraryHandlers } from './library-handlers';
import { createLibraryStore } from './library-store';
import { createPackStore } from './pack-store';
import { startQueue } from './queue-start';
import { createSettingsStore } from './settings-store';
import { createSuggestService, lastListStore, registerSuggestHandlers } from './suggest-service';
import { createCodeService, registerCodeHandlers } from './code-service';
import { complianceBuiltins } from './compliance-builtins';
import { createPhraseFlagStore, packagedPhraseFlags } from './phrase-flag-store';
import { builtinPhrases, shippedIntentModel } from './library-builtins';
import { createTabStore, purgeLegacySnapshots } from './tab-store';
import { registerTaughtSiteHandlers } from './taught-sites';
import { registerTeamSlots, slotOf, startTeamSlots, type TeamSlots } from './team-slots';

export default defineBackground(() => {
  const tabs = createTabStore();
  // Conversations an earlier release left on disk go at start-up; this one keeps them in storage.session.
  void purgeLegacySnapshots();
  // Waiting queue, reminders, badge and figures: fed by the snapshot and insert handlers below.
  const queue = startQueue({ tabs, settings: createSettingsStore(), packs: createPackStore() });
  const settings = createSettingsStore();
  const library = createLibraryStore();
  const learning = createLearningStore();
  const lastLists = lastListStore();
  const notifySuggestions = () => sendMessage('suggestionsChanged', undefined).catch(() => undefined);
  // The panel's suggestions: one suggester per team library (a shop profile may have its own team), built
  // here; inserts teach it (learning-store.ts).
  let teams: TeamSlots | undefined;
  // Kept in memory until the personal phrases or that slot's pack change (below).
  const libraryViews = createLibraryViews({ library, packs: (query) => teams!.packs(slotOf(query)), builtinPhrases }, slotOf);
  const phrasesOf = async (slot: string) => (await libraryViews.view({ team: slot })).phrases;
  const suggestions = createSuggestService({
    phrases: phrasesOf,
    slotForTab: (tabId) => teams!.slotForTab(tabId),
    complianceConfig: (slot) => teams!.sync(slot).complianceConfig(),
    complianceBuiltins,
    packagedFlags: packagedPhraseFlags,
    flagStore: createPhraseFlagStore(),
    intentModel: shippedIntentModel,
    library,
    learning,
    queue: () => queue.latestView(),
    snapshotOf: (tabId) => tabs.get(tabId),
    notifyPanels: notifySuggestions,
    lastLists,
  });
  registerSuggestHandlers(suggestions, learning, notifySuggestions, browser.runtime.getURL('/'));
  // 快捷编码 typed in the reply box (`/fh1`): the same libraries, searched by code.
  const codes = createCodeService({
    phrases: phrasesOf,
    slotForTab: (tabId) => teams!.slotForTab(tabId),
    conversationOf: async (tabId) => (tabId === undefined ? null : (await tabs.get(tabId))?.conversation),
  });
  registerCodeHandlers(codes);
  // Team packs: the default subscription (its pack also feeds the queue's service standards) and one per
  // shop profile with a team of its own; synced on start-up, on their alarms and on 立即同步.
  teams = startTeamSlots({
    defaultPacks: queue.watchPacks(createPackStore()),
    settings,
    tabs,
    onLibraryChanged: (slot) => {
      libraryViews.changed(slot);
      suggestions.libraryChanged(slot);
      codes.libraryChanged(slot);
    },
  });
  registerTeamSlots(teams, settings);
  const slots = teams;
  registerHandlers({
    tabs,
    settings,
    activeTabId: async (windowId) => (await activeTab(windowId))?.id,
    notifyPanels: queue.tapSnapshots(async (state) => {
      await sendMessage('panelStateChanged', state).catch(() => undefined);
      // Another shop may be open in that tab now: its page checks with that shop's team rules.
      if (state.tabId !== null) await slots.retargetTab(state.tabId);
    }),
    insertIntoTab: suggestions.tapInserts(queue.tapInserts((request) => sendMessage('insertIntoPage', request, request.tabId))),
    suggest: suggestions.suggest,
    async notifyTabs(saved) {
      await sendToAllTabs((tabId) => sendMessage('settingsChanged', saved, tabId));
      await slots.retarget();
      // A profile may now use another team: lists are made again for the tab's shop.
      await notifySuggestions();
    },
  });

  registerLibraryHandlers({
    library,
    packs: (query) => slots.packs(slotOf(query)),
    now: Date.now,
    views: libraryViews,
    notifyLibraryChanged: async () => {
      // Personal phrases are in every profile's library.
      libraryViews.changed();
      suggestions.libraryChanged();
      codes.libraryChanged();
      await sendMessage('libraryChanged', undefined).catch(() => undefined);
    },
  });

  // Taught and team-pushed selector sets for sites beyond the built-in adapters.
  registerTaughtSiteHandlers();

  // One working content script per workbench tab, also after an update (no workbench reload needed).
  keepContentScriptsCurrent();

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.remove(tabId);
    void lastLists.remove(tabId);
  });
  // The toolbar icon (and its Alt+Shift+H command) opens the side panel.
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
});
