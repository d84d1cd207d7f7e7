// Reading a 10,000-phrase team pack the way the background does after a download: size check, JSON,
// canonical bytes, ECDSA verify, schema of every entry, then a store into an in-memory PackStore.
// Baseline: plain JSON.parse of the same bytes, measured in the same run.
import { performance } from 'node:perf_hooks';
import { INTENT_IDS, INTENTS } from '../../utils/library/intents';
import type { Phrase } from '../../utils/library/types';
import { readPack } from '../../utils/pack/parse';
import { generateTeamKey, keyIdOf, signPack, verifyPack } from '../../utils/pack/sign';
import { MemoryPackStore } from '../../utils/pack/memory-store';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from '../../utils/pack/types';
import { validatePackContent } from '../../utils/pack/validate';

const PHRASES = 10_000;
const WARMUP = 3;
const RUNS = 15;
const TARGET_MS = 300;

function benchPhrase(i: number): Phrase {
  const intent = INTENT_IDS[i % INTENT_IDS.length] ?? 'greeting';
  const { label, stage } = INTENTS[intent];
  return {
    id: `bench.${i}`,
    title: `${label}回复 ${i}`,
    body: `亲，关于${label}：订单 {订单号} 已记录，第 ${i} 号说明如下，有需要随时找{客服昵称}。`,
    code: `b${i.toString(36)}`,
    group: label,
    stage,
    intents: [intent],
    triggers: [label, `问题${i % 97}`],
    examples: [`请问${label}怎么处理？`],
    tags: [`组${i % 20}`],
    platforms: i % 3 === 0 ? ['pdd'] : [],
    categories: [],
    orderFacts: [],
    source: 'team',
    createdAt: 1_763_700_000_000 + i,
    updatedAt: 1_763_700_000_000 + i,
  };
}

async function median(run: () => unknown): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export async function run(): Promise<void> {
  const team = await generateTeamKey();
  const keyId = await keyIdOf(team.publicKey);
  const pack = await signPack(
    {
      format: PACK_FORMAT,
      formatVersion: PACK_FORMAT_VERSION,
      meta: { id: 'bench', name: '基准测试话术包', version: 1, publishedAt: new Date().toISOString(), publisher: 'bench' },
      phrases: Array.from({ length: PHRASES }, (_, i) => benchPhrase(i)),
      rules: null,
      selectors: [],
    },
    team.privateKey,
    keyId,
  );
  const bytes = new TextEncoder().encode(JSON.stringify(pack));
  const store = new MemoryPackStore();

  const parseOnly = await median(() => JSON.parse(new TextDecoder().decode(bytes)));
  const verifyOnly = await median(() => verifyPack(bytes, team.publicKey));
  const parsed = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  const schemaOnly = await median(() => validatePackContent(parsed));
  const full = await median(async () => {
    const result = await readPack(bytes, team.publicKey);
    if (!result.ok) throw new Error(result.error.message);
    await store.putAtomically(result.pack, '"bench"');
  });

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`pack: ${PHRASES} phrases, ${(bytes.length / 1024 / 1024).toFixed(2)} MB JSON (${bytes.length} bytes)`);
  console.log(`baseline JSON.parse (decode + parse)     ${ms(parseOnly)}`);
  console.log(`verifyPack (parse + canonical + ECDSA)   ${ms(verifyOnly)}  ×${(verifyOnly / parseOnly).toFixed(1)} baseline`);
  console.log(`schema of every entry (validate only)    ${ms(schemaOnly)}  ×${(schemaOnly / parseOnly).toFixed(1)} baseline`);
  console.log(`readPack + store (total)                 ${ms(full)}  ×${(full / parseOnly).toFixed(1)} baseline`);
  console.log(`target ≤ ${TARGET_MS} ms total: ${full <= TARGET_MS ? 'met' : 'NOT met'} (median of ${RUNS} runs after ${WARMUP} warm-ups)`);
}
