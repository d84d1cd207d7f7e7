// Aho–Corasick over folded text, stored as a double array (base, check, fail link and first output interleaved in
// one Int32Array), so one pass finds thousands of words with a few typed-array reads per character. The per-code-unit symbol
// table folds normalisation into the scan: no normalised copy of the text is ever built.
import { CLAUSE, SKIP, WORD, classTableOf, foldTableOf } from './normalize';

/** Symbol of a code unit that is skipped between the characters of a word. */
const SKIP_SYMBOL = 0xffff;
/** Symbol of a code unit no word contains (or a sentence or clause break): the scan restarts at the root. */
const RESET_SYMBOL = 0;
/** A comma: restarts the scan like a break, but a digit run goes on across it ("幺三九，零零八八，六六七七"). */
const CLAUSE_SYMBOL = 0xfffe;
const ROOT = 1;
/** Words longer than this many characters are cut (ring buffer of match start positions). */
const MAX_WORD_LENGTH = 64;
const RING_MASK = MAX_WORD_LENGTH - 1;
/** Code units from CJK radicals up: a repeated character (最最最好) is read once. */
const FIRST_COLLAPSIBLE = 0x2e80;

/** Where matches go: parallel growable Int32 arrays, reused across scans; `patterns` as the automaton reports them. */
export class MatchBuffer {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  patterns = new Int32Array(64);
  count = 0;

