// The panel's lists are made in the background (suggest-service.ts) and must be what `huashu suggest` gives
// for the same situation and the same learned store: one code path, checked end to end through the CLI.
import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createLearningStore } from '../../../entrypoints/background/learning-store';
import { createLibraryStore } from '../../../entrypoints/background/library-store';
import { createSuggestService, flagQuery, PANEL_TOP, type LastList, type SuggestServiceDeps } from '../../../entrypoints/background/suggest-service';
import { createChecker } from '../../../utils/compliance';
import { phraseFlags } from '../../../utils/compliance/phrase-flags';
import { plainFinding } from '../../../utils/compliance/types';
import { BUILTINS } from '../../../utils/compliance';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';
import { createIntentModel } from '../../../utils/library/intent-model';
import { INTENT_MODEL_TABLE } from '../../../utils/library/intent-model-table';
import { learnedFile } from '../../../utils/library/learned-file';
import type { ComplianceConfig } from '../../../utils/messaging';
import type { Nudge } from '../../../utils/queue/queue';
import type { WorkbenchSnapshot } from '../../../utils/workbench/types';
import { misfireKey } from '../../../utils/figures/figures';
import { DEFAULT_PROFILE_ID } from '../../../utils/settings';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let db = 0;

/** A service over the built-in library with fresh stores; `deps` replaces what a test varies. */
function serviceWith(deps: Partial<SuggestServiceDeps> = {}) {
  const { library, learning } = freshStores();
  return createSuggestService({
    phrases: async () => BUILTIN_PHRASES,
    slotForTab: async () => DEFAULT_PROFILE_ID,
    complianceConfig: async () => ({ ruleFiles: [], disabled: [] }),
    complianceBuiltins: async () => BUILTINS,
    // No packaged flags and no store: every flag comes from the checker (flag-store-service.test.ts has both).
    packagedFlags: async () => ({ checker: 'test', bodies: [], flagged: { '': {} } }),
    intentModel: async () => createIntentModel(INTENT_MODEL_TABLE),
    library,
    learning,
    queue: async () => ({ nudges: [], misfires: [] }),
    snapshotOf: async () => undefined,
    notifyPanels: async () => undefined,
    ...deps,
  });
}

function freshStores() {
  db++;
  return {
    library: createLibraryStore(createStore(`library-${db}`, 'library')),
    learning: createLearningStore(createStore(`learning-${db}`, 'learning')),
  };
}

function service(nudges: Nudge[] = [], misfires: [string, number][] = []) {
  const { library, learning } = freshStores();
  let snapshot: WorkbenchSnapshot | undefined;
  const suggestions = serviceWith({ library, learning, queue: async () => ({ nudges, misfires }), snapshotOf: async () => snapshot });
  return { suggestions, learning, library, setSnapshot: (next: WorkbenchSnapshot) => (snapshot = next) };
}

const reading = (messages: [ 'buyer' | 'agent', string][], order?: string): WorkbenchSnapshot => ({
  platform: 'pinduoduo',
  platformName: '拼多多',
  url: 'https://mms.pinduoduo.com/chat-merchant/index.html',
  conversation: {
    platform: 'pinduoduo',
    platformName: '拼多多',
    key: 'pinduoduo:b1',
    buyer: { name: '林小鹿', id: 'b1' },
    messages: messages.map(([direction, text]) => ({ direction, text })),
    product: { name: '纯棉四件套 1.8米床' },
    ...(order ? { order: { id: '231121-1', status: order } } : {}),
  },
  missing: [],
  waitingSince: null,
  readAt: 1,
});

function cli(args: string[], input: string) {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/huashu.ts', 'suggest', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { suggestions: { id: string; score: number }[] });
}

