// Suggestion latency at 1,000 and 10,000 phrases against plain Fuse.js over the same phrases and the same
// buyer messages, in the same run. Libraries are synthesised deterministically (seeded PRNG) from the built-in
// one; queries are the labelled buyer messages. Ratios are what to read; absolute times are for context.
// Situations (suggestForSituation: messages both ways, product and order cards) are timed against the
// words-only suggester in the same run, cold (every message new to the suggester's reading cache) and warm
// (the panel re-ranking a conversation it has read). Input length: the growth factor from 10k to 100k
// characters for the suggester itself and for the situation path (which reads a window of a long message).
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { BUILTIN_PHRASES } from '../../utils/library/builtin/index';
import { createPhraseSearch } from '../../utils/library/search';
import { LEARNED_LIMITS } from '../../utils/library/learned';
import { suggestForSituation, type Situation } from '../../utils/library/situation';
import { createSuggester, type Suggester } from '../../utils/library/suggest';
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

function timeEach<T>(queries: readonly T[], rounds: number, run: (query: T) => unknown): { p50: number; p95: number } {
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

const PRODUCTS = ['纯棉四件套 1.8米床 奶油格', '无线蓝牙耳机 主动降噪 超长续航', '加厚珊瑚绒睡衣女冬季 家居服套装', '新疆阿克苏冰糖心苹果 5斤装', '玻尿酸补水面霜 50ml', '全价幼猫猫粮 2kg'];
const STATUSES = ['待付款', '待发货', '已发货', '运输中', '已签收', '退款中', '退款成功', '交易关闭', '等待卖家发货'];
const CHASERS = ['？？', '快点啊', '好了没', '在吗', '人呢', '[图片]'];

/** Conversations of 1–6 messages: buyer questions, agent replies (phrase bodies), chasers, cards. */
function synthesiseSituations(messages: readonly string[], phrases: readonly Phrase[], count: number, seed: number, unique: boolean): Situation[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => {
    const tag = unique ? ` ${i}` : '';
    const turns: Situation['messages'] = [{ direction: 'buyer', text: pick(random, messages) + tag }];
    const extra = Math.floor(random() * 5);
    for (let k = 0; k < extra; k++) {
      const roll = random();
      if (roll < 0.35) turns.push({ direction: 'agent', text: pick(random, phrases).body + tag });
      else if (roll < 0.6) turns.push({ direction: 'buyer', text: pick(random, CHASERS) + tag });
      else turns.push({ direction: 'buyer', text: pick(random, messages) + tag });
    }
    if (turns.at(-1)!.direction !== 'buyer') turns.push({ direction: 'buyer', text: pick(random, CHASERS) + tag });
    return {
      messages: turns,
      ...(random() < 0.7 ? { product: { name: pick(random, PRODUCTS), price: '99.00' } } : {}),
      ...(random() < 0.6 ? { order: { id: `2312${i}`, status: pick(random, STATUSES) } } : {}),
      platform: 'pinduoduo',
    };
  });
}

/**
 * Time of one call on a text of each length (median of three runs, each on a text the suggester has not read:
 * its reading cache would otherwise answer the repeats).
 */
function growth(text: (length: number, variant: number) => string, run: (input: string) => unknown, lengths: readonly number[]): number[] {
  return lengths.map((length) => {
    let variant = 0;
    run(text(length, variant++));
    return medianTime(3, () => run(text(length, variant++)));
  });
}

function inputLength(messages: readonly string[], suggester: Suggester): void {
  const random = seeded(11);
  let pool = '';
  while (pool.length < 1_000_000) pool += `${pick(random, messages)}，`;
  const text = (length: number, variant: number) => `${variant}${pool.slice(0, length - 1)}`;
  const lengths = [10_000, 100_000, 1_000_000];
  const core = growth(text, (input) => suggester.suggest(input, {}, 5), lengths.slice(0, 2));
  const situation = growth(text, (input) => suggestForSituation(suggester, { messages: [{ direction: 'buyer', text: input }] }), lengths);
  console.log(`\ninput length (one buyer message of mixed buyer questions)`);
  console.log(`  suggester, whole text:  10k ${ms(core[0]!)}  100k ${ms(core[1]!)}  growth 10k→100k ${(core[1]! / core[0]!).toFixed(1)}x (linear = 10x)`);
  console.log(
    `  situation (windowed):   10k ${ms(situation[0]!)}  100k ${ms(situation[1]!)}  1M ${ms(situation[2]!)}  growth 10k→100k ${(situation[1]! / situation[0]!).toFixed(1)}x`,
  );
}

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

    const cold = synthesiseSituations(messages, phrases, 400, size + 1, true);
    const warm = synthesiseSituations(messages, phrases, 50, size + 2, false);
    const coldTimes = timeEach(cold, 1, (situation) => suggestForSituation(suggester, situation));
    const warmTimes = timeEach(warm, 5, (situation) => suggestForSituation(suggester, situation));
    console.log(
      `  situations, cold: p50 ${ms(coldTimes.p50)}  p95 ${ms(coldTimes.p95)}  (ratio to words only: p95 ${(coldTimes.p95 / ours.p95).toFixed(1)}x)` +
        `   warm: p50 ${ms(warmTimes.p50)}  p95 ${ms(warmTimes.p95)}`,
    );
    // A full learned store (the most this machine keeps) and the reminders, as the panel's lists get them.
    const learnedRandom = seeded(size + 3);
    const learned = Array.from({ length: LEARNED_LIMITS.records }, (_, i) => ({
      text: pick(learnedRandom, messages),
      phraseId: phrases[Math.floor(learnedRandom() * phrases.length)]!.id,
      count: 1 + (i % 4),
      at: i,
    }));
    const coldLearned = synthesiseSituations(messages, phrases, 400, size + 4, true).map((situation, i) =>
      i % 4 === 0 ? { ...situation, service: { reminders: ['longWait' as const] } } : situation,
    );
    suggestForSituation(suggester, cold[0]!, { learned }); // the store is read once per library
    const learnedTimes = timeEach(coldLearned, 1, (situation) => suggestForSituation(suggester, situation, { learned }));
    console.log(
      `  situations with ${learned.length} learned pairs and reminders, cold: p50 ${ms(learnedTimes.p50)}  p95 ${ms(learnedTimes.p95)}  (ratio to situations without: p95 ${(learnedTimes.p95 / coldTimes.p95).toFixed(1)}x)`,
    );
    if (size === SIZES.at(-1)) inputLength(messages, suggester);
  }
}
