// Aho–Corasick over folded text, stored as a double array (base, check, fail link and first output interleaved in
// one Int32Array), so one pass finds thousands of words with a few typed-array reads per character. The per-code-unit symbol
// table folds normalisation into the scan: no normalised copy of the text is ever built.
import { CLAUSE, SKIP, WORD, classTableOf, foldTableOf } from './normalize';
import { inChunks, runSteps, type Steps } from './steps';

/** Symbol of a code unit that is skipped between the characters of a word. */
const SKIP_SYMBOL = 0xffff;
/** Symbol of a code unit no word contains (or a sentence or clause break): the scan restarts at the root. */
const RESET_SYMBOL = 0;
/** A comma: restarts the scan like a break, but a digit run goes on across it ("幺三九，零零八八，六六七七"). */
const CLAUSE_SYMBOL = 0xfffe;
/** A skipped code unit the caller wants counted (Automaton.marks): skipped all the same. */
const MARK_SYMBOL = 0xfffd;
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
   * Double array with each state's failure link and first report beside its base and check, so one cache line holds
   * all the scan reads of a state: cells[4s] = base and the children's symbol filter (see childOf), cells[4s + 1] =
   * check, cells[4s + 2] = fail, cells[4s + 3] = the first report on its fail chain (an index into reports, 0: none).
   */
  private readonly cells: Int32Array;
  /**
   * One report per state that ends a pattern (r from 1), interleaved so that one cache line holds a report:
   * reports[2r] = the pattern (as the constructor's reportAs names it), reports[2r + 1] = the next report on the fail
   * chain (0: none) in the low 24 bits and the pattern's length in symbols (for the match start) in the top byte. Only
   * the states that end a pattern have one, so it is a fraction of cells' size; packed in 8 bytes, it takes half the
   * memory (and room in the caches) it took in 16.
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
   * `keys` are folded words (see wordKey), distinct and non-empty, as strings or as code units (KeyCodes); pattern i is
   * key i, reported as `reportAs[i]` (by default i: a caller may have its pattern's data at another index, and one
   * lookup less per match). `tables` are those Automaton.inSteps built for the same keys; without them the constructor
   * builds them at once.
   */
  constructor(keys: readonly string[] | KeyCodes, reportAs?: Int32Array, tables: AutomatonTables = runSteps(automatonTables(keys, reportAs, []))) {
    this.symbolOf = tables.symbolOf;
    this.cells = tables.cells;
    this.reports = tables.reports;
    this.rootNext = tables.rootNext;
    this.depth = tables.depth;
  }

  /**
   * The automaton of `new Automaton(keys, reportAs)`, built in steps (steps.ts): a page can breathe between them. The
   * skipped code units among `marked` are counted by each scan (marks).
   */
  static *inSteps(keys: readonly string[] | KeyCodes, reportAs?: Int32Array, marked: readonly number[] = []): Steps<Automaton> {
    const tables = yield* automatonTables(keys, reportAs, marked);
    return new Automaton(keys, reportAs, tables);
  }

  /**
   * Longest run of digit characters (any form) in the last scanned text, counting across skipped characters: an
   * upper bound of any number the contact detectors could find, so they only look when it is long enough.
   */
  digitRun = 0;
  /** Latin letters (any width or case) in the last scanned text: links and chat ids need some. */
  letters = 0;
  /** Where the first and the last of those letters are in the last scanned text (-1 when it holds none). */
  firstLetter = -1;
  lastLetter = -1;
  /** Code units of inSteps' `marked` (those the scan skips) in the last scanned text: counted on the way, no second pass. */
  marks = 0;

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
    let firstLetter = -1;
    let lastLetter = -1;
    let marks = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const symbol = symbolOf[code]!;
      // Skipped characters, marks and commas share one comparison on the usual path (their symbols are the highest).
      if (symbol >= MARK_SYMBOL) {
        if (symbol === CLAUSE_SYMBOL) state = ROOT;
        else if (symbol === MARK_SYMBOL) marks++;
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
        } else {
          if (letters++ === 0) firstLetter = i;
          lastLetter = i;
        }
      }
      if (alt !== 0) {
        let altNext = childOf(cells, alt, symbol);
        if (altNext === 0) {
          if (symbol === previous && code >= FIRST_COLLAPSIBLE) altNext = alt;
          else {
            let from = alt;
            do {
              from = cells[4 * from + 2]!;
              altNext = childOf(cells, from, symbol);
            } while (altNext === 0 && from !== ROOT);
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
        next = childOf(cells, state, symbol);
        if (next === 0) {
          if (symbol === previous && code >= FIRST_COLLAPSIBLE) {
            if (alt === 0) {
              let other = state;
              do {
                other = cells[4 * other + 2]!;
                next = childOf(cells, other, symbol);
              } while (next === 0 && other !== ROOT);
              if (next !== 0 && depth[next]! >= 2) {
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
            next = state === ROOT ? rootNext[symbol]! : childOf(cells, state, symbol);
          } while (next === 0 && state !== ROOT);
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
        const link = reports[2 * hit + 1]!;
        matches.push(ring[(consumed - (link >>> LENGTH_SHIFT)) & RING_MASK]!, i + 1, reports[2 * hit]!);
        hit = link & INDEX_MASK;
      } while (hit !== 0);
    }
    this.digitRun = longestDigitRun;
    this.letters = letters;
    this.firstLetter = firstLetter;
    this.lastLetter = lastLetter;
    this.marks = marks;
  }

  /** Reports the second reading's words that cover both copies of the repeated character. */
  private reportAlt(state: number, consumed: number, afterRepeat: number, end: number, matches: MatchBuffer): void {
    const { cells, reports, altRing } = this;
    for (let hit = cells[4 * state + 3]!; hit !== 0; hit = reports[2 * hit + 1]! & INDEX_MASK) {
      const length = reports[2 * hit + 1]! >>> LENGTH_SHIFT;
      if (length <= afterRepeat + 1) break;
      matches.push(altRing[(consumed - length) & RING_MASK]!, end + 1, reports[2 * hit]!);
    }
  }
}

/**
 * A state's base shares its cell word with a filter of its children's symbols: bit (symbol & 7) of the top byte is set
 * when some child's symbol has those low bits. Most lookups from a state find no child (six in ten over the bench's
 * corpora), and the filter answers about a third of them from the state's own cell, already read, instead of the
 * child's cell — a read into a region of the array the scan has likely not touched lately, where a draft's scan waits
 * on memory most.
 */
const INDEX_BITS = 24;
const INDEX_MASK = (1 << INDEX_BITS) - 1;
/** Where a report's length sits beside the next report's index (Automaton.reports); lengths are at most MAX_WORD_LENGTH. */
const LENGTH_SHIFT = INDEX_BITS;
/**
 * More cells than this cannot be placed: their bases (and the reports' indexes, fewer than the states) would not fit
 * in 24 bits beside the filter — over thirty times the built-in checker's ~500,000 cells.
 */
const MAX_CELLS = 1 << INDEX_BITS;

/** The child of `state` on `symbol`, or 0 when it has none (no state sits at cell 0). */
function childOf(cells: Int32Array, state: number, symbol: number): number {
  const word = cells[4 * state]!;
  if (((word >>> INDEX_BITS) & (1 << (symbol & 7))) === 0) return 0;
  const child = (word & INDEX_MASK) + symbol;
  return cells[4 * child + 1] === state ? child : 0;
}

/** The tables a scan reads (the fields of Automaton of the same names). */
interface AutomatonTables {
  symbolOf: Uint16Array;
  cells: Int32Array;
  reports: Int32Array;
  rootNext: Int32Array;
  depth: Uint8Array;
}

/**
 * Work between two pauses of a build in steps, well under a millisecond's: keys read for the alphabet, states linked,
 * cells copied. The loops run in plain functions called per step (a generator's own loops are not optimised while it
 * runs).
 */
const KEYS_PER_STEP = 4096;
const STATES_PER_STEP = 4096;
const CELLS_PER_STEP = 16384;
/** Work placing the trie between two pauses, counted in keys read and cells tried (TriePlacement.placeSome). */
const PLACEMENT_WORK_PER_STEP = 8192;

/**
 * Keys as code units, one after another, each followed by a 0: key k is codes[starts[k] … starts[k + 1] - 1), for k
 * below count. A compile writes its patterns' keys so (checker.ts, PatternTable) rather than as a quarter of a million
 * strings the automaton would read again.
 */
export interface KeyCodes {
  codes: Uint16Array;
  starts: Int32Array;
  count: number;
}

/** The keys written as KeyCodes. */
function keyCodesOf(keys: readonly string[]): KeyCodes {
  const starts = new Int32Array(keys.length + 1);
  for (let k = 0; k < keys.length; k++) starts[k + 1] = starts[k]! + keys[k]!.length + 1;
  const codes = new Uint16Array(starts[keys.length]!);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    for (let i = 0; i < key.length; i++) codes[starts[k]! + i] = key.charCodeAt(i);
  }
  return { codes, starts, count: keys.length };
}

function* automatonTables(given: readonly string[] | KeyCodes, reportAs: Int32Array | undefined, marked: readonly number[]): Steps<AutomatonTables> {
  const keys = Array.isArray(given) ? keyCodesOf(given as readonly string[]) : (given as KeyCodes);
  const alphabet = new Alphabet(keys);
  yield* inChunks(keys.count, KEYS_PER_STEP, (from, to) => alphabet.add(from, to));
  const symbolOf = scanSymbols(alphabet.symbolOfFolded, marked);
  yield;
  const trie = new TriePlacement(alphabet);
  while (trie.placeSome(PLACEMENT_WORK_PER_STEP)) yield;
  const placed = trie.finish();
  const links = new TrieLinks(placed, keys.count, reportAs);
  yield* inChunks(placed.order.length, STATES_PER_STEP, (from, to) => links.link(from, to));
  const cells = new Int32Array(placed.size * 4);
  yield* inChunks(placed.size, CELLS_PER_STEP, (from, to) => links.copyCells(cells, from, to));
  return { symbolOf, cells, reports: links.reports, rootNext: rootTransitions(placed, alphabet.size), depth: links.depth };
}

/**
 * The automaton's own symbols of folded code units: digits, then letters, then the other characters of the keys; and
 * the keys written in them, one after another in `symbols`, each (cut at MAX_WORD_LENGTH) followed by a 0 and its
 * index (low and high 16 bits). The trie is placed from these: a node's keys are positions in `symbols`, each read
 * once per node, with nothing else to look up until the key ends.
 */
class Alphabet {
  readonly symbolOfFolded = new Uint16Array(0x10000);
  size = LAST_LETTER_SYMBOL + 1;
  /** Where each key starts in `symbols`. */
  readonly starts: Int32Array;
  readonly symbols: Uint16Array;
  readonly count: number;

  constructor(readonly keys: KeyCodes) {
    for (let d = 0; d < 10; d++) this.symbolOfFolded[0x30 + d] = 1 + d;
    for (let l = 0; l < 26; l++) this.symbolOfFolded[0x61 + l] = LAST_DIGIT_SYMBOL + 1 + l;
    const { starts, count } = keys;
    this.count = count;
    this.starts = new Int32Array(count + 1);
    for (let key = 0; key < count; key++) this.starts[key + 1] = this.starts[key]! + Math.min(starts[key + 1]! - starts[key]! - 1, MAX_WORD_LENGTH) + KEY_END;
    this.symbols = new Uint16Array(this.starts[count]!);
  }

  /** Writes keys from … to - 1 in symbols, giving each character that has none yet the next one. */
  add(from: number, to: number): void {
    const { symbolOfFolded, symbols, starts } = this;
    const { codes, starts: keyStarts } = this.keys;
    for (let k = from; k < to; k++) {
      const key = keyStarts[k]!;
      const start = starts[k]!;
      const length = starts[k + 1]! - start - KEY_END;
      for (let i = 0; i < length; i++) {
        const code = codes[key + i]!;
        if (symbolOfFolded[code] === 0) symbolOfFolded[code] = this.size++;
        symbols[start + i] = symbolOfFolded[code]!;
      }
      symbols[start + length + 1] = k & 0xffff;
      symbols[start + length + 2] = k >>> 16;
    }
  }
}

/** What follows a key's symbols in Alphabet.symbols: a 0, then the key's index in two symbols. */
const KEY_END = 3;

/** The symbol of every code unit as the scan reads it: folding, skipped characters (marked or not) and breaks in one table. */
function scanSymbols(symbolOfFolded: Uint16Array, marked: readonly number[]): Uint16Array {
  const fold = foldTableOf();
  const classes = classTableOf();
  const symbolOf = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const kind = classes[code];
    symbolOf[code] =
      kind === SKIP ? SKIP_SYMBOL : kind === WORD ? symbolOfFolded[fold[code]!]! : kind === CLAUSE ? CLAUSE_SYMBOL : RESET_SYMBOL;
  }
  for (const code of marked) if (symbolOf[code] === SKIP_SYMBOL) symbolOf[code] = MARK_SYMBOL;
  return symbolOf;
}

