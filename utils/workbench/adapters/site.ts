// Which adapter reads a page: one taught on this site, else a team-pushed selector set for its host,
// else a built-in adapter. Team and taught sets are data, so a fix needs no extension release.
import type { SelectorSetEntry } from '../../pack/types';
import { findAdapter, hostMatches, LOOPBACK_HOSTS, type PlatformAdapter } from '../adapter';
import type { SelectorSet } from '../types';

/** Selectors the user taught on one site. */
export interface TaughtSite {
  /** From siteScope(): the host, plus the first path segment on loopback hosts (one fixture per folder). */
  scope: string;
  /** Shown in the panel instead of a platform name. */
  name: string;
  selectors: SelectorSet;
  taughtAt: number;
}

function parseWebUrl(url: string): URL | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** What a taught selector set is saved under; undefined for pages that are not web pages. */
export function siteScope(url: string): string | undefined {
  const parsed = parseWebUrl(url);
  if (!parsed) return undefined;
  const host = parsed.hostname.toLowerCase();
  return LOOPBACK_HOSTS.has(host) ? `${host}/${parsed.pathname.split('/')[1] ?? ''}` : host;
}

/** The match pattern for a page's host, for permissions and registered content scripts (any port). */
export function originPattern(url: string): string | undefined {
  const parsed = parseWebUrl(url);
  return parsed ? `${parsed.protocol}//${parsed.hostname.toLowerCase()}/*` : undefined;
}

/** Whether a manifest match pattern ("https://*.example.com/*", "<all_urls>") covers a URL. */
export function matchPatternCovers(pattern: string, url: string): boolean {
  const parsed = parseWebUrl(url);
  if (!parsed) return false;
  if (pattern === '<all_urls>') return true;
  const match = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!match) return false;
  const [, scheme = '', host = '', path = ''] = match;
  if (scheme !== '*' && `${scheme}:` !== parsed.protocol) return false;
  if (host !== '*' && !hostMatches(host, parsed.hostname)) return false;
  const pathPattern = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathPattern.test(parsed.pathname + parsed.search);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** A team host pattern ("mms.pinduoduo.com", "*.example.com", "127.0.0.1:5273") against a URL. */
export function hostPatternMatches(hostPattern: string, url: string): boolean {
  const parsed = parseWebUrl(url);
  if (!parsed) return false;
  const [host = '', port] = hostPattern.split(':');
  return hostMatches(host, parsed.hostname) && (port === undefined || port === parsed.port);
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
