// Content script for seller chat workbenches: reads the active conversation for the side panel,
// puts chosen replies into the reply box, and never sends.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { BUILTINS_FILE, type ComplianceBuiltinsFile } from '../../utils/compliance/builtins-file';
import { checkerInSteps, type Checker, type ComplianceBuiltins } from '../../utils/compliance/checker';
import { plainFinding } from '../../utils/compliance/types';
import { onMessage, sendMessage, type ComplianceConfig } from '../../utils/messaging';
import { readPackagedJson } from '../../utils/packaged-json';
import { checkBinding } from '../../utils/workbench/binding';
import { queryFirst } from '../../utils/workbench/dom';
import { WORKBENCH_MATCHES } from '../../utils/workbench/hosts';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { startInlineCheck, type CheckerSource } from './inline-check';
import { runInSlices } from '../../utils/slices';
import { watchComposition } from './composition';
import { draftText, insertAtCaret } from './editor';
import { startLifetime, type ScriptLifetime } from './lifetime';
import { startCodeExpansion } from './expand';
import { createPageNotice } from './notice';
import { followSiteAdapter } from './site';
import { watchQueue } from './queue';
import { watchConversation } from './watch';
import { fillPackagedModules } from './packaged-modules';

/** The first wait before asking the worker for the team's rules (or the built-ins) again, and the longest. */
const BUILTINS_RETRY_FIRST_MS = 250;
const BUILTINS_RETRY_MAX_MS = 4000;

/** What a pressed Alt+N does when no side panel is open to answer it. */
const NO_PANEL_NOTICE = '话术助手侧边栏没有打开：点工具栏里的话术助手图标（或按 Alt+Shift+H）打开后再按';

export default defineContentScript({
  // Demo builds add the loopback fixture hosts (wxt.config.ts).
  matches: WORKBENCH_MATCHES,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  // WXT's context is ignored on purpose: any page script can end it (see lifetime.ts).
  async main() {
    const lifetime = startLifetime();
    // Built in, pushed by the team or taught on this site; on a page nobody knows yet, waits for teaching.
    const adapter = await followSiteAdapter(lifetime);
    if (!lifetime.isValid) return;
    // The conversation list, for the waiting queue in the panel.
    watchQueue(lifetime, adapter);

    let settings: Settings = DEFAULT_SETTINGS;
    const composition = watchComposition(lifetime);
    const inline = startInlineCheck(lifetime, {
      adapter,
      checker: checkerSource(adapter.id, lifetime),
      composition,
      settings: () => settings,
      onChecked: (text, findings) => {
        lifetime.reconnect();
        // Sent as plain data (plainFinding): a message is a copy, which the checker's fitted fixes would not survive.
        sendMessage('draftChecked', { text, findings: findings.map(plainFinding) }).catch(() => undefined);
      },
    });

    let conversationKey: string | undefined;
    const watcher = watchConversation(adapter, (snapshot) => {
      // The worker may be restarting; the next change or rescan reports again.
      lifetime.reconnect();
      sendMessage('snapshotChanged', { ...snapshot, source: adapter.source }).catch(() => undefined);
      // Another conversation has its own draft (or none): the panel hears about it without a keystroke.
      if (snapshot.conversation?.key !== conversationKey) {
        conversationKey = snapshot.conversation?.key;
        inline.recheck();
      }
    });
    lifetime.onInvalidated(() => watcher.stop());
    const useSettings = (latest: Settings) => {
      settings = latest;
      inline.recheck();
    };
    sendMessage('getSettings', undefined).then(useSettings).catch(() => undefined);
    onMessage('settingsChanged', ({ data }) => useSettings(data));

    const replyBox = () => queryFirst(document, adapter.selectors.input);
    onMessage('insertIntoPage', async ({ data }) => {
      const verdict = checkBinding(data, watcher.read().conversation);
      if (!verdict.ok) return { ok: false, message: verdict.message };
      const input = replyBox();
      if (!input) return { ok: false, message: `没有找到${adapter.name}工作台的输入框，请确认会话已打开` };
      const outcome = await insertAtCaret(input, data.text);
      if (outcome === 'refused') return { ok: false, message: '输入框拒绝了插入（可能是只读或已禁用）' };
      if (outcome === 'caret-moved') return { ok: false, message: '输入框一直把光标移走，回复没有放进去：请在输入框里点一下要放的位置，再选一次' };
      // Framework editors take a paste without an input event: the inline check looks again itself.
      inline.recheck();
      return { ok: true, draft: draftText(input) };
    });

    onMessage('recheckDraft', () => inline.recheck());

    const notice = createPageNotice(lifetime);
    onMessage('showPageNotice', ({ data }) => notice.show(data.text, replyBox()));
    // `/fh1` + Space or Tab in the reply box becomes that phrase (blanks asked for in the panel).
    startCodeExpansion(lifetime, { adapter, settings: () => settings, conversation: () => watcher.read().conversation, notice, composition });

    // Alt+1..5 while typing in the workbench picks the panel's suggestion of that number. Only the agent's
    // own keys count: a page script can dispatch keydown events (isTrusted is false for those), and a digit
    // chosen in an input method's candidate list is not a pick.
    lifetime.addEventListener(document, 'keydown', (event) => {
      if (!event.isTrusted || composition.isImeKey(event)) return;
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // event.code, not event.key: Alt+digit types other characters on some keyboard layouts.
      const digit = /^Digit([1-5])$/.exec(event.code);
      if (!digit) return;
      event.preventDefault();
      sendMessage('pickSuggestion', Number(digit[1]) - 1).catch(() => {
        if (lifetime.isValid) notice.show(NO_PANEL_NOTICE, replyBox());
      });
    }, { capture: true });
  },
});

