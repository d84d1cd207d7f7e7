// Shared fixtures for the library tests: the sample library file and a phrase factory.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLibraryFile } from '../../../utils/library/schema';
import type { Phrase } from '../../../utils/library/types';

export const DATA_DIR = fileURLToPath(new URL('../../data/library/', import.meta.url));

export function loadSampleLibrary(): Phrase[] {
  const result = parseLibraryFile(JSON.parse(readFileSync(`${DATA_DIR}sample-library.json`, 'utf8')));
  if (!result.ok || result.itemErrors.length > 0) throw new Error('sample-library.json is invalid');
  return result.phrases;
}

export function makePhrase(overrides: Partial<Phrase> & Pick<Phrase, 'id'>): Phrase {
  return {
    title: '标题',
    body: '内容',
    group: '默认',
    stage: '通用',
    intents: ['greeting'],
    triggers: [],
    examples: [],
    tags: [],
    platforms: [],
    categories: [],
    orderFacts: [],
    source: 'personal',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

export interface LabelledMessage {
  intent: string;
  message: string;
}

/** A labelled TSV of test/data/library (header line, then "intent<TAB>message"). */
export function readLabelled(file: string): LabelledMessage[] {
  return readFileSync(`${DATA_DIR}${file}`, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [intent = '', message = ''] = line.split('\t');
      return { intent, message };
    });
}

/** buyer-messages.tsv holds out every 5th message as its test split. */
export function isTestSplit(index: number): boolean {
  return index % 5 === 4;
}
