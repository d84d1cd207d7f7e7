// Offset-preserving normalisation: every UTF-16 code unit folds to exactly one code unit, so an index
// into the folded text is an index into the original. Folding covers full-width forms, case,
// traditional → simplified, digit forms (一二三, 壹贰叁, ①⑴❶, ０-９) and a class per code unit that says
// whether it is part of a word, ignorable between the characters of a word, or a sentence break.
import { SYMBOL_SPELLINGS } from './spelling';
import { T2S_DIGITS, T2S_FROM_GAPS, T2S_LAST_DIGITS, T2S_PAIRS, T2S_TO_GAPS } from './t2s-table';

/** Character classes of a folded code unit. */
export const WORD = 0;
/** Ignorable between the characters of a word: spaces, punctuation, symbols, emoji, zero-width, selectors. */
export const SKIP = 1;
/** Ends a sentence: no word and no cue reaches across it. */
export const BREAK = 2;
/** Ends a clause (，、): no word reaches across it ("茶包每次一包，用开水" holds no 包用); cues of a rule still may. */
export const CLAUSE = 3;

let foldTable: Uint16Array | undefined;
let classTable: Uint8Array | undefined;

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 幺: 1, 壹: 1, 二: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/** Runs of enclosed digits: [first code unit, digit of the first, count]. */
const ENCLOSED_DIGIT_RUNS: [number, number, number][] = [
  [0x2460, 1, 9], // ①-⑨
  [0x2474, 1, 9], // ⑴-⑼
  [0x2488, 1, 9], // ⒈-⒐
  [0x24ea, 0, 1], // ⓪
  [0x24f5, 1, 9], // ⓵-⓽
  [0x24ff, 0, 1], // ⓿
  [0x2776, 1, 9], // ❶-❾
  [0x2780, 1, 9], // ➀-➈
  [0x278a, 1, 9], // ➊-➒
  [0x3220, 1, 9], // ㈠-㈨
  [0x3280, 1, 9], // ㊀-㊈
];

/** Symbol, punctuation, emoji and invisible ranges that are skipped between the characters of a word ("返 ￥3" reads 返3). */
const SKIP_RANGES: [number, number][] = [
  [0x0000, 0x002f], [0x003a, 0x0040], [0x005b, 0x0060], [0x007b, 0x00bf], [0x00d7, 0x00d7], [0x00f7, 0x00f7],
  [0x02b0, 0x036f], [0x2000, 0x2bff], [0x2e00, 0x2e7f], [0x3000, 0x303f], [0x3099, 0x309c], [0x30fb, 0x30fb],
  [0x3200, 0x33ff], [0xd83c, 0xd83e], [0xdc00, 0xdfff], [0xe000, 0xf8ff], [0xfe00, 0xfe6f], [0xff61, 0xff65], [0xffe0, 0xffee],
  [0xfff0, 0xffff],
];

const BREAK_CHARS = '\n\r!?;。\u2028\u2029';

/**
 * Dialect words of one character that Mandarin text does not use (so the fold makes no false reading in ordinary text),
 * read as the Mandarin word the rules know. Cantonese: 揾 and 搵 找 ("直接揾我"), 攞 拿 ("攞过金奖"), 嗰 那 ("嗰啲"), 啲 些
 * ("平啲" 便宜些), 咩 and 乜 啥 ("有咩问题", "做乜", "你瞎咩" asked as "你瞎啥"). Shanghainese: 侬 你, 覅 别 ("覅来烦阿拉"),
 * 伐 不 — both its uses read right as 不: the negation ("伐满意也退" 不满意也退, "看伐懂") and the question ("烦伐烦"
 * 烦不烦, "能到伐" 能到不); Mandarin's 伐 (步伐 砍伐) never stands next to a claim. Northern 俺 我 ("加俺好友", "打俺支付宝")
 * and Henan 恁 你 ("返恁五块"; its other sense, 那么, reads on: "恁多事" is the insult 你多事). Not folded, as Mandarin uses them:
 * 係/系 (关系 联系; the rules hold 系 forms), 咪 (both 别 and 是不是), 食 饮 靓 平 (食品 饮料 靓丽 平整), 莫 (莫代尔), 额 (金额).
 */
const DIALECT_READ_AS = '揾找 搵找 攞拿 嗰那 啲些 咩啥 乜啥 侬你 覅别 伐不 俺我 恁你';

