// Importing into an existing library without losing anything: new phrases are added, identical ones
// skipped, a phrase that would replace a different one is handed back as a conflict for the agent to decide,
// and a 快捷编码 another layer already uses is reported with what happens to it (layers.ts).
import { codeOwner, movedBuiltinCode, type CodeMove } from './layers';
import { normalizeCode } from './codes';
import type { Phrase } from './types';

export interface ImportPlan {
  added: Phrase[];
  conflicts: { existing: Phrase; incoming: Phrase }[];
  unchanged: Phrase[];
  /** Added phrases whose 快捷编码 a phrase of another layer has: who keeps it, and where a built-in one moves. */
  codeMoves: CodeMove[];
}

/**
 * An incoming phrase is the same phrase as an existing one when it has the same id, else the same 快捷编码
 * within its own layer, else the same title and body. The same phrase with equal content is unchanged; with
 * other content, a conflict. A code shared with another layer's phrase does not make them one phrase: a
 * lead's or agent's fh1 is their own reply, so it is added, and the code goes by the layers' precedence.
 */
export function planImport(existing: readonly Phrase[], incoming: readonly Phrase[]): ImportPlan {
  const byId = new Map(existing.map((phrase) => [phrase.id, phrase]));
  const byCode = new Map<string, Phrase>();
  const byText = new Map<string, Phrase>();
  const remember = (phrase: Phrase) => {
    if (phrase.code && !byCode.has(normalizeCode(phrase.code))) byCode.set(normalizeCode(phrase.code), phrase);
    byText.set(textKey(phrase), phrase);
  };
  existing.forEach(remember);
  const taken = new Set([...existing, ...incoming].flatMap((phrase) => (phrase.code ? [normalizeCode(phrase.code)] : [])));

  const plan: ImportPlan = { added: [], conflicts: [], unchanged: [], codeMoves: [] };
  for (const phrase of incoming) {
    const holder = phrase.code ? byCode.get(normalizeCode(phrase.code)) : undefined;
    const sameLayer = holder?.source === phrase.source ? holder : undefined;
    const match = byId.get(phrase.id) ?? sameLayer ?? byText.get(textKey(phrase));
    if (match) {
      if (sameContent(match, phrase)) plan.unchanged.push(phrase);
      else plan.conflicts.push({ existing: match, incoming: phrase });
      continue;
    }
    plan.added.push(phrase);
    if (holder && phrase.code) {
      const keeps = codeOwner(holder, phrase);
      const movedTo = keeps === phrase && holder.source === 'builtin' ? movedBuiltinCode(holder.code!, taken) : undefined;
      if (movedTo) taken.add(normalizeCode(movedTo));
      plan.codeMoves.push({ code: phrase.code, incoming: phrase, holder, keeps: keeps === phrase ? 'incoming' : 'holder', ...(movedTo ? { movedTo } : {}) });
    }
    // Two incoming rows for one phrase: the second is checked against the first.
    byId.set(phrase.id, phrase);
    if (phrase.code) byCode.set(normalizeCode(phrase.code), phrase);
    byText.set(textKey(phrase), phrase);
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
