// Shared fixtures for the library tests: the sample library file and a phrase factory.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLibraryFile } from '../../../utils/library/schema';
import type { Situation } from '../../../utils/library/situation';
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

/** The spec's example situation (shared/spec/cli.md): a logistics complaint, the agent promised to check, a chaser. */
export const CHASING_SITUATION: Situation = {
  messages: [
    { direction: 'system', text: '买家已下单' },
    { direction: 'buyer', text: '我的快递三天没动了' },
    { direction: 'agent', text: '亲我马上帮您查一下' },
    { direction: 'buyer', text: '快点啊' },
  ],
  product: { name: '无线蓝牙耳机 主动降噪', price: '199.00' },
  order: { id: '231204-77302190001', status: '已发货' },
  platform: 'pinduoduo',
};
