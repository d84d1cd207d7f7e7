// Public API of the compliance checker: createChecker, the built-in rules, labels and applySuggestion.
// parseRuleFile lives in ./schema (zod) so a content script importing this module stays small.
import { BUILTIN_RULES } from './rules';
import { compileChecker, type Checker, type CheckerOptions } from './checker';
import type { Finding } from './types';

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

/**
 * Replaces a finding's span with a rewording. If the text changed since the check, the nearest
 * occurrence of the finding's match is replaced instead; if it is gone, the text is returned unchanged.
 */
export function applySuggestion(text: string, finding: Finding, replacement: string): string {
  let start = finding.start;
  if (text.slice(start, finding.end) !== finding.match) {
    const before = text.lastIndexOf(finding.match, start);
    const after = text.indexOf(finding.match, start);
    if (before < 0 && after < 0) return text;
    start = before < 0 || (after >= 0 && after - start < start - before) ? after : before;
  }
  return text.slice(0, start) + replacement + text.slice(start + finding.match.length);
}
