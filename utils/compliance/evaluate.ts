// Recall, false-flag rate and category accuracy of a checker on labelled drafts (TSV: label risky|clean,
// category, text; a header line `label…` may come first). The category column may list two problems
// ("offplatform|reviewbait") and is empty or "-" for clean drafts. Definitions (kept stable so figures compare):
// - recall: share of risky drafts with at least one warn/block finding;
// - false flags: share of clean drafts with any warn/block finding;
// - category right: share of risky drafts where one of the labelled categories (the main one or any listed)
//   is among the categories of the draft's warn/block findings (a missed draft counts as wrong).
import type { Checker } from './checker';
import type { Finding } from './types';

export interface LabelledDraft {
  risky: boolean;
  /** The main labelled category (the first listed), "-" for clean drafts. */
  category: string;
  /** Every labelled category (empty for clean drafts). */
  categories: string[];
  text: string;
}

export interface Evaluation {
  risky: number;
  clean: number;
  /** Share of risky drafts with at least one warn/block finding. */
  recall: number;
  /** Share of risky drafts whose warn/block findings include one of the labelled categories. */
  categoryAccuracy: number;
  /** Share of clean drafts with any warn/block finding. */
  falsePositiveRate: number;
  missed: LabelledDraft[];
  /** Risky drafts caught, but under none of their labelled categories. */
  wrongCategory: { draft: LabelledDraft; findings: Finding[] }[];
  falsePositives: { draft: LabelledDraft; findings: Finding[] }[];
}

/** Parses the TSV; a header line (first field "label") and blank lines are skipped. */
export function parseLabelledDrafts(tsv: string): LabelledDraft[] {
  const drafts: LabelledDraft[] = [];
  for (const line of tsv.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const [label, column = '', ...rest] = line.split('\t');
    if (label === 'label') continue;
    if (label !== 'risky' && label !== 'clean') throw new Error(`标注必须是 risky 或 clean：${line}`);
    const categories = label === 'risky' ? column.split('|').map((c) => c.trim()).filter((c) => c !== '' && c !== '-') : [];
    drafts.push({ risky: label === 'risky', category: categories[0] ?? '-', categories, text: rest.join('\t') });
  }
  return drafts;
}

export function evaluateChecker(checker: Checker, drafts: readonly LabelledDraft[]): Evaluation {
  const missed: LabelledDraft[] = [];
  const wrongCategory: Evaluation['wrongCategory'] = [];
  const falsePositives: Evaluation['falsePositives'] = [];
  let risky = 0;
  let rightCategory = 0;
  for (const draft of drafts) {
    const findings = checker.check(draft.text).filter((f) => f.severity !== 'info');
    if (draft.risky) {
      risky++;
      if (findings.length === 0) missed.push(draft);
      else if (findings.some((f) => draft.categories.includes(f.category))) rightCategory++;
      else wrongCategory.push({ draft, findings });
    } else if (findings.length > 0) falsePositives.push({ draft, findings });
  }
  const clean = drafts.length - risky;
  return {
    risky,
    clean,
    recall: risky ? (risky - missed.length) / risky : 1,
    categoryAccuracy: risky ? rightCategory / risky : 1,
    falsePositiveRate: clean ? falsePositives.length / clean : 0,
    missed,
    wrongCategory,
    falsePositives,
  };
}
