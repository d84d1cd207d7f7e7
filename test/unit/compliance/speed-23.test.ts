// Round 23 (speed23): two reads a check no longer repeats. The learned catcher is not run on a draft whose scan matched a
// cue of its veto (the veto would keep any catch quiet), and the respeller searches for Latin letters only between the
// first and the last the scan counted. Both must leave every verdict as it was.
import { describe, expect, it } from 'vitest';
import { Automaton, MatchBuffer } from '../../../utils/compliance/automaton';
import { createChecker } from '../../../utils/compliance/index';
import { classTableOf, foldTableOf, WORD } from '../../../utils/compliance/normalize';
import { respellerInSteps } from '../../../utils/compliance/respell';
import { runSteps } from '../../../utils/compliance/steps';

const CAUGHT = '这个艾草贴贴了一周 我爸的老寒腿好像松快多了';

describe('the learned catcher is skipped where the scan found a cue of its veto', () => {
  it('catches the paraphrase alone, and not once a team allows a phrase of it (an allowed phrase is a veto cue)', () => {
    const learned = (text: string, allow: string[] = []) =>
      createChecker({ ruleFiles: [{ format: 'huashu-rules', version: 1, rules: [], allow }] })
        .check(text)
        .filter((finding) => finding.rule.startsWith('learned.'))
        .map((finding) => finding.category);
    expect(learned(CAUGHT)).toEqual(['medical']);
    expect(learned(CAUGHT, ['松快多了'])).toEqual([]);
    // Written in full width or traditional characters, the allowed phrase still folds to the cue.
    expect(learned(CAUGHT.replace('松快多了', '鬆快多了'), ['松快多了'])).toEqual([]);
  });
});

describe('the respeller searches between the first and the last letter the scan counted', () => {
  it('every code unit that folds to a Latin letter is a word character, so the scan counts each', () => {
    const fold = foldTableOf();
    const classes = classTableOf();
    for (let code = 0; code < 0x10000; code++) if (fold[code]! >= 0x61 && fold[code]! <= 0x7a) expect(classes[code]).toBe(WORD);
  });

  it('the scan notes where the first and the last letter are, any width or case', () => {
    const automaton = new Automaton(['ab']);
    const matches = new MatchBuffer();
    automaton.scan('中a文，Ｂ字', matches);
    expect([automaton.firstLetter, automaton.lastLetter, automaton.letters]).toEqual([1, 4, 2]);
    automaton.scan('中文 123', matches);
    expect([automaton.firstLetter, automaton.lastLetter]).toEqual([-1, -1]);
  });

  it('reads the same with the letters range as over the whole draft, and nothing without letters', () => {
    const tables = { spellings: new Map([['费', ['fei']], ['懂', ['dong']], ['不', ['bu']]]), sounds: new Map([['免', ['mian']], ['修', ['xiu']], ['听', ['ting']]]) };
    const respeller = runSteps(respellerInSteps(['免费修', '听不懂就'], tables, 64));
    const text = '看ting bu dong 就算了，免fei4修';
    const whole = respeller.respell(text);
    expect(whole?.text).toBe('看听 不 懂 就算了，免费修');
    expect(respeller.respell(text, 1, text.lastIndexOf('i'))).toEqual(whole);
    expect(respeller.respell(text, -1, -1)).toBeUndefined();
  });
});
