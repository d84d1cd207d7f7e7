// The waiting queue in the panel: the background's view, a clock that ticks from the background's own
// reading (so every duration shown agrees with the badge), and the suggestions re-ranked for the open
// conversation's reminders.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Suggester, Suggestion } from '../../utils/library/suggest';
import type { Phrase } from '../../utils/library/types';
import { onMessage, sendMessage, type QueueView } from '../../utils/messaging';
import { rankForService } from '../../utils/queue/rank';
import type { NudgeKind } from '../../utils/queue/standards';
import type { Conversation } from '../../utils/workbench/types';

export interface QueueState {
  view: QueueView | null;
  /** The background's clock now: its last reading plus the time passed since. */
  now: number;
}

export function useQueue(): QueueState {
  const [received, setReceived] = useState<{ view: QueueView; at: number } | null>(null);
  const [tick, setTick] = useState(Date.now());
  useEffect(() => {
    const take = (view: QueueView) => setReceived({ view, at: Date.now() });
    void sendMessage('getQueueState', undefined).then(take).catch(() => undefined);
    const remove = onMessage('queueStateChanged', ({ data }) => take(data));
    const timer = setInterval(() => setTick(Date.now()), 1000);
    return () => {
      remove();
      clearInterval(timer);
    };
  }, []);
  if (!received) return { view: null, now: tick };
  return { view: received.view, now: received.view.now + Math.max(0, tick - received.at) };
}

/** Suggestions for the open conversation with its reminders' replies first and misfired phrases lowered. */
export function useServiceRanking(
  suggestions: readonly Suggestion[],
  { queue, tabId, conversation, phrases, suggester }: { queue: QueueState; tabId: number | null; conversation: Conversation | null; phrases: readonly Phrase[]; suggester: Suggester },
): { suggestions: Suggestion[]; intent?: string } {
  const view = queue.view;
  const name = conversation?.buyer.name;
  const kindsKey = (view?.nudges ?? [])
    .filter((nudge) => nudge.open && nudge.tabId === tabId && nudge.name === name)
    .map((nudge) => nudge.kind)
    .sort()
    .join(',');
  const latest = conversation?.messages.findLast((message) => message.direction === 'buyer')?.text;
  const intent = useMemo(() => (latest ? suggester.classify(latest)[0]?.intent : undefined), [latest, suggester]);
  const misfires = useMemo(() => new Map(view?.misfires ?? []), [view?.misfires]);
  const ranked = useMemo(
    () => rankForService(suggestions, { kinds: new Set(kindsKey.split(',').filter(Boolean) as NudgeKind[]), phrases, misfires, ...(intent ? { intent } : {}) }),
    [suggestions, kindsKey, phrases, misfires, intent],
  );
  return intent ? { suggestions: ranked, intent } : { suggestions: ranked };
}
