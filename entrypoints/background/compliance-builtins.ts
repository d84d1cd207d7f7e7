// The built-in rules and models, read from the packaged file on first use (utils/compliance/builtins-file.ts):
// importing them would make the worker parse and build them at every start, before any listener is registered.
import { BUILTINS_FILE, type ComplianceBuiltinsFile } from '../../utils/compliance/builtins-file';
import { onceRetrying, readPackagedJson } from '../../utils/packaged-json';

export const complianceBuiltins = onceRetrying(() => readPackagedJson<ComplianceBuiltinsFile>(BUILTINS_FILE));
