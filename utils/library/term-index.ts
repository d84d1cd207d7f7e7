// Finds known terms inside a buyer message by walking tries from each start position: exactly (a trie over
// folded code units that steps over punctuation and spaces, tolerating one extra character inside a longer
// word), by sound (a trie over syllable ids, so 发火 finds 发货 and 包油 finds 包邮) and by pinyin initials
// typed in latin letters (fh -> 发货). No regex, no per-term scan.
import { getSyllableTable, syllableOf, syllablesOfWord, pinyinInitials } from './pinyin';
import { compactText, getFoldTable, getKindTable, KIND_HAN, KIND_LATIN, KIND_SKIP } from './text';

const EXACT_MATCH_WEIGHT = 1;
const SOUND_MATCH_WEIGHT = 0.75;
/** A word with one extra character inside it (等我一下). */
const GAPPED_MATCH_WEIGHT = 0.6;
/** Two-syllable sound-alikes are common by chance (包吗 / 薄吗), so they count less. */
const SHORT_SOUND_MATCH_WEIGHT = 0.55;
const INITIALS_MATCH_WEIGHT = 0.6;
/** A listed abbreviation (lexicon PINYIN_ABBREVIATIONS) is nearly as clear as the word itself. */
const ABBREVIATION_MATCH_WEIGHT = 0.9;

export interface TermMatch {
  start: number;
  end: number;
  term: number;
  weight: number;
}

/** A match inside a longer one (退货 inside 退货运费) still counts, at this share. */
const CONTAINED_MATCH_SHARE = 0.4;

const NEGATIONS = new Set([...'不没别未无'].map((char) => char.charCodeAt(0)));
const MIN_GAPPED_LENGTH = 3;
const PARTICLES = new Set([...'吗么嘛呢吧啊呀哦了的地得着过嗯哈'].map((char) => char.charCodeAt(0)));

/** The longest toneless syllable spelling (zhuang, shuang). */
const MAX_SYLLABLE_LETTERS = 6;

interface SoundTokens {
  start: Int32Array;
  end: Int32Array;
  syllable: Uint16Array;
  count: number;
}

const CODE_SPACE = 0x10000;
const SYLLABLE_SPACE = 0x400;

/** A trie whose edges are small integers, stored as one Map keyed by parent * alphabet + symbol. */
class IntTrie {
  private readonly edges = new Map<number, number>();
  private terminals: number[] = [-1];
  private terminalArray = new Int32Array(0);

  constructor(private readonly alphabet: number) {}

  insert(symbols: ArrayLike<number>, term: number): void {
    let node = 0;
    for (let i = 0; i < symbols.length; i++) {
      const key = node * this.alphabet + symbols[i]!;
      let child = this.edges.get(key);
      if (child === undefined) {
        child = this.terminals.length;
        this.terminals.push(-1);
        this.edges.set(key, child);
      }
      node = child;
    }
    if (this.terminals[node]! < 0) this.terminals[node] = term;
  }

  freeze(): void {
    this.terminalArray = Int32Array.from(this.terminals);
    this.terminals = [];
  }

  /** Child node, or -1. */
  step(node: number, symbol: number): number {
    return this.edges.get(node * this.alphabet + symbol) ?? -1;
  }

  terminal(node: number): number {
    return this.terminalArray[node]!;
  }
}

export class TermIndex {
  readonly terms: string[] = [];
  private readonly idByTerm = new Map<string, number>();
  private readonly exact = new IntTrie(CODE_SPACE);
  private readonly sound = new IntTrie(SYLLABLE_SPACE);
  private readonly byInitials = new Map<string, number[]>();
  private readonly abbreviations = new Set<string>();
  private tokens: SoundTokens = { start: new Int32Array(64), end: new Int32Array(64), syllable: new Uint16Array(64), count: 0 };

  /** Adds a term (stored folded, without punctuation) and returns its id; an empty term returns -1. */
  add(raw: string): number {
    const term = compactText(raw);
    if (term.length === 0) return -1;
    const known = this.idByTerm.get(term);
    if (known !== undefined) return known;
    const id = this.terms.length;
    this.terms.push(term);
    this.idByTerm.set(term, id);
    const codes = new Uint16Array(term.length);
    for (let i = 0; i < term.length; i++) codes[i] = term.charCodeAt(i);
    this.exact.insert(codes, id);
    const syllables = syllablesOfWord(term);
    // One-syllable sound matches would fire on every homophone character, so sound needs two or more.
    if (syllables && syllables.length >= 2) {
      this.sound.insert(syllables, id);
      if (syllables.length <= 4) {
        const initials = pinyinInitials(term);
        const list = this.byInitials.get(initials);
        // A listed abbreviation keeps its one reading.
        if (!this.abbreviations.has(initials)) {
          if (list) list.push(id);
          else this.byInitials.set(initials, [id]);
        }
      }
    }
    return id;
  }

