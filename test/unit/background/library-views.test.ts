// The merged library kept in the worker's memory: read from the stores once, read again after a change.
import { describe, expect, it } from 'vitest';
import { createLibraryViews } from '../../../entrypoints/background/library-handlers';
import type { LibraryStore } from '../../../entrypoints/background/library-store';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin';
import type { Phrase } from '../../../utils/library/types';
import type { PackStore, StoredPack } from '../../../utils/pack/sync';
import { unsignedPack } from '../pack/fixtures';

const builtinPhrases = async () => BUILTIN_PHRASES;

function stores() {
  const reads = { personal: 0, packs: new Map<string, number>() };
  let personal: Phrase[] = [];
  let usage = {};
  const packs = new Map<string, StoredPack | null>();
  const library: LibraryStore = {
    personal: async () => (reads.personal++, personal),
    setPersonal: async (phrases) => void (personal = phrases),
    usage: async () => usage,
    recordUsage: async (phraseId, at) => void (usage = { ...usage, [phraseId]: { count: 1, lastUsedAt: at } }),
  };
  const packStore = (slot: string): PackStore => ({
    getCurrent: async () => (reads.packs.set(slot, (reads.packs.get(slot) ?? 0) + 1), packs.get(slot) ?? null),
    putAtomically: async () => undefined,
    highestVersion: async () => null,
  });
  return { reads, library, packs, packStore };
}

const personalPhrase = (id: string): Phrase => ({ ...BUILTIN_PHRASES[0]!, id, title: `自己的${id}`, source: 'personal' });
const slotOf = (query?: { team?: string }) => query?.team ?? 'default';

describe('library views kept in memory', () => {
  it('reads the stores once per slot, then again only after that slot or the personal phrases changed', async () => {
    const { reads, library, packs, packStore } = stores();
    const views = createLibraryViews({ library, packs: (query) => packStore(slotOf(query)), builtinPhrases }, slotOf);
    await library.setPersonal([personalPhrase('p1')]);
    const first = await views.view();
    expect(first.phrases.some((phrase) => phrase.id === 'p1')).toBe(true);
    await views.view();
    await views.view({ team: 'default' });
    expect(reads.personal).toBe(1);

    await library.setPersonal([personalPhrase('p2')]);
    expect((await views.view()).phrases.some((phrase) => phrase.id === 'p2')).toBe(false); // not told yet
    views.changed();
    const after = await views.view();
    expect(after.phrases.some((phrase) => phrase.id === 'p2')).toBe(true);
    expect(after.phrases.some((phrase) => phrase.id === 'p1')).toBe(false);

    // A pack change in one slot reads that slot again, not the others.
    await views.view({ team: 'tea' });
    const teaReads = reads.packs.get('tea');
    packs.set('tea', { pack: { ...unsignedPack(2, 3), signature: 'x' } as unknown as StoredPack['pack'], etag: null });
    views.changed('default');
    await views.view({ team: 'tea' });
    expect(reads.packs.get('tea')).toBe(teaReads);
    views.changed('tea');
    const tea = await views.view({ team: 'tea' });
    expect(reads.packs.get('tea')).toBe(teaReads! + 1);
    expect(tea.team?.version).toBe(3);
    expect(tea.phrases.filter((phrase) => phrase.source === 'team')).toHaveLength(2);
  });

  it('reads usage fresh each time: every insert changes it', async () => {
    const { library, packStore } = stores();
    const views = createLibraryViews({ library, packs: (query) => packStore(slotOf(query)), builtinPhrases }, slotOf);
    expect((await views.view()).usage).toEqual({});
    await library.recordUsage('x', 5);
    expect((await views.view()).usage).toEqual({ x: { count: 1, lastUsedAt: 5 } });
  });

  it('gives the library in slices of one generation, and a new generation once it changed', async () => {
    const { library, packStore } = stores();
    const views = createLibraryViews({ library, packs: (query) => packStore(slotOf(query)), builtinPhrases }, slotOf);
    await library.setPersonal(Array.from({ length: 250 }, (_, i) => personalPhrase(`p${i}`)));
    const whole = await views.view();
    const slices = [];
    for (let from = 0; from < whole.phrases.length; from += 100) slices.push(await views.page({ from, count: 100 }));
    expect(slices.flatMap((slice) => slice.phrases)).toEqual(whole.phrases);
    expect(new Set(slices.map((slice) => slice.generation)).size).toBe(1);
    expect(slices.every((slice) => slice.total === whole.phrases.length)).toBe(true);
    views.changed();
    expect((await views.page({ from: 0, count: 100 })).generation).not.toBe(slices[0]!.generation);
  });

  it('tries a failed read again', async () => {
    const { library, packStore } = stores();
    let fail = true;
    const views = createLibraryViews(
      { library: { ...library, personal: async () => (fail ? Promise.reject(new Error('idb')) : []) }, packs: (query) => packStore(slotOf(query)), builtinPhrases },
      slotOf,
    );
    await expect(views.view()).rejects.toThrow('idb');
    fail = false;
    expect((await views.view()).phrases.length).toBe(BUILTIN_PHRASES.length);
  });
});
