// What the extension derives from a page's URL: where taught selectors are saved, the match pattern asked for
// in permissions, whether a pattern covers a page, and whether a team's host pattern names it.
import { hostMatches, LOOPBACK_HOSTS } from './adapter';
import { escapeRegExp } from '../regexp';

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

/** A team host pattern ("mms.pinduoduo.com", "*.example.com", "127.0.0.1:5273") against a URL. */
export function hostPatternMatches(hostPattern: string, url: string): boolean {
  const parsed = parseWebUrl(url);
  if (!parsed) return false;
  const [host = '', port] = hostPattern.split(':');
  return hostMatches(host, parsed.hostname) && (port === undefined || port === parsed.port);
}
