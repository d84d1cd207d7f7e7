// One-click fixes that fit what was claimed (the inline check replaces a finding's fix range by a suggestion): a
// suggestion about another topic than the claim's clause (CLAIM_FAMILIES) is not offered, nor a whole clause put where
// the claim's clause goes on ("唯一官方指定|店"), nor a lead-in ("一般情况下") with nothing after it; a guarantee followed
// by what it promises gets a hedge in the guarantee word's place instead (GUARANTEE_HEDGES). Contact requests, review
// bait, curt and rude lines are replaced as a sentence, absolute and medical claims as their clause's predicate
// (FIX_REACH, fitFixes). No fix is better than a wrong one: the reason still teaches. Measured by scripts/eval-rewrites.ts.
import { escapeRegExp } from '../regexp';
import { endsClauseAt, endsSentenceAt } from './normalize';
import { AUTHORITY_SUBJECTS, CLAIM_FAMILIES, FIX_REACH, GUARANTEE_HEDGES, GUARANTEE_LEADS, type ClaimFamily, type FixReach } from './rules/claim-families';

/** Sentence-final particles: "…不掉色的", "…为准哦" still read whole. */
const PARTICLES = '的了呢哦啊吧呀哈嘛啦噢喔哟滴咯哒嘞呐捏喲';
const HANZI = /[\u3400-\u9fff]/;
/**
 * Categories whose finding is a claim inside the agent's sentence (a promise, an authority), where a whole-clause fix
 * left before the claim's own words is a fragment. Abuse, attitude, contact details and review bait are replaced as
 * a whole turn of speech: their fixes are judged by the overlap figure only (not measured here, left as they were).
 */
const CLAIMS_OF_FACT = new Set(['promise', 'authority']);
/** How far a clause is read each way: a claim's outcome sits close to it. */
const REACH = 24;

/** text[from, to): the clause holding text[start, end). */
export function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < REACH && !endsClauseAt(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < REACH && !endsClauseAt(text, to)) to++;
  return { from, to };
}

/** Each family's outcome words as one search, instead of an `includes` per outcome word (about a hundred) per finding. */
const OUTCOME_SEARCHES = CLAIM_FAMILIES.map((family) => new RegExp(family.outcomes.map(escapeRegExp).join('|')));

/** The family a claim's clause is about: the first whose outcome word it holds. */
export function claimFamily(clause: string): ClaimFamily | undefined {
  const index = OUTCOME_SEARCHES.findIndex((search) => search.test(clause));
  return index < 0 ? undefined : CLAIM_FAMILIES[index];
}

/** Suggestions are a few hundred fixed strings: each one's family is found once. */
const familyOfSuggestion = new Map<string, ClaimFamily | undefined>();

/** The family a suggestion speaks of (by its marks); undefined for wording of no topic ("一般情况下"). */
export function suggestionFamily(suggestion: string): ClaimFamily | undefined {
  if (familyOfSuggestion.has(suggestion)) return familyOfSuggestion.get(suggestion);
  const family = CLAIM_FAMILIES.find((candidate) => candidate.marks.some((mark) => suggestion.includes(mark)));
  // Team rule files bring their own suggestions: the map stays bounded however many a page's packs hold.
  if (familyOfSuggestion.size < 4096) familyOfSuggestion.set(suggestion, family);
  return family;
}

/**
 * Whether a finding's fixes need fitting to its sentence at all: most findings (abuse, attitude, contact details,
 * absolute words…) are no claim of fact and have fixes of no topic, and fitSuggestions would offer them all, as listed.
 */
export function needsFitting(category: string, rewritten: readonly string[], own: readonly string[]): boolean {
  return CLAIMS_OF_FACT.has(category) || anyTopical(rewritten) || anyTopical(own);
}

/** Whether any of the fixes speaks of a topic, per array: a rule's fixes and a claim's rewrites are the same arrays each time. */
const topicalArrays = new WeakMap<readonly string[], boolean>();
function anyTopical(suggestions: readonly string[]): boolean {
  if (suggestions.length === 0) return false;
  let topical = topicalArrays.get(suggestions);
  if (topical === undefined) topicalArrays.set(suggestions, (topical = suggestions.some((suggestion) => suggestionFamily(suggestion) !== undefined)));
  return topical;
}

