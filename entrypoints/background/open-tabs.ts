// The browser's open tabs, as the background worker addresses them.
import { browser, type Browser } from 'wxt/browser';

/** Sends to every open tab; tabs without our content script simply do not answer. */
export async function sendToAllTabs(send: (tabId: number) => Promise<unknown>): Promise<void> {
  const open = await browser.tabs.query({});
  await Promise.all(open.map((tab) => (tab.id === undefined ? undefined : send(tab.id).catch(() => undefined))));
}

/** The active tab of a window (the panel's), or of the last focused window when the window is not known. */
export async function activeTab(windowId?: number): Promise<Browser.tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query(windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId });
  return tab;
}
