// Suggestions for a situation: what the side panel knows about the open conversation (messages in both
// directions, oldest first; the product card; the order card; the platform), and what the CLI reads from a
// `{`-line. Panel and CLI both call suggestForSituation, so the same situation gets the same list.
//
// How a situation becomes a ranked list:
// 1. The conversation, not the last line: the buyer's latest turn (messages after the agent's last reply) is
//    the question. A turn of chasers only (？？, 快点, 好了没, 人呢, an emoji, [图片]) carries the question still
//    open before it; after the agent promised to look something up (「我去查一下」), a chaser is waiting for that
//    answer (wait, plus the topic being checked). What the agent already answered counts less.
// 2. The order card's state shifts what a question means (「什么时候发货」 on a shipped order is tracking) and
//    rules phrases out: a phrase whose order facts the state contradicts is never offered.
// 3. The product's category (from the title, else from the buyer's words): a phrase written for another
//    category is never offered; when the category is unsure, category-specific phrases rank below generic ones.
// 4. Among equally good replies, one the agent can insert without filling anything in goes first.
// 5. Never empty: when nothing is recognised, the replies usual at this order state, marked as a guess.
// Every suggestion says why it was chosen, in a short Chinese line the panel shows.
import { readCategory, type CategoryReading } from './categories';
import { INTENT_IDS, INTENTS, type IntentId } from './intents';
import { AGENT_CHECKING, CHASER_MESSAGES, FILLER_INTENTS } from './lexicon';
import {
  contradictedFacts,
  ORDER_FACTS,
  ORDER_STATE_LABELS,
  readOrderState,
  STATE_FALLBACK_INTENTS,
  STATE_INTENT_SHIFTS,
  type OrderState,
} from './order-state';
import { askedPlaceholders } from './placeholders';
import { discountFillers, type MessageReading, type Suggester, type Suggestion, type UsageStat, type WeightedReading } from './suggest';
import { INTENT_COUNT, INTENT_INDEX } from './suggest-index';
import { compactText, getKindTable, KIND_OTHER } from './text';
import type { Phrase } from './types';
import type { Conversation, Direction } from '../workbench/types';

export interface SituationMessage {
  direction: Direction;
  text: string;
}

export interface Situation {
  /** Oldest first. */
  messages: SituationMessage[];
  product?: { name: string; price?: string };
  /** `status` is the text the workbench shows (待发货, 卖家已发货, 退款中 …). */
  order?: { id?: string; status?: string };
  platform?: string;
}

export interface SituationOptions {
  top?: number;
  /** What this agent actually sends, by phrase id. */
  usage?: Record<string, UsageStat>;
  /** Clock for usage recency (ms). */
  now?: number;
}

export interface SituationSuggestion extends Suggestion {
  /** Why this reply, in a few Chinese words the panel shows (「买家问发货时间：“几时发”」). */
  reason: string;
  /** Nothing in the conversation was recognised well: the reply is a stage-appropriate guess. */
  guess: boolean;
}

export interface SituationResult {
  /** The last buyer message, as written ('' when the buyer has not written). */
  text: string;
  suggestions: SituationSuggestion[];
  category: CategoryReading | null;
  orderState: OrderState | null;
}

/**
 * What the core reads of a situation, so a page cannot stall it: the last messages, and of a long message its
 * start and end (a long complaint states the problem first and the demand last).
 */
export const SITUATION_WINDOW = { messages: 12, head: 200, tail: 400 } as const;

// Weights of the conversation reading (see the file comment).
/** Each older message of the buyer's latest turn counts this much of the next one. */
const TURN_DECAY = 0.75;
/** A question the buyer asked before the agent's last reply and the reply did not address. */
const EARLIER_OPEN_WEIGHT = 0.35;
/** A chaser's own reading (在吗 as a greeting) beside the question it carries. */
const CHASER_OWN_WEIGHT = 0.25;
/** The carried question after the agent promised to check: the wait comes first, the topic right after. */
const CARRIED_AFTER_PROMISE = 0.8;
/** A message's question intents below this are noise, not a question. */
const QUESTION_FLOOR = 0.35;
/** An agent reply reading this strongly as an intent has addressed it. */
const ANSWERED_FLOOR = 0.5;
const ANSWERED_DISCOUNT = 0.5;
/** Buyer messages read back from the latest one, at most. */
const BUYER_MESSAGES_READ = 6;
// Phrase factors.
/** A category-specific phrase when the category is unsure: below generic phrases of the same fit. */
const CATEGORY_UNSURE = 0.75;
/** A phrase asserting order facts when the page shows no order state. */
const FACTS_UNSURE = 0.85;
/** Per value the agent must type in (at most three counted): equally good replies that need none go first. */
const ASK_FACTOR = 0.97;
/** A phrase covering a second active intent (wait + logistics) gets this share of it on top. */
const COMBO_SHARE = 0.15;
/** Below this certainty a reply is a guess. */
const GUESS_BELOW = 0.25;
/** Fallback intents, best first, get these scores (low: the list is a guess). */
const FALLBACK_SCORES = [0.3, 0.25, 0.2];

