// Rule words typed half in pinyin, any syllable of them ("免fei修", "防fang辐she", "能j肥", "ting bu dong 就算了",
// "jiang 血 ya"): the checker's spelled variants (spelling.ts) cover one syllable at a time, runs of risky ones and the
// whole word, as patterns; every mix of syllables as patterns would be thousands more. Instead a draft with Latin
// letters beside hanzi is read again with each pinyin syllable written as the hanzi a rule word puts next to its
// neighbour ("fei" after 免 is 费 of 免费), and what that reading finds is kept where it covers a respelled syllable.
import { classTableOf, foldTableOf, SKIP, WORD } from './normalize';
import type { SpellingTables } from './spelling';
import { inChunks, type Steps } from './steps';

/** Longest run of Latin letters read as pinyin: a few syllables, not a sentence of English. */
const LONGEST_RUN = 24;
/** Characters of Latin letters beside a hanzi, with at most this many spaces or symbols between. */
const LONGEST_GAP = 2;
const HANZI_FIRST = 0x3400;
const HANZI_LAST = 0x9fff;

/** A draft read with its pinyin syllables as hanzi: `text`, and per code unit of it the original [start, end). */
export interface Respelled {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  /** Original [start, end) of each syllable written as a hanzi, flat. */
  syllables: number[];
}

interface Unit {
  start: number;
  end: number;
  /** The folded hanzi (or digit) of the unit, '' while a syllable is unread. */
  char: string;
  syllable: string;
  /** Whether the unit touches the one before it (only spaces or symbols between). */
  joined: boolean;
}

const isHanzi = (code: number) => code >= HANZI_FIRST && code <= HANZI_LAST;
const isLetter = (code: number) => code >= 0x61 && code <= 0x7a;

export class Respeller {
  /** "免\0fei" → 费: a syllable after a character, read as the hanzi rule words put there (all of them). */
  private readonly after = new Map<string, string>();
  /** "fei\0修" → 费 (… before a character). */
  private readonly before = new Map<string, string>();
  /** Syllables rule words put after a character ("不\0dong"), and before one ("bu\0懂"): to choose among several readings. */
  private readonly pairs = new Set<string>();
  /** Neighbouring hanzi of the rule words, folded: 2 where the two are a word ("减肥"), else 1 ("能降" of 能降血压). */
  private readonly bigrams = new Map<string, number>();
  /** The same by a syllable's first letter, kept only where one hanzi is meant ("能\0j" → 减 of 减肥). */
  private readonly afterInitial = new Map<string, string | null>();
  private readonly beforeInitial = new Map<string, string | null>();
  private readonly syllables = new Set<string>();
  private longestSyllable = 0;

  /** Neighbouring hanzi of the rule words, each once, with whether the two are a whole word (collected by addWords). */
  private readonly wordPairs = new Map<string, boolean>();

  /** `tables`: the pinyin of the rule words' characters; the words come by addWords, then addPairs reads them. */
  constructor(private readonly tables: SpellingTables) {}

  /** Notes the neighbouring hanzi of words[from … to): "最好(的)" holds 最好 and 好的. */
  addWords(words: readonly string[], from: number, to: number): void {
    for (let w = from; w < to; w++) {
      const word = words[w]!;
      const plain = word.includes('(') ? word.replace(/[()]/g, '') : word;
      for (let i = 0; i + 1 < plain.length; i++) {
        if (!isHanzi(plain.charCodeAt(i)) || !isHanzi(plain.charCodeAt(i + 1))) continue;
        const pair = plain.slice(i, i + 2);
        this.wordPairs.set(pair, this.wordPairs.get(pair) === true || plain.length === 2);
      }
    }
  }

  /** The noted pairs, in a list for addPairs. */
  notedPairs(): [pair: string, isWord: boolean][] {
    return [...this.wordPairs];
  }

