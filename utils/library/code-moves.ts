// Who keeps a 快捷编码 two layers both use. Typing a code must find one phrase, and the phrase a lead or an
// agent wrote is the one they mean by it: team > personal > builtin. A built-in phrase that loses its code
// is not left without one: it moves to 「nz」 (内置) + the code, so fh1 stays reachable as nzfh1.
import { normalizeCode } from '../pack/codes';
import type { Phrase, PhraseSource } from './types';

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
