// Per-code-unit text folding and character classes shared by the suggestion index and search.
// Folding never changes the length of a string, so every offset found in folded text is an offset into
// the buyer's original message (the UI highlights `text.slice(start, end)`).

export const KIND_SKIP = 0;
export const KIND_HAN = 1;
export const KIND_LATIN = 2;
export const KIND_DIGIT = 3;
export const KIND_OTHER = 4;

let foldTable: Uint16Array | undefined;
let kindTable: Uint8Array | undefined;

/** code unit -> folded code unit: full-width ASCII to half-width, upper to lower case, ideographic space to space. */
export function getFoldTable(): Uint16Array {
  if (foldTable) return foldTable;
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  for (let code = 0xff01; code <= 0xff5e; code++) table[code] = code - 0xfee0;
  table[0x3000] = 0x20;
  for (let code = 0; code < 0x10000; code++) {
    const folded = table[code]!;
    if (folded >= 0x41 && folded <= 0x5a) table[code] = folded + 0x20;
  }
  foldTable = table;
  return table;
}

/**
 * Class of each folded code unit. Punctuation, symbols and spaces are "skip" characters: matching steps over
 * them, so "发 货" and "发~货" still read as 发货. Surrogates (emoji) are "other" so emoji terms can match.
 */
export function getKindTable(): Uint8Array {
  if (kindTable) return kindTable;
  const table = new Uint8Array(0x10000);
  const skip = /[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\p{M}]/u;
  const han = /\p{Script=Han}/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) table[code] = KIND_OTHER;
    else if (code >= 0x61 && code <= 0x7a) table[code] = KIND_LATIN;
    else if (code >= 0x30 && code <= 0x39) table[code] = KIND_DIGIT;
    else {
      const char = String.fromCharCode(code);
      if (han.test(char)) table[code] = KIND_HAN;
      else if (skip.test(char) || /\s/.test(char)) table[code] = KIND_SKIP;
      else table[code] = KIND_OTHER;
    }
  }
  // Emoji variation selectors and the zero-width joiner are decoration, not content.
  table[0xfe0f] = KIND_SKIP;
  table[0x200d] = KIND_SKIP;
  kindTable = table;
  return table;
}

/** Folds a string and drops skip characters: the form terms are stored and compared in. */
export function compactText(text: string): string {
  const fold = getFoldTable();
  const kind = getKindTable();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = fold[text.charCodeAt(i)]!;
    if (kind[code] !== KIND_SKIP) out += String.fromCharCode(code);
  }
  return out;
}
