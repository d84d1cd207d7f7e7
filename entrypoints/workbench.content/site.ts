// Which adapter reads this page: asked of the background (taught and team-pushed sets live there),
// with the built-in adapters as the fallback when the worker cannot answer.
import { onMessage, removeAllListeners, sendMessage } from '../../utils/messaging';
import { findAdapter, type PlatformAdapter } from '../../utils/workbench/adapter';
import { ADAPTERS } from '../../utils/workbench/adapters';
import type { ScriptLifetime } from './lifetime';

/** How long the worker's adapter is waited for before a built-in one reads the page. */
const WORKER_ANSWER_WAIT_MS = 1500;

/**
 * Resolves once an adapter reads this page: at once, or after the user teaches it. The object is then
 * updated in place when a re-taught or team-pushed set arrives, so readers holding it follow along.
 */
export function followSiteAdapter(lifetime: ScriptLifetime): Promise<PlatformAdapter> {
  // This copy's listeners go when it ends (a newer copy took over, or the extension was reloaded).
  lifetime.onInvalidated(removeAllListeners);
  return new Promise((resolve) => {
    let current: PlatformAdapter | undefined;
    const use = (next: PlatformAdapter | null) => {
      if (!next) {
        if (!current) sendMessage('pageUnrecognised', { url: location.href }).catch(() => undefined);
        return;
      }
      if (current) {
        Object.assign(current, { source: undefined }, next);
      } else {
        current = { ...next };
        resolve(current);
      }
    };
    const load = async () => use(await sendMessage('getSiteAdapter', { url: location.href }).catch(() => findAdapter(location.href, ADAPTERS) ?? null));
    onMessage('siteAdapterChanged', () => void load());
    void load();
    // A worker that never answers (left half-started by Chromium after an update, README 页面不可信) must not keep a
    // built-in workbench unread and unchecked: its built-in adapter reads it meanwhile, the worker's takes over on answer.
    setTimeout(() => {
      const builtIn = findAdapter(location.href, ADAPTERS);
      if (!current && builtIn && lifetime.isValid) use(builtIn);
    }, WORKER_ANSWER_WAIT_MS);
  });
}
