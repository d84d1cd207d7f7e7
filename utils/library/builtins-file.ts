// The built-in 话术 library and the learned intent model's table as a packaged file of the extension, written at
// build time from BUILTIN_PHRASES and INTENT_MODEL_TABLE (wxt.config.ts), like the compliance built-ins
// (utils/compliance/builtins-file.ts). The background worker reads it on first use instead of carrying both in its
// bundle: compiling and evaluating them delayed every start of the worker, and an agent's worker starts all day.
import type { IntentModelTable } from './intent-model';
import type { Phrase } from './types';

/** Its path in the extension package. */
export const LIBRARY_BUILTINS_FILE = 'library-builtins.json';

export interface LibraryBuiltins {
  phrases: Phrase[];
  intentModel: IntentModelTable;
}
