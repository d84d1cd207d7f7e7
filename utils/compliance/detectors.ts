// Contact-detail detectors (code, not word lists): phone numbers, QQ and chat ids, outside links and
// bank cards, with the contexts that make a digit run ordinary (订单号, 快递单号, prices, sizes, dates).
// They read the folded text (same offsets as the original) and the cue words the automaton found.
import { firstEndingAtOrAfter, type Spans } from './spans';
import type { DetectorId } from './types';
import { BREAK as BREAK_CLASS, CLAUSE as CLAUSE_CLASS, SKIP as SKIP_CLASS, classTableOf, foldTableOf, foldText, isAsciiDigit, isAsciiLetter } from './normalize';

/** Local copies of the class codes: under Node's CommonJS interop an imported binding is a property read per use. */
const BREAK = BREAK_CLASS;
const CLAUSE = CLAUSE_CLASS;
const SKIP = SKIP_CLASS;

/** Words the automaton reports as cues for the detectors (matched with the rules, in the same pass). */
export const CUE_KINDS = ['phone', 'qq', 'im', 'im-sound', 'bank', 'not-contact'] as const;
type CueKind = (typeof CUE_KINDS)[number];

export const CUE_WORDS: Record<CueKind, string[]> = {
  phone: ['电话', '手机', '手机号', '号码', '联系方式', '联系我', '打我', '致电', '拨打', 'tel', 'call', 'phone', 'dh', '座机', '热线'],
  // 扣 alone only introduces a number right behind it ("扣 1 2 3 4 5 6 7 8"): 扣款 and 扣分 are followed by amounts.
  // "Q 我 三九五…", "扣俺：387…": the number handed over with the verb (扣 for QQ, 俺 for 我); 叩叩 is 扣扣 by sound.
  qq: ['qq', 'q', 'q号', 'q群', '扣扣', '扣', '企鹅', '企鹅号', '球球', '抠抠', 'qq号', 'q我', 'q俺', '扣我', '扣俺', '叩叩', '叩叩号'],
  im: [
    '微信', '微信号', 'vx', 'wx', 'v信', 'weixin', 'waixin', 'wechat', '威信', '薇信', '徽信', '嶶信', '维信', '卫信', '微x', '加维', '加徽',
    '加我', '加v', '加微', '私人号', 'v', 'v号', '客服号', '个人号', '薇', '威', '薇号', '威号', '绿泡泡', '绿色软件', 'dy', 'dy号', 'xhs', 'ins', 'tg', 'telegram', '飞机号', '钉钉', 'whatsapp', '抖音号', '快手号', '小红书号',
  ],
  // WeChat by a sound that is a word too: 卫星 (its nickname, "卫星 lala8866"), 微, 维 and 徽 alone ("维❤：home_sofa88").
  // 卫星定位, 北斗卫星, 纤维 stay words: only an id holding a letter and a digit or "_" counts after them (detectChatIds).
  'im-sound': ['卫星', '微', '维', '徽'],
  bank: ['卡号', '银行卡', '卡上', '这张卡', '打到卡', '打到这', '账号', '帐号', '转账', '汇款', '打款', '收款', '对公', '银行', '储蓄卡', '信用卡'],
  'not-contact': [
    '订单', '单号', '快递', '运单', '物流', '编号', '货号', '型号', '条码', '批次', '工单', '流水', '交易号', '发票',
    '包裹', '取件码', '验证码', '序列号', 'sn', 'imei', '售后单', '退款单', '服务单', '尾号', '商品id', '链接id', '批号', '追踪号',
  ],
};

/** Indices in CUE_KINDS: cues are spans whose ref is their kind. */
const PHONE = CUE_KINDS.indexOf('phone');
const QQ = CUE_KINDS.indexOf('qq');
const IM = CUE_KINDS.indexOf('im');
const IM_SOUND = CUE_KINDS.indexOf('im-sound');
const BANK = CUE_KINDS.indexOf('bank');
const NOT_CONTACT = CUE_KINDS.indexOf('not-contact');

/** The contact cue that introduces a number: where it starts and its kind (index in CUE_KINDS). */
interface Introducer {
  start: number;
  kind: number;
}

export type Emit = (detector: DetectorId, start: number, end: number) => void;

