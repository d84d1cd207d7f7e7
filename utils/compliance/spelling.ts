// Variants of a rule word with risky characters spelled in Latin letters (the table is rule-file data:
// `spellings`, built-ins in rules/spelling.ts). Pure: the checker adds the variants as more patterns.
import { escapeRegExp } from '../regexp';

const HANZI = /[\u3400-\u9fff]/;
const NO_SOUNDS: ReadonlyMap<string, readonly string[]> = new Map();
/** Emoji typed for a whole word ("💯中奖", "领🧧"): kept only beside other characters of the word, as 💯 alone is decoration. */
// 🍠 (a sweet potato, 红薯) is what agents type for 小红书 ("🍠上搜我们"); its low surrogate is shared only with rare symbols.
// 💯% is 💯 with the sign that is read (normalize.ts): "白鹅绒💯% 一根鸭毛都没有".
export const SYMBOL_SPELLINGS: [word: string, symbol: string][] = [
  ['百分之百', '💯'], ['百分之一百', '💯'], ['百分百', '💯'], ['百分之百', '💯%'], ['百分百', '💯%'], ['红包', '🧧'], ['小红书', '🍠'],
];
/**
 * Symbols agents also type as decoration, at the end of any line ("三天见效💯", "宝子放心冲💯", "红包到账💯"): alone they
 * are never the word, not even for a rule whose words are read bare beside a near cue (spelledVariants), since the
 * cue may be the line's own claim or its rewording. Joined to the rest of a word they still are ("💯防水", "💯回头率"
 * through absolute.quan-ran's joined words, "💯% 一根都没有" with the sign). 🧧 and 🍠 alone stay words: nobody decorates
 * with them.
 */
const DECORATIONS = new Set(['💯']);

/**
 * Ranking and percentage words typed with a digit for a letter or a letter for a digit ("T0P1", "N0.1", "1OO%"):
 * normalize.ts folds each code unit alone, and 0 reads as O only beside these letters, so the swap is a variant of the
 * word. Pairs: written, typed.
 */
const LOOKALIKE_SPELLINGS: [word: string, lookalike: string][] = [['top', 't0p'], ['no1', 'n01'], ['100%', '1oo%'], ['100%', '1o0%'], ['100%', '10o%']];
/** Any word of SYMBOL_SPELLINGS or LOOKALIKE_SPELLINGS: most words hold none, and one search rules out all. */
const SYMBOL_OR_LOOKALIKE = new RegExp([...SYMBOL_SPELLINGS, ...LOOKALIKE_SPELLINGS].map(([word]) => escapeRegExp(word)).join('|'));

/**
 * The longest word (in characters) also written wholly in pinyin. Agents type a word that way ("zui di jia", "bu xue",
 * "quan wang zui di"), not a phrase: the rule files' longer entries (a negation with its clause, "不是我们的问题", a
 * claim with its context) wholly in toneless pinyin change no finding on the labelled drafts, and as patterns they
 * were a quarter of the automaton's Latin letters. Four-character words do change findings (a cap of three loses some).
 */
const WHOLE_PINYIN_CHARS = 4;

/**
 * The word with one spelled character at a time replaced by each of its spellings, and with all of them replaced
 * (first spelling each) when there are two or more. A variant left without any hanzi is kept only when two or more
 * syllables were spelled ("zuihao", "weixin"), or when `bare` (the rule needs a near cue as well, as "最" does
 * "全网") and the syllable has three letters or more: "zui" next to 全网 is a claim, "AI" next to 降噪 is not.
 * Characters with only a `sounds` entry are spelled one at a time (a recurring one also at every copy at once), and
 * only while a hanzi of the word is left.
 * A word of two to WHOLE_PINYIN_CHARS characters holding a risky one is also written wholly in pinyin (see there).
 */
export function spelledVariants(
  word: string,
  spellings: ReadonlyMap<string, readonly string[]>,
  bare = false,
  sounds: ReadonlyMap<string, readonly string[]> = NO_SOUNDS,
): string[] {
  const variants: string[] = [];
  addSpelledVariants(variants, word, spellings, bare, sounds);
  return variants;
}

