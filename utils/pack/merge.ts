// How a team pack combines with what ships in the extension and what the agent wrote.
// Precedence on an id clash and on a 快捷编码 clash: team > personal > builtin. Team phrases are
// read-only and the lead's word is final, so a personal phrase never hides a team one; a personal
// phrase does override a built-in one (the agent chose to).
import type { Phrase } from '../library/types';
import type { RuleFile } from '../compliance/types';
import type { SelectorSet } from '../workbench/types';
import type { SelectorSetEntry } from './types';
import { normalizeCode } from './codes';

/**
 * One library, highest precedence first. A phrase that loses an id clash is left out; one that only
 * loses its 快捷编码 stays, without the code, so typing a code always finds a single phrase.
 */
export function mergeLibraries(builtin: Phrase[], team: Phrase[], personal: Phrase[]): Phrase[] {
  const merged: Phrase[] = [];
  const ids = new Set<string>();
  const codes = new Set<string>();
  for (const layer of [team, personal, builtin]) {
    for (const phrase of layer) {
      if (ids.has(phrase.id)) continue;
      ids.add(phrase.id);
      if (phrase.code === undefined) {
        merged.push(phrase);
        continue;
      }
      const code = normalizeCode(phrase.code);
      if (codes.has(code)) {
        const { code: _lost, ...withoutCode } = phrase;
        merged.push(withoutCode);
      } else {
        codes.add(code);
        merged.push(phrase);
      }
    }
  }
  return merged;
}

/**
 * Built-in rules plus the team's, with the checker's layering: a team rule replaces the built-in rule with
 * the same id; allow and disable lists add up (a lead may allow-list a word for the shop or switch a rule off).
 */
export function mergeRuleFiles(builtin: RuleFile, team: RuleFile | null): RuleFile {
  if (!team) return builtin;
  const teamIds = new Set(team.rules.map((rule) => rule.id));
  const allowKeys = new Set<string>();
  const allow = [...(builtin.allow ?? []), ...(team.allow ?? [])].filter((entry) => {
    const key = JSON.stringify(entry);
    if (allowKeys.has(key)) return false;
    allowKeys.add(key);
    return true;
  });
  return {
    ...builtin,
    rules: [...builtin.rules.filter((rule) => !teamIds.has(rule.id)), ...team.rules],
    allow,
    disable: [...new Set([...(builtin.disable ?? []), ...(team.disable ?? [])])],
  };
}

/** "*.example.com" matches example.com and any subdomain; a pattern with a port matches that port only. */
export function hostMatchesPattern(pattern: string, host: string): boolean {
  const target = host.toLowerCase();
  if (!pattern.startsWith('*.')) return pattern === target;
  const base = pattern.slice(2);
  return target === base || target.endsWith(`.${base}`);
}

export interface ResolvedSelectors {
  selectors: SelectorSet;
  version: number;
  source: 'builtin' | 'team';
}

/**
 * The selectors to read a workbench with: the team's set for this host when its version is newer than
 * the built-in adapter's (a lead's hot fix), otherwise the adapter's own. `host` is location.host.
 */
export function resolveSelectorSet(
  host: string,
  builtin: { platform: string; version: number; selectors: SelectorSet } | null,
  team: readonly SelectorSetEntry[],
): ResolvedSelectors | null {
  let best: SelectorSetEntry | null = null;
  for (const entry of team) {
    if (builtin && entry.platform !== builtin.platform) continue;
    if (!hostMatchesPattern(entry.hostPattern, host)) continue;
    if (!best || entry.version > best.version) best = entry;
  }
  if (best && (!builtin || best.version > builtin.version)) {
    return { selectors: best.selectors, version: best.version, source: 'team' };
  }
  return builtin ? { selectors: builtin.selectors, version: builtin.version, source: 'builtin' } : null;
}
