// Suggestions for a situation: what the side panel knows about the open conversation (messages in both
// directions, oldest first; the product card; the order card; the platform), and what the CLI reads from a
// `{`-line. Panel and CLI both call suggestForSituation, so the same situation gets the same list.
//
// How a situation becomes a ranked list:
// 1. The conversation, not the last line: the buyer's latest turn (messages after the agent's last reply; the
//    shop's robot does not count) is the question, each intent as strongly as its strongest message reads it.
//    A turn that ends in follow-ups only (？？, 快点, 好了没, 人呢, an emoji, [图片], an address the agent asked for)
//    carries the question still open before it (several in a row too: 在吗在吗, 人呢 回一下); after the agent
//    promised to look something up (「我去查一下」), a follow-up is waiting for that answer (wait, plus the topic
//    being checked); after the agent asked for a photo or video, the problem reported before stays open. What the
//    agent already answered counts less; a call for a person, or a complaint that threatens to take it further
//    (投诉, 12315), leads — indignation about a named problem is answered on the problem. Of several questions
//    read about as surely, the one asked first leads (askedOrder: clause by clause, questions before statements),
//    and a reply covering two of them goes first. Thanks that ask nothing close the conversation. Whether the
//    order has left, supposed beside a change to it (「改个地址」「还没发吧」), is the change's precondition: the
//    change leads.
// 2. The order card's state shifts what a question means (「什么时候发货」 on a shipped order is tracking), takes
//    away part of questions that hardly arise at that state (a late parcel once delivered), and rules phrases
//    out: a phrase whose order facts the state contradicts is never offered (the buyer saying the parcel arrived
//    narrows a lagging card). Without a card the order is presumed on its main way: a phrase taking an after-sale
//    or a refund for granted goes below an equal one unless the buyer speaks of one (换货, 补发, 退款). The refund's
//    money named without a parcel (「钱怎么还没到」) makes 还没到 a refund question, not a late parcel.
// 3. The product's category (from the title, else from the buyer's words): a phrase written for another
//    category is never offered; when the category is unsure, category-specific phrases rank below generic ones.
// 4. Among equally good replies, one the agent can insert without filling anything in goes first.
// 5. Never empty: when nothing is recognised, the replies usual at this order state, marked as a guess.
// 6. What this shop's agent picked before for similar questions (learned.ts) counts as evidence for that
//    phrase and its intent; a phrase deleted right after inserting it goes down for that kind of question.
// 7. The service reminders of the conversation (久等, 漏跟进, a first reply, a goodbye) put their replies first
//    (utils/queue/rank.ts).
// Every suggestion says why it was chosen, in a short Chinese line the panel shows.
import { CATEGORIES, readCategory, type CategoryReading } from './categories';
import { INTENT_IDS, INTENTS, type IntentId } from './intents';
import { AGENT_CHECKING, ARRIVAL_SAID, BUYER_AFTER_SALE, BUYER_RECEIVED, CHASER_MESSAGES } from './lexicon';
import {
  contradictedFacts,
  MAIN_WAY_STATES,
  ORDER_FACTS,
  ORDER_STATE_LABELS,
  ORDER_STATES,
  readOrderStates,
  STATE_FALLBACK_INTENTS,
  STATE_INTENT_SHIFTS,
  STATE_UNLIKELY_INTENTS,
  type OrderState,
} from './order-state';
import { learnedSupport, phraseIndexes, type LearnedRecord, type LearnedSupport } from './learned';
import { askedPlaceholders } from './placeholders';
import { discountFillers, QUESTION_INTENTS } from './fillers';
import type { MessageReading, Suggester, Suggestion, UsageStat, WeightedReading } from './suggest';
import { INTENT_COUNT, INTENT_INDEX } from './suggest-index';
import { compactText, getKindTable, KIND_OTHER } from './text';
import type { Phrase } from './types';
import type { Conversation, Direction } from '../workbench/types';
import { rankForService, type ServiceRole } from '../queue/rank';
import type { NudgeKind } from '../queue/standards';

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
  /** The conversation's service reminders now (the waiting queue's: 久等, 漏跟进, first reply, goodbye). */
  service?: { reminders: NudgeKind[] };
}

export interface SituationOptions {
  top?: number;
  /** What this agent actually sends, by phrase id. */
  usage?: Record<string, UsageStat>;
  /** Clock for usage recency (ms). */
  now?: number;
  /** (question → phrase) pairs this machine learned from the agent's inserts (learned.ts). */
  learned?: readonly LearnedRecord[];
  /** Inserts deleted or rewritten right away, by misfireKey(phraseId, intent). */
  misfires?: ReadonlyMap<string, number>;
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
  /** The buyer message the list answers (the open question under a chaser): what an insert is learned for. */
  question: string;
  /** The situation's top intent ('' when none): a misfire is counted for this kind of question. */
  intent: IntentId | '';
}

/**
 * What the core reads of a situation, so a page cannot stall it: the last messages, and of a long message its
 * start and end (a long complaint states the problem first and the demand last).
 */
export const SITUATION_WINDOW = { messages: 12, head: 200, tail: 400 } as const;

/**
 * Weights of the conversation reading (see the file comment), in one place. Chosen on the train split by
 * leaving one writer out (scripts/train-intent-model.ts --cv), never on dev or test.
 */
