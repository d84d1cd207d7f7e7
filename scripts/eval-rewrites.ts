// How well the one-click fixes fit, on the risky train drafts: every suggestion of every warn/block finding is put in
// place of the flagged span (as the inline check's previewFix does) and counted
//   npx tsx scripts/eval-rewrites.ts [--sample N]
// (a) overlap: the fixed text still has a warn/block finding touching the suggestion (rewrites.test.ts's figure);
// (b) off topic: the claim's clause is about one outcome family and the suggestion speaks of another (families and
//     their outcome words / marks: CLAIM_FAMILIES in utils/compliance/rules/rewrites.ts);
// (c) dangling: a whole clause put where the old clause goes on with hanzi that are not a particle ("…不掉色|货"), or a
//     lead-in ("一般情况下") with nothing after it (fit.ts, dangles); whole-claim rewrites (rewrites.ts) are made to
//     stand where the claim stood and are not judged here.
// Also: findings with no fix. --sample N prints N findings' first fix (the same findings run after run) to read by eye.
// Train only: never point it at fresh/test, fresh/holdout or single dev drafts.
import { readFileSync, readdirSync } from 'node:fs';
import process from 'node:process';
import { parseLabelledDrafts } from '../utils/compliance/evaluate';
import { clauseAround, claimFamily, dangles, suggestionFamily } from '../utils/compliance/fit';
import { createChecker } from '../utils/compliance/index';
import { BUILTIN_REWRITES } from '../utils/compliance/rules/rewrites';

const TRAIN = new URL('../test/data/compliance/fresh/train/', import.meta.url);
const sampleArg = process.argv.indexOf('--sample');
const sampleSize = sampleArg >= 0 ? Number(process.argv[sampleArg + 1]) : 0;

const checker = createChecker();
const rewriteWordings = new Set(BUILTIN_REWRITES.flatMap((rewrite) => rewrite.to));
/** A whole-claim rewrite, or a degree rewrite (最好用 → 很好用). */
const isRewrite = (suggestion: string) => rewriteWordings.has(suggestion) || [...rewriteWordings].some((degree) => degree.length === 1 && suggestion.startsWith(degree) && suggestion.length <= 4);

const drafts = readdirSync(TRAIN)
  .filter((name) => name.endsWith('.tsv'))
  .sort()
  .flatMap((name) => parseLabelledDrafts(readFileSync(new URL(name, TRAIN), 'utf8')))
  .filter((draft) => draft.risky);

let findings = 0;
let withoutFix = 0;
let applied = 0;
let overlapping = 0;
let offTopic = 0;
let dangling = 0;
/** Per warn/block finding, the draft and its first fix: the same findings before and after a change. */
const samples: string[] = [];
for (const { text } of drafts) {
  for (const finding of checker.check(text)) {
    if (finding.severity === 'info') continue;
    findings++;
    if (finding.suggestions.length === 0) withoutFix++;
    const first = finding.suggestions[0];
    samples.push(`${finding.rule}\t${text}\t→ ${first === undefined ? '(no fix)' : text.slice(0, finding.start) + first + text.slice(finding.end)}`);
    const { from, to } = clauseAround(text, finding.start, finding.end);
    const family = claimFamily(text.slice(from, to));
    for (const suggestion of finding.suggestions) {
      const fixed = text.slice(0, finding.start) + suggestion + text.slice(finding.end);
      applied++;
      if (checker.check(fixed).some((f) => f.severity !== 'info' && f.start < finding.start + suggestion.length && f.end > finding.start)) overlapping++;
      const topic = suggestionFamily(suggestion);
      if (family && topic && topic !== family) offTopic++;
      if (!isRewrite(suggestion) && dangles(text, finding.end, suggestion)) dangling++;
    }
  }
}
const percent = (part: number, whole: number) => `${part} / ${whole} (${((100 * part) / whole).toFixed(2)} %)`;
console.log(`risky train drafts ${drafts.length}, warn/block findings ${findings}, with no fix ${percent(withoutFix, findings)}`);
console.log(`applied fixes      ${applied}`);
console.log(`(a) overlap        ${percent(overlapping, applied)}`);
console.log(`(b) off topic      ${percent(offTopic, applied)}`);
console.log(`(c) dangling       ${percent(dangling, applied)}`);
// A fixed stride through the findings: the same sample every run on the same data.
for (let k = 0; k < sampleSize; k++) console.log(samples[Math.floor(((k + 0.5) * samples.length) / sampleSize)]);
