// The built-in rules and models as a packaged file of the extension, written at build time from BUILTINS
// (wxt.config.ts). The background worker and the workbench's content script read it on first use instead of
// carrying it in their bundles: a worker that parses and builds a megabyte of tables at every start can be
// left half-started by Chromium after an update, and the content script then had no checker (README, 页面不可信).

/** Its path in the extension package. */
export const BUILTINS_FILE = 'compliance-builtins.json';
