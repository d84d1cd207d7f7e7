// Which adapter reads a page: one taught on this site, else a team-pushed selector set for its host,
// else a built-in adapter. Team and taught sets are data, so a fix needs no extension release.
import { findAdapter, type PlatformAdapter } from './adapter';
import type { SelectorSet, SelectorSetEntry } from './types';
import { hostPatternMatches, siteScope } from './urls';

/** Selectors the user taught on one site. */
export interface TaughtSite {
  /** From siteScope(): the host, plus the first path segment on loopback hosts (one fixture per folder). */
  scope: string;
  /** Shown in the panel instead of a platform name. */
  name: string;
  selectors: SelectorSet;
  taughtAt: number;
}

export interface SiteSources {
  builtins: readonly PlatformAdapter[];
  team: readonly SelectorSetEntry[];
  taught: readonly TaughtSite[];
}

export function resolveAdapter(url: string, { builtins, team, taught }: SiteSources): PlatformAdapter | undefined {
  const scope = siteScope(url);
  if (!scope) return undefined;
  const builtin = findAdapter(url, builtins);
  const host = new URL(url).hostname;

  const site = taught.find((candidate) => candidate.scope === scope);
  if (site) {
    return { ...(builtin ?? siteAdapter(`taught-${scope}`, site.name, host)), selectors: withBuiltinList(site.selectors, builtin), source: 'taught' };
  }

  const teamSet = team
    .filter((entry) => hostPatternMatches(entry.hostPattern, url))
    // A set for a built-in platform only applies where that platform's chat page is, and only when newer.
    .filter((entry) => !builtins.some((adapter) => adapter.id === entry.platform) || builtin?.id === entry.platform)
    .filter((entry) => !builtin || entry.version > builtin.version)
    .reduce<SelectorSetEntry | undefined>((best, entry) => (!best || entry.version > best.version ? entry : best), undefined);
  if (teamSet) {
    return { ...(builtin ?? siteAdapter(teamSet.platform, teamSet.platform, host)), selectors: withBuiltinList(teamSet.selectors, builtin), source: 'team' };
  }
  return builtin;
}

/** A taught or team set without a conversation-list part keeps the built-in one (teaching it is optional). */
function withBuiltinList(selectors: SelectorSet, builtin: PlatformAdapter | undefined): SelectorSet {
  const list = builtin?.selectors.conversationList;
  return selectors.conversationList || !list ? selectors : { ...selectors, conversationList: list };
}

function siteAdapter(id: string, name: string, host: string): Omit<PlatformAdapter, 'selectors'> {
  return { id, name, hosts: [host], paths: [], fixture: '', version: 0 };
}