  push(start: number, end: number, pattern: number): void {
    if (this.count === this.starts.length) {
      const grow = (old: Int32Array) => {
        const next = new Int32Array(old.length * 2);
        next.set(old);
        return next;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.patterns = grow(this.patterns);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.patterns[this.count] = pattern;
    this.count++;
  }
}

/** Symbols 1–10 are the digits 0–9 and 11–36 the letters a–z, so the scan tells both apart with one comparison each. */
const LAST_DIGIT_SYMBOL = 10;
const LAST_LETTER_SYMBOL = 36;

export class Automaton {
  private readonly symbolOf: Uint16Array;
  /**
   * Double array with each state's failure link and first output beside its base and check, so one cache line holds
   * all the scan reads of a state: cells[4s] = base, cells[4s + 1] = check, cells[4s + 2] = fail, cells[4s + 3] = firstHit.
   */
  private readonly cells: Int32Array;
  /**
   * What a state reports, interleaved so that one cache line holds a report: reports[4s] = the pattern ending at s
   * (as the constructor's reportAs names it), reports[4s + 1] = its length in symbols (for the match start),
   * reports[4s + 2] = the next state on the fail chain that ends a pattern (0: none); reports[4s + 3] pads the entry
   * to 16 bytes. Read only for states that end a pattern.
   */
  private readonly reports: Int32Array;
  /**
   * The root's transitions by symbol (0: none), 4 bytes each instead of a 16-byte cell: most characters are read at
   * the root or fall back to it, so the scan touches fewer cache lines.
   */
  private readonly rootNext: Int32Array;
  /** Characters on the path from the root to each state. */
  private readonly depth: Uint8Array;
  private readonly ring = new Int32Array(MAX_WORD_LENGTH);
  /** Match start positions of the second reading (see scan). */
  private readonly altRing = new Int32Array(MAX_WORD_LENGTH);

  /**
   * `keys` are folded words (see wordKey), distinct and non-empty; pattern i is keys[i], reported as `reportAs[i]`
   * (by default i: a caller may have its pattern's data at another index, and one lookup less per match).
   */
  constructor(keys: readonly string[], reportAs?: Int32Array) {
    const fold = foldTableOf();
    const classes = classTableOf();
    // Alphabet: digits and Latin letters take fixed symbols (counted during the scan); other characters follow.
    const symbolOfFolded = new Uint16Array(0x10000);
    for (let d = 0; d < 10; d++) symbolOfFolded[0x30 + d] = 1 + d;
    for (let l = 0; l < 26; l++) symbolOfFolded[0x61 + l] = LAST_DIGIT_SYMBOL + 1 + l;
    let alphabetSize = LAST_LETTER_SYMBOL + 1;
    for (const key of keys) {
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        if (symbolOfFolded[code] === 0) symbolOfFolded[code] = alphabetSize++;
      }
    }
    const symbolOf = new Uint16Array(0x10000);
    for (let code = 0; code < 0x10000; code++) {
      const kind = classes[code];
      symbolOf[code] =
        kind === SKIP ? SKIP_SYMBOL : kind === WORD ? symbolOfFolded[fold[code]!]! : kind === CLAUSE ? CLAUSE_SYMBOL : RESET_SYMBOL;
    }
    this.symbolOf = symbolOf;

    const trie = buildTrie(keys, symbolOfFolded);
    const placed = placeDoubleArray(trie, alphabetSize);
    const links = linkFailures(placed.base, placed.check, placed.output, placed.order);
    this.reports = new Int32Array(placed.base.length * 4);
    for (const position of placed.order) {
      const pattern = placed.output[position]!;
      if (pattern < 0) continue;
      this.reports[4 * position] = reportAs ? reportAs[pattern]! : pattern;
      this.reports[4 * position + 1] = Math.min(keys[pattern]!.length, MAX_WORD_LENGTH);
      this.reports[4 * position + 2] = links.outputLink[position]!;
    }
    // The first state to report from: the state itself if it has an output, else its output link.
    this.cells = new Int32Array(placed.base.length * 4);
    for (let cell = 0; cell < placed.base.length; cell++) {
      this.cells[4 * cell] = placed.base[cell]!;
      this.cells[4 * cell + 1] = placed.check[cell]!;
      this.cells[4 * cell + 2] = links.fail[cell]!;
      this.cells[4 * cell + 3] = placed.output[cell]! >= 0 ? cell : links.outputLink[cell]!;
    }
    this.rootNext = new Int32Array(alphabetSize);
    for (let symbol = 1; symbol < alphabetSize; symbol++) {
      const child = placed.base[ROOT]! + symbol;
      if (placed.check[child] === ROOT) this.rootNext[symbol] = child;
    }
    this.depth = new Uint8Array(placed.check.length);
    for (const position of placed.order) {
      if (position !== ROOT) this.depth[position] = Math.min(this.depth[placed.check[position]!]! + 1, 255);
    }
  }

  /**
   * Longest run of digit characters (any form) in the last scanned text, counting across skipped characters: an
   * upper bound of any number the contact detectors could find, so they only look when it is long enough.
   */
  digitRun = 0;
  /** Latin letters (any width or case) in the last scanned text: links and chat ids need some. */
  letters = 0;

  /** Appends every pattern occurrence in `text` to `matches` (start/end are original UTF-16 offsets). */
  scan(text: string, matches: MatchBuffer): void {
    const { symbolOf, cells, rootNext, reports, depth, ring, altRing } = this;
    let state = ROOT;
    // Positions of the characters consumed by a transition (only those can belong to a match).
    let consumed = 0;
    // A repeated character read once can still be the first of a word that holds it twice (的宝 + 宝皮肤 for
    // 宝宝皮肤): where the fail chain can take the repeat, that reading runs beside the main one (0 when none).
    // It reports only words covering both copies and ends once its state no longer reaches back to them,
    // since from there on the main reading sees the same characters.
    let alt = 0;
    let altConsumed = 0;
    let altAfterRepeat = 0;
    let previous = RESET_SYMBOL;
    let digitRun = 0;
    let longestDigitRun = 0;
    let letters = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const symbol = symbolOf[code]!;
      // Skipped characters and commas share one comparison on the usual path (both symbols are the highest).
      if (symbol >= CLAUSE_SYMBOL) {
        if (symbol === CLAUSE_SYMBOL) state = ROOT;
        alt = 0;
        continue;
      }
      if (symbol === RESET_SYMBOL) {
        state = ROOT;
        alt = 0;
        previous = RESET_SYMBOL;
        continue;
      }
      // One comparison for the usual CJK character; `previous` is the symbol of the last character not skipped.
      if (symbol <= LAST_LETTER_SYMBOL) {
        if (symbol <= LAST_DIGIT_SYMBOL) {
          digitRun = previous !== RESET_SYMBOL && previous <= LAST_DIGIT_SYMBOL ? digitRun + 1 : 1;
          if (digitRun > longestDigitRun) longestDigitRun = digitRun;
        } else letters++;
      }
      if (alt !== 0) {
        let altNext = cells[4 * alt]! + symbol;
        if (cells[4 * altNext + 1] !== alt) {
          if (symbol === previous && code >= FIRST_COLLAPSIBLE) altNext = alt;
          else {
            let from = alt;
            do {
              from = cells[4 * from + 2]!;
              altNext = cells[4 * from]! + symbol;
            } while (cells[4 * altNext + 1] !== from && from !== ROOT);
            if (cells[4 * altNext + 1] !== from) altNext = 0;
          }
        }
        if (altNext !== alt) {
          alt = altNext;
          if (alt !== 0) {
            altRing[altConsumed++ & RING_MASK] = i;
            altAfterRepeat++;
            if (depth[alt]! <= altAfterRepeat + 1) alt = 0;
            else this.reportAlt(alt, altConsumed, altAfterRepeat, i, matches);
          }
        }
      }
      let next: number;
      if (state === ROOT) {
        next = rootNext[symbol]!;
        // Most characters of ordinary text start no word: at the root they cost one failed lookup.
        if (next === 0) {
          previous = symbol;
          continue;
        }
      } else {
        next = cells[4 * state]! + symbol;
        if (cells[4 * next + 1] !== state) {
          if (symbol === previous && code >= FIRST_COLLAPSIBLE) {
            if (alt === 0) {
              let other = state;
              do {
                other = cells[4 * other + 2]!;
                next = cells[4 * other]! + symbol;
              } while (cells[4 * next + 1] !== other && other !== ROOT);
              if (cells[4 * next + 1] === other && depth[next]! >= 2) {
                alt = next;
                altRing.set(ring);
                altConsumed = consumed;
                altRing[altConsumed++ & RING_MASK] = i;
                altAfterRepeat = 0;
                this.reportAlt(alt, altConsumed, altAfterRepeat, i, matches);
              }
            }
            continue;
          }
          previous = symbol;
          do {
            state = cells[4 * state + 2]!;
            next = state === ROOT ? rootNext[symbol]! : cells[4 * state]! + symbol;
          } while (state !== ROOT && cells[4 * next + 1] !== state);
          // The root has no transition for the symbol (no state sits at position 0).
          if (next === 0) continue;
        }
      }
      state = next;
      previous = symbol;
      ring[consumed++ & RING_MASK] = i;
      // Most states end no word: leave before the report loop (a loop entered on every character measured slower).
      let hit = cells[4 * state + 3]!;
      if (hit === 0) continue;
      do {
        matches.push(ring[(consumed - reports[4 * hit + 1]!) & RING_MASK]!, i + 1, reports[4 * hit]!);
        hit = reports[4 * hit + 2]!;
      } while (hit !== 0);
    }
    this.digitRun = longestDigitRun;
    this.letters = letters;
  }