/**
 * Characters read as another (spelling games and dialect): Cantonese particles as their Mandarin words (唔會 → 不会,
 * 冇 → 没, 我哋 → 我们, 轉俾我 → 转给我, 喺店舖 → 在店铺, 嚟 → 来), rare homophones of 微 (溦信) and of 最 (蕞好吃: 蕞 is
 * met only in 蕞尔), stars as 星 ("五⭐返现"), ✚ as 加 and the lookalikes of Latin letters used to spell TOP (丅○P), then
 * the dialect words above. Pairs: written, read as.
 */
const READ_AS = '唔不 咗了 嘅的 冇没 睇看 佢他 哋们 俾给 畀给 喺在 嚟来 溦微 嶶微 蕞最 ⭐星 ★星 ✚加 丅T ○O ' + DIALECT_READ_AS;
/**
 * Emoji outside the BMP read by their low surrogate (the high one is skipped): 💰💴💵💸 as 钱, 🐧 as Q (the QQ
 * penguin: "加🐧"), 🐟 as 鱼 ("闲🐟"), 🐷 as 猪 ("你🐷吧"), 🎵🎶 as 音 (the app's note: "抖🎵搜一下"). 🌟 stays a decoration ("好🌟评🌟返🌟现" spaces a word
 * out), ⭐ and ★ rate ("五⭐"); hearts stay decorations too ("薇❤号"). The fold sees the low surrogate only: 🈶 is not
 * read as 有, since its low surrogate is also that of 😶, a face agents put between characters.
 */
const LOW_SURROGATE_READ_AS: [number, string][] = [
  [0xdcb0, '钱'], [0xdcb4, '钱'], [0xdcb5, '钱'], [0xdcb8, '钱'], [0xdc27, 'q'], [0xdc1f, '鱼'], [0xdc37, '猪'],
  [0xdfb5, '音'], [0xdfb6, '音'],
];
/**
 * Symbols that stand for a word and so are not skipped: "∞ 年质保", % (百分之: "100%包退" is not the price "100包邮"),
 * and the emoji rule words are spelled with (spelling.ts: 💯 百分百, 🧧 红包, "带图评价发🧧"), by their low surrogates.
 */
const SYMBOL_WORDS = ['∞', '%', '％', ...SYMBOL_SPELLINGS.map(([, symbol]) => symbol.slice(-1))];
/**
 * Greek, Cyrillic and Roman-numeral letters drawn like Latin ones, typed to spell a word past a filter ("最 tοp" with a
 * Greek omicron, "vх" with a Cyrillic х): read as the Latin letter. Only unmistakable lookalikes; α β μ Δ Ω stay, as
 * spec sheets use them (α-熊果苷, ΔE). Pairs: written, read as.
 */
const LATIN_LOOKALIKES =
  'οo ΟO νv ιi ΙI κk ΚK ρp ΡP τt ΤT υu χx ΧX ΑA ΒB ΕE ΖZ ΗH ΜM ΝN ΥY ' +
  'аa еe оo рp сc уy хx іi јj ѕs ԛq ԝw АA ВB ЕE КK МM НH ОO РP СC ТT ХX ' +
  'ⅰi ⅴv ⅹx ⅼl ⅽc ⅾd ⅿm ⅠI ⅤV ⅩX ⅬL ⅭC ⅮD ⅯM';
/** Pinyin with tone marks reads as plain letters ("hǎo评"); ü as v, as agents type it. */
const TONE_MARKS: [string, string][] = [['āáǎà', 'a'], ['ēéěè', 'e'], ['īíǐì', 'i'], ['ōóǒò', 'o'], ['ūúǔù', 'u'], ['üǖǘǚǜ', 'v'], ['ńňǹ', 'n']];

/**
 * Blocks of characters drawn like a hanzi but encoded apart: Kangxi radicals and the radicals supplement ("你自⼰不会看",
 * ⼰ U+2F30 for 己), kanbun and circled ideographs (㊣品), compatibility ideographs (U+F900–U+FAFF).
 */
const LOOKALIKE_IDEOGRAPH_BLOCKS: [number, number][] = [[0x2e80, 0x2fdf], [0x3000, 0x33ff], [0xf900, 0xfaff]];

/** Folds each lookalike to the hanzi Unicode's compatibility mapping (NFKC) gives it; characters folded already keep theirs. */
function foldLookalikeIdeographs(fold: Uint16Array): void {
  for (const [from, to] of LOOKALIKE_IDEOGRAPH_BLOCKS) {
    for (let code = from; code <= to; code++) {
      if (fold[code] !== code) continue;
      const compatible = String.fromCharCode(code).normalize('NFKC');
      const hanzi = compatible.charCodeAt(0);
      if (compatible.length === 1 && hanzi >= 0x3400 && hanzi <= 0x9fff) fold[code] = hanzi;
    }
  }
}

