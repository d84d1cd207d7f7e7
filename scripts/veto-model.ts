// Training the learned veto (utils/compliance/veto-model.ts), shared by the shipped trainer
// (scripts/train-compliance-model.ts) and its measurement by writer (scripts/lowo-veto.ts).
import { checkerFrom } from '../utils/compliance/checker';
import type { LabelledDraft } from '../utils/compliance/evaluate';
import { CONFIRM_BITS, CONFIRM_KEEPS_ALL, CONFIRM_KEEPS_BLOCK } from '../utils/compliance/model-config';
import { BUILTIN_RULES } from '../utils/compliance/rules';
import { CATEGORIES, type Finding } from '../utils/compliance/types';
import { VETO_BITS, VETO_READS_CONTACT_WORDS, VETO_REACH, vetoFeatures, vetoProbability, type VetoModel } from '../utils/compliance/veto-model';
import { readLabelled } from './compliance-data';
import { SHIPPED_ORDERS, averageTrained, quantise, trainLogistic, type HashedExample } from './compliance-model';
import { pinnedDrafts } from './pinned-sentences';

/** A warn/block finding as the veto trains on and reads it. */
export interface Found {
  rule: string;
  category: string;
  severity: string;
  start: number;
  end: number;
}
/** A labelled draft with the rules' warn/block findings (confirm model off) and whether it is one of a contrast pair. */
export interface VetoTrainingDraft {
  risky: boolean;
  text: string;
  paired: boolean;
  findings: Found[];
}

/** Longest common subsequence over the longer length. */
function similarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    [previous, current] = [current, previous];
  }
  return previous[b.length]! / Math.max(a.length, b.length);
}
/**
 * Contrast files, read from the data: in most files a risky row and the clean row after it share under a fifth of their
 * characters (LCS over the longer draft; median 0.0–0.1), in a contrast writer's file most share 0.2–0.6 (the twin keeps
 * the sentence and swaps, negates or disowns the claim). A file is a contrast file when the median over its
 * risky-then-clean neighbours is at least PAIR_SIMILARITY; its neighbours at least that similar are pairs.
 */
const PAIR_SIMILARITY = 0.2;
export function pairedIn(drafts: readonly { risky: boolean; text: string }[]): boolean[] {
  const paired = drafts.map(() => false);
  const candidates: [number, number][] = [];
  for (let i = 0; i + 1 < drafts.length; i++) if (drafts[i]!.risky && !drafts[i + 1]!.risky) candidates.push([i, similarity(drafts[i]!.text, drafts[i + 1]!.text)]);
  const sorted = candidates.map(([, s]) => s).sort((a, b) => a - b);
  if (sorted.length < 10 || sorted[Math.floor(sorted.length / 2)]! < PAIR_SIMILARITY) return paired;
  for (const [i, s] of candidates) if (s >= PAIR_SIMILARITY) paired[i] = paired[i + 1] = true;
  return paired;
}

const ruleById = new Map(BUILTIN_RULES.rules.map((rule) => [rule.id, rule]));
/** The lowering gates (model-config.ts) a variant may open, each measured on its own (fresh/README.md, round 18). */
export type VetoGate = 'promise' | 'block-reviewbait' | 'block-abuse' | 'block-medical' | 'detectors';
/**
 * Which gate keeps the finding from the veto: null when the confirm model may lower it, 'never' for findings no gate
 * opens (platform and team rules, categories outside the built-in ones).
 */
export function gateOf(finding: Found): VetoGate | null | 'never' {
  const rule = ruleById.get(finding.rule);
  if (!rule || !(CATEGORIES as readonly string[]).includes(rule.category) || rule.platforms) return 'never';
  if (rule.detector || rule.literal) return 'detectors';
  if (finding.severity === 'block' && CONFIRM_KEEPS_BLOCK.includes(finding.category)) return `block-${finding.category}` as VetoGate;
  return CONFIRM_KEEPS_ALL.includes(finding.category) ? 'promise' : null;
}
/** Findings a variant may lower: those the confirm model may lower, and those behind the gates it opens. */
export function lowerable(finding: Found, design: Pick<VetoDesign, 'opens'>): boolean {
  const gate = gateOf(finding);
  return gate === null || (gate !== 'never' && (design.opens ?? []).includes(gate));
}

/** A design of the veto: what it reads, what it is trained on, which findings it may lower. */
export interface VetoDesign {
  reach: number;
  pairWeight: number;
  bits: number;
  /** Also train on clean drafts that name a claim word no rule flagged there. */
  namedNegatives: boolean;
  /** Gates whose findings it is trained on and may be asked about. */
  opens?: readonly VetoGate[];
}
/** The design that ships, chosen on the design folds (fresh/README.md, round 18; the detectors' gate, round 24). */
export const SHIPPED_VETO: VetoDesign = { reach: VETO_REACH, pairWeight: 1, bits: VETO_BITS, namedNegatives: true, opens: VETO_READS_CONTACT_WORDS ? ['detectors'] : [] };

