// How well the one-click fixes fit, per category: every suggestion of every warn/block finding on the caught risky
// drafts is put in place of the finding's fix range (`fix`, else its span: applyFix, what the inline check's one-click
// fix does) and counted
//   npx tsx scripts/eval-rewrites.ts [--split train|dev] [--writers even|odd|all] [--sample N]
// (a) overlap: the fixed text still has a warn/block finding touching the new words (rewrites.test.ts's figure);
// (b) off topic: the claim's clause is about one outcome family and the suggestion speaks of another (CLAIM_FAMILIES
//     in utils/compliance/rules/claim-families.ts);
// (c) not whole: the fixed clause does not read whole, by a heuristic that only catches fragments, never judges style:
//     - a fix that is a clause of its own (five characters or more, not a lead-in ending in 下, or holding a comma) must
//       fill its clause: before it in the clause at most an address to the buyer (亲, 宝子…) or a word that opens a
//       reply (好的, 嗯), after it at most particles (哦, 呢…) and symbols — "你非常理解您的心情…", "…我来帮您处理酒啊" fail;
//     - a lead-in ("一般情况下", or a hedge ending in a negation, "正常情况下不", "正常情况下不会") must have hanzi after it
//       in its clause;
//     - a fix whose first character repeats the one before it, or last repeats the one after ("是是", "效果效果") stutters.
//     It passes a short word put mid-clause whatever it makes ("噪音全很细" passes): that is what the eye read is for.
// Also: findings with no fix. --sample N prints N findings drawn at random with a fixed seed (the same findings run
// after run while the verdicts stay) and their first fix, the replaced words in 【】, to read by eye.
// Dev: totals only (--split dev prints no sample and no draft). Never point it at fresh/test or fresh/holdout.
import path from 'node:path';
import process from 'node:process';
import { applyFix } from '../utils/compliance/apply-fix';
import { clauseAround, claimFamily, suggestionFamily } from '../utils/compliance/fit';
import { createChecker } from '../utils/compliance/index';
import { endsClauseAt } from '../utils/compliance/normalize';
import { seeded } from './bench/_kit';
import { labelledFiles, readLabelled, writerNumber, writerOf } from './compliance-data';

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};
const split = option('--split', 'train');
if (split !== 'train' && split !== 'dev') throw new Error('--split train or dev');
const writers = option('--writers', 'even');
const sampleSize = split === 'dev' ? 0 : Number(option('--sample', '0'));
/** --broken CATEGORY: list that category's fixes judged not whole (train only), to see what the heuristic catches. */
const brokenOf = split === 'dev' ? undefined : option('--broken', '') || undefined;

const folder = path.resolve(import.meta.dirname, '../test/data/compliance/fresh', split);
const chosen = (file: string) => {
  const writer = writerOf(path.basename(file));
  if (writer === undefined || writers === 'all') return true;
  return writerNumber(writer) % 2 === (writers === 'even' ? 0 : 1);
};
const checker = createChecker();
const drafts = labelledFiles([folder])
  .filter(chosen)
  .flatMap(readLabelled)
  .filter((draft) => draft.risky)
  .map((draft) => ({ text: draft.text, findings: checker.check(draft.text).filter((f) => f.severity !== 'info') }))
  .filter((draft) => draft.findings.length > 0);

const PARTICLES = '的了呢哦啊吧呀哈嘛啦噢喔哟滴咯哒嘞呐捏喲';
const OPENERS = ['您好', '你好', '家人们', '亲爱的', '亲亲', '宝子', '宝宝', '姐妹', '亲', '好的', '嗯嗯', '嗯', '哈哈', '哈'];
const HANZI = /[\u3400-\u9fff]/;
/** A lead-in (一般情况下, 正常使用下, a hedge 正常情况下不 / 不会) needs words after it; 一下 (说明一下) ends a clause. */
const isLeadIn = (fix: string) => /(?<!一)下(?:不会|不)?$/.test(fix);
/** A predicate (可以作为…, 用着很舒服, 用起来很方便, 很好用) follows its subject: it is no clause of its own. */
const isPredicate = (fix: string) => /^(?:可以|适合|用着|用起来|用在|养起来|很)/.test(fix);
const isClauseFix = (fix: string) => /[，,]/.test(fix) || (fix.length >= 5 && !isLeadIn(fix) && !isPredicate(fix));