  /** Reads pairs[from … to) into the tables a syllable is read by. */
  addPairs(pairs: readonly [pair: string, isWord: boolean][], from: number, to: number): void {
    const fold = foldTableOf();
    const { spellings, sounds } = this.tables;
    const heard = (char: string) => (spellings.get(char) ?? sounds.get(char) ?? []).filter((s) => s.length >= 2);
    for (let p = from; p < to; p++) {
      const [pair, isWord] = pairs[p]!;
      const [left, right] = [pair[0]!, pair[1]!];
      const l = String.fromCharCode(fold[pair.charCodeAt(0)]!);
      const r = String.fromCharCode(fold[pair.charCodeAt(1)]!);
      this.bigrams.set(l + r, Math.max(this.bigrams.get(l + r) ?? 0, isWord ? 2 : 1));
      for (const syllable of heard(right)) {
        this.add(syllable);
        addChar(this.after, `${l}\0${syllable}`, r);
        this.pairs.add(`${l}\0${syllable}`);
        if (spellings.has(right)) noteInitial(this.afterInitial, `${l}\0${syllable[0]}`, r);
      }
      for (const syllable of heard(left)) {
        this.add(syllable);
        addChar(this.before, `${syllable}\0${r}`, l);
        this.pairs.add(`${syllable}\0${r}`);
        if (spellings.has(left)) noteInitial(this.beforeInitial, `${syllable[0]}\0${r}`, l);
      }
    }
  }

  private add(syllable: string): void {
    this.syllables.add(syllable);
    this.longestSyllable = Math.max(this.longestSyllable, syllable.length);
  }

  /** The draft with its pinyin syllables read as hanzi, or undefined when none is read. */
  respell(text: string): Respelled | undefined {
    if (!/[a-zA-Z\u00c0-\u024f\uff21-\uff5a]/.test(text) || !/[\u3400-\u9fff]/.test(text)) return undefined;
    const units = this.unitsNearSyllables(text);
    if (!units) return undefined;
    // Read syllables from their read neighbours until nothing more is read: "ting bu dong 就" reads dong by 就, then bu, then ting.
    let changed = true;
    let read = 0;
    while (changed) {
      changed = false;
      for (let u = 0; u < units.length; u++) {
        const unit = units[u]!;
        if (unit.char) continue;
        const left = unit.joined ? units[u - 1] : undefined;
        const right = units[u + 1]?.joined ? units[u + 1] : undefined;
        const char = this.readSyllable(text, unit, left, right);
        if (char) {
          unit.char = char;
          changed = true;
          read++;
        }
      }
    }
    if (read === 0) return undefined;
    return respelledText(text, units);
  }

  /**
   * The hanzi a syllable stands for beside its neighbours: one a rule word puts next to a read neighbour, and of
   * several the one that also pairs with the most neighbours (the unread syllable beside it included: "bu dong 就"
   * reads dong as 懂, which 不 comes before, not 东; "能j肥" reads j as 减 of 减肥, not 降 of 能降). A first letter alone
   * is read only in lower case and as one risky hanzi on each side: "S码" is a size.
   */
  private readSyllable(text: string, unit: Unit, left: Unit | undefined, right: Unit | undefined): string | undefined {
    const { syllable } = unit;
    const l = left?.char;
    const r = right?.char;
    let candidates: string;
    if (syllable.length === 1) {
      // A letter after a number is its unit ("25g蛋白", "100g 开罐"), and an upper-case one a size or a grade.
      if (text[unit.start] !== syllable || afterDigit(text, unit.start)) return undefined;
      candidates = (l ? (this.afterInitial.get(`${l}\0${syllable}`) ?? '') : '') + (r ? (this.beforeInitial.get(`${syllable}\0${r}`) ?? '') : '');
    } else candidates = (l ? (this.after.get(`${l}\0${syllable}`) ?? '') : '') + (r ? (this.before.get(`${syllable}\0${r}`) ?? '') : '');
    if (candidates.length <= 1) return candidates || undefined;
    let best = '';
    let bestScore = -1;
    for (const char of candidates) {
      const score =
        (l ? (this.bigrams.get(l + char) ?? 0) : 0) +
        (r ? (this.bigrams.get(char + r) ?? 0) : 0) +
        Number(!!left && !l && this.pairs.has(`${left.syllable}\0${char}`)) +
        Number(!!right && !r && this.pairs.has(`${char}\0${right.syllable}`));
      if (score > bestScore) [best, bestScore] = [char, score];
    }
    return best;
  }

