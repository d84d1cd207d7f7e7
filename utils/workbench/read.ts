// Reads the active conversation out of a workbench page, driven only by an adapter's selector data.
import { cleanText, matchesWithin, queryAll, queryFirst, readValue } from './dom';
import type { ChatMessage, Conversation, Direction, ProductCard, OrderCard, ReadResult, SelectorPart, SelectorSet } from './types';

export interface PlatformInfo {
  id: string;
  name: string;
}

export function readConversation(root: ParentNode, platform: PlatformInfo, selectors: SelectorSet): ReadResult {
  const missing: SelectorPart[] = [];
  const list = queryFirst(root, selectors.messageList);
  if (!list) missing.push('messageList');
  const buyerName = readValue(root, selectors.buyerName);
  if (!buyerName) missing.push('buyerName');
  if (!queryFirst(root, selectors.input)) missing.push('input');
  if (!list || !buyerName) return { conversation: null, missing };

  // A taught id is an element's text, often with its label ("买家编号 C-3003"); the key and the panel need the id.
  const buyerId = selectors.buyerId ? readValue(root, selectors.buyerId)?.replace(/^(买家)?(编号|ID|账号|用户名|UID)\s*[:：]?\s*/i, '') || undefined : undefined;
  const conversation: Conversation = {
    platform: platform.id,
    platformName: platform.name,
    key: conversationKey(platform.id, buyerId ?? buyerName),
    buyer: buyerId ? { name: buyerName, id: buyerId } : { name: buyerName },
    messages: readMessages(list, selectors),
  };
  const product = readProduct(list, root, selectors);
  if (product) conversation.product = product;
  const order = readOrder(list, root, selectors);
  if (order) conversation.order = order;
  const shopName = selectors.shopName ? readValue(root, selectors.shopName) : undefined;
  if (shopName) conversation.shopName = shopName;
  return { conversation, missing };
}

export function conversationKey(platformId: string, buyer: string): string {
  return `${platformId}:${buyer}`;
}

function readMessages(list: Element, selectors: SelectorSet): ChatMessage[] {
  const messages: ChatMessage[] = [];
  for (const row of queryAll(list, selectors.messageRow)) {
    const direction = rowDirection(row, selectors);
    if (!direction) continue;
    if (selectors.product && matchesWithin(row, selectors.product.card) && !hasOwnText(row, selectors)) continue;
    const text = rowText(row, selectors);
    // Half-rendered rows (placeholders still loading) have no text yet; the next read picks them up.
    if (!text) continue;
    const message: ChatMessage = { direction, text };
    const id = selectors.messageIdAttr ? row.getAttribute(selectors.messageIdAttr) : null;
    if (id) message.id = id;
    const time = selectors.messageTime ? readValue(row, selectors.messageTime) : undefined;
    if (time) message.time = time;
    messages.push(message);
  }
  return messages;
}

function rowDirection(row: Element, selectors: SelectorSet): Direction | undefined {
  return selectors.directions.find((rule) => matchesWithin(row, rule.match))?.direction;
}

function rowText(row: Element, selectors: SelectorSet): string {
  const textElement = selectors.messageText ? queryFirst(row, selectors.messageText) : null;
  if (textElement) return cleanText(textElement.textContent ?? '');
  if (selectors.messageText) return '';
  return cleanText(row.textContent ?? '');
}

function hasOwnText(row: Element, selectors: SelectorSet): boolean {
  return selectors.messageText !== undefined && queryFirst(row, selectors.messageText) !== null;
}

/** The card the buyer sent last in this conversation, else one shown elsewhere on the page. */
function readProduct(list: Element, root: ParentNode, selectors: SelectorSet): ProductCard | undefined {
  const spec = selectors.product;
  if (!spec) return undefined;
  const card = queryAll(list, spec.card).at(-1) ?? queryFirst(root, spec.card);
  if (!card) return undefined;
  const name = readValue(card, spec.name);
  if (!name) return undefined;
  const product: ProductCard = { name };
  const price = spec.price ? readValue(card, spec.price) : undefined;
  if (price) product.price = price;
  const id = spec.id ? readValue(card, spec.id) : undefined;
  if (id) product.id = id.replace(/^商品\s*ID[:：]\s*/i, '');
  return product;
}

function readOrder(list: Element, root: ParentNode, selectors: SelectorSet): OrderCard | undefined {
  const spec = selectors.order;
  if (!spec) return undefined;
  const card = queryAll(list, spec.card).at(-1) ?? queryFirst(root, spec.card);
  if (!card) return undefined;
  const id = readValue(card, spec.id)?.replace(/^订单(编)?号[:：]\s*/, '');
  if (!id) return undefined;
  const status = spec.status ? readValue(card, spec.status) : undefined;
  return status ? { id, status } : { id };
}
