// The index behind the suggestion engine, built once per library (see suggest.ts for the queries):
// - a TermIndex over the intent lexicon (with synonym spellings), the pair-rule words and every phrase trigger
//   (exact, by sound, by pinyin initials);
// - term -> intent weights, term -> phrase postings and term -> pair-rule sides, as compressed rows in typed arrays;
// - a TF-IDF index of syllable bigrams over every phrase's examples (问法) and title and over the labelled buyer
//   messages of intent-examples.ts, so a message close to one of them scores even with other characters or
//   homophone slips.
import { INTENT_EXAMPLES } from './intent-examples';
import { INTENT_IDS } from './intents';
import { ARRIVAL_ONLY, INTENT_LEXICON, PAIR_RULES, PINYIN_ABBREVIATIONS, STRONG_TERM_WEIGHT, termVariants, UNINFORMATIVE_TRIGGERS, WEAK_TERM_WEIGHT } from './lexicon';
import { getSyllableTable, syllableOf } from './pinyin';
import { TermIndex } from './term-index';
import { compactText, getFoldTable, getKindTable, KIND_HAN, KIND_SKIP } from './text';
import type { Phrase } from './types';

export const INTENT_COUNT = INTENT_IDS.length;
export const INTENT_INDEX = new Map<string, number>(INTENT_IDS.map((id, index) => [id, index]));

/** A trigger shared by n phrases of one intent counts 0.5 + 0.25·log2(n): phrases of an intent help each other. */
const TRIGGER_BASE = 0.5;
const TRIGGER_GROWTH = 0.25;
const TERM_INTENT_CAP = 1.5;
/** A phrase's first intent is what it answers; its further intents are side topics and get half the trigger weight. */
export const SIDE_INTENT_SHARE = 0.5;
/** Title docs count a little less than the buyer questions (examples) a phrase lists. */
const TITLE_DOC_WEIGHT = 0.8;
/** Labelled buyer messages: evidence for their intent only, a little below a phrase's own examples. */
const INTENT_EXAMPLE_WEIGHT = 0.7;

/** Compressed rows: the values of row r are values[start[r] .. start[r + 1]]. */
export interface Rows<T extends Int32Array | Uint8Array> {
  start: Int32Array;
  values: T;
}

export interface DocIndex {
  count: number;
  bigramIds: Map<number, number>;
  idf: Float32Array;
  /** Weight of a query bigram no doc has (it still lowers the cosine: the query says something else too). */
  unknownIdf: number;
  /** bigram -> docs */
  postings: Rows<Int32Array>;
  /** doc -> its distinct bigrams, sorted */
  bigrams: Rows<Int32Array>;
  /** Phrase of each doc, or -1 for an intent example (INTENT_EXAMPLES). */
  phrase: Int32Array;
  /** Intent index of an intent example; unused for phrase docs. */
  intent: Uint8Array;
  weight: Float32Array;
  norm: Float32Array;
}

export interface SuggestIndex {
  terms: TermIndex;
  termIntents: Rows<Uint8Array>;
  /** Parallel to termIntents.values. */
  termIntentWeight: Float32Array;
  termPhrases: Rows<Int32Array>;
  /** term -> pair-rule sides it belongs to, encoded rule * 2 + side (0 left, 1 right). */
  termPairSides: Rows<Int32Array>;
  /** Intent index of each pair rule. */
  pairIntent: Uint8Array;
  pairWeight: Float32Array;
  /** Intent indexes of each phrase, first = the one it answers. */
  phraseIntents: Uint8Array[];
  /** intent -> the phrases that answer it first (their first intent): candidates when the intent is read. */
  intentPhrases: Rows<Int32Array>;
  docs: DocIndex;
}

