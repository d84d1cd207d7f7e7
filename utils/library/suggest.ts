// The suggestion engine: reads the buyer's latest message(s), ranks intents, then ranks phrases.
// Intent evidence per message: lexicon terms and phrase triggers found in it (term-index.ts), pair rules
// (two topics together), whole-message forms, and bigram similarity to phrase examples and labelled messages.
// A query only touches the postings of the terms and bigrams the message contains (suggest-index.ts);
// nothing scans the whole library. Scratch arrays are reused across queries (it runs on every keystroke).
import { INTENT_IDS, INTENTS } from './intents';
import type { IntentId } from './intents';
import { plainMandarin } from './dialect';
import { createIntentModel, type IntentModel } from './intent-model';
import { INTENT_MODEL_TABLE } from './intent-model-table';
import { discountFillers } from './fillers';
import { THREAT_OPENING, WHOLE_MESSAGES } from './lexicon';
import { buildSuggestIndex, forEachBigram, INTENT_COUNT, INTENT_INDEX, SIDE_INTENT_SHARE } from './suggest-index';
import { sortedIncludes } from './sorted';
import { discountContained } from './term-index';
import type { TermMatch } from './term-index';
import { compactText } from './text';
import type { Phrase, Stage } from './types';
import type { OrderCard, ProductCard } from '../workbench/types';

export interface UsageStat {
  count: number;
  lastUsedAt: number;
}

export interface SuggestContext {
  /** Product card shown beside the conversation: pre-sale product questions become a little more likely. */
  product?: ProductCard;
  /** Order card shown beside the conversation: order, logistics and after-sale intents become a little more likely. */
  order?: OrderCard;
  stage?: Stage;
  /** Phrases limited to other platforms are left out. */
  platform?: string;
  /** What this agent actually sends, by phrase id. */
  usage?: Record<string, UsageStat>;
  /** Clock for usage recency (ms); defaults to Date.now(). */
  now?: number;
}

export interface Suggestion {
  phrase: Phrase;
  /** 0..1, falling along the list: how sure the engine is that this phrase answers the message. */
  score: number;
  /** The phrase's intents: those the message matched first, best first, then the others. */
  intents: IntentId[];
  /** Substrings of the buyer message(s) that led to this phrase, for highlighting. */
  matched: string[];
}

export interface IntentScore {
  intent: IntentId;
  /** 0..1 */
  score: number;
}

/** What one message says on its own: intent evidence and the phrases whose triggers or examples it matched. */
export interface MessageReading {
  text: string;
  /** 0..1 per intent index (INTENT_IDS order), this message alone. */
  intents: Float32Array;
  /** Phrases with own evidence in this message, parallel to trigger / doc / bestDoc. */
  phrases: Int32Array;
  /** Summed weight of the phrase's triggers found in the message. */
  trigger: Float32Array;
  /** Best example/title cosine of the phrase against the message. */
  doc: Float32Array;
  bestDoc: Int32Array;
  /** Lexicon and trigger words found, for highlighting. */
  matches: TermMatch[];
}

/** A message's reading with the weight it gets in this query. */
export interface WeightedReading {
  reading: MessageReading;
  weight: number;
}

export interface RankRequest {
  /** Intent scores for the whole query (any scale; the best one sets the certainty). */
  intents: Float32Array;
  /** Messages whose phrase evidence counts, with their weights. */
  evidence: readonly WeightedReading[];
  context?: SuggestContext;
  /**
   * Per phrase: 0 leaves it out, below 1 ranks it lower (a category or an order state that does not fit).
   * Applied after the phrase's own score.
   */
  phraseFactor?: (phrase: Phrase, phraseIndex: number) => number;
  /**
   * Per phrase: 1 puts it after every tier-0 candidate, whatever its score (a category-specific phrase while
   * the category is unknown). Default 0 for all.
   */
  phraseTier?: (phrase: Phrase, phraseIndex: number) => 0 | 1;
  /** The text highlights are taken from when a phrase matched only through an example. */
  latest?: string;
  /**
   * A phrase answering two active intents at once (wait + the topic being checked) gets this share of its second
   * intent's relevance on top. 0 (default): only its best intent counts.
   */
  comboShare?: number;
}

