// The checker: compiles rule files (built-ins first, then team files) into one automaton holding rule
// words, allow-list phrases, cue words and detector cues; checks a draft in one pass and resolves the
// matches into non-overlapping findings mapped to the original text. The per-check path keeps its
// working spans in reused arrays and creates objects only for the findings it returns.
import { Automaton, MatchBuffer, type KeyCodes } from './automaton';
import { CUE_KINDS, CUE_WORDS, detectContacts, mayHoldLink, type Emit } from './detectors';
import { BREAK as BREAK_CLASS, CLAUSE as CLAUSE_CLASS, SKIP as SKIP_CLASS, WORD as WORD_CLASS, classTableOf, foldTableOf, isAsciiDigit, isAsciiLetter, readAstralDialect, wordKey } from './normalize';
import { fitClaimOfFact, fitFixes, fitSuggestions, fitsFixes, needsFitting, reachesPastClaim, type FittedFixes } from './fit';
import { categoryLabel } from './labels';
import { decodeModel, inComparisonScope, riskProbability, type ConfirmModel, type ConfirmModelTable } from './model';
import { decodeRiskModel, riskCatch, riskVeto, type RiskModel, type RiskModelTable, type RiskVeto } from './risk-model';
import { VETO_BELOW, VETO_MIN_LENGTH, VETO_READS_CONTACT_WORDS, vetoRisk, type VetoModel, type VetoModelTable } from './veto-model';
import { CONFIRM_BELOW, CONFIRM_MAX_CLAIMS, CONFIRM_MIN_LENGTH, CONFIRM_KEEPS_ALL, CONFIRM_KEEPS_BLOCK, CONFIRM_KEEPS_SCOPED, CONFIRM_REACH } from './model-config';
import { Spans, doubled, firstEndingAtOrAfter } from './spans';
import { respellerInSteps, type Respeller } from './respell';
import { DIALECT_COMPOUNDS, writtenForms, type SpellingTables } from './spelling';
import { inChunks, runSteps, type Steps } from './steps';
import { CATEGORIES, plainFinding, type Context, type DetectorId, type Finding, type Rewrite, type Rule, type RuleFile, type Severity } from './types';

export interface Checker {
  /** Findings sorted by start, without overlaps (the most severe, then the longest, wins). */
  check(text: string): Finding[];
}

export interface CheckerOptions {
  /** Rule files added after the built-ins, in order (a later rule replaces an earlier one of the same id). */
  ruleFiles?: RuleFile[];
  /** Rule ids switched off for this shop. */
  disabled?: string[];
  /** The workbench's platform (adapter id): its own rules apply as well; without it, only rules for every platform. */
  platform?: string;
  /**
   * Let the confirm model (model.ts) lower word-rule findings of the built-in categories to hints when the whole
   * draft reads as clean (default true). Detector findings, literal rules, platform rules and a team's own
   * categories are kept.
   */
  confirm?: boolean;
  /**
   * Let the learned catcher (risk-model.ts) add one 提醒 to a draft the rules and the confirm model left without a 提醒
   * or 拦截, when it is very sure the draft reads as a risky claim (default true when the built-ins carry its table; a
   * rule file's `learned: false` switches it off too).
   */
  learned?: boolean;
}

/**
 * The built-in rules and the confirm model's table: data, kept out of this module so the content script can get
 * them from the background (utils/messaging.ts, getComplianceBuiltins) instead of carrying them in its bundle.
 */
export interface ComplianceBuiltins {
  rules: RuleFile;
  confirmModel: ConfirmModelTable;
  /** The learned catcher's table (risk-model.ts); without it nothing is caught by a model. */
  riskModel?: RiskModelTable;
  /** The learned veto's table (veto-model.ts); without it only the confirm model lowers findings. */
  vetoModel?: VetoModelTable;
}

/** The given built-ins plus the option's rule files (team packs), minus the disabled rule ids; a platform adds its own rules. */
export function checkerFrom(builtins: ComplianceBuiltins, options: CheckerOptions = {}): Checker {
  return runSteps(checkerFromSteps(builtins, options));
}

/** checkerFrom in steps: the checker's construction, tens of ms of one task in a page, paused between its parts. */
function checkerFromSteps(builtins: ComplianceBuiltins, options: CheckerOptions): Steps<Checker> {
  const { ruleFiles = [], ...rest } = options;
  return compileCheckerSteps([builtins.rules, ...ruleFiles], { ...rest, model: builtins.confirmModel, riskModel: builtins.riskModel, vetoModel: builtins.vetoModel });
}

/**
 * The checker of checkerFrom, compiled in steps of a millisecond or so (steps.ts) so that a page can handle its events
 * between them: once the steps are done, it checks without compiling anything.
 */
export function* checkerInSteps(builtins: ComplianceBuiltins, options: CheckerOptions = {}): Steps<Checker> {
  // The normalisation tables, built once per page, are a step of their own.
  foldTableOf();
  yield;
  const checker = yield* checkerFromSteps(builtins, options);
  yield;
  const read = checker instanceof RespellingChecker ? checker.inner : checker;
  const rules = read instanceof LearnedChecker ? read.rules : read;
  if (rules instanceof CompiledChecker) yield* rules.compileSteps();
  if (checker instanceof RespellingChecker) yield* checker.prepareSteps();
  return checker;
}

/** Local copies of the class codes: under Node's CommonJS interop an imported binding is a property read per use. */
const BREAK = BREAK_CLASS;
const CLAUSE = CLAUSE_CLASS;
const SKIP = SKIP_CLASS;
const WORD = WORD_CLASS;

/** Values of CompiledChecker.ruleConfirmable besides 0 (never lowered). */
const CONFIRMABLE = 1;
const CONFIRMABLE_UNSCOPED = 2;

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };
const SEVERITY_BY_RANK: Severity[] = ['info', 'warn', 'block'];

/** Roles of a pattern occurrence; one pattern (a folded word) may play several. */
const ROLE_WORD = 0;
const ROLE_NEAR = 1;
const ROLE_UNLESS = 2;
const ROLE_ALLOW = 3;
const ROLE_CUE = 4;

/**
 * Flags the automaton reports beside a pattern's record offset (CompiledChecker.recordAt): the pattern is a near cue and
 * nothing else, or a near cue among other roles. Near cues are most matches of a draft (用, 能, 都…) and few of them
 * are of a list some rule word in the draft reads: they are sorted only once the words are known (collectNearCues).
 */
const NEAR_CUE_ONLY = 1 << 30;
const HOLDS_NEAR_CUE = 1 << 29;
/** With both flags: the pattern is a cue of one near list and ends in no Latin letter or digit; the list is reported in place of the offset. */
const ONE_NEAR_LIST = 1 << 28;
const RECORD_OFFSET = ONE_NEAR_LIST - 1;
/**
 * The same bit without the near-cue flags: the pattern plays one role, not a rule word's (an unless or context cue, an
 * allowed phrase, a detector cue), with no edge to check; the role (bits 24–26) and its ref are reported in place of
 * the offset, so sorting the match reads no record (about a quarter of a draft's matches).
 */
const ONE_ROLE = ONE_NEAR_LIST;
const ONE_ROLE_SHIFT = 24;
const ONE_ROLE_REF = (1 << ONE_ROLE_SHIFT) - 1;

/** Categories with a bit in a 32-bit mask of categories (CompiledChecker.groupContextCategories). */
const MASKED_CATEGORIES = 31;

/** A category where an absolute claim next to it is treated strictly (SAMR: no leniency for medical claims). */
const STRICT_CATEGORY = 'medical';
const ESCALATED_NOTE = '（与医疗功效表述同现，按从严处理）';

/**
 * Compiles rule files in order; without `model` the confirm model is off, without `riskModel` the learned catcher,
 * without `vetoModel` the learned veto (`confirm: false` switches both lowering models off).
 */
export function compileChecker(files: readonly RuleFile[], options: CompileOptions = {}): Checker {
  return runSteps(compileCheckerSteps(files, options));
}

type CompileOptions = Omit<CheckerOptions, 'ruleFiles'> & { model?: ConfirmModelTable; riskModel?: RiskModelTable; vetoModel?: VetoModelTable };

/** compileChecker in steps: the rules read and the models decoded, the compiled checker made, the learned catcher's veto. */
function* compileCheckerSteps(files: readonly RuleFile[], options: CompileOptions): Steps<Checker> {
  const { disabled = [], platform, confirm = true, model, learned = true, riskModel, vetoModel } = options;
  const rulesById = new Map<string, Rule>();
  const contextsById = new Map<string, Context>();
  const spellings = new Map<string, string[]>();
  const sounds = new Map<string, string[]>();
  const allowWords: string[] = [];
  const off = new Set(disabled);
  for (const file of files) {
    for (const rule of file.rules) {
      if (!rule.platforms || (platform !== undefined && rule.platforms.includes(platform))) rulesById.set(rule.id, onPlatform(rule, platform));
    }
    for (const context of file.contexts ?? []) contextsById.set(context.id, context);
    for (const [char, spelled] of Object.entries(file.spellings ?? {})) spellings.set(char, [...new Set([...(spellings.get(char) ?? []), ...spelled])]);
    for (const [char, heard] of Object.entries(file.sounds ?? {})) sounds.set(char, [...new Set([...(sounds.get(char) ?? []), ...heard])]);
    for (const entry of file.allow ?? []) allowWords.push(...(typeof entry === 'string' ? [entry] : entry.words));
    for (const id of file.disable ?? []) off.add(id);
  }
  const on = <T extends { id: string }>(items: Map<string, T>) => [...items.values()].filter((item) => !off.has(item.id));
  const rewrites = new Rewrites([...files].reverse().flatMap((file) => file.rewrites ?? []));
  const lowering = { model: confirm && model ? decodedModel(model) : undefined, veto: confirm && vetoModel ? decodedModel(vetoModel) : undefined };
  yield;
  const checker = new CompiledChecker(on(rulesById), allowWords, on(contextsById), { spellings, sounds }, lowering, rewrites);
  yield;
  const learnedOn = learned && riskModel !== undefined && !files.some((file) => file.learned === false);
  const read = learnedOn ? new LearnedChecker(checker, decodedRiskModel(riskModel), riskVeto(files, disabled)) : checker;
  if (learnedOn) yield;
  const ruleWords = () => [...rulesById.values()].flatMap((rule) => [...(rule.words ?? []), ...(rule.near?.words ?? [])]);
  return new RespellingChecker(read, () => respellerInSteps(ruleWords(), { spellings, sounds }, PATTERNS_PER_STEP), checker);
}

/** The rule ids of the learned catcher's findings (risk-model.ts: `learned.<category>`). */
const LEARNED_RULE_PREFIX = 'learned.';

/**
 * Reads a draft again with the pinyin syllables beside its hanzi written as the hanzi of a rule word (respell.ts:
 * "免fei修", "能j肥", "ting bu dong 就算了"), and adds what the rules find there over a respelled syllable, where the
 * draft as typed found nothing but a hint or the learned catcher's guess; offsets are the typed draft's, so the
 * underline covers the pinyin. The learned catcher's guesses on the respelled reading are not kept: that text is one
 * nobody typed, outside what the catcher was trained on ("宝宝bao bao穿着正好" reads 宝宝宝宝… and was caught), for
 * 9 train catches it would add.
 */
class RespellingChecker implements Checker {
  private respeller: Respeller | undefined;

  constructor(
    readonly inner: Checker,
    private readonly respellerSteps: () => Steps<Respeller>,
    /** The rules' checker inside `inner`: its scan of the draft says where the draft's Latin letters are. */
    private readonly rules: CompiledChecker,
  ) {}

  /** Builds the respeller's tables in steps (checkerInSteps); else they are built on first use. */
  *prepareSteps(): Steps<void> {
    this.respeller ??= yield* this.respellerSteps();
  }

  check(text: string): Finding[] {
    const findings = this.inner.check(text);
    this.respeller ??= runSteps(this.respellerSteps());
    const respelled = this.respeller.respell(text, this.rules.firstLetter, this.rules.lastLetter);
    if (!respelled) return findings;
    const { starts, ends, syllables } = respelled;
    // No scan of every syllable or finding per finding: a pasted text of 100,000 characters may hold thousands of each.
    let syllable = 0;
    for (const found of this.inner.check(respelled.text)) {
      if (found.rule.startsWith(LEARNED_RULE_PREFIX)) continue;
      const start = starts[found.start]!;
      const end = ends[found.end - 1]!;
      // Kept only over a respelled syllable: the first that ends after `start` (findings come in order) begins before `end`.
      while (syllable < syllables.length && syllables[syllable + 1]! <= start) syllable += 2;
      if (syllable === syllables.length || syllables[syllable]! >= end) continue;
      // What the rules found in the draft as typed stands; a hint or a learned guess there gives way. The findings are
      // in order and apart, so the ones the new finding overlaps are those from `first` up to `last`.
      const first = firstEndingAfter(findings, start);
      let last = first;
      let stands = false;
      for (; last < findings.length && findings[last]!.start < end && !stands; last++) {
        const other = findings[last]!;
        // The same rule's claim read out to more of the draft gives way too: "能jiang血ya" (the cue 能 read in) over the
        // "jiang血ya" a spelled one-character cue found as typed, as the hanzi draft is underlined.
        const sameClaimWider = other.rule === found.rule && start <= other.start && end >= other.end && end - start > other.end - other.start;
        stands = !((other.severity === 'info' && found.severity !== 'info') || other.rule.startsWith(LEARNED_RULE_PREFIX) || sameClaimWider);
      }
      if (stands) continue;
      // A copy (plainFinding: a spread alone would miss a fitted finding's fixes) fitted to the respelled reading's span.
      findings.splice(first, last - first, { ...plainFinding(found), start, end, match: text.slice(start, end) });
    }
    return findings;
  }
}

/** Index of the first of `findings` (in order and apart, so their ends rise) that ends after `at`, by binary search. */
function firstEndingAfter(findings: readonly Finding[], at: number): number {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (findings[middle]!.end > at) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Folded strings, looked up by a span of a text as the text folds there, without building a string: a hash of the
 * span's folded code units picks a slot, and only a string in it is compared.
 */
class FoldedStrings {
  /** Open addressing: index + 1 into `strings` of the string hashed to each slot, 0 for an empty one. */
  private readonly slots: Int32Array;
  /** The whole hash of each slot's string: a span is compared only with a string of its own hash. */
  private readonly hashes: Int32Array;
  private readonly strings: string[];
  private readonly mask: number;
  private shortest = Infinity;
  private longest = 0;

  constructor(strings: readonly string[]) {
    this.strings = [...new Set(strings)];
    // At most a quarter full: a span that is none of the strings (most) usually meets an empty slot at once.
    let size = 16;
    while (size < 4 * this.strings.length) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    this.strings.forEach((string, index) => {
      this.shortest = Math.min(this.shortest, string.length);
      this.longest = Math.max(this.longest, string.length);
      const hash = foldedHash(string, 0, string.length, undefined);
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = index + 1;
      this.hashes[slot] = hash;
    });
  }

  /** Whether text[start, end), folded by `fold`, is one of the strings. */
  holds(text: string, start: number, end: number, fold: Uint16Array): boolean {
    const length = end - start;
    if (length < this.shortest || length > this.longest) return false;
    const hash = foldedHash(text, start, end, fold);
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] !== hash) continue;
      const string = this.strings[this.slots[slot]! - 1]!;
      let i = 0;
      while (i < length && string.charCodeAt(i) === fold[text.charCodeAt(start + i)]) i++;
      if (i === length && string.length === length) return true;
    }
    return false;
  }
}

/** FNV-1a over the code units of text[start, end), each folded by `fold` (as it is when undefined). */
function foldedHash(text: string, start: number, end: number, fold: Uint16Array | undefined): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (fold ? fold[text.charCodeAt(i)]! : text.charCodeAt(i)), 0x01000193);
  return hash;
}

/**
 * The rules first; a draft they (and the confirm model) left without a 提醒 or 拦截 is read by the learned catcher,
 * whose one 提醒 is added unless it overlaps a hint the rules gave.
 */