export const CONVERSATION_WEIGHTS = {
  /**
   * Each older message of the buyer's latest turn counts this much of the next one. Per intent the strongest
   * message counts (not the sum), so a topic repeated over three messages does not drown the new one.
   */
  turnDecay: 1,
  /**
   * A question from before the agent's last reply, the conversation's topic so far, counts this much beside a
   * latest turn read surely, and in full beside one read less surely than `earlierFullBelow` (a reaction to the
   * agent's answer keeps the question open).
   */
  earlierWeight: 0.6,
  earlierFullBelow: 0.9,
  /** How much less a question counts once the agent's reply addressed it. */
  answeredDiscount: 0.8,
  /**
   * A complaint or a request for a person, read this surely in the buyer's latest message, leads the turn:
   * an angry buyer is answered on the anger first (the topic still shows right after).
   */
  escalationFloor: 0.8,
  escalationBoost: 1.15,
  /**
   * A complaint read as surely but threatening nobody (「骗人的吧」「给个说法」「你们怎么包装的」): indignation
   * about a problem the buyer names, which writers answer on the problem first. Round 8, 25 writers left out one
   * at a time: the complaint led where the writer wanted the problem 45 times, the reverse 12; indignation 0.9
   * with a threat's boost 1.15 (which keeps 「再不发我就申请平台介入」 a complaint with the retrained table) won
   * 2 to 6 first places of 5,000 over 1 and 1.1, lost no top-3 place.
   */
  indignationFactor: 0.9,
  /** A follow-up's own reading (在吗 as a greeting) beside the question it carries. */
  followUpWeight: 0.25,
  /**
   * After the agent promised to check, the share of the second of wait and topic: a buyer who only says they
   * will wait (「好的 我等你」) gets the wait first; one who chases (「好了没」「怎么样了」「？」) gets the answer.
   */
  carriedAfterPromise: 0.8,
  /** Of several questions in a turn that read at least this share of the best one, the first asked leads. */
  firstAskedShare: 0.9,
  firstAskedLead: 1.01,
  /**
   * Whether the order has left, asked beside a change to it (「改个地址」「还没发吧」), is the change's precondition:
   * the shipping time keeps at most this share of the change's score.
   */
  preconditionShare: 0.9,
};
/** A message reading this strongly as thanks or a greeting (and asking nothing) is small talk, not a follow-up. */
const TALK_FLOOR = 0.5;
/** A message's question intents below this are noise, not a question. */
const QUESTION_FLOOR = 0.35;
/** An agent reply reading this strongly as an intent has addressed it. */
const ANSWERED_FLOOR = 0.5;
/** Buyer messages read back from the latest one, at most. */
const BUYER_MESSAGES_READ = 6;
// Phrase factors.
/** A phrase asserting order facts when the page shows no order state. */
const FACTS_UNSURE = 0.85;
/**
 * On top, a phrase whose facts hold only off an order's main way (an after-sale parcel, a refund) when neither the
 * page nor the buyer's words show that detour: an equally fitting reply on the main way goes first.
 */
const DETOUR_UNSHOWN = 0.7;
/** Title evidence (see CategoryReading) from which category-specific phrases compete with generic ones. */
const SURE_CATEGORY = 1.5;
/** Per value the agent must type in (at most three counted): equally good replies that need none go first. */
const ASK_FACTOR = 0.97;
/**
 * A phrase covering a second active intent (wait + logistics, a fault + whether it can be returned) gets this share
 * of it on top: one reply that answers both questions asked leads (leaving one writer out, 0.15 -> 0.25 won 24
 * first places and lost none; 0.35 won 3 more and lost top-3 places).
 */
const COMBO_SHARE = 0.25;
/** Below this certainty a reply is a guess. */
const GUESS_BELOW = 0.25;
/** Fallback intents, best first, get these scores (low: the list is a guess). */
const FALLBACK_SCORES = [0.3, 0.25, 0.2];
/** An intent's family, the id before its dot (order.change-address and order.change are both order). */
const INTENT_FAMILY = INTENT_IDS.map((id) => id.split('.')[0]!);
const WAIT = INTENT_INDEX.get('wait')!;
const THANKS = INTENT_INDEX.get('thanks-bye')!;
const GREETING = INTENT_INDEX.get('greeting')!;
const COMPLAINT = INTENT_INDEX.get('complaint')!;
const SHIPPING_TIME = INTENT_INDEX.get('shipping.time')!;
/** Changes that can be made only before the order leaves. */
const CHANGES = (['order.change-address', 'order.change', 'order.cancel'] as const).map((id) => INTENT_INDEX.get(id)!);
/**
 * A buyer supposing the order has not left yet (还没发吧, 还没出库的话, 没发货呢, 怕发出去了, 趁还没发): not the
 * complaint that it has not (怎么还没发货).
 */
const NOT_LEFT_YET = /还?(?:没|未)有?(?:发货|发出|发|出库|出仓|寄出|寄)(?:吧|呢|吗|的话|应该|对吧|是吧)|怕(?:已经|你们)?(?:发出去|发走|寄出去|寄走|发货|发了)|趁还?(?:没|未)/g;
/**
 * A refund's money named with no parcel (「退款怎么还没到」「钱退到哪里了」): 到, 到哪, 还没到 ask where the money is,
 * not where a parcel is, so this share of the message's tracking and delay reading goes to refund progress
 * (多少钱 is a price; an exchange, a reissue or a return parcel named keeps its logistics reading).
 */
const REFUND_MONEY = /(?:退款|款|(?<!多少|几块|块)钱)[^，。！？,.!?\s]{0,6}?(?:没到|到哪|到了吗|到了没|到没|多久到|几天到|什么时候到|啥时候到)|到账/;
const PARCEL = /快递|物流|包裹|单号|寄|派送|驿站|件|货|补发|换的/;
const PARCEL_INTENTS = (['logistics.track', 'logistics.delay'] as const).map((id) => INTENT_INDEX.get(id)!);
const REFUND = INTENT_INDEX.get('refund.progress')!;
const MONEY_SHARE = 0.7;
const ESCALATIONS = [COMPLAINT, INTENT_INDEX.get('transfer-human')!];
/** A buyer threatening to take it further (投诉, 12315, 平台介入, 差评): a complaint that leads the reply. */
const THREATENS = /投诉|举报|12315|12345|消协|消费者协会|工商|曝光|介入|维权|报警|律师|起诉|告你|告到|找平台|差评|黑猫/;

/** A complaint or call for a person read surely in `reading` leads (CONVERSATION_WEIGHTS.escalationBoost). */
function escalate(scores: Float32Array, reading: Reading): void {
  const W = CONVERSATION_WEIGHTS;
  for (const intent of ESCALATIONS) {
    if (reading.intents[intent]! < W.escalationFloor) continue;
    scores[intent]! *= intent === COMPLAINT && !THREATENS.test(compactText(reading.source.text)) ? W.indignationFactor : W.escalationBoost;
  }
}
/**
 * The lexicon's word lists in compact form, made on first use: compactText builds 64K-entry tables, which the
 * background worker should not do before it has registered its listeners (README, 页面不可信: the half-started worker).
 */
