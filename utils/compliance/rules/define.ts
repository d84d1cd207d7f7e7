// Helpers shared by the built-in rule files (one file per category, like utils/library/builtin/).
import type { AllowEntry, Context, Rule } from '../types';

/** Word lists are space-separated and sorted: it keeps them readable and the content-script bundle small (sorted words compress better). */
export const list = (spaceSeparated: string): string[] => spaceSeparated.split(' ');

/** One category's rules, the everyday phrases that look like its words (allow-list) and where its words make no claim. */
export interface RuleSection {
  rules: Rule[];
  allow: AllowEntry[];
  contexts?: Context[];
}