class LearnedChecker implements Checker {
  /** The veto's draft-wide cues (built on first use): a draft holding one is never caught. */
  private vetoCues: FoldedStrings | undefined;

  constructor(
    readonly rules: CompiledChecker,
    private readonly model: RiskModel,
    private readonly veto: RiskVeto,
  ) {}

  check(text: string): Finding[] {
    const findings = this.rules.check(text);
    for (const finding of findings) if (finding.severity !== 'info') return findings;
    // Most clean drafts hold a cue of the veto (不是, 没有…) where the rules' scan already matched it: riskCatch would
    // find it too and catch nothing, after summing the draft's weights (a cache miss a character).
    this.vetoCues ??= new FoldedStrings(this.veto.cues);
    if (this.rules.spansHold(text, this.vetoCues)) return findings;
    const caught = riskCatch(this.model, this.veto, text);
    if (!caught) return findings;
    if (findings.some((finding) => finding.start < caught.end && finding.end > caught.start)) return findings;
    const at = findings.findIndex((finding) => finding.start > caught.start);
    return at < 0 ? [...findings, caught] : [...findings.slice(0, at), caught, ...findings.slice(at)];
  }
}

/** A decoder that decodes each shipped table once: a page compiles a checker per team config, from the same tables. */
function decodingOnce<Table extends object, Model>(decode: (table: Table) => Model): (table: Table) => Model {
  const decoded = new WeakMap<Table, Model>();
  return (table) => {
    let model = decoded.get(table);
    if (!model) decoded.set(table, (model = decode(table)));
    return model;
  };
}
const decodedModel = decodingOnce(decodeModel);
const decodedRiskModel = decodingOnce(decodeRiskModel);

/** The rule as it reads on this platform's workbench: without the words that name the platform itself there. */
function onPlatform(rule: Rule, platform: string | undefined): Rule {
  const own = platform === undefined ? undefined : rule.exceptOn?.[platform];
  return own && rule.words ? { ...rule, words: rule.words.filter((word) => !own.includes(word)) } : rule;
}

/** Drafts longer than this (code units) are never a one-word reply for `whole` rules. */
const WHOLE_DRAFT_LENGTH = 16;
/** Words made patterns between two pauses of a compilation in steps: about a millisecond's work. */
const WORDS_PER_STEP = 64;
/** Patterns whose record entries are made between two pauses. */
const PATTERNS_PER_STEP = 1024;
/** Nor a reply of a few such words ("嗯 嗯 随便", "没空 晚点再说") beyond this. */
const WHOLE_SEQUENCE_LENGTH = 24;
/**
 * A greeting before the words of a curt reply softens nothing ("您好，退不了，下一位。"): read past it, but with
 * one word after it the reply stays a plain answer ("亲 没有").
 */
const GREETINGS = new Set(['亲', '亲亲', '您好', '你好', '宝子', '老铁']);
/** A short draft of more pieces than this is no curt reply. */
const MAX_PIECES = 12;
/** Up to this many near cues in a check, a near word walks its group's cues from the first (see firstNearCue). */
const LINKED_WALK_CUES = 64;

/** Longest degree word first, so 全网最 is tried before 最. */
const byLengthDescending = (a: { prefix: string }, b: { prefix: string }) => b.prefix.length - a.prefix.length;
/** An adjective after a degree word: one to three hanzi (最好用, 最畅销), nothing longer (最好用的卸妆膏 is a phrase). */
const ADJECTIVE = /^[\u4e00-\u9fff]{1,3}$/u;

/**
 * A set of code units as a bitmap: 8 KB, so the few words of it a check reads stay in the first-level cache along with
 * the scan's tables (a byte per code unit would be 64 KB).
 */
class CodeSet {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  add(code: number): void {
    this.bits[code >>> 5]! |= 1 << (code & 31);
  }

  has(code: number): boolean {
    return (this.bits[code >>> 5]! & (1 << (code & 31))) !== 0;
  }
}

/** The answer for most findings, shared: only read, never handed out (suggestionsFor copies). */
const NO_REWRITES: readonly string[] = [];

/**
 * A finding whose fixes — `suggestions`, and `fix`, the range they replace when it is wider than the flagged words —
 * are fitted to its sentence (fit.ts) when first read, then kept. Fitting costs microseconds a finding, most of the
 * checker's per-finding cost on drafts dense in claims, and only the fixes the agent opens (the tooltip, the panel, the
 * CLI) are ever read (round 24, mixed24). Both are accessors of the class, not own properties: an own accessor per
 * finding (two Object.defineProperty calls) cost a mixed check ~7 % (round 25, speed25; round 26, speed26). So a copy
 * of own properties (spreading, structured cloning: IndexedDB, messaging) does not see them: every place a finding is
 * copied, stored or sent goes through plainFinding (types.ts), and JSON through toJSON, which is the same. What
 * fitting needs is in private fields. Fitted to the finding as found: a later change of `start`, `end` or `category`
 * does not refit.
 */
class FittedFinding implements Finding {
  start: number;
  end: number;
  match: string;
  category: string;
  severity: Severity;
  rule: string;
  reason: string;
  readonly #checker: CompiledChecker;
  readonly #rule: number;
  readonly #text: string;
  readonly #start: number;
  readonly #end: number;
  readonly #category: string;
  #fitted: FittedFixes | undefined = undefined;

  constructor(checker: CompiledChecker, rule: number, text: string, start: number, end: number, match: string, category: string, severity: Severity, ruleId: string, reason: string) {
    this.start = start;
    this.end = end;
    this.match = match;
    this.category = category;
    this.severity = severity;
    this.rule = ruleId;
    this.reason = reason;
    this.#checker = checker;
    this.#rule = rule;
    this.#text = text;
    this.#start = start;
    this.#end = end;
    this.#category = category;
  }

  #fixes(): FittedFixes {
    return (this.#fitted ??= this.#checker.fixesOf(this.#rule, this.#text, this.#start, this.#end, this.#category));
  }

  get suggestions(): string[] {
    return this.#fixes().suggestions;
  }

  set suggestions(suggestions: string[]) {
    this.#fixes().suggestions = suggestions;
  }

  get fix(): { start: number; end: number } | undefined {
    return this.#fixes().fix;
  }

  set fix(fix: { start: number; end: number } | undefined) {
    this.#fixes().fix = fix;
  }

  /** JSON (the CLI, scripts, a runtime that sends messages as JSON) writes what a plain finding would. */
  toJSON(): Finding {
    return plainFinding(this);
  }
}

/** Whole-claim replacements (types.ts, Rewrite), looked up by a finding's folded words; only findings pay for it. */
class Rewrites {
  private readonly byClaim = new Map<string, string[]>();
  private readonly byPrefix: { prefix: string; to: string[]; except: Set<string> }[] = [];

  constructor(rewrites: readonly Rewrite[]) {
    for (const rewrite of rewrites) {
      for (const claim of rewrite.claims ?? []) {
        const key = wordKey(claim);
        if (!this.byClaim.has(key)) this.byClaim.set(key, rewrite.to);
      }
      const except = new Set((rewrite.except ?? []).map(wordKey));
      for (const prefix of rewrite.prefixes ?? []) this.byPrefix.push({ prefix: wordKey(prefix), to: rewrite.to, except });
    }
    this.byPrefix.sort(byLengthDescending);
    for (const key of [...this.byClaim.keys(), ...this.byPrefix.map(({ prefix }) => prefix)]) if (key.length > 0) this.firstChars.add(key.charCodeAt(0));
    this.listed = this.byClaim.size > 0 || this.byPrefix.length > 0;
  }

  /** Answers by the finding's text: the same few claims recur draft after draft. */
  private readonly answered = new Map<string, string[]>();

  /** First folded characters of every claim and degree word: most findings start with none of them (no lookup). */
  private readonly firstChars = new CodeSet();

  /** Whether any claim or degree word is listed: a team may ship none. */
  private readonly listed: boolean;
  /** The normalisation tables, held here rather than fetched for every finding. */
  private readonly fold = foldTableOf();
  private readonly classes = classTableOf();

  /** Replacements for the claim `match`, best first; none when no rewrite fits it. */
  of(match: string): readonly string[] {
    if (!this.listed) return NO_REWRITES;
    const first = firstWordChar(match, this.fold, this.classes);
    if (first < 0 || !this.firstChars.has(first)) return NO_REWRITES;
    let answer = this.answered.get(match);
    if (answer === undefined) {
      if (this.answered.size >= 4096) this.answered.clear();
      this.answered.set(match, (answer = this.lookUp(match)));
    }
    return answer;
  }

  private lookUp(match: string): string[] {
    const key = wordKey(match);
    const claimed = this.byClaim.get(key);
    if (claimed) return claimed;
    for (const { prefix, to, except } of this.byPrefix) {
      if (!key.startsWith(prefix)) continue;
      // Nothing after the degree word: the adjective follows outside the finding ("全网最|低了" → "很|低了").
      const rest = key.slice(prefix.length);
      if (rest === '') return to;
      // A second degree word in the rest ("全网最薄最…"): two claims merged into one finding, no one rewording fits.
      const merged = this.byPrefix.some((other) => rest.includes(other.prefix));
      return ADJECTIVE.test(rest) && !except.has(rest) && !merged ? to.map((degree) => degree + rest) : [];
    }
    return [];
  }
}

/** The folded code unit of the first character of `text` the automaton reads (-1: none), as wordKey(text)[0]. */
function firstWordChar(text: string, fold: Uint16Array, classes: Uint8Array): number {
  for (let i = 0; i < text.length; i++) if (classes[text.charCodeAt(i)] === WORD) return fold[text.charCodeAt(i)]!;
  return -1;
}

/** Edge classes: a match starting/ending with a Latin letter or a digit must not continue a longer word or number. */
const LETTER_EDGE = 1;
const DIGIT_EDGE = 2;
/** A dialect character Mandarin also writes in compounds (spelling.ts DIALECT_COMPOUNDS: 额 for 我, not 全额, 额外). */
const COMPOUND_EDGE = 3;
const COMPOUND_CHARS = new Set(Object.keys(DIALECT_COMPOUNDS).map((char) => char.charCodeAt(0)));
const COMPOUND_NEIGHBOURS = new Set(Object.values(DIALECT_COMPOUNDS).flatMap((chars) => [...chars].map((char) => char.charCodeAt(0))));
/** Dialect character → the characters that make a Mandarin compound of it. */
const COMPOUND_PARTS = new Map(Object.entries(DIALECT_COMPOUNDS).map(([char, parts]) => [char.charCodeAt(0), new Set([...parts].map((part) => part.charCodeAt(0)))]));

function edgeClassOf(folded: number): number {
  return isAsciiLetter(folded) ? LETTER_EDGE : isAsciiDigit(folded) ? DIGIT_EDGE : COMPOUND_CHARS.has(folded) ? COMPOUND_EDGE : 0;
}

/**
 * Edge class per code unit of the character next to a match; 一二三 read as digits inside words but do not continue a
 * number. Hanzi are 0 but for the other halves of a dialect character's compounds (traditional forms by their fold).
 */
function neighbourClassTable(fold: Uint16Array): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const folded = fold[code]!;
    if (code >= 0x3000 && code < 0xff00) table[code] = COMPOUND_NEIGHBOURS.has(folded) ? COMPOUND_EDGE : 0;
    else table[code] = isAsciiLetter(folded) ? LETTER_EDGE : isAsciiDigit(folded) ? DIGIT_EDGE : 0;
  }
  return table;
}

/** Class of a word character that folds to a one-character cue of some group (cueClassTable). */
const SINGLE_CUE = 4;

/** The class table with SINGLE_CUE for the word characters that fold to one of `singles`. */
function cueClassTable(classes: Uint8Array, fold: Uint16Array, singles: CodeSet): Uint8Array {
  const table = Uint8Array.from(classes);
  for (let code = 0; code < 0x10000; code++) if (classes[code] === WORD && singles.has(fold[code]!)) table[code] = SINGLE_CUE;
  return table;
}

/**
 * Whether the character at `at` continues a Latin word or number that a match edge of class `edge` sits in:
 * the same class right next to it ("wxyz", "第11"), or any letter or digit behind a joiner ("VX-200" is a model).
 */
function continuesToken(text: string, at: number, direction: 1 | -1, edge: number, fold: Uint16Array, neighbours: Uint8Array): boolean {
  if (at < 0 || at >= text.length) return false;
  const neighbour = neighbours[text.charCodeAt(at)];
  if (edge === COMPOUND_EDGE) {
    // A compound's other half spelled ("quan额退", "da额券"): the dialect character is the compound's.
    if (neighbour === LETTER_EDGE) return true;
    // Each dialect character has its own compounds (全额, 关系): the match's edge character decides which.
    return neighbour === COMPOUND_EDGE && COMPOUND_PARTS.get(fold[text.charCodeAt(at - direction)]!)!.has(fold[text.charCodeAt(at)]!);
  }
  if (neighbour === edge) return true;
  const joiner = fold[text.charCodeAt(at)];
  const beyond = at + direction;
  if (!(joiner === 0x2d || joiner === 0x5f || joiner === 0x2e) || beyond < 0 || beyond >= text.length) return false;
  const behind = neighbours[text.charCodeAt(beyond)];
  return behind === LETTER_EDGE || behind === DIGIT_EDGE;
}

const NO_CONTEXT: [lead: number, trail: number] = [0, 0];

/** "(是)最好(的)": parenthesised ends of a rule word are context, matched but left out of the finding. */
function contextLengths(word: string): [lead: number, trail: number] {
  if (word.charCodeAt(0) !== 0x28 && word.charCodeAt(word.length - 1) !== 0x29) return NO_CONTEXT;
  const lead = /^\(([^()]*)\)/.exec(word)?.[1] ?? '';
  const trail = /\(([^()]*)\)$/.exec(word)?.[1] ?? '';
  return [wordKey(lead).length, wordKey(trail).length];
}

/**
 * Moves from `from` past `count` word characters in `direction` (1: forwards, -1: backwards), then past
 * skippable characters, so the span starts/ends on the first/last character of what remains.
 */
function skipWordChars(text: string, from: number, count: number, direction: 1 | -1, classes: Uint8Array): number {
  // Going backwards, position i is preceded by the character at i - 1.
  const offset = direction === 1 ? 0 : -1;
  let i = from;
  for (let left = count; left > 0; i += direction) if (classes[text.charCodeAt(i + offset)] === WORD) left--;
  while (classes[text.charCodeAt(i + offset)] === SKIP) i += direction;
  return i;
}

/** The ways a listed word is written (writtenForms): as is, with spelled variants, with them as for a rule that needs a near cue. */
const AS_WRITTEN = 0;
const SPELLED = 1;
const SPELLED_BARE = 2;

/**
 * The automaton's patterns (folded words, each once) and the roles each plays, in the order they were added. A compile
 * adds a quarter of a million forms: they are looked up in a hash table of typed arrays, and the roles kept in one
 * pool, not in a Map and an array per pattern (their cost was a third of the compile, most of it the collector's).
 * A word listed again (a cue in several lists, a rule word that is a cue too: one in eight) reuses its forms' patterns.
 */
class PatternTable {
  /**
   * The patterns' keys (their forms folded: wordKey) as code units, one after another, each followed by a 0, in the
   * layout the automaton reads (KeyCodes): a form is folded straight into the buffer, and no key is ever a string.
   */
  private codes = new Uint16Array(1 << 16);
  private codeEnd = 0;
  /** Where each pattern's key starts in `codes` (starts[count]: where the next one will). */
  private starts = new Int32Array(1025);
  count = 0;
  /** Per pattern: its key's hash, the first and the last of its roles in `roles` (0: none yet). */
  private hashes = new Int32Array(1024);
  private firstRoles = new Int32Array(1024);
  private lastRoles = new Int32Array(1024);
  /** Open addressing by hash: pattern + 1 per slot, 0 for an empty one; kept at most half full. */
  private slots = new Int32Array(4096);
  /** Five numbers per role from 5 on (0: none): the role, its ref, the context lengths (lead, trail), the pattern's next role. */
  private roles = new Int32Array(5 * 1024);
  private roleEnd = 5;
  /** Per way of writing (AS_WRITTEN…), per listed word: its forms' patterns, each with its context lengths (three numbers). */
  private readonly formsOf = [new Map<string, number[]>(), new Map<string, number[]>(), new Map<string, number[]>()];
  private readonly fold = foldTableOf();
  private readonly classes = classTableOf();

