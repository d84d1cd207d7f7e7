// State the side panel follows: the workbench tab of its window, the library and the agent's settings.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type LibraryView, type PanelState } from '../../utils/messaging';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

/** Under Chrome's 30 s: the worker is stopped after that long without an event. */
const KEEP_WARM_MS = 20_000;

/** What the panel follows, `loaded` once the background first answered, and `refresh` to ask again. */
export function usePanelState(): PanelState & { loaded: boolean; refresh(): void } {
  const [state, setState] = useState<PanelState & { loaded: boolean }>({ tabId: null, snapshot: null, loaded: false });
  const refreshRef = useRef<() => void>(() => undefined);
  // Asked before the empty panel is painted, not after: the answer brings the first list.
  useLayoutEffect(() => {
    let windowId: number | undefined;
    let asked = 0;
    let shown = 0;
    const refresh = () => {
      // Answers can cross: an answer older than the one on screen is dropped (but a burst of questions still
      // shows each answer that is newer, so a busy page cannot starve the panel).
      const ask = ++asked;
      void sendMessage('getPanelState', { windowId })
        .then((next) => {
          if (ask <= shown) return;
          shown = ask;
          setState({ ...next, loaded: true });
        })
        .catch(() => undefined);
    };
    refreshRef.current = refresh;
    void browser.windows.getCurrent().then((win) => {
      windowId = win.id;
      refresh();
    });
    const removeListener = onMessage('panelStateChanged', refresh);
    const removeSuggestions = onMessage('suggestionsChanged', refresh);
    const onActivated = () => refresh();
    browser.tabs.onActivated.addListener(onActivated);
    // While the panel is open the worker keeps its index (a stopped worker would rebuild it first).
    const warm = setInterval(() => void sendMessage('panelOpen', undefined).catch(() => undefined), KEEP_WARM_MS);
    return () => {
      removeListener();
      removeSuggestions();
      browser.tabs.onActivated.removeListener(onActivated);
      clearInterval(warm);
    };
  }, []);
  return { ...state, refresh: () => refreshRef.current() };
}

/** The library until the background's first answer (every library has the built-in phrases: this one is no answer). */
export const EMPTY_LIBRARY: LibraryView = { phrases: [], usage: {}, team: null };

/** Phrases per message: the whole library of 10,000 in one would take one long task to parse in this page. */
const LIBRARY_PAGE = 1_000;

/**
 * The library with the team pack of `team` (the active shop profile's subscription), for search and browsing.
 * `enabled` false waits: with 10,000 phrases the transfer would hold up the first suggestions, which come
 * ready-made with the panel state. It comes in slices, each parsed in its own short task.
 */
export function useLibrary(team: string, enabled = true): LibraryView {
  const [library, setLibrary] = useState<LibraryView>(EMPTY_LIBRARY);
  useEffect(() => {
    if (!enabled) return;
    let asked = 0;
    const refresh = async () => {
      const ask = ++asked;
      // A library that changes while it comes is asked for again from the start (a few times at most).
      for (let attempt = 0; attempt < 3; attempt++) {
        const first = await sendMessage('getLibraryPage', { team, from: 0, count: LIBRARY_PAGE });
        const phrases = first.phrases;
        let changed = false;
        while (!changed && phrases.length < first.total && ask === asked) {
          const page = await sendMessage('getLibraryPage', { team, from: phrases.length, count: LIBRARY_PAGE });
          changed = page.generation !== first.generation || page.phrases.length === 0;
          if (!changed) phrases.push(...page.phrases);
        }
        if (ask !== asked) return;
        if (!changed) return setLibrary({ phrases, usage: first.usage, team: first.team });
      }
    };
    void refresh().catch(() => undefined);
    const removeListener = onMessage('libraryChanged', () => void refresh().catch(() => undefined));
    return () => {
      asked = -1;
      removeListener();
    };
  }, [team, enabled]);
  return library;
}

/** The agent's settings, and a setter for what the panel itself changed (its choice of shop profile). */
export function useSettings(): [Settings, (settings: Settings) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    const refresh = () => sendMessage('getSettings', undefined).then(setSettings).catch(() => undefined);
    void refresh();
    // The options page saves settings in another tab; pick them up when the agent comes back.
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, []);
  return [settings, setSettings];
}

/** The current time, ticking once a second (for the buyer's waiting time). */
export function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
