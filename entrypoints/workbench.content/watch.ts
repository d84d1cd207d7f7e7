// Follows the active conversation as the page changes it: rows appended, lists replaced on a
// conversation switch, whole panes re-rendered. Reports a snapshot only when the reading changed.
import type { PlatformAdapter } from '../../utils/workbench/adapter';
import { createHistory } from '../../utils/workbench/history';
import { readConversation } from '../../utils/workbench/read';
import type { ChatMessage, ReadResult, WorkbenchSnapshot } from '../../utils/workbench/types';
import { waitingSince } from '../../utils/workbench/waiting';

/**
 * Coalesces bursts of mutations (a list re-render touches hundreds of nodes) into one read. A framework renders a
 * new message in one task or a few close ones, and a read of 500 messages costs under a millisecond, so a short
 * window keeps the panel within 100 ms of the page without reading on every node.
 */
const READ_DELAY_MS = 30;
/** Safety net for changes the observer cannot see (e.g. text swapped inside closed shadow roots). */
const RESCAN_MS = 3000;
/** The panel shows the buyer's latest messages and the suggester reads the last few; long histories stay in the page. */
const REPORTED_MESSAGES = 50;

export interface ConversationWatcher {
  /** A fresh reading of the page, now. */
  read(): ReadResult;
  stop(): void;
}

export function watchConversation(
  adapter: PlatformAdapter,
  report: (snapshot: WorkbenchSnapshot) => void,
): ConversationWatcher {
  const firstSeen = new Map<string, number>();
  let lastReported = '';
  let pending: ReturnType<typeof setTimeout> | undefined;

  // Virtualised lists show a window of rows: merge windows so scrolling back never hides the newest.
  const history = createHistory();
  const read = () => history.merge(readConversation(document, adapter, adapter.selectors));

  const readAndReport = () => {
    pending = undefined;
    const { conversation, missing } = read();
    const now = Date.now();
    const seenKey = (message: ChatMessage, index: number) =>
      `${conversation?.key}|${message.id ?? `${index}|${message.direction}|${message.text}`}`;
    conversation?.messages.forEach((message, index) => {
      const key = seenKey(message, index);
      if (!firstSeen.has(key)) firstSeen.set(key, now);
    });
    const snapshot: WorkbenchSnapshot = {
      platform: adapter.id,
      platformName: adapter.name,
      url: location.href,
      conversation:
        conversation && conversation.messages.length > REPORTED_MESSAGES
          ? { ...conversation, messages: conversation.messages.slice(-REPORTED_MESSAGES) }
          : conversation,
      missing,
      waitingSince: conversation
        ? waitingSince(conversation.messages, now, (message) => firstSeen.get(seenKey(message, conversation.messages.indexOf(message))))
        : null,
      readAt: now,
    };
    const fingerprint = JSON.stringify([snapshot.conversation, missing, snapshot.waitingSince]);
    if (fingerprint === lastReported) return;
    lastReported = fingerprint;
    report(snapshot);
  };

  const schedule = () => {
    pending ??= setTimeout(readAndReport, READ_DELAY_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const rescan = setInterval(schedule, RESCAN_MS);
  readAndReport();

  return {
    read,
    stop() {
      observer.disconnect();
      clearInterval(rescan);
      if (pending) clearTimeout(pending);
    },
  };
}