/** A lead-in that needs words after it ("一般情况下", "正常使用下"). */
const isLeadIn = (suggestion: string) => /(?<!一)下$/.test(suggestion);
/** A suggestion that says a whole thing ("到货时间看快递实际进度"): it cannot be followed by more of the old clause. */
const isWholeClause = (suggestion: string) => suggestion.length >= 5 && !isLeadIn(suggestion);

/**
 * Whether `suggestion`, put at text[start, end), leaves a fragment: a whole clause with the old clause's words still
 * after it ("按说明洗护一般不掉色|货"), or a lead-in with none ("这个一般情况下！", "…正常情况下的！！").
 */
export function dangles(text: string, end: number, suggestion: string): boolean {
  const next = text[end];
  if (isWholeClause(suggestion)) return followedByWord(text, end);
  if (isLeadIn(suggestion)) return next === undefined || endsClauseAt(text, end) || PARTICLES.includes(next);
  return false;
}

/** Whether a hanzi other than a particle comes right after text[…, end). */
function followedByWord(text: string, end: number): boolean {
  const next = text[end];
  return next !== undefined && HANZI.test(next) && !PARTICLES.includes(next);
}
/** Whether text[…, end) qualifies a noun: a word follows, or 的 and a word ("专供|的型号"). */
const qualifiesNoun = (text: string, end: number) => followedByWord(text, end) || (text[end] === '的' && followedByWord(text, end + 1));

/**
 * A claim of fact's fixes (fitSuggestions' `offered`) and their range. Fixes that stand in the claim's place (a hedge,
 * 正常情况下能到; a word) stay as offered. Where none does, the whole-clause fixes of the claim's topic or of none — the
 * rewrites, the family's wording, the rule's own — replace the claim's clause, so nothing of it is left on either side
 * ("用了|按店铺售后政策处理", "得到了央视|品质有保障|推荐"); the clause's opening address stays.
 */
export function fitClaimOfFact(text: string, start: number, end: number, category: string, offered: string[], rewritten: readonly string[], own: readonly string[]): FittedFixes {
  if (category === 'authority') {
    const vouched = fitAuthorityBeyondGoods(text, start, end);
    if (vouched !== undefined) return vouched;
  }
  const isHedge = (suggestion: string) => GUARANTEE_HEDGES.some((hedge) => suggestion.startsWith(hedge));
  const whole = (suggestion: string) => isWholeClause(suggestion) && !isHedge(suggestion);
  if (!CLAIMS_OF_FACT.has(category) || offered.some((suggestion) => !whole(suggestion))) return { suggestions: offered };
  const range = turnAround(text, start, end, false);
  if (range === undefined) return { suggestions: offered };
  const clause = clauseAround(text, start, end);
  const family = claimFamily(text.slice(clause.from, clause.to));
  // Fixes dropped for dangling come back, but not where one hanzi makes the claim a name ("官方指定|店", "合作|款").
  const asName = followedByWord(text, end) && (end + 1 === clause.to || !HANZI.test(text[end + 1] ?? ''));
  const candidates = asName ? offered : [...offered, ...rewritten, ...(category === 'promise' && family ? family.to : []), ...own];
  const suggestions = [...new Set(candidates)].filter((suggestion) => {
    const topic = suggestionFamily(suggestion);
    // A claim of a topic gets that topic's wording only ("保证不过敏": no 正常使用下不容易出现问题); a line the draft already
    // says ("…，品质有保障💕") would only be said twice.
    return whole(suggestion) && (family === undefined ? topic === undefined : topic === family) && !text.includes(suggestion);
  });
  return suggestions.length === 0 ? { suggestions } : { suggestions, fix: range };
}

/**
 * An authority claim about the shop itself, a course, a service or people (AUTHORITY_SUBJECTS, by a mark where it
 * names the subject): that subject's line in place of the whole clause, or no fix where the clause is too long to
 * replace; undefined for a claim about goods, which keeps the rules' own lines.
 */
function fitAuthorityBeyondGoods(text: string, start: number, end: number): FittedFixes | undefined {
  const clause = clauseAround(text, start, end);
  const read = { clause: text.slice(clause.from, clause.to), after: text.slice(end, clause.to), before: text.slice(clause.from, start) };
  const subject = AUTHORITY_SUBJECTS.find((candidate) => candidate.marks.some((mark) => read[candidate.where].includes(mark)));
  if (subject === undefined || subject.to.length === 0) return undefined;
  const range = turnAround(text, start, end, false);
  const suggestions = range === undefined ? [] : subject.to.filter((line) => !text.includes(line));
  return suggestions.length === 0 ? { suggestions } : { suggestions, fix: range };
}

