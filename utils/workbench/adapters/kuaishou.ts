// 快手小店 客服工作台. The chat pane has no verified DOM facts (shared/domain/anchors.md §5.5): its
// selectors are a guess, and the panel asks to be taught when the guess does not match. The session list
// is public (§8.1): cards .SessionBaseCard named by .SessionBaseCard-topHeadName, grouped under
// .SessionListGroupItem headed 「请在3分钟内回复」 and 「已超时」. The reply box is a Quill editor (div.ql-editor).
import type { PlatformAdapter } from '../adapter';
import { GUESSED_SELECTORS } from './guess';

export const kuaishou: PlatformAdapter = {
  id: 'kuaishou',
  name: '快手',
  hosts: ['im.kwaixiaodian.com'],
  paths: ['/workbench'],
  fixture: 'kuaishou',
  version: 1,
  source: 'guess',
  selectors: {
    ...GUESSED_SELECTORS,
    // The reply box is a Quill editor; a read-only one (contenteditable="false") is not a reply box.
    input: ['div.ql-editor[contenteditable="true"]', ...GUESSED_SELECTORS.input],
    conversationList: {
      row: '.SessionBaseCard',
      name: '.SessionBaseCard-topHeadName',
      unread: ['.SessionBaseCard-unread', '[class*="badge"]'],
      preview: ['.SessionBaseCard-content', '[class*="Content"]'],
      groups: [
        { match: '.SessionListGroupItem', text: '请在3分钟内回复', state: 'waiting' },
        { match: '.SessionListGroupItem', text: '已超时', state: 'overdue' },
      ],
      active: ['[class*="active"]', '[class*="selected"]'],
    },
  },
};
