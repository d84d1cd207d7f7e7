// 千牛 web workbench. No public DOM facts (shared/domain/anchors.md §5.4): the URL match is right,
// the selectors are a guess, and the panel asks to be taught when the guess does not match.
import type { PlatformAdapter } from '../adapter';
import { GUESSED_SELECTORS } from './guess';

export const qianniu: PlatformAdapter = {
  id: 'qianniu',
  name: '千牛',
  hosts: ['qn.taobao.com', 'myseller.taobao.com'],
  paths: [],
  fixture: 'qianniu',
  version: 1,
  source: 'guess',
  selectors: GUESSED_SELECTORS,
};