/**
 * Appends spelledVariants(word, …) to `out`, each once, in the same order. A compile makes a quarter of a million
 * variants: most are the word's text around one character written another way (withCharAs), whether one keeps a hanzi
 * is counted (hanziLeft) rather than searched for, and the few variants of a word are kept apart by a search of those
 * made so far rather than in a set.
 */
function addSpelledVariants(
  out: string[],
  word: string,
  spellings: ReadonlyMap<string, readonly string[]>,
  bare: boolean,
  sounds: ReadonlyMap<string, readonly string[]>,
): void {
  const from = out.length;
  if (SYMBOL_OR_LOOKALIKE.test(word)) addSymbolVariants(out, word, bare);
  const chars = [...word];
  const starts = charStarts(word, chars);
  const hanzi = hanziChars(chars);
  const spellingsOf = codeIndexOf(spellings);
  const soundsOf = codeIndexOf(sounds);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const heard = spellingsOf(char) ? undefined : soundsOf(char);
    if (heard === undefined) continue;
    // A character said twice is spelled twice ("爱mai不mai" for 爱买不买): from its first copy, every copy at once.
    const firstOfSeveral = chars.indexOf(char) === i && chars.lastIndexOf(char) !== i;
    for (const spelling of heard) {
      if (hanziLeft(hanzi, char, spelling)) pushNew(out, from, withCharAs(word, starts, i, spelling));
      if (firstOfSeveral) addEveryCopy(out, from, chars, char, spelling);
    }
  }
  let spelled = 0;
  for (let i = 0; i < chars.length; i++) {
    const spelledAs = spellingsOf(chars[i]!);
    if (spelledAs === undefined) continue;
    spelled++;
    for (const spelling of spelledAs) {
      const variant = withCharAs(word, starts, i, spelling);
      if (hanziLeft(hanzi, chars[i]!, spelling) || (bare && variant.length >= 3)) pushNew(out, from, variant);
    }
  }
  if (spelled > 0) addSpelledTogether(out, from, chars, spelled, spellingsOf, soundsOf);
}

/** A table of spellings or sounds by character. */
type CharTable = (char: string) => readonly string[] | undefined;
const charTables = new WeakMap<ReadonlyMap<string, readonly string[]>, CharTable>();

/**
 * `table.get` for the characters of words: a one-code-unit character (nearly all) is looked up by its code in an
 * array made once per table, not hashed as a string made for it; others in the table itself.
 */
function codeIndexOf(table: ReadonlyMap<string, readonly string[]>): CharTable {
  let lookup = charTables.get(table);
  if (lookup) return lookup;
  const lists: (readonly string[])[] = [[]];
  const listOf = new Uint16Array(0x10000);
  for (const [char, list] of table) {
    if (char.length !== 1) continue;
    listOf[char.charCodeAt(0)] = lists.length;
    lists.push(list);
  }
  if (lists.length > 0xffff) lookup = (char) => table.get(char);
  else lookup = (char) => (char.length === 1 ? (listOf[char.charCodeAt(0)] === 0 ? undefined : lists[listOf[char.charCodeAt(0)]!]) : table.get(char));
  charTables.set(table, lookup);
  return lookup;
}

/**
 * The variants of SYMBOL_SPELLINGS and LOOKALIKE_SPELLINGS (the few words that hold one), appended as spelledVariants
 * makes them. The rarer kinds of variant are made in functions of their own: the engine optimises the common path of
 * addSpelledVariants without them, and undoes that less often.
 */
function addSymbolVariants(out: string[], word: string, bare: boolean): void {
  const from = out.length;
  for (const [written, symbol] of SYMBOL_SPELLINGS) {
    if (!word.includes(written)) continue;
    const variant = word.replace(written, symbol);
    const alone = variant.replace(symbol, '').length === 0;
    if (!alone || (bare && !DECORATIONS.has(variant))) pushNew(out, from, variant);
  }
  for (const [written, lookalike] of LOOKALIKE_SPELLINGS) if (word.includes(written)) pushNew(out, from, word.replace(written, lookalike));
}

/** The variant with every copy of a recurring `char` written as `spelling`, while a hanzi is left. */
function addEveryCopy(out: string[], from: number, chars: readonly string[], char: string, spelling: string): void {
  const everyCopy = chars.map((other) => (other === char ? spelling : other)).join('');
  if (HANZI.test(everyCopy)) pushNew(out, from, everyCopy);
}

