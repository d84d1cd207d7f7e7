// A best-effort reading for workbenches whose DOM has no public description (千牛 web, 快手):
// class-name fragments common in chat UIs. It may well not match; health then says the page needs
// teaching, and a taught or team-pushed selector set replaces it.
import type { SelectorSet } from '../types';

export const GUESSED_SELECTORS: SelectorSet = {
  messageList: ['[class*="message-list"]', '[class*="messageList"]', '[class*="msg-list"]', '[class*="msgList"]', '[class*="chat-list"]'],
  messageRow: ['[class*="message-item"]', '[class*="messageItem"]', '[class*="msg-item"]', '[class*="msgItem"]'],
  directions: [
    { match: ['[class*="system"]', '[class*="notice"]'], direction: 'system' },
    { match: ['[class*="robot"]'], direction: 'robot' },
    { match: ['[class*="right"]', '[class*="self"]', '[class*="mine"]', '[class*="seller"]'], direction: 'agent' },
    { match: ['[class*="left"]', '[class*="buyer"]', '[class*="customer"]', '[class*="other"]'], direction: 'buyer' },
  ],
  messageText: ['[class*="content"]', '[class*="text"]', '[class*="bubble"]'],
  messageTime: ['[class*="time"]'],
  buyerName: ['[class*="chat-header"] [class*="name"]', '[class*="chatHeader"] [class*="name"]', '[class*="nick"]'],
  input: ['textarea', '[contenteditable="true"]'],
};