/** Characters between a cue and the number it introduces: "微信：abc", "QQ号是 12345", "威 搜 tea8888". */
const INTRO_GAP = new Set([...' :：号是为=-~～﹕/(（)）【】[]"“”\'‘’.·搜'].map((c) => c.charCodeAt(0)));
const MAX_INTRO_GAP = 4;
const MAX_ID_LENGTH = 24;
/** How far back (in UTF-16 units, within the clause) an 订单/快递 context or a bank cue still applies. */
const CONTEXT_REACH = 12;
const QUANTITY_AFTER = new Set([...'元块件个次%万千百斤克米码号楼层天月年日时分秒'].map((c) => c.charCodeAt(0)));
const PRICE_BEFORE = new Set([...'¥￥$'].map((c) => c.charCodeAt(0)));

const PLATFORM_DOMAINS = [
  'taobao.com', 'tmall.com', 'tb.cn', 'jd.com', 'jd.hk', '3.cn', 'pinduoduo.com', 'yangkeduo.com', 'pdd.com',
  'jinritemai.com', 'douyin.com', 'kuaishou.com', 'alipay.com', '1688.com', 'xiaohongshu.com',
];
const URL_PATTERN = /(?:https?|ftp)\s{0,3}[:：]\s{0,3}\/\/[^\s\u3000-\u9fff，。！？]*|www\s{0,3}[.。点]\s{0,3}[^\s\u3000-\u9fff，。！？]+/g;
const DOMAIN_PATTERN =
  /(?:[a-z0-9._-]{1,64}@)?(?:[a-z0-9][a-z0-9-]{0,62}\s?[.。点]\s?){1,6}(?:com|cn|net|org|top|vip|xyz|cc|me|io|shop|link|ink|club|site|online|store|co|tv|info|biz|fun|icu|ltd|wang|app|pub)(?![a-z0-9])(?:\/[^\s\u3000-\u9fff，。！？]*)?/g;
/** Dot-like marks of a domain or address ("x.com", "x。com", "x点com", "a@b") and the colons of "://". */
const DOT_MARKS = '.。点@．＠';
const COLON_MARKS = ':：';
/** mayHoldLink's pattern, built from the fold table on first use. */
let linkHintPattern: RegExp | undefined;

/** Digit groups joined by short separators ("138 1234 5678", "一三八-…"): [start, end) per group. */
class DigitRun {
  private readonly bounds: number[] = [];

  clear(): void {
    this.bounds.length = 0;
  }

  add(start: number, end: number): void {
    this.bounds.push(start, end);
  }

  get count(): number {
    return this.bounds.length / 2;
  }

  start(group: number): number {
    return this.bounds[group * 2]!;
  }

  end(group: number): number {
    return this.bounds[group * 2 + 1]!;
  }
}

const reusableRun = new DigitRun();

/** The text read through the fold table: same offsets, folded code units, no string built. */
interface Folded {
  text: string;
  fold: Uint16Array;
}

function codeAt(view: Folded, i: number): number {
  return i >= 0 && i < view.text.length ? view.fold[view.text.charCodeAt(i)]! : 0;
}

/**
 * Runs the enabled detectors over one text. `digitRun` is the scan's longest run of digits (numbers are only
 * looked for when it reaches five); `linkHint` is mayHoldLink(text), computed once by the caller.
 */
export function detectContacts(
  text: string,
  cues: Spans,
  digitRun: number,
  linkHint: boolean,
  enabled: ReadonlySet<DetectorId>,
  emit: Emit,
): void {
  const view: Folded = { text, fold: foldTableOf() };
  if (digitRun >= 5) classifyDigitRuns(view, cues, enabled, emit);
  if (enabled.has('im-id') && hasChatCue(cues)) detectChatIds(view, cues, emit);
  if (enabled.has('link') && linkHint) detectLinks(foldText(text), emit);
}

/**
 * True when a dot-like mark is followed (spaces between) by a Latin letter, or a colon by "/": only then can there
 * be a link. One native regex pass; its letter and slash classes are every code unit that folds to one.
 */
export function mayHoldLink(text: string): boolean {
  linkHintPattern ??= buildLinkHintPattern();
  return linkHintPattern.test(text);
}