/**
 * spelledVariants' variants with several characters spelled at once (after those with one), for a word with `spelled`
 * risky characters (one or more). Each spells two syllables or more, so each is kept.
 */
function addSpelledTogether(out: string[], from: number, chars: readonly string[], spelled: number, spellings: CharTable, sounds: CharTable): void {
  const first = (char: string) => spellings(char)?.[0];
  if (spelled >= 2) pushNew(out, from, chars.map((char) => first(char) ?? char).join(''));
  // A run of two or more risky characters spelled together, the rest of the word left in hanzi ("明天yi ding到",
  // "yi jing发了"), and one risky character spelled wherever it recurs ("bao退bao换"): the way agents type a phrase,
  // not one syllable at a time nor the whole word. A run or a recurring character that is every risky character of
  // the word is the variant with all of them spelled, made above.
  for (let i = 0; i < chars.length; ) {
    let end = i;
    while (end < chars.length && spellings(chars[end]!)) end++;
    if (end - i >= 2 && end - i < spelled) pushNew(out, from, chars.map((char, k) => (k >= i && k < end ? first(char)! : char)).join(''));
    i = Math.max(end, i + 1);
  }
  // Each risky character once, in the order of its first copy.
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (!spellings(char) || chars.indexOf(char) !== i) continue;
    let count = 0;
    for (const other of chars) if (other === char) count++;
    if (count >= 2 && count < spelled) pushNew(out, from, chars.map((other) => (other === char ? first(other)! : other)).join(''));
  }
  // The whole word in pinyin ("zui di jia", "bu xue"): every character spelled, the risky ones by their spelling and
  // the others by their sound. Only for a word of two characters or more with a risky one in it, so a lone name
  // ("Xuan 先生") still reads as Latin text, and of at most WHOLE_PINYIN_CHARS.
  if (chars.length >= 2 && chars.length <= WHOLE_PINYIN_CHARS && chars.every((char) => spellings(char) || sounds(char))) {
    pushNew(out, from, chars.map((char) => first(char) ?? sounds(char)![0]!).join(''));
  }
}

/** Appends `variant` to `out` unless out[from …] holds it already. */
function pushNew(out: string[], from: number, variant: string): void {
  if (out.indexOf(variant, from) < 0) out.push(variant);
}

/**
 * Where each of `chars` (a word's characters, as [...word]) starts in the word, and the word's length last; undefined
 * when every character is one code unit (most words), character i starting at i.
 */
function charStarts(word: string, chars: readonly string[]): number[] | undefined {
  if (chars.length === word.length) return undefined;
  const starts = [0];
  for (let i = 0; i < chars.length; i++) starts.push(starts[i]! + chars[i]!.length);
  return starts;
}

/** The word with its character i (see charStarts) written as `spelling`. */
function withCharAs(word: string, starts: number[] | undefined, i: number, spelling: string): string {
  return starts ? word.slice(0, starts[i]) + spelling + word.slice(starts[i + 1]) : word.slice(0, i) + spelling + word.slice(i + 1);
}

/** HANZI.test(char) of one character: a hanzi is one code unit. */
const isHanziChar = (char: string) => char.length === 1 && char.charCodeAt(0) >= 0x3400 && char.charCodeAt(0) <= 0x9fff;

/** How many of `chars` are hanzi (HANZI: one code unit each). */
function hanziChars(chars: readonly string[]): number {
  let count = 0;
  for (const char of chars) if (isHanziChar(char)) count++;
  return count;
}

/** Whether a word of `hanzi` hanzi still holds one with its character `char` written as `spelling` (HANZI.test of withCharAs). */
function hanziLeft(hanzi: number, char: string, spelling: string): boolean {
  return hanzi - (isHanziChar(char) ? 1 : 0) > 0 || HANZI.test(spelling);
}

