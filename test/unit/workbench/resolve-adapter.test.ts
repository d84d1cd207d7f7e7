import { describe, expect, it } from 'vitest';
import type { SelectorSetEntry } from '../../../utils/workbench/types';
import { ADAPTERS } from '../../../utils/workbench/adapters';
import { pinduoduo } from '../../../utils/workbench/adapters/pinduoduo';
import { hostPatternMatches, matchPatternCovers, originPattern, siteScope } from '../../../utils/workbench/urls';
import { resolveAdapter, type TaughtSite } from '../../../utils/workbench/resolve-adapter';
import type { SelectorSet } from '../../../utils/workbench/types';

const SET_A: SelectorSet = { messageList: '.a-list', messageRow: '.a-row', directions: [{ match: '.me', direction: 'agent' }], buyerName: '.a-name', input: 'textarea' };
const SET_B: SelectorSet = { ...SET_A, messageList: '.b-list' };

const team = (platform: string, hostPattern: string, version: number, selectors = SET_A): SelectorSetEntry => ({ platform, hostPattern, version, selectors });
const taught = (scope: string, selectors = SET_B): TaughtSite => ({ scope, name: '小满家居', selectors, taughtAt: 1 });

describe('where a site’s selectors are kept', () => {
  it('scopes taught sets by host, and by first folder on loopback (one fixture per folder)', () => {
    expect(siteScope('https://Kefu.Example.com/chat?x=1')).toBe('kefu.example.com');
    expect(siteScope('http://127.0.0.1:5273/generic/index.html')).toBe('127.0.0.1/generic');
    expect(siteScope('chrome-extension://abc/sidepanel.html')).toBeUndefined();
    expect(siteScope('not a url')).toBeUndefined();
  });

  it('asks for one host at a time, any port', () => {
    expect(originPattern('http://127.0.0.1:5273/generic/index.html')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://kefu.example.com/a/b')).toBe('https://kefu.example.com/*');
    expect(originPattern('file:///tmp/x.html')).toBeUndefined();
  });

  it('knows which pages the manifest already covers', () => {
    expect(matchPatternCovers('https://mms.pinduoduo.com/*', 'https://mms.pinduoduo.com/chat-merchant/index.html')).toBe(true);
    expect(matchPatternCovers('http://127.0.0.1/*', 'http://127.0.0.1:5273/generic/index.html')).toBe(true);
    expect(matchPatternCovers('https://*.jd.com/*', 'https://dongdong.jd.com/')).toBe(true);
    expect(matchPatternCovers('https://*.jd.com/jdm/*', 'https://shop.jd.com/orders')).toBe(false);
    expect(matchPatternCovers('https://mms.pinduoduo.com/*', 'http://mms.pinduoduo.com/')).toBe(false);
    expect(matchPatternCovers('<all_urls>', 'https://example.com/')).toBe(true);
  });

  it('matches team host patterns with an optional port', () => {
    expect(hostPatternMatches('*.example.com', 'https://kefu.example.com/')).toBe(true);
    expect(hostPatternMatches('127.0.0.1:5273', 'http://127.0.0.1:5273/generic/')).toBe(true);
    expect(hostPatternMatches('127.0.0.1:5273', 'http://127.0.0.1:9999/generic/')).toBe(false);
  });
});

describe('choosing the adapter for a page', () => {
  const PDD = 'https://mms.pinduoduo.com/chat-merchant/index.html';

  it('uses the built-in adapter when nothing was taught or pushed', () => {
    expect(resolveAdapter(PDD, { builtins: ADAPTERS, team: [], taught: [] })).toBe(pinduoduo);
    expect(resolveAdapter('https://kefu.example.com/', { builtins: ADAPTERS, team: [], taught: [] })).toBeUndefined();
  });

  it('lets the newest team set for a built-in platform replace its selectors, keeping its name', () => {
    const resolved = resolveAdapter(PDD, { builtins: ADAPTERS, team: [team('pinduoduo', 'mms.pinduoduo.com', 3, SET_B), team('pinduoduo', 'mms.pinduoduo.com', 2)], taught: [] });
    expect(resolved).toMatchObject({ id: 'pinduoduo', name: '拼多多', source: 'team', selectors: SET_B });
  });

  it('keeps the built-in selectors when the team set is not newer than them', () => {
    const sources = { builtins: ADAPTERS, team: [team('pinduoduo', 'mms.pinduoduo.com', pinduoduo.version, SET_B)], taught: [] };
    expect(resolveAdapter(PDD, sources)).toBe(pinduoduo);
  });

  it('ignores a team set for a built-in platform away from that platform’s chat page', () => {
    const sources = { builtins: ADAPTERS, team: [team('pinduoduo', 'mms.pinduoduo.com', 1)], taught: [] };
    expect(resolveAdapter('https://mms.pinduoduo.com/orders/list', sources)).toBeUndefined();
  });

  it('reads a site only a team set knows under the set’s platform id', () => {
    const resolved = resolveAdapter('https://kefu.example.com/desk', { builtins: ADAPTERS, team: [team('xiaoman', '*.example.com', 1)], taught: [] });
    expect(resolved).toMatchObject({ id: 'xiaoman', source: 'team', selectors: SET_A, hosts: ['kefu.example.com'] });
  });

  it('prefers what the user taught on this site over team and built-in selectors', () => {
    const sources = { builtins: ADAPTERS, team: [team('pinduoduo', 'mms.pinduoduo.com', 9)], taught: [taught('mms.pinduoduo.com')] };
    expect(resolveAdapter(PDD, sources)).toMatchObject({ id: 'pinduoduo', name: '拼多多', source: 'taught', selectors: SET_B });
    const generic = resolveAdapter('http://127.0.0.1:5273/generic/index.html', { builtins: ADAPTERS, team: [], taught: [taught('127.0.0.1/generic')] });
    expect(generic).toMatchObject({ id: 'taught-127.0.0.1/generic', name: '小满家居', source: 'taught' });
    // Teaching one fixture folder leaves the others on their adapters.
    expect(resolveAdapter('http://127.0.0.1:5273/pinduoduo/index.html', { builtins: ADAPTERS, team: [], taught: [taught('127.0.0.1/generic')] })).toBe(pinduoduo);
  });
});
