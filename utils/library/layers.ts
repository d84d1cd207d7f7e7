// How the three phrase layers combine into the one library the panel, search and editor see: what ships in
// the extension, the team pack and what the agent wrote. Precedence on an id clash and on a 快捷编码 clash:
// team > personal > builtin. Team phrases are read-only and the lead's word is final, so a personal phrase
// never hides a team one; a personal phrase does override a built-in one (the agent chose to).
import { normalizeCode } from './codes';
import type { Phrase } from './types';

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
