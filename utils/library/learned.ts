// What this machine learned from the agent's own picks: every inserted reply records (buyer question →
// phrase); a later similar question ranks that phrase higher. Similarity uses the suggester's own features
// (its intent reading of each text, and the character bigrams its example matching uses), not exact text, so
// 「快递到哪了」 learned once also helps 「我的快递到哪里了」. Questions the agent answered from search instead
// of the suggestions are kept apart as 未识别问法, which a lead exports as CSV rows (问法 of the phrase picked)
// for the team pack. Plain data and pure functions: the background stores it, the CLI reads it from a file
// (learned-file.ts).
import type { MessageReading, Suggester, UsageStat } from './suggest';
import { forEachBigram, INTENT_COUNT } from './suggest-index';
import { compactText } from './text';

/** One (buyer question → phrase) pair, counted each time the agent inserted that phrase for that question. */
export interface LearnedRecord {
  /** The buyer's question, clipped to LEARNED_LIMITS.textChars: only as much as similarity needs. */
  text: string;
  phraseId: string;
  count: number;
  /** Last time (ms). */
  at: number;
}

/** Everything local learning knows, as the background keeps it and `suggest --learned FILE` reads it. */
export interface LearnedData {
  /** Questions and the phrase inserted for them (suggested or searched). */
  records: LearnedRecord[];
  /** Questions the agent answered from search or the category browser, not from the suggestions. */
  unrecognised: LearnedRecord[];
  /** How often and how lately each phrase was inserted. */
  usage: Record<string, UsageStat>;
  /** Inserts deleted or rewritten right away, by misfireKey(phraseId, intent) (from the agent's figures). */
  misfires: [string, number][];
}

export const EMPTY_LEARNED: LearnedData = { records: [], unrecognised: [], usage: {}, misfires: [] };

/** Bounds of the store: kept small on purpose, the oldest pairs go first. */
export const LEARNED_LIMITS = { records: 500, unrecognised: 300, days: 90, textChars: 120 } as const;

const DAY_MS = 86_400_000;

/** The part of a buyer's question that is kept (the start: a question states itself first). */
export function learnedText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, LEARNED_LIMITS.textChars);
}

/**
 * Adds one pick: the same question (ignoring case, spaces and punctuation) with the same phrase counts up and
 * becomes the newest; past the bounds the oldest go. Returns a new list; an empty question adds nothing.
 */
export function addLearned(records: readonly LearnedRecord[], text: string, phraseId: string, at: number, max: number = LEARNED_LIMITS.records): LearnedRecord[] {
  const kept = learnedText(text);
  const key = compactText(kept);
  if (!key) return withinBounds(records, at, max);
  const same = records.find((record) => record.phraseId === phraseId && compactText(record.text) === key);
  const others = records.filter((record) => record !== same);
  return withinBounds([...others, { text: kept, phraseId, count: (same?.count ?? 0) + 1, at }], at, max);
}

/** Newest last; at most `max`, none older than LEARNED_LIMITS.days. */
export function withinBounds(records: readonly LearnedRecord[], now: number, max: number): LearnedRecord[] {
  const from = now - LEARNED_LIMITS.days * DAY_MS;
  const fresh = records.filter((record) => record.at >= from).sort((a, b) => a.at - b.at);
  return fresh.slice(Math.max(0, fresh.length - max));
}

/** The features a learned question is compared by: the suggester's intent reading (unit length) and its bigrams, sorted. */
interface Features {
  /** Intent reading divided by its length (all zero for a reading of nothing). */
  direction: Float32Array;
  bigrams: Int32Array;
}

function featuresOf(reading: Pick<MessageReading, 'intents' | 'text'>): Features {
  const keys = new Set<number>();
  forEachBigram(reading.text, (key) => keys.add(key));
  let squares = 0;
  for (let intent = 0; intent < INTENT_COUNT; intent++) squares += reading.intents[intent]! ** 2;
  const norm = Math.sqrt(squares);
  const direction = new Float32Array(INTENT_COUNT);
  if (norm > 0) for (let intent = 0; intent < INTENT_COUNT; intent++) direction[intent] = reading.intents[intent]! / norm;
  return { direction, bigrams: Int32Array.from(keys).sort() };
}