/** A trie in base/check arrays: `output` = the pattern ending at each state (-1: none), `order` = states breadth first. */
interface PlacedTrie {
  base: Int32Array;
  check: Int32Array;
  output: Int32Array;
  order: Int32Array;
  /** Cells in use: every state, and room past every base for any symbol (a scan reads base + symbol unchecked). */
  size: number;
}

/**
 * The trie of `keys` placed in base/check arrays breadth first, without building it as objects: a node is a range of
 * `members`, the keys through it, and its children's ranges are those keys grouped by their next symbol, so the work is
 * linear in the total length of the keys. (A key longer than MAX_WORD_LENGTH is cut; of keys then equal, the last wins.)
 *
 * Two passes: first the states whose path holds no Latin letter, then below them those whose path does (a letter's
 * own state is a child of its parent, so it sits among the first). Most keys are spelled variants ("zui低", "最hao"),
 * and a Chinese draft walks the first kind: kept apart, they fill fewer cache lines than when the variants' states
 * share them.
 *
 * A node's children go at the first free cells that hold them all, searched in a bitmap of the free cells 32 at a time
 * (place). The keys are read as symbols from one typed array (Alphabet.symbols), each member's once per node.
 */
class TriePlacement {
  private base: Int32Array;
  /** The parent state of each used cell; -1 for a free one. */
  private check: Int32Array;
  private output: Int32Array;
  /** Bit c % 32 of free[c >> 5] is set while cell c is free; cells past the arrays are free. */
  private free: Int32Array;
  /** The keys in symbols (Alphabet.symbols) and the size of the alphabet. */
  private readonly symbols: Uint16Array;
  private readonly alphabetSize: number;
  private readonly order: Int32Array;
  private stateCount = 0;
  private maxBase = 0;
  /** Keys read and cells tried so far: what the placement's time grows with. */
  private work = 0;
  /** Where searches start: the cells before it were nearly all used when a search last passed them. */
  private frontier = ROOT + 1;
  /**
   * The nodes of one generation (the children of the last): their cells, depths and ranges [from, to) of `members`;
   * the next generation's are filled meanwhile. A member is a key through the node, as the position in `symbols` of
   * its symbol at the node's depth.
   */
  private members: Int32Array;
  private cells: Int32Array;
  private depths: Int32Array;
  private froms: Int32Array;
  private tos: Int32Array;
  private nextMembers: Int32Array;
  private nextCells: Int32Array;
  private nextDepths: Int32Array;
  private nextFroms: Int32Array;
  private nextTos: Int32Array;
  private nodes = 1;
  private node = 0;
  private nextNodes = 0;
  private written = 0;
  /** The first pass's states reached by a Latin letter: placed, their children left to the second pass (deferredNodes). */
  private deferred: { members: Int32Array; cells: Int32Array; depths: Int32Array; froms: Int32Array; tos: Int32Array } | undefined;
  private deferredNodes = 0;
  private deferredWritten = 0;
  /** The depth of each state in `order` (placed pass by pass, linked breadth first: see finish). */
  private readonly orderDepth: Uint8Array;
  /** Per symbol: how many of a node's keys go on with it, then where the next of them goes in nextMembers. */
  private readonly counts: Int32Array;
  private readonly childSymbols: Int32Array;
  /** The symbol each member of the node being placed goes on with (0: its key ends there), read once per member. */
  private readonly memberSymbols: Uint16Array;

