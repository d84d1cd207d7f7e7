// Keeps exactly one working copy of the workbench content script in every open workbench tab.
// - Each copy holds a port open to this worker: when the extension is reloaded or updated, the port of
//   the old copy disconnects and that copy ends itself (entrypoints/workbench.content/lifetime.ts).
// - Chrome does not run content scripts in tabs that were already open when the extension was installed,
//   updated, reloaded or enabled again: the first start of this worker after that injects the new copy
//   into them, so agents need not reload their workbench.
import { browser, type Browser } from 'wxt/browser';
import { LIFETIME_PORT } from '../../utils/messaging';
import { SESSION_KEYS } from '../../utils/storage';
import { onFirstStart } from './first-start';
import { injectUnlessWorking } from './taught-sites';

/** Waits before trying a tab again after a refused injection: a passing refusal must not leave it without a checker. */
const INJECT_RETRY_MS = [250, 1000, 4000];

export function keepContentScriptsCurrent(): void {
  // Nothing is exchanged: while the port is open, the extension is there. Held so nothing collects it.
  const open = new Set<Browser.runtime.Port>();
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIFETIME_PORT) return;
    open.add(port);
    port.onDisconnect.addListener(() => open.delete(port));
  });
  // Not on runtime.onInstalled, which a reloaded worker may never get (first-start.ts). A pass cut short
  // runs again on the next start; a tab with a working copy is skipped then.
  void onFirstStart(SESSION_KEYS.openTabsServed, injectIntoOpenTabs);
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
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      // A page still loading is not injected into now (that can hold its load event back). The browser runs
      // the declared script in it if it had not reached document_idle when the extension loaded; one past
      // that (waiting for an image, say) gets nothing from the browser: both are looked at once loaded.
      if (tab.status !== 'complete') await loaded(tab.id);
      await ensureWorkingCopy(tab.id);
    }),
  );
}

/** Injects the content script unless a working copy already runs in the tab, trying again if the tab refuses. */
async function ensureWorkingCopy(tabId: number): Promise<void> {
  for (const waitMs of [0, ...INJECT_RETRY_MS]) {
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    try {
      await injectUnlessWorking(tabId);
      return;
    } catch {
      // Error pages, a closed tab and withdrawn hosts refuse every time: a few short waits, then left alone.
    }
  }
}

/** Resolves once the tab has finished loading, or is gone. */
function loaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      resolve();
    };
    const onUpdated = (id: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const onRemoved = (id: number) => {
      if (id === tabId) done();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    // It may have finished between the query and now.
    browser.tabs.get(tabId).then((tab) => tab.status === 'complete' && done(), done);
  });
}
