// State the side panel follows: the workbench tab of its window, the library and the agent's settings.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type LibraryView, type PanelState } from '../../utils/messaging';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

export function usePanelState(): PanelState {
  const [state, setState] = useState<PanelState>({ tabId: null, snapshot: null });
  useEffect(() => {
    let windowId: number | undefined;
    const refresh = () => sendMessage('getPanelState', { windowId }).then(setState).catch(() => undefined);
    void browser.windows.getCurrent().then((win) => {
      windowId = win.id;
      void refresh();
    });
    const removeListener = onMessage('panelStateChanged', () => void refresh());
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      removeListener();
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);
  return state;
}

const EMPTY_LIBRARY: LibraryView = { phrases: [], usage: {}, team: null };

/** The library with the team pack of `team` (the active shop profile's subscription). */
export function useLibrary(team: string): LibraryView {
  const [library, setLibrary] = useState<LibraryView>(EMPTY_LIBRARY);
  useEffect(() => {
    const refresh = () => sendMessage('getLibrary', { team }).then(setLibrary).catch(() => undefined);
    void refresh();
    return onMessage('libraryChanged', () => void refresh());
  }, [team]);
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
