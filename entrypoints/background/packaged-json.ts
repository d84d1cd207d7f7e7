// A JSON file of the extension package, read on first use (the built-ins written at build: wxt.config.ts).
import { browser } from 'wxt/browser';

export function packagedJson<T>(file: string): () => Promise<T> {
  let reading: Promise<T> | undefined;
  return () => {
    if (!reading) {
      const url = (browser.runtime.getURL as (path: string) => string)(`/${file}`);
      reading = fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${file}: ${response.status}`);
        return response.json() as Promise<T>;
      });
      // A failed read (none expected: the file is in the package) is tried again on the next use.
      reading.catch(() => (reading = undefined));
    }
    return reading;
  };
}