/**
 * The fixes offered for a finding at text[start, end): `rewritten` (whole-claim rewrites, made to stand where the claim
 * stood) first, then for a promise the guarantee word hedged and the claim family's wording, then the rule's own
 * suggestions — each only where it is about the claim's topic and leaves the sentence whole.
 */
export function fitSuggestions(text: string, start: number, end: number, category: string, rewritten: readonly string[], own: readonly string[]): string[] {
  const { from, to } = clauseAround(text, start, end);
  const family = claimFamily(text.slice(from, to));
  const factual = CLAIMS_OF_FACT.has(category);
  // Rewrites stand where the claim stood; a claim of fact's rewrite still may not leave a fragment ("官方指定|店").
  const offered: string[] = factual ? rewritten.filter((suggestion) => !dangles(text, end, suggestion)) : [...rewritten];
  if (category === 'promise') {
    offered.push(...hedged(text.slice(start, end), text.slice(end, to), family));
    if (family) for (const suggestion of family.to) if (fits(suggestion, family, factual, text, end)) offered.push(suggestion);
  }
  // A lead-in ("一般情况下") reads only in place of a bare guarantee word: "保证三日内到|货" → "一般情况下|货" does not.
  const bare = category !== 'promise' || GUARANTEE_LEADS.includes(text.slice(start, end).toLowerCase());
  // An authority word that qualifies a noun ("专柜级|品质", "央视|推荐"): a word put in its place does not read.
  const attributive = category === 'authority' && qualifiesNoun(text, end);
  for (const suggestion of own) {
    if (attributive && !isWholeClause(suggestion)) continue;
    if (fits(suggestion, family, factual, text, end) && (bare || !isLeadIn(suggestion))) offered.push(suggestion);
  }
  return [...new Set(offered)];
}

/** Whether a fix is of no topic or the claim's, and, for a claim of fact, leaves the sentence whole at `end`. */
function fits(suggestion: string, family: ClaimFamily | undefined, factual: boolean, text: string, end: number): boolean {
  const topic = suggestionFamily(suggestion);
  // A suggestion about a topic needs a claim about the same one: "今晚保证到账" gets no washing note.
  return (topic === undefined || topic === family) && !(factual && dangles(text, end, suggestion));
}

/** A term or an ever after the guarantee ("用十年不坏", "一辈子不", "永远"): a hedge before it still promises it. */
const ABSOLUTE_TERMS = /[0-9一二三四五六七八九十百两]+[年月天]|辈子|永远|永久|一定|肯定|任何/;
/** A second "surely" after the guarantee word ("保证明天一定到"): a hedge before the first leaves the second. */
const SURELY = /永远|一定|肯定|任何|必/;

/** "保证不会" before "掉色" → "正常情况下不会": the guarantee word hedged, what was promised kept. */
function hedged(match: string, rest: string, family: ClaimFamily | undefined): string[] {
  // A product is genuine or it is not: "一般正品" is no fix.
  if (family?.topic === 'authentic') return [];
  const lower = match.toLowerCase();
  const lead = GUARANTEE_LEADS.find((word) => lower.startsWith(word));
  if (lead === undefined) return [];
  const tail = match.slice(lead.length);
  // Nothing promised after the guarantee word ("我保证！"): no hedge reads there.
  if (tail === '' && !(HANZI.test(rest[0] ?? '') && !PARTICLES.includes(rest[0]!))) return [];
  // A tail that is a claim of its own ("永远不", "听日一定到", "十年不坏"): hedging the lead leaves it standing.
  // A delivery's term is what is hedged ("保证三日内到货" → "正常情况下三日内到货"); elsewhere a term is a claim of its own.
  const delivery = family?.topic === 'delivery';
  if (delivery ? SURELY.test(tail + rest) : !/^(?:不|能|会|没|$)/.test(tail) || ABSOLUTE_TERMS.test(tail + rest)) return [];
  return GUARANTEE_HEDGES.map((hedge) => hedge + tail);
}

/** What a finding offers: its suggestions, each written to replace text[fix.start, fix.end) (absent: the finding's span). */
export interface FittedFixes {
  suggestions: string[];
  fix?: { start: number; end: number };
}

/** Whether findings of `category` get their fixes from fitFixes: their fix may reach past the flagged words (FIX_REACH). */
export const reachesPastClaim = (category: string): boolean => FIX_REACH[category] !== undefined;

