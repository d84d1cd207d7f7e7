// A phrase's own compliance status as the side panel shows it beside the phrase. The background checks the
// phrases it suggests (their findings come with the list), the panel those the agent finds by hand: one rule.
import type { Checker } from './checker';
import type { Finding } from './types';

/** The findings worth showing beside a phrase: warn and block, not info hints. */
export function phraseFlags(checker: Checker, body: string): Finding[] {
  return checker.check(body).filter((finding) => finding.severity !== 'info');
}
