// Data modules the workbench's content script does not bundle (README, 内容脚本的体积): their exports travel in
// compliance-builtins.json under `modules`, which the script reads at start-up anyway, and in its bundle each module is
// a stand-in whose exports that file fills (entrypoints/workbench.content/packaged-modules.ts) before the first
// compile. Everywhere else (worker, panel, settings, Node) the modules are imported as they are.
// A module qualifies when its exports are plain data (JSON: strings, numbers, arrays, objects) that the content script
// reads only once the file is in (compiling, checking, explaining a finding), never while its modules load:
// test/unit/compliance/packaged-modules.test.ts checks both, and that the checker filled this way finds the same.
import path from 'node:path';
import type { Plugin } from 'vite';
import type { PackagedModules } from '../utils/compliance/builtins-file';
import * as comparisonScopes from '../utils/compliance/comparison-scopes';
import * as riskHints from '../utils/compliance/risk-hints';
import * as t2sTable from '../utils/compliance/t2s-table';
import * as traineeNotes from '../utils/trainee-notes';

/**
 * The modules, by path from the project's root, with their exports. What each takes off the content script gzipped
 * (round 24, bytes): the traditional → simplified table 7,021 (its gap strings barely compress), the comparison scopes
 * 909, the trainee notes 999, the learned catcher's hints 531.
 */
export const PACKAGED_MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'utils/compliance/t2s-table.ts': t2sTable,
  'utils/compliance/comparison-scopes.ts': comparisonScopes,
  'utils/trainee-notes.ts': traineeNotes,
  'utils/compliance/risk-hints.ts': riskHints,
};

/** Where the content script's bundle gets a stand-in (its entrypoint folder). */
const CONTENT_SCRIPT = `${path.sep}entrypoints${path.sep}workbench.content${path.sep}`;
/** What each stand-in registers its exports with. */
const FILLER = 'entrypoints/workbench.content/packaged-modules.ts';

/** The `modules` of compliance-builtins.json; refuses an export that JSON would not carry unchanged. */
export function packagedModuleValues(): PackagedModules {
  const values: PackagedModules = {};
  for (const [module, exports] of Object.entries(PACKAGED_MODULES)) {
    values[module] = {};
    for (const [name, value] of Object.entries(exports)) {
      if (!isPlainData(value)) throw new Error(`${module}: export ${name} is not plain data, so it cannot be packaged`);
      values[module][name] = value;
    }
  }
  return values;
}

function isPlainData(value: unknown): boolean {
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainData);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isPlainData);
}

/** The stand-in's code: its exports start undefined, and the builtins file fills them. */
export function standInSource(module: string, filler: string): string {
  const names = Object.keys(PACKAGED_MODULES[module]!);
  return [
    `import { fillLater } from ${JSON.stringify(filler)};`,
    `export let ${names.join(', ')};`,
    `fillLater(${JSON.stringify(module)}, (values) => ({ ${names.join(', ')} } = values));`,
  ].join('\n');
}

/** Vite plugin: in the build of the workbench's content script only, each packaged module loads as its stand-in. */
export function packagedModulesPlugin(): Plugin {
  let root = process.cwd();
  let byFile = new Map<string, string>();
  let inContentScript = false;
  return {
    name: 'huashu-packaged-modules',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      byFile = new Map(Object.keys(PACKAGED_MODULES).map((module) => [path.resolve(root, module), module]));
    },
    buildStart(options) {
      const inputs = typeof options.input === 'string' ? [options.input] : Object.values(options.input ?? {});
      inContentScript = inputs.some((input) => input.includes(CONTENT_SCRIPT));
    },
    load(id) {
      const module = inContentScript ? byFile.get(id) : undefined;
      return module === undefined ? null : standInSource(module, path.resolve(root, FILLER));
    },
  };
}