interface CompactLists {
  chasers: ReadonlySet<string>;
  /** Longest first, so a message made of several chasers (在吗在吗, 人呢回一下) is taken apart word by word. */
  chaserWords: readonly string[];
  checking: readonly string[];
  received: readonly string[];
  afterSale: readonly string[];
}
let compactLists: CompactLists | undefined;
function lists(): CompactLists {
  if (!compactLists) {
    const chasers = new Set(CHASER_MESSAGES.split(' ').map(compactText));
    compactLists = {
      chasers,
      chaserWords: [...chasers].filter(Boolean).sort((a, b) => b.length - a.length),
      checking: AGENT_CHECKING.split(' ').map(compactText),
      received: BUYER_RECEIVED.split(' ').map(compactText),
      afterSale: BUYER_AFTER_SALE.split(' ').map(compactText),
    };
  }
  return compactLists;
}
/** Particles between chasers (在吗在吗啊, 回一下啊老板). */
const CHASER_GLUE = new Set([...'啊呀吧哦呢嘛啦哈嘞么咯喂']);
const NOT_YET = ['没', '未', '还没', '没有'];
const QUESTION_PARTICLES = ['吗', '么', '没', '嘛', '不'];
/** After a receipt word: what the buyer will do once it comes (收到了再换, 到了以后). */
const LATER = ['再', '后', '以后', '之后'];
/** Before a receipt word: a receipt waited for or supposed (等收到, 如果到了). */
const BEFORE_RECEIPT = ['等', '如果', '要是', '万一', '等我', '到时候'];
/** Intents that only arise once the buyer holds the goods. */
const NEEDS_GOODS = new Set(['damaged', 'quality.issue', 'wrong-item'].map((id) => INTENT_INDEX.get(id)!));

/** Where an intent's score came from, for the reason line. */
type Source = 'latest' | 'carried' | 'waiting' | 'earlier' | 'state' | 'fallback' | 'learned';

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
  if (compact === '' || lists().chasers.has(compact)) return true;
  const kind = getKindTable();
  let onlySymbols = true;
  for (let i = 0; i < compact.length && onlySymbols; i++) onlySymbols = kind[compact.charCodeAt(i)] === KIND_OTHER;
  return onlySymbols || madeOfChasers(compact);
}

/** 「在吗在吗」「人呢 回一下」「回一下啊老板」: listed chasers one after another, with particles between them. */
function madeOfChasers(compact: string): boolean {
  const kind = getKindTable();
  let at = 0;
  let chasers = 0;
  while (at < compact.length) {
    const word = lists().chaserWords.find((chaser) => compact.startsWith(chaser, at));
    if (word) {
      at += word.length;
      chasers++;
    } else if (CHASER_GLUE.has(compact[at]!) || kind[compact.charCodeAt(at)] === KIND_OTHER) at++;
    else return false;
  }
  return chasers > 0;
}

/** A buyer saying how long they have waited: 都十分钟了, 等了半天, 已经两个小时了. */
const COUNTS_THE_WAIT = /(?:都|已经|等了)(?:快|好)?[\d一二两三四五六七八九十半几]+(?:个)?(?:分钟|小时|钟头|天)了?|等了(?:半天|好久|这么久)/;

/** Words that thank or take leave (好的 alone only agrees). */
const THANKS_WORDS = /谢|拜拜|再见|辛苦|麻烦了|麻烦你了|唔该|多谢|就这样|没事了|冇嘢|👍|👌/;

/** An agent asking for a photo, a video or a screenshot before answering (拍一下 alone is also placing an order). */
const ASKS_FOR_EVIDENCE = /拍照|照片|图片|视频|截图|截个图|拍(?:一下|个|张|几张|下)?(?:破损|坏|外包装|包装|实物|吊牌|位置|状态)/;

/** Words of a buyer agreeing to wait (「好的 我等你」「嗯嗯 不急」), not chasing. */
const AGREES_TO_WAIT = /等你|等着|我等|你查|慢慢|不急|不着急|等等|^(?:好的?|嗯+|哦+|行|ok|可以)(?:好的?|嗯+|谢谢|麻烦了?|辛苦了?)?$/i;

/** Urging words: 「快点 我妈等着呢」 waits impatiently, it chases (unless it also says 我等, 等你, 不急 or 慢慢). */
const URGES = /快点|快些|赶紧|着急|急用|急着|急死/;
const SAYS_IT_WAITS = /我等|等你|不急|不着急|慢慢/;

export function agreesToWait(text: string): boolean {
  const compact = compactText(text);
  return AGREES_TO_WAIT.test(compact) && (!URGES.test(compact) || SAYS_IT_WAITS.test(compact));
}

/** The agent said they would look something up (「我去查一下，请稍等」). */
export function promisesToCheck(text: string): boolean {
  const compact = compactText(text);
  return lists().checking.some((word) => compact.includes(word));
}

function strongestQuestion(reading: { intents: Float32Array }): number {
  let best = 0;
  for (let intent = 0; intent < INTENT_COUNT; intent++) if (QUESTION_INTENTS[intent]) best = Math.max(best, reading.intents[intent]!);
  return best;
}

interface ConversationReading {
  scores: Float32Array;
  sources: Source[];
  evidence: WeightedReading[];
  /** The buyer message the reading rests on most (the carried question under a chaser), as written. */
  question: string;
  /** The buyer's last message as written, and as read (its window). */
  latest: string;
  latestRead: string;
  guess: boolean;
}

/**
 * Intent scores for the conversation (step 1 of the file comment), with the source of each intent's score
 * and the messages whose words count as phrase evidence.
 */