/**
 * The inline check's checker: the built-in rules with the team pack's, compiled again whenever the team's rules change.
 * Each is compiled in slices between the page's tasks and takes over once ready (the one before checks until then); a
 * draft typed meanwhile is checked then (the listeners).
 */
function checkerSource(platform: string, lifetime: ScriptLifetime): CheckerSource {
  // The built-in rules and models are read from the extension's package (they would be most of this script's size),
  // not asked of the worker: a worker that does not answer (starting after an update, or left half-started by
  // Chromium) must not leave the agent typing unchecked. A page cannot supply or change that file. The team's rules
  // come from the worker when it answers; until then the built-ins check alone.
  let checker: Checker | undefined;
  let builtins: ComplianceBuiltins | undefined;
  let config: ComplianceConfig = { ruleFiles: [], disabled: [] };
  /** The team's rules came from the worker (asked or pushed): no need to ask again. */
  let configKnown = false;
  const listeners: (() => void)[] = [];
  // Only the latest rules' compilation goes on: an earlier one still under way is dropped.
  let compilations = 0;
  const compile = async () => {
    if (!builtins) return;
    const compilation = ++compilations;
    const compiled = await runInSlices(checkerInSteps(builtins, { ...config, platform }), () => compilation === compilations && lifetime.isValid, 'ahead');
    if (!compiled) return;
    checker = compiled;
    for (const listener of listeners) listener();
  };
  const useConfig = (next: ComplianceConfig) => {
    config = next;
    configKnown = true;
    void compile();
  };
  const useBuiltins = (data: ComplianceBuiltinsFile) => {
    if (builtins) return;
    // The data modules this bundle leaves out (the traditional → simplified table…), before anything reads them.
    fillPackagedModules(data.modules);
    builtins = data;
    void compile();
  };
  // Asked again, less often each time, for as long as this copy runs and the worker has not answered.
  const askWorker = <Answer>(ask: () => Promise<Answer>, use: (answer: Answer) => void, done: () => boolean) => {
    const attempt = (retryMs: number) => {
      if (!lifetime.isValid || done()) return;
      ask().then(use, () => setTimeout(() => attempt(Math.min(retryMs * 2, BUILTINS_RETRY_MAX_MS)), retryMs));
    };
    attempt(BUILTINS_RETRY_FIRST_MS);
  };
  // Web-accessible on the workbench hosts only, through the per-session dynamic URL that runtime.getURL gives.
  readPackagedJson<ComplianceBuiltinsFile>(BUILTINS_FILE).then(useBuiltins, () =>
    // A taught host's page may not read the packaged file: the worker reads it for this copy.
    askWorker(() => sendMessage('getComplianceBuiltins', undefined), useBuiltins, () => builtins !== undefined),
  );
  askWorker(() => sendMessage('getComplianceConfig', undefined), useConfig, () => configKnown);
  onMessage('complianceConfigChanged', ({ data }) => useConfig(data));
  return {
    current: () => checker,
    onChange: (listener) => void listeners.push(listener),
  };
}
