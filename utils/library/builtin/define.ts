import type { Category } from '../categories';
import type { IntentId } from '../intents';
import type { OrderFact } from '../order-state';
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
  /** Categories the wording is written for; leave out for wording that fits any product. */
  categories?: Category[];
  /** What the wording takes for granted about the order (「已经发出」: shipped). */
  orderFacts?: OrderFact[];
}

export function definePhrases(section: PhraseSection, specs: BuiltinPhraseSpec[]): Phrase[] {
  return specs.map((spec) => ({
    ...spec,
    group: section.group,
    stage: section.stage,
    tags: spec.tags ?? [],
    platforms: [],
    categories: spec.categories ?? [],
    orderFacts: spec.orderFacts ?? [],
    source: 'builtin',
    createdAt: BUILTIN_TIMESTAMP,
    updatedAt: BUILTIN_TIMESTAMP,
  }));
}
