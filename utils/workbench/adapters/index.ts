// Every built-in platform adapter. One platform = one small file of selector data.
import type { PlatformAdapter } from '../adapter';
import { pinduoduo } from './pinduoduo';

export const ADAPTERS: readonly PlatformAdapter[] = [pinduoduo];