const QUESTION_INTENTS = Uint8Array.from(INTENT_IDS, (id) => (FILLER_INTENTS.includes(id) || id === 'wait' ? 0 : 1));
const WAIT = INTENT_INDEX.get('wait')!;
const CHASERS = new Set(CHASER_MESSAGES.split(' ').map(compactText));
const CHECKING = AGENT_CHECKING.split(' ').map(compactText);

/** Where an intent's score came from, for the reason line. */
type Source = 'latest' | 'carried' | 'waiting' | 'earlier' | 'state' | 'fallback';

/** The situation the side panel sees for a conversation read from a workbench. */
export function situationFromConversation(conversation: Conversation): Situation {
  return {
    messages: conversation.messages.map(({ direction, text }) => ({ direction, text })),
    ...(conversation.product ? { product: { name: conversation.product.name, ...(conversation.product.price ? { price: conversation.product.price } : {}) } } : {}),
    ...(conversation.order ? { order: { id: conversation.order.id, ...(conversation.order.status ? { status: conversation.order.status } : {}) } } : {}),
    platform: conversation.platform,
  };
}

/** The part of a message the core reads (SITUATION_WINDOW). */
export function windowText(text: string): string {
  const { head, tail } = SITUATION_WINDOW;
  return text.length <= head + tail ? text : `${text.slice(0, head)}\n${text.slice(-tail)}`;
}

/** A message that only chases (？？, 快点, 在吗, 😡, [图片]): punctuation, emoji or a listed chaser alone. */
export function isChaser(text: string): boolean {
  const compact = compactText(text);
  if (compact === '' || CHASERS.has(compact)) return true;
  const kind = getKindTable();
  for (let i = 0; i < compact.length; i++) if (kind[compact.charCodeAt(i)] !== KIND_OTHER) return false;
  return true;
}

/** The agent said they would look something up (「我去查一下，请稍等」). */
export function promisesToCheck(text: string): boolean {
  const compact = compactText(text);
  return CHECKING.some((word) => compact.includes(word));
}

function strongestQuestion(reading: MessageReading): number {
  let best = 0;
  for (let intent = 0; intent < INTENT_COUNT; intent++) if (QUESTION_INTENTS[intent]) best = Math.max(best, reading.intents[intent]!);
  return best;
}

function hasQuestion(reading: MessageReading): boolean {
  for (let intent = 0; intent < INTENT_COUNT; intent++) if (QUESTION_INTENTS[intent] && reading.intents[intent]! >= QUESTION_FLOOR) return true;
  return false;
}

interface ConversationReading {
  scores: Float32Array;
  sources: Source[];
  evidence: WeightedReading[];
  /** The buyer's last message as written, and as read (its window). */
  latest: string;
  latestRead: string;
  guess: boolean;
}

/**
 * Intent scores for the conversation (step 1 of the file comment), with the source of each intent's score
 * and the messages whose words count as phrase evidence.
 */