  constructor(private readonly tables: SpellingTables) {}

  /** Adds the forms of `word` (writtenForms: spelled as `writing` says) as patterns playing `role` for `ref`, each role once. */
  add(word: string, writing: number, role: number, ref: number): void {
    const forms = this.formsOf[writing]!.get(word) ?? this.addForms(word, writing);
    for (let f = 0; f < forms.length; f += 3) {
      const pattern = forms[f]!;
      let known = false;
      for (let r = this.firstRoles[pattern]!; r !== 0 && !known; r = this.roles[r + 4]!) known = this.roles[r] === role && this.roles[r + 1] === ref;
      if (!known) this.addRole(pattern, role, ref, role === ROLE_WORD ? forms[f + 1]! : 0, role === ROLE_WORD ? forms[f + 2]! : 0);
    }
  }

  /**
   * The pattern's roles as the numbers of its record entries (CompiledChecker.records): four per role, except that
   * consecutive rule words with the same context lengths make one entry, [ROLE_WORD, number of rules, lead, trail],
   * followed by the rules, four to a row (in their order, so candidates come in the same order as rule by rule).
   */
  recordEntries(pattern: number): number[] {
    const { roles } = this;
    const numbers: number[] = [];
    for (let r = this.firstRoles[pattern]!; r !== 0; ) {
      const role = roles[r]!;
      const lead = roles[r + 2]!;
      const trail = roles[r + 3]!;
      if (role !== ROLE_WORD) {
        numbers.push(role, roles[r + 1]!, lead, trail);
        r = roles[r + 4]!;
        continue;
      }
      const entry = numbers.length;
      numbers.push(ROLE_WORD, 0, lead, trail);
      for (; r !== 0 && roles[r] === ROLE_WORD && roles[r + 2] === lead && roles[r + 3] === trail; r = roles[r + 4]!) numbers.push(roles[r + 1]!);
      numbers[entry + 1] = numbers.length - entry - 4;
      while (numbers.length % 4 !== 0) numbers.push(0);
    }
    return numbers;
  }

  /** The keys, for the automaton. */
  keyCodes(): KeyCodes {
    return { codes: this.codes, starts: this.starts, count: this.count };
  }

  /** The first and the last code unit of the pattern's key. */
  firstCode(pattern: number): number {
    return this.codes[this.starts[pattern]!]!;
  }

  lastCode(pattern: number): number {
    return this.codes[this.starts[pattern + 1]! - 2]!;
  }

  private addForms(word: string, writing: number): number[] {
    const forms: number[] = [];
    for (const form of writtenForms(word, writing === AS_WRITTEN ? undefined : this.tables, writing === SPELLED_BARE)) {
      const pattern = this.patternOf(form);
      if (pattern < 0) continue;
      const [lead, trail] = contextLengths(form);
      forms.push(pattern, lead, trail);
    }
    this.formsOf[writing]!.set(word, forms);
    return forms;
  }

  /**
   * The pattern of the form's key (wordKey(form)), added if new; -1 when the key is empty. The key is folded into the
   * free end of `codes` and hashed on the way (FNV-1a, mixed by murmur3's finaliser so that the low bits the slots read
   * vary); it stays there only when new.
   */
  private patternOf(form: string): number {
    const { fold, classes } = this;
    const start = this.codeEnd;
    if (start + form.length + 1 > this.codes.length) this.codes = grownCodes(this.codes, 2 * (start + form.length + 1));
    const codes = this.codes;
    let length = 0;
    let hash = 0x811c9dc5;
    for (let i = 0; i < form.length; i++) {
      const code = form.charCodeAt(i);
      if (classes[code] !== WORD) continue;
      const folded = fold[code]!;
      codes[start + length++] = folded;
      hash = Math.imul(hash ^ folded, 0x01000193);
    }
    if (length === 0) return -1;
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    hash ^= hash >>> 16;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      if (this.hashes[entry - 1] === hash && this.keyAt(entry - 1, start, length)) return entry - 1;
      slot = (slot + 1) & mask;
    }
    const pattern = this.count++;
    if (pattern === this.hashes.length) {
      this.hashes = grownTo(this.hashes, 2 * pattern);
      this.firstRoles = grownTo(this.firstRoles, 2 * pattern);
      this.lastRoles = grownTo(this.lastRoles, 2 * pattern);
      this.starts = grownTo(this.starts, 2 * pattern + 1);
    }
    codes[start + length] = 0;
    this.codeEnd = start + length + 1;
    this.starts[pattern + 1] = this.codeEnd;
    this.hashes[pattern] = hash;
    this.slots[slot] = pattern + 1;
    if (2 * (pattern + 1) > this.slots.length) this.rehash();
    return pattern;
  }

  /** Whether the pattern's key is codes[start … start + length). */
  private keyAt(pattern: number, start: number, length: number): boolean {
    const { codes } = this;
    const from = this.starts[pattern]!;
    if (this.starts[pattern + 1]! - from - 1 !== length) return false;
    for (let i = 0; i < length; i++) if (codes[from + i] !== codes[start + i]) return false;
    return true;
  }

  /** Doubles the slots and places every pattern again. */
  private rehash(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    const mask = this.slots.length - 1;
    for (let pattern = 0; pattern < this.count; pattern++) {
      let slot = this.hashes[pattern]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = pattern + 1;
    }
  }

  private addRole(pattern: number, role: number, ref: number, lead: number, trail: number): void {
    const r = this.roleEnd;
    if (r + 5 > this.roles.length) this.roles = grownTo(this.roles, 2 * this.roles.length);
    const { roles } = this;
    roles[r] = role;
    roles[r + 1] = ref;
    roles[r + 2] = lead;
    roles[r + 3] = trail;
    this.roleEnd += 5;
    if (this.firstRoles[pattern] === 0) this.firstRoles[pattern] = r;
    else this.roles[this.lastRoles[pattern]! + 4] = r;
    this.lastRoles[pattern] = r;
  }
}

/** `old` copied into a new array of `length` (longer), the rest zero. */
function grownTo(old: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  grown.set(old);
  return grown;
}

function grownCodes(old: Uint16Array, length: number): Uint16Array<ArrayBuffer> {
  const grown = new Uint16Array(length);
  grown.set(old);
  return grown;
}

/** wordKey(word), without making a copy of a word that is its own key (most of them). */
function foldedKey(word: string, fold: Uint16Array, classes: Uint8Array): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (classes[code] !== WORD || fold[code] !== code) return wordKey(word);
  }
  return word;
}

/**
 * The checker's records (CompiledChecker.records) as patterns are added, and the offset each pattern is reported by
 * (CompiledChecker.recordAt). Patterns whose records would be equal share one (a word's spelled variants, the words of
 * one rule): fewer, denser records leave a check's matches fewer cache lines to read.
 */
class RecordTable {
  readonly numbers: number[] = [];
  readonly recordAt: Int32Array<ArrayBuffer>;
  /** The records so far by content (edges and entries), open addressing: offset + 1 per slot, 0 for an empty one; at most half full. */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private recordCount = 0;

  constructor(patterns: number) {
    this.recordAt = new Int32Array(patterns);
  }

  /** Adds the record of `pattern`, a folded word from `first` to `last` (code units) with the entries `numbers` (recordEntries). */
  add(pattern: number, first: number, last: number, numbers: readonly number[]): void {
    let near = 0;
    let other = 0;
    let unlessOnly = true;
    for (let e = 0; e < numbers.length; e += numbers[e] === ROLE_WORD ? 4 + 4 * ((numbers[e + 1]! + 3) >> 2) : 4) {
      if (numbers[e] === ROLE_NEAR) near++;
      else other++;
      if (numbers[e] !== ROLE_UNLESS) unlessOnly = false;
    }
    const trailing = edgeClassOf(last);
    // A cue that only cancels and ends in a digit reads the start of a number, not a whole one: 高3 after 最 is the
    // measure 最高32米, 1 after 最好用 the 100度 of 最好用100度沸水.
    const edges = edgeClassOf(first) | ((unlessOnly && trailing === 2 ? 0 : trailing) << 2);
    // A cue of one near list and nothing else is reported by its list: it needs no record.
    if (near === 1 && other === 0 && edges === 0) {
      this.recordAt[pattern] = HOLDS_NEAR_CUE | NEAR_CUE_ONLY | ONE_NEAR_LIST | numbers[1]!;
      return;
    }
    if (near === 0 && numbers.length === 4 && numbers[0] !== ROLE_WORD && edges === 0 && numbers[1]! <= ONE_ROLE_REF) {
      this.recordAt[pattern] = ONE_ROLE | (numbers[0]! << ONE_ROLE_SHIFT) | numbers[1]!;
      return;
    }
    const offset = this.offsetOf(edges, numbers);
    this.recordAt[pattern] = offset | (near > 0 ? HOLDS_NEAR_CUE : 0) | (near > 0 && other === 0 ? NEAR_CUE_ONLY : 0);
  }

  /** The offset of the record with these edges and entries, added if new (records are shared, most of them many times). */
  private offsetOf(edges: number, numbers: readonly number[]): number {
    let hash = Math.imul(0x811c9dc5 ^ edges, 0x01000193);
    for (let i = 0; i < numbers.length; i++) hash = Math.imul(hash ^ numbers[i]!, 0x01000193);
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash ^= hash >>> 13;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      if (this.hashes[slot] === hash && this.holds(entry - 1, edges, numbers)) return entry - 1;
      slot = (slot + 1) & mask;
    }
    const offset = this.numbers.length;
    if (offset > RECORD_OFFSET) throw new Error('规则记录过多');
    this.numbers.push(edges, numbers.length, 0, 0, ...numbers);
    this.slots[slot] = offset + 1;
    this.hashes[slot] = hash;
    if (2 * ++this.recordCount > this.slots.length) this.rehash();
    return offset;
  }

  /** Whether the record at `offset` has these edges and entries. */
  private holds(offset: number, edges: number, numbers: readonly number[]): boolean {
    const stored = this.numbers;
    if (stored[offset] !== edges || stored[offset + 1] !== numbers.length) return false;
    for (let i = 0; i < numbers.length; i++) if (stored[offset + 4 + i] !== numbers[i]) return false;
    return true;
  }

  /** Doubles the slots and places every record again. */
  private rehash(): void {
    const { slots, hashes } = this;
    this.slots = new Int32Array(2 * slots.length);
    this.hashes = new Int32Array(2 * slots.length);
    const mask = this.slots.length - 1;
    for (let old = 0; old < slots.length; old++) {
      if (slots[old] === 0) continue;
      let slot = hashes[old]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = slots[old]!;
      this.hashes[slot] = hashes[old]!;
    }
  }
}

/** Rule-word matches: the matched span (context included, for the allow-list), the span to report and, as ref, the word's record entry. */
class WordSpans extends Spans {
  shownStarts = new Int32Array(this.starts.length);
  shownEnds = new Int32Array(this.starts.length);

  pushWord(start: number, end: number, entry: number, shownStart: number, shownEnd: number): void {
    const at = this.claim(start, end);
    this.refs[at] = entry;
    this.shownStarts[at] = shownStart;
    this.shownEnds[at] = shownEnd;
  }

  protected override grow(): void {
    super.grow();
    this.shownStarts = doubled(this.shownStarts);
    this.shownEnds = doubled(this.shownEnds);
  }
}

/**
 * Cues with each linked to the next cue of its group (-1: none), so that a near word walks its own list's cues and
 * not every cue around it.
 */
class GroupedCues extends Spans {
  nextOfGroup = new Int32Array(this.starts.length);
  /** Per group: its first cue in the check (read only for groups that have one: CompiledChecker.groupSeen). */
  readonly firstOfGroup: Int32Array;
  private readonly lastOfGroup: Int32Array;

  constructor(groups: number) {
    super();
    this.firstOfGroup = new Int32Array(groups);
    this.lastOfGroup = new Int32Array(groups);
  }

  /** Appends a cue of `group`, the group's first in this check when `first`. */
  pushCue(start: number, end: number, group: number, first: boolean): void {
    const cue = this.claim(start, end);
    this.refs[cue] = group;
    this.nextOfGroup[cue] = -1;
    if (first) this.firstOfGroup[group] = cue;
    else this.nextOfGroup[this.lastOfGroup[group]!] = cue;
    this.lastOfGroup[group] = cue;
  }

  protected override grow(): void {
    super.grow();
    this.nextOfGroup = doubled(this.nextOfGroup);
  }
}

/** Spans with a severity rank and the length of their longest piece (for merging). */
class RankedSpans extends Spans {
  ranks = new Int32Array(this.starts.length);
  longest = new Int32Array(this.starts.length);

  pushRanked(start: number, end: number, rule: number, rank: number): void {
    const at = this.claim(start, end);
    this.refs[at] = rule;
    this.ranks[at] = rank;
    this.longest[at] = end - start;
  }

  protected override grow(): void {
    super.grow();
    this.ranks = doubled(this.ranks);
    this.longest = doubled(this.longest);
  }
}

