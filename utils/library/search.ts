// Finding a phrase by a few keystrokes, in this order:
// 1. 快捷编码: exact, then codes starting with the query ("/fh" finds fh, then fh48);
// 2. pinyin initials of the title ("fhsj" finds 发货时间说明);
// 3. the query as a substring of the title, then of a trigger or example, then of the body; then the same by
//    sound (运废险 finds 运费险) — found through a bigram index over sound keys, so a keystroke costs the posting
//    lists of the query, not a scan of the library;
// 4. Fuse.js fuzzy matching over titles and triggers (other typos), only when the above found nothing.
import Fuse from 'fuse.js';
import { normalizeCode } from './codes';
import { pinyinInitials, soundKey } from './pinyin';
import { sortedIncludes } from './sorted';
import { compactText } from './text';
import type { Phrase } from './types';

export interface PhraseSearch {
  search(query: string, limit?: number): Phrase[];
}

interface SearchEntry {
  phrase: Phrase;
  code: string;
  initials: string;
  /** Folded, punctuation-free fields in rank order: title, triggers and examples, body. */
  fields: [string, string, string];
  /** soundKey of each field. */
  sounds: [string, string, string];
}

const FIELD_SEPARATOR = '\u0001';
/** Posting lists packed between two checks of the time: a few hundred take well under a millisecond. */
const GRAM_KEYS_PER_STEP = 256;

export function createPhraseSearch(phrases: readonly Phrase[]): PhraseSearch {
  return startPhraseSearch(phrases).finish();
}

/**
 * The search index built a slice at a time, for a page that must stay responsive: with 10,000 phrases the
 * whole build takes several hundred ms. The result is the same as createPhraseSearch's.
 */
export interface PhraseSearchBuild {
  /** Indexes until `stop()` says so (asked after each phrase); true once the index is complete. */
  step(stop: () => boolean): boolean;
  /** The search, after indexing whatever is left now. */
  finish(): PhraseSearch;
}

export function startPhraseSearch(phrases: readonly Phrase[]): PhraseSearchBuild {
  const entries: SearchEntry[] = [];
  const grams = startGramIndex();
  let built: PhraseSearch | undefined;

  const step = (stop: () => boolean): boolean => {
    while (!built) {
      if (entries.length < phrases.length) {
        const entry = searchEntry(phrases[entries.length]!);
        grams.add(entries.length, entry.sounds.join(FIELD_SEPARATOR));
        entries.push(entry);
      } else if (grams.step()) {
        built = searchOver(entries, grams.finish());
        break;
      }
      if (stop()) break;
    }
    return built !== undefined;
  };
  return {
    step,
    finish: () => {
      step(() => false);
      return built!;
    },
  };
}

function searchEntry(phrase: Phrase): SearchEntry {
  const fields: SearchEntry['fields'] = [
    compactText(phrase.title),
    [...phrase.triggers, ...phrase.examples].map(compactText).join(FIELD_SEPARATOR),
    compactText(phrase.body),
  ];
  return {
    phrase,
    code: normalizeCode(phrase.code ?? ''),
    initials: pinyinInitials(phrase.title),
    fields,
    sounds: [soundKey(fields[0]), soundKey(fields[1]), soundKey(fields[2])],
  };
}

