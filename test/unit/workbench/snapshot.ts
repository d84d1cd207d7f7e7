// Saved workbench pages for reader tests, parsed with linkedom as the content script would see them.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

export function loadSnapshot(name: string): Document {
  const html = readFileSync(new URL(`../../fixtures/snapshots/${name}.html`, import.meta.url), 'utf8');
  return parseHTML(html).document;
}
