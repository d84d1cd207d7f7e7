// Validation of the workbench selector sets a lead may push in a pack (types in types.ts).
import { z } from 'zod';

const MAX_SELECTOR_LENGTH = 300;
const SELECTOR_RULE = `应为选择器：非空文本，或非空文本数组（每条不超过 ${MAX_SELECTOR_LENGTH} 个字符）`;

const selectorText = z.string().min(1).max(MAX_SELECTOR_LENGTH);
const selector = z.union([selectorText, z.array(selectorText).min(1).max(20)], { error: SELECTOR_RULE });
const attribute = z.string().min(1).max(100);
const valueSelector = z.object({ selector, attr: attribute.optional() });

/** The conversation list (会话列表) part; see ConversationListSelectors. */
const conversationList = z.object({
  row: selector,
  name: z.union([selector, valueSelector], { error: `${SELECTOR_RULE}，或 { selector, attr }` }),
  keyAttr: attribute.optional(),
  unread: selector.optional(),
  unreadMarker: selector.optional(),
  preview: selector.optional(),
  timer: selector.optional(),
  groups: z.array(z.object({ match: selector, text: z.string().min(1).max(40).optional(), state: z.enum(['waiting', 'overdue']) })).max(10).optional(),
  active: selector.optional(),
});

const selectorSet = z.object({
  messageList: selector,
  messageRow: selector,
  directions: z.array(z.object({ match: selector, direction: z.enum(['buyer', 'agent', 'robot', 'system']) })).min(1).max(20),
  messageText: selector.optional(),
  messageTime: selector.optional(),
  messageIdAttr: attribute.optional(),
  buyerName: z.union([selector, valueSelector], { error: `${SELECTOR_RULE}，或 { selector, attr }` }),
  buyerId: valueSelector.optional(),
  product: z.object({ card: selector, name: selector, price: selector.optional(), id: selector.optional() }).optional(),
  order: z.object({ card: selector, id: selector, status: selector.optional() }).optional(),
  shopName: z.union([selector, valueSelector], { error: `${SELECTOR_RULE}，或 { selector, attr }` }).optional(),
  input: selector,
  sendButton: selector.optional(),
  conversationList: conversationList.optional(),
});

/** "mms.pinduoduo.com", "*.example.com", "127.0.0.1:5173": lowercase host labels, optional wildcard and port. */
const HOST_PATTERN = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/;

export const selectorSetEntrySchema = z.object({
  platform: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, { error: '平台编号应为小写字母、数字或连字符' }),
  hostPattern: z.string().regex(HOST_PATTERN, { error: '主机应为域名（如 mms.pinduoduo.com）或 *.域名' }),
  version: z.number().int().min(0),
  selectors: selectorSet,
});
