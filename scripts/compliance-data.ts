// Reading labelled draft files for the compliance scripts (eval-compliance, eval-compliance-model), and their table row.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseLabelledDrafts, type Evaluation, type LabelledDraft } from '../utils/compliance/evaluate';

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

/** The writer of a fresh file ("compliance-c12.tsv" → "c12"); undefined for any other file name. */
export const writerOf = (fileName: string) => /^compliance-(c\d+)\.tsv$/.exec(fileName)?.[1];
/** A writer's number ("c12" → 12), the order writers arrived in. */
export const writerNumber = (writer: string) => Number(writer.slice(1));

/** The writers with a fresh file in `folder`, by number. */
export function writersIn(folder: string): string[] {
  return readdirSync(folder)
    .map(writerOf)
    .filter((writer): writer is string => writer !== undefined)
    .sort((a, b) => writerNumber(a) - writerNumber(b));
}

export function readLabelled(file: string): LabelledDraft[] {
  return parseLabelledDrafts(readFileSync(file, 'utf8'));
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** The header of the evaluation tables the scripts print, its first column `width` wide. */
export function evaluationHeader(first: string, width: number): string {
  return `${first.padEnd(width)}  risky  clean   recall  false flags  category right`;
}

/** One row of those tables: counts, recall, false flags and category right of `evaluation`. */
export function evaluationRow(label: string, width: number, evaluation: Evaluation): string {
  const { risky, clean, recall, falsePositiveRate, categoryAccuracy } = evaluation;
  return `${label.padEnd(width)}  ${String(risky).padStart(5)}  ${String(clean).padStart(5)}  ${percent(recall).padStart(7)}  ${percent(falsePositiveRate).padStart(11)}  ${percent(categoryAccuracy).padStart(14)}`;
}