/** Whether a fix of the category replaces the whole sentence (a turn of speech: a contact request, review bait, a curt or rude line). */
export const replacesSentence = (category: string): boolean => FIX_REACH[category]?.reach === 'sentence';

/**
 * Whether findings of `category` have their fixes fitted at all (fitFixes, or fitClaimOfFact for a claim of fact); a
 * finding of any other category (a team's own) offers its rule's suggestions as they are.
 */
export const fitsFixes = (category: string): boolean => reachesPastClaim(category) || CLAIMS_OF_FACT.has(category);

/** How far a sentence is read each way for a sentence-wide fix; a longer one gets its clause replaced instead. */
const SENTENCE_REACH = 40;
/** Addresses that open a sentence and stay when it is replaced ("亲，加我微信…" → "亲，有问题直接在这里留言就好"). */
const OPENING_ADDRESSES = ['亲爱的', '家人们', '亲亲', '宝子', '宝宝', '姐妹', '您好', '你好', '老板', '亲'];
const isBlank = (char: string | undefined) => char === ' ' || char === '\u3000' || char === '\t';

/**
 * The fixes of a finding of a category in FIX_REACH, at text[start, end), and the range they replace: the sentence
 * (or, in a long one, the clause) for a turn of speech; the claim's predicate for a rank or effect claim, or the
 * claim itself for an in-place rewrite (rewritten: 最好用 → 很好用). No fix where none reads whole.
 */
export function fitFixes(text: string, start: number, end: number, category: string, rewritten: readonly string[], own: readonly string[]): FittedFixes {
  // A claim spelled with spaces ("独 一 份", "抗 炎 作 用"): fitted as if typed without them, so that its predicate does
  // not end at the first space, and its range put back on what the agent typed.
  const reach = FIX_REACH[category]!;
  const spaced = reach.reach === 'predicate' ? closeSpacedLetters(text, start, end, reach.leads ?? []) : undefined;
  if (spaced === undefined) return fitFixesAt(text, start, end, category, rewritten, own);
  const fitted = fitFixesAt(spaced.text, spaced.closed(start), spaced.closed(end), category, rewritten, own);
  if (fitted.suggestions.length === 0) return fitted;
  // The blanks taken out on either side of the range go with it: "是 最 舒 服 的" → "是很舒服的", "永 久 不 断" → "正常情况下不断".
  const range = spaced.typed(fitted.fix ?? { start: spaced.closed(start), end: spaced.closed(end) });
  return { suggestions: fitted.suggestions, ...(range.start === start && range.end === end ? {} : { fix: range }) };
}

/** A hanzi standing alone between blanks, clause marks or the text's ends: a letter of a word spelled with spaces ("最 好 用"). */
function isLoneHanzi(text: string, i: number): boolean {
  const apart = (char: string | undefined) => char === undefined || isBlank(char) || endsClauseAt(char, 0);
  return HANZI.test(text[i] ?? '') && apart(text[i - 1]) && apart(text[i + 1]);
}

/**
 * The text with the blanks of a spaced spelling taken out around the claim text[start, end), and the maps between its
 * offsets and the typed text's (a range maps back with the blanks taken out at its edges); undefined where there is none. Taken out: a blank run between hanzi inside the claim;
 * before it, one after a lone hanzi or after a lead of the claim (`leads`: "是 史 无 前 例"), not one after a word that
 * names the product ("鸭蛋黄 清 热": the claim is said of it); after it, one before a lone hanzi ("的"), not one before
 * a word ("咽 炎 每天…": what follows is another clause).
 */
