// Importing into an existing library without losing anything: new phrases are added, identical ones
// skipped, and a phrase that would replace a different one is handed back as a conflict for the agent to decide.
import { normalizeCode } from './codes';
import type { Phrase } from './types';

export interface ImportPlan {
  added: Phrase[];
  conflicts: { existing: Phrase; incoming: Phrase }[];
  unchanged: Phrase[];
}

/**
 * An incoming phrase is the same phrase as an existing one when it has the same id, else the same 快捷编码
 * (compared as everywhere else, see codes.ts),
 * else the same title and body. The same phrase with equal content is unchanged; with other content, a conflict.
 */
export function planImport(existing: readonly Phrase[], incoming: readonly Phrase[]): ImportPlan {
  const byId = new Map(existing.map((phrase) => [phrase.id, phrase]));
  const byCode = new Map<string, Phrase>();
  const byText = new Map<string, Phrase>();
  for (const phrase of existing) {
    if (phrase.code) byCode.set(normalizeCode(phrase.code), phrase);
    byText.set(textKey(phrase), phrase);
  }
  const plan: ImportPlan = { added: [], conflicts: [], unchanged: [] };
  for (const phrase of incoming) {
    const match = byId.get(phrase.id) ?? (phrase.code ? byCode.get(normalizeCode(phrase.code)) : undefined) ?? byText.get(textKey(phrase));
    if (!match) {
      plan.added.push(phrase);
      // Two incoming rows for one phrase: the second is checked against the first.
      byId.set(phrase.id, phrase);
      if (phrase.code) byCode.set(normalizeCode(phrase.code), phrase);
      byText.set(textKey(phrase), phrase);
    } else if (sameContent(match, phrase)) plan.unchanged.push(phrase);
    else plan.conflicts.push({ existing: match, incoming: phrase });
  }
  return plan;
}

function textKey(phrase: Phrase): string {
  return `${phrase.title}\n${phrase.body}`;
}

/** Everything an agent sees or edits; ids, sources and timestamps do not make two phrases different. */
export function sameContent(a: Phrase, b: Phrase): boolean {
  return (
    a.title === b.title &&
    a.body === b.body &&
    (a.code ?? '') === (b.code ?? '') &&
    a.group === b.group &&
    a.stage === b.stage &&
    sameList(a.intents, b.intents) &&
    sameList(a.triggers, b.triggers) &&
    sameList(a.examples, b.examples) &&
    sameList(a.tags, b.tags) &&
    sameList(a.platforms, b.platforms) &&
    sameList(a.categories, b.categories) &&
    sameList(a.orderFacts, b.orderFacts)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
