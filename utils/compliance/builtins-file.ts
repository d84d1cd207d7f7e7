// The built-in rules and models as a packaged file of the extension, written at build time from BUILTINS
// (wxt.config.ts). The background worker and the workbench's content script read it on first use instead of
// carrying it in their bundles: a worker that parses and builds a megabyte of tables at every start can be
// left half-started by Chromium after an update, and the content script then had no checker (README, 页面不可信).
import type { ComplianceBuiltins } from './checker';

/** Its path in the extension package. */
export const BUILTINS_FILE = 'compliance-builtins.json';

/** Exports of data modules by module path (from the project's root): what scripts/packaged-modules.ts writes. */
export type PackagedModules = Record<string, Record<string, unknown>>;

/**
 * The file: the built-ins, and the data modules the content script reads from it rather than bundling them
 * (scripts/packaged-modules.ts); the worker and the panel import those modules and pass the built-ins on as they are.
 */
export interface ComplianceBuiltinsFile extends ComplianceBuiltins {
  modules: PackagedModules;
}
