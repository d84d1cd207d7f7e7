// Keeps exactly one working copy of the workbench content script in every open workbench tab.
// - Each copy holds a port open to this worker: when the extension is reloaded or updated, the port of
//   the old copy disconnects and that copy ends itself (entrypoints/workbench.content/lifetime.ts).
// - Chrome does not run content scripts in tabs that were already open when the extension was installed
//   or updated: inject the new copy into them, so agents need not reload their workbench.
import { browser, type Browser } from 'wxt/browser';
import { LIFETIME_PORT } from '../../utils/messaging';
import { CONTENT_SCRIPT_FILE } from './taught-sites';

export function keepContentScriptsCurrent(): void {
  // Nothing is exchanged: while the port is open, the extension is there. Held so nothing collects it.
  const open = new Set<Browser.runtime.Port>();
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIFETIME_PORT) return;
    open.add(port);
    port.onDisconnect.addListener(() => open.delete(port));
  });
  browser.runtime.onInstalled.addListener(() => void injectIntoOpenTabs());
}

/** The declared workbench hosts and the hosts the agent taught (registered at runtime). */
async function workbenchPatterns(): Promise<string[]> {
  const declared = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
  const registered = (await browser.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []);
  return [...new Set([...declared, ...registered])];
}

export async function injectIntoOpenTabs(): Promise<void> {
  const patterns = await workbenchPatterns();
  if (patterns.length === 0) return;
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.all(
    tabs.map((tab) =>
      // A page still loading gets the declared script from the browser itself (injecting into it as well
      // can hold its load event back); error pages and withdrawn hosts refuse, and are skipped.
      tab.id === undefined || tab.discarded || tab.status !== 'complete'
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined),
    ),
  );
}