function closeSpacedLetters(text: string, start: number, end: number, leads: readonly string[]): { text: string; closed(at: number): number; typed(range: { start: number; end: number }): { start: number; end: number } } | undefined {
  const removed: number[] = [];
  /** The blank run [from, to) around `at` (a blank, or the hanzi boundary it starts at) between two hanzi. */
  const blanksAt = (from: number, to: number): [number, number] | undefined => {
    while (from > 0 && isBlank(text[from - 1])) from--;
    while (to < text.length && isBlank(text[to])) to++;
    if (from === to || to - from > 2 || !HANZI.test(text[from - 1] ?? '') || !HANZI.test(text[to] ?? '')) return undefined;
    return [from, to];
  };
  const take = ([from, to]: [number, number]) => {
    for (let j = from; j < to; j++) removed.push(j);
  };
  for (let i = start + 1; i < end; i++) {
    const run = isBlank(text[i]) && !isBlank(text[i - 1]) ? blanksAt(i, i) : undefined;
    if (run && run[1] <= end) take(run);
  }
  const leadsInto = (run: [number, number]) => isLoneHanzi(text, run[1]) && leads.some((lead) => text.startsWith(lead, run[0] - lead.length));
  for (let at = start, run = blanksAt(at, at); run && (isLoneHanzi(text, run[0] - 1) || leadsInto(run)); run = blanksAt(at, at)) {
    take(run);
    at = run[0] - 1;
    while (at > 0 && HANZI.test(text[at - 1]!)) at--;
  }
  for (let at = end, run = blanksAt(at, at); run && isLoneHanzi(text, run[1]); run = blanksAt(at, at)) {
    take(run);
    at = run[1] + 1;
  }
  if (removed.length === 0) return undefined;
  const gone = new Set(removed);
  const kept: number[] = [];
  for (let i = 0; i < text.length; i++) if (!gone.has(i)) kept.push(i);
  const typedAt = (at: number) => (at >= kept.length ? text.length : kept[at]!);
  return {
    text: kept.map((i) => text[i]).join(''),
    closed: (at) => at - removed.filter((i) => i < at).length,
    typed: (range) => {
      let from = typedAt(range.start);
      while (gone.has(from - 1)) from--;
      return { start: from, end: typedAt(range.end) };
    },
  };
}

function fitFixesAt(text: string, start: number, end: number, category: string, rewritten: readonly string[], own: readonly string[]): FittedFixes {
  const reach = FIX_REACH[category]!;
  const clause = clauseAround(text, start, end);
  const family = claimFamily(text.slice(clause.from, clause.to));
  const onTopic = (suggestion: string) => {
    const topic = suggestionFamily(suggestion);
    return topic === undefined || topic === family;
  };
  if (reach.reach === 'sentence') {
    const range = turnAround(text, start, end);
    if (range === undefined) return { suggestions: [] };
    // A rule's line that leads into something ("我把这部分说明给您摘出来：") needs what it leads into.
    const lines = own.filter((line) => !/[:：]$/.test(line));
    const ordered = reach.linesFirst ? [...(reach.lines ?? []), ...lines] : [...lines, ...(reach.lines ?? [])];
    return { suggestions: [...new Set(ordered)].filter((line) => onTopic(line) && !text.includes(line)), fix: range };
  }
  const predicate = predicateOf(text, start, end, clause, reach);
  let inPlace = rewritten.filter((suggestion) => onTopic(suggestion) && !dangles(text, end, suggestion));
  if (inPlace.length === 0 && reach.hedges !== undefined) {
    const hedged = hedgedInPlace(text, start, end, clause.from, reach);
    if (hedged !== undefined) return hedged;
  }
  if (reach.uses === undefined) {
    // A claim about a price gets a price's fix: a rewrite that praises the goods (独一份 → 很有特色) is no fix for it.
    const priced = reach.prices && pricedFixes(text, start, end, clause.from, reach.prices);
    if (priced !== undefined) inPlace = inPlace.filter(priced.keeps);
    // A rank claim: its rule's short suggestions are predicates (口碑不错), read only in place of the whole predicate.
    const predicates = priced?.to ?? own.filter((suggestion) => suggestion.length < 5 && !isLeadIn(suggestion) && onTopic(suggestion));
    if (inPlace.length > 0) {
      if (predicate?.start === start && predicate.end === end) return { suggestions: [...new Set([...inPlace, ...predicates])] };
      // "全网|最好用" → "很好用", not "全网很好用": the scope of the rank goes with it.
      const scoped = leadsBefore(text, start, clause.from, reach.scopes ?? []);
      return { suggestions: inPlace, ...(scoped < start ? { fix: { start: scoped, end } } : {}) };
    }
    if (predicate === undefined && priced === undefined && reach.attributive !== undefined) {
      const range = attributiveRank(text, start, end, clause.from, reach.attributive);
      if (range !== undefined) return { suggestions: reach.attributive.to.filter(onTopic), fix: range };
    }
    if (predicate === undefined || predicates.length === 0) return { suggestions: [] };
    return { suggestions: predicates, ...(predicate.start === start && predicate.end === end ? {} : { fix: predicate }) };
  }
  // An effect claim: what the product is for, known from a mark of the product in its sentence ("给孩子戴", "这款面霜").
  if (predicate === undefined) return { suggestions: [] };
  const sentence = turnAround(text, start, end) ?? { start: clause.from, end: clause.to };
  const around = text.slice(sentence.start, predicate.start) + '|' + text.slice(predicate.end, sentence.end);
  const use = reach.uses.find((candidate) => candidate.marks.some((mark) => around.includes(mark)));
  if (use === undefined) return { suggestions: [] };
  return { suggestions: [use.to], fix: predicate };
}