  constructor({ count, symbols, starts, size: alphabetSize }: Alphabet) {
    this.symbols = symbols;
    this.alphabetSize = alphabetSize;
    // Every key is followed by KEY_END symbols.
    const totalLength = symbols.length - KEY_END * count;
    // A trie of many keys has about a third as many states as characters (the built-in one 0.35): room for half as
    // many cells spares the arrays most of their doublings.
    const capacity = Math.max(1024 + alphabetSize * 2, totalLength >> 1);
    this.base = new Int32Array(capacity);
    this.check = new Int32Array(capacity).fill(-1);
    this.output = new Int32Array(capacity).fill(-1);
    this.free = new Int32Array((capacity + 31) >> 5).fill(-1);
    this.order = new Int32Array(totalLength + 1);
    this.orderDepth = new Uint8Array(totalLength + 1);
    this.order[this.stateCount++] = ROOT;
    this.check[ROOT] = 0;
    this.free[ROOT >> 5]! &= ~(1 << (ROOT & 31));
    const slots = count + 1;
    this.members = new Int32Array(slots);
    for (let key = 0; key < count; key++) this.members[key] = starts[key]!;
    this.nextMembers = new Int32Array(slots);
    this.cells = new Int32Array(slots);
    this.depths = new Int32Array(slots);
    this.froms = new Int32Array(slots);
    this.tos = new Int32Array(slots);
    this.nextCells = new Int32Array(slots);
    this.nextDepths = new Int32Array(slots);
    this.nextFroms = new Int32Array(slots);
    this.nextTos = new Int32Array(slots);
    // Each key passes through at most one deferred node (the state of its first letter).
    this.deferred = {
      members: new Int32Array(slots),
      cells: new Int32Array(slots),
      depths: new Int32Array(slots),
      froms: new Int32Array(slots),
      tos: new Int32Array(slots),
    };
    this.cells[0] = ROOT;
    this.tos[0] = count;
    this.counts = new Int32Array(alphabetSize);
    this.childSymbols = new Int32Array(alphabetSize);
    this.memberSymbols = new Uint16Array(slots);
  }

