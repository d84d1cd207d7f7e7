// Checks a lead runs before publishing: everything readPack would refuse, plus phrases the compliance
// checker flags. The checker is passed in so this module does not depend on the checker's internals.
import type { Finding } from '../compliance/types';
import { validatePackContent } from './validate';
import { DEFAULT_LIMITS, type PackLimits } from './types';

export interface LintProblem {
  /** error: clients would refuse the pack or the phrase must not be sent; warning: should be reworded. */
  level: 'error' | 'warning';
  /** Where in the pack, e.g. "phrases[12].body". */
  path: string;
  message: string;
}

export type TextChecker = (text: string) => Finding[];

function splitDetail(detail: string): LintProblem {
  const colon = detail.indexOf(': ');
  return colon < 0
    ? { level: 'error', path: '', message: detail }
    : { level: 'error', path: detail.slice(0, colon), message: detail.slice(colon + 2) };
}

function describeFinding(finding: Finding): string {
  const verdict = finding.severity === 'block' ? '禁止发送' : '建议改写';
  const instead = finding.suggestions.length > 0 ? `，可改为：${finding.suggestions.join(' / ')}` : '';
  return `“${finding.match}”${verdict}：${finding.reason}${instead}`;
}

/** Signed or unsigned packs alike; the signature is not checked here (`pack verify` does that). */
export function lintPack(pack: unknown, checker?: TextChecker, limits: PackLimits = DEFAULT_LIMITS): LintProblem[] {
  if (pack === null || typeof pack !== 'object' || Array.isArray(pack)) {
    return [{ level: 'error', path: '', message: '不是话术包：内容应为 JSON 对象' }];
  }
  const value = pack as Record<string, unknown>;
  const problems: LintProblem[] = [];
  const content = validatePackContent(value, limits);
  if (!content.ok) problems.push(...(content.error.details ?? [content.error.message]).map(splitDetail));

  // Runs over the raw entries, so a phrase is checked even when another entry has a schema error.
  if (checker && Array.isArray(value.phrases)) {
    value.phrases.forEach((phrase, i) => {
      const body = (phrase as { body?: unknown } | null)?.body;
      if (typeof body !== 'string') return;
      for (const finding of checker(body)) {
        if (finding.severity === 'info') continue;
        problems.push({
          level: finding.severity === 'block' ? 'error' : 'warning',
          path: `phrases[${i}].body`,
          message: describeFinding(finding),
        });
      }
    });
  }
  return problems;
}
