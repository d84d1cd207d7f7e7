// `npm run bench [-- area...]`: every benchmark in scripts/bench/, each reporting ratios against a
// baseline measured in the same run (the machine is small and noisy; absolute times are for context).
import process from 'node:process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const wanted = process.argv.slice(2);
const areas = readdirSync(dir)
  .filter((file) => file.endsWith('.ts') && !file.startsWith('_'))
  .map((file) => file.slice(0, -3))
  .filter((area) => wanted.length === 0 || wanted.includes(area))
  .sort();

for (const area of areas) {
  console.log(`\n=== ${area} ===`);
  const bench = (await import(path.join(dir, `${area}.ts`))) as { run(): Promise<void> };
  await bench.run();
}
