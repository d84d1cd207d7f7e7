// Shapes shared by the checker, rule files, team packs and the CLI (contract: shared/spec/cli.md).

/** The seven built-in categories; a rule set may add its own. */
export const CATEGORIES = ['absolute', 'authority', 'medical', 'offplatform', 'reviewbait', 'promise', 'abuse'] as const;
export type Category = (typeof CATEGORIES)[number] | (string & {});

export type Severity = 'block' | 'warn' | 'info';

export interface Finding {
  /** UTF-16 offsets into the original text; match === text.slice(start, end). */
  start: number;
  end: number;
  match: string;
  category: Category;
  severity: Severity;
  rule: string;
  reason: string;
  /** One-click fixes: each replaces `fix` when there is one, else [start, end). */
  suggestions: string[];
  /**
   * The range a one-click fix replaces, when it reaches past the flagged words: the claim's predicate ("这款|是全网最好用的|")
   * or the sentence of a contact request or a rude line. The underline is still [start, end).
   */
  fix?: { start: number; end: number };
}

/**
 * The finding as plain data (its own properties only, in the order a plain finding has them), for every place a finding
 * is copied, stored or sent: spreading, IndexedDB and extension messaging (structured clone or JSON). The checker's
 * fitted findings fit `suggestions` and `fix` when first read, through accessors of their class (checker.ts,
 * FittedFinding), which a copy of own properties does not see; this reads them. A plain object is returned as it is.
 */
export function plainFinding(finding: Finding): Finding {
  if (Object.getPrototypeOf(finding) === Object.prototype) return finding;
  const { start, end, match, category, severity, rule, reason, suggestions, fix } = finding;
  // A finding without a wider range has no `fix` key at all, as a plain one (JSON left it out either way).
  return fix === undefined ? { start, end, match, category, severity, rule, reason, suggestions } : { start, end, match, category, severity, rule, reason, suggestions, fix };
}

/** Named pattern detectors (code, not word lists) a rule can switch on instead of listing words. */
export const DETECTORS = ['mobile', 'landline', 'qq', 'im-id', 'link', 'bank-card'] as const;
export type DetectorId = (typeof DETECTORS)[number];

/** One rule of a rule file: the words it matches (or a detector), what it is and why. */
export interface Rule {
  /** Stable id, "<category>.<name>", e.g. "absolute.zui-hao"; a later file's rule replaces a built-in of the same id. */
  id: string;
  category: Category;
  severity: Severity;
  /**
   * Words and variants, matched after folding (width, case, 繁→简, digit forms) with symbols/spaces skipped between
   * characters. Parenthesised ends are context: "最好(的)" needs the 的 but reports only 最好.
   */
  words?: string[];
  /** Instead of words: a contact-detail detector implemented in code. */
  detector?: DetectorId;
  /** Only report a word when one of these cue words occurs within `within` characters in the same sentence. */
  near?: { words: string[]; within: number };
  /**
   * Do not report a word that follows one of these words (a negation, a warning) within `within` characters in the
   * same clause (。！？，、 and a space between Chinese words end one).
   */
  unless?: { words: string[]; within: number };
  /** Do not report a word followed by one of these words within `within` characters in the same clause ("好评返现是违规的"). */
  unlessAfter?: { words: string[]; within: number };
  /**
   * These of the rule's words are a claim only where their clause ends right after them or one of `followers` follows
   * (「这款最好用。」「最好用的」「最好用了」); any other word right after one is its object, and 最好 + a verb + its object
   * is advice (「最好用温水洗」「最好喝温开水」). Spaces and symbols after the word are passed over; a space before Chinese
   * words ends the clause.
   */
  claimAtEnd?: { words: string[]; followers: string[] };
  /**
   * The words need a word boundary at their start and/or end: a match that starts inside one of `start` (it begins
   * before the match and ends inside or after its first character: 红包 + 过来 is no 包过, 针线包 + 会 no 包会) or ends
   * inside one of `end` (算不上 + 天花板 is no 不上天) is a piece of another word, not the rule's word. The lists are a
   * small lexicon of the words a trigger is read across, not a list of drafts; looked up only for this rule's matches.
   */
  boundary?: { start?: string[]; end?: string[] };
  /**
   * Only on these platforms' workbenches (adapter ids: pinduoduo, feige, jd, qianniu, kuaishou, or a taught or
   * team platform name): a platform's own rule. Without it the rule applies everywhere.
   */
  platforms?: string[];
  /**
   * Words of this rule that are no breach on that platform's own workbench, by adapter id: a platform named on
   * its own workbench is no other platform (抖音 on 飞鸽, 拼多多 on 拼多多).
   */
  exceptOn?: Record<string, string[]>;
  /**
   * The words are the breach whatever the sentence says around them (a chat app's name, a spelled-out phone
   * number): the confirm model (model.ts) never lowers these findings to hints.
   */
  literal?: boolean;
  /**
   * The words count only as the whole draft (spaces, punctuation and emoji aside): a one-word reply such as 「嗯」
   * or 「不知道」 is curt, the same word inside a sentence is not. Looked up once per short draft, not scanned for.
   */
  whole?: boolean;
  /**
   * Chinese explanation naming its basis (law article, regulator guidance, platform rule, service practice). Its
   * wording matches the severity: only a block (拦截) rule says the basis forbids (禁止) it.
   */
  reason: string;
  suggestions?: string[];
}