describe('the background suggestion service', () => {
  it('learns from inserts, keeps search picks the list missed as 未识别问法, and the CLI with its store agrees', async () => {
    const nudge: Nudge = { id: 'n1', kind: 'longWait', tabId: 3, name: '林小鹿', since: 0, open: true };
    const { suggestions, learning, library, setSnapshot } = service([nudge], [[misfireKey('ship-time-01', 'shipping.time'), 2]]);
    const snapshot = setSnapshot(reading([['buyer', '什么时候发货呀']], '待发货'));
    const insert = suggestions.tapInserts(async () => ({ ok: true }));

    // A pick from the suggestions teaches the pair only.
    const first = (await suggestions.suggest(3, snapshot))!;
    expect(first.conversationKey).toBe('pinduoduo:b1');
    expect(first.suggestions[0]!.phrase.tags).toContain('久等致歉');
    const listed = first.suggestions[2]!.phrase.id;
    await insert({ tabId: 3, conversationKey: 'pinduoduo:b1', buyerName: '林小鹿', text: 'x', phraseId: listed, via: 'suggested' });
    // A search pick the list did not offer is also a question the suggestions missed.
    await insert({ tabId: 3, conversationKey: 'pinduoduo:b1', buyerName: '林小鹿', text: 'x', phraseId: 'invoice-01', via: 'search' });
    // A failed insert, or one for a conversation no longer open, teaches nothing.
    await suggestions.tapInserts(async () => ({ ok: false, message: '…' }))({ tabId: 3, conversationKey: 'pinduoduo:b1', buyerName: '林小鹿', text: 'x', phraseId: 'greet-01', via: 'search' });
    await insert({ tabId: 3, conversationKey: 'pinduoduo:other', buyerName: '别人', text: 'x', phraseId: 'greet-01', via: 'search' });
    await library.recordUsage(listed, Date.now());
    const lists = await learning.lists();
    expect(lists.records.map((r) => [r.text, r.phraseId])).toEqual([
      ['什么时候发货呀', listed],
      ['什么时候发货呀', 'invoice-01'],
    ]);
    expect(lists.unrecognised.map((r) => r.phraseId)).toEqual(['invoice-01']);

    // The panel's next list, and the CLI's for the same situation with the exported store.
    const later = setSnapshot(reading([['buyer', '什么时候发货呀'], ['agent', '亲，稍等'], ['buyer', '请问什么时候能发货呀']], '待发货'));
    const panel = (await suggestions.suggest(3, later))!;
    const given = (await suggestions.inputs(3, later))!;
    expect(given.situation.service).toEqual({ reminders: ['longWait'] });
    const dir = mkdtempSync(path.join(tmpdir(), 'huashu-learned-'));
    const file = path.join(dir, 'learned.json');
    writeFileSync(file, learnedFile(given.learned));
    const [fromCli] = cli(['--learned', file, '--top', String(PANEL_TOP)], `${JSON.stringify(given.situation)}\n`);
    expect(fromCli!.suggestions.map((s) => [s.id, s.score])).toEqual(panel.suggestions.map((s) => [s.phrase.id, Math.round(s.score * 1000) / 1000]));
    // What was learned shows further down the list too; without the store the CLI gives what a machine that
    // learned nothing would.
    const line = `${JSON.stringify(given.situation)}\n`;
    expect(cli(['--learned', file, '--top', '10'], line)[0]!.suggestions.map((s) => s.id)).toContain('invoice-01');
    expect(cli(['--top', '10'], line)[0]!.suggestions.map((s) => s.id)).not.toContain('invoice-01');

    // Forgetting is at once.
    await learning.forget('records');
    expect((await learning.lists()).records).toEqual([]);
    expect((await learning.lists()).unrecognised).toHaveLength(1);
    // Three runs of the CLI: seconds on a busy machine.
  }, 30_000);

  it('after a worker restart, answers an unchanged situation with its last list at once, then asks panels again', async () => {
    const stored = new Map<number, LastList>();
    const lastLists = { get: async (tabId: number) => stored.get(tabId), set: async (tabId: number, list: LastList) => void stored.set(tabId, list) };
    const make = (phrases: () => Promise<typeof BUILTIN_PHRASES>, notifyPanels: () => Promise<void>) => serviceWith({ phrases, notifyPanels, lastLists });
    const snapshot = reading([['buyer', '什么时候发货呀']], '待发货');
    const before = (await make(async () => BUILTIN_PHRASES, async () => undefined).suggest(3, snapshot))!;
    expect(stored.get(3)?.replies).toEqual(before);

    // The restarted worker is still indexing (its library has not even been read).
    let release!: () => void;
    const indexing = new Promise<typeof BUILTIN_PHRASES>((resolve) => (release = () => resolve(BUILTIN_PHRASES)));
    let asked = 0;
    const restarted = make(() => indexing, async () => void asked++);
    expect(await restarted.suggest(3, snapshot)).toEqual(before);
    expect(asked).toBe(0);
    // A new message cannot use the old list: it waits for the index.
    const newer = restarted.suggest(3, reading([['buyer', '什么时候发货呀'], ['buyer', '能开发票吗']], '待发货'));
    release();
    expect((await newer)!.suggestions.map((s) => s.phrase.intents[0])).toContain('invoice');
    // Panels that got the old list are asked to fetch the fresh one.
    await expect.poll(() => asked).toBe(1);
  });

  it('rebuilds its suggester when the library changes', async () => {
    let phrases = BUILTIN_PHRASES;
    let notified = 0;
    const suggestions = serviceWith({ phrases: async () => phrases, notifyPanels: async () => void notified++ });
    const snapshot = reading([['buyer', '发票抬头怎么写']]);
    const before = (await suggestions.suggest(1, snapshot))!.suggestions.map((s) => s.phrase.id);
    expect(before).not.toContain('own-invoice');
    const own = { ...BUILTIN_PHRASES[0]!, id: 'own-invoice', title: '发票抬头', body: '下单时在发票栏填写抬头和税号即可', intents: ['invoice' as const], triggers: ['发票抬头'], source: 'personal' as const };
    phrases = [...BUILTIN_PHRASES, own];
    expect((await suggestions.suggest(1, snapshot))!.suggestions.map((s) => s.phrase.id)).toEqual(before);
    suggestions.libraryChanged();
    expect(notified).toBe(1);
    expect((await suggestions.suggest(1, snapshot))!.suggestions.map((s) => s.phrase.id)).toContain('own-invoice');
  });

  it('keeps one suggester per shop profile team: each tab gets the library of its own team, and a team change rebuilds only that one', async () => {
    const teamPhrase = { ...BUILTIN_PHRASES[0]!, id: 'shop-b-invoice', title: '发票抬头', body: '下单时在发票栏填写抬头和税号即可', intents: ['invoice' as const], triggers: ['发票抬头'], source: 'team' as const };
    const libraries: Record<string, typeof BUILTIN_PHRASES> = { [DEFAULT_PROFILE_ID]: BUILTIN_PHRASES, 'shop-b': [...BUILTIN_PHRASES, teamPhrase] };
    const built: string[] = [];
    const suggestions = serviceWith({
      phrases: async (slot) => {
        built.push(slot);
        return libraries[slot]!;
      },
      slotForTab: async (tabId) => (tabId === 2 ? 'shop-b' : DEFAULT_PROFILE_ID),
    });
    const snapshot = reading([['buyer', '发票抬头怎么写']]);
    const ids = async (tabId: number) => (await suggestions.suggest(tabId, snapshot))!.suggestions.map((s) => s.phrase.id);
    expect(await ids(1)).not.toContain('shop-b-invoice');
    expect(await ids(2)).toContain('shop-b-invoice');
    expect(built.filter((slot) => slot === 'shop-b')).toHaveLength(1);
    built.length = 0;
    suggestions.libraryChanged('shop-b');
    await ids(1);
    await ids(2);
    expect(built).toEqual(['shop-b']);
  });

  it('sends each listed phrase checked, with the rules of the team and platform of its tab, and checks again when the team changes', async () => {
    const own = { ...BUILTIN_PHRASES[0]!, id: 'own-invoice', title: '发票抬头', body: '下单时在发票栏填写抬头即可，比某某牌开得快', intents: ['invoice' as const], triggers: ['发票抬头'], source: 'personal' as const };
    const rival = { format: 'huashu-rules' as const, version: 1 as const, rules: [{ id: 'brand.rival', category: 'brand', severity: 'warn' as const, words: ['某某牌'], reason: '团队规则：不提竞品' }] };
    const rules: Record<string, ComplianceConfig> = { [DEFAULT_PROFILE_ID]: { ruleFiles: [], disabled: [] }, 'shop-b': { ruleFiles: [rival], disabled: [] } };
    const suggestions = serviceWith({
      phrases: async () => [...BUILTIN_PHRASES, own],
      slotForTab: async (tabId) => (tabId === 2 ? 'shop-b' : DEFAULT_PROFILE_ID),
      complianceConfig: async (slot) => rules[slot]!,
    });
    const snapshot = reading([['buyer', '发票抬头怎么写']]);
    const flagged = async (tabId: number) => {
      const replies = (await suggestions.suggest(tabId, snapshot))!;
      expect(Object.keys(replies.flags).sort()).toEqual(replies.suggestions.map((s) => s.phrase.id).sort());
      return replies.flags['own-invoice']!.map((finding) => finding.match);
    };
    expect(await flagged(2)).toEqual(['某某牌']);
    expect(await flagged(1)).toEqual([]);
    rules['shop-b'] = { ruleFiles: [], disabled: [] };
    expect(await flagged(2)).toEqual(['某某牌']);
    suggestions.libraryChanged('shop-b');
    expect(await flagged(2)).toEqual([]);
  });

  it('flags bodies a panel found by hand as its own checker would, with the rules of the team and the platform, until the team changes', async () => {
    const rival = { format: 'huashu-rules' as const, version: 1 as const, rules: [{ id: 'brand.rival', category: 'brand', severity: 'warn' as const, words: ['某某牌'], reason: '团队规则：不提竞品' }] };
    const rules: Record<string, ComplianceConfig> = { [DEFAULT_PROFILE_ID]: { ruleFiles: [], disabled: [] }, 'shop-b': { ruleFiles: [rival], disabled: [] } };
    const suggestions = serviceWith({ complianceConfig: async (slot) => rules[slot]! });
    const bodies = ['比某某牌开得快', '这个价格没办法再低了', '全网最低价，加我微信聊', '好的亲'];
    const matches = (flags: { match: string }[][]) => flags.map((found) => found.map((finding) => finding.match));
    for (const platform of [undefined, 'pinduoduo']) {
      const own = createChecker({ platform });
      expect(await suggestions.flags(DEFAULT_PROFILE_ID, platform, bodies)).toEqual(bodies.map((body) => phraseFlags(own, body).map(plainFinding)));
    }
    expect(matches(await suggestions.flags('shop-b', 'pinduoduo', bodies))[0]).toEqual(['某某牌']);
    expect(await suggestions.flags('shop-b', undefined, [])).toEqual([]);
    rules['shop-b'] = { ruleFiles: [], disabled: [] };
    suggestions.libraryChanged('shop-b');
    expect(matches(await suggestions.flags('shop-b', 'pinduoduo', bodies))[0]).toEqual([]);
  });

  it('takes a question about flags only in the shape a panel sends, bounded', () => {
    expect(flagQuery({ team: 'shop-b', platform: 'pinduoduo', bodies: ['好的亲'] })).toEqual({ team: 'shop-b', platform: 'pinduoduo', bodies: ['好的亲'] });
    expect(flagQuery({ bodies: [] })).toEqual({ bodies: [] });
    for (const bad of [null, 'bodies', {}, { bodies: '好的' }, { bodies: [1] }, { team: 3, bodies: [] }, { platform: {}, bodies: [] }, { platform: 'p'.repeat(201), bodies: [] }]) {
      expect(flagQuery(bad)).toBeNull();
    }
    expect(flagQuery({ bodies: Array.from({ length: 51 }, () => '好的') })).toBeNull();
    expect(flagQuery({ bodies: ['好'.repeat(1001)] })).toBeNull();
    // Extra fields a sender adds are not passed on.
    expect(flagQuery({ bodies: ['好的'], disabled: ['absolute.best'], ruleFiles: [] })).toEqual({ bodies: ['好的'] });
  });
});