  /**
   * The draft's pinyin syllables in order, with the hanzi each touches: a unit is joined to the one before when only a
   * few spaces or symbols stand between, and a syllable is read only from a joined neighbour, so the hanzi that touch
   * no syllable (most of a draft) are left out — building them was most of the respeller's cost on long texts.
   * Undefined when no run of Latin letters reads as pinyin. A run that does not split wholly into known syllables (an
   * English word, a brand, an id) is no unit and parts its neighbours.
   *
   * The list holds the units a full left-to-right reading of the draft would give around each syllable, in the same
   * order and with the same links: a hanzi taken in only as the left neighbour of a syllable is marked unjoined, since
   * what stood before it (a hanzi left out, or nothing near) never reads it as a right neighbour.
   */
  private unitsNearSyllables(text: string): Unit[] | undefined {
    const fold = foldTableOf();
    const units: Unit[] = [];
    /** Where the last readable run ended (its tone digit included); a run right after it may join it. */
    let previousEnd = -1;
    const letters = letterTable();
    /** Whether some unit could be read: a syllable of two letters or more, or a first letter alone in lower case after no number. */
    let readable = false;
    for (let start = nextLetter(text, 0, letters), end = 0; start >= 0; start = nextLetter(text, end, letters)) {
      end = start + 1;
      while (end < text.length && letters[text.charCodeAt(end)] === 1) end++;
      const split = this.readableSplit(text, start, end);
      // A tone typed as a digit after the syllable ("fei4"), not a digit of a model number.
      if (isToneDigit(text.charCodeAt(end)) && !isAsciiLetterOrDigit(text.charCodeAt(end + 1))) end++;
      if (!split) continue;
      const before = unitBefore(text, start);
      const joined = before >= 0 && (before === previousEnd - 1 || isHanziUnit(text, before, fold));
      if (joined && before !== previousEnd - 1 && units[units.length - 1]?.start !== before) {
        units.push({ start: before, end: before + 1, char: String.fromCharCode(fold[text.charCodeAt(before)]!), syllable: '', joined: false });
      }
      let at = start;
      split.forEach((syllable, k) => {
        units.push({ start: at, end: at + syllable.length, char: '', syllable, joined: k > 0 || joined });
        at += syllable.length;
      });
      units[units.length - 1]!.end = end;
      readable ||= split[0]!.length > 1 || (text[start] === split[0] && !afterDigit(text, start));
      const after = unitAfter(text, end);
      if (after >= 0 && isHanziUnit(text, after, fold)) units.push({ start: after, end: after + 1, char: String.fromCharCode(fold[text.charCodeAt(after)]!), syllable: '', joined: true });
      previousEnd = end;
    }
    return readable ? units : undefined;
  }

  /** The run of letters text[start, end) as syllables; undefined when too long, capitalised (a name or a brand: "Nike", "Fang 老师") or unsplit. */
  private readableSplit(text: string, start: number, end: number): string[] | undefined {
    if (end - start > LONGEST_RUN || (isUpperAscii(text.charCodeAt(start)) && isLetter(text.charCodeAt(start + 1)))) return undefined;
    let folded = false;
    for (let i = start; i < end && !folded; i++) folded = !isLetter(text.charCodeAt(i));
    return this.splitOnce(folded ? foldLetters(text, start, end) : text.slice(start, end));
  }

  private readonly splits = new Map<string, string[] | undefined>();
  /** split(), remembered per run of letters. */
  private splitOnce(letters: string): string[] | undefined {
    if (this.splits.has(letters)) return this.splits.get(letters);
    const split = this.split(letters);
    if (this.splits.size < 4096) this.splits.set(letters, split);
    return split;
  }

  /** The run of letters as known syllables, fewest first; a single letter as a first letter. */
  private split(letters: string): string[] | undefined {
    if (letters.length === 1) return [letters];
    const best: (string[] | undefined)[] = [[]];
    for (let end = 1; end <= letters.length; end++) {
      for (let length = 2; length <= Math.min(this.longestSyllable, end); length++) {
        const previous = best[end - length];
        const syllable = letters.slice(end - length, end);
        if (previous && this.syllables.has(syllable) && (!best[end] || best[end]!.length > previous.length + 1)) best[end] = [...previous, syllable];
      }
    }
    return best[letters.length];
  }
}

/** The respeller of `words` (rule words and cues), built in steps of a slice each (steps.ts). */
export function* respellerInSteps(words: readonly string[], tables: SpellingTables, chunk: number): Steps<Respeller> {
  const respeller = new Respeller(tables);
  yield* inChunks(words.length, chunk, (from, to) => respeller.addWords(words, from, to));
  const pairs = respeller.notedPairs();
  yield* inChunks(pairs.length, chunk, (from, to) => respeller.addPairs(pairs, from, to));
  return respeller;
}

/** Adds a hanzi to the ones a key is read as (each once). */
function addChar(map: Map<string, string>, key: string, char: string): void {
  const known = map.get(key) ?? '';
  if (!known.includes(char)) map.set(key, known + char);
}

/** Notes the hanzi a first letter is read as; null once two differ (a first letter is read only where one is meant). */
function noteInitial(initials: Map<string, string | null>, key: string, char: string): void {
  const known = initials.get(key);
  if (known === undefined) initials.set(key, char);
  else if (known !== char) initials.set(key, null);
}

