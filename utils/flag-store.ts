// Phrase flags (phraseFlags: a phrase's own warn/block findings) kept across the worker's restarts and the browser's:
// a phrase's flags depend only on its text and on the checker that judged it, so the background answers a panel's
// flagPhrases from here at once instead of compiling a checker first (about 2 s CPU in a browser just started).
// The checker is named by its rules key: the build's checker identity (built-in rules, tables and checker code:
// phrase-flags-file.ts), the team's rule files and disabled ids, and the platform. Only the background writes, and
// only what its own checker found; a key made from other rules never matches, so flags never outlive their rules.
import { plainFinding, type Finding } from './compliance/types';

/** Bodies kept per rules key; the oldest written go first (a library larger than this is answered in part). */
export const MAX_BODIES_PER_RULES = 4000;
/** Rules keys kept (a team, a platform or a release each make one); the one written to longest ago goes first. */
export const MAX_RULE_SETS = 8;

/** What a checker's verdicts depend on, as the checker options the background compiles with. */
export interface FlagRules {
  /** The build's checker identity (phrase-flags-file.ts). */
  checker: string;
  ruleFiles: readonly unknown[];
  disabled: readonly string[];
  platform?: string;
}

/** The rules key: SHA-256 (hex) of the rules in a fixed order; the team's rule files can be large, the key stays short. */
export async function flagRulesKey(rules: FlagRules): Promise<string> {
  const text = JSON.stringify([rules.checker, rules.ruleFiles, rules.disabled, rules.platform ?? null]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `kept` with `added` written last (newest), the oldest dropped beyond `max`; a body written again counts as new. */
export function withRemembered(kept: ReadonlyMap<string, Finding[]>, added: Iterable<readonly [string, Finding[]]>, max = MAX_BODIES_PER_RULES): Map<string, Finding[]> {
  const next = new Map(kept);
  for (const [body, flags] of added) {
    next.delete(body);
    next.set(body, flags);
  }
  for (const body of next.keys()) {
    if (next.size <= max) break;
    next.delete(body);
  }
  return next;
}

/** The rules keys in write order (oldest first) after `key` was written to, and those dropped beyond `max`. */
export function withRulesUsed(order: readonly string[], key: string, max = MAX_RULE_SETS): { order: string[]; dropped: string[] } {
  const next = [...order.filter((kept) => kept !== key), key];
  return { order: next.slice(-max), dropped: next.slice(0, Math.max(0, next.length - max)) };
}

/** Where the store keeps its records (idb-keyval in the worker; a Map in tests). */
export interface FlagBacking {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

export interface FlagStore {
  /** The flags held for those bodies under the rules of `key` (bodies it does not hold are left out). */
  known(key: string, bodies: readonly string[]): Promise<Map<string, Finding[]>>;
  /** Keeps flags the background's checker found under the rules of `key`; written to the backing soon after. */
  remember(key: string, found: Iterable<readonly [string, Finding[]]>): Promise<void>;
  /** Resolves once every remembered flag is written (tests; a worker stopped before loses only cache entries). */
  flushed(): Promise<void>;
}

const ORDER_RECORD = 'order';
const rulesRecord = (key: string) => `rules:${key}`;

/** Is this a stored rules record ([body, flags][] oldest first)? Anything else is treated as empty. */
function entriesOf(value: unknown): [string, Finding[]][] {
  if (!Array.isArray(value)) return [];
  return value.filter((entry): entry is [string, Finding[]] => Array.isArray(entry) && typeof entry[0] === 'string' && Array.isArray(entry[1]));
}

/**
 * The store over a backing: one record per rules key (its bodies, oldest first) and one with the keys in use order.
 * Each record is read once per worker and kept in memory; writes are coalesced per record.
 */
export function createFlagStore(backing: FlagBacking, limits: { bodies?: number; rules?: number } = {}): FlagStore {
  const records = new Map<string, Promise<Map<string, Finding[]>>>();
  let order: Promise<string[]> | undefined;
  let writing: Promise<void> = Promise.resolve();
  /** Remembers not yet scheduled for writing: flushed() waits for them, then for the writes they scheduled. */
  let remembering: Promise<void> = Promise.resolve();
  const dirty = new Set<string>();

  const recordOf = (key: string) => {
    let record = records.get(key);
    if (!record) {
      record = backing.get(rulesRecord(key)).then((value) => new Map(entriesOf(value)), () => new Map<string, Finding[]>());
      records.set(key, record);
    }
    return record;
  };
  const orderOf = () =>
    (order ??= backing.get(ORDER_RECORD).then(
      (value) => (Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : []),
      () => [],
    ));

  /** Writes the changed records one batch at a time, after the current task (a search's flags come in one go). */
  const schedule = () => {
    writing = writing.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const keys = [...dirty];
      dirty.clear();
      for (const key of keys) {
        if (key === ORDER_RECORD) await backing.set(ORDER_RECORD, await orderOf()).catch(() => undefined);
        else {
          const record = records.get(key);
          if (record) await backing.set(rulesRecord(key), [...(await record)]).catch(() => undefined);
        }
      }
    });
  };

  return {
    known: async (key, bodies) => {
      const record = await recordOf(key);
      const found = new Map<string, Finding[]>();
      for (const body of bodies) {
        const flags = record.get(body);
        if (flags) found.set(body, flags);
      }
      return found;
    },
    remember: (key, found) => {
      // Kept as plain data: IndexedDB stores a structured clone, which copies own properties only (plainFinding).
      const added = [...found].map(([body, flags]) => [body, flags.map(plainFinding)] as const);
      // Chained on the record and the order as they stand, so two answers close together both stay.
      const record = recordOf(key).then((kept) => withRemembered(kept, added, limits.bodies));
      records.set(key, record);
      const used = orderOf().then((kept) => withRulesUsed(kept, key, limits.rules));
      order = used.then(({ order: next }) => next);
      const scheduled = used.then(async ({ dropped }) => {
        for (const old of dropped) {
          records.delete(old);
          dirty.delete(old);
          await backing.del(rulesRecord(old)).catch(() => undefined);
        }
        await record;
        dirty.add(key);
        dirty.add(ORDER_RECORD);
        schedule();
      });
      remembering = remembering.then(() => scheduled).catch(() => undefined);
      return scheduled;
    },
    flushed: async () => {
      // A remember still reading its record has not scheduled its write yet: wait for it first.
      await remembering;
      await writing;
    },
  };
}
