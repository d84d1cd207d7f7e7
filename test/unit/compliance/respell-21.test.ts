// Round 21 (perf21): the respeller builds units only around letter runs and the checker merges the respelled reading's
// findings by binary search. The reading must be the one a full left-to-right pass gave: a hanzi between two runs is the
// right neighbour of one and the left of the other, a run that is no pinyin parts its neighbours, and a long text reads
// each of its pieces as it reads them alone, at their offsets.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { respellerInSteps } from '../../../utils/compliance/respell';
import { runSteps } from '../../../utils/compliance/steps';

const tables = {
  spellings: new Map([['费', ['fei']], ['懂', ['dong']], ['不', ['bu']], ['减', ['jian']]]),
  sounds: new Map([['免', ['mian']], ['修', ['xiu']], ['听', ['ting']], ['就', ['jiu']], ['肥', ['fei']]]),
};
const respeller = runSteps(respellerInSteps(['免费修', '听不懂就', '减肥'], tables, 64));

describe('the respeller reads only around letter runs, as a full pass would', () => {
  it('reads a chain from its hanzi end, and a hanzi between two runs from both sides', () => {
    expect(respeller.respell('看ting bu dong 就算了')?.text).toBe('看听 不 懂 就算了');
    expect(respeller.respell('免fei修')?.text).toBe('免费修');
    expect(respeller.respell('免fei修 jian肥')?.text).toBe('免费修 减肥');
  });

  it('leaves a run that is no pinyin as a wall between its neighbours', () => {
    expect(respeller.respell('免 Nike fei修')?.text).toBe('免 Nike 费修');
    expect(respeller.respell('免fei ok 修')?.text).toBe('免费 ok 修');
    expect(respeller.respell('免 zzz fei')).toBeUndefined();
  });

  it('maps every code unit of the respelled text back to the typed one', () => {
    const respelled = respeller.respell('好ting4 bu dong 就')!;
    expect(respelled.text).toBe('好听 不 懂 就');
    expect([...respelled.starts]).toEqual([0, 1, 6, 7, 9, 10, 14, 15]);
    expect([...respelled.ends]).toEqual([1, 6, 7, 9, 10, 14, 15, 16]);
    expect(respelled.syllables).toEqual([1, 6, 7, 9, 10, 14]);
  });

  it('reads a long text piece by piece, at the pieces\' offsets', () => {
    const piece = '这个免fei修，ting bu dong 就算了。';
    const alone = respeller.respell(piece)!;
    const long = respeller.respell(piece.repeat(2000))!;
    expect(long.text).toBe(alone.text.repeat(2000));
    expect(long.syllables.length).toBe(alone.syllables.length * 2000);
    expect(long.syllables.slice(-alone.syllables.length)).toEqual(alone.syllables.map((at) => at + piece.length * 1999));
  });
});

describe('the respelled findings of a long text', () => {
  it('are the ones each piece gets alone, at its offset', () => {
    const checker = createChecker();
    const piece = '这茶能jiang血ya，喝了就知道。';
    const alone = checker.check(piece);
    expect(alone.some((finding) => finding.match === '能jiang血ya')).toBe(true);
    const long = checker.check(piece.repeat(500));
    const last = long.filter((finding) => finding.start >= piece.length * 499).map((finding) => ({ ...finding, start: finding.start - piece.length * 499, end: finding.end - piece.length * 499 }));
    expect(last.map(({ start, end, rule, match }) => [start, end, rule, match])).toEqual(alone.map(({ start, end, rule, match }) => [start, end, rule, match]));
  });
});
