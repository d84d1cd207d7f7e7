// flagPhrases from the flag store and the packaged flags (suggest-service.ts): known flags are answered without a
// compiled checker, what the checker finds is stored under the rules it was compiled from, an entry never outlives a
// change of team rules or build, and nothing a page sends writes the store.
import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLearningStore } from '../../../entrypoints/background/learning-store';
import { createLibraryStore } from '../../../entrypoints/background/library-store';
import { createSuggestService, registerSuggestHandlers, type SuggestServiceDeps } from '../../../entrypoints/background/suggest-service';
import { BUILTINS, createChecker } from '../../../utils/compliance';
import { phraseFlags } from '../../../utils/compliance/phrase-flags';
import { plainFinding, type Finding } from '../../../utils/compliance/types';
import { createFlagStore, flagRulesKey, type FlagBacking } from '../../../utils/flag-store';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import { createIntentModel } from '../../../utils/library/intent-model';
import { INTENT_MODEL_TABLE } from '../../../utils/library/intent-model-table';
import { removeAllListeners, sendMessage, type ComplianceConfig } from '../../../utils/messaging';
import { phraseFlagsFile, type PhraseFlagsFile } from '../../../utils/phrase-flags-file';
import { DEFAULT_PROFILE_ID } from '../../../utils/settings';

const rival = { format: 'huashu-rules' as const, version: 1 as const, rules: [{ id: 'brand.rival', category: 'brand', severity: 'warn' as const, words: ['某某牌'], reason: '团队规则：不提竞品' }] };
const planted: Finding = { start: 0, end: 2, match: '好的', category: 'abuse', severity: 'block', rule: 'abuse.planted', reason: '不是检查器找到的', suggestions: [] };
const BODIES = ['比某某牌开得快', '全网最低价，加我微信聊', '好的亲'];
let db = 0;

function mapBacking(): FlagBacking & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: async (key) => structuredClone(data.get(key)), set: async (key, value) => void data.set(key, structuredClone(value)), del: async (key) => void data.delete(key) };
}

/** A service over a flag store; `compiles` counts the checkers it started compiling (each reads the built-ins once). */
function serviceWith(config: { current: ComplianceConfig }, backing: FlagBacking, file: PhraseFlagsFile, extra: Partial<SuggestServiceDeps> = {}) {
  db++;
  const counts = { compiles: 0 };
  const flagStore = createFlagStore(backing);
  const service = createSuggestService({
    phrases: async () => BUILTIN_PHRASES,
    slotForTab: async () => DEFAULT_PROFILE_ID,
    complianceConfig: async () => config.current,
    complianceBuiltins: async () => (counts.compiles++, BUILTINS),
    packagedFlags: async () => file,
    flagStore,
    intentModel: async () => createIntentModel(INTENT_MODEL_TABLE),
    library: createLibraryStore(createStore(`flags-library-${db}`, 'library')),
    learning: createLearningStore(createStore(`flags-learning-${db}`, 'learning')),
    queue: async () => ({ nudges: [], misfires: [] }),
    snapshotOf: async () => undefined,
    notifyPanels: async () => undefined,
    ...extra,
  });
  return { service, counts, flagStore };
}

const emptyFile: PhraseFlagsFile = { checker: 'build-1', bodies: [], flagged: { '': {} } };

