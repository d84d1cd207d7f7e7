import type { IntentId } from '../intents';
import type { Phrase, Stage } from '../types';

/** Built-in phrases carry one fixed timestamp so the shipped data is identical on every install. */
export const BUILTIN_TIMESTAMP = Date.UTC(2026, 10, 21);

/** Shared by every phrase of one section of a builtin file. */
export interface PhraseSection {
  group: string;
  stage: Stage;
}

/** What a builtin file writes per phrase; the rest is filled in by definePhrases. */
export interface BuiltinPhraseSpec {
  id: string;
  title: string;
  body: string;
  code: string;
  intents: IntentId[];
  triggers: string[];
  examples: string[];
  /** Tone or use, e.g. 亲切/正式/安抚/活泼/主动. */
  tags?: string[];
}

export function definePhrases(section: PhraseSection, specs: BuiltinPhraseSpec[]): Phrase[] {
  return specs.map((spec) => ({
    ...spec,
    group: section.group,
    stage: section.stage,
    tags: spec.tags ?? [],
    platforms: [],
    source: 'builtin',
    createdAt: BUILTIN_TIMESTAMP,
    updatedAt: BUILTIN_TIMESTAMP,
  }));
}
