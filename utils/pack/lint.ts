// Checks a lead runs before publishing: everything readPack would refuse, plus phrases the compliance
// checker flags. The checker is passed in so this module does not depend on the checker's internals.
import { applyFix, fixRangeOf } from '../compliance/apply-fix';
import { wordKey } from '../compliance/normalize';
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

/** A finding of a phrase's body, with what its one-click fix replaces where that is more than the flagged words. */
function describeFinding(finding: Finding, body: string): string {
  const verdict = finding.severity === 'block' ? '禁止发送' : '建议改写';
  const { start, end } = fixRangeOf(finding);
  const replaced = start === finding.start && end === finding.end ? '' : `把“${body.slice(start, end)}”`;
  const instead = finding.suggestions.length > 0 ? `，可${replaced}改为：${finding.suggestions.join(' / ')}` : '';
  return `“${finding.match}”${verdict}：${finding.reason}${instead}`;
}

/** The strings of `list` (when it is an array), each with its path `path[i]`. */
function stringsAt(path: string, list: unknown): [path: string, text: string][] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, i): [string, string][] => (typeof item === 'string' ? [[`${path}[${i}]`, item]] : []));
}

/** The pack's own rewordings, where they are written: its rules' suggestions and its rewrites' wordings. */
function ownRewordings(rules: unknown): [path: string, wording: string][] {
  const file = rules as { rules?: unknown; rewrites?: unknown } | null;
  return [
    ...(Array.isArray(file?.rules) ? file.rules.flatMap((rule: unknown, i) => stringsAt(`rules.rules[${i}].suggestions`, (rule as { suggestions?: unknown } | null)?.suggestions)) : []),
    ...(Array.isArray(file?.rewrites) ? file.rewrites.flatMap((rewrite: unknown, i) => stringsAt(`rules.rewrites[${i}].to`, (rewrite as { to?: unknown } | null)?.to)) : []),
  ];
}

/** Warn and block findings of `text` that touch text[start, end). */
const flaggedWithin = (checker: TextChecker, text: string, start: number, end: number) =>
  checker(text).filter((finding) => finding.severity !== 'info' && finding.start < end && finding.end > start);

/** The pack's own rewordings that read as a claim on their own. */
function rewordingsFlaggedAlone(own: readonly [path: string, wording: string][], checker: TextChecker): LintProblem[] {
  return own.flatMap(([path, wording]): LintProblem[] => {
    const left = flaggedWithin(checker, wording, 0, wording.length)[0];
    return left ? [{ level: 'warning', path, message: `改写“${wording}”本身会被标出：“${left.match}”${left.reason}` }] : [];
  });
}

/**
 * The pack's own rewordings (`wordings`) among a phrase finding's suggestions that still read as a claim where its
 * one-click fix puts them (applyFix, as the inline check does: in place of the fix range, which may be wider than the
 * flagged words).
 */
function rewordingsFlaggedInPlace(body: string, finding: Finding, wordings: ReadonlySet<string>, checker: TextChecker, path: string): LintProblem[] {
  return finding.suggestions.flatMap((suggestion): LintProblem[] => {
    if (!wordings.has(suggestion)) return [];
    const fixed = applyFix(body, finding, suggestion);
    const left = flaggedWithin(checker, fixed.text, fixed.start, fixed.end)[0];
    return left ? [{ level: 'warning', path, message: `改写“${suggestion}”放进这句后仍会被标出：“${left.match}”${left.reason}` }] : [];
  });
}

/** Where rule files hold words the checker matches: each rule's words and cues, and the allow-list. */
function ruleWords(rules: unknown): [path: string, word: string][] {
  const found: [string, string][] = [];
  const collect = (path: string, words: unknown) => found.push(...stringsAt(path, words));
  const file = rules as { rules?: unknown; allow?: unknown } | null;
  if (Array.isArray(file?.rules)) {
    file.rules.forEach((rule: unknown, i) => {
      const entry = rule as Record<string, { words?: unknown } | undefined> | null;
      collect(`rules.rules[${i}].words`, entry?.words);
      for (const cue of ['near', 'unless', 'unlessAfter']) collect(`rules.rules[${i}].${cue}.words`, entry?.[cue]?.words);
      const boundary = entry?.boundary as { start?: unknown; end?: unknown } | undefined;
      for (const side of ['start', 'end'] as const) collect(`rules.rules[${i}].boundary.${side}`, boundary?.[side]);
    });
  }
  if (Array.isArray(file?.allow)) {
    file.allow.forEach((entry: unknown, i) => {
      if (typeof entry === 'string') found.push([`rules.allow[${i}]`, entry]);
      else collect(`rules.allow[${i}].words`, (entry as { words?: unknown } | null)?.words);
    });
  }
  return found;
}

/**
 * Rule words the checker can never match: what is left after its own normalisation (wordKey) is empty,
 * because the word is only emoji, zero-width characters, punctuation or spaces, which the scanner skips.
 */
export function unmatchableWords(rules: unknown): LintProblem[] {
  return ruleWords(rules)
    .filter(([, word]) => word.trim() !== '' && wordKey(word) === '')
    .map(([path, word]) => ({
      level: 'error',
      path,
      message: `“${shownWord(word)}”只由表情、零宽字符、标点或空格组成：检查时这些字符都会被跳过，这个词永远匹配不到`,
    }));
}

/** Invisible characters (zero-width, format, odd spaces) spelled as U+XXXX so the lead sees what is there. */
function shownWord(word: string): string {
  return word.replace(/(?! )[\p{Cf}\p{Zs}\p{Zl}\p{Zp}]/gu, (char) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
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
  problems.push(...unmatchableWords(value.rules));

  if (!checker) return problems;
  const own = ownRewordings(value.rules);
  const wordings = new Set(own.map(([, wording]) => wording));
  // Listed after the phrases' own findings and the rewordings flagged alone.
  const flaggedInPlace: LintProblem[] = [];
  // Runs over the raw entries, so a phrase is checked even when another entry has a schema error.
  if (Array.isArray(value.phrases)) {
    value.phrases.forEach((phrase, i) => {
      const body = (phrase as { body?: unknown } | null)?.body;
      if (typeof body !== 'string') return;
      const path = `phrases[${i}].body`;
      for (const finding of checker(body)) {
        if (finding.severity === 'info') continue;
        problems.push({ level: finding.severity === 'block' ? 'error' : 'warning', path, message: describeFinding(finding, body) });
        flaggedInPlace.push(...rewordingsFlaggedInPlace(body, finding, wordings, checker, path));
      }
    });
  }
  problems.push(...rewordingsFlaggedAlone(own, checker), ...flaggedInPlace);
  return problems;
}