class CompiledChecker implements Checker {
  private automaton: Automaton | undefined;
  /** Normalisation tables, looked up once with the automaton rather than on every helper call. */
  private fold: Uint16Array = new Uint16Array(0);
  private classes: Uint8Array = new Uint8Array(0);
  private neighbours: Uint8Array = new Uint8Array(0);
  /** Quote marks the scan reads rather than skips (and so does not count): looked for in the text (holdsQuoteMarks). */
  private unskippedQuoteMark: RegExp | undefined;
  /** Per code unit: its class, or SINGLE_CUE for a word character that folds to a one-character cue (singleCueNear). */
  private cueClasses: Uint8Array = new Uint8Array(0);
  /** Words listed by the constructor for compileSteps (emptied there), with how they become patterns. */
  private listedWords: { word: string; role: number; ref: number; writing: number }[] = [];
  /** Words of `whole` rules listed by the constructor for compileSteps (see wholeDrafts). */
  private listedWholeWords: { word: string; rule: number }[] = [];
  /**
   * A record per pattern (patterns with equal records share one: RecordTable), at the offset the automaton reports for
   * it (recordAt), so that sorting a match reads one place: records[r] = edge classes of the pattern's first (bits 0–1)
   * and last (bits 2–3) character, records[r + 1] = how many numbers its entries take (records[r + 2], [r + 3] unused,
   * for alignment); then per entry (a role the pattern plays) four numbers: the role, its ref (cue group or cue kind)
   * and the context characters a rule word requires before/after its reported span ("最好(的)"). A pattern that is a
   * word of several rules with the same context is one entry (ref = the number of rules) followed by the rules, four to
   * a row: a match of it is checked against the allow-list once, however many rules share it.
   */
  private records = new Int32Array(0);
  /**
   * Per pattern: the offset of its record with the pattern's near-cue flags (NEAR_CUE_ONLY, HOLDS_NEAR_CUE), or what the
   * record would say (ONE_NEAR_LIST, ONE_ROLE), which the automaton reports instead of the pattern's index.
   */
  private recordAt = new Int32Array(0);
  /** Per rule: category index, severity rank, near/unless/unlessAfter cue group (-1: none) and its reach. */
  private readonly ruleCategory: Int32Array;
  private readonly ruleRank: Uint8Array;
  private readonly ruleNearGroup: Int32Array;
  private readonly ruleNearWithin: Int32Array;
  private readonly ruleUnlessGroup: Int32Array;
  private readonly ruleUnlessWithin: Int32Array;
  private readonly ruleAfterGroup: Int32Array;
  private readonly ruleAfterWithin: Int32Array;
  /** Per rule: the cue group of the words its words must not start / end inside (Rule.boundary; -1: none). */
  private readonly ruleStartBoundary: Int32Array;
  private readonly ruleEndBoundary: Int32Array;
  /** Per rule: its claimAtEnd words and their followers, folded (undefined: the rule has none). */
  private readonly ruleClaimEnds: ({ words: Set<string>; followers: string[] } | undefined)[];
  /** Per rule: 1 when its words stand unless a context cue of its category is in the draft (isPlainClaim's per-rule half). */
  private readonly rulePlain: Uint8Array;
  private readonly categories: string[] = [];
  /** Per category: 1 when fit.ts fits its findings' fixes (fitsFixes), asked once here rather than per finding. */
  private readonly categoryFits: Uint8Array;
  /**
   * Per category index and cue group: how a cue of that group cancels a claim standing after it (contextBefore) or
   * before it (contextAfter), packed as within | scope << 8; -1 when the group is no context cue of the category.
   */
  private readonly contextBefore: Int32Array[];
  private readonly contextAfter: Int32Array[];
  /** Per category index and `before` cue group: the group of the context's `then` cues, which must follow too (-1: none). */
  private readonly contextThen: Int32Array[];
  /** Per category index: the farthest any of its context cues reaches, in code units (-1: it has none on that side). */
  private readonly contextBeforeReach: Int32Array;
  private readonly contextAfterReach: Int32Array;
  /** Per category: how many other characters a quote around a word may hold for it to be mentioned (Context.quoted), or -1. */
  private readonly quotedWithin: Int32Array;
  /**
   * Per cue group: bit c set when the group is a context cue (before or after) of category c. Categories from
   * MASKED_CATEGORIES on have no bit and are always looked up.
   */
  private readonly groupContextCategories: Int32Array;
  /** Bits (as above) of the categories with a context cue in the draft being checked: most drafts hold none. */
  private contextCategories = 0;
  /** Whether a rule word of the draft being checked has a near list (classifyMatches marks those lists in nearWanted). */
  private nearWords = false;
  /**
   * Per cue group: the stamp of the last check that found a cue of the group (near or unless). A word whose list has
   * no cue in the draft skips the search for one; stamps need no clearing between checks.
   */
  private readonly groupSeen: Int32Array;
  /** Per cue group: the stamp of the last check holding a word of a rule with the group as its near list (collectNearCues). */
  private readonly nearWanted: Int32Array;
  private checkStamp = 0;
  /** Per category: index of its last merged span in the check being resolved, -1 for none yet (reused). */
  private readonly lastMerged: Int32Array;
  /** Category indices of "medical" (escalates absolute claims next to it) and "absolute" (-1 if absent). */
  private readonly strictCategory: number;
  private readonly absoluteCategory: number;
  private readonly detectorRule = new Map<DetectorId, number>();
  private readonly enabledDetectors: ReadonlySet<DetectorId>;
  /** Words of `whole` rules (folded, as wordKey) → rule: a draft that is nothing but one of them. */
  private readonly wholeDrafts = new Map<string, number>();
  /** First and last folded characters of the words of `whole` rules: a draft that starts or ends otherwise is no sequence of them. */
  private readonly wholeFirsts = new CodeSet();
  private readonly wholeLasts = new CodeSet();
  /** Reused [start, end) pairs of a short draft's pieces (wholeSequenceRule). */
  private readonly pieceBounds = new Int32Array(2 * MAX_PIECES);
  /** Per cue group of a rule's unless lists: its one-character cues (folded code units), looked up in the text. */
  private readonly groupSingles: (Uint16Array | undefined)[] = [];
  /** The folded code units that are a one-character cue of any group: most characters near a word are none. */
  private readonly singleCues = new CodeSet();

  private readonly matches = new MatchBuffer();
  /**
   * Indices of the matches that are near cues (HOLDS_NEAR_CUE), in order, noted by classifyMatches: a third of a draft's
   * matches, and all collectNearCues reads.
   */
  private nearMatches = new Int32Array(64);
  private nearMatchCount = 0;
  private readonly allowed = new Spans();
  /** Whether the last check sorted its matches (classifyMatches): else allowed, unlessCues and contextCues are an earlier text's. */
  private matchesSorted = false;
  private readonly words = new WordSpans();
  private readonly nearCues: GroupedCues;
  /** Cues of rules' unless lists (negations). */
  private readonly unlessCues = new Spans();
  /** Cues of contexts (questions, explanations…): inContext walks these only, not every negation as well. */
  private readonly contextCues = new Spans();
  /** Per cue group: 1 when it is a context's group (its cues go to contextCues), 0 for a rule's unless list. */
  private readonly contextGroups: Uint8Array;
  private readonly candidates = new Spans();
  private readonly merged = new RankedSpans();
  /** Detector cues (订单, 微信, 卡号…), ref = index in CUE_KINDS. */
  private readonly cues = new Spans();
  private order = new Int32Array(16);
  private kept = new Int32Array(16);
  /**
   * Per kept span (set for every one by the contest in resolve): the rule of a span more than a hint that lost the
   * overlap to it, -1 for none. Overlapping spans of one category were merged before the contest, so such a loser is
   * another problem in the same words.
   */
  private hiddenRule = new Int32Array(16);
  private readonly hiddenNotes: (string | undefined)[] = [];
  /** Detector hits become candidates of the rule that switched the detector on (one callback for all checks). */
  private readonly emitDetection: Emit = (detector, start, end) => this.candidates.push(start, end, this.detectorRule.get(detector)!);

  /** What a finding reports, per rule: read from arrays, not from rule objects of many shapes (megamorphic loads). */
  private readonly ruleIds: string[];
  private readonly ruleReasons: string[];
  private readonly ruleSuggestions: (string[] | undefined)[];

  /**
   * Per rule: whether the confirm model may lower its findings (a word rule of a built-in category, on every platform,
   * not literal): 0 never, CONFIRMABLE, or CONFIRMABLE_UNSCOPED (not when a comparison scope leads it: inComparisonScope).
   */
  private readonly ruleConfirmable: Uint8Array;
  /**
   * Per rule: whether the veto may lower its findings (1) or not (0): the findings the confirm model may lower and,
   * when VETO_READS_CONTACT_WORDS, a built-in category's detector and literal rules (contact words and details).
   */
  private readonly ruleVetoable: Uint8Array;
  private readonly model: ConfirmModel | undefined;
  private readonly veto: VetoModel | undefined;
  /** The model's verdict on the text being checked: -1 not asked yet, 1 reads clean, 0 does not. */
  private readsClean = -1;

  constructor(
    rules: Rule[],
    allowWords: string[],
    contexts: Context[],
    private readonly spelled: SpellingTables,
    lowering: { model: ConfirmModel | undefined; veto: VetoModel | undefined },
    private readonly rewrites: Rewrites,
  ) {
    const ruleCount = rules.length;
    this.model = lowering.model;
    this.veto = lowering.veto;
    this.ruleConfirmable = Uint8Array.from(rules, (rule) =>
      (CATEGORIES as readonly string[]).includes(rule.category) && !rule.platforms && !rule.detector && !rule.literal &&
      !(rule.severity === 'block' && CONFIRM_KEEPS_BLOCK.includes(rule.category)) && !CONFIRM_KEEPS_ALL.includes(rule.category)
        ? CONFIRM_KEEPS_SCOPED.includes(rule.category) ? CONFIRMABLE_UNSCOPED : CONFIRMABLE
        : 0,
    );
    this.ruleVetoable = Uint8Array.from(rules, (rule, i) =>
      this.ruleConfirmable[i] !== 0 || (VETO_READS_CONTACT_WORDS && (CATEGORIES as readonly string[]).includes(rule.category) && !rule.platforms && (rule.detector !== undefined || rule.literal === true)) ? 1 : 0,
    );
    this.ruleIds = rules.map((rule) => rule.id);
    this.ruleReasons = rules.map((rule) => rule.reason);
    this.ruleSuggestions = rules.map((rule) => rule.suggestions);
    this.ruleCategory = new Int32Array(ruleCount);
    this.ruleRank = new Uint8Array(ruleCount);
    this.ruleNearGroup = new Int32Array(ruleCount).fill(-1);
    this.ruleNearWithin = new Int32Array(ruleCount);
    this.ruleUnlessGroup = new Int32Array(ruleCount).fill(-1);
    this.ruleUnlessWithin = new Int32Array(ruleCount);
    this.ruleAfterGroup = new Int32Array(ruleCount).fill(-1);
    this.ruleAfterWithin = new Int32Array(ruleCount);
    this.ruleStartBoundary = new Int32Array(ruleCount).fill(-1);
    this.ruleEndBoundary = new Int32Array(ruleCount).fill(-1);
    this.ruleClaimEnds = rules.map((rule) =>
      rule.claimAtEnd ? { words: new Set(rule.claimAtEnd.words.map(wordKey)), followers: rule.claimAtEnd.followers.map(wordKey) } : undefined,
    );

    // Words become patterns in compileSteps, which does the work: here they are listed in order.
    const addPattern = (word: string, role: number, ref: number) => this.listedWords.push({ word, role, ref, writing: AS_WRITTEN });
    // Rule words, cues and allowed phrases also match with risky characters spelled in Latin letters ("zui低").
    const addSpelled = (word: string, role: number, ref: number, bare = false) => this.listedWords.push({ word, role, ref, writing: bare ? SPELLED_BARE : SPELLED });
    // Rules sharing the same near/unless word list (e.g. one list of negations) share one cue group.
    const groups = new Map<string, number>();
    const groupOf = (cueWords: string[], role: number, side = '', direct = false, spelled = true) => {
      // A rule's own unless list keeps its one-character cues out of the automaton (they are looked up in the text
      // next to a word instead: "最好" + 的): such characters occur everywhere, and every occurrence would be a match.
      const id = `${role}${side}${direct ? 'd' : ''}:${cueWords.join('\u0000')}`;
      let group = groups.get(id);
      if (group === undefined) {
        group = groups.size;
        groups.set(id, group);
        const singles: number[] = [];
        // Negations and contexts are spelled too: "不能bao证" is as negated as "不能保证".
        for (const word of cueWords) {
          const key = wordKey(word);
          if (direct && key.length === 1) singles.push(key.charCodeAt(0));
          // A one-character near cue is spelled whole too ("眼罩zhi失眠": 治 as zhi next to 失眠), as a rule word needing
          // a cue is: bare, three letters or more.
          else if (spelled) addSpelled(word, role, group, role === ROLE_NEAR && key.length === 1);
          else addPattern(word, role, group);
        }
        this.groupSingles[group] = singles.length > 0 ? Uint16Array.from(singles) : undefined;
        for (const single of singles) this.singleCues.add(single);
      }
      return group;
    };
    rules.forEach((rule, ref) => {
      let category = this.categories.indexOf(rule.category);
      if (category < 0) category = this.categories.push(rule.category) - 1;
      this.ruleCategory[ref] = category;
      this.ruleRank[ref] = SEVERITY_RANK[rule.severity];
      if (rule.whole) for (const word of rule.words ?? []) this.listedWholeWords.push({ word, rule: ref });
      else for (const word of rule.words ?? []) addSpelled(word, ROLE_WORD, ref, rule.near !== undefined);
      if (rule.near) {
        this.ruleNearGroup[ref] = groupOf(rule.near.words, ROLE_NEAR);
        this.ruleNearWithin[ref] = rule.near.within;
      }
      if (rule.unless) {
        this.ruleUnlessGroup[ref] = groupOf(rule.unless.words, ROLE_UNLESS, '', true);
        this.ruleUnlessWithin[ref] = rule.unless.within;
      }
      if (rule.unlessAfter) {
        this.ruleAfterGroup[ref] = groupOf(rule.unlessAfter.words, ROLE_UNLESS, 'after', true);
        this.ruleAfterWithin[ref] = rule.unlessAfter.within;
      }
      // Boundary words are cues of their own groups (matched in the same scan, sorted with the negations), as written:
      // a spelled one would read across a spelled trigger ("这款bao证" is no 这款包).
      if (rule.boundary?.start?.length) this.ruleStartBoundary[ref] = groupOf(rule.boundary.start, ROLE_UNLESS, 'boundary-start', false, false);
      if (rule.boundary?.end?.length) this.ruleEndBoundary[ref] = groupOf(rule.boundary.end, ROLE_UNLESS, 'boundary-end', false, false);
      if (rule.detector) this.detectorRule.set(rule.detector, ref);
    });
    this.rulePlain = Uint8Array.from(rules, (_, ref) =>
      this.ruleUnlessGroup[ref]! < 0 &&
      this.ruleAfterGroup[ref]! < 0 &&
      this.ruleClaimEnds[ref] === undefined &&
      this.ruleStartBoundary[ref]! < 0 &&
      this.ruleEndBoundary[ref]! < 0 &&
      this.ruleCategory[ref]! < MASKED_CATEGORIES
        ? 1
        : 0,
    );
    const compiledContexts = contexts.map((context) => ({
      categories: context.categories,
      before: context.before?.length ? groupOf(context.before, ROLE_UNLESS) : -1,
      after: context.after?.length ? groupOf(context.after, ROLE_UNLESS, 'after') : -1,
      then: context.then?.length ? groupOf(context.then, ROLE_UNLESS, 'then') : -1,
      packed: context.within | ((context.sentence ? SENTENCE_SCOPE : CONTEXT_SCOPE) << 8) | (context.setsOff ? SETS_OFF : 0) | (context.answers ? ANSWERS : 0) | (context.unscoped ? UNSCOPED : 0) | (context.closesClause ? CLOSES_CLAUSE : 0),
      reach: context.within + CONTEXT_SLACK,
      quoted: context.quoted ? context.within : -1,
    }));
    const categoryCount = this.categories.length;
    this.contextBefore = this.categories.map(() => new Int32Array(groups.size).fill(-1));
    this.contextAfter = this.categories.map(() => new Int32Array(groups.size).fill(-1));
    this.contextThen = this.categories.map(() => new Int32Array(groups.size).fill(-1));
    this.contextBeforeReach = new Int32Array(categoryCount).fill(-1);
    this.quotedWithin = new Int32Array(categoryCount).fill(-1);
    this.contextAfterReach = new Int32Array(categoryCount).fill(-1);
    this.categories.forEach((category, index) => {
      for (const context of compiledContexts) {
        if (context.categories && !context.categories.includes(category)) continue;
        if (context.quoted >= 0) this.quotedWithin[index] = Math.max(this.quotedWithin[index]!, context.quoted);
        if (context.before >= 0) {
          this.contextBefore[index]![context.before] = context.packed;
          this.contextThen[index]![context.before] = context.then;
          this.contextBeforeReach[index] = Math.max(this.contextBeforeReach[index]!, context.reach);
        }
        if (context.after >= 0) {
          this.contextAfter[index]![context.after] = context.packed;
          this.contextAfterReach[index] = Math.max(this.contextAfterReach[index]!, context.reach);
        }
      }
    });
    this.groupContextCategories = new Int32Array(groups.size);
    this.contextGroups = new Uint8Array(groups.size);
    for (const { before, after, then } of compiledContexts) for (const group of [before, after, then]) if (group >= 0) this.contextGroups[group] = 1;
    this.groupSeen = new Int32Array(groups.size);
    this.nearWanted = new Int32Array(groups.size);
    this.nearCues = new GroupedCues(groups.size);
    for (let category = 0; category < Math.min(categoryCount, MASKED_CATEGORIES); category++) {
      for (let group = 0; group < groups.size; group++) {
        if (this.contextBefore[category]![group]! >= 0 || this.contextAfter[category]![group]! >= 0) this.groupContextCategories[group]! |= 1 << category;
      }
    }
    // So are everyday phrases: "zui后一件" is as ordinary as "最后一件".
    for (const word of allowWords) addSpelled(word, ROLE_ALLOW, 0);
    if (this.detectorRule.size > 0) {
      CUE_KINDS.forEach((kind, ref) => {
        for (const word of CUE_WORDS[kind]) addPattern(word, ROLE_CUE, ref);
      });
    }
    this.enabledDetectors = new Set(this.detectorRule.keys());
    this.lastMerged = new Int32Array(this.categories.length);
    this.strictCategory = this.categories.indexOf(STRICT_CATEGORY);
    this.absoluteCategory = this.categories.indexOf('absolute');
    this.categoryFits = Uint8Array.from(this.categories, (category) => (fitsFixes(category) ? 1 : 0));
  }

