// The built-in phrases and the shipped intent model, read from the packaged file on first use
// (utils/library/builtins-file.ts) instead of being compiled and evaluated at every start of the worker.
import { LIBRARY_BUILTINS_FILE, type LibraryBuiltins } from '../../utils/library/builtins-file';
import { createIntentModel } from '../../utils/library/intent-model';
import type { Phrase } from '../../utils/library/types';
import { onceRetrying, readPackagedJson } from '../../utils/packaged-json';

const libraryBuiltins = onceRetrying(() => readPackagedJson<LibraryBuiltins>(LIBRARY_BUILTINS_FILE));

export async function builtinPhrases(): Promise<Phrase[]> {
  return (await libraryBuiltins()).phrases;
}

/** Built once per worker, as suggest.ts keeps the one it builds from the imported table. */
export const shippedIntentModel = onceRetrying(async () => createIntentModel((await libraryBuiltins()).intentModel));
