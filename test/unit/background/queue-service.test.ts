// The background's queue service on an injected clock, fed a scripted session: the badge, the 漏跟进
// reminder after the configured minutes, and the figures (first response, response time, replies from
// suggestions, misfires, risky words caught) — stored without any message text or buyer name.
import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createFigureStore } from '../../../entrypoints/background/figures-store';
import { createQueueService, type QueueSession } from '../../../entrypoints/background/queue-service';
import { figuresCsv } from '../../../utils/figures/csv';
import { byDay, summarize, startOfDay } from '../../../utils/figures/figures';
import type { Badge } from '../../../utils/queue/queue';
import type { ChatMessage, WorkbenchSnapshot } from '../../../utils/workbench/types';
import { conversationSnapshot } from '../queue/helpers';

const S = 1000;
const M = 60 * S;
const T0 = new Date(2026, 10, 21, 10, 0, 0).getTime();
let db = 0;

function harness() {
  let clock = T0;
  const timers: { at: number; run: () => void }[] = [];
  const snapshots = new Map<number, WorkbenchSnapshot>();
  let session: QueueSession | undefined;
  const badges: Badge[] = [];
  const drafts = new Map<number, string>();
  const figures = createFigureStore(createStore(`figures-${++db}`, 'figures'));
  const service = createQueueService({
    now: () => clock,
    snapshotOf: async (tabId) => snapshots.get(tabId),
    personalStandards: async () => undefined,
    figures,
    loadSession: async () => session,
    saveSession: async (next) => {
      session = structuredClone(next);
    },
    setBadge: async (badge) => void badges.push(badge),
    notifyPanels: async () => undefined,
    openInTab: async () => ({ ok: true }),
    readDraft: async (tabId) => drafts.get(tabId) ?? null,
    setTimer(run, ms) {
      const timer = { at: clock + ms, run };
      timers.push(timer);
      return () => {
        if (timers.includes(timer)) timers.splice(timers.indexOf(timer), 1);
      };
    },
  });
  return {
    service,
    figures,
    badges,
    drafts,
    get session() {
      return session;
    },
    /** Moves the clock, firing the timers that fall due on the way, as a real worker would. */
    async advance(ms: number) {
      const until = clock + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers.splice(timers.indexOf(due), 1);
        clock = due.at;
        due.run();
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      clock = until;
    },
    async read(tabId: number, name: string, messages: [ChatMessage['direction'], string][], waitingSince: number | null) {
      const snapshot = conversationSnapshot(name, messages, waitingSince, clock);
      snapshots.set(tabId, snapshot);
      await service.observeSnapshot(tabId, snapshot);
    },
    now: () => clock,
  };
}

