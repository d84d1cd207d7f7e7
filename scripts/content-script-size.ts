// What the workbench content script holds: builds the demo extension (as `npm run bench -- workbench` does) and
// prints each module's share of the gzipped bundle, and the shares summed by kind.
//   npx tsx scripts/content-script-size.ts [--modules N] [--json out.json] [--dump folder-for-each-module's-code]
// A module's share: its code as rendered into the bundle (after tree-shaking), minified on its own and gzipped on
// its own, scaled so the shares add up to the real gzipped bundle. An estimate: gzip finds repeats across modules,
// so what removing a module saves differs from its share (the t2s table: share 5.5 → 4.7 KB, the file 1.08 KB less;
// moved out in round 24, its share was 4.8 KB and the file 6.9 KB less). Data modules the script reads from
// compliance-builtins.json instead (scripts/packaged-modules.ts) show as their stand-ins and are listed at the end.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { build } from 'wxt';
import type { Plugin } from 'vite';
import { packagedModuleValues } from './packaged-modules';

const CONTENT_SCRIPT = 'content-scripts/workbench.js';
/** Where `npx wxt build --mode demo` writes it; `npm run bench -- workbench` gzips the same file. */
const BUILT = path.resolve('.output/chrome-mv3-demo', CONTENT_SCRIPT);

/** Kinds, first match wins: the data tables, then libraries, then code by folder. */
const KINDS: [kind: string, test: RegExp][] = [
  ['t2s table', /utils\/compliance\/t2s-table\.ts$/],
  ['learned tables', /-weights\.ts$|model-config\.ts$/],
  ['rule data', /utils\/compliance\/(rules\/|comparison-scopes\.ts)/],
  ['overlay CSS', /inline-check\/styles\.ts$/],
  ['libraries', /node_modules|^\0|virtual:/],
  ['compliance code', /utils\/compliance\//],
  ['teaching code', /teach[^/]*\.ts$/],
  ['workbench code', /utils\/workbench\/|entrypoints\/workbench\.content\//],
  ['other code', /./],
];

const kindOf = (id: string) => KINDS.find(([, test]) => test.test(id))![0];

const args = process.argv.slice(2);
const shown = Number(args[args.indexOf('--modules') + 1] || 40);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const dumpDir = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : undefined;

const rendered = new Map<string, string>();
const recordModules: Plugin = {
  name: 'huashu-module-sizes',
  generateBundle(_options, bundle) {
    const chunk = Object.values(bundle).find((item) => item.fileName === CONTENT_SCRIPT);
    if (chunk?.type !== 'chunk') return;
    for (const [id, module] of Object.entries(chunk.modules)) if (module.code) rendered.set(id, module.code);
  },
};

await build({ mode: 'demo', vite: () => ({ plugins: [recordModules] }) });
if (rendered.size === 0) throw new Error(`no ${CONTENT_SCRIPT} in the build`);
const bundle = readFileSync(BUILT);

const root = process.cwd();
const gzip = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;
const total = gzip(bundle);
const rows = [...rendered].map(([id, code]) => {
  const minified = transformSync(code, { minify: true, loader: 'js' }).code;
  const name = id.startsWith(root) ? path.relative(root, id) : id;
  if (dumpDir) writeFileSync(path.join(dumpDir, name.replace(/[^\w.-]+/g, '_')), code);
  return { name, kind: kindOf(name), minified: minified.length, ownGzip: gzip(minified) };
});
const ownSum = rows.reduce((sum, row) => sum + row.ownGzip, 0);
const share = (own: number) => (own / ownSum) * total;
rows.sort((a, b) => b.ownGzip - a.ownGzip);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(`\n${CONTENT_SCRIPT}: ${kb(bundle.length)} KB, gzip -9 ${total} bytes (${kb(total)} KB), ${rows.length} modules\n`);
console.log('module | kind | minified KB | share of gzip KB');
for (const row of rows.slice(0, shown)) console.log(`${row.name} | ${row.kind} | ${kb(row.minified)} | ${kb(share(row.ownGzip))}`);
console.log('\nkind | modules | minified KB | share of gzip KB');
const kinds = new Map<string, { modules: number; minified: number; own: number }>();
for (const row of rows) {
  const sum = kinds.get(row.kind) ?? { modules: 0, minified: 0, own: 0 };
  kinds.set(row.kind, { modules: sum.modules + 1, minified: sum.minified + row.minified, own: sum.own + row.ownGzip });
}
for (const [kind, sum] of [...kinds].sort((a, b) => b[1].own - a[1].own)) {
  console.log(`${kind} | ${sum.modules} | ${kb(sum.minified)} | ${kb(share(sum.own))}`);
}
console.log('\nread from compliance-builtins.json instead of bundled (stand-ins above) | JSON KB');
for (const [module, values] of Object.entries(packagedModuleValues())) console.log(`${module} | ${kb(Buffer.byteLength(JSON.stringify(values)))}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ total, rows }, null, 1));