describe('flagPhrases with the flag store', () => {
  it('answers bodies the store holds under the same rules without compiling, and stores what the checker found', async () => {
    const backing = mapBacking();
    const config = { current: { ruleFiles: [rival], disabled: [] } as ComplianceConfig };
    const first = serviceWith(config, backing, emptyFile);
    const own = createChecker({ ruleFiles: [rival], disabled: [], platform: 'pinduoduo' });
    // Answered as plain data (plainFinding): a fitted finding's fixes are accessors a message or IndexedDB would drop.
    const expected = BODIES.map((body) => phraseFlags(own, body).map(plainFinding));
    expect(await first.service.flags(DEFAULT_PROFILE_ID, 'pinduoduo', BODIES)).toEqual(expected);
    expect(first.counts.compiles).toBe(1);
    await first.flagStore.flushed();
    // The worker restarted (or the browser): a new service over the same store.
    const again = serviceWith(config, backing, emptyFile);
    expect(await again.service.flags(DEFAULT_PROFILE_ID, 'pinduoduo', BODIES)).toEqual(expected);
    expect(again.counts.compiles).toBe(0);
    // Another platform is other rules: compiled.
    await again.service.flags(DEFAULT_PROFILE_ID, undefined, BODIES);
    expect(again.counts.compiles).toBe(1);
  });

  it('never answers from an entry stored under team rules since changed, nor under another build', async () => {
    const backing = mapBacking();
    const config = { current: { ruleFiles: [rival], disabled: [] } as ComplianceConfig };
    // An entry as the store would hold it for the old rules, with flags no checker would find.
    const oldKey = await flagRulesKey({ checker: 'build-1', ruleFiles: [rival], disabled: [] });
    const writer = createFlagStore(backing);
    await writer.remember(oldKey, [['好的亲', [planted]]]);
    await writer.flushed();
    const before = serviceWith(config, backing, emptyFile);
    expect(await before.service.flags(DEFAULT_PROFILE_ID, undefined, ['好的亲'])).toEqual([[planted]]);
    // The team pack changed: the same body is checked anew with the new rules.
    config.current = { ruleFiles: [], disabled: [] };
    before.service.libraryChanged(DEFAULT_PROFILE_ID);
    expect(await before.service.flags(DEFAULT_PROFILE_ID, undefined, ['好的亲'])).toEqual([[]]);
    // Back to the old rules but in a new release (another checker identity): not used either.
    config.current = { ruleFiles: [rival], disabled: [] };
    const updated = serviceWith(config, backing, { ...emptyFile, checker: 'build-2' });
    expect(await updated.service.flags(DEFAULT_PROFILE_ID, undefined, ['好的亲'])).toEqual([[]]);
  });

  it('answers built-in phrases from the packaged flags of the same build when no team rules apply', async () => {
    const bodies = BUILTIN_PHRASES.slice(0, 6).map((phrase) => phrase.body);
    const file = phraseFlagsFile('build-1', bodies, [], () => () => [planted]);
    const config = { current: { ruleFiles: [], disabled: [] } as ComplianceConfig };
    const plain = serviceWith(config, mapBacking(), file);
    expect(await plain.service.flags(DEFAULT_PROFILE_ID, undefined, bodies)).toEqual(bodies.map(() => [planted]));
    expect(plain.counts.compiles).toBe(0);
    // With a team's rules the package does not answer: the checker does.
    config.current = { ruleFiles: [rival], disabled: [] };
    plain.service.libraryChanged(DEFAULT_PROFILE_ID);
    const own = createChecker({ ruleFiles: [rival], disabled: [] });
    expect(await plain.service.flags(DEFAULT_PROFILE_ID, undefined, bodies)).toEqual(bodies.map((body) => phraseFlags(own, body).map(plainFinding)));
  });

  it('stores the flags of the suggestions it lists, so a panel asking for them next is answered at once', async () => {
    const backing = mapBacking();
    const config = { current: { ruleFiles: [], disabled: [] } as ComplianceConfig };
    const snapshot = {
      platform: 'pinduoduo',
      url: 'https://mms.pinduoduo.com/',
      conversation: { platform: 'pinduoduo', key: 'pinduoduo:b1', buyer: { name: '林小鹿', id: 'b1' }, messages: [{ direction: 'buyer' as const, text: '什么时候发货' }] },
      missing: [],
      waitingSince: null,
      readAt: 1,
    };
    const first = serviceWith(config, backing, emptyFile, { snapshotOf: async () => snapshot as never });
    const replies = (await first.service.suggest(1, snapshot as never))!;
    await first.flagStore.flushed();
    const again = serviceWith(config, backing, emptyFile);
    const bodies = replies.suggestions.map((suggestion) => suggestion.phrase.body);
    expect(await again.service.flags(DEFAULT_PROFILE_ID, 'pinduoduo', bodies)).toEqual(replies.suggestions.map((s) => replies.flags[s.phrase.id]));
    expect(again.counts.compiles).toBe(0);
  });
});

describe('flagPhrases from a page', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => removeAllListeners());

  it('is refused, and what it sends (flags of its own, rules of its own) is never written to the store', async () => {
    const backing = mapBacking();
    const { service } = serviceWith({ current: { ruleFiles: [], disabled: [] } }, backing, emptyFile);
    registerSuggestHandlers(service, {} as never, async () => undefined, 'chrome-extension://huashu/');
    // The fake browser's sender has no extension page url: as a content script's (or a page's) message.
    const hostile = { bodies: ['好的亲'], flags: [[planted]], ruleFiles: [], checker: 'build-1' };
    expect(await sendMessage('flagPhrases', hostile as never)).toBeNull();
    expect(await sendMessage('flagPhrases', { bodies: [] })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(backing.data.size).toBe(0);
    // The extension's own question later gets the checker's flags, not the page's.
    expect(await service.flags(DEFAULT_PROFILE_ID, undefined, ['好的亲'])).toEqual([phraseFlags(createChecker(), '好的亲')]);
  });
});