/** Whether `fix`, now at fixed[at, at + fix.length), leaves its clause whole (the heuristic in the header). */
function readsWhole(fixed: string, at: number, fix: string): boolean {
  const end = at + fix.length;
  if (at > 0 && fixed[at - 1] === fix[0] && HANZI.test(fix[0]!)) return false;
  if (end < fixed.length && fixed[end] === fix[fix.length - 1] && HANZI.test(fixed[end]!) && !PARTICLES.includes(fixed[end]!)) return false;
  let from = at;
  while (from > 0 && !endsClauseAt(fixed, from - 1)) from--;
  let to = end;
  while (to < fixed.length && !endsClauseAt(fixed, to)) to++;
  const after = fixed.slice(end, to);
  if (isLeadIn(fix)) return HANZI.test(after);
  if (!isClauseFix(fix)) return true;
  const before = fixed.slice(from, at).replace(/[^\u3400-\u9fff]/g, '');
  const opened = before === '' || OPENERS.some((opener) => before === opener);
  return opened && [...after].every((char) => !HANZI.test(char) || PARTICLES.includes(char));
}

interface Tally { findings: number; withoutFix: number; applied: number; overlapping: number; offTopic: number; broken: number }
const tallies = new Map<string, Tally>();
const tallyOf = (category: string) => {
  let tally = tallies.get(category);
  if (!tally) tallies.set(category, (tally = { findings: 0, withoutFix: 0, applied: 0, overlapping: 0, offTopic: 0, broken: 0 }));
  return tally;
};
const samples: string[] = [];
for (const { text, findings } of drafts) {
  for (const finding of findings) {
    const tally = tallyOf(finding.category);
    tally.findings++;
    if (finding.suggestions.length === 0) tally.withoutFix++;
    const first = finding.suggestions[0];
    const shown = first === undefined ? undefined : applyFix(text, finding, first);
    samples.push(`${finding.rule}\t${text}\n\t→ ${shown === undefined ? '(no fix)' : `${shown.text.slice(0, shown.start)}【${first}】${shown.text.slice(shown.end)}`}`);
    const { from, to } = clauseAround(text, finding.start, finding.end);
    const family = claimFamily(text.slice(from, to));
    for (const suggestion of finding.suggestions) {
      const fixed = applyFix(text, finding, suggestion);
      tally.applied++;
      if (checker.check(fixed.text).some((f) => f.severity !== 'info' && f.start < fixed.end && f.end > fixed.start)) tally.overlapping++;
      const topic = suggestionFamily(suggestion);
      if (family && topic && topic !== family) tally.offTopic++;
      if (!readsWhole(fixed.text, fixed.start, suggestion)) {
        tally.broken++;
        if (finding.category === brokenOf) console.log(`not whole\t${finding.rule}\t${fixed.text.slice(0, fixed.start)}【${suggestion}】${fixed.text.slice(fixed.end)}`);
      }
    }
  }
}

const percent = (part: number, whole: number) => `${part} (${whole === 0 ? '–' : ((100 * part) / whole).toFixed(1)} %)`;
const total: Tally = { findings: 0, withoutFix: 0, applied: 0, overlapping: 0, offTopic: 0, broken: 0 };
for (const tally of tallies.values()) for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += tally[key];
const row = (name: string, t: Tally) =>
  [name.padEnd(12), String(t.findings).padStart(8), percent(t.withoutFix, t.findings).padStart(14), String(t.applied).padStart(8), percent(t.overlapping, t.applied).padStart(14), percent(t.broken, t.applied).padStart(14), percent(t.offTopic, t.applied).padStart(12)].join(' ');
console.log(`${split}, ${writers} writers: ${drafts.length} caught risky drafts`);
console.log(['category'.padEnd(12), 'findings'.padStart(8), 'no fix'.padStart(14), 'fixes'.padStart(8), '(a) overlap'.padStart(14), '(c) not whole'.padStart(14), '(b) off topic'.padStart(12)].join(' '));
if (split === 'train') for (const [name, tally] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) console.log(row(name, tally));
console.log(row('total', total));

// The same seeded generator as the benchmarks' (mulberry32), so the sample is the same run after run.
const random = seeded(24);
const order = samples.map((_, index) => index);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
for (const [k, index] of order.slice(0, sampleSize).entries()) console.log(`${k + 1}\t${samples[index]}`);
