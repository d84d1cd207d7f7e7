// Library messages: the merged library (built-in + team + personal) for the panel and the editor,
// saving personal phrases, and usage that lets the suggester favour what this agent sends.
import { BUILTIN_PHRASES } from '../../utils/library/builtin';
import { mergeLibraries } from '../../utils/library/layers';
import { parsePhrase } from '../../utils/library/schema';
import type { Phrase } from '../../utils/library/types';
import { onMessage, type LibraryView, type TeamQuery } from '../../utils/messaging';
import type { PackStore } from '../../utils/pack/sync';
import type { LibraryStore } from './library-store';

export interface LibraryDeps {
  library: LibraryStore;
  /** The team pack of a subscription (a shop profile may have its own). */
  packs(query: TeamQuery | undefined): PackStore;
  now(): number;
  /** Tell open panels and options pages that the library changed. */
  notifyLibraryChanged(): Promise<void>;
}

export async function libraryView(deps: Pick<LibraryDeps, 'library' | 'packs'>, query?: TeamQuery): Promise<LibraryView> {
  const [personal, usage, stored] = await Promise.all([deps.library.personal(), deps.library.usage(), deps.packs(query).getCurrent()]);
  const team = stored?.pack.phrases.map((phrase) => ({ ...phrase, source: 'team' as const })) ?? [];
  return {
    phrases: mergeLibraries(BUILTIN_PHRASES, team, personal),
    usage,
    team: stored ? { name: stored.pack.meta.name, version: stored.pack.meta.version } : null,
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
  onMessage('getLibrary', ({ data }) => libraryView(deps, data));
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
