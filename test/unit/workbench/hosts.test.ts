// The manifest asks for exactly the hosts the content script runs on (hosts.ts): every built-in adapter's
// chat page must be covered, or that platform's workbench would never get the content script.
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../utils/workbench/adapters/index';
import { WORKBENCH_MATCHES } from '../../../utils/workbench/hosts';
import { matchPatternCovers } from '../../../utils/workbench/urls';

describe('manifest host list', () => {
  it.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('covers every host and path of %s', (_, adapter) => {
    for (const host of adapter.hosts) {
      // A wildcard host is checked on one of its subdomains.
      const concrete = host.replace(/^\*\./, 'www.');
      for (const path of adapter.paths.length > 0 ? adapter.paths : ['/']) {
        const url = `https://${concrete}${path}`;
        expect(WORKBENCH_MATCHES.some((pattern) => matchPatternCovers(pattern, url)), url).toBe(true);
      }
    }
  });

  it('asks for nothing beyond the adapters: every pattern serves at least one adapter', () => {
    for (const pattern of WORKBENCH_MATCHES) {
      const served = ADAPTERS.some((adapter) => adapter.hosts.some((host) => matchPatternCovers(pattern, `https://${host.replace(/^\*\./, 'www.')}/`)));
      expect(served, pattern).toBe(true);
    }
  });
});