function buildLinkHintPattern(): RegExp {
  const fold = foldTableOf();
  const unit = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  let letters = '';
  let slashes = '';
  for (let code = 0; code < 0x10000; code++) {
    if (isAsciiLetter(fold[code]!)) letters += unit(code);
    else if (fold[code] === 0x2f) slashes += unit(code);
  }
  const marks = (chars: string) => [...chars].map((char) => unit(char.charCodeAt(0))).join('');
  return new RegExp(`[${marks(DOT_MARKS)}] *[${letters}]|[${marks(COLON_MARKS)}] *[${slashes}]`);
}

function hasChatCue(cues: Spans): boolean {
  for (let c = 0; c < cues.count; c++) if (cues.refs[c] === IM || cues.refs[c] === QQ || cues.refs[c] === IM_SOUND) return true;
  return false;
}

/** Finds runs of at least five digits and classifies each in turn, in one reused DigitRun (no callback per call). */
function classifyDigitRuns(view: Folded, cues: Spans, enabled: ReadonlySet<DetectorId>, emit: Emit): void {
  const classes = classTableOf();
  const { text, fold } = view;
  const length = text.length;
  const run = reusableRun;
  // Hot loop: the digit test is written out ((folded - 0x30) >>> 0 < 10), no call per character.
  let i = 0;
  while (i < length) {
    if ((fold[text.charCodeAt(i)]! - 0x30) >>> 0 >= 10) {
      i++;
      continue;
    }
    run.clear();
    let digits = 0;
    for (;;) {
      const start = i;
      while (i < length && (fold[text.charCodeAt(i)]! - 0x30) >>> 0 < 10) i++;
      run.add(start, i);
      digits += i - start;
      // Groups may be split by spaces, symbols or commas ("138 1234 5678", "幺三九，零零八八，六六七七").
      let gap = i;
      while (gap < length && gap - i < 3 && (classes[text.charCodeAt(gap)] === SKIP || classes[text.charCodeAt(gap)] === CLAUSE)) gap++;
      if (gap > i && gap < length && (fold[text.charCodeAt(gap)]! - 0x30) >>> 0 < 10) i = gap;
      else {
        // A mobile number spoken across a sentence ("1 3 8 后面是 2 2 9 1 …"): its head, then a word, then the rest.
        const rest = digits < 11 && fold[text.charCodeAt(run.start(0))] === 0x31 ? pastConnector(view, i) : -1;
        if (rest < 0) break;
        i = rest;
      }
    }
    if (digits >= 5) classifyRun(view, run, cues, enabled, emit);
  }
}

function digitsIn(run: DigitRun, from: number, to: number): number {
  let count = 0;
  for (let g = from; g <= to; g++) count += run.end(g) - run.start(g);
  return count;
}

/** A window of groups may stand alone when the separators around it are spaces (not "-" inside an order id). */
function standsAlone(view: Folded, run: DigitRun, from: number, to: number): boolean {
  return (from === 0 || spacedAfter(view, run, from - 1)) && (to === run.count - 1 || spacedAfter(view, run, to));
}

/** Whether the separator after group `g` holds whitespace, or a word that joins a number's parts (pastConnector). */
function spacedAfter(view: Folded, run: DigitRun, g: number): boolean {
  return /[\s\u4e00-\u9fff]/.test(view.text.slice(run.end(g), run.start(g + 1)));
}

/** Words between the parts of a number read out: "138 后面是 2291…", "尾号前面 139 然后 2222…". */
const NUMBER_CONNECTORS = ['后面是', '后面', '后边是', '后边', '然后是', '然后', '接着是', '接着', '再是', '最后是', '后四位是', '后八位是', '中间是'];

/** Where the digits after a connector word start (`from`: the end of the digits before it), or -1. */
function pastConnector(view: Folded, from: number): number {
  let i = from;
  while (i - from < 2 && codeAt(view, i) === 0x20) i++;
  const connector = NUMBER_CONNECTORS.find((word) => view.text.startsWith(word, i));
  if (!connector) return -1;
  i += connector.length;
  const after = i;
  while (i - after < 2 && (codeAt(view, i) === 0x20 || codeAt(view, i) === 0x3a || codeAt(view, i) === 0xff1a)) i++;
  return (codeAt(view, i) - 0x30) >>> 0 < 10 ? i : -1;
}

/** Phone marks typed before a number ("☎ 139…", "📞：138…"): ☎ ☏ and the emoji 📞 📱 📲 by their low surrogates. */
const PHONE_MARKS = new Set([0x260e, 0x260f, 0xdcde, 0xdcf1, 0xdcf2]);