function readConversation(suggester: Suggester, messages: readonly SituationMessage[], state: OrderState | null): ConversationReading {
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
  const add = (reading: Reading, weight: number, source: Source, questionsOnly = false, answered?: Set<number>, smallTalkOnly = false) => {
    for (let intent = 0; intent < INTENT_COUNT; intent++) {
      if (questionsOnly && !QUESTION_INTENTS[intent]) continue;
      if (smallTalkOnly && QUESTION_INTENTS[intent]) continue;
      const value = weight * reading.intents[intent]! * (answered?.has(intent) ? CONVERSATION_WEIGHTS.answeredDiscount : 1);
      if (value > 0) set(intent, value, reading.movedInto[intent] && source === 'latest' ? 'state' : source);
    }
  };

  // Every text as the core reads it (SITUATION_WINDOW), once: nothing below walks a whole long message. The
  // shop's auto-reply robot answers nothing and promises nothing: only the agent's messages end a buyer turn.
  const window = messages
    .slice(-SITUATION_WINDOW.messages)
    .filter(({ direction }) => direction !== 'robot')
    .map(({ direction, text }) => ({ direction, text: windowText(text), full: text }));
  const isReply = (message: { direction: Direction }) => message.direction === 'agent';
  const lastReply = window.findLastIndex(isReply);
  const buyerAt = (from: number, to: number) =>
    window.flatMap((message, index) => (index >= from && index < to && message.direction === 'buyer' && message.text.trim() ? [index] : []));
  let turn = buyerAt(lastReply + 1, window.length);
  // The agent spoke last: the question is the buyer's turn before that reply.
  const replyIndex = turn.length > 0 ? lastReply : window.slice(0, lastReply).findLastIndex(isReply);
  if (turn.length === 0) turn = buyerAt(replyIndex + 1, lastReply);
  const latestIndex = turn.at(-1) ?? buyerAt(0, window.length).at(-1);
  const latest = latestIndex === undefined ? '' : window[latestIndex]!.full;
  const latestRead = latestIndex === undefined ? '' : window[latestIndex]!.text;
  if (latestIndex === undefined) return { scores, sources, evidence, question: '', latest, latestRead, guess: false };

  const reply = replyIndex >= 0 && replyIndex < latestIndex ? window[replyIndex]! : undefined;
  const promised = reply !== undefined && promisesToCheck(reply.text);
  // The agent asked for a photo, a video or details (「麻烦拍一下破损的照片」): the problem is still open, and what
  // the buyer says next (「拍了 怎么处理」) follows it up.
  const askedForEvidence = reply !== undefined && !promised && ASKS_FOR_EVIDENCE.test(compactText(reply.text));
  // Intents the agent's last reply addressed (a promise to check or a request for evidence addresses nothing yet).
  const answered = new Set<number>();
  const replyTopics = reply && !promised && !askedForEvidence ? suggester.readTopics(reply.text) : undefined;
  if (replyTopics) {
    for (let intent = 0; intent < INTENT_COUNT; intent++) if (QUESTION_INTENTS[intent] && replyTopics[intent]! >= ANSWERED_FLOOR) answered.add(intent);
  }
  // Only what the buyer wrote after the promise answers it: the question before it (「都五天了 到底发没发」) stays a
  // question, however it counts the wait.
  const readAt = (index: number): TurnMessage => {
    const text = window[index]!.text;
    const reading = withState(suggester.read(withoutArrival(text)), state);
    return { reading, kind: kindOf(text, reading, promised && index > replyIndex), chaser: isChaser(text) };
  };

  const turnMessages = turn.slice(-BUYER_MESSAGES_READ).map(readAt);
  const lastQuestionAt = turnMessages.findLastIndex(({ kind }) => kind === 'question');
  const earlierMessages = buyerAt(0, turn[0]!)
    .slice(-Math.max(1, BUYER_MESSAGES_READ - turnMessages.length))
    .map(readAt);
  const earlier = earlierMessages.filter(({ kind }) => kind === 'question');
  // The turn ends in follow-ups only (？？, 快点, 在吗, an address the agent asked for, 「嗯嗯」 while the agent
  // checks): they carry a question asked before them.
  const trailing = turnMessages.slice(lastQuestionAt + 1);
  const chasing = trailing.length > 0 && trailing.every(({ kind }) => kind === 'follow');

  const W = CONVERSATION_WEIGHTS;
  if (!chasing) {
    const turnScores = new Float32Array(INTENT_COUNT);
    turnMessages.forEach(({ reading }, k) => {
      const weight = W.turnDecay ** (turnMessages.length - 1 - k);
      for (let intent = 0; intent < INTENT_COUNT; intent++) {
        turnScores[intent] = Math.max(turnScores[intent]!, weight * reading.intents[intent]!);
      }
      evidence.push({ reading: reading.source, weight });
    });
    orderByAsking(turnScores, () => askedOrder(suggester, turnMessages, state));
    const last = turnMessages.at(-1)!.reading;
    escalate(turnScores, last);
    turnScores.forEach((value, intent) => {
      if (value > 0) set(intent, value, last.movedInto[intent] ? 'state' : 'latest');
    });
    // A question from before the agent's reply is the conversation's topic; what the reply addressed, less so.
    // The surer the latest turn reads, the less the question before the agent's reply counts: a reaction to the
    // agent's answer (「七天？？」「我看了没有啊」「上门？什么时候？」) keeps that question open.
    let turnBest = 0;
    for (let intent = 0; intent < INTENT_COUNT; intent++) turnBest = Math.max(turnBest, turnScores[intent]!);
    const earlierWeight = askedForEvidence ? 1 : Math.min(1, W.earlierWeight + ((1 - W.earlierWeight) * (1 - turnBest)) / (1 - W.earlierFullBelow));
    for (const { reading } of earlier) add(reading, earlierWeight, 'earlier', true, answered);
    // Asking again after the agent promised to check is chasing that answer too.
    if (promised) set(WAIT, W.carriedAfterPromise, 'waiting');
  } else {
    // The open question: the turn's own before the follow-ups, else the buyer's before the agent's reply
    // (what the reply answered counts less, unless the agent only promised to look).
    const own = turnMessages.slice(0, lastQuestionAt + 1).filter(({ kind }) => kind === 'question');
    let carried = (own.length > 0 ? own : earlier).slice(-2);
    // No question anywhere: the buyer's latest statement (「计数不准」 before a video and a ？) is the topic.
    if (carried.length === 0) carried = [...earlierMessages, ...turnMessages].filter(({ kind, chaser }) => kind === 'follow' && !chaser).slice(-1);
    const discount = own.length > 0 || promised ? undefined : answered;
    // After a promise to check: chasing wants the answer now, agreeing to wait wants the wait.
    const waitFirst = promised && trailing.some(({ reading }) => agreesToWait(reading.source.text));
    if (promised) set(WAIT, waitFirst ? 1 : W.carriedAfterPromise, 'waiting');
    // Per intent the strongest carried message counts, as in a turn.
    const carriedScores = new Float32Array(INTENT_COUNT);
    carried.forEach(({ reading }, k) => {
      // The carried message is known to be a question: its best reading counts in full.
      const weight = ((waitFirst ? W.carriedAfterPromise : 1) * W.turnDecay ** (carried.length - 1 - k)) / Math.max(QUESTION_FLOOR, strongestQuestion(reading));
      for (let intent = 0; intent < INTENT_COUNT; intent++) {
        if (!QUESTION_INTENTS[intent]) continue;
        const value = weight * reading.intents[intent]! * (discount?.has(intent) ? W.answeredDiscount : 1);
        carriedScores[intent] = Math.max(carriedScores[intent]!, value);
      }
      evidence.push({ reading: reading.source, weight: weight * 0.5 });
    });
    orderByAsking(carriedScores, () => askedOrder(suggester, carried, state));
    // Chasing a complaint or a call for a person is chasing that first, as when it was just said.
    const lastCarried = carried.at(-1)?.reading;
    if (lastCarried) escalate(carriedScores, lastCarried);
    carriedScores.forEach((value, intent) => {
      if (value > 0) set(intent, value, 'carried');
    });
    // A follow-up says little about the topic: beside the question it carries, its own reading counts little
    // (在吗 alone is still a greeting).
    const alone = carried.length === 0 && !promised;
    trailing.forEach(({ reading }, k) => {
      const weight = (alone ? 1 : W.followUpWeight) * W.turnDecay ** (trailing.length - 1 - k);
      add(reading, weight, 'latest', false, undefined, false);
      evidence.push({ reading: reading.source, weight });
    });
    // 「好了没」 reads as waiting itself: chasing a promised answer, the wait stays second to that answer.
    if (promised && !waitFirst && carried.length > 0) scores[WAIT] = Math.min(scores[WAIT]!, W.carriedAfterPromise);
  }
  leadWithTheChange(suggester, scores, evidence);
  // 「收到了 没问题 谢谢」「好的谢谢 那我拍XL了」: thanks that ask nothing close the conversation, whatever else they
  // mention (a bare 「好的」 agrees to what the agent proposed); beside a question, thanks count less.
  const lastText = turnMessages.at(-1)!.reading.source.text;
  const closing = !promised && THANKS_WORDS.test(lastText) && turnMessages.at(-1)!.reading.intents[THANKS]! >= TALK_FLOOR && !ASKING.test(lastText);
  if (!closing) discountFillers(scores);
  let best = 0;
  for (let intent = 0; intent < INTENT_COUNT; intent++) best = Math.max(best, scores[intent]!);
  // The question is the evidence that weighs most (the latest of equals); its full text when it is one we read.
  const main = evidence.reduce<WeightedReading | undefined>((best, item) => (!best || item.weight >= best.weight ? item : best), undefined);
  const question = main ? (window.findLast(({ text }) => withoutArrival(text) === main.reading.text)?.full ?? main.reading.text) : latest;
  return { scores, sources, evidence, question, latest, latestRead, guess: best > 0 && best < GUESS_BELOW };
}