function searchOver(entries: readonly SearchEntry[], grams: GramIndex): PhraseSearch {
  const byCode = entries.filter((entry) => entry.code).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  let fuse: Fuse<SearchEntry> | undefined;

  function search(query: string, limit = 10): Phrase[] {
    // A leading slash is how agents type a code in the reply box ("/fh").
    const raw = normalizeCode(query.trim().replace(/^[/／]/, ''));
    const needle = compactText(raw);
    if (!needle) return [];
    const found = new Set<SearchEntry>();
    const add = (entry: SearchEntry) => {
      if (found.size < limit) found.add(entry);
    };

    const first = lowerBound(byCode, raw);
    for (let i = first; i < byCode.length && byCode[i]!.code === raw; i++) add(byCode[i]!);
    const prefixed: SearchEntry[] = [];
    for (let i = first; i < byCode.length && byCode[i]!.code.startsWith(raw); i++) prefixed.push(byCode[i]!);
    prefixed.sort((a, b) => a.code.length - b.code.length).forEach(add);

    if (/^[a-z0-9]+$/.test(needle)) for (const entry of entries) if (entry.initials.startsWith(needle)) add(entry);

    const sound = soundKey(needle);
    const candidates = grams.candidates(sound).map((index) => entries[index]!);
    addRanked(candidates, (entry) => entry.fields.findIndex((field) => field.includes(needle)), add);
    addRanked(candidates, (entry) => entry.sounds.findIndex((field) => field.includes(sound)), add);

    // Fuzzy matching costs a scan of every title, so it is the last resort: a Chinese query nothing else found.
    if (found.size === 0 && needle.length >= 2 && /\p{Script=Han}/u.test(needle)) {
      fuse ??= new Fuse(entries, {
        keys: [
          { name: 'phrase.title', weight: 3 },
          { name: 'phrase.triggers', weight: 2 },
          { name: 'code', weight: 2 },
        ],
        threshold: 0.4,
        ignoreLocation: true,
      });
      for (const result of fuse.search(raw, { limit })) add(result.item);
    }
    return [...found].map((entry) => entry.phrase);
  }

  return { search };
}

/** Adds the entries whose rank is not -1, best (lowest) rank first, shorter titles first among equals. */
function addRanked(entries: readonly SearchEntry[], rankOf: (entry: SearchEntry) => number, add: (entry: SearchEntry) => void): void {
  entries
    .map((entry) => ({ entry, rank: rankOf(entry) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.entry.fields[0].length - b.entry.fields[0].length)
    .forEach(({ entry }) => add(entry));
}

function lowerBound(sorted: readonly SearchEntry[], code: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.code < code) low = middle + 1;
    else high = middle;
  }
  return low;
}

interface GramIndex {
  /** Which documents contain every character bigram (or, for one character, that character) of a query. */
  candidates(query: string): number[];
}

/**
 * A bigram index over documents added in index order, then packed into sorted arrays a slice of keys at a
 * time (`step` until it says done, then `finish`).
 */
function startGramIndex() {
  const lists = new Map<number, number[]>();
  const postings = new Map<number, Int32Array>();
  let keys: number[] | undefined;
  let packed = 0;
  const empty = new Int32Array(0);
  const index: GramIndex = {
    candidates(query) {
      const keys =
        query.length === 1
          ? [query.charCodeAt(0)]
          : Array.from({ length: query.length - 1 }, (_, i) => 0x10000 + query.charCodeAt(i) * 0x10000 + query.charCodeAt(i + 1));
      const lists = keys.map((key) => postings.get(key) ?? empty).sort((a, b) => a.length - b.length);
      const [shortest, ...others] = lists;
      if (!shortest) return [];
      return Array.from(shortest).filter((index) => others.every((list) => sortedIncludes(list, index)));
    },
  };

  return {
    add(index: number, text: string): void {
      for (let i = 0; i < text.length; i++) {
        const unigram = text.charCodeAt(i);
        const keys = i + 1 < text.length ? [unigram, 0x10000 + unigram * 0x10000 + text.charCodeAt(i + 1)] : [unigram];
        for (const key of keys) {
          const list = lists.get(key);
          if (!list) lists.set(key, [index]);
          else if (list.at(-1) !== index) list.push(index);
        }
      }
    },
    /** Packs the next slice of posting lists; true when all are packed. */
    step(): boolean {
      keys ??= [...lists.keys()];
      const end = Math.min(keys.length, packed + GRAM_KEYS_PER_STEP);
      for (; packed < end; packed++) postings.set(keys[packed]!, Int32Array.from(lists.get(keys[packed]!)!));
      return packed === keys.length;
    },
    finish(): GramIndex {
      lists.clear();
      return index;
    },
  };
}
