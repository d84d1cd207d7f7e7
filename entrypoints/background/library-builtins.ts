// The built-in phrases and the shipped intent model, read from the packaged file on first use
// (utils/library/builtins-file.ts) instead of being compiled and evaluated at every start of the worker.
import { LIBRARY_BUILTINS_FILE, type LibraryBuiltins } from '../../utils/library/builtins-file';
import { createIntentModel, type IntentModel } from '../../utils/library/intent-model';
import type { Phrase } from '../../utils/library/types';
import { packagedJson } from './packaged-json';

const libraryBuiltins = packagedJson<LibraryBuiltins>(LIBRARY_BUILTINS_FILE);

export async function builtinPhrases(): Promise<Phrase[]> {
  return (await libraryBuiltins()).phrases;
}

let model: Promise<IntentModel> | undefined;

/** Built once per worker, as suggest.ts keeps the one it builds from the imported table. */
export function shippedIntentModel(): Promise<IntentModel> {
  if (!model) {
    model = libraryBuiltins().then((builtins) => createIntentModel(builtins.intentModel));
    model.catch(() => (model = undefined));
  }
  return model;
}