/**
 * The range of a rank claim at text[start, end) that qualifies a noun (FixReach.attributive), with its measure and
 * scope: undefined where it names no position, qualifies nothing, or stands after a noun it would leave behind.
 */
function attributiveRank(text: string, start: number, end: number, floor: number, attributive: NonNullable<FixReach['attributive']>): { start: number; end: number } | undefined {
  if (text[end] !== '的' || !followedByWord(text, end + 1)) return undefined;
  const claim = text.slice(start, end).toLowerCase();
  if (!attributive.marks.some((mark) => claim.includes(mark))) return undefined;
  const from = leadsBefore(text, start, floor, attributive.leads);
  const opens = from === floor || !HANZI.test(text[from - 1]!) || attributive.after.some((word) => text.startsWith(word, from - word.length));
  return opens ? { start: from, end } : undefined;
}

/** How far before a rank claim its price may be named: the subject right before it ("这个价格全网|独一份"). */
const PRICE_REACH = 8;

/**
 * What a rank claim at text[start, end) says of a price (FixReach.prices): which in-place rewrites still fit and the
 * predicates that replace it otherwise; undefined for a claim of no price. A claim alone in its clause ("这个价，|独一无二|，")
 * is said of the clause before it.
 */
function pricedFixes(text: string, start: number, end: number, clauseFrom: number, prices: NonNullable<FixReach['prices']>): { keeps: (suggestion: string) => boolean; to: string[] } | undefined {
  const words = (from: number, to: number) => text.slice(from, to).replace(/[^\u3400-\u9fff]/g, '');
  const claim = words(start, end);
  let before = words(clauseFrom, start).slice(-PRICE_REACH);
  if (before === '') {
    let last = clauseFrom - 1;
    while (last > 0 && clauseFrom - last < 4 && !HANZI.test(text[last]!)) last--;
    if (last >= 0 && HANZI.test(text[last]!)) before = words(clauseAround(text, last, last + 1).from, last + 1);
  }
  const priceWords = (words: string) => prices.notMarks.reduce((rest, word) => rest.split(word).join('|'), words);
  // 很 alone stands before the claim's own adjective, outside the finding ("最|低" → "很|低").
  const keeps = (suggestion: string) =>
    prices.says.some((word) => suggestion.includes(word)) || (suggestion.startsWith('很') && claim.endsWith(suggestion.slice(1)));
  const to = prices.value.marks.some((mark) => before.endsWith(mark))
    ? prices.value.to
    : prices.withNoun.marks.some((mark) => claim.startsWith(mark))
      ? prices.withNoun.to
      : prices.marks.some((mark) => priceWords(claim).includes(mark) || priceWords(before).includes(mark))
        ? prices.to
        : undefined;
  if (to === undefined) return undefined;
  // A claim that says what is not to be found ("找不到更便宜的", "再没这个价"): no predicate stands in its place.
  return { keeps, to: prices.statements.some((word) => claim.startsWith(word)) ? [] : to };
}

/**
 * A claim of "never" (FixReach.hedges) before what never happens: the hedge in its place, with a guarantee word, a
 * 100% or a scope right before it ("保证永不|堵" → "正常情况下不堵"). Not where nothing follows, nor before 再 ("永久不会再出"
 * is no property to hedge).
 */
function hedgedInPlace(text: string, start: number, end: number, floor: number, reach: FixReach): FittedFixes | undefined {
  const { claims, to, leads } = reach.hedges!;
  if (!claims.includes(text.slice(start, end).toLowerCase()) || !followedByWord(text, end)) return undefined;
  if (text[end] === '再' || (text[end] === '会' && text[end + 1] === '再')) return undefined;
  const from = leadsBefore(text, start, floor, [...leads, ...(reach.scopes ?? [])]);
  return { suggestions: to.slice(), ...(from < start ? { fix: { start: from, end } } : {}) };
}

