// Teaching checks itself before anything is saved: warnings about picks that look wrong (a system line
// as the buyer's message, the two sides swapped), and the conversation-switch check that proves the
// taught buyer name (and id) follow the open conversation instead of one fixed spot on the page.
import { cleanText } from './dom';
import { pickedRows, sideFeatures, type TeachPart, type TeachPicks } from './teach';
import type { Conversation } from './types';

/** Horizontal centres (page pixels) of the picked bubbles, measured on the live page by the content script. */
export interface PickGeometry {
  buyerCenter: number;
  agentCenter: number;
}

/** Words of class names and attribute values that mark a row as a notice rather than a message. */
const SYSTEM_TOKENS = new Set(['system', 'sys', 'notice', 'notify', 'notification', 'tip', 'tips', 'hint', 'divider', 'center', 'centre', 'event', 'announcement', 'time', 'date']);
/** What notices say: someone joined or left, the conversation was passed on or ended, a message was withdrawn. */
const SYSTEM_TEXT = /^\[?系统|(进入|离开|加入)了?(会话|店铺|直播间)|从.{1,12}进入|会话(已)?(结束|关闭|转接|超时)|转接(给|至)|已(被)?(接入|分配)|撤回了一条消息|以下为.{0,8}(消息|记录)|评价邀请/;
/** Side words that say "us" and "the buyer". Short or ambiguous ones (me, in, out) are left out. */
const AGENT_TOKENS = new Set(['self', 'mine', 'right', 'seller', 'staff', 'agent', 'kefu', 'service', 'servicer', 'waiter', 'shop', 'store', 'sent', 'outgoing', 'reverse', 'owner']);
const BUYER_TOKENS = new Set(['left', 'buyer', 'customer', 'guest', 'user', 'visitor', 'client', 'incoming', 'received', 'other', 'peer']);
/** Pixels by which the buyer's bubble may sit right of ours before it looks swapped. */
const SWAP_MARGIN = 20;

/** Lower-case words of a row's features: ".kf-row" → kf, row; '[data-side="staff"]' → data, side, staff; "messageIsMe" → message, is, me. */
function featureTokens(row: Element): Set<string> {
  const tokens = new Set<string>();
  for (const feature of sideFeatures(row).keys()) {
    for (const word of feature.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/)) if (word) tokens.add(word.toLowerCase());
  }
  return tokens;
}

const hasAny = (tokens: Set<string>, words: Set<string>) => [...tokens].some((token) => words.has(token));

/** Warnings to show before saving; an empty list when nothing looks wrong. */
export function teachWarnings(picks: TeachPicks, preview: Conversation | null, geometry?: PickGeometry): string[] {
  const warnings: string[] = [];
  const rows = pickedRows(picks);
  if (rows) {
    const buyerText = cleanText(picks.buyerMessage.textContent ?? '');
    const buyerTokens = featureTokens(rows.buyerRow);
    if (SYSTEM_TEXT.test(buyerText) || hasAny(buyerTokens, SYSTEM_TOKENS)) {
      warnings.push(`你点的“买家消息”（${buyerText.slice(0, 20)}）看起来是一条系统提示，不是买家说的话：请重新教一遍，点一条买家发来的消息`);
    }
    const agentTokens = featureTokens(rows.agentRow);
    const markedSwapped =
      (hasAny(buyerTokens, AGENT_TOKENS) && !hasAny(buyerTokens, BUYER_TOKENS)) ||
      (hasAny(agentTokens, BUYER_TOKENS) && !hasAny(agentTokens, AGENT_TOKENS));
    const placedSwapped = geometry !== undefined && geometry.buyerCenter > geometry.agentCenter + SWAP_MARGIN;
    if (markedSwapped || placedSwapped) {
      warnings.push('“买家消息”和“客服消息”可能点反了：你点的买家消息在右边或带着客服一方的标记。请对照预览确认方向，不对就重新教一遍');
    }
  }
  if (preview && preview.messages.length > 0 && !preview.messages.some((message) => message.direction === 'buyer')) {
    warnings.push('按教过的方式读不到任何买家消息：推荐回复需要买家的话，请重新教一遍');
  }
  return warnings;
}

export type SwitchVerdict =
  | { status: 'waiting' }
  | { status: 'passed'; otherBuyer: string }
  | { status: 'failed'; step: TeachPart; message: string };

/** Whether `after` is `before` with messages appended (a new message arrived) rather than another conversation. */
function continues(before: Conversation, after: Conversation): boolean {
  return (
    after.messages.length >= before.messages.length &&
    before.messages.every((message, i) => after.messages[i]?.direction === message.direction && after.messages[i]?.text === message.text)
  );
}

/**
 * Compares the reading taken when teaching finished with one after the agent switched conversation.
 * Until `settled` (the page had time to render the whole switch) only a full pass is reported.
 */
export function compareAfterSwitch(before: Conversation, after: Conversation | null, settled: boolean): SwitchVerdict {
  const messagesChanged = after !== null && !continues(before, after);
  const nameChanged = after !== null && after.buyer.name !== before.buyer.name;
  const keyChanged = after !== null && after.key !== before.key;
  if (after && messagesChanged && nameChanged && keyChanged) return { status: 'passed', otherBuyer: after.buyer.name };
  if (!settled) return { status: 'waiting' };
  if (!after) {
    return { status: 'failed', step: 'messageList', message: '切换会话后按教过的方式读不到会话了：请重新教一遍，点当前会话的消息区域' };
  }
  if (messagesChanged && !nameChanged) {
    return {
      status: 'failed',
      step: 'buyerName',
      message: `切换会话后消息变了，读到的买家昵称却还是“${before.buyer.name}”：刚才点的昵称不跟着会话变。请点聊天窗口里当前会话的买家昵称`,
    };
  }
  if (messagesChanged && !keyChanged) {
    return {
      status: 'failed',
      step: 'buyerId',
      message: `切换会话后读到的买家编号还是“${before.buyer.id ?? ''}”：刚才点的编号不跟着会话变。请点当前会话里显示的买家编号`,
    };
  }
  if (nameChanged && !messagesChanged) {
    return { status: 'failed', step: 'messageList', message: '切换会话后买家昵称变了，读到的消息却没有变：消息区域可能点错了，请重新点当前会话的消息区域' };
  }
  return { status: 'waiting' };
}
