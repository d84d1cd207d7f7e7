// How the three phrase layers combine into the one library the panel, search and editor see: what ships in
// the extension, the team pack and what the agent wrote. Precedence on an id clash and on a 快捷编码 clash:
// team > personal > builtin. Team phrases are read-only and the lead's word is final, so a personal phrase
// never hides a team one; a personal phrase does override a built-in one (the agent chose to).
// A built-in phrase that loses its code is not left without one: it moves to 「nz」 (内置) + the code, so a
// lead's or agent's fh1 and the shipped fh1 both stay reachable (fh1 and nzfh1). An import says so before
// it is confirmed (CodeMove, import-plan.ts).
import { normalizeCode } from './codes';
import type { Phrase, PhraseSource } from './types';

const RANK: Record<PhraseSource, number> = { team: 0, personal: 1, builtin: 2 };

/** The phrase that answers to a code both have: the higher layer's; between equals, the first. */
export function codeOwner(first: Phrase, second: Phrase): Phrase {
  return RANK[second.source] < RANK[first.source] ? second : first;
}

export const MOVED_CODE_PREFIX = 'nz';

/** The code a built-in phrase moves to: nz + its code, numbered when that is taken too (nzfh1, nzfh1-2 …). */
export function movedBuiltinCode(code: string, taken: ReadonlySet<string>): string {
  const base = `${MOVED_CODE_PREFIX}${code.trim()}`;
  let candidate = base;
  for (let n = 2; taken.has(normalizeCode(candidate)); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** What an import does to a 快捷编码 another layer's phrase already has. */
export interface CodeMove {
  code: string;
  incoming: Phrase;
  /** The phrase that had the code before the import. */
  holder: Phrase;
  /** Which of the two answers to the code afterwards. */
  keeps: 'incoming' | 'holder';
  /** The built-in holder's new code, when it gives its code up. */
  movedTo?: string;
}

/**
 * One library, highest precedence first. A phrase that loses an id clash is left out; one that only loses
 * its 快捷编码 stays: a built-in one with its code moved, a personal one without a code, so typing a code
 * always finds a single phrase.
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
