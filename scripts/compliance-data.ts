// Reading labelled draft files for the compliance scripts (eval-compliance, eval-compliance-model).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseLabelledDrafts, type LabelledDraft } from '../utils/compliance/evaluate';

/**
 * What both shipped learned models train on, beside the product's own clean text (risk-model.ts, productCleanText): the
 * old set and the fresh train and dev splits, never test or holdout. Paths from the project root.
 */
export const SHIPPED_TRAINING_SOURCES = ['test/data/compliance/drafts.tsv', 'test/data/compliance/fresh/train', 'test/data/compliance/fresh/dev'];

/** Every .tsv file named, or inside a folder named, in argument order (a folder's files sorted by name). */
export function labelledFiles(paths: readonly string[]): string[] {
  return paths.flatMap((given) => {
    if (!statSync(given).isDirectory()) return [given];
    return readdirSync(given)
      .filter((name) => name.endsWith('.tsv'))
      .sort()
      .map((name) => path.join(given, name));
  });
}

export function readLabelled(file: string): LabelledDraft[] {
  return parseLabelledDrafts(readFileSync(file, 'utf8'));
}
