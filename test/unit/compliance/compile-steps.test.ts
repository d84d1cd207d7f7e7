import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkerInSteps } from '../../../utils/compliance/checker';
import { BUILTINS, createChecker, parseLabelledDrafts, type RuleFile } from '../../../utils/compliance/index';

const drafts = parseLabelledDrafts(readFileSync(new URL('../../data/compliance/drafts.tsv', import.meta.url), 'utf8')).map((draft) => draft.text);
const teamFile: RuleFile = {
  format: 'huashu-rules',
  version: 1,
  rules: [{ id: 'team-cheap', category: 'team', severity: 'warn', words: ['白菜价'], reason: '本店不说白菜价' }],
  allow: ['白菜价格'],
};
// A draft nothing but a word of a `whole` rule, contact details for the detectors, a team word and its allowed phrase.
const extraDrafts = ['知道了', '加我vx：wxid_abc123', '电话 138 1234 5678', '白菜价清仓', '白菜价格涨了'];

describe('compiling a checker in steps', () => {
  it('pauses many times and gives the checker compiled at once', () => {
    const options = { platform: 'feige', ruleFiles: [teamFile] };
    const steps = checkerInSteps(BUILTINS, options);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    const inSteps = next.value;
    const atOnce = createChecker(options);
    expect(pauses).toBeGreaterThan(100);
    const texts = [...drafts, ...extraDrafts];
    const findings = texts.map((text) => inSteps.check(text));
    expect(findings.filter((found) => found.length > 0).length).toBeGreaterThan(1000);
    expect(findings).toEqual(texts.map((text) => atOnce.check(text)));
    expect(inSteps.check('白菜价清仓').map((finding) => finding.rule)).toEqual(['team-cheap']);
  });

});