export function buildSuggestIndex(phrases: readonly Phrase[]): SuggestIndex {
  const terms = new TermIndex();
  const lexiconWeights = new Map<number, Float32Array>();
  for (const intent of INTENT_IDS) {
    const intentIndex = INTENT_INDEX.get(intent)!;
    const { strong, weak = '' } = INTENT_LEXICON[intent];
    const lists: [string, number][] = [
      [strong, STRONG_TERM_WEIGHT],
      [weak, WEAK_TERM_WEIGHT],
    ];
    for (const [list, weight] of lists) {
      for (const word of list.split(' ').flatMap(termVariants)) {
        const term = terms.add(word);
        if (term < 0) continue;
        const vector = rowOf(lexiconWeights, term, () => new Float32Array(INTENT_COUNT));
        vector[intentIndex] = Math.max(vector[intentIndex]!, weight);
      }
    }
  }

  const phraseIntents = phrases.map((phrase) =>
    Uint8Array.from(phrase.intents.flatMap((id) => (INTENT_INDEX.has(id) ? [INTENT_INDEX.get(id)!] : []))),
  );
  const triggerShares = new Map<number, Float32Array>();
  const termPhraseLists: number[][] = [];
  phrases.forEach((phrase, phraseIndex) => {
    for (const trigger of phrase.triggers) {
      if (UNINFORMATIVE_TRIGGERS.includes(trigger) || ARRIVAL_ONLY.test(compactText(trigger))) continue;
      const term = terms.add(trigger);
      if (term < 0) continue;
      while (termPhraseLists.length <= term) termPhraseLists.push([]);
      const list = termPhraseLists[term]!;
      if (list.at(-1) !== phraseIndex) list.push(phraseIndex);
      const shares = rowOf(triggerShares, term, () => new Float32Array(INTENT_COUNT));
      phraseIntents[phraseIndex]!.forEach((intent, position) => (shares[intent]! += position === 0 ? 1 : SIDE_INTENT_SHARE));
    }
  });
  const pairSideLists: number[][] = [];
  PAIR_RULES.forEach((rule, index) => {
    [rule.left, rule.right].forEach((words, side) => {
      for (const word of words.split(' ')) {
        const term = terms.add(word);
        if (term < 0) continue;
        while (pairSideLists.length <= term) pairSideLists.push([]);
        pairSideLists[term]!.push(index * 2 + side);
      }
    });
  });
  // Listed abbreviations come last so that they override initials derived from triggers.
  for (const [letters, word] of Object.entries(PINYIN_ABBREVIATIONS)) terms.setAbbreviation(letters, word);
  terms.freeze();
  const termCount = terms.terms.length;
  while (termPhraseLists.length < termCount) termPhraseLists.push([]);
  while (pairSideLists.length < termCount) pairSideLists.push([]);

  // term -> (intent, weight); a term spread over several intents says less about each of them.
  const termIntentStart = new Int32Array(termCount + 1);
  const termIntentIds: number[] = [];
  const termIntentWeights: number[] = [];
  const raw = new Float32Array(INTENT_COUNT);
  for (let term = 0; term < termCount; term++) {
    const lexicon = lexiconWeights.get(term);
    const shares = triggerShares.get(term);
    let sum = 0;
    for (let intent = 0; intent < INTENT_COUNT; intent++) {
      const share = shares?.[intent] ?? 0;
      const fromTriggers = share > 0 ? (TRIGGER_BASE + TRIGGER_GROWTH * Math.log2(Math.max(1, share))) * Math.min(1, share) : 0;
      raw[intent] = Math.min((lexicon?.[intent] ?? 0) + fromTriggers, TERM_INTENT_CAP);
      sum += raw[intent]!;
    }
    for (let intent = 0; intent < INTENT_COUNT; intent++) {
      const weight = raw[intent]!;
      if (weight <= 0) continue;
      termIntentIds.push(intent);
      termIntentWeights.push(weight * Math.sqrt(weight / sum));
    }
    termIntentStart[term + 1] = termIntentIds.length;
  }

  return {
    terms,
    termIntents: { start: termIntentStart, values: Uint8Array.from(termIntentIds) },
    termIntentWeight: Float32Array.from(termIntentWeights),
    termPhrases: toRows(termPhraseLists),
    termPairSides: toRows(pairSideLists),
    pairIntent: Uint8Array.from(PAIR_RULES, (rule) => INTENT_INDEX.get(rule.intent)!),
    pairWeight: Float32Array.from(PAIR_RULES, (rule) => rule.weight ?? 1),
    phraseIntents,
    intentPhrases: toRows(INTENT_IDS.map((_, intent) => phraseIntents.flatMap((own, phraseIndex) => (own[0] === intent ? [phraseIndex] : [])))),
    docs: buildDocIndex(phrases),
  };
}