  /** Makes the listed words patterns (spelled variants too), their records and the automaton, in steps (steps.ts). */
  *compileSteps(): Steps<void> {
    // The loops run in plain functions called per step: a generator's own loops are not optimised while it runs.
    yield* inChunks(this.listedWholeWords.length, WORDS_PER_STEP, (from, to) => this.addWholeDrafts(from, to));
    this.listedWholeWords = [];
    const patterns = new PatternTable(this.spelled);
    yield* inChunks(this.listedWords.length, WORDS_PER_STEP, (from, to) => this.addListedWords(patterns, from, to));
    this.listedWords = [];
    const records = new RecordTable(patterns.count);
    yield* inChunks(patterns.count, PATTERNS_PER_STEP, (from, to) => {
      for (let pattern = from; pattern < to; pattern++) records.add(pattern, patterns.firstCode(pattern), patterns.lastCode(pattern), patterns.recordEntries(pattern));
    });
    this.records = Int32Array.from(records.numbers);
    this.recordAt = records.recordAt;
    yield;
    const automaton = yield* Automaton.inSteps(patterns.keyCodes(), this.recordAt, QUOTE_MARKS);
    this.fold = foldTableOf();
    this.classes = classTableOf();
    this.unskippedQuoteMark = unskippedQuoteMark(this.classes);
    this.neighbours = neighbourClassTable(this.fold);
    yield;
    this.cueClasses = cueClassTable(this.classes, this.fold, this.singleCues);
    this.automaton = automaton;
  }

  /** Adds listedWords[from … to) to the patterns, with their dialect and numeral variants and, where listed so, spelled ones. */
  private addListedWords(patterns: PatternTable, from: number, to: number): void {
    for (let w = from; w < to; w++) {
      const { word, role, ref, writing } = this.listedWords[w]!;
      patterns.add(word, writing, role, ref);
    }
  }

  /** Adds the drafts that are nothing but a word of listedWholeWords[from … to), spelled or not, to wholeDrafts. */
  private addWholeDrafts(from: number, to: number): void {
    const fold = foldTableOf();
    const classes = classTableOf();
    for (let w = from; w < to; w++) {
      const { word, rule } = this.listedWholeWords[w]!;
      // Spelled as well: "知dao了" is as curt as "知道了".
      for (const form of writtenForms(word, this.spelled)) {
        const key = foldedKey(form, fold, classes);
        if (key.length === 0 || this.wholeDrafts.has(key)) continue;
        this.wholeDrafts.set(key, rule);
        this.wholeFirsts.add(key.charCodeAt(0));
        this.wholeLasts.add(key.charCodeAt(key.length - 1));
      }
    }
  }

  check(typed: string): Finding[] {
    // Dialect characters outside the BMP are read as Mandarin (same length): findings quote the draft as typed.
    const text = readAstralDialect(typed);
    const findings = this.checkRead(text);
    if (text === typed) return findings;
    for (const finding of findings) finding.match = typed.slice(finding.start, finding.end);
    return findings;
  }

  private checkRead(text: string): Finding[] {
    // Compiled on first use (Node, tests) unless compiled in steps before (a page: see checkerInSteps).
    if (!this.automaton) runSteps(this.compileSteps());
    const automaton = this.automaton!;
    const matches = this.matches;
    matches.count = 0;
    this.matchesSorted = false;
    automaton.scan(text, matches);
    const { digitRun, letters } = automaton;
    const detectors = this.enabledDetectors.size > 0;
    const linkHint = detectors && letters > 0 && mayHoldLink(text);
    const wholeRule = this.wholeDraftRule(text);
    if (matches.count === 0 && wholeRule < 0 && !(detectors && (digitRun >= 5 || linkHint))) return [];

    this.classifyMatches(text);
    const candidates = this.candidates;
    candidates.reset();
    this.wordCandidates(text);
    if (wholeRule >= 0) candidates.push(this.firstWordAt(text, 0, 1), this.firstWordAt(text, text.length - 1, -1) + 1, wholeRule);
    if (detectors) {
      detectContacts(text, this.cues, digitRun, linkHint, this.enabledDetectors, this.emitDetection);
    }
    if (candidates.count === 0) return [];
    return this.resolve(text);
  }

  /** The `whole` rule whose word is the entire draft, or -1; only short drafts are folded and looked up. */
  private wholeDraftRule(text: string): number {
    if (this.wholeDrafts.size === 0 || text.length > WHOLE_SEQUENCE_LENGTH) return -1;
    if (text.length <= WHOLE_DRAFT_LENGTH) {
      const key = wordKey(text);
      if (key.length === 0) return -1;
      const rule = this.wholeDrafts.get(key);
      if (rule !== undefined) return rule;
    }
    return this.wholeSequenceRule(text);
  }

  /**
   * The `whole` rule of a draft made of two or more `whole` words and nothing else, each word one or more of the
   * draft's pieces (runs of word characters between spaces and punctuation): "嗯 嗯 随便", "没空 晚点再说",
   * "说了 没huo 没huo" (说了没货, 没货, 没货). Pieces, not characters: 「嗯嗯」 is one friendly word, not two grunts.
   * A greeting may lead ("亲，退不了，就这样。"). -1 when the draft is no such sequence.
   */
  private wholeSequenceRule(text: string): number {
    const { classes, fold, wholeFirsts, wholeLasts } = this;
    // Pieces as [start, end) code-unit ranges; an emoji inside a word ("没😶货") is skipped as the scan skips it, a
    // space or any punctuation ends the piece.
    const bounds = this.pieceBounds;
    let count = 0;
    for (let i = 0; i < text.length; ) {
      if (classes[text.charCodeAt(i)] !== WORD) {
        i++;
        continue;
      }
      const start = i;
      while (i < text.length && (classes[text.charCodeAt(i)] === WORD || isSurrogate(text.charCodeAt(i)))) i++;
      if (count === MAX_PIECES) return -1;
      bounds[2 * count] = start;
      bounds[2 * count + 1] = i;
      count++;
    }
    const first = count > 0 && GREETINGS.has(this.foldedWord(text, bounds[0]!, bounds[1]!)) ? 1 : 0;
    if (count - first < 2) return -1;
    // Most drafts start or end with a character no whole word starts or ends with: no splitting to do (pieces start
    // and end on word characters).
    if (!wholeFirsts.has(fold[text.charCodeAt(bounds[2 * first]!)]!) || !wholeLasts.has(fold[text.charCodeAt(bounds[2 * count - 1]! - 1)]!)) return -1;
    const pieces: string[] = [];
    for (let p = first; p < count; p++) pieces.push(this.foldedWord(text, bounds[2 * p]!, bounds[2 * p + 1]!));
    // words[j]: how many whole words pieces[0 … j) split into at most (-1: they do not split into whole words).
    const words = new Int32Array(pieces.length + 1).fill(-1);
    let rule = -1;
    words[0] = 0;
    for (let i = 0; i < pieces.length; i++) {
      if (words[i]! < 0) continue;
      let joined = '';
      for (let j = i; j < pieces.length && j < i + 4; j++) {
        joined += pieces[j];
        const found = this.wholeDrafts.get(joined);
        if (found === undefined) continue;
        if (words[i]! + 1 > words[j + 1]!) words[j + 1] = words[i]! + 1;
        if (rule < 0) rule = found;
      }
    }
    return words[pieces.length]! >= 2 ? rule : -1;
  }

  /** The folded word characters of text[start, end). */
  private foldedWord(text: string, start: number, end: number): string {
    let word = '';
    for (let i = start; i < end; i++) if (this.classes[text.charCodeAt(i)] === WORD) word += String.fromCharCode(this.fold[text.charCodeAt(i)]!);
    return word;
  }

  /** Index of the first word character from `from` in `direction`. */
  private firstWordAt(text: string, from: number, direction: 1 | -1): number {
    let i = from;
    while (this.classes[text.charCodeAt(i)] !== WORD) i += direction;
    return i;
  }

  /** Sorts the automaton's matches into allowed spans, rule words, near/unless cues and detector cues. */
  private classifyMatches(text: string): void {
    const { matches, allowed, words, nearCues, unlessCues, contextCues, contextGroups, cues, records, fold, classes, neighbours, groupContextCategories, groupSeen } = this;
    const { ruleNearGroup, nearWanted } = this;
    // Once the 32-bit stamps run out, the table is cleared and they start again: a stale stamp met again would make
    // a group look present and its cue chain (nearCues) be read from an earlier check.
    let stamp = (this.checkStamp + 1) | 0;
    if (stamp === 0) {
      groupSeen.fill(0);
      this.nearWanted.fill(0);
      stamp = 1;
    }
    this.checkStamp = stamp;
    allowed.reset();
    words.reset();
    nearCues.reset();
    unlessCues.reset();
    contextCues.reset();
    cues.reset();
    let contextCategories = 0;
    let nearWords = false;
    if (this.nearMatches.length < matches.count) this.nearMatches = new Int32Array(2 * matches.count);
    const { nearMatches } = this;
    let nearMatchCount = 0;
    for (let m = 0; m < matches.count; m++) {
      const reported = matches.patterns[m]!;
      // Near cues wait for the words (collectNearCues), which reads only the matches noted here.
      if ((reported & HOLDS_NEAR_CUE) !== 0) {
        nearMatches[nearMatchCount++] = m;
        if ((reported & NEAR_CUE_ONLY) !== 0) continue;
      }
      const start = matches.starts[m]!;
      const end = matches.ends[m]!;
      if ((reported & (HOLDS_NEAR_CUE | ONE_ROLE)) === ONE_ROLE) {
        const role = (reported >> ONE_ROLE_SHIFT) & 7;
        const ref = reported & ONE_ROLE_REF;
        if (role === ROLE_ALLOW) allowed.push(start, end, 0);
        else if (role === ROLE_CUE) cues.push(start, end, ref);
        else {
          if (contextGroups[ref] === 1) contextCues.push(start, end, ref);
          else unlessCues.push(start, end, ref);
          groupSeen[ref] = stamp;
          contextCategories |= groupContextCategories[ref]!;
        }
        continue;
      }
      const record = reported & RECORD_OFFSET;
      const edges = records[record]!;
      const leftOk = (edges & 3) === 0 || !continuesToken(text, start - 1, -1, edges & 3, fold, neighbours);
      const rightOk = edges >> 2 === 0 || !continuesToken(text, end, 1, edges >> 2, fold, neighbours);
      const last = record + 4 + records[record + 1]!;
      for (let e = record + 4; e < last; e += 4) {
        const role = records[e];
        const ref = records[e + 1]!;
        if (role === ROLE_WORD) {
          // The entry's rules follow it (wordCandidates reads them).
          const entry = e;
          e += 4 * ((ref + 3) >> 2);
          if (!leftOk || !rightOk) continue;
          const lead = records[entry + 2]!;
          const trail = records[entry + 3]!;
          const shownStart = lead === 0 ? start : skipWordChars(text, start, lead, 1, classes);
          words.pushWord(start, end, entry, shownStart, trail === 0 ? end : skipWordChars(text, end, trail, -1, classes));
          // The near lists the draft's rule words read, marked while the entry is at hand: only their cues are sorted
          // out of the matches (collectNearCues).
          for (let r = entry + 4; r < entry + 4 + ref; r++) {
            const group = ruleNearGroup[records[r]!]!;
            if (group >= 0) {
              nearWanted[group] = stamp;
              nearWords = true;
            }
          }
        } else if (role === ROLE_ALLOW) allowed.push(start, end, 0);
        else if (!leftOk) continue;
        else if (role === ROLE_CUE) cues.push(start, end, ref);
        else if (!rightOk || role === ROLE_NEAR) continue;
        else {
          if (contextGroups[ref] === 1) contextCues.push(start, end, ref);
          else unlessCues.push(start, end, ref);
          groupSeen[ref] = stamp;
          contextCategories |= groupContextCategories[ref]!;
        }
      }
    }
    this.contextCategories = contextCategories;
    this.nearWords = nearWords;
    this.nearMatchCount = nearMatchCount;
    // Both lists keep the widest cue of either: the searches that stop on it look as far as when they were one list.
    unlessCues.widest = contextCues.widest = Math.max(unlessCues.widest, contextCues.widest);
    this.matchesSorted = true;
  }

  /**
   * Where the first and the last code unit of the last checked text that fold to a Latin letter are (-1: it holds
   * none), as its scan counted them (every such code unit is a word character the scan reads).
   */
  get firstLetter(): number {
    return this.automaton!.firstLetter;
  }

  get lastLetter(): number {
    return this.automaton!.lastLetter;
  }

  /**
   * Whether `text` (the last checked, as typed: same length as the text read) holds one of `strings` where the last
   * check's scan matched an allowed phrase or a cue of a rule or context: a span whose folded code units are one of
   * them. False when the check stopped before sorting its matches (then it knows of no such span).
   */
  spansHold(text: string, strings: FoldedStrings): boolean {
    if (!this.matchesSorted) return false;
    const { fold } = this;
    for (const spans of [this.allowed, this.contextCues, this.unlessCues]) {
      for (let s = 0; s < spans.count; s++) if (strings.holds(text, spans.starts[s]!, spans.ends[s]!, fold)) return true;
    }
    return false;
  }

  /** Rule words that survive the allow-list and their rule's unless/near conditions become candidates. */
  private wordCandidates(text: string): void {
    const { allowed, words, records, candidates } = this;
    if (this.nearWords) this.collectNearCues(text);
    for (let w = 0; w < words.count; w++) {
      const start = words.shownStarts[w]!;
      const end = words.shownEnds[w]!;
      if (allowedAround(allowed, start, end, words.starts[w]!, words.ends[w]!)) continue;
      // The word's entry in its pattern's record: its rules follow it.
      const entry = words.refs[w]!;
      const rulesEnd = entry + 4 + records[entry + 1]!;
      for (let r = entry + 4; r < rulesEnd; r++) {
        const rule = records[r]!;
        const category = this.ruleCategory[rule]!;
        if (this.ruleNearGroup[rule]! >= 0) this.nearCandidate(text, rule, category, start, end);
        else if (this.isPlainClaim(text, rule, category) || this.claimStands(text, rule, category, start, end)) candidates.push(start, end, rule);
      }
    }
  }

  /**
   * The near cues of the matches, of the lists marked in nearWanted only, in the order and with the checks classifyMatches
   * gives the other roles (a near cue's ends must not continue a Latin word or number).
   */
  private collectNearCues(text: string): void {
    const { matches, nearMatches, nearCues, records, fold, neighbours, groupSeen, nearWanted, checkStamp } = this;
    for (let n = 0; n < this.nearMatchCount; n++) {
      const m = nearMatches[n]!;
      const reported = matches.patterns[m]!;
      const start = matches.starts[m]!;
      const end = matches.ends[m]!;
      if ((reported & ONE_NEAR_LIST) !== 0) {
        const group = reported & RECORD_OFFSET;
        if (nearWanted[group] !== checkStamp) continue;
        nearCues.pushCue(start, end, group, groupSeen[group] !== checkStamp);
        groupSeen[group] = checkStamp;
        continue;
      }
      const record = reported & RECORD_OFFSET;
      let edgesOk = -1;
      const last = record + 4 + records[record + 1]!;
      for (let e = record + 4; e < last; e += 4) {
        const role = records[e];
        const ref = records[e + 1]!;
        if (role === ROLE_WORD) e += 4 * ((ref + 3) >> 2);
        else if (role === ROLE_NEAR && nearWanted[ref] === checkStamp) {
          if (edgesOk < 0) {
            const edges = records[record]!;
            const leftOk = (edges & 3) === 0 || !continuesToken(text, start - 1, -1, edges & 3, fold, neighbours);
            edgesOk = leftOk && (edges >> 2 === 0 || !continuesToken(text, end, 1, edges >> 2, fold, neighbours)) ? 1 : 0;
          }
          if (edgesOk === 0) break;
          nearCues.pushCue(start, end, ref, groupSeen[ref] !== checkStamp);
          groupSeen[ref] = checkStamp;
        }
      }
    }
  }