/** A phone mark right before a position, across a few gap characters, as a phone cue (emoji are no automaton cue). */
function phoneMarkBefore(view: Folded, position: number): Introducer | undefined {
  let at = position;
  while (at > 0 && position - at < MAX_INTRO_GAP && INTRO_GAP.has(codeAt(view, at - 1))) at--;
  const code = view.text.charCodeAt(at - 1);
  if (!PHONE_MARKS.has(code)) return undefined;
  const surrogate = code >= 0xdc00 && code <= 0xdfff && view.text.charCodeAt(at - 2) === 0xd83d;
  if (code >= 0xdc00 && !surrogate) return undefined;
  return { start: at - (surrogate ? 2 : 1), kind: PHONE };
}

/** A keycap digit ("1️⃣") is the digit, a variation selector and a combining keycap: the underline takes them all. */
function pastKeycap(text: string, end: number): number {
  while (end < text.length && (text.charCodeAt(end) === 0xfe0f || text.charCodeAt(end) === 0x20e3)) end++;
  return end;
}

function classifyRun(view: Folded, run: DigitRun, cues: Spans, enabled: ReadonlySet<DetectorId>, emit: Emit): void {
  const last = run.count - 1;
  const start = run.start(0);
  const end = pastKeycap(view.text, run.end(last));
  const total = digitsIn(run, 0, last);
  const before = codeAt(view, start - 1);
  const after = codeAt(view, end);
  // Letters glued to the digits make a tracking or model number (SF1234…, JD…, iPhone15), unless they are a cue (vx138…).
  const gluedLetters = isAsciiLetter(before) && !cueEndingAt(cues, start);
  let unit = end;
  while (codeAt(view, unit) === 0x20) unit++;
  if (gluedLetters || isAsciiLetter(after) || PRICE_BEFORE.has(before) || QUANTITY_AFTER.has(view.text.charCodeAt(unit))) return;
  const introducer = nearestIntro(view, cues, start) ?? phoneMarkBefore(view, start);
  // "订单号 1380…" is ordinary; "快递小哥电话我问了 137…" is a phone number again: a phone cue nearer than the 快递.
  const ordinary = introducer === undefined && hasContext(view, cues, start, NOT_CONTACT) && !hasContext(view, cues, start, PHONE);
  const first = codeAt(view, start);

  if (!ordinary && enabled.has('mobile')) {
    // Windows of whole groups holding exactly 11 digits: each group adds at least one, so a window ends within 11 groups.
    for (let from = 0; from <= last; from++) {
      let digits = 0;
      let to = from;
      while (to <= last && (digits += run.end(to) - run.start(to)) < 11) to++;
      if (digits !== 11) continue;
      const lead = run.start(from);
      const second = codeAt(view, run.end(from) - lead > 1 ? lead + 1 : run.start(from + 1));
      if (codeAt(view, lead) !== 0x31 || second < 0x33 || second > 0x39 || !standsAlone(view, run, from, to)) continue;
      emit('mobile', introducer?.start ?? lead, pastKeycap(view.text, run.end(to)));
      return;
    }
  }
  // After a phone cue or mark, a number that starts as a mobile does is one, a digit short or not ("☎ 一三九 二二二 八八八八").
  if (!ordinary && enabled.has('mobile') && introducer?.kind === PHONE && first === 0x31 && (total === 10 || total === 11)) {
    return emit('mobile', introducer.start, end);
  }
  if (!ordinary && enabled.has('landline') && first === 0x30 && codeAt(view, start + 1) !== 0x30) {
    const areaCode = areaCodeDigits(view, run);
    const separated = last > 0 && areaCode >= 3 && areaCode <= 4 && total - areaCode >= 7 && total - areaCode <= 8;
    const introduced = introducer?.kind === PHONE && total >= 10 && total <= 12;
    if (separated || introduced) return emit('landline', introducer?.start ?? start, end);
  }
  // 400/800 numbers, the leading digits in one group or typed one by one ("4 0 0 - 8 8 6 - …").
  const serviceNumber = (first === 0x34 || first === 0x38) && digitAt(view, run, 1) === 0x30 && digitAt(view, run, 2) === 0x30 && (run.end(0) - start >= 3 || spacedAfter(view, run, 0));
  if (!ordinary && enabled.has('landline') && total === 10 && serviceNumber && (last > 0 || introducer)) {
    return emit('landline', introducer?.start ?? start, end);
  }
  if (enabled.has('qq') && introducer && (introducer.kind === QQ || introducer.kind === IM) && total >= 5 && total <= 11 && first !== 0x30) {
    return emit(introducer.kind === QQ ? 'qq' : 'im-id', introducer.start, end);
  }
  if (enabled.has('bank-card') && total >= 16 && total <= 19) {
    // Without a bank cue, only a Luhn-valid number written in groups of four or with a UnionPay 62 prefix.
    let grouped = last >= 3;
    for (let g = 0; g < last; g++) grouped &&= run.end(g) - run.start(g) === 4;
    const unionPay = first === 0x36 && codeAt(view, start + 1) === 0x32;
    const looksLikeCard = !ordinary && (grouped || unionPay) && luhnValid(view, run);
    if (hasContext(view, cues, start, BANK) || looksLikeCard) emit('bank-card', start, end);
  }
}

