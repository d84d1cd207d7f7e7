// 拼多多商家后台 客服工作台 (Vue 2 SPA). Selectors from public automation code (shared/domain/anchors.md §5.1):
// rows are li.onemsg, direction from .buyer-item / .seller-item (.cs-item) / .robot-item / system classes.
import type { PlatformAdapter } from '../adapter';

export const pinduoduo: PlatformAdapter = {
  id: 'pinduoduo',
  name: '拼多多',
  hosts: ['mms.pinduoduo.com'],
  paths: ['/chat-merchant'],
  fixture: 'pinduoduo',
  version: 1,
  selectors: {
    messageList: ['#msgListContainer .msg-list', '.merchantMessage ul'],
    messageRow: 'li.onemsg',
    directions: [
      { match: ['.system-msg-31', '.msg-system', '[class^="system-msg"]'], direction: 'system' },
      { match: ['.robot-item', '.cs-item.callback'], direction: 'robot' },
      { match: '.buyer-item', direction: 'buyer' },
      { match: ['.seller-item', '.cs-item'], direction: 'agent' },
    ],
    messageText: '.msg-content-box',
    messageTime: '.msg-time',
    messageIdAttr: 'id',
    buyerName: ['.chatWindowHeader .base-info .name', '.chat-item-box.active .nickname-span'],
    buyerId: { selector: '.chatWindowHeader [currentuid]', attr: 'currentuid' },
    product: { card: '.good-card', name: '.good-name', price: '.good-price', id: '.good-id' },
    order: { card: '.order-card', id: '.order-sn', status: '.order-status' },
    // The shop (店铺) name in the top bar: not in the public facts, a readable guess the demo page follows.
    shopName: ['.mall-name', '.shop-name'],
    input: 'textarea#replyTextarea',
    sendButton: 'div.send-btn',
    // Session list (anchors §5.1, §8.1): li.chat-item rows keyed by data-random, the unread count in
    // .chat-portrait i, .un-watch on unread rows, the page's own 超时未回复 / 5 分钟 lists and countdown.
    // The preview and selected-row classes are not in the public facts: readable guesses.
    conversationList: {
      row: ['.chat-list-box .chat-list .chat-item', 'li.chat-item'],
      name: '.nickname-span',
      keyAttr: 'data-random',
      unread: '.chat-portrait i',
      unreadMarker: '.un-watch',
      preview: ['.chat-last-msg', '[class*="last-msg"]'],
      timer: 'p.chat-unreply-time',
      groups: [
        { match: 'ul.timeout-unreply', state: 'overdue' },
        { match: 'ul.five-minute', state: 'waiting' },
      ],
      active: ['.chat-item-box.active', '[class*="active"]'],
    },
  },
};
