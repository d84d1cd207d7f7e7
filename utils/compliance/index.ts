// Public API of the compliance checker: createChecker, the built-in rules and labels.
// parseRuleFile lives in ./schema (zod) so a content script importing this module stays small.
import { BUILTIN_RULES } from './rules';
import { compileChecker, type Checker, type CheckerOptions } from './checker';

export { BUILTIN_RULES } from './rules';
export { bySeverity, categoryLabel, severityLabel } from './labels';
export { evaluateChecker, parseLabelledDrafts, type Evaluation, type LabelledDraft } from './evaluate';
export type { Checker, CheckerOptions } from './checker';
export type { AllowEntry, Category, DetectorId, Finding, Rule, RuleFile, Severity } from './types';
export { CATEGORIES, DETECTORS } from './types';

/** Built-in rules plus the given rule files (team packs), minus the disabled rule ids; a platform adds its own rules. */
export function createChecker(options: CheckerOptions = {}): Checker {
  return compileChecker([BUILTIN_RULES, ...(options.ruleFiles ?? [])], options);
}