/**
 * The digits of a landline's area code: the first group, or, when the digits are typed one by one ("0 2 1 - 5 5 6 6 …"),
 * those before the first separator holding a hyphen (none: the first group alone).
 */
function areaCodeDigits(view: Folded, run: DigitRun): number {
  if (run.end(0) - run.start(0) > 1) return run.end(0) - run.start(0);
  for (let g = 0; g < run.count - 1; g++) {
    for (let i = run.end(g); i < run.start(g + 1); i++) if (codeAt(view, i) === 0x2d) return digitsIn(run, 0, g);
  }
  return 1;
}

/** The folded code of the run's n-th digit, counted across its groups (0 past the end). */
function digitAt(view: Folded, run: DigitRun, n: number): number {
  for (let g = 0; g < run.count; g++) {
    const length = run.end(g) - run.start(g);
    if (n < length) return codeAt(view, run.start(g) + n);
    n -= length;
  }
  return 0;
}

function cueEndingAt(cues: Spans, position: number): boolean {
  for (let c = firstEndingAtOrAfter(cues, position); c < cues.count && cues.ends[c] === position; c++) {
    if (cues.refs[c] !== NOT_CONTACT) return true;
  }
  return false;
}

/** The contact cue right before a position, across at most a few gap characters ("QQ号：", "微信 "). */
function nearestIntro(view: Folded, cues: Spans, position: number): Introducer | undefined {
  let from = position;
  while (from > 0 && position - from < MAX_INTRO_GAP && INTRO_GAP.has(codeAt(view, from - 1))) from--;
  let best = -1;
  for (let c = firstEndingAtOrAfter(cues, from); c < cues.count && cues.ends[c]! <= position; c++) {
    if (cues.refs[c] === NOT_CONTACT || cues.refs[c] === BANK || cues.refs[c] === IM_SOUND) continue;
    if (best < 0 || cues.ends[c]! > cues.ends[best]! || (cues.ends[c] === cues.ends[best] && cues.starts[c]! < cues.starts[best]!)) best = c;
  }
  return best < 0 ? undefined : { start: cues.starts[best]!, kind: cues.refs[best]! };
}

/** Whether a cue of `kind` (index in CUE_KINDS) ends shortly before `position` in the same clause. */
function hasContext(view: Folded, cues: Spans, position: number, kind: number): boolean {
  const classes = classTableOf();
  for (let c = firstEndingAtOrAfter(cues, position - CONTEXT_REACH); c < cues.count && cues.ends[c]! <= position; c++) {
    if (cues.refs[c] !== kind) continue;
    let sameClause = true;
    for (let i = cues.ends[c]!; i < position && sameClause; i++) {
      const charClass = classes[view.text.charCodeAt(i)];
      sameClause = charClass !== BREAK && charClass !== CLAUSE;
    }
    if (sameClause) return true;
  }
  return false;
}

function luhnValid(view: Folded, run: DigitRun): boolean {
  let sum = 0;
  let fromRight = 0;
  for (let g = run.count - 1; g >= 0; g--) {
    for (let i = run.end(g) - 1; i >= run.start(g); i--, fromRight++) {
      const digit = codeAt(view, i) - 0x30;
      sum += fromRight % 2 === 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
    }
  }
  return sum % 10 === 0;
}