/** Visits the single-character traditional → simplified pairs of t2s-table.ts (code units), traditional ascending. */
export function forEachT2S(visit: (traditional: number, simplified: number) => void): void {
  const digitOf = new Uint8Array(128);
  for (let digit = 0; digit < T2S_DIGITS.length; digit++) digitOf[T2S_DIGITS.charCodeAt(digit)] = digit;
  const higherBase = T2S_DIGITS.length - T2S_LAST_DIGITS;
  // Both lists in one pass, no arrays in between: this is part of a page's first compile step, and runs cold.
  const gapReader = (written: string) => {
    let at = 0;
    return () => {
      let higher = 0;
      let digit = digitOf[written.charCodeAt(at++)]!;
      for (; digit >= T2S_LAST_DIGITS; digit = digitOf[written.charCodeAt(at++)]!) {
        higher = higher * higherBase + digit - T2S_LAST_DIGITS + 1;
      }
      return higher * T2S_LAST_DIGITS + digit;
    };
  };
  const nextTraditionalGap = gapReader(T2S_FROM_GAPS);
  const nextSimplifiedGap = gapReader(T2S_TO_GAPS);
  let traditional = 0;
  let simplified = 0;
  for (let pair = 0; pair < T2S_PAIRS; pair++) {
    const zigzag = nextSimplifiedGap();
    traditional += nextTraditionalGap();
    simplified += zigzag % 2 === 1 ? -(zigzag + 1) / 2 : zigzag / 2;
    visit(traditional, simplified);
  }
}

function buildTables(): void {
  const fold = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) fold[code] = code;
  forEachT2S((traditional, simplified) => (fold[traditional] = simplified));
  // Full-width ASCII, ideographic space and the half-width ideographic full stop.
  for (let code = 0xff01; code <= 0xff5e; code++) fold[code] = code - 0xfee0;
  fold[0x3000] = 0x20;
  fold[0xff61] = 0x3002;
  for (const [glyph, digit] of Object.entries(CHINESE_DIGITS)) fold[glyph.charCodeAt(0)] = 0x30 + digit;
  foldLookalikeIdeographs(fold);
  for (const [first, digit, count] of ENCLOSED_DIGIT_RUNS) {
    for (let k = 0; k < count; k++) fold[first + k] = 0x30 + digit + k;
  }
  // Circled letters Ⓐ-Ⓩ ⓐ-ⓩ; "+" and "➕" read as 加 ("+V", "➕微").
  for (let k = 0; k < 26; k++) {
    fold[0x24b6 + k] = 0x61 + k;
    fold[0x24d0 + k] = 0x61 + k;
  }
  fold[0x2b] = 0x52a0;
  fold[0x2795] = 0x52a0;
  for (let i = 0; i < READ_AS.length; i += 3) fold[READ_AS.charCodeAt(i)] = READ_AS.charCodeAt(i + 1);
  for (let i = 0; i < LATIN_LOOKALIKES.length; i += 3) fold[LATIN_LOOKALIKES.charCodeAt(i)] = LATIN_LOOKALIKES.charCodeAt(i + 1);
  for (const [low, char] of LOW_SURROGATE_READ_AS) fold[low] = char.charCodeAt(0);
  for (const [marked, letter] of TONE_MARKS) for (const char of marked) fold[char.charCodeAt(0)] = letter.charCodeAt(0);
  // Traditional digits fold through t2s first (貳 → 贰 → 2), then case.
  for (let code = 0; code < 0x10000; code++) {
    let folded = fold[code]!;
    if (folded !== code) folded = fold[folded]!;
    if (folded >= 0x41 && folded <= 0x5a) folded += 0x20;
    fold[code] = folded;
  }

  const classes = new Uint8Array(0x10000);
  for (const [from, to] of SKIP_RANGES) classes.fill(SKIP, from, to + 1);
  for (let code = 0; code < 0x10000; code++) {
    if (fold[code] !== code) classes[code] = WORD;
  }
  for (let code = 0; code < 0x10000; code++) {
    const folded = fold[code]!;
    if (folded !== code) classes[code] = classes[folded]!;
  }
  for (const symbol of SYMBOL_WORDS) classes[symbol.charCodeAt(0)] = WORD;
  for (const char of BREAK_CHARS) classes[char.charCodeAt(0)] = BREAK;
  for (const char of '！？；｡') classes[char.charCodeAt(0)] = BREAK;
  for (const char of ',，、､﹐﹑') classes[char.charCodeAt(0)] = CLAUSE;
  foldTable = fold;
  classTable = classes;
}

