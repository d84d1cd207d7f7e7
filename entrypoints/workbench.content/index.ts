// Content script for seller chat workbenches: reads the active conversation for the side panel,
// puts chosen replies into the reply box, and never sends.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '../../utils/messaging';
import { checkBinding } from '../../utils/workbench/binding';
import { queryFirst } from '../../utils/workbench/dom';
import { WORKBENCH_MATCHES } from '../../utils/workbench/hosts';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { startInlineCheck } from './inline-check';
import { insertText } from './insert';
import { followSiteAdapter } from './site';
import { watchQueue } from './queue';
import { listenForTeaching } from './teach';
import { watchConversation } from './watch';

export default defineContentScript({
  // Demo builds add the loopback fixture hosts (wxt.config.ts).
  matches: WORKBENCH_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    listenForTeaching(ctx);
    // Built in, pushed by the team or taught on this site; on a page nobody knows yet, waits for teaching.
    const adapter = await followSiteAdapter(ctx);

    const watcher = watchConversation(adapter, (snapshot) => {
      // The worker may be restarting; the next change or rescan reports again.
      sendMessage('snapshotChanged', { ...snapshot, source: adapter.source }).catch(() => undefined);
    });
    ctx.onInvalidated(() => watcher.stop());
    // The conversation list, for the waiting queue in the panel.
    watchQueue(ctx, adapter);

    let settings: Settings = DEFAULT_SETTINGS;
    const inline = startInlineCheck(ctx, {
      adapter,
      settings: () => settings,
      onChecked: (text, findings) => void sendMessage('draftChecked', { text, findings }).catch(() => undefined),
    });
    const useSettings = (latest: Settings) => {
      settings = latest;
      inline.recheck();
    };
    sendMessage('getSettings', undefined).then(useSettings).catch(() => undefined);
    onMessage('settingsChanged', ({ data }) => useSettings(data));

    onMessage('insertIntoPage', ({ data }) => {
      const verdict = checkBinding(data, watcher.read().conversation);
      if (!verdict.ok) return { ok: false, message: verdict.message };
      const input = queryFirst(document, adapter.selectors.input);
      if (!input) return { ok: false, message: `没有找到${adapter.name}工作台的输入框，请确认会话已打开` };
      return insertText(input, data.text) ? { ok: true } : { ok: false, message: '输入框拒绝了插入（可能是只读或已禁用）' };
    });

    // Alt+1..5 while typing in the workbench picks the panel's suggestion of that number.
    ctx.addEventListener(document, 'keydown', (event) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // event.code, not event.key: Alt+digit types other characters on some keyboard layouts.
      const digit = /^Digit([1-5])$/.exec(event.code);
      if (!digit) return;
      event.preventDefault();
      sendMessage('pickSuggestion', Number(digit[1]) - 1).catch(() => undefined);
    }, { capture: true });
  },
});