/**
 * Dialect words read as the Mandarin word the rules hold. Shanghainese 阿拉 for 我们 ("阿拉店里最好" is 我们店里最好):
 * normalize.ts folds one code unit into one, and 阿 and 拉 alone are Mandarin (阿拉伯, 阿拉斯加, 拉黑), so the dialect word
 * is a variant of each rule word that holds the Mandarin one: 阿拉伯 never matches a word written with 我们. Shaanxi
 * 额 for 我 ("有事找额", "加额微信", "额给你包邮"): Mandarin writes 额 in compounds (金额, 额外), so its variants hold only
 * where no compound is made at the edge of the match (DIALECT_COMPOUNDS); 我们 is left to 阿拉 (notBefore: 们), which keeps
 * the variants few. South-western speech (湖北, 四川, 湖南): 么子 and 么斯 for 什么 ("冇得么子大师代言" reads 没有什么大师代言),
 * 么样 for 怎么样, 晓得 for 知道, 别个 for 别人 ("你问别个去"), 莫 for the 别 that forbids ("莫信", "莫赖东西") but not the 别 of
 * 别人 / 别家 / 别的 (莫家 is a surname), and 冇得 for 没有 (冇 folds to 没, so the variant is 没得) but not before 说 / 比 / 挑 /
 * 选 / 商 / 救: 没得说, 没得比 and 没得挑 praise ("质量没得说"), they deny nothing. Mandarin does not write these forms for
 * anything else (莫代尔, 莫兰迪 hold no 别 word). Entries: Mandarin, dialect, and the characters after the Mandarin word
 * that keep it as it is. Each entry makes its own variant, so a word holding two of them ("没有什么") gets one per entry, not
 * their product: the cues that need both are written with one of them ("没得什么").
 */
const DIALECT_WORDS: [mandarin: string, dialect: string, notBefore?: string][] = [
  ['我们', '阿拉'],
  ['我', '额', '们'],
  ['什么', '么子'],
  ['什么', '么斯'],
  ['什么', '甚物'],
  ['怎么样', '么样'],
  ['知道', '晓得'],
  ['别人', '别个'],
  ['别', '莫', '人家的个处店样款针墅名致扭称'],
  ['没有', '没得', '说比挑选商救'],
  ['没有', '冒得', '说比挑选商救'],
  ['是', '系'],
  ['吃', '食'],
  ['还没', '仲未'],
  ['还没', '仲没'],
  ['不用', '不使'],
  ['搞定', '搞掂'],
  ['这么', '咁'],
  ['干什么', '嘎哈'],
  ['干啥', '嘎哈'],
  ['自己', '自个儿'],
];

/**
 * One-character dialect words Mandarin also writes, each with the characters that make a Mandarin compound of it on
 * either side: 全额 金额 余额 名额 大额 限额 总额 …, 额外 额度 额定 额头. A match starting or ending with the character
 * (a rule word's dialect variant: "找额", "额寄") holds only where the text beside that end is none of these, nor a
 * Latin letter (a compound half spelled: "quan额退", "da额券"). The checker reads them as match edges.
 */
export const DIALECT_COMPOUNDS: Readonly<Record<string, string>> = {
  额: '金全余名前大小高巨超限总数面差份配定满增减税欠缺足溢款价票账免' + '外度头角',
  系: '关联体派直星院学科语父母旁谱世水根维菜嫡牵' + '统列数带',
  食: '饮零主美粮伙膳甜熟生素肉副节暴挑偏进绝觅面' + '用品物材欲谱堂疗量补盐客道管指',
  冒: '感假仿' + '充牌险名昧',
};

/** The word with each Mandarin word of DIALECT_WORDS it holds written in dialect (none when it holds none). */
export function dialectVariants(word: string): string[] {
  const variants: string[] = [];
  if (!DIALECT_FIRSTS.test(word)) return variants;
  for (const { mandarin, pattern, dialect } of DIALECT_PATTERNS) {
    // Most words hold none of the Mandarin words: a search is cheaper than a replace.
    if (!word.includes(mandarin)) continue;
    const variant = word.replace(pattern, dialect);
    if (variant !== word && !variants.includes(variant)) variants.push(variant);
  }
  return variants;
}

/** DIALECT_WORDS with each Mandarin word's pattern made once: a compile reads forty thousand words. */
const DIALECT_PATTERNS = DIALECT_WORDS.map(([mandarin, dialect, notBefore]) => ({
  mandarin,
  pattern: new RegExp(mandarin + (notBefore ? `(?![${notBefore}])` : ''), 'g'),
  dialect,
}));
/** The first characters of the Mandarin words: one search rules out most words before twenty. */
const DIALECT_FIRSTS = new RegExp(`[${[...new Set(DIALECT_WORDS.map(([mandarin]) => mandarin[0]))].join('')}]`);