  /**
   * Places the children of the next nodes, about `budget` of work (keys read and cells tried: a node may have
   * thousands of either); false once every node is placed.
   */
  placeSome(budget: number): boolean {
    const goal = this.work + budget;
    while (this.work < goal) {
      if (this.node === this.nodes) {
        if (this.nextNodes > 0) this.nextGeneration();
        else if (this.deferred && this.deferredNodes > 0) this.secondPass();
        else return false;
      }
      this.placeNode(this.node++);
    }
    return true;
  }

  finish(): PlacedTrie {
    const order = breadthFirst(this.order.subarray(0, this.stateCount), this.orderDepth);
    let lastUsed = ROOT;
    for (let s = 0; s < order.length; s++) lastUsed = Math.max(lastUsed, order[s]!);
    // Childless states keep base 0: no cell names them in check, so every lookup from them misses.
    const size = Math.max(lastUsed + 1, this.maxBase + this.alphabetSize);
    if (size > MAX_CELLS) throw new RangeError(`too many words: ${size} cells, at most ${MAX_CELLS}`);
    this.ensure(size);
    return { base: this.base, check: this.check, output: this.output, order, size };
  }

  private nextGeneration(): void {
    [this.members, this.nextMembers] = [this.nextMembers, this.members];
    [this.cells, this.nextCells] = [this.nextCells, this.cells];
    [this.depths, this.nextDepths] = [this.nextDepths, this.depths];
    [this.froms, this.nextFroms] = [this.nextFroms, this.froms];
    [this.tos, this.nextTos] = [this.nextTos, this.tos];
    this.nodes = this.nextNodes;
    this.node = 0;
    this.nextNodes = 0;
    this.written = 0;
  }