  /** The word [start, end) of a near rule with the first cue of the rule's list in reach becomes a candidate. */
  private nearCandidate(text: string, rule: number, category: number, start: number, end: number): void {
    const { allowed, nearCues, candidates, classes } = this;
    const nearGroup = this.ruleNearGroup[rule]!;
    // No cue of its list anywhere in the draft: nothing to look for.
    if (this.groupSeen[nearGroup] !== this.checkStamp) return;
    // Negations are looked for only once a cue is near: most words of near rules have none.
    let stands = -1;
    const within = this.ruleNearWithin[rule]!;
    // Letter-spaced text ("保 证 …") may double the distance in code units: look that far, count in words.
    const reach = 2 * within;
    // The list's cues, in order of their end: from the first one that can reach the word.
    for (let c = this.firstNearCue(nearGroup, start - reach, end + reach); c >= 0; c = nearCues.nextOfGroup[c]!) {
      const cueEnd = nearCues.ends[c]!;
      if (cueEnd < start - reach) continue;
      if (cueEnd - nearCues.widest > end + reach) break;
      const cueStart = nearCues.starts[c]!;
      const gapFrom = Math.min(end, cueEnd);
      const gapTo = Math.max(start, cueStart);
      const gap = Math.max(0, gapTo - gapFrom);
      if (gap > reach || (gap > within && wordsBetween(text, gapFrom, gapTo, classes) > within)) continue;
      if (sentenceEndBetween(text, gapFrom, gapTo, classes)) continue;
      // A cue inside an allowed phrase ("不能替代药物治疗") is ordinary text, not a cue.
      if (allowedAround(allowed, cueStart, cueEnd, cueStart, cueEnd)) continue;
      if (stands < 0) stands = this.isPlainClaim(text, rule, category) || this.claimStands(text, rule, category, start, end) ? 1 : 0;
      if (stands === 0) return;
      // A negated cue makes no claim either ("没有降血压的作用"); a context cue inside the rule's own word is the word
      // ("不给好评就不发了": 不给 of 不给好评 explains no rule before 就不发).
      if (this.inContext(text, category, cueStart, cueEnd, start, end)) continue;
      candidates.push(Math.min(start, cueStart), Math.max(end, cueEnd), rule);
      return;
    }
  }

  /**
   * The group's first cue that may reach a word between `from` and `to`, or -1. A draft holds a few cues: the walk
   * starts at the group's first. A long text (a pasted 100,000-character message) holds thousands, and a walk from the
   * first for every word would grow with the square of the length: there it starts at the first cue ending at `from`
   * (binary search) and steps to its group's, no further than a cue could reach.
   */
  private firstNearCue(group: number, from: number, to: number): number {
    const cues = this.nearCues;
    if (cues.count <= LINKED_WALK_CUES) return cues.firstOfGroup[group]!;
    for (let c = firstEndingAtOrAfter(cues, from); c < cues.count; c++) {
      if (cues.ends[c]! - cues.widest > to) return -1;
      if (cues.refs[c] === group) return c;
    }
    return -1;
  }

  /**
   * The rule has no unless lists, claimAtEnd or boundary and the draft no context cue of its category: its words stand
   * without a look around them (most words, most drafts; claimStands would say the same, at the cost of a call and its
   * lookups).
   */
  private isPlainClaim(text: string, rule: number, category: number): boolean {
    return (
      this.rulePlain[rule] === 1 &&
      (this.contextCategories & (1 << category)) === 0 &&
      (this.quotedWithin[category]! < 0 || !this.holdsQuoteMarks(text))
    );
  }

  /** Whether the text holds a quote mark: the scan counts those it skips, a quote mark it reads (none, as the tables stand) is looked for. */
  private holdsQuoteMarks(text: string): boolean {
    return this.automaton!.marks > 0 || (this.unskippedQuoteMark !== undefined && this.unskippedQuoteMark.test(text));
  }

  /** The word [start, end) of the rule is not negated by the rule's unless lists nor in one of its category's contexts. */
  private claimStands(text: string, rule: number, category: number, start: number, end: number): boolean {
    const { unlessCues, allowed, classes, groupSeen, checkStamp } = this;
    const startBoundary = this.ruleStartBoundary[rule]!;
    if (startBoundary >= 0 && groupSeen[startBoundary] === checkStamp && cutThrough(unlessCues, startBoundary, start)) return false;
    const endBoundary = this.ruleEndBoundary[rule]!;
    if (endBoundary >= 0 && groupSeen[endBoundary] === checkStamp && cutThrough(unlessCues, endBoundary, end)) return false;
    const claimEnds = this.ruleClaimEnds[rule];
    if (claimEnds !== undefined && claimEnds.words.has(foldedWord(text, start, end, this.fold, classes)) && !claimEndsAt(text, end, claimEnds.followers, this.fold, classes)) {
      return false;
    }
    const unlessGroup = this.ruleUnlessGroup[rule]!;
    if (unlessGroup >= 0) {
      const within = this.ruleUnlessWithin[rule]!;
      if (groupSeen[unlessGroup] === checkStamp && negatedBefore(text, unlessCues, allowed, unlessGroup, within, start, end, classes)) return false;
      const singles = this.groupSingles[unlessGroup];
      if (singles && singleCueNear(text, singles, this.cueClasses, allowed, within, start, -1, this.fold, classes)) return false;
    }
    const afterGroup = this.ruleAfterGroup[rule]!;
    if (afterGroup >= 0) {
      const within = this.ruleAfterWithin[rule]!;
      if (groupSeen[afterGroup] === checkStamp && negatedAfter(text, unlessCues, allowed, afterGroup, within, end, classes)) return false;
      const singles = this.groupSingles[afterGroup];
      if (singles && singleCueNear(text, singles, this.cueClasses, allowed, within, end, 1, this.fold, classes)) return false;
    }
    return !this.inContext(text, category, start, end);
  }

  /** Whether a context cue of the category stands right before or after [start, end) (a cue within [wordStart, wordEnd), the rule word of a near cue, does not count): one pass over the cues near it. */
  private inContext(text: string, category: number, start: number, end: number, wordStart = -1, wordEnd = -1): boolean {
    const { contextCues: cues, allowed, classes } = this;
    const quoted = this.quotedWithin[category]!;
    if (quoted >= 0 && this.holdsQuoteMarks(text) && (quotedAround(text, start, end, quoted, classes) || reportedQuote(text, start, end, classes))) return true;
    if (category < MASKED_CATEGORIES ? (this.contextCategories & (1 << category)) === 0 : cues.count === 0) return false;
    const beforeReach = this.contextBeforeReach[category]!;
    if (beforeReach >= 0) {
      const packedOf = this.contextBefore[category]!;
      for (let c = firstEndingAtOrAfter(cues, start - beforeReach); c < cues.count; c++) {
        const cueStart = cues.starts[c]!;
        const cueEnd = cues.ends[c]!;
        if (cueEnd > end) break;
        const packed = packedOf[cues.refs[c]!]!;
        if (packed < 0 || cueStart >= start || (cueStart >= wordStart && cueEnd <= wordEnd)) continue;
        if (cueEnd <= start && !(packed & SETS_OFF && onlySpaces(text, cueEnd, start)) && outOfReach(text, cueEnd, start, packed & 0xff, (packed >> 8) & 3, classes)) continue;
        const then = this.contextThen[category]![cues.refs[c]!]!;
        if (then >= 0 && !followedInSentence(text, cues, allowed, then, end, classes)) continue;
        if (packed & UNSCOPED && inComparisonScope(text, start, end)) continue;
        if (!insideAllowed(allowed, cueStart, cueEnd)) return true;
      }
    }
    const afterReach = this.contextAfterReach[category]!;
    if (afterReach >= 0) {
      const packedOf = this.contextAfter[category]!;
      for (let c = firstEndingAtOrAfter(cues, end); c < cues.count; c++) {
        const cueStart = cues.starts[c]!;
        const cueEnd = cues.ends[c]!;
        if (cueEnd - cues.widest > end + afterReach) break;
        const packed = packedOf[cues.refs[c]!]!;
        if (packed < 0 || cueStart < end) continue;
        if (packed & ANSWERS ? !answeredAfter(text, end, cueStart, packed & 0xff, classes) : outOfReach(text, end, cueStart, packed & 0xff, (packed >> 8) & 3, classes)) continue;
        if (packed & CLOSES_CLAUSE && !claimEndsAt(text, cueEnd, clauseParticlesFolded(), this.fold, classes)) continue;
        if (packed & UNSCOPED && inComparisonScope(text, start, end)) continue;
        if (!insideAllowed(allowed, cueStart, cueEnd)) return true;
      }
    }
    return false;
  }

  /**
   * Merges touching hits of one category, keeps the most severe then longest of overlapping ones, and
   * builds the findings in text order. Works on index arrays: no closures or temporary objects.
   */
  private resolve(text: string): Finding[] {
    const { candidates, merged, ruleCategory, ruleRank } = this;
    const count = candidates.count;
    // Absolute claims next to a medical claim are escalated (no leniency in medical contexts): a 提醒 of the category
    // `escalated` counts as 拦截 below.
    let strict = false;
    for (let c = 0; c < count && !strict; c++) strict = ruleCategory[candidates.refs[c]!] === this.strictCategory;
    const escalated = strict ? this.absoluteCategory : -1;

    // 1. Same category, overlapping or separated only by skippable characters → one span under its most severe, then
    // longest piece (a 拦截 word inside a longer 提醒 phrase keeps the span 拦截: 机关特供的 is 特供).
    // Candidates in order of start (detector hits follow the word hits, so a long text is not nearly sorted:
    // sortIndices merges sorted runs beyond a handful); each joins the last span of its own category when
    // it touches it. Per category that is the same sequence as grouping by category first, without the grouping.
    let order = this.indexOrder(count);
    if (!startsAscending(candidates)) sortByStart(order, count, candidates.starts, ruleCategory, candidates);
    merged.reset();
    const { lastMerged } = this;
    for (let category = 0; category < lastMerged.length; category++) lastMerged[category] = -1;
    // Merged spans come in order of start (each starts at a candidate, which come so); only spans of one start may be
    // out of category order.
    let mergedInOrder = true;
    for (let k = 0; k < count; k++) {
      const c = order[k]!;
      const start = candidates.starts[c]!;
      const end = candidates.ends[c]!;
      const rule = candidates.refs[c]!;
      const category = ruleCategory[rule]!;
      const rank = ruleRank[rule] === 1 && category === escalated ? 2 : ruleRank[rule]!;
      const last = lastMerged[category]!;
      const touching = last >= 0 && (start <= merged.ends[last]! || start <= merged.ends[last]! + skippableRun(text, merged.ends[last]!, start, this.classes));
      if (!touching) {
        const previous = merged.count - 1;
        if (previous >= 0 && merged.starts[previous] === start && ruleCategory[merged.refs[previous]!]! > category) mergedInOrder = false;
        lastMerged[category] = merged.count;
        merged.pushRanked(start, end, rule, rank);
        continue;
      }
      if (rank > merged.ranks[last]! || (rank === merged.ranks[last]! && end - start > merged.longest[last]!)) {
        merged.refs[last] = rule;
        merged.ranks[last] = rank;
        merged.longest[last] = end - start;
      }
      merged.ends[last] = Math.max(merged.ends[last]!, end);
    }

    // 2. Across categories: the most severe, then the longest, then the earliest wins an overlap. Spans in text
    // order fall into clusters of (transitively) overlapping spans; only inside a cluster do they compete, so the
    // work stays linear in the text however many findings it holds. Usually every cluster is a single span.
    // Spans of one start in order of category, as they came when grouped by category (ties in the contests below
    // keep that order).
    order = this.indexOrder(merged.count);
    if (!mergedInOrder) sortIndices(order, 0, merged.count, BY_START_THEN_CATEGORY, merged, ruleCategory);
    const kept = this.reserveKept(merged.count);
    // Beside each kept span, the rule of a span of another category it pushed out (hiddenRule): a second problem in the
    // same words (好评后加微信返现 is review bait and off-platform contact), which the finding names and which counts
    // when the model is asked.
    const { hiddenRule } = this;
    let keptCount = 0;
    for (let first = 0; first < merged.count; ) {
      let last = first + 1;
      let reach = merged.ends[order[first]!]!;
      while (last < merged.count && merged.starts[order[last]!]! < reach) reach = Math.max(reach, merged.ends[order[last++]!]!);
      if (last - first === 1) {
        hiddenRule[keptCount] = -1;
        kept[keptCount++] = order[first]!;
      } else if (last - first === 2 && overlapping(merged, order[first]!, order[first + 1]!)) {
        // The usual contest, two spans over one another: the winner is the one keepWinners would sort first.
        const a = order[first]!;
        const b = order[first + 1]!;
        const aWins = compareSpans(BY_SEVERITY_THEN_LENGTH, merged, ruleCategory, a, b) <= 0;
        const winner = aWins ? a : b;
        const loser = aWins ? b : a;
        hiddenRule[keptCount] = this.worthNoting(winner, loser) ? merged.refs[loser]! : -1;
        kept[keptCount++] = winner;
      } else {
        const from = keptCount;
        keptCount = keepWinners(order, first, last, merged, ruleCategory, kept, keptCount);
        this.noteClusterLosers(order, first, last, from, keptCount);
      }
      first = last;
    }

    const findings: Finding[] = [];
    // 3. The confirm model may lower findings to hints. It reads the findings and their surroundings (CONFIRM_REACH),
    // and is not asked when the draft holds a finding it may not lower (contact details, a literal rule, a platform's
    // or a team's rule): such a draft is not clean whatever the model says.
    this.readsClean = -1;
    let from = text.length;
    let to = 0;
    let claims = 0;
    let scoped = -1;
    for (let k = 0; k < keptCount && this.readsClean < 0; k++) {
      const m = kept[k]!;
      if (merged.ranks[m] === 0) continue;
      const confirmable = this.ruleConfirmable[merged.refs[m]!]!;
      if (confirmable === 0 || ++claims >= CONFIRM_MAX_CLAIMS || (hiddenRule[k]! >= 0 && this.ruleConfirmable[hiddenRule[k]!] === 0)) this.readsClean = 0;
      // The model is asked about one claim at most: whether its scope keeps it is read only if the model says clean.
      else if (confirmable === CONFIRMABLE_UNSCOPED) scoped = m;
      from = Math.min(from, merged.starts[m]!);
      to = Math.max(to, merged.ends[m]!);
    }
    from = Math.max(0, from - CONFIRM_REACH);
    to = Math.min(text.length, to + CONFIRM_REACH);
    // The veto is read only when it could leave the draft without a 提醒 or 拦截: every such finding is one it may lower.
    let vetoAsked = this.veto !== undefined && text.length >= VETO_MIN_LENGTH;
    for (let k = 0; k < keptCount && vetoAsked; k++) vetoAsked = merged.ranks[kept[k]!] === 0 || this.ruleVetoable[merged.refs[kept[k]!]!] !== 0;
    for (let k = 0; k < keptCount; k++) {
      const m = kept[k]!;
      const rule = merged.refs[m]!;
      // An emoji read as a word ("🐧" as q, "💯" as 百分百) is read by its low surrogate: underline the whole emoji.
      const start = isLowSurrogate(text, merged.starts[m]!) && isHighSurrogate(text, merged.starts[m]! - 1) ? merged.starts[m]! - 1 : merged.starts[m]!;
      const end = merged.ends[m]!;
      const categoryIndex = ruleCategory[rule]!;
      const category = this.categories[categoryIndex]!;
      // A claim a comparison scope leads (全网最好) is kept from the veto as from the confirm model (CONFIRM_KEEPS_SCOPED):
      // since the veto reads drafts holding contact words (round 24) it is asked about such claims far more often. The
      // scope is read last, only for a finding the veto would otherwise be asked about (it folds the claim's words).
      const lowered =
        merged.ranks[m]! > 0 &&
        ((this.ruleConfirmable[rule] !== 0 && this.draftReadsClean(text, from, to, scoped)) ||
          (vetoAsked && !(this.ruleConfirmable[rule] === CONFIRMABLE_UNSCOPED && inComparisonScope(text, start, end)) && this.vetoes(text, start, end, category)));
      const rank = lowered ? 0 : merged.ranks[m]!;
      const match = text.slice(start, end);
      const reason = this.reasonFor(rule, rank, lowered, category);
      const noted = hiddenRule[k]! >= 0 ? reason + this.hiddenNote(hiddenRule[k]!, category) : reason;
      const severity = SEVERITY_BY_RANK[rank]!;
      const ruleId = this.ruleIds[rule]!;
      // A category nothing fits (a team's own) gets a plain finding: a fitted one costs its accessors on every check.
      findings.push(
        this.categoryFits[categoryIndex] === 1
          ? new FittedFinding(this, rule, text, start, end, match, category, severity, ruleId, noted)
          : { start, end, match, category, severity, rule: ruleId, reason: noted, suggestions: this.suggestionsFor(rule, category, text, start, end, this.rewrites.of(match)) },
      );
    }
    return findings;
  }

