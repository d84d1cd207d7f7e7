// The agent's own figures in IndexedDB: events without any message text or buyer name, bounded to the
// last weeks and a fixed count, and cleared on request. They never leave this browser.
import { del, get, update, type UseStore } from 'idb-keyval';
import { bounded, type FigureEvent } from '../../utils/figures/figures';
import { openStore } from '../../utils/storage';

export interface FigureStore {
  all(): Promise<FigureEvent[]>;
  add(event: FigureEvent, now: number): Promise<void>;
  clear(): Promise<void>;
}

const KEY = 'events';

export function createFigureStore(store: UseStore = openStore('figures')): FigureStore {
  return {
    all: async () => (await get<FigureEvent[]>(KEY, store)) ?? [],
    add: (event, now) => update<FigureEvent[]>(KEY, (events = []) => bounded([...events, event], now), store),
    clear: () => del(KEY, store),
  };
}