function buildDocIndex(phrases: readonly Phrase[]): DocIndex {
  const bigramIds = new Map<number, number>();
  const documentFrequency: number[] = [];
  const bigramLists: number[][] = [];
  const phraseOfDoc: number[] = [];
  const intentOfDoc: number[] = [];
  const weightOfDoc: number[] = [];
  const addDoc = (text: string, phraseIndex: number, weight: number, intent = 0) => {
    const seen = new Set<number>();
    forEachBigram(text, (key) => {
      let id = bigramIds.get(key);
      if (id === undefined) {
        id = documentFrequency.length;
        bigramIds.set(key, id);
        documentFrequency.push(0);
      }
      if (seen.has(id)) return;
      seen.add(id);
      documentFrequency[id]!++;
    });
    if (seen.size === 0) return;
    bigramLists.push([...seen].sort((a, b) => a - b));
    phraseOfDoc.push(phraseIndex);
    intentOfDoc.push(intent);
    weightOfDoc.push(weight);
  };
  phrases.forEach((phrase, phraseIndex) => {
    for (const example of phrase.examples) addDoc(example, phraseIndex, 1);
    addDoc(phrase.title, phraseIndex, TITLE_DOC_WEIGHT);
  });
  for (const intent of INTENT_IDS) {
    for (const example of INTENT_EXAMPLES[intent].split('|')) addDoc(example, -1, INTENT_EXAMPLE_WEIGHT, INTENT_INDEX.get(intent)!);
  }

  const count = phraseOfDoc.length;
  const idf = Float32Array.from(documentFrequency, (df) => Math.log(1 + count / df));
  const norm = new Float32Array(count);
  const postingLists: number[][] = documentFrequency.map(() => []);
  bigramLists.forEach((bigrams, doc) => {
    let squares = 0;
    for (const bigram of bigrams) {
      squares += idf[bigram]! ** 2;
      postingLists[bigram]!.push(doc);
    }
    norm[doc] = Math.sqrt(squares);
  });
  return {
    count,
    bigramIds,
    idf,
    unknownIdf: Math.log(1 + Math.max(count, 1)),
    postings: toRows(postingLists),
    bigrams: toRows(bigramLists),
    phrase: Int32Array.from(phraseOfDoc),
    intent: Uint8Array.from(intentOfDoc),
    weight: Float32Array.from(weightOfDoc),
    norm,
  };
}

/** Bigram symbols: a Han character becomes its syllable, so homophones share bigrams; others stay themselves. */
const SYMBOL_OFFSET = 0x400;
const BIGRAM_STRIDE = 0x20000;

/** Calls `visit(key, firstIndex, lastIndex)` for each pair of adjacent non-skip code units of `text`. */
export function forEachBigram(text: string, visit: (key: number, first: number, last: number) => void): void {
  const fold = getFoldTable();
  const kind = getKindTable();
  const { ids } = getSyllableTable();
  let previous = -1;
  let previousIndex = -1;
  for (let i = 0; i < text.length; i++) {
    const code = fold[text.charCodeAt(i)]!;
    const codeKind = kind[code];
    if (codeKind === KIND_SKIP) continue;
    const syllable = codeKind === KIND_HAN ? syllableOf(ids, code) : 0;
    const symbol = syllable !== 0 ? syllable : SYMBOL_OFFSET + code;
    if (previous >= 0) visit(previous * BIGRAM_STRIDE + symbol, previousIndex, i);
    previous = symbol;
    previousIndex = i;
  }
}

function toRows(lists: readonly number[][]): Rows<Int32Array> {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, row) => (start[row + 1] = start[row]! + list.length));
  const values = new Int32Array(start[lists.length]!);
  lists.forEach((list, row) => values.set(list, start[row]));
  return { start, values };
}

function rowOf(map: Map<number, Float32Array>, key: number, make: () => Float32Array): Float32Array {
  let row = map.get(key);
  if (!row) map.set(key, (row = make()));
  return row;
}
