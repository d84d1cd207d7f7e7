// A platform adapter is data: where the workbench lives and what its DOM looks like.
import type { SelectorSet, SelectorSource } from './types';

export interface PlatformAdapter {
  id: string;
  /** Shown in the panel, e.g. 拼多多. */
  name: string;
  /** Host names the workbench is served from (exact, or "*.example.com"). */
  hosts: readonly string[];
  /** Path prefixes of the chat page on those hosts; empty = any path. */
  paths: readonly string[];
  /** Folder of the fixture workbench under test/fixtures/workbenches, matched on loopback hosts. */
  fixture: string;
  selectors: SelectorSet;
  /**
   * Version of the built-in selectors. A team set replaces them only with a higher version, so once an
   * extension release ships fixed selectors (and a higher version) it takes over from the lead's hot fix.
   */
  version: number;
  /** Absent means built in and verified against public DOM facts. */
  source?: SelectorSource;
}

/** Hosts of the fixture and demo workbenches, where the first path segment names the platform folder. */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost']);

export function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === pattern;
}

/** The adapter for a page URL: a real workbench host, or a fixture served on loopback (/<fixture>/...). */
export function findAdapter(url: string, adapters: readonly PlatformAdapter[]): PlatformAdapter | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (LOOPBACK_HOSTS.has(parsed.hostname)) {
    const folder = parsed.pathname.split('/')[1];
    return adapters.find((adapter) => adapter.fixture === folder);
  }
  return adapters.find(
    (adapter) =>
      adapter.hosts.some((pattern) => hostMatches(pattern, parsed.hostname)) &&
      (adapter.paths.length === 0 || adapter.paths.some((prefix) => parsed.pathname.startsWith(prefix))),
  );
}
