// Every built-in platform adapter. One platform = one small file of selector data.
import type { PlatformAdapter } from '../adapter';
import { feige } from './feige';
import { jd, jdKefu } from './jd';
import { kuaishou } from './kuaishou';
import { pinduoduo } from './pinduoduo';
import { qianniu } from './qianniu';

export const ADAPTERS: readonly PlatformAdapter[] = [pinduoduo, feige, jd, jdKefu, qianniu, kuaishou];
