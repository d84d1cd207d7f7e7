// 快手小店 客服工作台. No public DOM facts (shared/domain/anchors.md §5.5): the URL match is right,
// the selectors are a guess, and the panel asks to be taught when the guess does not match.
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
  selectors: GUESSED_SELECTORS,
};