export interface Suggester {
  readonly size: number;
  readonly phrases: readonly Phrase[];
  /** `messages`: the buyer's latest message, or the last few in order (the last one counts most). */
  suggest(messages: string | readonly string[], context?: SuggestContext, top?: number): Suggestion[];
  /** Intents of one message, best first; empty when nothing in it is recognised. */
  classify(message: string): IntentScore[];
  /**
   * One message's evidence (remembered for the last few hundred texts: a live chat re-reads the same lines;
   * `remember` false reads without taking a place there, for texts read once such as learned questions).
   */
  read(message: string, remember?: boolean): MessageReading;
  /**
   * Intents of an agent's reply from the lexicon's words alone (0..1 per intent): enough to tell what it
   * addressed, at a fraction of read()'s cost.
   */
  readTopics(message: string): Float32Array;
  /** Phrases for given intent scores and message evidence, best first, diverse across intents. */
  rank(request: RankRequest, top?: number): Suggestion[];
}

/** Weight of the learned reading's probability in an intent's evidence (chosen by leave-one-writer-out runs). */
const MODEL_WEIGHT = 2.5;
const MODEL_FLOOR = 0.25;
const MODEL_SIDE_FLOOR = 0.1;
/**
 * The model reads Chinese: a message of digits and latin letters alone (「165 110」「1234」) gives it a few digit
 * features that say nothing of what is asked, so it is left to the lexicon (ok, 88, yhq) and to the conversation.
 */
const HAN = /\p{Script=Han}/u;
/** Evidence a message gives an intent is summed, then mapped to 0..1 with this steepness. */
const SATURATION = 1.5;
/** Bigram cosine below this is noise. */
const DOC_MIN_COSINE = 0.2;
const DOC_INTENT_WEIGHT = 1.5;
const PAIR_WEIGHT = 1.5;
/** Intents within this share of the best one bring all their phrases in as candidates. */
const CANDIDATE_SHARE = 0.3;
/** At most this many intents bring in all their phrases (a list shows five replies). */
const CANDIDATE_INTENTS = 6;
/** Each older message counts half as much as the one after it; only the latest few are read. */
const MESSAGE_DECAY = 0.5;
const MESSAGES_READ = 3;
/** Share of a phrase's score that does not depend on its own triggers and examples matching. */
const OWN_EVIDENCE_BASE = 0.85;
/**
 * Each phrase of an already shown intent is worth this much less, so an ambiguous message shows each reading
 * (leaving one writer out: 0.4 → 0.2 put a labelled intent in the top three 0.4 points more often, the first
 * place unchanged; most top-three misses had shown one intent twice).
 */
const DIVERSITY_DECAY = 0.2;
const CONTEXT_BOOST = 1.08;
const STAGE_MISMATCH = 0.9;
/** The shop's own phrases (team, personal) speak in its voice: they go before built-in ones of equal fit. */
const BUILTIN_PREFERENCE = 0.9;
const USAGE_BOOST = 0.12;
const USAGE_HALF_LIFE_DAYS = 30;
const DAY_MS = 86_400_000;
/** A phrase answers its first intent; its further intents are side topics and fit a little less. */
const SIDE_RELEVANCE = 0.9;
/** A second intent weaker than this share of the best one is a side reading, not a second question. */
const COMBO_MIN_SHARE = 0.6;
/** Share of their weight kept by the words of a threat (see THREAT_OPENING). */
const THREAT_SHARE = 0.3;
/** Readings remembered by text; a panel re-ranks the same conversation on every change. */
const READING_CACHE_SIZE = 256;