/**
 * Thanks that ask nothing, read without the words saying the goods arrived (「签收了 谢谢」 is thanks, not a
 * tracking question; 「收到了 杯子碎了一个 谢谢」 is still the broken cup). Any other message as it is.
 */
function withoutArrival(text: string): string {
  if (!THANKS_WORDS.test(text) || ASKING.test(text)) return text;
  const rest = text.replace(ARRIVAL_SAID, ' ');
  return rest.trim() ? rest : text;
}

/**
 * 「改个地址」「还没发吧」: whether the order has left, supposed beside a change to it (read apart from that
 * supposition: 「还没发吧」 alone is a shipping question), is asked for the change's sake; the change leads.
 */
function leadWithTheChange(suggester: Suggester, scores: Float32Array, evidence: readonly WeightedReading[]): void {
  let supposed = false;
  let changeAsked = 0;
  for (const { reading } of evidence) {
    const rest = reading.text.replace(NOT_LEFT_YET, ' ');
    if (rest === reading.text) {
      for (const intent of CHANGES) changeAsked = Math.max(changeAsked, reading.intents[intent]!);
      continue;
    }
    supposed = true;
    const apart = suggester.read(rest, false).intents;
    for (const intent of CHANGES) changeAsked = Math.max(changeAsked, apart[intent]!);
  }
  if (!supposed || changeAsked < QUESTION_FLOOR) return;
  let bestChange = 0;
  for (const intent of CHANGES) bestChange = Math.max(bestChange, scores[intent]!);
  scores[SHIPPING_TIME] = Math.min(scores[SHIPPING_TIME]!, CONVERSATION_WEIGHTS.preconditionShare * bestChange);
}

/** A message's clauses (buyers separate with spaces and punctuation), each with its question mark if any. */
const CLAUSE = /[^\s,，。.!！?？;；、~～…]+[?？]?/g;
/**
 * Words that make a clause a question (吗, 多少, 能不能 …); a clause without one states something. A verb asked as
 * 「V不V」「V没V」 (防不防水, 带不带, 洗得唔得) is a question whatever the verb.
 */
const ASKING = /[吗么嘛呢伐啥几哪咋?？]|什么|怎|多少|多久|多大|多长|能不能|可不可以|可以不|有没有|有木有|是不是|会不会|行不行|要不要|好不好|不$|[了过]没$|没有$|如何|为什么|为啥|(.)[不没唔]\1|有冇|系咪/;
/** A clause asks an intent it reads this surely (its best question intent only). */
const ASKED_FLOOR = 0.5;

/**
 * The order in which a turn asks its questions: per intent, its rank among the question intents by the first
 * clause (message by message, clause by clause) that asks it; clauses that only state something (「我想拿50箱」)
 * rank after every question; -1 when no clause reads it surely, and for every intent when fewer than two intents
 * are asked as questions (a question among statements is no order of questions: on the train split, ordering
 * such turns by their statements lost more first places than it won, leaving one writer out). Buyers ask what matters most first
 * (「能便宜点吗 一箱多少包 能开发票不」 is a price question with two more). A statement just before a question of
 * the same family asks along with it, first: 「地址填错了 能帮我改一下吗」 is an address change, not any change.
 */
function askedOrder(suggester: Suggester, messages: readonly TurnMessage[], state: OrderState | null): Int8Array {
  const rank = new Int8Array(INTENT_COUNT).fill(-1);
  const questions: number[] = [];
  const statements: number[] = [];
  for (const { reading } of messages) {
    const clauses = reading.source.text.match(CLAUSE) ?? [];
    let leading: number[] = [];
    for (const clause of clauses) {
      const intents = clauses.length > 1 ? withState(suggester.read(clause), state).intents : reading.intents;
      let best = -1;
      for (let intent = 0; intent < INTENT_COUNT; intent++) {
        if (QUESTION_INTENTS[intent] && intents[intent]! >= ASKED_FLOOR && (best < 0 || intents[intent]! > intents[best]!)) best = intent;
      }
      if (best < 0) continue;
      if (ASKING.test(clause)) {
        for (const stated of leading) (INTENT_FAMILY[stated] === INTENT_FAMILY[best] ? questions : statements).push(stated);
        questions.push(best);
        leading = [];
      } else leading.push(best);
    }
    statements.push(...leading);
  }
  // One question among statements is no order of questions: what the statements read is left to the reading.
  if (new Set(questions).size < 2) return rank;
  let next = 0;
  for (const intent of [...questions, ...statements]) if (rank[intent] === -1) rank[intent] = next++;
  return rank;
}

/**
 * Of the question intents that read nearly as surely as the best one (CONVERSATION_WEIGHTS.firstAskedShare),
 * the one asked first leads (CONVERSATION_WEIGHTS.firstAskedLead above the best); the others keep their scores.
 */