function readConversation(suggester: Suggester, messages: readonly SituationMessage[]): ConversationReading {
  const scores = new Float32Array(INTENT_COUNT);
  const sources: Source[] = new Array<Source>(INTENT_COUNT).fill('latest');
  const contribution = new Float32Array(INTENT_COUNT);
  const evidence: WeightedReading[] = [];
  const set = (intent: number, value: number, source: Source) => {
    scores[intent]! += value;
    if (value > contribution[intent]!) {
      contribution[intent] = value;
      sources[intent] = source;
    }
  };
  const add = (reading: MessageReading, weight: number, source: Source, questionsOnly = false, answered?: Set<number>, smallTalkOnly = false) => {
    for (let intent = 0; intent < INTENT_COUNT; intent++) {
      if (questionsOnly && !QUESTION_INTENTS[intent]) continue;
      if (smallTalkOnly && QUESTION_INTENTS[intent]) continue;
      const value = weight * reading.intents[intent]! * (answered?.has(intent) ? ANSWERED_DISCOUNT : 1);
      if (value > 0) set(intent, value, source);
    }
  };

  // Every text as the core reads it (SITUATION_WINDOW), once: nothing below walks a whole long message.
  const window = messages.slice(-SITUATION_WINDOW.messages).map(({ direction, text }) => ({ direction, text: windowText(text), full: text }));
  const lastReply = window.findLastIndex((message) => message.direction === 'agent' || message.direction === 'robot');
  const buyerAt = (from: number, to: number) =>
    window.flatMap((message, index) => (index >= from && index < to && message.direction === 'buyer' && message.text.trim() ? [index] : []));
  let turn = buyerAt(lastReply + 1, window.length);
  // The agent spoke last: the question is the buyer's turn before that reply.
  const replyIndex = turn.length > 0 ? lastReply : window.slice(0, lastReply).findLastIndex((m) => m.direction === 'agent' || m.direction === 'robot');
  if (turn.length === 0) turn = buyerAt(replyIndex + 1, lastReply);
  const latestIndex = turn.at(-1) ?? buyerAt(0, window.length).at(-1);
  const latest = latestIndex === undefined ? '' : window[latestIndex]!.full;
  const latestRead = latestIndex === undefined ? '' : window[latestIndex]!.text;
  if (latestIndex === undefined) return { scores, sources, evidence, latest, latestRead, guess: false };

  const read = (index: number) => suggester.read(window[index]!.text);
  const reply = replyIndex >= 0 && replyIndex < latestIndex ? window[replyIndex]! : undefined;
  const replyReading = reply ? suggester.read(reply.text) : undefined;
  const promised = reply !== undefined && promisesToCheck(reply.text);
  // Intents the agent's last reply addressed (a promise to check addresses nothing yet).
  const answered = new Set<number>();
  if (replyReading && !promised) {
    for (let intent = 0; intent < INTENT_COUNT; intent++) if (QUESTION_INTENTS[intent] && replyReading.intents[intent]! >= ANSWERED_FLOOR) answered.add(intent);
  }

  const turnReadings = turn.slice(-BUYER_MESSAGES_READ).map((index) => ({ index, reading: read(index), chaser: isChaser(window[index]!.text) }));
  const isQuestion = ({ reading, chaser }: { reading: MessageReading; chaser: boolean }) => !chaser && hasQuestion(reading);
  const lastQuestionAt = turnReadings.findLastIndex(isQuestion);
  const earlier = buyerAt(0, turn[0]!)
    .slice(-Math.max(1, BUYER_MESSAGES_READ - turnReadings.length))
    .map((index) => ({ index, reading: read(index), chaser: isChaser(window[index]!.text) }))
    .filter(isQuestion);
  // The turn ends in chasers only (？？, 快点, 在吗): they carry a question asked before them.
  const trailing = turnReadings.slice(lastQuestionAt + 1);
  const chasing = trailing.length > 0 && trailing.every(({ chaser }) => chaser);

  if (!chasing) {
    turnReadings.forEach(({ reading }, k) => {
      const weight = TURN_DECAY ** (turnReadings.length - 1 - k);
      add(reading, weight, 'latest');
      evidence.push({ reading, weight });
    });
    // A question from before the agent's reply that the reply did not address is still open.
    for (const { reading } of earlier) add(reading, EARLIER_OPEN_WEIGHT, 'earlier', true, answered);
    // Asking again after the agent promised to check is chasing that answer too.
    if (promised && turnReadings.some(({ chaser, reading }) => chaser || reading.intents[WAIT]! > 0)) set(WAIT, CARRIED_AFTER_PROMISE, 'waiting');
  } else {
    // The open question: the turn's own before the chasers, else the buyer's before the agent's reply (what
    // the reply answered counts less, unless the agent only promised to look).
    const own = turnReadings.slice(0, lastQuestionAt + 1).filter(isQuestion);
    const carried = (own.length > 0 ? own : earlier).slice(-2);
    const discount = own.length > 0 || promised ? undefined : answered;
    if (promised) set(WAIT, 1, 'waiting');
    carried.forEach(({ reading }, k) => {
      // The carried message is known to be a question: its best reading counts in full.
      const weight = ((promised ? CARRIED_AFTER_PROMISE : 1) * TURN_DECAY ** (carried.length - 1 - k)) / strongestQuestion(reading);
      add(reading, weight, 'carried', true, discount);
      evidence.push({ reading, weight: weight * 0.5 });
    });
    // A chaser says nothing about the topic: only its greeting or waiting reading counts, and little beside
    // the question it carries (在吗 alone is still a greeting).
    const alone = carried.length === 0 && !promised;
    turnReadings.slice(lastQuestionAt + 1).forEach(({ reading }, k, chasers) => {
      const weight = (alone ? 1 : CHASER_OWN_WEIGHT) * TURN_DECAY ** (chasers.length - 1 - k);
      add(reading, weight, 'latest', false, undefined, !alone);
      evidence.push({ reading, weight });
    });
  }
  discountFillers(scores);
  let best = 0;
  for (let intent = 0; intent < INTENT_COUNT; intent++) best = Math.max(best, scores[intent]!);
  return { scores, sources, evidence, latest, latestRead, guess: best > 0 && best < GUESS_BELOW };
}