const COMPLAINT = INTENT_INDEX.get('complaint')!;
const PRODUCT_INTENTS = intentMask((id) => id.startsWith('product.') || id.startsWith('price.') || id === 'order.howto');
const ORDER_INTENTS = intentMask((id) => INTENTS[id].stage === '售中' || INTENTS[id].stage === '售后');

function intentMask(predicate: (id: IntentId) => boolean): Uint8Array {
  return Uint8Array.from(INTENT_IDS, (id) => (predicate(id) ? 1 : 0));
}

export interface SuggesterOptions {
  /** The learned reading mixed with the lexicon's; null: the lexicon alone. Default: the shipped model. */
  model?: IntentModel | null;
  /** How much the model's probability adds to an intent's evidence (see read()). */
  modelWeight?: number;
  /** A reading whose best probability is below this adds nothing. */
  modelFloor?: number;
  /** Within a reading that counts, probabilities below this add nothing. */
  modelSideFloor?: number;
}

let shippedModel: IntentModel | undefined;

export function createSuggester(phrases: readonly Phrase[], options: SuggesterOptions = {}): Suggester {
  const model = options.model === undefined ? (shippedModel ??= createIntentModel(INTENT_MODEL_TABLE)) : options.model;
  return createSuggesterWith(phrases, model, options);
}

/**
 * createSuggester with the learned reading given (null: the lexicon alone). The background worker passes the
 * shipped model read from its packaged file (utils/library/builtins-file.ts): calling only this keeps the
 * 250 KB table out of its bundle.
 */
