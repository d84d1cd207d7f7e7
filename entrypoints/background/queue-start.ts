// Wires the queue service into the worker: storage.session for what must survive the worker stopping,
// the toolbar badge, messages to panels and pages, and taps on the snapshot and insert handlers.
import { browser } from 'wxt/browser';
import { sendMessage, type InsertRequest, type InsertResult, type PanelState, type QueueView } from '../../utils/messaging';
import type { PackStore } from '../../utils/pack/sync';
import type { SettingsStore } from './settings-store';
import type { TabStore } from './tab-store';
import { createFigureStore } from './figures-store';
import { createQueueService, registerQueueHandlers, watchPackStandards, type QueueService, type QueueSession } from './queue-service';
import { SESSION_KEYS } from '../../utils/storage';

const SESSION_KEY = SESSION_KEYS.queue;
const CLOCK_KEY = SESSION_KEYS.testClockOffset;
/** Backstop for the worker's own timers, which die with it: wakes it while anything is being timed. */
const ALARM = 'huashu-queue-tick';

interface Timer {
  /** On this worker's clock (`now`). */
  due: number;
  run(): void;
  handle: ReturnType<typeof setTimeout>;
}

export interface QueueWiring {
  service: QueueService;
  /** The view last sent to the panels (computed now when there is none yet). */
  latestView(): Promise<QueueView>;
  /** notifyPanels of the snapshot handler, also feeding the queue with every reading. */
  tapSnapshots(notify: (state: PanelState) => Promise<unknown>): (state: PanelState) => Promise<void>;
  tapInserts(insert: (request: InsertRequest) => Promise<InsertResult>): (request: InsertRequest) => Promise<InsertResult>;
  watchPacks<T extends PackStore & { clear(): Promise<void> }>(store: T): T;
}

export function startQueue({ tabs, settings, packs }: { tabs: TabStore; settings: SettingsStore; packs: PackStore }): QueueWiring {
  // Demo builds let browser tests move this worker's clock (the service worker has no page.clock).
  let offset = 0;
  const now = () => Date.now() + offset;
  // Timers are kept with their due time on this clock, so moving the clock fires the ones that fall due.
  const timers = new Set<Timer>();
  const fire = (timer: Timer) => {
    if (!timers.delete(timer)) return;
    clearTimeout(timer.handle);
    timer.run();
  };
  const figures = createFigureStore();
  let lastView: QueueView | undefined;
  const service = createQueueService({
    now,
    snapshotOf: (tabId) => tabs.get(tabId),
    personalStandards: async () => (await settings.load()).service,
    figures,
    loadSession: async () => (await browser.storage.session.get(SESSION_KEY))[SESSION_KEY] as QueueSession | undefined,
    saveSession: (session) => browser.storage.session.set({ [SESSION_KEY]: session }),
    async setBadge(badge) {
      await browser.action.setBadgeText({ text: badge.text });
      await browser.action.setBadgeBackgroundColor({ color: badge.color });
      if (badge.count > 0) await browser.alarms.create(ALARM, { periodInMinutes: 0.5 });
      else await browser.alarms.clear(ALARM);
    },
    notifyPanels: (view) => {
      lastView = view;
      return sendMessage('queueStateChanged', view).catch(() => undefined);
    },
    openInTab: (tabId, request) => sendMessage('openConversationInPage', request, tabId),
    readDraft: (tabId) => sendMessage('readDraft', undefined, tabId),
    setTimer(run, ms) {
      const timer: Timer = { due: now() + ms, run, handle: setTimeout(() => fire(timer), ms) };
      timers.add(timer);
      return () => {
        clearTimeout(timer.handle);
        timers.delete(timer);
      };
    },
  });
  registerQueueHandlers(service, {
    openInTab: (tabId, request) => sendMessage('openConversationInPage', request, tabId),
    figures,
    now,
    teamStandards: async () => (await packs.getCurrent())?.pack.standards ?? null,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  void packs.getCurrent().then((stored) => service.setTeamStandards(stored?.pack.standards), () => undefined);
  browser.tabs.onRemoved.addListener((tabId) => void service.forgetTab(tabId));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void service.refresh();
  });

  if (import.meta.env.MODE === 'demo') {
    void browser.storage.session.get(CLOCK_KEY).then((stored) => {
      offset = Number(stored[CLOCK_KEY] ?? 0);
    });
    Object.assign(globalThis, {
      huashuTestClock: {
        now,
        async advance(ms: number) {
          offset += ms;
          await browser.storage.session.set({ [CLOCK_KEY]: offset });
          [...timers].filter((timer) => timer.due <= now()).forEach(fire);
          return service.refresh();
        },
        async reset() {
          offset = 0;
          await browser.storage.session.set({ [CLOCK_KEY]: 0 });
          return service.refresh();
        },
      },
    });
  }

  return {
    service,
    latestView: async () => lastView ?? service.view(),
    tapSnapshots: (notify) => async (state) => {
      if (state.tabId !== null && state.snapshot) await service.observeSnapshot(state.tabId, state.snapshot).catch(() => undefined);
      await notify(state);
    },
    tapInserts: (insert) => async (request) => {
      const result = await insert(request);
      await service.observeInsert(request, result).catch(() => undefined);
      return result;
    },
    watchPacks: (store) => watchPackStandards(store, (standards) => void service.setTeamStandards(standards)),
  };
}
