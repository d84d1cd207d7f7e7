// Round 26 (speed26): a fitted finding's fixes (`suggestions`, `fix`) are accessors of its class, not own properties,
// so a copy of own properties — a structured clone (IndexedDB, a message in a runtime that clones), a spread — does not
// carry them. Every such boundary goes through plainFinding; JSON goes through toJSON. These tests pin that a finding
// crosses each boundary with its fixes, and that the raw copy would not (so each plainFinding call is needed).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { phraseFlags } from '../../../utils/compliance/phrase-flags';
import { plainFinding, type Finding } from '../../../utils/compliance/types';
import { createFlagStore, type FlagBacking } from '../../../utils/flag-store';

const checker = createChecker({ learned: false });
/** An absolute claim whose fix reaches past the flagged words (是全网…的), and a promise without a wider range. */
const CLAIM = '亲，这款口红是全网最好用的';
const PROMISE = '这件衣服保证不掉色，放心穿';

function fitted(text: string, category: string): Finding {
  const finding = checker.check(text).find((found) => found.category === category);
  if (!finding) throw new Error(`no ${category} finding in ${text}`);
  return finding;
}

/** What the finding says, read through its accessors: the fields every boundary must keep. */
function shown(finding: Finding) {
  const { start, end, match, category, severity, rule, reason, suggestions, fix } = finding;
  return { start, end, match, category, severity, rule, reason, suggestions: [...suggestions], fix: fix && { ...fix } };
}

/** IndexedDB as idb-keyval uses it: every value stored and read back is a structured clone. */
function cloningBacking(): FlagBacking {
  const data = new Map<string, unknown>();
  return { get: async (key) => structuredClone(data.get(key)), set: async (key, value) => void data.set(key, structuredClone(value)), del: async (key) => void data.delete(key) };
}

describe('a fitted finding across the boundaries', () => {
  it('has its fixes on the class: a raw structured clone or spread loses them (why plainFinding exists)', () => {
    const finding = fitted(CLAIM, 'absolute');
    expect(finding.suggestions.length).toBeGreaterThan(0);
    expect(finding.fix).toBeDefined();
    expect(Object.keys(finding)).not.toContain('suggestions');
    expect(structuredClone(finding)).not.toHaveProperty('suggestions');
    expect({ ...finding }).not.toHaveProperty('fix');
  });

  it('survives a structured clone through plainFinding, suggestions and fix included', () => {
    for (const finding of [fitted(CLAIM, 'absolute'), fitted(PROMISE, 'promise')]) {
      const cloned = structuredClone(plainFinding(finding));
      expect(cloned).toEqual(shown(finding));
      expect(Object.getPrototypeOf(cloned)).toBe(Object.prototype);
    }
    // The claim's fix is wider than the flagged words; the promise has none and no `fix` key, as a plain finding.
    expect(structuredClone(plainFinding(fitted(CLAIM, 'absolute'))).fix).toEqual(fitted(CLAIM, 'absolute').fix);
    expect(Object.keys(plainFinding(fitted(PROMISE, 'promise')))).not.toContain('fix');
  });

  it('survives a JSON round trip (toJSON) with the same keys in the same order as plainFinding', () => {
    const finding = fitted(CLAIM, 'absolute');
    const parsed = JSON.parse(JSON.stringify(finding)) as Finding;
    expect(parsed).toEqual(shown(finding));
    expect(Object.keys(parsed)).toEqual(['start', 'end', 'match', 'category', 'severity', 'rule', 'reason', 'suggestions', 'fix']);
    expect(JSON.stringify(finding)).toBe(JSON.stringify(plainFinding(finding)));
    // A fix set by hand is what every boundary carries.
    finding.suggestions = ['换一种说法'];
    expect(JSON.parse(JSON.stringify([finding]))[0].suggestions).toEqual(['换一种说法']);
    expect(structuredClone(plainFinding(finding)).suggestions).toEqual(['换一种说法']);
  });

  it('keeps its fixes in the phrase flag store after a reload (a new store over the same IndexedDB)', async () => {
    const backing = cloningBacking();
    const bodies = [CLAIM, PROMISE];
    const flags = bodies.map((body) => phraseFlags(checker, body));
    expect(flags.every((list) => list.length > 0)).toBe(true);
    const store = createFlagStore(backing);
    await store.remember('rules-1', bodies.map((body, i) => [body, flags[i]!] as const));
    await store.flushed();
    const reloaded = await createFlagStore(backing).known('rules-1', bodies);
    for (const [i, body] of bodies.entries()) expect(reloaded.get(body)).toEqual(flags[i]!.map(shown));
    expect(reloaded.get(CLAIM)![0]!.fix).toEqual(flags[0]![0]!.fix);
    expect(reloaded.get(CLAIM)![0]!.suggestions.length).toBeGreaterThan(0);
  });

  it('keeps the fixes of a finding read over a respelled syllable (the respeller copies it)', () => {
    // 能jiang血ya: found on the respelled reading 能降血压 and copied to the typed draft's offsets.
    const text = '这个茶能jiang血ya';
    const finding = checker.check(text).find((found) => found.category === 'medical');
    if (!finding) throw new Error('no medical finding');
    expect(finding.match).toBe('能jiang血ya');
    expect(finding.suggestions.length).toBeGreaterThan(0);
    expect(Object.getOwnPropertyDescriptor(finding, 'suggestions')?.value).toEqual(finding.suggestions);
  });
});
