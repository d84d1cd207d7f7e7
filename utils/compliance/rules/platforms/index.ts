// Each platform's own rules, applied only on that platform's workbench (Rule.platforms): the checker for a
// 飞鸽 tab adds FEIGE_RULES to the built-in set, one for an unknown site adds none.
import type { Rule } from '../../types';
import { FEIGE_RULES } from './feige';
import { JD_RULES } from './jd';
import { PINDUODUO_RULES } from './pinduoduo';

export const PLATFORM_RULES: Rule[] = [...PINDUODUO_RULES, ...FEIGE_RULES, ...JD_RULES];