export function createSuggesterWith(phrases: readonly Phrase[], model: IntentModel | null, options: Omit<SuggesterOptions, 'model'> = {}): Suggester {
  const modelWeight = options.modelWeight ?? MODEL_WEIGHT;
  const modelFloor = options.modelFloor ?? MODEL_FLOOR;
  const modelSideFloor = Math.min(modelFloor, options.modelSideFloor ?? MODEL_SIDE_FLOOR);
  const { terms, termIntents, termIntentWeight, termPhrases, termPairSides, pairIntent, pairWeight, phraseIntents, intentPhrases, docs } =
    buildSuggestIndex(phrases);

  const messageScores = new Float32Array(INTENT_COUNT);
  const intentDocBest = new Float32Array(INTENT_COUNT);
  /** Best match weight seen this message for each pair-rule side. */
  const pairSeen = new Float32Array(pairIntent.length * 2);
  const docDot = new Float32Array(docs.count);
  const docShared = new Uint16Array(docs.count);
  const docTouched = new Int32Array(docs.count);
  /** Per-phrase evidence is valid only where phraseEpoch equals the current epoch. */
  const phraseEpoch = new Uint32Array(phrases.length);
  const phraseTrigger = new Float32Array(phrases.length);
  const phraseDoc = new Float32Array(phrases.length);
  const phraseBestDoc = new Int32Array(phrases.length);
  const phraseScore = new Float32Array(phrases.length);
  const phraseTierOf = new Uint8Array(phrases.length);
  /** What never changes per phrase, read once for the candidate loop. */
  const sourceFactor = Float32Array.from(phrases, (phrase) => (phrase.source === 'builtin' ? BUILTIN_PREFERENCE : 1));
  const limitedToPlatforms = Uint8Array.from(phrases, (phrase) => (phrase.platforms.length > 0 ? 1 : 0));
  let epoch = 0;
  /** Phrases with evidence in the current message or query. */
  let touched: number[] = [];
  const cache = new Map<string, MessageReading>();

  function beginEpoch(): void {
    epoch++;
    touched = [];
  }

  function touch(phraseIndex: number): void {
    if (phraseEpoch[phraseIndex] === epoch) return;
    phraseEpoch[phraseIndex] = epoch;
    phraseTrigger[phraseIndex] = 0;
    phraseDoc[phraseIndex] = 0;
    phraseBestDoc[phraseIndex] = -1;
    phraseScore[phraseIndex] = 0;
    touched.push(phraseIndex);
  }

  function read(message: string, remember = true): MessageReading {
    const known = cache.get(message);
    if (known) {
      // Most recently used last, so the oldest entry is the one evicted.
      cache.delete(message);
      cache.set(message, known);
      return known;
    }
    beginEpoch();
    messageScores.fill(0);
    // Regional words read as Mandarin (same length: the matches' offsets are the message's).
    const plain = plainMandarin(message);
    const whole = WHOLE_MESSAGES[compactText(plain)];
    if (whole && message.trim()) messageScores[INTENT_INDEX.get(whole)!]! += 1;
    const matches = scoreTerms(plain);
    scorePairs();
    scoreDocs(plain);
    // The learned reading adds its probability to the lexicon's evidence before both are mapped to 0..1.
    if (model && modelWeight > 0 && HAN.test(plain)) {
      const probabilities = model.probabilities(plain);
      // A spread-out guess (an unknown word, a name) is no reading at all; once the model is sure of one
      // intent, its other likely intents (the second question of a message) count too.
      let best = 0;
      for (let intent = 0; intent < INTENT_COUNT; intent++) best = Math.max(best, probabilities[intent]!);
      if (best >= modelFloor) {
        for (let intent = 0; intent < INTENT_COUNT; intent++) {
          if (probabilities[intent]! >= modelSideFloor) messageScores[intent]! += modelWeight * probabilities[intent]!;
        }
      }
    }
    const reading: MessageReading = {
      text: message,
      intents: Float32Array.from(messageScores, saturate),
      phrases: Int32Array.from(touched),
      trigger: new Float32Array(touched.length),
      doc: new Float32Array(touched.length),
      bestDoc: new Int32Array(touched.length),
      matches,
    };
    for (let k = 0; k < touched.length; k++) {
      const phraseIndex = touched[k]!;
      reading.trigger[k] = phraseTrigger[phraseIndex]!;
      reading.doc[k] = phraseDoc[phraseIndex]!;
      reading.bestDoc[k] = phraseBestDoc[phraseIndex]!;
    }
    if (!remember) return reading;
    cache.set(message, reading);
    if (cache.size > READING_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return reading;
  }

  const topicCache = new Map<string, Float32Array>();
  function readTopics(message: string): Float32Array {
    const known = topicCache.get(message);
    if (known) return known;
    beginEpoch();
    messageScores.fill(0);
    scoreTerms(message);
    scorePairs();
    const topics = Float32Array.from(messageScores, saturate);
    topicCache.set(message, topics);
    if (topicCache.size > READING_CACHE_SIZE) topicCache.delete(topicCache.keys().next().value!);
    return topics;
  }

  function scoreTerms(message: string): TermMatch[] {
    const matches: TermMatch[] = [];
    terms.match(message, matches);
    discountContained(matches);
    discountThreat(message, matches);
    const bestByTerm = new Map<number, number>();
    for (const match of matches) bestByTerm.set(match.term, Math.max(bestByTerm.get(match.term) ?? 0, match.weight));
    pairSeen.fill(0);
    for (const [term, matchWeight] of bestByTerm) {
      for (let k = termPairSides.start[term]!; k < termPairSides.start[term + 1]!; k++) {
        const side = termPairSides.values[k]!;
        pairSeen[side] = Math.max(pairSeen[side]!, matchWeight);
      }
      for (let k = termIntents.start[term]!; k < termIntents.start[term + 1]!; k++) {
        messageScores[termIntents.values[k]!]! += matchWeight * termIntentWeight[k]!;
      }
      for (let k = termPhrases.start[term]!; k < termPhrases.start[term + 1]!; k++) {
        const phraseIndex = termPhrases.values[k]!;
        touch(phraseIndex);
        phraseTrigger[phraseIndex]! += matchWeight;
      }
    }
    return matches;
  }

  /** Words inside a threat (「不退我就退货」) keep THREAT_SHARE of their weight, anger words all of it. */
  function discountThreat(message: string, matches: TermMatch[]): void {
    const found = THREAT_OPENING.exec(message);
    if (!found) return;
    const start = found.index;
    const stop = message.slice(start).search(/[。！？!?\n]/);
    const end = stop < 0 ? message.length : start + stop;
    for (const match of matches) {
      if (match.start < start || match.start >= end || termSays(match.term, COMPLAINT)) continue;
      match.weight *= THREAT_SHARE;
    }
  }

  function termSays(term: number, intent: number): boolean {
    for (let k = termIntents.start[term]!; k < termIntents.start[term + 1]!; k++) if (termIntents.values[k] === intent) return true;
    return false;
  }

  /** Pair rules whose two sides both matched add to their intent (see PAIR_RULES). */
  function scorePairs(): void {
    for (let rule = 0; rule < pairIntent.length; rule++) {
      const both = Math.min(pairSeen[rule * 2]!, pairSeen[rule * 2 + 1]!);
      if (both > 0) messageScores[pairIntent[rule]!]! += PAIR_WEIGHT * pairWeight[rule]! * both;
    }
  }

  /** TF-IDF cosine of the message against every example/title doc that shares a bigram with it. */
  function scoreDocs(message: string): void {
    if (docs.count === 0) return;
    const keys = new Set<number>();
    let querySquares = 0;
    forEachBigram(message, (key) => {
      if (keys.has(key)) return;
      keys.add(key);
      const id = docs.bigramIds.get(key);
      querySquares += (id === undefined ? docs.unknownIdf : docs.idf[id]!) ** 2;
    });
    if (querySquares === 0) return;
    let touchedDocs = 0;
    for (const key of keys) {
      const bigram = docs.bigramIds.get(key);
      if (bigram === undefined) continue;
      const weight = docs.idf[bigram]! ** 2;
      for (let k = docs.postings.start[bigram]!; k < docs.postings.start[bigram + 1]!; k++) {
        const doc = docs.postings.values[k]!;
        if (docShared[doc] === 0) docTouched[touchedDocs++] = doc;
        docDot[doc]! += weight;
        docShared[doc]!++;
      }
    }
    const queryNorm = Math.sqrt(querySquares);
    intentDocBest.fill(0);
    for (let k = 0; k < touchedDocs; k++) {
      const doc = docTouched[k]!;
      const cosine = (docDot[doc]! / (queryNorm * docs.norm[doc]!)) * docs.weight[doc]!;
      const shared = docShared[doc]!;
      docDot[doc] = 0;
      docShared[doc] = 0;
      // One shared bigram is chance (宝宝几个月 vs 价保几天) unless the example is that short.
      const docSize = docs.bigrams.start[doc + 1]! - docs.bigrams.start[doc]!;
      if (cosine < DOC_MIN_COSINE || shared < Math.min(2, docSize)) continue;
      const phraseIndex = docs.phrase[doc]!;
      if (phraseIndex < 0) {
        const intent = docs.intent[doc]!;
        intentDocBest[intent] = Math.max(intentDocBest[intent]!, cosine);
        continue;
      }
      touch(phraseIndex);
      if (cosine > phraseDoc[phraseIndex]!) {
        phraseDoc[phraseIndex] = cosine;
        phraseBestDoc[phraseIndex] = doc;
      }
      phraseIntents[phraseIndex]!.forEach((intent, position) => {
        intentDocBest[intent] = Math.max(intentDocBest[intent]!, position === 0 ? cosine : cosine * SIDE_INTENT_SHARE);
      });
    }
    for (let intent = 0; intent < INTENT_COUNT; intent++) messageScores[intent]! += DOC_INTENT_WEIGHT * intentDocBest[intent]!;
  }

  function classify(message: string): IntentScore[] {
    const scores = Float32Array.from(read(message).intents);
    discountFillers(scores);
    const ranked: IntentScore[] = [];
    scores.forEach((score, intent) => {
      if (score > 0) ranked.push({ intent: INTENT_IDS[intent]!, score });
    });
    return ranked.sort((a, b) => b.score - a.score);
  }

  /** The latest few messages, each older one counting half as much; product and order cards lean the intents. */
  function suggest(messages: string | readonly string[], context: SuggestContext = {}, top = 5): Suggestion[] {
    const list = typeof messages === 'string' ? [messages] : messages;
    const evidence: WeightedReading[] = [];
    const scores = new Float32Array(INTENT_COUNT);
    const oldest = Math.max(0, list.length - MESSAGES_READ);
    for (let m = list.length - 1; m >= oldest; m--) {
      const reading = read(list[m]!);
      const weight = MESSAGE_DECAY ** (list.length - 1 - m);
      evidence.push({ reading, weight });
      // Each message counts 0..1 per intent, so a wordy older message cannot outweigh the latest one.
      for (let intent = 0; intent < INTENT_COUNT; intent++) scores[intent]! += weight * reading.intents[intent]!;
    }
    discountFillers(scores);
    if (context.product) boostIntents(scores, PRODUCT_INTENTS);
    if (context.order) boostIntents(scores, ORDER_INTENTS);
    return rank({ intents: scores, evidence, context, latest: list.at(-1) ?? '' }, top);
  }

  function rank(request: RankRequest, top = 5): Suggestion[] {
    const { intents: scores, evidence, context = {}, phraseFactor, phraseTier } = request;
    let topIntent = 0;
    for (let intent = 1; intent < INTENT_COUNT; intent++) if (scores[intent]! > scores[topIntent]!) topIntent = intent;
    const bestIntent = scores[topIntent]!;
    if (bestIntent <= 0) return [];

    beginEpoch();
    for (const { reading, weight } of evidence) {
      for (let k = 0; k < reading.phrases.length; k++) {
        const phraseIndex = reading.phrases[k]!;
        touch(phraseIndex);
        phraseTrigger[phraseIndex]! += weight * reading.trigger[k]!;
        if (weight * reading.doc[k]! > phraseDoc[phraseIndex]!) {
          phraseDoc[phraseIndex] = weight * reading.doc[k]!;
          phraseBestDoc[phraseIndex] = reading.bestDoc[k]!;
        }
      }
    }
    // The strongest few intents bring in all their phrases; weaker readings come in through their own evidence.
    const candidateIntents = [...scores.keys()]
      .filter((intent) => scores[intent]! >= CANDIDATE_SHARE * bestIntent)
      .sort((a, b) => scores[b]! - scores[a]!)
      .slice(0, CANDIDATE_INTENTS);
    for (const intent of candidateIntents) {
      for (let k = intentPhrases.start[intent]!; k < intentPhrases.start[intent + 1]!; k++) touch(intentPhrases.values[k]!);
    }

    const certainty = Math.min(1, bestIntent);
    const now = context.now ?? Date.now();
    const candidates: number[] = [];
    for (const phraseIndex of touched) {
      const phrase = phrases[phraseIndex]!;
      if (context.platform && limitedToPlatforms[phraseIndex] && !phrase.platforms.includes(context.platform)) continue;
      let relevance = 0;
      let second = 0;
      const own = phraseIntents[phraseIndex]!;
      for (let position = 0; position < own.length; position++) {
        const share = (scores[own[position]!]! / bestIntent) * (position === 0 ? 1 : SIDE_RELEVANCE);
        if (share > relevance) {
          second = relevance;
          relevance = share;
        } else if (share > second) second = share;
      }
      if (second >= COMBO_MIN_SHARE) relevance += (request.comboShare ?? 0) * second;
      const trigger = phraseTrigger[phraseIndex]!;
      const ownEvidence = Math.max(trigger > 0 ? saturate(trigger) : 0, phraseDoc[phraseIndex]!);
      // The intent ranking (pooled over the lexicon, all triggers and all examples) decides between intents; a
      // phrase's own trigger or example match orders phrases within an intent but cannot lift a weaker intent.
      let score = certainty * relevance * relevance * (OWN_EVIDENCE_BASE + (1 - OWN_EVIDENCE_BASE) * ownEvidence);
      if (context.stage && phrase.stage !== context.stage && phrase.stage !== '通用') score *= STAGE_MISMATCH;
      score *= sourceFactor[phraseIndex]!;
      const usage = context.usage?.[phrase.id];
      if (usage && usage.count > 0) {
        const ageDays = Math.max(0, now - usage.lastUsedAt) / DAY_MS;
        score *= 1 + USAGE_BOOST * Math.log1p(usage.count) * 0.5 ** (ageDays / USAGE_HALF_LIFE_DAYS);
      }
      if (phraseFactor) score *= phraseFactor(phrase, phraseIndex);
      if (score <= 0) continue;
      phraseTierOf[phraseIndex] = phraseTier ? phraseTier(phrase, phraseIndex) : 0;
      // Uncapped for ordering (a combo phrase may pass 1); the list reports scores capped at 1.
      phraseScore[phraseIndex] = score;
      candidates.push(phraseIndex);
    }
    return pickDiverse(bestPerIntent(candidates, top, scores), top, topIntent, scores).map((phraseIndex) => explain(phraseIndex, scores, evidence, request.latest ?? ''));
  }

  /** Candidate order: lower tier first, then higher score, then library order. */
  function before(a: number, b: number): number {
    return phraseTierOf[a]! - phraseTierOf[b]! || phraseScore[b]! - phraseScore[a]! || a - b;
  }

  /**
   * The first `top` candidates of each primary intent, in candidate order: all a diverse pick of `top` can use
   * (at 10,000 phrases a query has thousands of candidates; sorting them all was most of its time).
   */
  function bestPerIntent(candidates: readonly number[], top: number, scores: Float32Array): number[] {
    if (top <= 0) return [];
    const kept = new Map<number, number[]>();
    for (const phraseIndex of candidates) {
      const intent = primaryIntentOf(phraseIndex, scores);
      let best = kept.get(intent);
      if (!best) kept.set(intent, (best = []));
      if (best.length === top && before(phraseIndex, best[top - 1]!) >= 0) continue;
      let at = best.length;
      while (at > 0 && before(phraseIndex, best[at - 1]!) < 0) at--;
      best.splice(at, 0, phraseIndex);
      if (best.length > top) best.pop();
    }
    return [...kept.values()].flat().sort(before);
  }

  function primaryIntentOf(phraseIndex: number, scores: Float32Array): number {
    let best = -1;
    for (const intent of phraseIntents[phraseIndex]!) if (best < 0 || scores[intent]! > scores[best]!) best = intent;
    return best;
  }

  /**
   * The first slot answers the best intent (the pooled intent ranking is steadier than any one phrase's
   * score); the rest is a greedy pick discounting intents already shown. The pool (bestPerIntent) holds the best
   * `top` candidates of every intent, so a second reading of the message is not crowded out by the first.
   */
  function pickDiverse(pool: number[], top: number, topIntent: number, scores: Float32Array): number[] {
    const primary = new Map<number, number>();
    const primaryIntent = (phraseIndex: number, scores: Float32Array) => {
      let intent = primary.get(phraseIndex);
      if (intent === undefined) primary.set(phraseIndex, (intent = primaryIntentOf(phraseIndex, scores)));
      return intent;
    };
    const shown = new Map<number, number>();
    const picked: number[] = [];
    let previousScore = 1;
    const take = (at: number) => {
      const phraseIndex = pool.splice(at, 1)[0]!;
      // Scores never rise along the list, whatever order diversity chose.
      previousScore = Math.min(previousScore, phraseScore[phraseIndex]!);
      phraseScore[phraseIndex] = previousScore;
      const intent = primaryIntent(phraseIndex, scores);
      shown.set(intent, (shown.get(intent) ?? 0) + 1);
      picked.push(phraseIndex);
    };
    const firstAt = pool.findIndex((phraseIndex) => phraseTierOf[phraseIndex] === 0 && primaryIntent(phraseIndex, scores) === topIntent);
    if (firstAt >= 0 && top > 0) take(firstAt);
    while (picked.length < top && pool.length > 0) {
      let bestAt = 0;
      let bestValue = -Infinity;
      pool.forEach((phraseIndex, at) => {
        // A lower tier comes only when the higher one is used up.
        const value = phraseScore[phraseIndex]! * DIVERSITY_DECAY ** (shown.get(primaryIntent(phraseIndex, scores)) ?? 0) - phraseTierOf[phraseIndex]! * 1e6;
        if (value > bestValue) {
          bestValue = value;
          bestAt = at;
        }
      });
      take(bestAt);
    }
    return picked;
  }

  function explain(phraseIndex: number, scores: Float32Array, evidence: readonly WeightedReading[], latest: string): Suggestion {
    const own = [...phraseIntents[phraseIndex]!];
    const matchedIntents = own.filter((intent) => scores[intent]! > 0).sort((a, b) => scores[b]! - scores[a]!);
    const matched = new Set<string>();
    for (const { reading } of evidence) {
      for (const match of reading.matches) if (termSupports(match.term, own, phraseIndex)) matched.add(reading.text.slice(match.start, match.end));
    }
    const bestDoc = phraseBestDoc[phraseIndex]!;
    if (matched.size === 0 && bestDoc >= 0) for (const span of sharedSpans(bestDoc, latest)) matched.add(span);
    return {
      phrase: phrases[phraseIndex]!,
      score: phraseScore[phraseIndex]!,
      // Every intent of the phrase, the ones the message matched first (best first).
      intents: [...matchedIntents, ...own.filter((intent) => !matchedIntents.includes(intent))].map((intent) => INTENT_IDS[intent]!),
      // 发 inside 发货 adds nothing to a highlight.
      matched: [...matched].filter((word) => ![...matched].some((other) => other !== word && other.includes(word))),
    };
  }

  /** A term speaks for a phrase when it is one of the phrase's triggers or points to one of its intents. */
  function termSupports(term: number, intents: number[], phraseIndex: number): boolean {
    for (let k = termIntents.start[term]!; k < termIntents.start[term + 1]!; k++) if (intents.includes(termIntents.values[k]!)) return true;
    for (let k = termPhrases.start[term]!; k < termPhrases.start[term + 1]!; k++) if (termPhrases.values[k] === phraseIndex) return true;
    return false;
  }

  /** Runs of the latest message whose bigrams also occur in the example that matched best. */
  function sharedSpans(doc: number, message: string): string[] {
    const from = docs.bigrams.start[doc]!;
    const to = docs.bigrams.start[doc + 1]!;
    const spans: string[] = [];
    let spanStart = -1;
    let spanEnd = -1;
    forEachBigram(message, (key, first, last) => {
      const id = docs.bigramIds.get(key);
      if (id === undefined || !sortedIncludes(docs.bigrams.values, id, from, to)) return;
      if (spanStart >= 0 && first < spanEnd) {
        spanEnd = last + 1;
        return;
      }
      if (spanStart >= 0) spans.push(message.slice(spanStart, spanEnd));
      spanStart = first;
      spanEnd = last + 1;
    });
    if (spanStart >= 0) spans.push(message.slice(spanStart, spanEnd));
    return spans;
  }

  return { size: phrases.length, phrases, suggest, classify, read, readTopics, rank };
}

function boostIntents(scores: Float32Array, mask: Uint8Array): void {
  for (let intent = 0; intent < INTENT_COUNT; intent++) if (mask[intent]) scores[intent]! *= CONTEXT_BOOST;
}

/** Maps an unbounded evidence sum to 0..1. */
export function saturate(evidence: number): number {
  return 1 - Math.exp(-SATURATION * evidence);
}
