// How a finding is put into words for agents, and in plainer words for trainees.
import { categoryLabel, severityLabel } from './compliance/labels';
import type { Finding } from './compliance/types';
import { TRAINEE_NOTES } from './trainee-notes';

export interface FindingText {
  heading: string;
  explanation: string;
}

export function describeFinding(finding: Finding, trainee: boolean): FindingText {
  const heading = `「${finding.match}」· ${categoryLabel(finding.category)} · ${severityLabel(finding.severity)}`;
  const note = trainee ? TRAINEE_NOTES[finding.category] : undefined;
  return { heading, explanation: note ? `${finding.reason}\n新人提示：${note}` : finding.reason };
}
