// Pinyin for fuzzy matching. The table (pinyin-data.ts, generated from pinyin-pro at development time) is
// unpacked once into a typed array, one syllable id per CJK code unit; pinyin-pro itself is not shipped.
import { PINYIN_DATA } from './pinyin-data';
import { getFoldTable, getKindTable, KIND_DIGIT, KIND_HAN, KIND_LATIN } from './text';

const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fff;

export interface SyllableTable {
  /** Syllable id (1-based, toneless) of each code unit in U+4E00..U+9FFF; 0 when unknown. */
  ids: Uint16Array;
  names: string[];
  /** Syllable id of a toneless pinyin spelling ("zai" -> id), for buyers who type pinyin. */
  idByName: Map<string, number>;
}

let table: SyllableTable | undefined;

export function getSyllableTable(): SyllableTable {
  if (table) return table;
  const ids = new Uint16Array(HAN_LAST - HAN_FIRST + 1);
  const names = [''];
  for (const group of PINYIN_DATA) {
    const colon = group.indexOf(':');
    const id = names.push(group.slice(0, colon)) - 1;
    for (let i = colon + 1; i < group.length; i++) {
      const code = group.charCodeAt(i);
      if (code >= HAN_FIRST && code <= HAN_LAST) ids[code - HAN_FIRST] = id;
    }
  }
  table = { ids, names, idByName: new Map(names.map((name, id) => [name, id])) };
  return table;
}

/** Syllable id of a folded code unit, 0 for anything that is not a known Han character. */
export function syllableOf(ids: Uint16Array, code: number): number {
  return code >= HAN_FIRST && code <= HAN_LAST ? ids[code - HAN_FIRST]! : 0;
}

/** Toneless syllables of a word made only of Han characters, or undefined when any character has none. */
export function syllablesOfWord(word: string): number[] | undefined {
  const { ids } = getSyllableTable();
  const fold = getFoldTable();
  const kind = getKindTable();
  const out: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const code = fold[word.charCodeAt(i)]!;
    if (kind[code] !== KIND_HAN) return undefined;
    const id = syllableOf(ids, code);
    if (id === 0) return undefined;
    out.push(id);
  }
  return out;
}

/** Pinyin initials of the Han characters in a text ("发货时间" -> "fhsj"); other letters and digits kept as-is. */
export function pinyinInitials(text: string): string {
  const { ids, names } = getSyllableTable();
  const fold = getFoldTable();
  const kind = getKindTable();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = fold[text.charCodeAt(i)]!;
    const codeKind = kind[code];
    if (codeKind === KIND_HAN) {
      const id = syllableOf(ids, code);
      if (id !== 0) out += names[id]![0];
    } else if (codeKind === KIND_LATIN || codeKind === KIND_DIGIT) out += String.fromCharCode(code);
  }
  return out;
}

/** Code unit standing for a syllable in a sound key (Unicode private use area, never typed by buyers). */
const SOUND_BASE = 0xe000;

/**
 * The text with each known Han character replaced by its syllable, so homophones compare equal:
 * soundKey("运废险") === soundKey("运费险"). Same length as the input.
 */
export function soundKey(text: string): string {
  const { ids } = getSyllableTable();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const id = syllableOf(ids, code);
    out += String.fromCharCode(id === 0 ? code : SOUND_BASE + id);
  }
  return out;
}
