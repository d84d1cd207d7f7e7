// Library messages: the merged library (built-in + team + personal) for the panel and the editor,
// saving personal phrases, and usage that lets the suggester favour what this agent sends.
import { mergeLibraries } from '../../utils/library/layers';
import { parsePhrase } from '../../utils/library/schema';
import type { Phrase } from '../../utils/library/types';
import { onMessage, type LibraryPage, type LibraryPageQuery, type LibraryView, type TeamQuery } from '../../utils/messaging';
import type { PackStore } from '../../utils/pack/sync';
import type { LibraryStore } from './library-store';

export interface LibraryDeps {
  library: LibraryStore;
  /** The team pack of a subscription (a shop profile may have its own). */
  packs(query: TeamQuery | undefined): PackStore;
  now(): number;
  /** Tell open panels and options pages that the library changed. */
  notifyLibraryChanged(): Promise<void>;
  /** The merged libraries kept in memory (see createLibraryViews). */
  views: LibraryViews;
}

export interface LibraryViewDeps extends Pick<LibraryDeps, 'library' | 'packs'> {
  /** The built-in phrases (in the worker, read from the package on first use: library-builtins.ts). */
  builtinPhrases(): Promise<Phrase[]>;
}

/** The library of a team slot without usage: built-in, that slot's team pack and the personal phrases. */
async function mergedLibrary(deps: LibraryViewDeps, query?: TeamQuery): Promise<Omit<LibraryView, 'usage'>> {
  const [builtin, personal, stored] = await Promise.all([deps.builtinPhrases(), deps.library.personal(), deps.packs(query).getCurrent()]);
  const team = stored?.pack.phrases.map((phrase) => ({ ...phrase, source: 'team' as const })) ?? [];
  return {
    phrases: mergeLibraries(builtin, team, personal),
    team: stored ? { name: stored.pack.meta.name, version: stored.pack.meta.version } : null,
  };
}

export interface LibraryViews {
  view(query?: TeamQuery): Promise<LibraryView>;
  page(query: LibraryPageQuery): Promise<LibraryPage>;
  /** A team slot's pack changed (its merged library is read again), or, without a slot, the personal phrases. */
  changed(slot?: string): void;
}

/**
 * The merged library per team slot, kept in this worker's memory until it changes: with 10,000 phrases reading
 * and merging it takes a few hundred ms, which each panel opening would otherwise wait for. Usage (small,
 * changed by every insert) is read fresh each time.
 */
export function createLibraryViews(deps: LibraryViewDeps, slotOf: (query?: TeamQuery) => string): LibraryViews {
  const bySlot = new Map<string, { generation: number; merged: Promise<Omit<LibraryView, 'usage'>> }>();
  let reads = 0;
  const kept = (query?: TeamQuery) => {
    const slot = slotOf(query);
    let entry = bySlot.get(slot);
    if (!entry) {
      const reading = { generation: ++reads, merged: mergedLibrary(deps, query) };
      bySlot.set(slot, (entry = reading));
      // A failed read is tried again by the next request.
      reading.merged.catch(() => {
        if (bySlot.get(slot) === reading) bySlot.delete(slot);
      });
    }
    return entry;
  };
  return {
    async view(query) {
      const [merged, usage] = await Promise.all([kept(query).merged, deps.library.usage()]);
      return { ...merged, usage };
    },
    async page(query) {
      const { generation, merged } = kept(query);
      const [{ phrases, team }, usage] = await Promise.all([merged, deps.library.usage()]);
      return { phrases: phrases.slice(query.from, query.from + query.count), usage, team, total: phrases.length, generation };
    },
    changed(slot) {
      if (slot === undefined) bySlot.clear();
      else bySlot.delete(slot);
    },
  };
}

/** Every phrase validated as personal; nothing is stored when any one is invalid. */
export function validatePersonal(phrases: readonly unknown[]): { ok: true; phrases: Phrase[] } | { ok: false; errors: string[] } {
  const valid: Phrase[] = [];
  const errors: string[] = [];
  phrases.forEach((input, index) => {
    const result = parsePhrase(input, { source: 'personal' });
    if (result.ok) valid.push({ ...result.phrase, source: 'personal' });
    else errors.push(...result.errors.map((error) => `第 ${index + 1} 条：${error}`));
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, phrases: valid };
}

export function registerLibraryHandlers(deps: LibraryDeps): void {
  onMessage('getLibrary', ({ data }) => deps.views.view(data));
  onMessage('getLibraryPage', ({ data }) => deps.views.page(data));
  onMessage('getPersonalPhrases', () => deps.library.personal());
  onMessage('setPersonalPhrases', async ({ data }) => {
    const result = validatePersonal(data);
    if (!result.ok) return result;
    await deps.library.setPersonal(result.phrases);
    await deps.notifyLibraryChanged();
    return { ok: true as const };
  });
  onMessage('recordUsage', ({ data }) => deps.library.recordUsage(data, deps.now()));
}
