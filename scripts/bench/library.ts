// Suggestion latency at 1,000 and 10,000 phrases against plain Fuse.js over the same phrases and the same
// buyer messages, in the same run. Libraries are synthesised deterministically (seeded PRNG) from the built-in
// one; queries are the labelled buyer messages. Ratios are what to read; absolute times are for context.
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { BUILTIN_PHRASES } from '../../utils/library/builtin/index';
import { createPhraseSearch } from '../../utils/library/search';
import { createSuggester } from '../../utils/library/suggest';
import type { Phrase } from '../../utils/library/types';
import { median, percentile, pick, seeded } from './_kit';

const SIZES = [1_000, 10_000];
/** Queries timed on both engines (Fuse is slow enough that all 400+ messages would take minutes at 10k). */
const SHARED_QUERIES = 50;
const SUGGESTER_ROUNDS = 20;
const BUILD_ROUNDS = 3;

/** Variants of the built-in phrases: same intents, triggers and examples mixed within an intent, new ids and titles. */
function synthesise(base: readonly Phrase[], count: number, seed: number): Phrase[] {
  const random = seeded(seed);
  const byIntent = new Map<string, Phrase[]>();
  for (const phrase of base) {
    const intent = phrase.intents[0]!;
    byIntent.set(intent, [...(byIntent.get(intent) ?? []), phrase]);
  }
  return Array.from({ length: count }, (_, i) => {
    const source = base[i % base.length]!;
    const sibling = pick(random, byIntent.get(source.intents[0]!)!);
    const triggers = [...source.triggers, ...sibling.triggers].filter(() => random() < 0.6);
    const examples = [...source.examples, ...sibling.examples].filter(() => random() < 0.6);
    return {
      ...source,
      id: `${source.id}~${i}`,
      title: `${source.title}${i}`,
      code: `${source.code ?? 'x'}${i}`,
      body: `${source.body}（${sibling.title}）`,
      triggers: [...new Set(triggers.length > 0 ? triggers : source.triggers)],
      examples: [...new Set(examples)],
    };
  });
}

function timeEach(queries: readonly string[], rounds: number, run: (query: string) => unknown): { p50: number; p95: number } {
  for (const query of queries) run(query);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const start = performance.now();
      run(query);
      times.push(performance.now() - start);
    }
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

function medianTime(rounds: number, run: () => unknown): number {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;

export async function run(): Promise<void> {
  const messages = readFileSync(new URL('../../test/data/library/buyer-messages.tsv', import.meta.url), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t')[1] ?? '');
  const random = seeded(7);
  const shared = Array.from({ length: SHARED_QUERIES }, () => pick(random, messages));

  for (const size of SIZES) {
    const phrases = synthesise(BUILTIN_PHRASES, size, size);
    const buildMs = medianTime(BUILD_ROUNDS, () => createSuggester(phrases));
    const suggester = createSuggester(phrases);
    const fuseOptions = { keys: ['title', 'body', 'triggers'] };
    const fuseBuildMs = medianTime(BUILD_ROUNDS, () => new Fuse(phrases, fuseOptions));
    const fuse = new Fuse(phrases, fuseOptions);

    const ours = timeEach(shared, SUGGESTER_ROUNDS, (query) => suggester.suggest(query, {}, 5));
    const oursAll = timeEach(messages, 3, (query) => suggester.suggest(query, {}, 5));
    const plain = timeEach(shared, 1, (query) => fuse.search(query, { limit: 5 }));
    const search = createPhraseSearch(phrases);
    const searchTimes = timeEach(['fh', '/th', '发货', 'fhsj', '退款到账', '运废险', '亲'], 20, (query) => search.search(query, 10));

    const answered = messages.filter((message) => suggester.suggest(message, {}, 5).length > 0).length;
    console.log(`\n${size} phrases (${SHARED_QUERIES} buyer messages timed on both engines; ${answered}/${messages.length} messages get suggestions)`);
    console.log(`  suggester  p50 ${ms(ours.p50)}  p95 ${ms(ours.p95)}   (all ${messages.length} messages: p50 ${ms(oursAll.p50)}  p95 ${ms(oursAll.p95)})`);
    console.log(`  plain Fuse p50 ${ms(plain.p50)}  p95 ${ms(plain.p95)}`);
    console.log(`  ratio Fuse/suggester: p50 ${(plain.p50 / ours.p50).toFixed(0)}x  p95 ${(plain.p95 / ours.p95).toFixed(0)}x`);
    console.log(`  index build: suggester ${ms(buildMs)}  Fuse ${ms(fuseBuildMs)}  (ratio ${(buildMs / fuseBuildMs).toFixed(1)}x)`);
    console.log(`  phrase search (codes, initials, bigram index, Fuse fallback): p50 ${ms(searchTimes.p50)}  p95 ${ms(searchTimes.p95)}`);
  }
}