  /**
   * Why a finding of the rule at severity `rank` is reported. Most findings have no hidden problem: their reason is the
   * rule's own string, handed out without concatenating an empty note (a string addition per finding).
   */
  private reasonFor(rule: number, rank: number, lowered: boolean, category: string): string {
    if (lowered) return `这句话读起来像是否定、转述或在说明规则，所以只作提示；如果确实是${categoryLabel(category)}的说法，请改写`;
    return rank === this.ruleRank[rule] ? this.ruleReasons[rule]! : this.ruleReasons[rule] + ESCALATED_NOTE;
  }

  /**
   * After a contest of three or more spans (keepWinners put the winners at kept[from … to)): for each winner, the first
   * losing span it pushed out that is worth noting (worthNoting), in hiddenRule (-1: none).
   */
  private noteClusterLosers(order: Int32Array, first: number, last: number, from: number, to: number): void {
    const { merged, kept, hiddenRule } = this;
    for (let k = from; k < to; k++) {
      hiddenRule[k] = -1;
      for (let i = first; i < last && hiddenRule[k]! < 0; i++) {
        const m = order[i]!;
        if (m === kept[k] || !this.worthNoting(kept[k]!, m) || !overlapping(merged, kept[k]!, m)) continue;
        if (!keptBetween(kept, from, to, m)) hiddenRule[k] = merged.refs[m]!;
      }
    }
  }

  /**
   * Whether the span `loser`, pushed out by `winner`, is a second problem the agent should know: one that would be a
   * finding as severe on its own, one the model may never lower (contact details: 好评后加微信返现), or a claim that holds
   * the winner's words and more (医美机构术后专用同款 around 术后专用). A milder reading made of the winner's own words, in
   * it or across its edge (a 提醒 under a 拦截: 金奖 in 凡给予五星好评…均可获得现金奖励, 最 in 您最有理行了吧), goes with
   * the winner's rewrite and would only send the agent after a problem that is not there; a hint never counts.
   */
  private worthNoting(winner: number, loser: number): boolean {
    const { ranks, refs, starts, ends } = this.merged;
    if (ranks[loser] === 0) return false;
    if (ranks[loser]! >= ranks[winner]! || this.ruleConfirmable[refs[loser]!] === 0) return true;
    return starts[loser]! <= starts[winner]! && ends[loser]! >= ends[winner]!;
  }

  /**
   * The note a finding's reason ends with when another problem hides under it (hiddenRule); built once per rule. Curt
   * service attitude under abuse is the same problem, milder: not worth a note.
   */
  private hiddenNote(rule: number, winnerCategory: string): string {
    const category = this.categories[this.ruleCategory[rule]!]!;
    if (category === 'attitude' && winnerCategory === 'abuse') return '';
    return (this.hiddenNotes[rule] ??= `；同一处还有${categoryLabel(category)}的问题：${this.ruleReasons[rule]}`);
  }

  /**
   * A finding's suggestions and, where they replace more than the flagged words, their range (`fix`): for a turn of
   * speech or a rank or effect claim, as far as the fix must reach to leave the sentence right (fit.ts, fitFixes).
   * Read by FittedFinding when its fixes are first asked for.
   */
  fixesOf(rule: number, text: string, start: number, end: number, category: string): FittedFixes {
    const own = this.ruleSuggestions[rule] ?? NO_REWRITES;
    const rewritten = this.rewrites.of(text.slice(start, end));
    if (reachesPastClaim(category)) return fitFixes(text, start, end, category, rewritten, own);
    // Other categories: the fitted suggestions, widened to the claim's clause where all of them are whole clauses.
    return fitClaimOfFact(text, start, end, category, this.suggestionsFor(rule, category, text, start, end, rewritten), rewritten, own);
  }

  /**
   * A finding's suggestions (its own array): rewrites of the claim text[start, end) first, then the rule's own, each only
   * where it fits the claim's topic and leaves the sentence whole (fit.ts).
   */
  private suggestionsFor(rule: number, category: string, text: string, start: number, end: number, rewritten = this.rewrites.of(text.slice(start, end))): string[] {
    const own = this.ruleSuggestions[rule] ?? NO_REWRITES;
    if (rewritten.length === 0 && own.length === 0) return [];
    if (!needsFitting(category, rewritten, own)) {
      if (rewritten.length === 0) return own.slice();
      // Merged once per rewrite list and rule: the same few claims recur draft after draft, and a Set per finding costs.
      let byRule = this.mergedSuggestions.get(rewritten);
      if (byRule === undefined) {
        if (this.mergedSuggestions.size >= 4096) this.mergedSuggestions.clear();
        this.mergedSuggestions.set(rewritten, (byRule = []));
      }
      return (byRule[rule] ??= [...new Set([...rewritten, ...own])]).slice();
    }
    return fitSuggestions(text, start, end, category, rewritten, own);
  }

  /** Per rewrite list (Rewrites.of answers the same array for the same claim), per rule: the merged suggestions. */
  private readonly mergedSuggestions = new Map<readonly string[], string[][]>();


  /**
   * Asks the confirm model once per check, about text[from, to), only when a finding could be lowered; a clean verdict
   * does not hold for the merged span `scoped` (-1: none) when a comparison scope leads it (inComparisonScope).
   */
  private draftReadsClean(text: string, from: number, to: number, scoped: number): boolean {
    if (!this.model || text.length < CONFIRM_MIN_LENGTH) return false;
    if (this.readsClean < 0) {
      const { merged } = this;
      this.readsClean =
        riskProbability(this.model, text, from, to) < CONFIRM_BELOW && !(scoped >= 0 && inComparisonScope(text, merged.starts[scoped]!, merged.ends[scoped]!)) ? 1 : 0;
    }
    return this.readsClean === 1;
  }

  /**
   * Whether the learned veto (veto-model.ts) reads the finding of `category` over text[start, end) as no claim: a claim
   * word disowned, negated, explained or asked about in a way no context of the rules knows. Asked per finding the
   * confirm model may lower and did not, in a draft of VETO_MIN_LENGTH or more whose every 提醒 and 拦截 it may lower
   * (as measured: a draft that stays flagged whatever it says is not read, which kept the mixed bench corpus's cost down).
   */
  private vetoes(text: string, start: number, end: number, category: string): boolean {
    return vetoRisk(this.veto!, text, start, end, category) < VETO_BELOW;
  }

  /** Grows the reused index buffer to hold `count` indices. */
  private reserveOrder(count: number): void {
    if (this.order.length < count) this.order = new Int32Array(count * 2);
  }

  /** The reused buffer of kept span indices, large enough for `count`. */
  private reserveKept(count: number): Int32Array {
    if (this.kept.length < count) {
      this.kept = new Int32Array(count * 2);
      this.hiddenRule = new Int32Array(count * 2);
    }
    return this.kept;
  }

  /** 0 … count-1 in a reused array. */
  private indexOrder(count: number): Int32Array {
    this.reserveOrder(count);
    for (let i = 0; i < count; i++) this.order[i] = i;
    return this.order;
  }
}

/** Each table is decoded once and shared by every checker compiled with it. */
/** Orders of spans: one comparison function with a switch keeps the call site monomorphic (inlined). */
const BY_START_THEN_CATEGORY = 0;
const BY_SEVERITY_THEN_LENGTH = 1;
const BY_START = 2;
type SpanOrder = typeof BY_START_THEN_CATEGORY | typeof BY_SEVERITY_THEN_LENGTH | typeof BY_START;

function compareSpans(by: SpanOrder, spans: Spans, ruleCategory: Int32Array, a: number, b: number): number {
  const { starts } = spans;
  if (by === BY_START) return starts[a]! - starts[b]!;
  if (by === BY_START_THEN_CATEGORY) return starts[a]! - starts[b]! || ruleCategory[spans.refs[a]!]! - ruleCategory[spans.refs[b]!]!;
  // Only merged spans, which carry ranks, are ordered by severity.
  const { ends, ranks } = spans as RankedSpans;
  return ranks[b]! - ranks[a]! || ends[b]! - starts[b]! - (ends[a]! - starts[a]!) || starts[a]! - starts[b]!;
}

/** Sorts order[from … from + count) stably; linear on input that is nearly in order. */
function insertionSort(order: Int32Array, from: number, count: number, by: SpanOrder, spans: Spans, ruleCategory: Int32Array): void {
  const end = from + count;
  for (let i = from + 1; i < end; i++) {
    const value = order[i]!;
    let j = i - 1;
    while (j >= from && compareSpans(by, spans, ruleCategory, order[j]!, value) > 0) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = value;
  }
}

/**
 * The candidates' indices in order of start, stably: a draft's handful is nearly in order (a near hit starts at its
 * cue, before the word; detector hits come last), so an insertion sort that reads the starts alone does it; many
 * (a long text) go to sortIndices.
 */
function sortByStart(order: Int32Array, count: number, starts: Int32Array, ruleCategory: Int32Array, spans: Spans): void {
  if (count > SORTED_RUN) return sortIndices(order, 0, count, BY_START, spans, ruleCategory);
  for (let i = 1; i < count; i++) {
    const value = order[i]!;
    const start = starts[value]!;
    let j = i - 1;
    while (j >= 0 && starts[order[j]!]! > start) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = value;
  }
}

/** Runs insertion-sorted before merging (sortIndices): short enough that a run out of order costs little. */
const SORTED_RUN = 32;
/** The merge's scratch indices, reused (grown when a check has more spans than it holds). */
let mergeScratch = new Int32Array(256);

/**
 * Sorts the `count` indices from `from` stably, in place and without allocating: insertion sort for the usual handful,
 * beyond that runs of SORTED_RUN insertion-sorted then merged bottom up (a merge whose halves are in order already, as
 * in a draft whose few near or detector hits come late, is skipped). Before, the built-in sort copied the indices to
 * an array and called a closure per comparison: measured a tenth of resolve's time on 200-character drafts.
 */
function sortIndices(order: Int32Array, from: number, count: number, by: SpanOrder, spans: Spans, ruleCategory: Int32Array): void {
  if (count <= SORTED_RUN) return insertionSort(order, from, count, by, spans, ruleCategory);
  const end = from + count;
  for (let run = from; run < end; run += SORTED_RUN) insertionSort(order, run, Math.min(SORTED_RUN, end - run), by, spans, ruleCategory);
  if (mergeScratch.length < count) mergeScratch = new Int32Array(2 * count);
  const scratch = mergeScratch;
  for (let width = SORTED_RUN; width < count; width *= 2) {
    for (let left = from; left + width < end; left += 2 * width) {
      const middle = left + width;
      const right = Math.min(middle + width, end);
      if (compareSpans(by, spans, ruleCategory, order[middle - 1]!, order[middle]!) <= 0) continue;
      // Stable: on a tie the left half's index goes first.
      for (let k = left; k < middle; k++) scratch[k - left] = order[k]!;
      let a = 0;
      const aEnd = middle - left;
      let b = middle;
      let to = left;
      while (a < aEnd && b < right) order[to++] = compareSpans(by, spans, ruleCategory, scratch[a]!, order[b]!) <= 0 ? scratch[a++]! : order[b++]!;
      while (a < aEnd) order[to++] = scratch[a++]!;
    }
  }
}

/**
 * One cluster of overlapping spans (order[first … last), in order of start, sorted in place): the most severe, then
 * longest, then earliest span wins and pushes out those it overlaps, and so on. Appends the winners to `kept` in text order.
 */
function keepWinners(order: Int32Array, first: number, last: number, spans: RankedSpans, ruleCategory: Int32Array, kept: Int32Array, keptCount: number): number {
  sortIndices(order, first, last - first, BY_SEVERITY_THEN_LENGTH, spans, ruleCategory);
  const from = keptCount;
  for (let k = first; k < last; k++) {
    const m = order[k]!;
    let overlaps = false;
    for (let j = from; j < keptCount && !overlaps; j++) overlaps = overlapping(spans, kept[j]!, m);
    if (!overlaps) kept[keptCount++] = m;
  }
  sortIndices(kept, from, keptCount - from, BY_START, spans, ruleCategory);
  return keptCount;
}

/** Whether span m is among kept[from … to). */
function keptBetween(kept: Int32Array, from: number, to: number, m: number): boolean {
  for (let k = from; k < to; k++) if (kept[k] === m) return true;
  return false;
}

/** Whether the spans are in order of start already (usually: then they need no sorting). */
function startsAscending(spans: Spans): boolean {
  for (let s = 1; s < spans.count; s++) if (spans.starts[s]! < spans.starts[s - 1]!) return false;
  return true;
}

/** Spans a and b share at least one code unit. */
function overlapping(spans: Spans, a: number, b: number): boolean {
  return spans.starts[a]! < spans.ends[b]! && spans.starts[b]! < spans.ends[a]!;
}

/**
 * An allowed phrase covers the reported span [start, end) and reaches beyond the matched span [matchStart, matchEnd)
 * (context included): so "最后" cancels the 最 of "(是)最" in "是最后", while "最好" does not cancel "最好(的)", and an
 * allow entry equal to a rule word does not cancel it.
 */
function allowedAround(spans: Spans, start: number, end: number, matchStart: number, matchEnd: number): boolean {
  for (let s = firstEndingAtOrAfter(spans, end); s < spans.count; s++) {
    const allowStart = spans.starts[s]!;
    const allowEnd = spans.ends[s]!;
    if (allowEnd - spans.widest > end) break;
    if (allowStart <= start && (allowStart < matchStart || allowEnd > matchEnd)) return true;
  }
  return false;
}

/** An allowed phrase begins before the cue [start, end) and covers it: the cue is part of another word. */
function insideAllowed(spans: Spans, start: number, end: number): boolean {
  for (let s = firstEndingAtOrAfter(spans, end); s < spans.count; s++) {
    if (spans.ends[s]! - spans.widest > end) break;
    if (spans.starts[s]! < start) return true;
  }
  return false;
}

/**
 * How far a cue reaches (rule unless lists: code units, the clause; contexts: word characters, the clause or
 * the sentence). Spaces and symbols are not counted for contexts: "“至臻”系列" has the cue right after the word.
 */
const RULE_SCOPE = 0;
const CONTEXT_SCOPE = 1;
const SENTENCE_SCOPE = 2;
/** Spaces and symbols a context may skip on top of its `within` word characters. */
const CONTEXT_SLACK = 8;
/** Packed context flag: only spaces between a before cue and the word keep the word in reach (Context.setsOff). */
const SETS_OFF = 1 << 10;
/** Packed context flag: the after cue counts only right after the question mark that ends the word's sentence (Context.answers). */
const ANSWERS = 1 << 11;
/** Packed with a context: it does not hold for a claim a comparison scope leads (Context.unscoped). */
const UNSCOPED = 1 << 12;
/** Packed context flag: the after cue counts only where its clause ends right after it (Context.closesClause). */
const CLOSES_CLAUSE = 1 << 13;
/** Sentence particles that may follow a clause-closing cue ("做不到哈"); not 的 or 了, which go on ("做不到的话"). */
const CLAUSE_PARTICLE_WORDS = ['哈', '哦', '噢', '呢', '啊', '呀', '啦', '嘞', '喔', '哟', '呐', '哇', '嘛', '哒', '滴', '捏', '亲'];
let clauseParticles: string[] | undefined;
/**
 * CLAUSE_PARTICLE_WORDS folded, on first use: folding builds the fold tables, which the content script can build only
 * once the builtins file has filled its traditional → simplified table (scripts/packaged-modules.ts), not as it loads.
 */