  /** Starts the second pass: the deferred nodes are the next generation, and no node is deferred from here on. */
  private secondPass(): void {
    const deferred = this.deferred!;
    [this.members, deferred.members] = [deferred.members, this.members];
    [this.cells, deferred.cells] = [deferred.cells, this.cells];
    [this.depths, deferred.depths] = [deferred.depths, this.depths];
    [this.froms, deferred.froms] = [deferred.froms, this.froms];
    [this.tos, deferred.tos] = [deferred.tos, this.tos];
    this.nodes = this.deferredNodes;
    this.node = 0;
    this.deferred = undefined;
  }

  /**
   * Sets the node's output, places its children and hands them their ranges of keys for the next generation (or, in
   * the first pass, a letter's child for the second).
   */
  private placeNode(node: number): void {
    const { symbols, members, nextMembers, memberSymbols, counts, childSymbols, deferred } = this;
    const depth = this.depths[node]!;
    const position = this.cells[node]!;
    const from = this.froms[node]!;
    const to = this.tos[node]!;
    this.work += to - from;
    let pattern = -1;
    let distinct = 0;
    for (let m = from; m < to; m++) {
      const at = members[m]!;
      const symbol = symbols[at]!;
      memberSymbols[m] = symbol;
      if (symbol === 0) pattern = Math.max(pattern, symbols[at + 1]! | (symbols[at + 2]! << 16));
      else {
        if (counts[symbol] === 0) childSymbols[distinct++] = symbol;
        counts[symbol] = counts[symbol]! + 1;
      }
    }
    this.output[position] = pattern;
    if (distinct === 0) return;
    sortAscending(childSymbols, distinct);
    const nodeBase = this.place(position, childSymbols, distinct);
    for (let k = 0; k < distinct; k++) {
      const symbol = childSymbols[k]!;
      const child = nodeBase + symbol;
      this.orderDepth[this.stateCount] = Math.min(depth + 1, 255);
      this.order[this.stateCount++] = child;
      const count = counts[symbol]!;
      if (deferred && isLetterSymbol(symbol)) {
        const slot = this.deferredNodes++;
        deferred.cells[slot] = child;
        deferred.depths[slot] = depth + 1;
        deferred.froms[slot] = this.deferredWritten;
        counts[symbol] = this.deferredWritten;
        this.deferredWritten += count;
        deferred.tos[slot] = this.deferredWritten;
        continue;
      }
      const slot = this.nextNodes++;
      this.nextCells[slot] = child;
      this.nextDepths[slot] = depth + 1;
      this.nextFroms[slot] = this.written;
      // From here on: where the symbol's next key goes.
      counts[symbol] = this.written;
      this.written += count;
      this.nextTos[slot] = this.written;
    }
    for (let m = from; m < to; m++) {
      const symbol = memberSymbols[m]!;
      if (symbol === 0) continue;
      const next = members[m]! + 1;
      if (deferred && isLetterSymbol(symbol)) deferred.members[counts[symbol]!] = next;
      else nextMembers[counts[symbol]!] = next;
      counts[symbol] = counts[symbol]! + 1;
    }
    for (let k = 0; k < distinct; k++) counts[childSymbols[k]!] = 0;
  }