/**
 * Where a rule word is no claim: negated ("不敢说是最好的"), someone else's words ("网上说能治…"), a product name
 * ("顶流系列"), a rule being explained ("平台不允许好评返现"). A finding of one of `categories` is not reported when a
 * cue word stands right before its word or its near cue (ending at most `within` characters before it; it may
 * overlap the word's first characters, as 不敢 does 敢保证) or right after (starting at most `within` characters
 * after it), in the same clause (。！？，、 and a space between Chinese words end one).
 */
export interface Context {
  /** Stable id; a later file's context of the same id replaces it, and `disable` switches it off. */
  id: string;
  /** Categories it applies to; every category when left out. */
  categories?: Category[];
  before?: string[];
  after?: string[];
  /** Characters between cue and word, not counting spaces and symbols (quote marks: "“至臻”系列"). */
  within: number;
  /** Reach across commas up to the end of the sentence ("说加微信就能领返现，那个不是我们放的"). */
  sentence?: boolean;
  /** A space right after a `before` cue sets the word off, as quote marks do ("名字叫 最美时光"), not a clause break. */
  setsOff?: boolean;
  /**
   * The `after` cues answer a question: they count only right after a question mark that closes the word's sentence,
   * at most `within` characters after the word ("明星同款？没有的哈", "穿过也能退？不能哦"), or after 吗 and a pause
   * where chat leaves the mark out ("是明星同款吗 没有的"): the buyer's question, echoed, then denied.
   */
  answers?: boolean;
  /**
   * The `after` cues count only where their clause ends right after them, a sentence particle (哈, 哦, 呢…) passed
   * over: the refusal closes what was said ("赔双倍做不到 坏了走售后"), where more words after it make it the start of a
   * condition ("保证三天到做不到就赔").
   */
  closesClause?: boolean;
  /**
   * A word set in quote marks, the quote holding at most `within` other characters, is named, not said ("“第一品牌”那几个
   * 字我们已经删掉了", "“王牌飞行员”积木"): writers quote a claim to talk about it, almost never to make it. Needs no cues.
   */
  quoted?: boolean;
  /**
   * With `before`: the context holds only when one of these cues also follows the word later in its sentence (commas
   * crossed): the buyer's wish named, then turned down in the next clause ("你要是想加微信，俺真不能加"). Without one
   * ("你要是想加微信就私我") the word stands.
   */
  then?: string[];
  /**
   * Only for a claim no comparison scope leads (全网, 同类…; comparison-scopes.ts): the goods compared with themselves
   * ("店里最受欢迎的配色是白色"), which "全网最火的配色" is not.
   */
  unscoped?: boolean;
  /** Why these cues cancel a claim (documentation only). */
  note?: string;
}

/** Ordinary phrases that contain a risky word; a match inside an allowed span is not reported. */
export type AllowEntry = string | { words: string[]; note?: string };

/**
 * A whole-claim replacement: what a one-click fix puts where the claim stood, so the sentence still reads
 * (「这是全网最低价哦」 → 「这是很实惠的价格哦」, not 「这是很受欢迎哦」). Offered before the rule's own suggestions.
 */
export interface Rewrite {
  /** Claims, matched against the whole finding (folded, spaces and symbols dropped, as rule words are). */
  claims?: string[];
  /**
   * Or degree words that start a claim ("全网最", "最"): followed by one to three hanzi (an adjective: 最好用,
   * 全网最畅销), the degree word is replaced by `to` and the rest kept (很好用, 很畅销); a claim that is the degree
   * word alone (its adjective after the finding: 全网最|低) becomes `to`.
   */
  prefixes?: string[];
  to: string[];
  /** Adjectives after a prefix that are claims themselves (最顶尖 → 很顶尖 is still one): not rewritten. */
  except?: string[];
  /** Why these read right (documentation only). */
  note?: string;
}

/** The rule-file format a team pack carries (validated by parseRuleFile in schema.ts). */
export interface RuleFile {
  format: 'huashu-rules';
  version: 1;
  rules: Rule[];
  allow?: AllowEntry[];
  /** Contexts in which rule words are no claim. */
  contexts?: Context[];
  /**
   * Latin spellings of risky hanzi ("最": ["zui"]): rule words and near cues also match with that character spelled
   * out ("zui低", "xue糖"). Files add up: a team may add characters or spellings.
   */
  spellings?: Record<string, string[]>;
  /**
   * Pinyin of any other character of the words ("选": ["xuan"]): a word also matches with one of these characters
   * typed in pinyin ("首xuan", "没huo", "听不懂ren话"), one at a time, while a hanzi of the word is left. Unlike
   * `spellings`, they never make a word of Latin letters alone ("meihuo"), except the whole word in pinyin: a word of
   * two to four characters holding a risky one ("zui di jia", "bu xue"; spelling.ts spelledVariants).
   */
  sounds?: Record<string, string[]>;
  /** Whole-claim replacements for one-click fixes; a later file's claims come first. */
  rewrites?: Rewrite[];
  /** Rule and context ids switched off (built-in or from earlier files). */
  disable?: string[];
  /** `false` switches the learned catcher (risk-model.ts) off for the checker reading this file (a team's choice). */
  learned?: boolean;
}
