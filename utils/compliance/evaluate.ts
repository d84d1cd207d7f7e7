// Recall and false-positive rate of a checker on a labelled set of drafts (test/data/compliance/drafts.tsv:
// columns label risky|clean, expected category or "-", text). Used by the unit test and the benchmark.
import type { Checker } from './checker';
import type { Finding } from './types';

export interface LabelledDraft {
  risky: boolean;
  category: string;
  text: string;
}

export interface Evaluation {
  risky: number;
  clean: number;
  /** Share of risky drafts with at least one warn/block finding. */
  recall: number;
  /** Share of risky drafts whose warn/block findings include the expected category. */
  categoryAccuracy: number;
  /** Share of clean drafts with any warn/block finding. */
  falsePositiveRate: number;
  missed: LabelledDraft[];
  falsePositives: { draft: LabelledDraft; findings: Finding[] }[];
}

/** Parses the TSV (header line first); blank lines are ignored. */
export function parseLabelledDrafts(tsv: string): LabelledDraft[] {
  return tsv
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [label, category, ...rest] = line.split('\t');
      if (label !== 'risky' && label !== 'clean') throw new Error(`标注必须是 risky 或 clean：${line}`);
      return { risky: label === 'risky', category: category ?? '-', text: rest.join('\t') };
    });
}

export function evaluateChecker(checker: Checker, drafts: readonly LabelledDraft[]): Evaluation {
  const missed: LabelledDraft[] = [];
  const falsePositives: Evaluation['falsePositives'] = [];
  let risky = 0;
  let rightCategory = 0;
  for (const draft of drafts) {
    const findings = checker.check(draft.text).filter((f) => f.severity !== 'info');
    if (draft.risky) {
      risky++;
      if (findings.length === 0) missed.push(draft);
      if (findings.some((f) => f.category === draft.category)) rightCategory++;
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
    falsePositives,
  };
}