describe('the queue service on a scripted session', () => {
  it('counts waiting buyers on the badge and turns it red past the limit', async () => {
    const h = harness();
    await h.service.observeReport(1, {
      platform: 'pinduoduo',
      platformName: '拼多多',
      rows: [
        { name: 'A', unread: 1, active: false, waitingSince: T0 - 50 * S },
        { name: 'B', unread: 1, active: false, waitingSince: T0 - 90 * S },
        { name: 'C', unread: 2, active: false, waitingSince: T0 - 100 * S },
      ],
    });
    expect(h.badges.at(-1)).toMatchObject({ text: '2' });
    await h.advance(11 * S);
    expect(h.badges.at(-1)).toMatchObject({ text: '3', color: '#d48806' });
    await h.advance(70 * S);
    expect(h.badges.at(-1)).toMatchObject({ text: '3', color: '#d4380d' });
    const view = await h.service.view();
    expect(view.entries.map((entry) => entry.name)).toEqual(['C', 'B', 'A']);
  });

  it('reminds of a 「稍等」 left unanswered after the configured minutes, and the badge counts it', async () => {
    const h = harness();
    await h.read(1, 'A', [['buyer', '发货了吗']], T0);
    await h.advance(20 * S);
    await h.read(1, 'A', [['buyer', '发货了吗'], ['agent', '您好，稍等，我去查一下']], null);
    await h.advance(5 * M - 1);
    expect((await h.service.view()).nudges).toEqual([]);
    await h.advance(1);
    const view = await h.service.view();
    expect(view.nudges.map((nudge) => [nudge.kind, nudge.name])).toEqual([['followUp', 'A']]);
    // The worker's timer wakes it right after the threshold and sets the badge.
    await h.advance(100);
    expect(h.badges.at(-1)).toMatchObject({ text: '1', color: '#d4380d' });
    await h.service.dismiss(view.nudges[0]!.id);
    expect((await h.service.view()).nudges).toEqual([]);
  });

  it('computes the figures of the session, and neither stores nor exports any text or name', async () => {
    const h = harness();
    // 林小鹿 waits 30 s; the agent inserts a suggestion and sends it unchanged.
    await h.read(1, '林小鹿', [['buyer', '今天能发货吗']], T0);
    await h.advance(25 * S);
    await h.service.observeInsert({ tabId: 1, conversationKey: 'pinduoduo:林小鹿', buyerName: '林小鹿', text: '亲，今天下单今天发哦', phraseId: 'ship-time-01', intent: 'shipping.time' }, { ok: true });
    h.service.observeDraft(1, [{ match: '全网最低', severity: 'block' }]);
    await h.advance(5 * S);
    await h.read(1, '林小鹿', [['buyer', '今天能发货吗'], ['agent', '亲，今天下单今天发哦']], null);
    // momo waits 90 s; an inserted phrase is deleted, and the agent types their own answer.
    await h.read(1, 'momo', [['buyer', '能便宜点吗']], h.now());
    await h.advance(60 * S);
    await h.service.observeInsert({ tabId: 1, conversationKey: 'pinduoduo:momo', buyerName: 'momo', text: '亲，价格已经是活动价了', phraseId: 'bargain-01', intent: 'price.bargain' }, { ok: true });
    h.drafts.set(1, '两个一起拍');
    await h.advance(16 * S);
    await h.read(1, 'momo', [['buyer', '能便宜点吗'], ['agent', '两个一起拍可以用满减']], null);
    await h.advance(5 * S);
    await h.read(1, 'momo', [['buyer', '能便宜点吗'], ['agent', '两个一起拍可以用满减'], ['agent', '满99减10']], null);

    const events = await h.figures.all();
    const figures = summarize(events, startOfDay(h.now()), h.now() + 1);
    expect(figures).toMatchObject({
      served: 2,
      replies: 3,
      medianFirstResponseMs: (30 * S + 76 * S) / 2,
      medianResponseMs: (30 * S + 76 * S) / 2,
      suggestionShare: 1 / 3,
      inserts: 2,
      misfires: 1,
      caught: 1,
    });
    expect(figures.topPhrases).toEqual([
      { phraseId: 'bargain-01', count: 1, misfires: 1 },
      { phraseId: 'ship-time-01', count: 1, misfires: 0 },
    ]);
    // A misfire lowers that phrase for that kind of message.
    expect((await h.service.view()).misfires).toEqual([['bargain-01|price.bargain', 1]]);

    const stored = JSON.stringify(events) + JSON.stringify(h.session);
    const csv = figuresCsv(byDay(events, h.now()), (id) => `话术 ${id}`);
    for (const text of ['林小鹿', 'momo', '今天能发货吗', '今天下单今天发', '便宜', '两个一起拍', '满99减10', '全网最低', '活动价']) {
      expect(JSON.stringify(events), text).not.toContain(text);
      expect(csv, text).not.toContain(text);
    }
    // The session (memory only) knows names for the queue, but never message text.
    expect(stored).not.toContain('今天能发货吗');
    expect(csv.split('\n')[0]).toContain('首次响应中位数（秒）');
    expect(csv.trim().split('\n').at(-1)).toContain(',2,3,53.0,53.0,33%,2,1,1,');
  });
});
