// A JSON file of the extension package (the built-ins written at build: wxt.config.ts). Browser wiring shared by the
// worker and the workbench's content script, like messaging.ts; the pure modules take the data as a parameter.
import { browser } from 'wxt/browser';

/** Reads the file once per call; a content script's copy may be refused it (taught hosts: not web-accessible). */
export async function readPackagedJson<T>(file: string): Promise<T> {
  const response = await fetch((browser.runtime.getURL as (path: string) => string)(`/${file}`));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return (await response.json()) as T;
}

/** The first call's promise for every later call; a failed one (none expected in the worker) is tried again. */
export function onceRetrying<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      loading = load();
      loading.catch(() => (loading = undefined));
    }
    return loading;
  };
}