/** Code unit → folded code unit (built once, on first use: about a millisecond). */
export function foldTableOf(): Uint16Array {
  if (!foldTable) buildTables();
  return foldTable!;
}

/** Code unit → WORD, SKIP, BREAK or CLAUSE. */
export function classTableOf(): Uint8Array {
  if (!classTable) buildTables();
  return classTable!;
}

/**
 * Dialect characters outside the BMP, read as the Mandarin word the rules know. The fold table goes code unit by code
 * unit and reads a low surrogate alone (LOW_SURROGATE_READ_AS), so a character here would share its reading with every
 * emoji of the same low surrogate (𠀾's is 🐾's): the pair is read whole instead, its high surrogate written as the
 * Mandarin character and its low one left to be skipped, so offsets carry over. Teochew 𠀾 and Hokkien 𣍐 (boi / bē,
 * 不会 and 不能: "茶𠀾治鼻子", "做𠀾到", "我𠀾敢打包票") read as 不, the negation the rules' scopes look for; a claim
 * written with them stays one ("一定𠀾会令您过敏" reads 一定不会令您过敏).
 */
const ASTRAL_READ_AS: readonly [written: string, readAs: string][] = [['𠀾', '不'], ['𣍐', '不']];
const ASTRAL_DIALECT = new RegExp(ASTRAL_READ_AS.map(([written]) => written).join('|'), 'gu');
const ASTRAL_READING = new Map(ASTRAL_READ_AS.map(([written, readAs]) => [written, readAs + written.slice(1)]));

/** The text with each ASTRAL_READ_AS character read as its Mandarin word (the same string when it holds none). */
export function readAstralDialect(text: string): string {
  // Both are CJK Extension B, high surrogates D840 and D84C: most texts hold neither, and skip the replace.
  if (text.indexOf('\uD840') < 0 && text.indexOf('\uD84C') < 0) return text;
  return text.replace(ASTRAL_DIALECT, (written) => ASTRAL_READING.get(written)!);
}

/** Folds a string code unit by code unit; the result has the same length, so offsets carry over. */
export function foldText(text: string): string {
  const fold = foldTableOf();
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = fold[text.charCodeAt(i)]!;
  let out = '';
  // fromCharCode takes the units as arguments: chunk to stay under engines' argument limits.
  for (let i = 0; i < units.length; i += 8192) {
    out += String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]);
  }
  return out;
}

/** Folds a rule word and drops what the scanner skips, giving the code units the automaton matches. */
export function wordKey(word: string): string {
  const fold = foldTableOf();
  const classes = classTableOf();
  let key = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (classes[code] === WORD) key += String.fromCharCode(fold[code]!);
  }
  return key;
}

export function isAsciiLetter(folded: number): boolean {
  return folded >= 0x61 && folded <= 0x7a;
}

export function isAsciiDigit(folded: number): boolean {
  return folded >= 0x30 && folded <= 0x39;
}

/** Marks the matcher skips between a word's characters but a reader takes as the end of a sentence: ～, ~ and …. */
const TRAILING_MARKS = new Set([0xff5e, 0x7e, 0x2026]);
const isWideHanzi = (code: number) => code >= 0x3400 && code <= 0x9fff;
const isBlank = (code: number) => code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0;

/**
 * Whether text[i] ends a reader's sentence, for the words a one-click fix replaces (fit.ts): one of the class table's
 * breaks (。！？; and a new line) or ～ ~ …. The class table itself stays as matching needs it.
 */
export function endsSentenceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return !isWideHanzi(code) && (classTableOf()[code] === BREAK || TRAILING_MARKS.has(code));
}
/**
 * Whether text[i] ends a reader's clause: it ends a sentence, is one of the table's clause marks (，、), or is a space
 * between two hanzi ("爱咋咋地 我下班了") — not one beside Latin letters or digits ("加我微信 abc123 发你").
 */
export function endsClauseAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isWideHanzi(code)) return false;
  if (classTableOf()[code] === CLAUSE || endsSentenceAt(text, i)) return true;
  if (!isBlank(code)) return false;
  let before = i - 1;
  while (before >= 0 && isBlank(text.charCodeAt(before))) before--;
  let after = i + 1;
  while (after < text.length && isBlank(text.charCodeAt(after))) after++;
  return before >= 0 && after < text.length && isWideHanzi(text.charCodeAt(before)) && isWideHanzi(text.charCodeAt(after));
}