  /** Makes `letters` read only as `word` (adding the word as a term if needed). */
  setAbbreviation(letters: string, word: string): number {
    const term = this.add(word);
    if (term >= 0) {
      this.byInitials.set(letters, [term]);
      this.abbreviations.add(letters);
    }
    return term;
  }

  /**
   * Follows the exact trie from `node` over text[from..]. Once per match, one extra character may sit inside a
   * word of three or more (等我一下 reads as 等一下, 不太想要了 as 不想要了); a negation never may, as it flips the meaning.
   */
  private walkExact(text: string, start: number, from: number, node: number, depth: number, out: TermMatch[], gapped = false): void {
    const fold = getFoldTable();
    const kind = getKindTable();
    for (let j = from; j < text.length; j++) {
      const code = fold[text.charCodeAt(j)]!;
      const codeKind = kind[code];
      if (codeKind === KIND_SKIP) continue;
      if (!gapped && depth > 0 && codeKind === KIND_HAN && !NEGATIONS.has(code)) this.walkExact(text, start, j + 1, node, depth, out, true);
      node = this.exact.step(node, code);
      if (node < 0) return;
      depth++;
      const term = this.exact.terminal(node);
      if (term < 0) continue;
      if (codeKind === KIND_LATIN && j + 1 < text.length && kind[fold[text.charCodeAt(j + 1)]!] === KIND_LATIN) continue;
      if (!gapped) out.push({ start, end: j + 1, term, weight: EXACT_MATCH_WEIGHT });
      else if (depth >= MIN_GAPPED_LENGTH) out.push({ start, end: j + 1, term, weight: GAPPED_MATCH_WEIGHT });
    }
  }

  /**
   * The text as sound tokens: a Han character, or a latin run spelling one syllable ("ma", "zai"), each with its
   * syllable id (0 for anything else, which ends a sound match); punctuation and spaces are left out.
   */
  private soundTokens(text: string): SoundTokens {
    const fold = getFoldTable();
    const kind = getKindTable();
    const { ids, idByName } = getSyllableTable();
    if (this.tokens.start.length < text.length) {
      const size = text.length * 2;
      this.tokens = { start: new Int32Array(size), end: new Int32Array(size), syllable: new Uint16Array(size), count: 0 };
    }
    const tokens = this.tokens;
    let count = 0;
    for (let i = 0; i < text.length; ) {
      const code = fold[text.charCodeAt(i)]!;
      const codeKind = kind[code];
      let end = i + 1;
      let syllable = 0;
      if (codeKind === KIND_HAN) syllable = syllableOf(ids, code);
      else if (codeKind === KIND_LATIN) {
        while (end < text.length && kind[fold[text.charCodeAt(end)]!] === KIND_LATIN) end++;
        if (end - i <= MAX_SYLLABLE_LETTERS) {
          let letters = '';
          for (let k = i; k < end; k++) letters += String.fromCharCode(fold[text.charCodeAt(k)]!);
          syllable = idByName.get(letters) ?? 0;
        }
      }
      if (codeKind !== KIND_SKIP) {
        tokens.start[count] = i;
        tokens.end[count] = end;
        tokens.syllable[count] = syllable;
        count++;
      }
      i = end;
    }
    tokens.count = count;
    return tokens;
  }

  /**
   * A sound-alike is a typing slip: most of its characters are as typed (发火 -> 发货, 包油 -> 包邮, 在ma -> 在吗,
   * but not 水好 -> 税号), and the buyer's sentence particles are kept (什么吗 is not 什么码 although 吗 and 码 are
   * both "ma"): particles are too common to be slips for content words.
   */
  private isPlausibleSlip(text: string, tokens: SoundTokens, first: number, last: number, term: number): boolean {
    const fold = getFoldTable();
    const word = this.terms[term]!;
    let slips = 0;
    for (let t = first; t <= last; t++) {
      const start = tokens.start[t]!;
      // Pinyin the buyer spelled out is a reading, not a slip.
      if (tokens.end[t]! - start > 1) continue;
      const typed = fold[text.charCodeAt(start)]!;
      if (typed === word.charCodeAt(t - first)) continue;
      if (PARTICLES.has(typed)) return false;
      slips++;
    }
    return slips <= Math.max(1, Math.floor(word.length / 2)) && slips < word.length;
  }

  freeze(): void {
    this.exact.freeze();
    this.sound.freeze();
  }

