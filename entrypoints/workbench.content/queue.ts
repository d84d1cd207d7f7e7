// Follows the workbench's conversation list for the waiting queue: reads it on every change (coalesced),
// reports rows that changed, and opens a conversation by clicking its row when the agent clicks the
// buyer in the side panel. Only messages from the extension reach these handlers; the page cannot.
import type { ScriptLifetime } from './lifetime';
import { onMessage, sendMessage } from '../../utils/messaging';
import { createListTracker, rowIdentity } from '../../utils/queue/track';
import type { PlatformAdapter } from '../../utils/workbench/adapter';
import { queryAll, queryFirst, readValue } from '../../utils/workbench/dom';
import { readConversationList } from '../../utils/workbench/list';
import { draftText } from './editor';

/** Coalesces a burst of list mutations into one read. */
const READ_DELAY_MS = 120;
/** Catches what the observer cannot see, and the page's own timers between mutations. */
const RESCAN_MS = 5000;

export function watchQueue(ctx: ScriptLifetime, adapter: PlatformAdapter): void {
  const tracker = createListTracker();
  let reported = '';
  let pending: ReturnType<typeof setTimeout> | undefined;

  const readAndReport = () => {
    pending = undefined;
    const spec = adapter.selectors.conversationList;
    const found = spec ? readConversationList(document, spec) : null;
    const rows = found ? tracker.update(found, Date.now()) : null;
    const fingerprint = JSON.stringify([adapter.id, rows]);
    if (fingerprint === reported) return;
    reported = fingerprint;
    // The worker may be restarting: forget what was sent so the next read reports again.
    sendMessage('queueChanged', { platform: adapter.id, platformName: adapter.name, rows }).catch(() => (reported = ''));
  };
  const schedule = () => {
    pending ??= setTimeout(readAndReport, READ_DELAY_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] });
  const rescan = setInterval(schedule, RESCAN_MS);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearInterval(rescan);
    clearTimeout(pending);
  });
  readAndReport();

  onMessage('openConversationInPage', ({ data }) => {
    const spec = adapter.selectors.conversationList;
    if (!spec) return { ok: false, message: `还没有教会话术助手读取${adapter.name}的会话列表` };
    const row = queryAll(document, spec.row).find((candidate) => {
      const name = readValue(candidate, spec.name);
      if (!name) return false;
      const key = spec.keyAttr ? candidate.getAttribute(spec.keyAttr) : null;
      return data.rowKey ? rowIdentity({ name, ...(key ? { key } : {}) }) === data.rowKey : name === data.name;
    });
    if (!(row instanceof HTMLElement)) return { ok: false, message: `会话列表里没有找到 ${data.name}：可能已被移出当前列表` };
    row.scrollIntoView({ block: 'nearest' });
    // The same click the agent would make on the row.
    row.click();
    schedule();
    return { ok: true };
  });

  onMessage('readDraft', () => {
    const input = queryFirst(document, adapter.selectors.input);
    if (!input) return null;
    return draftText(input);
  });
}
