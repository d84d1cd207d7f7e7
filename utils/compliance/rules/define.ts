// Helpers shared by the built-in rule files (one file per category, like utils/library/builtin/).
import type { AllowEntry, Rule } from '../types';

/** Word lists are space-separated and sorted: it keeps them readable and the content-script bundle small (sorted words compress better). */
export const list = (spaceSeparated: string): string[] => spaceSeparated.split(' ');

/** One category's rules and the everyday phrases that look like its words (allow-list). */
export interface RuleSection {
  rules: Rule[];
  allow: AllowEntry[];
}
