// One import flow for every layer an options page edits (话术库: personal phrases; 团队管理: the team's):
// read the file with the shared reader, guess missing intents, preview, let the agent correct intents and
// decide conflicts, then hand the layer's new list to the caller. Nothing is stored before the confirm.
import { useState } from 'preact/hooks';
import { applyImport, type ConflictChoice } from '../../../utils/library/editor';
import { createIntentGuesser, withChosenIntents } from '../../../utils/library/intent-guess';
import type { IntentId } from '../../../utils/library/intents';
import { planImport } from '../../../utils/library/import-plan';
import { readPhraseFile } from '../../../utils/library/phrase-file';
import type { Phrase, PhraseSource } from '../../../utils/library/types';
import type { ImportState } from './ImportPreview';

export interface ImportOutcome {
  added: number;
  replaced: number;
}

export interface PhraseImportOptions {
  source: PhraseSource;
  /** The phrases of the layer being edited, as stored. */
  layer(): readonly Phrase[];
  /** Every phrase an incoming one may be the same as: this layer's and the others' (an export of everything re-imported adds nothing). */
  existing(): readonly Phrase[];
  /** The phrases the intent guesser learns from. */
  guessFrom(): readonly Phrase[];
  newId(): string;
  /** Stores the layer's new list; false when that failed (the caller has said why). */
  apply(next: Phrase[], outcome: ImportOutcome): Promise<boolean>;
  onError(message: string): void;
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function usePhraseImport(options: PhraseImportOptions) {
  const [state, setState] = useState<ImportState | null>(null);

  /** The plan for the phrases as the agent has them now (intents chosen so far), keeping conflict choices by phrase. */
  const replan = (preview: Extract<ImportState, { stage: 'preview' }>, intents: (IntentId | null)[]): ImportState => {
    const plan = planImport(options.existing(), withChosenIntents(preview.read, intents));
    const before = new Map(preview.plan.conflicts.map(({ incoming }, i) => [incoming.id, preview.choices[i]]));
    return { ...preview, intents, plan, choices: plan.conflicts.map(({ incoming }) => before.get(incoming.id) ?? 'keep') };
  };

  const readFile = async (file: File) => {
    setState({ stage: 'reading', fileName: file.name, progress: null });
    try {
      const read = await readPhraseFile(file.name, new Uint8Array(await file.arrayBuffer()), {
        source: options.source,
        guess: createIntentGuesser(options.guessFrom()),
        onProgress: (progress) => setState({ stage: 'reading', fileName: file.name, progress }),
        pause: nextFrame,
      });
      const intents = read.guesses.map((guess) => guess.candidates[0] ?? null);
      const plan = planImport(options.existing(), withChosenIntents(read, intents));
      setState({ stage: 'preview', fileName: file.name, read, intents, plan, choices: plan.conflicts.map(() => 'keep') });
    } catch (error) {
      setState(null);
      options.onError(`读取文件失败：${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const chooseConflict = (index: number, choice: ConflictChoice) => {
    if (state?.stage !== 'preview') return;
    setState({ ...state, choices: state.choices.map((old, i) => (i === index ? choice : old)) });
  };

  const chooseIntent = (index: number, intent: IntentId | null) => {
    if (state?.stage !== 'preview') return;
    setState(replan(state, state.intents.map((old, i) => (i === index ? intent : old))));
  };

  const confirm = async () => {
    if (state?.stage !== 'preview') return;
    const { plan, choices } = state;
    const next = applyImport(options.layer(), plan, choices, Date.now(), options.newId, options.source);
    const outcome = { added: plan.added.length, replaced: choices.filter((choice) => choice === 'replace').length };
    if (await options.apply(next, outcome)) setState(null);
  };

  return { state, readFile, chooseConflict, chooseIntent, confirm, cancel: () => setState(null) };
}
