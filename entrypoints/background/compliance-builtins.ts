// The built-in rules and models, read from the packaged file on first use (utils/compliance/builtins-file.ts):
// importing them would make the worker parse and build them at every start, before any listener is registered.
import type { ComplianceBuiltins } from '../../utils/compliance/checker';
import { BUILTINS_FILE } from '../../utils/compliance/builtins-file';
import { onceRetrying, readPackagedJson } from '../../utils/packaged-json';

export const complianceBuiltins = onceRetrying(() => readPackagedJson<ComplianceBuiltins>(BUILTINS_FILE));
