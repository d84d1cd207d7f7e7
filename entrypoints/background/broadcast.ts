import { browser } from 'wxt/browser';

/** Sends to every open tab; tabs without our content script simply do not answer. */
export async function sendToAllTabs(send: (tabId: number) => Promise<unknown>): Promise<void> {
  const open = await browser.tabs.query({});
  await Promise.all(open.map((tab) => (tab.id === undefined ? undefined : send(tab.id).catch(() => undefined))));
}
