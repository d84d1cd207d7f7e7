// Variants of a rule word with risky characters spelled in Latin letters (the table is rule-file data:
// `spellings`, built-ins in rules/spelling.ts). Pure: the checker adds the variants as more patterns.

const HANZI = /[\u3400-\u9fff]/;
const NO_SOUNDS: ReadonlyMap<string, readonly string[]> = new Map();
/** Emoji typed for a whole word ("💯中奖", "领🧧"): kept only beside other characters of the word, as 💯 alone is decoration. */
// 🍠 (a sweet potato, 红薯) is what agents type for 小红书 ("🍠上搜我们"); its low surrogate is shared only with rare symbols.
// 💯% is 💯 with the sign that is read (normalize.ts): "白鹅绒💯% 一根鸭毛都没有".
export const SYMBOL_SPELLINGS: [word: string, symbol: string][] = [
  ['百分之百', '💯'], ['百分之一百', '💯'], ['百分百', '💯'], ['百分之百', '💯%'], ['百分百', '💯%'], ['红包', '🧧'], ['小红书', '🍠'],
];

/**
 * Ranking and percentage words typed with a digit for a letter or a letter for a digit ("T0P1", "N0.1", "1OO%"):
 * normalize.ts folds each code unit alone, and 0 reads as O only beside these letters, so the swap is a variant of the
 * word. Pairs: written, typed.
 */
const LOOKALIKE_SPELLINGS: [word: string, lookalike: string][] = [['top', 't0p'], ['no1', 'n01'], ['100%', '1oo%'], ['100%', '1o0%'], ['100%', '10o%']];

/**
 * The word with one spelled character at a time replaced by each of its spellings, and with all of them replaced
 * (first spelling each) when there are two or more. A variant left without any hanzi is kept only when two or more
 * syllables were spelled ("zuihao", "weixin"), or when `bare` (the rule needs a near cue as well, as "最" does
 * "全网") and the syllable has three letters or more: "zui" next to 全网 is a claim, "AI" next to 降噪 is not.
 * Characters with only a `sounds` entry are spelled one at a time, and only while a hanzi of the word is left.
 */
export function spelledVariants(
  word: string,
  spellings: ReadonlyMap<string, readonly string[]>,
  bare = false,
  sounds: ReadonlyMap<string, readonly string[]> = NO_SOUNDS,
): string[] {
  const variants = new Set<string>();
  for (const [written, symbol] of SYMBOL_SPELLINGS) {
    const variant = word.replace(written, symbol);
    if (variant !== word && (bare || variant.replace(symbol, '').length > 0)) variants.add(variant);
  }
  for (const [written, lookalike] of LOOKALIKE_SPELLINGS) if (word.includes(written)) variants.add(word.replace(written, lookalike));
  const chars = [...word];
  const replaced = (i: number, spelling: string) => chars.map((char, k) => (k === i ? spelling : char)).join('');
  chars.forEach((char, i) => {
    const heard = spellings.has(char) ? undefined : sounds.get(char);
    for (const spelling of heard ?? []) {
      const variant = replaced(i, spelling);
      if (HANZI.test(variant)) variants.add(variant);
    }
  });
  const spelled = chars.flatMap((char, i) => (spellings.has(char) ? [i] : []));
  if (spelled.length === 0) return [...variants];
  const keep = (variant: string, syllables: number) => {
    if (syllables >= 2 || HANZI.test(variant) || (bare && variant.length >= 3)) variants.add(variant);
  };
  for (const i of spelled) {
    for (const spelling of spellings.get(chars[i]!)!) keep(replaced(i, spelling), 1);
  }
  if (spelled.length >= 2) keep(chars.map((char) => spellings.get(char)?.[0] ?? char).join(''), spelled.length);
  return [...variants];
}