/**
 * 0..1: half how alike the two readings are (cosine over intents), half how many character pairs they share
 * (Dice). The same question scores 1; a question of the same kind in other words about 0.5; another topic
 * sharing a word or two (快递) well under that. Below `floor` the answer is only known to be below it (the
 * learned store is compared with every question the panel reads: most pairs are far apart).
 */
function similarity(a: Features, b: Features, floor: number): number {
  let dot = 0;
  for (let intent = 0; intent < INTENT_COUNT; intent++) dot += a.direction[intent]! * b.direction[intent]!;
  const size = a.bigrams.length + b.bigrams.length;
  if (size === 0) return 0.5 * dot;
  // The most the shared pairs could add.
  if (0.5 * dot + (0.5 * 2 * Math.min(a.bigrams.length, b.bigrams.length)) / size < floor) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.bigrams.length && j < b.bigrams.length; ) {
    const x = a.bigrams[i]!;
    const y = b.bigrams[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return 0.5 * dot + (0.5 * 2 * shared) / size;
}

/** Below this a learned question is another question. */
export const LEARNED_SIMILAR = 0.6;

interface PreparedRecord {
  phraseIndex: number;
  count: number;
  features: Features;
}

const indexesBySuggester = new WeakMap<Suggester, Map<string, number>>();

/** Phrase id → index in the suggester's library, made once per library. */
export function phraseIndexes(suggester: Suggester): ReadonlyMap<string, number> {
  let indexes = indexesBySuggester.get(suggester);
  if (!indexes) indexesBySuggester.set(suggester, (indexes = new Map(suggester.phrases.map((phrase, index) => [phrase.id, index]))));
  return indexes;
}

/** Each record list read once per library (the panel asks again on every message). */
const prepared = new WeakMap<readonly LearnedRecord[], WeakMap<Suggester, PreparedRecord[]>>();
/** Features by question text per library: a new list (one more insert) reads only its new question. */
const featuresByText = new WeakMap<Suggester, Map<string, Features>>();

function prepare(suggester: Suggester, records: readonly LearnedRecord[]): PreparedRecord[] {
  let bySuggester = prepared.get(records);
  if (!bySuggester) prepared.set(records, (bySuggester = new WeakMap()));
  let list = bySuggester.get(suggester);
  if (!list) {
    const indexOf = phraseIndexes(suggester);
    const known = featuresByText.get(suggester);
    const kept = new Map<string, Features>();
    list = records.flatMap((record) => {
      const phraseIndex = indexOf.get(record.phraseId);
      if (phraseIndex === undefined) return [];
      const features = known?.get(record.text) ?? kept.get(record.text) ?? featuresOf(suggester.read(record.text, false));
      kept.set(record.text, features);
      return [{ phraseIndex, count: record.count, features }];
    });
    featuresByText.set(suggester, kept);
    bySuggester.set(suggester, list);
  }
  return list;
}

/** How strongly the agent's earlier picks speak for a phrase: the best similarity and how often it was picked. */
export interface LearnedSupport {
  similarity: number;
  count: number;
}

/** Per phrase index, the support of records at least LEARNED_SIMILAR to one of the question's messages. */
export function learnedSupport(suggester: Suggester, records: readonly LearnedRecord[], questions: readonly MessageReading[]): Map<number, LearnedSupport> {
  const support = new Map<number, LearnedSupport>();
  if (records.length === 0 || questions.length === 0) return support;
  const asked = questions.map(featuresOf);
  for (const record of prepare(suggester, records)) {
    let best = 0;
    for (const question of asked) best = Math.max(best, similarity(question, record.features, LEARNED_SIMILAR));
    if (best < LEARNED_SIMILAR) continue;
    const known = support.get(record.phraseIndex);
    if (!known || best > known.similarity) support.set(record.phraseIndex, { similarity: best, count: record.count + (known?.count ?? 0) });
    else known.count += record.count;
  }
  return support;
}

/**
 * suggestForSituation's options from what this machine learned: the one adapter the background and the CLI
 * (`suggest --learned FILE`) both use, so the same store gives the same list.
 */
export function learnedOptions(data: LearnedData): { learned: readonly LearnedRecord[]; usage: Record<string, UsageStat>; misfires: ReadonlyMap<string, number> } {
  let options = optionsByData.get(data);
  if (!options) optionsByData.set(data, (options = { learned: data.records, usage: data.usage, misfires: new Map(data.misfires) }));
  return options;
}

const optionsByData = new WeakMap<LearnedData, ReturnType<typeof learnedOptions>>();
