// The built-in rules and models, read from the packaged file on first use (utils/compliance/builtins-file.ts):
// importing them would make the worker parse and build them at every start, before any listener is registered.
import { browser } from 'wxt/browser';
import type { ComplianceBuiltins } from '../../utils/compliance/checker';
import { BUILTINS_FILE } from '../../utils/compliance/builtins-file';

let reading: Promise<ComplianceBuiltins> | undefined;

export function complianceBuiltins(): Promise<ComplianceBuiltins> {
  if (!reading) {
    const url = (browser.runtime.getURL as (path: string) => string)(`/${BUILTINS_FILE}`);
    reading = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${BUILTINS_FILE}: ${response.status}`);
      return response.json() as Promise<ComplianceBuiltins>;
    });
    // A failed read (none expected: the file is in the package) is tried again on the next use.
    reading.catch(() => (reading = undefined));
  }
  return reading;
}
