// The built-in library's phrase flags, found at build time (wxt.config.ts, scripts/phrase-flags-build.ts) with the
// built-in rules alone, per platform, and shipped as a packaged file: in a browser whose flag store (flag-store.ts) is
// still empty, a search of the built-in phrases is answered without compiling a checker. The file also names the
// build's checker (`checker`): every rules key includes it, so a release with other rules, tables or checker code
// never reads flags an older one stored.
import type { Finding } from './compliance/types';
import type { FlagRules } from './flag-store';

/** Its path in the extension package. */
export const PHRASE_FLAGS_FILE = 'phrase-flags.json';

export interface PhraseFlagsFile {
  /** The build's checker identity: a hash of the built-in rules and tables, the checker's code and the release. */
  checker: string;
  /** The built-in phrases' bodies. */
  bodies: string[];
  /**
   * Per platform ('' for none, then every platform a built-in rule names), the flagged bodies by their index in
   * `bodies`; a body not listed has no flags there. A platform no built-in rule names reads as ''.
   */
  flagged: Record<string, Record<number, Finding[]>>;
}

/** The file for these bodies: `flagsOn(platform)` is the checker of the built-in rules alone on that platform. */
export function phraseFlagsFile(checker: string, bodies: readonly string[], platforms: readonly string[], flagsOn: (platform: string | undefined) => (body: string) => Finding[]): PhraseFlagsFile {
  const unique = [...new Set(bodies)];
  const flagged: PhraseFlagsFile['flagged'] = {};
  for (const platform of ['', ...new Set(platforms)]) {
    const flagsOf = flagsOn(platform === '' ? undefined : platform);
    const table: Record<number, Finding[]> = {};
    unique.forEach((body, i) => {
      const flags = flagsOf(body);
      if (flags.length > 0) table[i] = flags;
    });
    flagged[platform] = table;
  }
  return { checker, bodies: unique, flagged };
}

const indexes = new WeakMap<PhraseFlagsFile, Map<string, number>>();

/**
 * A body's flags from the file when it answers for these rules: the same build's checker, no team rule file and
 * nothing disabled, a built-in body. Undefined otherwise (the store or the checker answers).
 */
export function packagedFlags(file: PhraseFlagsFile, rules: FlagRules, body: string): Finding[] | undefined {
  if (rules.checker !== file.checker || rules.ruleFiles.length > 0 || rules.disabled.length > 0) return undefined;
  let index = indexes.get(file);
  if (!index) indexes.set(file, (index = new Map(file.bodies.map((text, i) => [text, i]))));
  const at = index.get(body);
  if (at === undefined) return undefined;
  const platform = rules.platform !== undefined && Object.hasOwn(file.flagged, rules.platform) ? rules.platform : '';
  return file.flagged[platform]?.[at] ?? [];
}

/** The platforms the rules name (their own rules, or words they do not count there): each checks differently. */
export function namedPlatforms(rules: readonly { platforms?: string[]; exceptOn?: Record<string, string[]> }[]): string[] {
  const named = new Set<string>();
  for (const rule of rules) {
    for (const platform of rule.platforms ?? []) named.add(platform);
    for (const platform of Object.keys(rule.exceptOn ?? {})) named.add(platform);
  }
  return [...named].sort();
}