  /** Appends every term occurrence in `text` to `out`. Offsets index the original text. */
  match(text: string, out: TermMatch[]): void {
    const fold = getFoldTable();
    const kind = getKindTable();
    const length = text.length;

    const exactCount = out.length;
    for (let start = 0; start < length; start++) {
      const firstKind = kind[fold[text.charCodeAt(start)]!];
      if (firstKind === KIND_SKIP) continue;
      if (firstKind === KIND_LATIN && start > 0 && kind[fold[text.charCodeAt(start - 1)]!] === KIND_LATIN) continue;
      this.walkExact(text, start, start, 0, 0, out);
    }
    const exactEnd = out.length;
    // Exact matches are in order of start; the longest one bounds which of them can overlap a span.
    let longestExact = 0;
    for (let i = exactCount; i < exactEnd; i++) longestExact = Math.max(longestExact, out[i]!.end - out[i]!.start);
    const exact: ExactMatches = { matches: out, from: exactCount, to: exactEnd, longest: longestExact };

    const tokens = this.soundTokens(text);
    for (let first = 0; first < tokens.count; first++) {
      let node = 0;
      for (let t = first; t < tokens.count; t++) {
        const syllable = tokens.syllable[t]!;
        if (syllable === 0) break;
        node = this.sound.step(node, syllable);
        if (node < 0) break;
        const term = this.sound.terminal(node);
        const start = tokens.start[first]!;
        const end = tokens.end[t]!;
        if (term >= 0 && !clashesWithExact(exact, start, end) && this.isPlausibleSlip(text, tokens, first, t, term)) {
          out.push({ start, end, term, weight: t - first + 1 > 2 ? SOUND_MATCH_WEIGHT : SHORT_SOUND_MATCH_WEIGHT });
        }
      }
    }

    for (let start = 0; start < length; ) {
      if (kind[fold[text.charCodeAt(start)]!] !== KIND_LATIN) {
        start++;
        continue;
      }
      let end = start;
      while (end < length && kind[fold[text.charCodeAt(end)]!] === KIND_LATIN) end++;
      const run = end - start;
      if (run >= 2 && run <= 4) {
        let letters = '';
        for (let i = start; i < end; i++) letters += String.fromCharCode(fold[text.charCodeAt(i)]!);
        const terms = this.byInitials.get(letters);
        if (terms) {
          const weight = this.abbreviations.has(letters) ? ABBREVIATION_MATCH_WEIGHT : INITIALS_MATCH_WEIGHT;
          for (const term of terms) {
            if (!hasMatch(exact, start, end, term)) out.push({ start, end, term, weight });
          }
        }
      }
      start = end;
    }
  }
}

/** The exact matches of one text: matches[from..to), in order of start, none longer than `longest`. */
interface ExactMatches {
  matches: TermMatch[];
  from: number;
  to: number;
  longest: number;
}

/** Index of the first exact match that could overlap a span starting at `start` (binary search on starts). */
function firstOverlapCandidate(exact: ExactMatches, start: number): number {
  let low = exact.from;
  let high = exact.to;
  const earliest = start - exact.longest;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (exact.matches[middle]!.start < earliest) low = middle + 1;
    else high = middle;
  }
  return low;
}

function hasMatch(exact: ExactMatches, start: number, end: number, term: number): boolean {
  for (let i = firstOverlapCandidate(exact, start); i < exact.to && exact.matches[i]!.start <= start; i++) {
    const match = exact.matches[i]!;
    if (match.term === term && match.start === start && match.end === end) return true;
  }
  return false;
}

/**
 * True when [start, end) overlaps a word the buyer really typed without strictly containing it: in "三包吗"
 * the typed word 三包 wins over the sound-alike 包吗 (薄吗), and 知道了 is not read as 只到了. Only exact matches
 * that start close enough to overlap are looked at, so a long message stays linear.
 */
function clashesWithExact(exact: ExactMatches, start: number, end: number): boolean {
  for (let i = firstOverlapCandidate(exact, start); i < exact.to && exact.matches[i]!.start < end; i++) {
    const match = exact.matches[i]!;
    const overlaps = match.start < end && start < match.end;
    const longer = start <= match.start && end >= match.end && end - start > match.end - match.start;
    if (overlaps && !longer) return true;
  }
  return false;
}

/**
 * Scales down matches that lie strictly inside a longer match, so 退货运费 counts mostly as itself. One sort and
 * one sweep (by start, longer first): a match is inside a longer one exactly when a match that starts no later
 * and is not the same span reaches at least as far.
 */
export function discountContained(matches: TermMatch[]): void {
  const order = matches.map((_, index) => index);
  order.sort((a, b) => matches[a]!.start - matches[b]!.start || matches[b]!.end - matches[a]!.end);
  let reach = -1;
  for (let i = 0; i < order.length; ) {
    const { start, end } = matches[order[i]!]!;
    // Matches with the same span (a term found exactly and by sound) do not contain each other.
    let j = i;
    while (j < order.length && matches[order[j]!]!.start === start && matches[order[j]!]!.end === end) j++;
    const contained = reach >= end;
    for (let k = i; k < j; k++) if (contained) matches[order[k]!]!.weight *= CONTAINED_MATCH_SHARE;
    reach = Math.max(reach, end);
    i = j;
  }
}
