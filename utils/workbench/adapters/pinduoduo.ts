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
    input: 'textarea#replyTextarea',
    sendButton: 'div.send-btn',
  },
};