function orderByAsking(scores: Float32Array, order: () => Int8Array): void {
  let best = 0;
  for (let intent = 0; intent < INTENT_COUNT; intent++) if (QUESTION_INTENTS[intent]) best = Math.max(best, scores[intent]!);
  let near = 0;
  for (let intent = 0; intent < INTENT_COUNT; intent++) if (QUESTION_INTENTS[intent] && scores[intent]! >= CONVERSATION_WEIGHTS.firstAskedShare * best) near++;
  // One question: nothing to order (and no clause to read).
  if (best <= 0 || near < 2) return;
  const rank = order();
  let first = -1;
  for (let intent = 0; intent < INTENT_COUNT; intent++) {
    if (!QUESTION_INTENTS[intent] || rank[intent]! < 0 || scores[intent]! < CONVERSATION_WEIGHTS.firstAskedShare * best) continue;
    if (first < 0 || rank[intent]! < rank[first]!) first = intent;
  }
  // Only a later question that reads surer gives way (the first already best stays as it is).
  if (first >= 0 && scores[first]! < best) scores[first] = best * CONVERSATION_WEIGHTS.firstAskedLead;
}

/** A message's reading with the order state applied (step 2 of the file comment). */
interface Reading {
  source: MessageReading;
  intents: Float32Array;
  /** Intents that got more from the state's shift than the words gave them. */
  movedInto: Uint8Array;
}

interface TurnMessage {
  reading: Reading;
  /** Only chases (？？, 快点, an emoji, [图片]). */
  chaser: boolean;
  /** question: asks something; talk: greeting or thanks; follow: chases or answers the agent, asks nothing new. */
  kind: 'question' | 'talk' | 'follow';
}

/** After a promise to check: a message this short that reads the wait at this share of its best question chases. */
const SHORT_CHASE = { chars: 8, waitShare: 0.8 } as const;

/** Parts of a postal address; a message with several of them and no question word is an address. */
const ADDRESS_PARTS = /省|市|区|县|镇|乡|村|路|街|道|巷|弄|号|栋|幢|座|单元|室|楼|小区|花园|大厦|公寓|苑/g;
const ADDRESS_MIN_PARTS = 3;

export function isAddress(text: string): boolean {
  return (text.match(ADDRESS_PARTS)?.length ?? 0) >= ADDRESS_MIN_PARTS && !ASKING.test(text);
}

function kindOf(text: string, reading: Reading, promised: boolean): TurnMessage['kind'] {
  // 👍 or 🙏 after an answer is thanks; 🤔 or ？？ chases.
  if (isChaser(text)) return !promised && reading.intents[THANKS]! >= TALK_FLOOR ? 'talk' : 'follow';
  // An address sent as asked (「成都市武侯区佳灵路…3栋2单元 张女士」) answers the agent: its place names ask nothing.
  if (isAddress(text)) return 'follow';
  // 「好了没 天天查」「核实咋样了」 after a promise to check read as waiting more than as any question, and a
  // buyer counting the wait (「都十分钟了」) is chasing too.
  // A short one (「好了没呀」「问到了吗」) chases when it reads the wait nearly as surely as any question: the
  // words of a chase (好了, 到了, 查) also read as progress or tracking questions.
  const compact = compactText(text);
  const waitShare = compact.length <= SHORT_CHASE.chars ? SHORT_CHASE.waitShare : 1;
  if (promised && (reading.intents[WAIT]! >= waitShare * strongestQuestion(reading) || COUNTS_THE_WAIT.test(compact))) return 'follow';
  if (strongestQuestion(reading) >= QUESTION_FLOOR) return 'question';
  // 「好的」 while the agent is looking something up is waiting for it, not goodbye.
  if (!promised && (reading.intents[THANKS]! >= TALK_FLOOR || reading.intents[GREETING]! >= TALK_FLOOR)) return 'talk';
  return 'follow';
}

/**
 * Step 2: the order state moves what a question means (「什么时候发货」 on a shipped order is tracking); so does the
 * refund's money named without a parcel (REFUND_MONEY).
 */
function withState(reading: MessageReading, state: OrderState | null): Reading {
  const intents = Float32Array.from(reading.intents);
  const movedInto = new Uint8Array(INTENT_COUNT);
  for (const [from, to, share] of (state && STATE_INTENT_SHIFTS[state]) || []) {
    const toIndex = INTENT_INDEX.get(to)!;
    const before = intents[toIndex]!;
    if (moveShare(intents, INTENT_INDEX.get(from)!, toIndex, share) > before) movedInto[toIndex] = 1;
  }
  for (const [intent, share] of (state && STATE_UNLIKELY_INTENTS[state]) || []) intents[INTENT_INDEX.get(intent)!]! *= 1 - share;
  const compact = compactText(reading.text);
  if (REFUND_MONEY.test(compact) && !PARCEL.test(compact)) for (const from of PARCEL_INTENTS) moveShare(intents, from, REFUND, MONEY_SHARE);
  return { source: reading, intents, movedInto };
}

/** Moves `share` of intent `from`'s reading to intent `to` (which stays at most 1); returns how much moved. */
function moveShare(intents: Float32Array, from: number, to: number, share: number): number {
  const moved = intents[from]! * share;
  if (moved <= 0) return 0;
  intents[from]! -= moved;
  intents[to]! = Math.min(1, intents[to]! + moved);
  return moved;
}

