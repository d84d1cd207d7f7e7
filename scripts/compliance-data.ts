// Reading labelled draft files for the compliance scripts (eval-compliance, eval-compliance-model).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseLabelledDrafts, type LabelledDraft } from '../utils/compliance/evaluate';

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