const clauseParticlesFolded = () => (clauseParticles ??= CLAUSE_PARTICLE_WORDS.map(wordKey));

/** Quote marks that open a quoted word (straight ones both open and close). */
const OPENING_QUOTES = new Set([0x201c, 0x2018, 0x300c, 0x300e, 0x300a, 0x22, 0x27, 0xff02, 0xff07]);
const CLOSING_QUOTES = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0x300b, 0x22, 0x27, 0xff02, 0xff07]);
/**
 * Any of them: the scan counts those it skips (Automaton.marks), so a check learns whether a draft holds one without a
 * pass of its own; any it does not skip are looked for by a regular expression (one character class).
 */
const QUOTE_MARKS = [...new Set([...OPENING_QUOTES, ...CLOSING_QUOTES])];

/** The quote marks that are no skipped characters by `classes`, as one character class; undefined when there are none. */
function unskippedQuoteMark(classes: Uint8Array): RegExp | undefined {
  const codes = QUOTE_MARKS.filter((code) => classes[code] !== SKIP);
  return codes.length > 0 ? new RegExp(`[${codes.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`) : undefined;
}

/**
 * [start, end) stands inside quote marks in its clause, the quote holding at most `within` other word characters
 * ("“第一品牌”那几个字", "\"王牌飞行员\"拼装积木"): the words are named, not said (Context.quoted). A quote mark inside
 * [start, end) splits it: the word was only read across the end of a quoted name ("“猫王”牌" is no 王牌).
 */
function quotedAround(text: string, start: number, end: number, within: number, classes: Uint8Array): boolean {
  for (let i = start + 1; i < end - 1; i++) if (OPENING_QUOTES.has(text.charCodeAt(i)) || CLOSING_QUOTES.has(text.charCodeAt(i))) return true;
  let others = 0;
  let open = start - 1;
  for (; open >= 0; open--) {
    const code = text.charCodeAt(open);
    if (OPENING_QUOTES.has(code)) break;
    const kind = classes[code];
    if (kind === BREAK || kind === CLAUSE || (kind === WORD && ++others > within)) return false;
  }
  if (open < 0) return false;
  for (let close = end; close < text.length; close++) {
    const code = text.charCodeAt(close);
    if (CLOSING_QUOTES.has(code)) return true;
    const kind = classes[code];
    if (kind === BREAK || kind === CLAUSE || (kind === WORD && ++others > within)) return false;
  }
  return false;
}

/** Last characters of a verb of saying, asking or writing that introduces a quotation (说「…」, 原话：“…”). */
const SPEECH_ENDS = new Set([...'说问讲道称话言'].map((c) => c.charCodeAt(0)));
/** Two-character verbs whose last character is too common alone (提到, 写着, 印有, 说的). */
const SPEECH_PAIRS = new Set(['提到', '听到', '看到', '写着', '印着', '写明', '印有', '写的', '说的', '问的', '表示', '反馈', '评价']);
/** Right before a verb of saying, the shop as speaker or the buyer as the one told: then the words quoted are the shop's. */
const SHOP_SPEAKERS = new Set(['跟您', '跟你', '给您', '给你', '和您', '和你', '对您', '对你', '向您', '向你', '客服', '我们', '咱们', '主播', '店家', '老板', '小编', '我', '咱']);

/**
 * [start, end) stands in a quotation of someone's words, however long, right after a verb of saying or writing and
 * within one clause ("有宝子说「这是我买过最舒服的卫衣」", "您提到「朋友说这个茶能降血糖」", "评价的原话：“…最好的拖把”"):
 * the claim is reported, not made (Context.quoted).
 */
function reportedQuote(text: string, start: number, end: number, classes: Uint8Array): boolean {
  let open = start - 1;
  for (; open >= 0; open--) {
    const code = text.charCodeAt(open);
    if (OPENING_QUOTES.has(code)) break;
    const kind = classes[code];
    if (kind === BREAK || kind === CLAUSE) return false;
  }
  if (open < 0) return false;
  let verb = open - 1;
  while (verb >= 0 && ' \u3000：:，,'.includes(text[verb]!)) verb--;
  if (verb < 0 || !(SPEECH_ENDS.has(text.charCodeAt(verb)) || (verb > 0 && SPEECH_PAIRS.has(text.slice(verb - 1, verb + 1))))) return false;
  // "我跟您说“这款就是最好的”", "客服说“…没有之一”": the shop's own words, told to the buyer or said by its staff.
  if (verb > 1 && SHOP_SPEAKERS.has(text.slice(verb - 2, verb))) return false;
  if (verb > 0 && SHOP_SPEAKERS.has(text[verb - 1]!)) return false;
  for (let close = end; close < text.length; close++) {
    const code = text.charCodeAt(close);
    if (CLOSING_QUOTES.has(code)) return true;
    const kind = classes[code];
    if (kind === BREAK || kind === CLAUSE) return false;
  }
  return false;
}

/** 吗, which closes a question in chat where the question mark is often left out ("是央视报道过的吗 不是的哈"). */
const QUESTION_PARTICLE = 0x5417;

/** How the answer may address the buyer before it starts ("保证不起球？亲，这个我们不敢打包票"), longest first. */
const ANSWER_ADDRESSES = ['亲爱的', '亲亲', '宝子', '宝宝', '姐妹', '老铁', '親親', '亲', '親', '宝'];

/**
 * [from, to) holds at most `within` word characters (吗, 呢), then one question mark — or 吗 and a pause (a space or a
 * comma) — and nothing but spaces and symbols, or one address to the buyer and its comma: the word closed a question
 * and the cue starts the answer.
 */
function answeredAfter(text: string, from: number, to: number, within: number, classes: Uint8Array): boolean {
  let words = 0;
  let asked = false;
  let addressed = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const kind = classes[code];
    if (code === 0xff1f || code === 0x3f) {
      if (asked) return false;
      asked = true;
    } else if (asked && !addressed && kind !== SKIP) {
      // Only an address may stand between the question and its answer, then spaces, symbols or a comma.
      const address = kind === WORD ? ANSWER_ADDRESSES.find((term) => text.startsWith(term, i)) : undefined;
      if (address === undefined) return false;
      addressed = true;
      let next = i + address.length;
      while (next < to && (classes[text.charCodeAt(next)] === SKIP || classes[text.charCodeAt(next)] === CLAUSE)) next++;
      i = next - 1;
    } else if (kind === WORD) {
      if (asked || ++words > within) return false;
      if (code === QUESTION_PARTICLE && i + 1 < to) {
        const next = text.charCodeAt(i + 1);
        if (isSpace(next) || classes[next] === CLAUSE) {
          asked = true;
          i++;
        }
      }
    } else if (kind === BREAK || kind === CLAUSE) return false;
  }
  return asked;
}

/** Whether [from, to) is too long or crosses a boundary for a cue of this scope. */
function outOfReach(text: string, from: number, to: number, within: number, scope: number, classes: Uint8Array): boolean {
  if (scope === RULE_SCOPE) {
    return (to - from > within && wordsBetween(text, from, to, classes) > within) || clauseEndBetween(text, from, to, classes);
  }
  if (scope === SENTENCE_SCOPE ? sentenceEndBetween(text, from, to, classes) : clauseEndBetween(text, from, to, classes)) return true;
  return wordsBetween(text, from, to, classes) > within;
}

/**
 * A word of the group begins before `at` and ends after it: a match starting or ending at `at` cuts through that word.
 * Of two words of the group that overlap, the one starting first is the word (口红 + 包你: 口红 takes the 红 of 红包), so
 * a word that is itself cut at its start by another word of the group does not count.
 */
function cutThrough(cues: Spans, group: number, at: number, nested = false): boolean {
  for (let c = firstEndingAtOrAfter(cues, at + 1); c < cues.count; c++) {
    if (cues.ends[c]! - cues.widest >= at) break;
    if (cues.refs[c] === group && cues.starts[c]! < at && (nested || !cutThrough(cues, group, cues.starts[c]!, true))) return true;
  }
  return false;
}

/**
 * A cue of the group (a negation) ends at most `within` characters before the word [start, end), in the same
 * clause, or starts before it and ends inside it (不敢 + 敢保证). A cue inside an allowed phrase that begins
 * before it (the 不能 of "能不能", a question) is no cue; one the phrase begins with ("不能治疗") still is.
 */
function negatedBefore(text: string, cues: Spans, allowed: Spans, group: number, within: number, start: number, end: number, classes: Uint8Array): boolean {
  for (let c = firstEndingAtOrAfter(cues, start - within); c < cues.count; c++) {
    const cueStart = cues.starts[c]!;
    const cueEnd = cues.ends[c]!;
    if (cueEnd > end) break;
    if (cues.refs[c] !== group || cueStart >= start) continue;
    if (cueEnd <= start && outOfReach(text, cueEnd, start, within, RULE_SCOPE, classes)) continue;
    if (!insideAllowed(allowed, cueStart, cueEnd)) return true;
  }
  return false;
}

/** A cue of the group starts at most `within` characters after `end`, in the same clause (and outside allowed phrases). */
function negatedAfter(text: string, cues: Spans, allowed: Spans, group: number, within: number, end: number, classes: Uint8Array): boolean {
  for (let c = firstEndingAtOrAfter(cues, end); c < cues.count; c++) {
    const cueStart = cues.starts[c]!;
    const cueEnd = cues.ends[c]!;
    if (cueEnd - cues.widest > end + within) break;
    if (cues.refs[c] !== group || cueStart < end || outOfReach(text, end, cueStart, within, RULE_SCOPE, classes)) continue;
    if (!insideAllowed(allowed, cueStart, cueEnd)) return true;
  }
  return false;
}

/** A cue of the group starts after `end` in the same sentence (commas crossed), outside allowed phrases: a context's `then`. */
function followedInSentence(text: string, cues: Spans, allowed: Spans, group: number, end: number, classes: Uint8Array): boolean {
  for (let c = firstEndingAtOrAfter(cues, end); c < cues.count; c++) {
    const cueStart = cues.starts[c]!;
    if (cues.refs[c] !== group || cueStart < end) continue;
    if (sentenceEndBetween(text, end, cueStart, classes)) continue;
    if (!insideAllowed(allowed, cueStart, cues.ends[c]!)) return true;
  }
  return false;
}

/**
 * A one-character cue of `singles` before the word starting at `from` (direction -1) or after the word ending there
 * (direction 1), in reach as negatedBefore/negatedAfter count it: at most `within` code units away, or `within`
 * characters not counting spaces and symbols, in the same clause, and not inside an allowed phrase that begins before it.
 */
function singleCueNear(
  text: string,
  singles: Uint16Array,
  cueClasses: Uint8Array,
  allowed: Spans,
  within: number,
  from: number,
  direction: 1 | -1,
  fold: Uint16Array,
  classes: Uint8Array,
): boolean {
  const limit = direction === 1 ? Math.min(text.length, from + within + 1) : Math.max(0, from - within - 1);
  for (let q = direction === 1 ? from : from - 1; direction === 1 ? q < limit : q >= limit; q += direction) {
    const kind = cueClasses[text.charCodeAt(q)];
    if (kind === BREAK || kind === CLAUSE) return false;
    // One table read per character: most characters are no cue of any group.
    if (kind === SINGLE_CUE && holds(singles, fold[text.charCodeAt(q)]!)) {
      const gapFrom = direction === 1 ? from : q + 1;
      const gapTo = direction === 1 ? q : from;
      if (!outOfReach(text, gapFrom, gapTo, within, RULE_SCOPE, classes) && !insideAllowed(allowed, q, q + 1)) return true;
    }
  }
  return false;
}

/** Whether `codes` (a group's few one-character cues) holds `code`: a loop the compiler inlines, unlike includes(). */
function holds(codes: Uint16Array, code: number): boolean {
  for (let i = 0; i < codes.length; i++) if (codes[i] === code) return true;
  return false;
}

/** The word characters of [start, end), folded: a matched word as its rule lists it (wordKey). */
function foldedWord(text: string, start: number, end: number, fold: Uint16Array, classes: Uint8Array): string {
  let word = '';
  for (let i = start; i < end; i++) if (classes[text.charCodeAt(i)] === WORD) word += String.fromCharCode(fold[text.charCodeAt(i)]!);
  return word;
}

/**
 * Whether a claimAtEnd word ending at `end` is a claim: its clause ends there (symbols and emoji passed over; a space
 * before Chinese words is a comma) or one of `ends` (folded) follows. Another word right after it is its object.
 */
function claimEndsAt(text: string, end: number, ends: readonly string[], fold: Uint16Array, classes: Uint8Array): boolean {
  let next = end;
  let spaced = false;
  // Not `spaced ||= isSpace(…next++)`: once spaced, ||= skips its right side and the index would stop ("最好用  亲" hung).
  for (; next < text.length && classes[text.charCodeAt(next)] === SKIP; next++) if (isSpace(text.charCodeAt(next))) spaced = true;
  if (next >= text.length || classes[text.charCodeAt(next)] !== WORD || (spaced && isWide(text.charCodeAt(next)))) return true;
  return ends.some((word) => {
    if (next + word.length > text.length) return false;
    for (let k = 0; k < word.length; k++) if (fold[text.charCodeAt(next + k)] !== word.charCodeAt(k)) return false;
    return true;
  });
}

function sentenceEndBetween(text: string, from: number, to: number, classes: Uint8Array): boolean {
  for (let i = from; i < to; i++) if (classes[text.charCodeAt(i)] === BREAK) return true;
  return false;
}

/**
 * Commas and enumeration marks end a clause too ("不能在这说，加我微信" is not negated), and so does a space between
 * Chinese words: many agents write "不能在这说 加我微信" with spaces for commas. A space next to a single character
 * is letter spacing, a spelling game ("保 证 宝宝 喝 了 不 上 火"), not a comma.
 */
function clauseEndBetween(text: string, from: number, to: number, classes: Uint8Array): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const kind = classes[code];
    if (kind === BREAK || kind === CLAUSE) return true;
    if (isSpace(code) && i > 1 && isWide(text.charCodeAt(i - 1)) && isWide(text.charCodeAt(i - 2))) {
      let next = i + 1;
      while (next < text.length && isSpace(text.charCodeAt(next))) next++;
      if (next + 1 < text.length && isWide(text.charCodeAt(next)) && isWide(text.charCodeAt(next + 1))) return true;
    }
  }
  return false;
}

function isWide(code: number): boolean {
  return code >= FIRST_WIDE && !isSpace(code);
}

/** Characters of [from, to) that are not skipped: a distance as the reader sees it, letter spacing left out. */
function wordsBetween(text: string, from: number, to: number, classes: Uint8Array): number {
  let words = 0;
  for (let i = from; i < to; i++) if (classes[text.charCodeAt(i)] !== SKIP) words++;
  return words;
}

/** From CJK radicals up: the scripts a space between two words of acts as a comma. */
const FIRST_WIDE = 0x2e80;

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function isSurrogate(code: number): boolean {
  return (code & 0xf800) === 0xd800;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0;
}

/** Length of the run of skippable characters (spaces, symbols) starting at `from`, up to `to`. */
function skippableRun(text: string, from: number, to: number, classes: Uint8Array): number {
  let i = from;
  while (i < to && classes[text.charCodeAt(i)] === SKIP) i++;
  return i - from;
}

function isHighSurrogate(text: string, at: number): boolean {
  return at >= 0 && (text.charCodeAt(at) & 0xfc00) === 0xd800;
}

function isLowSurrogate(text: string, at: number): boolean {
  return (text.charCodeAt(at) & 0xfc00) === 0xdc00;
}