/** Ranked replies for a situation: the one code path behind the side panel and the CLI. */
export function suggestForSituation(suggester: Suggester, situation: Situation, options: SituationOptions = {}): SituationResult {
  const top = options.top ?? 5;
  const buyerTexts = situation.messages.slice(-SITUATION_WINDOW.messages).flatMap((m) => (m.direction === 'buyer' ? [windowText(m.text)] : []));
  const category = readCategory(situation.product?.name ? windowText(situation.product.name) : undefined, buyerTexts);
  const card = readOrderStates(situation.order?.status, situation.platform);
  const orderState = card?.sure ? card.states[0]! : null;
  const conversation = readConversation(suggester, situation.messages, orderState);
  const { scores, sources, evidence, latest, latestRead } = conversation;
  const hasProduct = Boolean(situation.product?.name);
  const hasOrder = Boolean(situation.order?.id);
  // Step 6: a phrase the agent picked for a similar question speaks for its intent like an example would.
  const learned = options.learned?.length ? learnedSupport(suggester, options.learned, evidence.map(({ reading }) => reading)) : NO_SUPPORT;
  for (const [phraseIndex, { similarity }] of learned) {
    const intent = INTENT_INDEX.get(suggester.phrases[phraseIndex]!.intents[0]!)!;
    if (LEARNED_INTENT * similarity > scores[intent]!) {
      scores[intent] = LEARNED_INTENT * similarity;
      sources[intent] = 'learned';
    }
  }
  // A problem with the goods (broken, wrong, faulty) means the buyer has them, whatever a lagging card says.
  let topIntent = 0;
  for (let intent = 1; intent < INTENT_COUNT; intent++) if (scores[intent]! > scores[topIntent]!) topIntent = intent;
  const states = possibleStates(card, buyerTexts, scores[topIntent]! > 0 && NEEDS_GOODS.has(topIntent));
  // Without a card, an order is presumed on its main way unless the buyer speaks of an after-sale.
  const detourShown = card !== null || buyerTexts.some(speaksOfAfterSale);
  const fit = situationFit(suggester, category, states, detourShown);
  const askFactor = phraseFit(suggester).askFactor[(hasProduct ? 1 : 0) | (hasOrder ? 2 : 0)]!;
  const phraseFactor =
    learned.size > 0
      ? (_phrase: Phrase, phraseIndex: number) => fit.factor(phraseIndex) * askFactor[phraseIndex]! * learnedFactor(learned.get(phraseIndex))
      : (_phrase: Phrase, phraseIndex: number) => fit.factor(phraseIndex) * askFactor[phraseIndex]!;
  const phraseTier = (_phrase: Phrase, phraseIndex: number) => fit.tier(phraseIndex);
  const context = { platform: situation.platform, usage: options.usage, now: options.now };

  let guess = conversation.guess;
  const hasText = latestRead.trim() !== '';
  let ranked = hasText ? suggester.rank({ intents: scores, evidence, context, phraseFactor, phraseTier, latest: latestRead, comboShare: COMBO_SHARE }, top) : [];
  if (ranked.length === 0 && hasText) {
    // Step 5: nothing recognised (or nothing that fits): the usual replies for this stage, as a guess.
    const fallback = new Float32Array(INTENT_COUNT);
    STATE_FALLBACK_INTENTS[orderState ?? 'unknown'].forEach((intent, k) => {
      fallback[INTENT_INDEX.get(intent)!] = FALLBACK_SCORES[k] ?? FALLBACK_SCORES.at(-1)!;
      sources[INTENT_INDEX.get(intent)!] = 'fallback';
    });
    ranked = suggester.rank({ intents: fallback, evidence: [], context, phraseFactor, phraseTier, latest: latestRead }, top);
    guess = true;
  }
  const intent = scores[topIntent]! > 0 ? INTENT_IDS[topIntent]! : '';
  // Step 7: the reminders' replies first (only those that fit this product and order), misfires lower.
  const reminders = situation.service?.reminders ?? [];
  const serviced =
    reminders.length > 0 || (options.misfires?.size ?? 0) > 0
      ? rankForService(ranked, {
          kinds: new Set(reminders),
          phrases: reminders.length > 0 ? suggester.phrases.filter((phrase, phraseIndex) => fit.factor(phraseIndex) > 0 && fitsPlatform(phrase, situation.platform)) : [],
          ...(options.misfires ? { misfires: options.misfires } : {}),
          ...(intent ? { intent } : {}),
        }).slice(0, top)
      : ranked;
  const indexOf = learned.size > 0 ? phraseIndexes(suggester) : undefined;
  const suggestions = serviced.map((suggestion): SituationSuggestion => {
    const { service, ...plain } = suggestion as Suggestion & { service?: ServiceRole };
    if (service) return { ...plain, reason: SERVICE_REASONS[service], guess: false };
    const support = indexOf && learned.get(indexOf.get(plain.phrase.id)!);
    return { ...plain, reason: reasonFor(plain, sources, orderState, category, support), guess };
  });
  return { text: latest, suggestions, category, orderState, question: conversation.question, intent };
}

const NO_SUPPORT: ReadonlyMap<number, LearnedSupport> = new Map();
/** A question learned as this similar lifts the phrase's intent to this share of it. */
const LEARNED_INTENT = 1;
/** A learned phrase's factor: 1 + this × similarity (more for a pair picked often). */
const LEARNED_BOOST = 0.6;

function learnedFactor(support: LearnedSupport | undefined): number {
  return support ? 1 + LEARNED_BOOST * support.similarity * Math.min(2, 1 + Math.log10(support.count)) : 1;
}

function fitsPlatform(phrase: Phrase, platform: string | undefined): boolean {
  return !platform || phrase.platforms.length === 0 || phrase.platforms.includes(platform);
}

/** Why a reminder put a reply first. */
const SERVICE_REASONS: Record<ServiceRole, string> = {
  longWait: '买家等过了回复时限：先说声久等了',
  followUp: '您说过稍等，该回来跟进了',
  welcome: '第一次回复：带上欢迎语',
  closing: '买家在道别：结束语',
  review: '道别时邀请真实评价（不提任何好处）',
};

/**
 * What the situation path needs of each phrase of a library, computed once per library (the per-phrase factor
 * runs for every candidate of every suggestion, thousands at 10,000 phrases): the factor for the values the agent
 * would type in (by what the page supplies: bit 1 a product card, bit 2 an order card), the order states in which
 * all its facts hold (bit per ORDER_STATES; ALL_STATES without facts) and its categories (bit per CATEGORIES;
 * 0 = any).
 */
interface PhraseFit {
  askFactor: Float32Array[];
  factStates: Uint8Array;
  categories: Uint16Array;
}

const ALL_STATES = (1 << ORDER_STATES.length) - 1;
const fitByLibrary = new WeakMap<Suggester, PhraseFit>();

function stateMask(states: readonly OrderState[]): number {
  let mask = 0;
  for (const state of states) mask |= 1 << ORDER_STATES.indexOf(state);
  return mask;
}

function categoryMask(categories: readonly string[]): number {
  let mask = 0;
  for (const category of categories) {
    const at = (CATEGORIES as readonly string[]).indexOf(category);
    if (at >= 0) mask |= 1 << at;
  }
  return mask;
}

function phraseFit(suggester: Suggester): PhraseFit {
  let fit = fitByLibrary.get(suggester);
  if (!fit) {
    const { phrases } = suggester;
    const askFactor = [0, 1, 2, 3].map((page) =>
      Float32Array.from(phrases, (phrase) => ASK_FACTOR ** Math.min(3, askedPlaceholders(phrase.body, { product: (page & 1) > 0, order: (page & 2) > 0 }))),
    );
    const factStates = Uint8Array.from(phrases, (phrase) =>
      phrase.orderFacts.length === 0 ? ALL_STATES : stateMask(ORDER_STATES.filter((state) => contradictedFacts(phrase.orderFacts, state).length === 0)),
    );
    fit = { askFactor, factStates, categories: Uint16Array.from(phrases, (phrase) => categoryMask(phrase.categories)) };
    fitByLibrary.set(suggester, fit);
  }
  return fit;
}

