// 京东 咚咚融合工作台 and the 京麦 kefu reception page. Selectors from public automation code
// (shared/domain/anchors.md §5.3): rows in #t-chat-scroll, side node .message_left (buyer) /
// .message_right (agent) carrying the message id, a contenteditable editor.
import type { PlatformAdapter } from '../adapter';

export const jd: PlatformAdapter = {
  id: 'jd',
  name: '京东咚咚',
  hosts: ['dongdong.jd.com'],
  paths: [],
  fixture: 'jd',
  version: 1,
  selectors: {
    messageList: '#t-chat-scroll',
    // The side node is the row: it holds the id, the text and the time.
    messageRow: ['.message > .message_left, .message > .message_right', '.message'],
    directions: [
      { match: '.message_left', direction: 'buyer' },
      { match: '.message_right', direction: 'agent' },
    ],
    messageText: '.message__content',
    messageTime: '.message__time_str',
    messageIdAttr: 'id',
    buyerName: '.chat-head-name > span',
    // The selected contact's key; when the page marks selection differently the buyer name keys the conversation.
    buyerId: { selector: ['.alluser-item.active[data-user-id]', '.alluser-item[class*="select"][data-user-id]'], attr: 'data-user-id' },
    input: ['.EditorContent[contenteditable=true]', '.EditorContent [contenteditable=true]'],
    sendButton: '.SendButtonGroup > .send-button',
    // The 正在咨询 tab's contacts (anchors §5.3): name, preview and data-user-id are public facts;
    // the unread badge and the selected class are readable guesses.
    conversationList: {
      row: ['.c_tabs-tabpane:not(.c_tabs-tab_inactive) .alluser-item', '.alluser-item'],
      name: '.alluser-item-name',
      keyAttr: 'data-user-id',
      unread: ['.alluser-item-unread', '[class*="unread"]', '[class*="badge"]'],
      preview: '.alluser-item-breifdesc',
      active: ['.active', '[class*="select"]'],
    },
  },
};

/** The same workbench embedded in 京麦's shop backend. */
export const jdKefu: PlatformAdapter = {
  ...jd,
  hosts: ['shop.jd.com'],
  paths: ['/jdm/kefu'],
  fixture: 'jd-kefu',
  version: 1,
};