  /**
   * Places the children `symbols[0 … count)` (ascending) of the state at `parent`: at the base where the first free
   * cell takes the first symbol and every other symbol's cell is free as well. Returns the base.
   */
  private place(parent: number, symbols: Int32Array, count: number): number {
    const first = symbols[0]!;
    const last = symbols[count - 1]!;
    const searchFrom = Math.max(this.frontier, first + ROOT);
    // The cells tried: each free one from searchFrom on, as the first symbol's, until all the others fit too. They
    // are tried 32 at a time, each symbol's 32 cells a word of the bitmap (a node may try thousands).
    let cell = searchFrom;
    let tries = 0;
    for (; ; cell += 32) {
      const firsts = this.freeFrom(cell);
      let fits = firsts;
      for (let k = 1; k < count && fits !== 0; k++) fits &= this.freeFrom(cell + symbols[k]! - first);
      if (fits !== 0) {
        const bit = 31 - Math.clz32(fits & -fits);
        tries += bitCount(firsts & (-1 >>> (31 - bit)));
        cell += bit;
        break;
      }
      tries += bitCount(firsts);
    }
    this.ensure(cell - first + Math.max(last, this.alphabetSize) + 2);
    this.work += tries;
    // The cells from the frontier to here are nine in ten used: later nodes start past them (darts' heuristic). So
    // states are laid out about breadth first and the shallow ones, read most, share cache lines with each other
    // rather than with deep ones that would fill every hole (measured: checks over varied text ~20 % slower so).
    const passed = cell - searchFrom + 1;
    if (passed > FRONTIER_SPAN && tries * 10 < passed) this.frontier = cell;
    const nodeBase = cell - first;
    this.base[parent] = nodeBase;
    this.maxBase = Math.max(this.maxBase, nodeBase);
    for (let k = 0; k < count; k++) {
      const child = nodeBase + symbols[k]!;
      this.check[child] = parent;
      this.free[child >> 5]! &= ~(1 << (child & 31));
    }
    return nodeBase;
  }

