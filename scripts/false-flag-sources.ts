// Which part of the engine made each false flag (a clean draft with a 提醒 or 拦截), counted by source:
//   npx tsx scripts/false-flag-sources.ts <TSV files or folders>… [--drafts] [--json]
// A false flag's source is the learned catcher (every 提醒 / 拦截 is `learned.*`: the rules left the draft clean, or
// the confirm model lowered their findings and the catcher added its own), or a rule. For a rule, why no learned part
// lowered it: the rule is one the lowering models may never lower (promise, a 拦截 of medical / abuse / reviewbait, a
// detector or a literal rule), the draft holds two claims or more (the confirm model is not asked), it is too short to
// be read, or the confirm model and the veto read it and kept it. --drafts lists each false flag with its findings
// (train only: never on dev, the check half, the frozen test or the holdouts).
import process from 'node:process';
import { BUILTIN_RULES, createChecker, type Finding } from '../utils/compliance/index';
import { CONFIRM_KEEPS_ALL, CONFIRM_KEEPS_BLOCK, CONFIRM_MAX_CLAIMS, CONFIRM_MIN_LENGTH } from '../utils/compliance/model-config';
import { labelledFiles, readLabelled } from './compliance-data';

const flagged = (findings: Finding[]) => findings.filter((finding) => finding.severity !== 'info');
const rulesById = new Map(BUILTIN_RULES.rules.map((rule) => [rule.id, rule]));

/** Why the learned parts left a rule's finding standing. */
function keptBecause(finding: Finding, claims: number, length: number): string {
  const rule = rulesById.get(finding.rule);
  if (!rule || rule.detector || rule.literal || rule.platforms) return 'never lowered: detector / literal';
  if (CONFIRM_KEEPS_ALL.includes(rule.category)) return `never lowered: ${rule.category}`;
  if (rule.severity === 'block' && CONFIRM_KEEPS_BLOCK.includes(rule.category)) return `never lowered: ${rule.category} block`;
  if (claims >= CONFIRM_MAX_CLAIMS) return 'not asked: two claims or more';
  if (length < CONFIRM_MIN_LENGTH) return 'not asked: shorter than 16';
  return 'asked, kept (confirm model and veto)';
}

function main(): void {
  const args = process.argv.slice(2);
  const files = labelledFiles(args.filter((arg) => !arg.startsWith('--')));
  const full = createChecker();
  const rulesOnly = createChecker({ confirm: false, learned: false });
  const bySource = new Map<string, number>();
  const byRule = new Map<string, number>();
  const rows: string[] = [];
  let clean = 0;
  let falseFlags = 0;
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const file of files) {
    for (const draft of readLabelled(file)) {
      if (draft.risky) continue;
      clean++;
      const findings = flagged(full.check(draft.text));
      if (findings.length === 0) continue;
      falseFlags++;
      const ruled = findings.filter((finding) => !finding.rule.startsWith('learned.'));
      let source: string;
      if (ruled.length === 0) {
        const lowered = flagged(rulesOnly.check(draft.text)).length > 0;
        source = lowered ? 'catcher (the rules flagged, the confirm model lowered, the catcher re-added)' : 'catcher (no rule)';
        for (const finding of findings) count(byRule, finding.rule);
      } else {
        source = `rule, ${keptBecause(ruled[0]!, ruled.length, draft.text.length)}`;
        for (const finding of ruled) count(byRule, finding.rule);
      }
      count(bySource, source);
      rows.push(`${file.split('/').pop()}\t${source}\t${findings.map((f) => `${f.match}(${f.rule})`).join('、')}\t${draft.text}`);
    }
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ clean, falseFlags, bySource: Object.fromEntries(sorted(bySource)), byRule: Object.fromEntries(sorted(byRule)) }));
    return;
  }
  console.log(`clean ${clean}, false flags ${falseFlags}`);
  console.log('\nby source:');
  for (const [source, n] of sorted(bySource)) console.log(`${String(n).padStart(5)}  ${source}`);
  console.log('\nby rule:');
  for (const [rule, n] of sorted(byRule)) console.log(`${String(n).padStart(5)}  ${rule}`);
  if (!args.includes('--drafts')) return;
  console.log('\ndrafts:');
  for (const row of rows) console.log(row);
}

main();
