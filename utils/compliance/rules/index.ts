// The built-in rule set (written for this project), one file per category. Words are matched after folding
// (full-width, case, 繁→简, digit forms: "第一" also matches "第1"/"第①") with spaces, symbols and emoji skipped
// between their characters; pinyin and homophone spellings are listed as explicit variants.
import type { RuleFile } from '../types';
import { ABSOLUTE_RULES } from './absolute';
import { ABUSE_RULES } from './abuse';
import { ATTITUDE_RULES } from './attitude';
import { AUTHORITY_RULES } from './authority';
import { CLAIM_CONTEXTS, DEBUNK_DENIED_ALLOW, DESCRIBED_KIND_ALLOW, OTHERS_DARE_NOT_ALLOW } from './contexts';
import { MEDICAL_RULES } from './medical';
import { BUYER_SAID_ALLOW, MENTION_CONTEXTS, WOOD_HAS_ALLOW } from './mentions';
import { OFFPLATFORM_RULES } from './offplatform';
import { PLATFORM_RULES } from './platforms';
import { PROMISE_RULES } from './promise';
import { REVIEWBAIT_RULES } from './reviewbait';
import { RHETORICAL_ASSERTION_ALLOW } from './rhetorical';
import { BUILTIN_REWRITES } from './rewrites';
import { BUILTIN_SPELLINGS, soundsOf } from './spelling';

const SECTIONS = [ABSOLUTE_RULES, AUTHORITY_RULES, MEDICAL_RULES, OFFPLATFORM_RULES, REVIEWBAIT_RULES, PROMISE_RULES, ABUSE_RULES, ATTITUDE_RULES];

const WORDS = {
  rules: [...SECTIONS.flatMap((section) => section.rules), ...PLATFORM_RULES],
  allow: [...SECTIONS.flatMap((section) => section.allow), ...BUYER_SAID_ALLOW, ...OTHERS_DARE_NOT_ALLOW, ...DEBUNK_DENIED_ALLOW, ...DESCRIBED_KIND_ALLOW, ...WOOD_HAS_ALLOW, ...RHETORICAL_ASSERTION_ALLOW],
  contexts: [...CLAIM_CONTEXTS, ...MENTION_CONTEXTS, ...SECTIONS.flatMap((section) => section.contexts ?? [])],
  spellings: BUILTIN_SPELLINGS,
};

export const BUILTIN_RULES: RuleFile = {
  format: 'huashu-rules',
  version: 1,
  ...WORDS,
  sounds: soundsOf(WORDS),
  rewrites: BUILTIN_REWRITES,
};