/** Step 2: the order state moves what a question means. */
function shiftForState(scores: Float32Array, sources: Source[], state: OrderState | null): void {
  if (!state) return;
  for (const [from, to, share] of STATE_INTENT_SHIFTS[state] ?? []) {
    const fromIndex = INTENT_INDEX.get(from)!;
    const toIndex = INTENT_INDEX.get(to)!;
    const moved = scores[fromIndex]! * share;
    if (moved <= 0) continue;
    scores[fromIndex]! -= moved;
    scores[toIndex]! += moved;
    if (scores[toIndex]! <= moved * 1.0001) sources[toIndex] = 'state';
  }
}

/** Ranked replies for a situation: the one code path behind the side panel and the CLI. */
export function suggestForSituation(suggester: Suggester, situation: Situation, options: SituationOptions = {}): SituationResult {
  const top = options.top ?? 5;
  const buyerTexts = situation.messages.slice(-SITUATION_WINDOW.messages).flatMap((m) => (m.direction === 'buyer' ? [windowText(m.text)] : []));
  const category = readCategory(situation.product?.name ? windowText(situation.product.name) : undefined, buyerTexts);
  const orderState = readOrderState(situation.order?.status, situation.platform);
  const conversation = readConversation(suggester, situation.messages);
  const { scores, sources, evidence, latest, latestRead } = conversation;
  shiftForState(scores, sources, orderState);
  const hasProduct = Boolean(situation.product?.name);
  const hasOrder = Boolean(situation.order?.id);
  const asked = askedCounts(suggester);
  const phraseFactor = (phrase: Phrase, phraseIndex: number) => {
    const typed = asked.values[phraseIndex]! + (hasProduct ? 0 : asked.product[phraseIndex]!) + (hasOrder ? 0 : asked.order[phraseIndex]!);
    return fitFactor(phrase, category, orderState) * ASK_FACTOR ** Math.min(3, typed);
  };
  const context = { platform: situation.platform, usage: options.usage, now: options.now };

  let guess = conversation.guess;
  const hasText = latestRead.trim() !== '';
  let ranked = hasText ? suggester.rank({ intents: scores, evidence, context, phraseFactor, latest: latestRead, comboShare: COMBO_SHARE }, top) : [];
  if (ranked.length === 0 && hasText) {
    // Step 5: nothing recognised (or nothing that fits): the usual replies for this stage, as a guess.
    const fallback = new Float32Array(INTENT_COUNT);
    STATE_FALLBACK_INTENTS[orderState ?? 'unknown'].forEach((intent, k) => {
      fallback[INTENT_INDEX.get(intent)!] = FALLBACK_SCORES[k] ?? FALLBACK_SCORES.at(-1)!;
      sources[INTENT_INDEX.get(intent)!] = 'fallback';
    });
    ranked = suggester.rank({ intents: fallback, evidence: [], context, phraseFactor, latest: latestRead }, top);
    guess = true;
  }
  const suggestions = ranked.map((suggestion) => ({
    ...suggestion,
    reason: reasonFor(suggestion, sources, orderState, category),
    guess,
  }));
  return { text: latest, suggestions, category, orderState };
}

/** Per phrase of a library, how many values the agent would type in (askedPlaceholders), counted once. */
const askedByLibrary = new WeakMap<Suggester, { values: Uint8Array; product: Uint8Array; order: Uint8Array }>();

