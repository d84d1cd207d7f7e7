// Public API of the compliance checker: createChecker, the built-in rules and labels.
// parseRuleFile lives in ./schema (zod) so a content script importing this module stays small. The content script
// imports ./checker only and gets BUILTINS from the background (the rules and the model are most of its size).
import { BUILTIN_RULES } from './rules';
import { checkerFrom, type Checker, type CheckerOptions, type ComplianceBuiltins } from './checker';
import { CONFIRM_MODEL_TABLE } from './model-weights';
import { RISK_MODEL_TABLE } from './risk-weights';
import { VETO_MODEL_TABLE } from './veto-weights';

export { BUILTIN_RULES } from './rules';
export { bySeverity, categoryLabel, severityLabel } from './labels';
export { evaluateChecker, parseLabelledDrafts, type Evaluation, type LabelledDraft } from './evaluate';
export { checkerFrom, type Checker, type CheckerOptions, type ComplianceBuiltins } from './checker';
export type { AllowEntry, Category, DetectorId, Finding, Rule, RuleFile, Severity } from './types';
export { CATEGORIES, DETECTORS } from './types';

/** What createChecker starts from: the built-in rules, the shipped confirm model, the learned catcher's and the veto's tables. */
export const BUILTINS: ComplianceBuiltins = { rules: BUILTIN_RULES, confirmModel: CONFIRM_MODEL_TABLE, riskModel: RISK_MODEL_TABLE, vetoModel: VETO_MODEL_TABLE };

/** Built-in rules plus the given rule files (team packs), minus the disabled rule ids; a platform adds its own rules. */
export function createChecker(options: CheckerOptions = {}): Checker {
  return checkerFrom(BUILTINS, options);
}