  /** Whether cells `from` … from + 31 are free, as bits (bit i: cell from + i). */
  private freeFrom(from: number): number {
    const { free } = this;
    const word = from >> 5;
    const shift = from & 31;
    const low = word < free.length ? free[word]! : -1;
    if (shift === 0) return low;
    const high = word + 1 < free.length ? free[word + 1]! : -1;
    return (low >>> shift) | (high << (32 - shift));
  }

  /** Grows the arrays (doubling) so that cells 0 … size - 1 exist. */
  private ensure(size: number): void {
    const capacity = this.check.length;
    if (size <= capacity) return;
    let next = capacity;
    while (next < size) next *= 2;
    this.base = grown(this.base, next, 0);
    this.check = grown(this.check, next, -1);
    this.output = grown(this.output, next, -1);
    this.free = grown(this.free, (next + 31) >> 5, -1);
  }
}

/** The set bits of a 32-bit word. */
function bitCount(bits: number): number {
  bits -= (bits >>> 1) & 0x55555555;
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

const isLetterSymbol = (symbol: number) => symbol > LAST_DIGIT_SYMBOL && symbol <= LAST_LETTER_SYMBOL;

/** `states` (placed pass by pass) in order of their `depths` (counting sort, stable): the order TrieLinks needs. */
function breadthFirst(states: Int32Array, depths: Uint8Array): Int32Array {
  const starts = new Int32Array(257);
  for (let s = 0; s < states.length; s++) starts[depths[s]! + 1] = starts[depths[s]! + 1]! + 1;
  for (let d = 1; d < starts.length; d++) starts[d] = starts[d]! + starts[d - 1]!;
  const order = new Int32Array(states.length);
  for (let s = 0; s < states.length; s++) {
    const depth = depths[s]!;
    order[starts[depth]!] = states[s]!;
    starts[depth] = starts[depth]! + 1;
  }
  return order;
}

/** A search that passes more cells than this, nine in ten of them used, moves the frontier (TriePlacement.frontier). */
const FRONTIER_SPAN = 16;

/** `old` copied into a longer array, the new cells set to `fill`. */
function grown(old: Int32Array, length: number, fill: number): Int32Array {
  const bigger = new Int32Array(length).fill(fill, old.length);
  bigger.set(old);
  return bigger;
}

/** Sorts values[0 … count) in place: insertion sort for the few children of most nodes, the built-in sort beyond. */
function sortAscending(values: Int32Array, count: number): void {
  if (count > 32) {
    values.subarray(0, count).sort();
    return;
  }
  for (let i = 1; i < count; i++) {
    const value = values[i]!;
    let j = i - 1;
    while (j >= 0 && values[j]! > value) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = value;
  }
}

/**
 * Failure and output (dictionary suffix) links, reports (see Automaton.reports) and depths of the placed trie's
 * states, made breadth first: a state's fail target and output link are shallower, so done before it.
 */
class TrieLinks {
  private readonly fail: Int32Array;
  private readonly outputLink: Int32Array;
  /** Per state: the first report on its fail chain, its own or its output link's (0: none). */
  private readonly firstReport: Int32Array;
  /** Per state: its children's symbol filter (see childOf). */
  private readonly childFilter: Uint8Array;
  readonly reports: Int32Array;
  readonly depth: Uint8Array;
  private reportCount = 0;

  constructor(
    private readonly placed: PlacedTrie,
    keyCount: number,
    private readonly reportAs: Int32Array | undefined,
  ) {
    this.fail = new Int32Array(placed.size);
    this.outputLink = new Int32Array(placed.size);
    this.firstReport = new Int32Array(placed.size);
    this.depth = new Uint8Array(placed.size);
    this.childFilter = new Uint8Array(placed.size);
    // A state ends at most one key.
    this.reports = new Int32Array(2 * (keyCount + 1));
    this.fail[ROOT] = ROOT;
  }

  /** Links order[from … to) (the root, first, has nothing to link). */
  link(from: number, to: number): void {
    const { base, check, output, order } = this.placed;
    const { fail, outputLink, firstReport, reports, depth, childFilter } = this;
    for (let s = Math.max(from, 1); s < to; s++) {
      const position = order[s]!;
      const parent = check[position]!;
      const symbol = position - base[parent]!;
      childFilter[parent] = childFilter[parent]! | (1 << (symbol & 7));
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
      depth[position] = Math.min(depth[parent]! + 1, 255);
      const pattern = output[position]!;
      if (pattern < 0) {
        firstReport[position] = firstReport[outputLink[position]!]!;
        continue;
      }
      const report = ++this.reportCount;
      firstReport[position] = report;
      reports[2 * report] = this.reportAs ? this.reportAs[pattern]! : pattern;
      // The key's length (cut at MAX_WORD_LENGTH) is the depth of the state that ends it.
      reports[2 * report + 1] = firstReport[outputLink[position]!]! | (depth[position]! << LENGTH_SHIFT);
    }
  }

  /** Writes cells[from … to) of the scan's double array (see Automaton.cells). */
  copyCells(cells: Int32Array, from: number, to: number): void {
    const { base, check } = this.placed;
    for (let cell = from; cell < to; cell++) {
      cells[4 * cell] = base[cell]! | (this.childFilter[cell]! << INDEX_BITS);
      cells[4 * cell + 1] = check[cell]!;
      cells[4 * cell + 2] = this.fail[cell]!;
      cells[4 * cell + 3] = this.firstReport[cell]!;
    }
  }
}

/** The root's transitions by symbol (0: none). */
function rootTransitions({ base, check }: PlacedTrie, alphabetSize: number): Int32Array {
  const rootNext = new Int32Array(alphabetSize);
  for (let symbol = 1; symbol < alphabetSize; symbol++) {
    const child = base[ROOT]! + symbol;
    if (check[child] === ROOT) rootNext[symbol] = child;
  }
  return rootNext;
}
