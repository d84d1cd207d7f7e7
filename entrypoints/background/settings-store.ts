import { get, set, type UseStore } from 'idb-keyval';
import { withDefaults, type Settings } from '../../utils/settings';
import { openStore } from '../../utils/storage';

export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<Settings>;
}

export function createSettingsStore(store: UseStore = openStore('settings')): SettingsStore {
  return {
    load: async () => withDefaults(await get<Partial<Settings>>('settings', store)),
    async save(settings) {
      const complete = withDefaults(settings);
      await set('settings', complete, store);
      return complete;
    },
  };
}