const NUMERAL_DIGITS = '零一二两三四五六七八九';
const NUMBER_WORDS = /[十百两]/;
/** A Chinese number up to 999: hundreds, tens and units ("二十", "十五", "一百零八", "两百"). */
const CHINESE_NUMBER = /^(?:([一二两三四五六七八九])百)?(零)?(?:([一二两三四五六七八九])?十)?([一二两三四五六七八九])?$/;

/**
 * Numbers in a word written the other ways agents type them: "十年" as 10年 and 拾年, "二十年" as 20年 and 贰拾年 (贰 folds
 * to 2 as 二 does), "两年" as 2年 (and so 二年, 贰年). normalize.ts folds single digits one code unit for one (五 伍 ⑤ → 5),
 * but 十 and 10 differ in length and 拾, 佰 are Mandarin too (收拾, 拾取), so these are variants of the word. Only
 * numbers with 十, 百 or 两: other digits fold already. A count after 几 or before 几 ("几十块", "十几天") is no number.
 */
export function numeralVariants(word: string): string[] {
  // Only a run holding 十, 百 or 两 makes a variant (below): most words hold none.
  if (!NUMBER_WORDS.test(word)) return [];
  const variants = new Set<string>();
  for (const run of word.matchAll(/[零一二两三四五六七八九十百]+/g)) {
    const written = run[0];
    const before = word[run.index - 1];
    const after = word[run.index + written.length];
    // The number alone is no word to vary ("两" as a unit after a count); 几十, 十几 are no numbers.
    if (!/[十百两]/.test(written) || written === word || before === '几' || before === '数' || after === '几') continue;
    const parts = CHINESE_NUMBER.exec(written);
    // A bare 百 is 百分百, 百度, 百搭: no count.
    if (!parts || (written.includes('百') && !parts[1]) || (parts[2] && (!parts[1] || parts[3] || !parts[4]))) continue;
    const digit = (char: string | undefined) => (char ? NUMERAL_DIGITS.indexOf(char) - (NUMERAL_DIGITS.indexOf(char) > 2 ? 1 : 0) : 0);
    const tens = written.includes('十') ? (parts[3] ? digit(parts[3]) : 1) : 0;
    // 一百五, 二百五: a digit right after the hundreds counts tens.
    const units = parts[1] && !parts[2] && !written.includes('十') ? digit(parts[4]) * 10 : digit(parts[4]);
    const value = digit(parts[1]) * 100 + tens * 10 + units;
    const at = (replacement: string) => word.slice(0, run.index) + replacement + word.slice(run.index + written.length);
    variants.add(at(String(value)));
    if (/[十百]/.test(written)) variants.add(at(written.replace(/十/g, '拾').replace(/百/g, '佰').replace(/两/g, '二')));
  }
  return [...variants];
}

/** Latin spellings of risky hanzi and the sounds of the others (the rule files' `spellings` and `sounds`, merged). */
export interface SpellingTables {
  spellings: ReadonlyMap<string, readonly string[]>;
  sounds: ReadonlyMap<string, readonly string[]>;
}

/**
 * The ways a listed word is written: the word and its numbers written the other ways (numeralVariants), each with its
 * spelled variants when `tables` is given (`bare` as in spelledVariants), then its dialect variants and their numbers.
 * The checker's patterns and its one-word replies both read these. A dialect form is not spelled again: 阿拉 is how a
 * writer talks, a spelled character how one dodges a filter, and the two games together ("阿拉zui好") change no
 * finding on the labelled drafts while they made 5,085 patterns.
 */
export function writtenForms(word: string, tables: SpellingTables | undefined, bare = false): string[] {
  const forms: string[] = [];
  for (const form of [word, ...numeralVariants(word)]) {
    forms.push(form);
    if (tables) addSpelledVariants(forms, form, tables.spellings, bare, tables.sounds);
  }
  const dialect = dialectVariants(word);
  forms.push(...dialect);
  for (const form of dialect) forms.push(...numeralVariants(form));
  return forms;
}
