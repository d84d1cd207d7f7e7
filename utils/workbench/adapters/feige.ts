// 抖店 飞鸽 客服工作台 (React, CSS-module class names hashed per release). Selectors from public
// automation code (shared/domain/anchors.md §5.2): `id` and `data-qa-id` / `data-id` hooks first,
// the `messageIsMe` / `messageNotMe` classes and the bubble's inline `row-reverse` style as fallbacks.
import type { PlatformAdapter } from '../adapter';

export const feige: PlatformAdapter = {
  id: 'feige',
  name: '抖店飞鸽',
  hosts: ['im.jinritemai.com'],
  paths: ['/pc_seller_v2', '/pc_seller'],
  fixture: 'feige',
  version: 1,
  selectors: {
    // The list has no hook of its own: it is the element whose children are the message rows.
    messageList: ['div:has(> [data-id="message-in"])', 'div:has(> [data-id="message-out"])', 'div:has(> div > .leaveMessage)'],
    messageRow: ['[data-id="message-in"], [data-id="message-out"]', 'div:has(> .leaveMessage)'],
    directions: [
      { match: ['[data-id="message-in"]', '.messageNotMe'], direction: 'buyer' },
      { match: ['[data-id="message-out"]', '.messageIsMe', '[style*="row-reverse"]'], direction: 'agent' },
    ],
    messageText: 'pre',
    buyerName: '#topbar-left-info',
    product: { card: '.chatd-card', name: ['.chatd-card-title', '[title]'], price: '.chatd-card-price' },
    input: ['[data-qa-id="qa-send-message-textarea"]', 'textarea[placeholder^="发送给"]'],
    sendButton: '[data-qa-id="qa-send-message-button"]',
    // Conversation rows and the page's 待回复 / 已超时 groups keep their data-* hooks across releases
    // (anchors §5.2, §8.1); the name sits in a hashed element carrying a title.
    conversationList: {
      row: '[data-qa-id="qa-conversation-chat-item"]',
      name: ['[data-qa-id="qa-chat-user-name"]', '[title]'],
      unread: '.auxo-badge-count',
      timer: '[class*="timerParticular"]',
      groups: [
        { match: '[data-btm="message_group_name_waitReply"]', state: 'waiting' },
        { match: '[data-btm="message_group_name_overtime"]', state: 'overdue' },
      ],
    },
  },
};