/** An id after a chat-app cue: "vx: abc_123", "微信号 Shop8899", "wxid_…" (digit-only ids go through classifyRun). */
function detectChatIds(view: Folded, cues: Spans, emit: Emit): void {
  const length = view.text.length;
  const classes = classTableOf();
  for (let c = 0; c < cues.count; c++) {
    const kind = cues.refs[c];
    if (kind !== IM && kind !== QQ && kind !== IM_SOUND) continue;
    const cueStart = cues.starts[c]!;
    const cueEnd = cues.ends[c]!;
    let i = cueEnd;
    // Emoji and symbols between count as gap too ("威❤ 搜 tea8888"), up to twice the usual gap (surrogate pairs).
    while (i < length && i - cueEnd < 2 * MAX_INTRO_GAP && (INTRO_GAP.has(codeAt(view, i)) || classes[view.text.charCodeAt(i)] === SKIP)) i++;
    const tokenStart = i;
    // An id spelled out in groups follows a mark ("v：qf 5 2 0 8 8", "微❤：cang ku 0 1", "v是 s h o u …"), not a bare
    // space ("纤维 PET 100").
    const id = readId(view, tokenStart, markedGap(view, cueEnd, tokenStart));
    // A one-letter cue ("V：abc123") needs a gap before the id, or "VX-200" would read as V + id "X-200".
    const separated = tokenStart > cueEnd || cueEnd - cueStart > 1;
    const startsId = isAsciiLetter(codeAt(view, tokenStart)) || cueEnd === tokenStart;
    // A cue that is a word too (卫星, 维) takes only an id that cannot be a word: a letter and a digit or "_" in it.
    const idLike = kind !== IM_SOUND || (id.letters > 0 && id.digitsOrJoiners > 0);
    if (id.letters > 0 && separated && startsId && idLike && id.characters >= 5 && id.characters <= MAX_ID_LENGTH) {
      emit('im-id', cueStart, id.end);
    }
  }
}

/** Whether the gap between a cue and its id holds something other than spaces (a colon, a heart). */
function markedGap(view: Folded, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (codeAt(view, i) !== 0x20) return true;
  return false;
}

/** An id read after a cue: where it ends, its characters (spaces not counted), letters, digits and "_"/"-". */
interface ChatId {
  end: number;
  characters: number;
  letters: number;
  digitsOrJoiners: number;
}

function isIdCharacter(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || code === 0x5f || code === 0x2d;
}

/**
 * The id at `start`: letters, digits, "_" and "-". Spelled out in groups with single spaces between ("qf 5 2 0 8 8",
 * "y u 6 6 8 8", "cang ku 0 1") it is the whole run when `mayBeSpaced` and the run, at most an id long, holds a letter
 * and a digit: "V：ok 好的" or a line of English after a cue stays the first group alone. An id is at most 24
 * characters: reading one more is enough to tell (and keeps long runs linear).
 */
function readId(view: Folded, start: number, mayBeSpaced: boolean): ChatId {
  const length = view.text.length;
  const id: ChatId = { end: start, characters: 0, letters: 0, digitsOrJoiners: 0 };
  let head: ChatId | undefined;
  for (let i = start; i < length && id.characters <= MAX_ID_LENGTH; i++) {
    const code = codeAt(view, i);
    if (code === 0x20 && mayBeSpaced && id.characters > 0 && isIdCharacter(codeAt(view, i + 1))) {
      head ??= { ...id };
      continue;
    }
    if (!isIdCharacter(code)) break;
    if (isAsciiLetter(code)) id.letters++;
    else id.digitsOrJoiners++;
    id.characters++;
    id.end = i + 1;
  }
  const spelledOut = id.letters > 0 && id.digitsOrJoiners > 0 && id.characters <= MAX_ID_LENGTH;
  return head && !spelledOut ? head : id;
}

function detectLinks(folded: string, emit: Emit): void {
  for (const pattern of [URL_PATTERN, DOMAIN_PATTERN]) {
    pattern.lastIndex = 0;
    for (let found = pattern.exec(folded); found; found = pattern.exec(folded)) {
      const host = found[0].replace(/\s/g, '').replace(/[。点]/g, '.').replace(/^[a-z]+:\/\//, '').split('/')[0]!;
      if (PLATFORM_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))) continue;
      emit('link', found.index, found.index + found[0].length);
    }
  }
}
