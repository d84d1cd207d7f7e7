// Which adapter reads this page: asked of the background (taught and team-pushed sets live there),
// with the built-in adapters as the fallback when the worker cannot answer.
import { onMessage, removeAllListeners, sendMessage } from '../../utils/messaging';
import { findAdapter, type PlatformAdapter } from '../../utils/workbench/adapter';
import { ADAPTERS } from '../../utils/workbench/adapters';
import type { ScriptLifetime } from './lifetime';

/**
 * Resolves once an adapter reads this page: at once, or after the user teaches it. The object is then
 * updated in place when a re-taught or team-pushed set arrives, so readers holding it follow along.
 */
export function followSiteAdapter(lifetime: ScriptLifetime): Promise<PlatformAdapter> {
  // This copy's listeners go when it ends (a newer copy took over, or the extension was reloaded).
  lifetime.onInvalidated(removeAllListeners);
  return new Promise((resolve) => {
    let current: PlatformAdapter | undefined;
    const load = async () => {
      const next = await sendMessage('getSiteAdapter', { url: location.href }).catch(() => findAdapter(location.href, ADAPTERS) ?? null);
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
    onMessage('siteAdapterChanged', () => void load());
    void load();
  });
}
