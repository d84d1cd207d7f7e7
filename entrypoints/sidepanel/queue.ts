// The waiting queue in the panel: the background's view, a clock that ticks from the background's own
// reading (so every duration shown agrees with the badge), and fresh suggestions when the open
// conversation's reminders change (the background re-ranks them, as the CLI would).
import { useEffect, useRef, useState } from 'preact/hooks';
import { onMessage, sendMessage, type QueueView } from '../../utils/messaging';
import { openReminders } from '../../utils/queue/rank';
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

/**
 * Asks for the suggestions again when the reminders open for this conversation change (the background puts
 * their replies first) or a misfire is counted: the queue's view tells, the background ranks.
 */
export function useReminderRefresh(queue: QueueState, tabId: number | null, conversation: Conversation | null, refresh: () => void): void {
  const view = queue.view;
  const key = view ? `${openReminders(view.nudges, tabId, conversation?.buyer.name).join(',')}|${view.misfires.length}` : '';
  const first = useRef(true);
  useEffect(() => {
    // The first view only confirms what the panel state brought.
    if (first.current) {
      first.current = false;
      return;
    }
    refresh();
  }, [key]);
}