let letterCodes: Uint8Array | undefined;

/** 1 for each code unit that folds to a Latin letter (full-width, accented, lookalikes: 丅○Ⓦ): a run of them is read as pinyin. */
function letterTable(): Uint8Array {
  if (!letterCodes) {
    const fold = foldTableOf();
    letterCodes = new Uint8Array(fold.length);
    for (let code = 0; code < fold.length; code++) letterCodes[code] = isLetter(fold[code]!) ? 1 : 0;
  }
  return letterCodes;
}

/** Where the next letter at or after `from` is, or -1. */
function nextLetter(text: string, from: number, letters: Uint8Array): number {
  for (let i = from; i < text.length; i++) if (letters[text.charCodeAt(i)] === 1) return i;
  return -1;
}

/** text[start, end) folded to a-z. */
function foldLetters(text: string, start: number, end: number): string {
  const fold = foldTableOf();
  let letters = '';
  for (let i = start; i < end; i++) letters += String.fromCharCode(fold[text.charCodeAt(i)]!);
  return letters;
}

const isUpperAscii = (code: number) => code >= 0x41 && code <= 0x5a;
const isToneDigit = (code: number) => code >= 0x31 && code <= 0x35;
const isAsciiLetterOrDigit = (code: number) => isLetter(code) || isUpperAscii(code) || (code >= 0x30 && code <= 0x39);

/** Whether a digit stands right before text[at], spaces aside, within three code units: a letter after a number is its unit ("25g", "100g 开罐"). */
function afterDigit(text: string, at: number): boolean {
  const fold = foldTableOf();
  const from = Math.max(0, at - 3);
  let before = at - 1;
  while (before >= from && isSpace(fold[text.charCodeAt(before)]!)) before--;
  return before >= from && fold[text.charCodeAt(before)]! >= 0x30 && fold[text.charCodeAt(before)]! <= 0x39;
}

/** JavaScript's \s. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * The draft with each read syllable written as its hanzi, and per code unit of the result the typed [start, end).
 * Built from slices, not a code unit at a time: a long pasted text may hold thousands of syllables.
 */
function respelledText(text: string, units: readonly Unit[]): Respelled {
  const pieces: string[] = [];
  const syllables: number[] = [];
  let length = text.length;
  for (const unit of units) {
    if (!unit.syllable || !unit.char) continue;
    syllables.push(unit.start, unit.end);
    length -= unit.end - unit.start - 1;
  }
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let at = 0;
  let out = 0;
  const copy = (to: number) => {
    pieces.push(text.slice(at, to));
    for (; at < to; at++, out++) {
      starts[out] = at;
      ends[out] = at + 1;
    }
  };
  for (const unit of units) {
    if (!unit.syllable || !unit.char) continue;
    copy(unit.start);
    pieces.push(unit.char);
    starts[out] = unit.start;
    ends[out] = unit.end;
    out++;
    at = unit.end;
  }
  copy(text.length);
  return { text: pieces.join(''), starts, ends, syllables };
}

/** Whether text[at] is a hanzi the respeller reads beside (a unit of its own); a letter's lookalike (丅) is a letter. */
function isHanziUnit(text: string, at: number, fold: Uint16Array): boolean {
  const code = text.charCodeAt(at);
  const folded = fold[code]!;
  return classTableOf()[code] === WORD && !isLetter(folded) && (isHanzi(folded) || isHanzi(code));
}

/** Whether a unit before or after text[at] would still be joined across it: a space or symbol, not an emoji or a line end. */
function bridges(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return classTableOf()[code] === SKIP && !isSurrogateOrBreak(code);
}

/** Where the unit before text[at] would end (its last code unit) if it is joined to one there, else -1. */
function unitBefore(text: string, at: number): number {
  let before = at - 1;
  for (let gap = 0; before >= 0 && bridges(text, before); before--) if (++gap > LONGEST_GAP) return -1;
  return before;
}

/** Where the unit after text[at - 1] would start if joined to it, else -1. */
function unitAfter(text: string, at: number): number {
  let after = at;
  for (let gap = 0; after < text.length && bridges(text, after); after++) if (++gap > LONGEST_GAP) return -1;
  return after < text.length ? after : -1;
}

/** Surrogates (emoji) and line ends part a syllable from its neighbour. */
function isSurrogateOrBreak(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || code === 0x0a || code === 0x0d;
}
