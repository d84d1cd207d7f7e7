// What the overlay shows for one finding: the finding, its words for this agent, and each fix's sentence.
import type { Finding } from '../../../utils/compliance/types';
import type { FixPreview } from './fix-preview';

export interface FindingView {
  finding: Finding;
  heading: string;
  explanation: string;
  /** One per suggestion, in the rule's order: the draft's sentence as it will read after that fix. */
  fixes: FixPreview[];
}

/** Two views show the same finding (the draft was checked again and the words are still there). */
export function sameFinding(a: Finding, b: Finding): boolean {
  return a.rule === b.rule && a.start === b.start && a.end === b.end;
}
