// One-click fixes that fit what was claimed (the inline check replaces a finding's span by a suggestion): a suggestion
// about another topic than the claim's clause (CLAIM_FAMILIES) is not offered, nor a whole clause put where the claim's
// clause goes on ("唯一官方指定|店"), nor a lead-in ("一般情况下") with nothing after it; a guarantee followed by what it
// promises gets a hedge in the guarantee word's place instead (GUARANTEE_HEDGES). No fix is better than a wrong one:
// the reason still teaches. Measured by scripts/eval-rewrites.ts.
import { CLAIM_FAMILIES, GUARANTEE_HEDGES, GUARANTEE_LEADS, type ClaimFamily } from './rules/claim-families';

/** Ends of a clause: a fix that is a whole clause must reach one. */
const CLAUSE_END = /[\n\r!?;。！？；,，、~～…\s]/;

/**
 * Whether the code unit ends a clause. A fitted finding reads its clause both ways, character by character: hanzi,
 * most of what is read, are answered without a regex test (part of the cost that made rewrite23's first version
 * double the mixed bench corpus's check time).
 */
function endsClause(code: number): boolean {
  return !(code >= 0x3400 && code <= 0x9fff) && CLAUSE_END.test(String.fromCharCode(code));
}
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
  while (from > 0 && start - from < REACH && !endsClause(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < REACH && !endsClause(text.charCodeAt(to))) to++;
  return { from, to };
}

/** Each family's outcome words as one search, instead of an `includes` per outcome word (about a hundred) per finding. */
const OUTCOME_SEARCHES = CLAIM_FAMILIES.map((family) => new RegExp(family.outcomes.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));

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
const isLeadIn = (suggestion: string) => suggestion.endsWith('下');
/** A suggestion that says a whole thing ("到货时间看快递实际进度"): it cannot be followed by more of the old clause. */
const isWholeClause = (suggestion: string) => suggestion.length >= 5 && !isLeadIn(suggestion);

/**
 * Whether `suggestion`, put at text[start, end), leaves a fragment: a whole clause with the old clause's words still
 * after it ("按说明洗护一般不掉色|货"), or a lead-in with none ("这个一般情况下！").
 */
export function dangles(text: string, end: number, suggestion: string): boolean {
  const next = text[end];
  const followed = next !== undefined && HANZI.test(next) && !PARTICLES.includes(next);
  if (isWholeClause(suggestion)) return followed;
  if (isLeadIn(suggestion)) return next === undefined || CLAUSE_END.test(next);
  return false;
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
  for (const suggestion of own) if (fits(suggestion, family, factual, text, end) && (bare || !isLeadIn(suggestion))) offered.push(suggestion);
  return [...new Set(offered)];
}

/** Whether a fix is about the claim's topic (or of none) and, for a claim of fact, leaves the sentence whole at `end`. */
function fits(suggestion: string, family: ClaimFamily | undefined, factual: boolean, text: string, end: number): boolean {
  const topic = suggestionFamily(suggestion);
  return (family === undefined || topic === undefined || topic === family) && !(factual && dangles(text, end, suggestion));
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
  if (tail === '' && !HANZI.test(rest[0] ?? '')) return [];
  // A tail that is a claim of its own ("永远不", "听日一定到", "十年不坏"): hedging the lead leaves it standing.
  // A delivery's term is what is hedged ("保证三日内到货" → "正常情况下三日内到货"); elsewhere a term is a claim of its own.
  const delivery = family?.topic === 'delivery';
  if (delivery ? SURELY.test(tail + rest) : !/^(?:不|能|会|没|$)/.test(tail) || ABSOLUTE_TERMS.test(tail + rest)) return [];
  return GUARANTEE_HEDGES.map((hedge) => hedge + tail);
}