function sentenceStart(text: string, start: number): number {
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !endsSentenceAt(text, from - 1)) from--;
  return from;
}

/**
 * The sentence holding text[start, end) (its clause when `sentence` is false or the sentence is too long to read),
 * without its blanks and an address that opens it; undefined when the clause is too long.
 */
function turnAround(text: string, start: number, end: number, sentence = true): { start: number; end: number } | undefined {
  let from = sentenceStart(text, start);
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !endsSentenceAt(text, to)) to++;
  const whole = sentence && (from === 0 || endsSentenceAt(text, from - 1)) && (to === text.length || endsSentenceAt(text, to));
  if (!whole) {
    ({ from, to } = clauseAround(text, start, end));
    if (!((from === 0 || endsClauseAt(text, from - 1)) && (to === text.length || endsClauseAt(text, to)))) return undefined;
  }
  while (from < start && isBlank(text[from])) from++;
  const address = OPENING_ADDRESSES.find((word) => text.startsWith(word, from));
  if (address !== undefined) {
    let after = from + address.length;
    // Only an address set off by a comma, a space or a ~ ("亲，", "亲亲 "); "亲自" is no address.
    if (after < start && endsClauseAt(text, after)) {
      while (after < start && !HANZI.test(text[after]!)) after++;
      from = after;
    }
  }
  while (to > end && isBlank(text[to - 1])) to--;
  return { start: from, end: to };
}

/**
 * The predicate a claim at text[start, end) makes, with the words that lead into it (是全网, 可以, 能): for a rank claim
 * only where nothing but particles follows it in its clause (not "最持久的香水"), taking a 的 that closes 是…的; for an
 * effect claim to its clause's end (its object: 减轻头疼和偏头痛), but only where a lead-in or the clause's start comes
 * before it ("能保湿|消炎" would leave 保湿 as half of the predicate).
 */
function predicateOf(text: string, start: number, end: number, clause: { from: number; to: number }, reach: FixReach): { start: number; end: number } | undefined {
  const from = leadsBefore(text, start, clause.from, reach.leads ?? []);
  const rest = text.slice(end, clause.to);
  if (reach.uses === undefined) {
    if ([...rest].some((char) => HANZI.test(char) && !PARTICLES.includes(char))) return undefined;
    return { start: from, end: text.slice(from, start).includes('是') && rest.startsWith('的') ? end + 1 : end };
  }
  // Led in (能, 可以), or right after the product's name ("鼠标垫|抗菌消炎"): the claim is what is said of the product.
  const named = reach.uses.some((use) => use.marks.some((mark) => text.startsWith(mark, from - mark.length)));
  const led = from < start || named || (reach.leads ?? []).some((lead) => text.startsWith(lead, start));
  if (!led && from !== clause.from) return undefined;
  // 有 says the effect of whatever its clause names first: the product ("这款足浴盆|有活血化瘀的功效"), not an ailment
  // ("对失眠|有疗效", "调理肠胃|有奇效", where the fix would leave the ailment before the product's use).
  if ((reach.namedLeads ?? []).some((lead) => text.startsWith(lead, from))) {
    const subject = text.slice(clause.from, from);
    if (subject.includes('对') || !reach.uses.some((use) => use.marks.some((mark) => subject.includes(mark)))) return undefined;
  }
  let to = clause.to;
  // One effect of a list ("抗疲劳、抗肿瘤的作用"): the fix would leave the others' words.
  if (text[to] === '、') return undefined;
  // Mood particles stay (哒, 哦); 的 and 了 belong to the claim ("就通了").
  while (to > end && (!HANZI.test(text[to - 1]!) || (PARTICLES.includes(text[to - 1]!) && !'的了'.includes(text[to - 1]!)))) to--;
  return { start: from, end: Math.max(to, end) };
}

/**
 * Where a run of `leads` that ends at `start` begins (not before `floor`): start when none ends there. A lead is not
 * taken twice in a row: the first 能 of "功能能" ends a word.
 */
function leadsBefore(text: string, start: number, floor: number, leads: readonly string[]): number {
  let from = start;
  let last: string | undefined;
  for (let moved = true; moved; ) {
    moved = false;
    for (const lead of leads) {
      if (lead !== last && from - lead.length >= floor && text.startsWith(lead, from - lead.length)) {
        from -= lead.length;
        last = lead;
        moved = true;
        break;
      }
    }
  }
  return from;
}