  /** Reports the second reading's words that cover both copies of the repeated character. */
  private reportAlt(state: number, consumed: number, afterRepeat: number, end: number, matches: MatchBuffer): void {
    const { cells, reports, altRing } = this;
    for (let hit = cells[4 * state + 3]!; hit !== 0; hit = reports[4 * hit + 2]!) {
      const length = reports[4 * hit + 1]!;
      if (length <= afterRepeat + 1) break;
      matches.push(altRing[(consumed - length) & RING_MASK]!, end + 1, reports[4 * hit]!);
    }
  }
}

interface TrieNode {
  children: Map<number, TrieNode>;
  pattern: number;
}

function buildTrie(keys: readonly string[], symbolOfFolded: Uint16Array): TrieNode {
  const root: TrieNode = { children: new Map(), pattern: -1 };
  keys.forEach((key, pattern) => {
    let node = root;
    for (let i = 0; i < Math.min(key.length, MAX_WORD_LENGTH); i++) {
      const symbol = symbolOfFolded[key.charCodeAt(i)]!;
      let child = node.children.get(symbol);
      if (!child) {
        child = { children: new Map(), pattern: -1 };
        node.children.set(symbol, child);
      }
      node = child;
    }
    node.pattern = pattern;
  });
  return root;
}

/** Places the trie in base/check arrays (first fit, darts-style skipping of crowded regions). */
function placeDoubleArray(root: TrieNode, alphabetSize: number) {
  let capacity = 1024 + alphabetSize * 2;
  let base = new Int32Array(capacity);
  let check = new Int32Array(capacity).fill(-1);
  let output = new Int32Array(capacity).fill(-1);
  const ensure = (size: number) => {
    if (size <= capacity) return;
    let next = capacity;
    while (next < size) next *= 2;
    const grow = (old: Int32Array, fill: number) => {
      const bigger = new Int32Array(next).fill(fill);
      bigger.set(old);
      return bigger;
    };
    base = grow(base, 0);
    check = grow(check, -1);
    output = grow(output, -1);
    capacity = next;
  };
  check[ROOT] = 0;
  output[ROOT] = root.pattern;
  const order: number[] = [ROOT];
  const queue: [TrieNode, number][] = [[root, ROOT]];
  let nextCheckPosition = ROOT + 1;
  for (let head = 0; head < queue.length; head++) {
    const [node, position] = queue[head]!;
    if (node.children.size === 0) continue;
    const symbols = [...node.children.keys()].sort((a, b) => a - b);
    const first = symbols[0]!;
    const last = symbols[symbols.length - 1]!;
    let cell = Math.max(nextCheckPosition, first + 1);
    let occupied = 0;
    let scanned = 0;
    for (; ; cell++) {
      ensure(cell + last - first + alphabetSize + 1);
      if (check[cell] !== -1) {
        occupied++;
        scanned++;
        continue;
      }
      scanned++;
      const candidate = cell - first;
      if (symbols.every((symbol) => check[candidate + symbol] === -1)) break;
    }
    if (scanned > 16 && occupied / scanned > 0.9) nextCheckPosition = cell;
    const nodeBase = cell - first;
    base[position] = nodeBase;
    for (const symbol of symbols) {
      const child = node.children.get(symbol)!;
      const childPosition = nodeBase + symbol;
      check[childPosition] = position;
      output[childPosition] = child.pattern;
      order.push(childPosition);
      queue.push([child, childPosition]);
    }
  }
  // Every state's base must leave room for any symbol without reading past the end.
  let maxBase = 0;
  for (const position of order) maxBase = Math.max(maxBase, base[position]!);
  ensure(maxBase + alphabetSize + 1);
  // Childless states keep base 0: no cell names them in check, so every lookup from them misses.
  return { base, check, output, order };
}

/** Breadth-first failure links and output (dictionary suffix) links. */
function linkFailures(base: Int32Array, check: Int32Array, output: Int32Array, order: number[]) {
  const fail = new Int32Array(check.length);
  const outputLink = new Int32Array(check.length);
  fail[ROOT] = ROOT;
  for (const position of order) {
    if (position === ROOT) continue;
    const parent = check[position]!;
    const symbol = position - base[parent]!;
    let target = ROOT;
    if (parent !== ROOT) {
      let state = fail[parent]!;
      for (;;) {
        const next = base[state]! + symbol;
        if (check[next] === state) {
          target = next;
          break;
        }
        if (state === ROOT) break;
        state = fail[state]!;
      }
    }
    fail[position] = target;
    outputLink[position] = output[target]! >= 0 && target !== ROOT ? target : outputLink[target]!;
  }
  return { fail, outputLink };
}