/**
 * Steps 2–3 for one situation, as a factor per phrase of the library (0 rules it out) and a tier (1: after every
 * other candidate), on the library's PhraseFit.
 */
function situationFit(suggester: Suggester, category: CategoryReading | null, states: StateReading | null, detourShown: boolean) {
  const { factStates, categories } = phraseFit(suggester);
  const presumed = detourShown ? ALL_STATES : stateMask(MAIN_WAY_STATES);
  const allowed = states ? stateMask(states.states) : ALL_STATES;
  const shown = states?.shown ? stateMask([states.shown]) : ALL_STATES;
  const sure = states?.sure ?? true;
  // Several candidates mean "one of these": only a phrase written for all of them is sure to fit.
  const candidates = category ? categoryMask(category.candidates) : 0;
  const unsureCategory = !category || category.from === 'messages' || category.evidence < SURE_CATEGORY;
  return {
    factor(phraseIndex: number): number {
      const holds = factStates[phraseIndex]!;
      const written = categories[phraseIndex]!;
      if (written !== 0 && (candidates & ~written) !== 0) return 0;
      if (holds === ALL_STATES) return 1;
      const detour = (holds & presumed) === 0 ? DETOUR_UNSHOWN : 1;
      if (!states) return FACTS_UNSURE * detour;
      if ((holds & shown) === 0) return 0;
      return (sure ? (holds & allowed) !== 0 : (holds & allowed) === allowed) ? detour : 0;
    },
    /**
     * Tier 1: written for a category while the product's category is unknown, known only from the buyer's words
     * (what they mention may not be what they bought), or read from a title with little to go on (one product
     * noun and nothing leaning the same way).
     */
    tier(phraseIndex: number): 0 | 1 {
      return categories[phraseIndex] !== 0 && unsureCategory ? 1 : 0;
    },
  };
}

/**
 * The order states the situation allows (null when nothing is known), and whether one of them is sure to be the
 * order's. A card whose status a wording knows is sure; the buyer saying the parcel arrived (收到了, or a
 * problem with the goods) narrows a lagging card, or tells the state without one: those are "one of these",
 * and a phrase fits when its facts hold in one. A status no wording knows only hints (readOrderStates): a
 * phrase fits only when its facts hold in every state it may mean.
 */
export interface StateReading {
  states: OrderState[];
  sure: boolean;
  /**
   * The card's state when the buyer's words moved past it (已发货 while the buyer holds the goods): a phrase must
   * not contradict the page either (「已签收」 is not what the page shows).
   */
  shown?: OrderState;
}

export function possibleStates(card: StateReading | null, buyerTexts: readonly string[], hasGoods = false): StateReading | null {
  if (!hasGoods && !buyerTexts.some(saysReceived)) return card;
  const afterReceipt: OrderState[] = ORDER_FACTS.received.states.filter((state) => state !== 'shipped');
  if (!card) return { states: afterReceipt, sure: true };
  if (!card.sure) {
    const held = card.states.filter((state) => afterReceipt.includes(state) || state === 'shipped').map((state) => (state === 'shipped' ? 'delivered' : state));
    return held.length > 0 ? { states: [...new Set(held)], sure: false } : card;
  }
  const [state] = card.states;
  return afterReceipt.includes(state!) ? card : state === 'shipped' ? { states: ['delivered'], sure: true, shown: 'shipped' } : card;
}

function speaksOfAfterSale(text: string): boolean {
  const compact = compactText(text);
  return lists().afterSale.some((word) => compact.includes(word));
}

function saysReceived(text: string): boolean {
  const compact = compactText(text);
  return lists().received.some((word) => {
    for (let at = compact.indexOf(word); at >= 0; at = compact.indexOf(word, at + 1)) {
      const negated = NOT_YET.some((negation) => compact.slice(Math.max(0, at - negation.length), at) === negation);
      // 「到了吗」 asks; 「到了」 tells; 「收到了再换」「等收到」 speak of a receipt still to come.
      const asked = QUESTION_PARTICLES.includes(compact[at + word.length] ?? '');
      const ahead = LATER.some((after) => compact.startsWith(after, at + word.length)) || BEFORE_RECEIPT.some((before) => compact.slice(0, at).endsWith(before));
      if (!negated && !asked && !ahead) return true;
    }
    return false;
  });
}

/** The buyer's words that led to a suggestion, quoted, at most two. */
function quote(matched: readonly string[]): string {
  const words = matched.filter((word) => word.trim()).slice(0, 2);
  return words.length > 0 ? `：“${words.join('”“')}”` : '';
}

function reasonFor(suggestion: Suggestion, sources: Source[], state: OrderState | null, category: CategoryReading | null, learned?: LearnedSupport): string {
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
    case 'learned':
      // Another phrase of an intent only the learned pick brought in is just of that intent.
      reason = learned ? `相似的问题您选过这条（${learned.count} 次）` : `买家问${label}${quote(suggestion.matched)}`;
      break;
    default:
      reason = `买家问${label}${quote(suggestion.matched)}`;
  }
  if (learned && sources[INTENT_INDEX.get(intent)!] !== 'learned') reason += `；相似问题您选过 ${learned.count} 次`;
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
  const card = readOrderStates(situation.order?.status, situation.platform);
  // Unsure: what any state the status may mean makes false.
  const facts = card ? [...new Set(card.states.flatMap((state) => contradictedFacts(phrase.orderFacts, state)))] : [];
  if (card && facts.length > 0 && (!card.sure || card.states.length === 1)) {
    const shown = situation.order?.status?.trim() || ORDER_STATE_LABELS[card.states[0]!];
    const claim = `「${facts.map((fact) => ORDER_FACTS[fact].label).join('、')}」`;
    return card.sure ? `页面显示：${shown}，这条话术说${claim}` : `页面显示：${shown}，无法确认这条话术说的${claim}`;
  }
  if (phrase.categories.length > 0 && situation.product?.name) {
    const category = readCategory(windowText(situation.product.name));
    if (category && !category.candidates.some((candidate) => phrase.categories.includes(candidate))) {
      return `商品是${category.candidates.join('或')}类，这条话术写给${phrase.categories.join('、')}`;
    }
  }
  return null;
}
