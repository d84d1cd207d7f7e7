// Rule words typed half in pinyin, any syllable of them ("免fei修", "防fang辐she", "能j肥", "ting bu dong 就算了",
// "jiang 血 ya"): the checker's spelled variants (spelling.ts) cover one syllable at a time, runs of risky ones and the
// whole word, as patterns; every mix of syllables as patterns would be thousands more. Instead a draft with Latin
// letters beside hanzi is read again with each pinyin syllable written as the hanzi a rule word puts next to its
// neighbour ("fei" after 免 is 费 of 免费), and what that reading finds is kept where it covers a respelled syllable.
import { classTableOf, foldTableOf, foldText, SKIP, WORD } from './normalize';
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

  /**
   * The draft with its pinyin syllables read as hanzi, or undefined when none is read. A caller that knows where the
   * draft's first and last code units that fold to a Latin letter are (the checker's scan counts them) passes them
   * (-1: none, and nothing is read); the rest of the draft is not searched for letters again.
   */
  respell(text: string, firstLetter = 0, lastLetter = text.length - 1): Respelled | undefined {
    if (firstLetter < 0) return undefined;
    if (!/[a-zA-Z\u00c0-\u024f\uff21-\uff5a]/.test(text) || !/[\u3400-\u9fff]/.test(text)) return undefined;
    const units = this.unitsNearSyllables(text, firstLetter, lastLetter + 1);
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
    let out = '';
    const starts: number[] = [];
    const ends: number[] = [];
    const syllables: number[] = [];
    let at = 0;
    const copy = (to: number) => {
      out += text.slice(at, to);
      for (; at < to; at++) {
        starts.push(at);
        ends.push(at + 1);
      }
    };
    for (const unit of units) {
      if (!unit.syllable || !unit.char) continue;
      copy(unit.start);
      out += unit.char;
      starts.push(unit.start);
      ends.push(unit.end);
      syllables.push(unit.start, unit.end);
      at = unit.end;
    }
    copy(text.length);
    return { text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends), syllables };
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
      if (text[unit.start] !== syllable || /[0-9]\s*$/.test(foldText(text.slice(Math.max(0, unit.start - 3), unit.start)))) return undefined;
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
  private unitsNearSyllables(text: string, firstLetter: number, afterLastLetter: number): Unit[] | undefined {
    const fold = foldTableOf();
    const units: Unit[] = [];
    /** Where the last readable run ended (its tone digit included); a run right after it may join it. */
    let previousEnd = -1;
    /** Whether some unit could be read: a syllable of two letters or more, or a first letter alone in lower case. */
    let readable = false;
    // Runs start only at letters: none before the first or after the last (a run still reads on past it, as before).
    for (let start = firstLetter, end = firstLetter; start < afterLastLetter; start = end) {
      if (!isLetter(fold[text.charCodeAt(start)]!)) {
        end = start + 1;
        continue;
      }
      let letters = '';
      for (end = start; end < text.length && isLetter(fold[text.charCodeAt(end)]!); end++) letters += String.fromCharCode(fold[text.charCodeAt(end)]!);
      // A capitalised word is a name or a brand ("Nike" splits as ni ke, "Fang 老师"), not a spelled syllable.
      const split = letters.length <= LONGEST_RUN && !/^[A-Z][a-z]/.test(text.slice(start, start + 2)) ? this.splitOnce(letters) : undefined;
      // A tone typed as a digit after the syllable ("fei4"), not a digit of a model number.
      if (/[1-5]/.test(text[end] ?? '') && !/[0-9a-zA-Z]/.test(text[end + 1] ?? '')) end++;
      if (!split) continue;
      const before = joinedNeighbour(text, start - 1, -1);
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
      readable ||= split[0]!.length > 1 || text[start] === split[0];
      const after = joinedNeighbour(text, end, 1);
      if (after >= 0 && isHanziUnit(text, after, fold)) units.push({ start: after, end: after + 1, char: String.fromCharCode(fold[text.charCodeAt(after)]!), syllable: '', joined: true });
      previousEnd = end;
    }
    return readable ? units : undefined;
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

/** Whether text[at] is a hanzi the respeller reads beside (a unit of its own); a letter's lookalike (丅) is a letter. */
function isHanziUnit(text: string, at: number, fold: Uint16Array): boolean {
  const code = text.charCodeAt(at);
  const folded = fold[code]!;
  return classTableOf()[code] === WORD && !isLetter(folded) && (isHanzi(folded) || isHanzi(code));
}

/**
 * Where the unit joined to one beside text[at] would be, reading from `at` by `step` (-1: before, 1: after) over at most
 * LONGEST_GAP spaces or symbols (not an emoji or a line end); -1 when none is in reach.
 */
function joinedNeighbour(text: string, at: number, step: number): number {
  for (let gap = 0; at >= 0 && at < text.length; at += step) {
    const code = text.charCodeAt(at);
    if (classTableOf()[code] !== SKIP || isSurrogateOrBreak(code)) return at;
    if (++gap > LONGEST_GAP) return -1;
  }
  return -1;
}

/** Surrogates (emoji) and line ends part a syllable from its neighbour. */
function isSurrogateOrBreak(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || code === 0x0a || code === 0x0d;
}