function askedCounts(suggester: Suggester): { values: Uint8Array; product: Uint8Array; order: Uint8Array } {
  let counts = askedByLibrary.get(suggester);
  if (!counts) {
    const { phrases } = suggester;
    counts = {
      values: Uint8Array.from(phrases, (phrase) => askedPlaceholders(phrase.body, { product: true, order: true })),
      product: Uint8Array.from(phrases, (phrase) => askedPlaceholders(phrase.body, { product: false, order: true }) - askedPlaceholders(phrase.body, { product: true, order: true })),
      order: Uint8Array.from(phrases, (phrase) => askedPlaceholders(phrase.body, { product: true, order: false }) - askedPlaceholders(phrase.body, { product: true, order: true })),
    };
    askedByLibrary.set(suggester, counts);
  }
  return counts;
}

/** Steps 2–3 as one factor per phrase: 0 rules it out. */
function fitFactor(phrase: Phrase, category: CategoryReading | null, state: OrderState | null): number {
  if (phrase.orderFacts.length === 0 && phrase.categories.length === 0) return 1;
  let factor = 1;
  if (phrase.orderFacts.length > 0) {
    if (contradictedFacts(phrase.orderFacts, state).length > 0) return 0;
    if (!state) factor *= FACTS_UNSURE;
  }
  if (phrase.categories.length > 0) {
    const candidates = category?.candidates ?? [];
    const fitting = candidates.filter((candidate) => phrase.categories.includes(candidate));
    if (candidates.length > 0 && fitting.length === 0) return 0;
    if (fitting.length < candidates.length || candidates.length === 0) factor *= CATEGORY_UNSURE;
  }
  return factor;
}

/** The buyer's words that led to a suggestion, quoted, at most two. */
function quote(matched: readonly string[]): string {
  const words = matched.filter((word) => word.trim()).slice(0, 2);
  return words.length > 0 ? `：“${words.join('”“')}”` : '';
}

function reasonFor(suggestion: Suggestion, sources: Source[], state: OrderState | null, category: CategoryReading | null): string {
  const intent: IntentId = suggestion.intents[0] ?? suggestion.phrase.intents[0]!;
  const label = INTENTS[intent].label;
  const stateLabel = state ? ORDER_STATE_LABELS[state] : null;
  let reason: string;
  switch (sources[INTENT_INDEX.get(intent)!]) {
    case 'carried':
      reason = `买家在催之前的问题：${label}`;
      break;
    case 'waiting':
      reason = '您说过会去查，买家在等结果';
      break;
    case 'earlier':
      reason = `买家之前问的${label}还没回答`;
      break;
    case 'state':
      reason = `订单${stateLabel ?? ''}，按${label}回答`;
      break;
    case 'fallback':
      return stateLabel ? `没认出问题，按订单状态「${stateLabel}」猜的常用回复` : '没认出问题，先用通用回复接住买家';
    default:
      reason = `买家问${label}${quote(suggestion.matched)}`;
  }
  const facts = suggestion.phrase.orderFacts;
  if (state && facts.length > 0) reason += `；订单${stateLabel}，符合「${facts.map((fact) => ORDER_FACTS[fact].label).join('、')}」`;
  else if (suggestion.phrase.categories.length > 0 && category?.candidates.length === 1) reason += `；${category.candidates[0]}类商品`;
  return reason;
}

/**
 * Why a phrase the agent picked (through search or browsing, where nothing filtered it) may be wrong for this
 * situation: the order state the page shows contradicts what the phrase takes for granted, or the product is
 * of a category the phrase is not written for. Null when nothing speaks against it. The panel shows this
 * before inserting.
 */
export function pickWarning(phrase: Phrase, situation: Situation): string | null {
  const state = readOrderState(situation.order?.status, situation.platform);
  const facts = contradictedFacts(phrase.orderFacts, state);
  if (state && facts.length > 0) {
    const shown = situation.order?.status?.trim() || ORDER_STATE_LABELS[state];
    return `页面显示：${shown}，这条话术说「${facts.map((fact) => ORDER_FACTS[fact].label).join('、')}」`;
  }
  if (phrase.categories.length > 0 && situation.product?.name) {
    const category = readCategory(windowText(situation.product.name));
    if (category && !category.candidates.some((candidate) => phrase.categories.includes(candidate))) {
      return `商品是${category.candidates.join('或')}类，这条话术写给${phrase.categories.join('、')}`;
    }
  }
  return null;
}