const rulesOnly = checkerFrom({ rules: BUILTIN_RULES, confirmModel: { bits: CONFIRM_BITS, bias: 0, scale: 1, weights: '' } }, { confirm: false, learned: false });
/** The warn/block findings among `findings`, as the veto trains on and reads them. */
export function warnOrBlock(findings: readonly Finding[]): Found[] {
  return findings.filter((finding) => finding.severity !== 'info').map(({ rule, category, severity, start, end }) => ({ rule, category, severity, start, end }));
}

/** The warn/block findings of the built-in rules alone. */
export function ruleFindings(text: string): Found[] {
  return warnOrBlock(rulesOnly.check(text));
}

/** A labelled file's drafts as the veto trains on them (pairs are read within the file). */
export function vetoTrainingDrafts(drafts: readonly LabelledDraft[]): VetoTrainingDraft[] {
  const paired = pairedIn(drafts);
  return drafts.map((draft, i) => ({ risky: draft.risky, text: draft.text, paired: paired[i]!, findings: ruleFindings(draft.text) }));
}

/** What the shipped veto trains on: the labelled files' drafts, then the veto's trained pins (pinned.tsv) as a file of their own. */
export function vetoTrainingSet(files: readonly string[]): VetoTrainingDraft[] {
  return [...files.flatMap((file) => vetoTrainingDrafts(readLabelled(file))), ...vetoTrainingDrafts(pinnedDrafts('veto'))];
}

let riskBuffer = new Int32Array(1024);
/** vetoRisk (utils/compliance/veto-model.ts) for any design's reach. */
export function vetoRiskOf(model: VetoModel, text: string, start: number, end: number, category: string, design: Pick<VetoDesign, 'reach'>): number {
  const needed = 3 * (end - start + 2 * design.reach + 2) + 1;
  if (riskBuffer.length < needed) riskBuffer = new Int32Array(needed * 2);
  return vetoProbability(model, riskBuffer, vetoFeatures(text, start, end, category, design.reach, model.bits, riskBuffer));
}

const EPOCHS = 12;
const AVERAGED_EPOCHS = 8;
/** Weighted, class-balanced logistic regression (trainLogistic), the last epochs' weights averaged, then the orders'. */
export function trainVeto(training: readonly VetoTrainingDraft[], variant: VetoDesign, orders: readonly number[] = SHIPPED_ORDERS): VetoModel {
  const examples: HashedExample[] = [];
  const buffer = new Int32Array(4096);
  const add = (row: VetoTrainingDraft, start: number, end: number, category: string) => {
    const count = vetoFeatures(row.text, start, end, category, variant.reach, variant.bits, buffer);
    examples.push({ ids: buffer.slice(0, count), label: row.risky ? 1 : 0, weight: row.paired ? variant.pairWeight : 1 });
  };
  // The claim words the rules found in risky training drafts (two or more times), with their commonest category.
  const seen = new Map<string, Map<string, number>>();
  for (const row of training) {
    for (const finding of row.findings) {
      if (!lowerable(finding, variant)) continue;
      add(row, finding.start, finding.end, finding.category);
      const match = row.text.slice(finding.start, finding.end);
      if (!row.risky || match.length < 2 || match.length > 8) continue;
      const byCategory = seen.get(match) ?? new Map<string, number>();
      seen.set(match, byCategory.set(finding.category, (byCategory.get(finding.category) ?? 0) + 1));
    }
  }
  if (variant.namedNegatives) {
    // Clean drafts naming such a word where no rule fired (a context cancelled it: negated, disowned, explained,
    // asked about, or a twin's swap): what a finding there would look like in a draft that makes no claim.
    const lexicon = new Map<string, string>();
    for (const [match, byCategory] of seen) {
      const [category] = [...byCategory].sort((a, b) => b[1] - a[1])[0]!;
      if ([...byCategory.values()].reduce((a, b) => a + b, 0) >= 2) lexicon.set(match, category);
    }
    for (const row of training) {
      if (row.risky || row.findings.length > 0) continue;
      for (let start = 0; start < row.text.length; start++) {
        for (let end = Math.min(row.text.length, start + 8); end >= start + 2; end--) {
          const category = lexicon.get(row.text.slice(start, end));
          if (category === undefined) continue;
          add(row, start, end, category);
          start = end - 1;
          break;
        }
      }
    }
  }
  return quantise(averageTrained(orders.map((order) => trainLogistic(examples, variant.bits, EPOCHS, AVERAGED_EPOCHS, order))));
}

