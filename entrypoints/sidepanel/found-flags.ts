// The flags of phrases the agent finds by hand, before the panel has compiled a checker of its own (or without one):
// the background checks them with its compiled checker for the same team and platform (utils/messaging.ts,
// flagPhrases), so a search typed as the panel opens is answered in a round trip instead of after a compile of a
// second or more. No phrase is offered without its flags: a result whose flags are not known yet waits.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../utils/compliance/types';
import { sendMessage } from '../../utils/messaging';

/** Flags by phrase body, all found with one set of rules: `key`, the checker options' JSON. */
export interface KnownFlags {
  key: string;
  flags: ReadonlyMap<string, Finding[]>;
}

/** A body's flags under the rules of `key`, if known: flags found with rules since replaced are never given. */
export function knownFlags(known: KnownFlags | null, key: string, body: string): Finding[] | undefined {
  return known?.key === key ? known.flags.get(body) : undefined;
}

/**
 * `known` with the background's answer for `bodies`, asked under the rules of `asked`, added: an answer for rules
 * replaced since (`current` is another key now) or of the wrong length is dropped.
 */
export function withAnswer(known: KnownFlags | null, current: string, asked: string, bodies: readonly string[], answer: readonly Finding[][]): KnownFlags | null {
  if (asked !== current || answer.length !== bodies.length) return known;
  const flags = new Map(known?.key === asked ? known.flags : []);
  bodies.forEach((body, i) => flags.set(body, answer[i]!));
  return { key: asked, flags };
}

/** Where the background finds the rules: the team slot's pack, the platform's own rules. */
export interface FlagRules {
  /** The checker options' JSON: flags are kept per value. */
  key: string;
  team: string;
  platform?: string;
}

export interface FoundFlags {
  /** A body's flags if known under the current rules (from the background or `own`). */
  flagsOf(body: string): Finding[] | undefined;
  /**
   * Asks the background for the bodies not known yet; resolves to every body's flags, or null when it refused or
   * did not answer, the rules changed meanwhile, or a body is still being asked about by an earlier question.
   */
  ask(bodies: readonly string[]): Promise<Finding[][] | null>;
  /** The background refused or did not answer: the panel compiles its own checker. */
  failed: boolean;
  /** The background has its checker for these rules (it answered the first, empty question), or the panel its own. */
  warm: boolean;
}

/**
 * Flags for phrases found by hand: `own` (the panel's checker, once compiled for these rules) first, else asked of
 * the background, which starts compiling its checker for these rules as soon as the panel has its first state
 * (`start`): by the time the agent has typed a code, it is usually ready. `own` is memoised, as `flagsOf` is on it.
 */
export function useFoundFlags(rules: FlagRules, start: boolean, own: ((body: string) => Finding[]) | null): FoundFlags {
  const [known, setKnown] = useState<KnownFlags | null>(null);
  const [failed, setFailed] = useState(false);
  const [warmKey, setWarmKey] = useState<string | null>(null);
  const current = useRef(rules.key);
  current.current = rules.key;
  /** Bodies asked about and not answered yet, under the rules they were asked with. */
  const asking = useRef(new Set<string>());

  const send = (bodies: string[]) =>
    sendMessage('flagPhrases', { team: rules.team, ...(rules.platform !== undefined ? { platform: rules.platform } : {}), bodies });

  useEffect(() => {
    if (!start || own) return;
    // Nothing to check yet: the background compiles its checker for these rules now.
    const asked = rules.key;
    void send([]).then(
      (answer) => (answer === null ? setFailed(true) : setWarmKey(asked)),
      () => setFailed(true),
    );
  }, [start, rules.key, rules.team, rules.platform]);

  // Stable while nothing it answers from changes: the lists built from it are memoised on it.
  const flagsOf = useMemo(() => (body: string) => (own ? own(body) : knownFlags(known, rules.key, body)), [own, known, rules.key]);
  const ask = async (bodies: readonly string[]) => {
    const asked = rules.key;
    const wanted = [...new Set(bodies)].filter((body) => flagsOf(body) === undefined && !asking.current.has(`${asked}|${body}`));
    const answered = new Map<string, Finding[]>();
    if (wanted.length > 0) {
      for (const body of wanted) asking.current.add(`${asked}|${body}`);
      try {
        const answer = await send(wanted);
        if (answer === null || answer.length !== wanted.length) throw new Error('refused');
        wanted.forEach((body, i) => answered.set(body, answer[i]!));
        setKnown((now) => withAnswer(now, current.current, asked, wanted, answer));
      } catch {
        setFailed(true);
        return null;
      } finally {
        for (const body of wanted) asking.current.delete(`${asked}|${body}`);
      }
    }
    // Still the rules asked with: an answer for replaced rules is no answer.
    if (current.current !== asked) return null;
    const flags = bodies.map((body) => answered.get(body) ?? flagsOf(body));
    return flags.every((found) => found !== undefined) ? (flags as Finding[][]) : null;
  };
  return { flagsOf, ask, failed, warm: own !== null || warmKey === rules.key };
}
