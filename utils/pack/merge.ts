// How a team pack combines with what ships in the extension and what the agent wrote.
// Precedence on an id clash and on a 快捷编码 clash: team > personal > builtin. Team phrases are
// read-only and the lead's word is final, so a personal phrase never hides a team one; a personal
// phrase does override a built-in one (the agent chose to).
import type { Phrase } from '../library/types';
import type { RuleFile } from '../compliance/types';
import { movedBuiltinCode } from '../library/code-moves';
import { normalizeCode } from './codes';

/**
 * One library, highest precedence first. A phrase that loses an id clash is left out; one that only loses
 * its 快捷编码 stays: a built-in one with its code moved (nzfh1, code-moves.ts), a personal one without a
 * code, so typing a code always finds a single phrase.
 */
export function mergeLibraries(builtin: Phrase[], team: Phrase[], personal: Phrase[]): Phrase[] {
  const merged: Phrase[] = [];
  const ids = new Set<string>();
  const codes = new Set<string>();
  const taken = new Set([...team, ...personal, ...builtin].flatMap((phrase) => (phrase.code === undefined ? [] : [normalizeCode(phrase.code)])));
  for (const layer of [team, personal, builtin]) {
    for (const phrase of layer) {
      if (ids.has(phrase.id)) continue;
      ids.add(phrase.id);
      if (phrase.code === undefined) {
        merged.push(phrase);
        continue;
      }
      const code = normalizeCode(phrase.code);
      if (!codes.has(code)) {
        codes.add(code);
        merged.push(phrase);
      } else if (layer === builtin) {
        const moved = movedBuiltinCode(phrase.code, taken);
        taken.add(normalizeCode(moved));
        codes.add(normalizeCode(moved));
        merged.push({ ...phrase, code: moved });
      } else {
        const { code: _lost, ...withoutCode } = phrase;
        merged.push(withoutCode);
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
