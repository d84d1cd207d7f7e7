import { describe, expect, it } from 'vitest';
import { Automaton, MatchBuffer } from '../../../utils/compliance/automaton';
import { wordKey } from '../../../utils/compliance/normalize';
import { runSteps } from '../../../utils/compliance/steps';

function scan(words: string[], text: string): string[] {
  const automaton = new Automaton(words.map(wordKey));
  const matches = new MatchBuffer();
  automaton.scan(text, matches);
  const found: string[] = [];
  for (let m = 0; m < matches.count; m++) {
    found.push(`${words[matches.patterns[m]!]}@${matches.starts[m]}-${matches.ends[m]}`);
  }
  return found;
}

describe('Automaton', () => {
  it('finds overlapping words in one pass (the classic he/she/his/hers case)', () => {
    expect(scan(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['she@1-4', 'he@2-4', 'hers@2-6']);
  });

  it('maps matches back to the original offsets across skipped characters', () => {
    const text = '全网 最-好😀的';
    expect(scan(['最好'], text)).toEqual(['最好@3-6']);
    expect(text.slice(3, 6)).toBe('最-好');
    expect(scan(['最好'], '最😀好')).toEqual(['最好@0-4']);
  });

  it('does not match across a sentence break', () => {
    expect(scan(['最好'], '最。好')).toEqual([]);
    expect(scan(['最好'], '最\n好')).toEqual([]);
  });

  it('reads repeated CJK characters once but keeps repeated letters and digits', () => {
    expect(scan(['最好'], '最最最好')).toEqual(['最好@0-4']);
    expect(scan(['qq'], 'qq')).toEqual(['qq@0-2']);
    expect(scan(['第1名'], '第11名')).toEqual([]);
  });

  it('keeps a word that starts with a repeated character read after the prefix of another word', () => {
    // 「的宝宝皮肤」: after 的宝 (a prefix of 的宝妈) the second 宝 is read once for 的宝妈, yet it also begins 宝宝皮肤.
    expect(scan(['的宝妈', '宝宝皮肤'], '的宝宝皮肤白')).toEqual(['宝宝皮肤@1-5']);
    expect(scan(['的宝妈', '宝宝皮肤'], '的宝宝妈')).toEqual(['的宝妈@0-4']);
    expect(scan(['甲乙宝X', '乙宝宝Y', '宝宝'], '甲乙宝宝宝Y')).toEqual(['宝宝@2-4', '乙宝宝Y@1-6']);
    // One report per occurrence, even while both readings are alive.
    expect(scan(['的宝妈', '宝宝皮肤', '皮肤'], '的宝宝皮肤')).toEqual(['宝宝皮肤@1-5', '皮肤@3-5']);
  });

  it('matches folded forms', () => {
    expect(scan(['vx', '第一'], 'ＶＸ第①')).toEqual(['vx@0-2', '第一@2-4']);
    expect(scan(['价格'], '價格')).toEqual(['价格@0-2']);
  });

  it('scales to thousands of words and measures digit runs and letters for the detectors', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `词${String.fromCharCode(0x4e00 + (i % 3000))}${String.fromCharCode(0x5000 + i)}`);
    const automaton = new Automaton(words.map(wordKey));
    const matches = new MatchBuffer();
    const target = words[4321];
    automaton.scan(`前面123${target}后面45Ａb`, matches);
    expect(automaton.digitRun).toBe(3);
    expect(automaton.letters).toBe(2);
    expect(matches.count).toBe(1);
    expect(words[matches.patterns[0]!]).toBe(target);
  });

  it('counts a digit run across skipped characters, commas and digit forms, and restarts it at other characters', () => {
    const automaton = new Automaton(['微信'].map(wordKey));
    const matches = new MatchBuffer();
    automaton.scan('电话 138-1234 ５６７８', matches);
    expect(automaton.digitRun).toBe(11);
    automaton.scan('一三八①②', matches);
    expect(automaton.digitRun).toBe(5);
    automaton.scan('12号34，567', matches);
    expect(automaton.digitRun).toBe(5);
    automaton.scan('12号345', matches);
    expect(automaton.digitRun).toBe(3);
    automaton.scan('1234。5678', matches);
    expect(automaton.digitRun).toBe(4);
  });

  it('counts the marked code units it skips, and reads the text as without marks', () => {
    const keys = ['最好', '第一'].map(wordKey);
    const quotes = [0x201c, 0x201d, 0x22];
    const marked = runSteps(Automaton.inSteps(keys, undefined, quotes));
    const plain = new Automaton(keys);
    const found = (automaton: Automaton, text: string) => {
      const matches = new MatchBuffer();
      automaton.scan(text, matches);
      return Array.from({ length: matches.count }, (_, m) => `${matches.patterns[m]}@${matches.starts[m]}-${matches.ends[m]}`);
    };
    // Quote marks between the characters of a word are skipped as before: the word still matches.
    const text = '“最”好的，"第一"名';
    expect(found(marked, text)).toEqual(found(plain, text));
    expect(found(marked, text)).toEqual(['0@1-4', '1@7-9']);
    expect(marked.marks).toBe(4);
    expect(plain.marks).toBe(0);
    // Marks are counted per scan, and a mark that is no skipped character (a hanzi) stays a word character.
    found(marked, '最好的');
    expect(marked.marks).toBe(0);
    const hanziMarked = runSteps(Automaton.inSteps(keys, undefined, ['好'.charCodeAt(0)]));
    expect(found(hanziMarked, '最好')).toEqual(['0@0-2']);
    expect(hanziMarked.marks).toBe(0);
  });

  it('builds in steps the automaton it builds at once, pausing between them', () => {
    const words = Array.from({ length: 20000 }, (_, i) => `${String.fromCharCode(0x4e00 + (i % 700))}${String.fromCharCode(0x4e00 + ((i * 7) % 900))}${i % 3 ? '好' : ''}${i}`);
    const keys = words.map(wordKey);
    const reportAs = Int32Array.from(keys, (_, i) => 3 * i + 1);
    const steps = Automaton.inSteps(keys, reportAs);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    const inSteps = next.value;
    const atOnce = new Automaton(keys, reportAs);
    expect(pauses).toBeGreaterThan(2);
    expect(runSteps(Automaton.inSteps(keys, reportAs))).toBeInstanceOf(Automaton);
    const text = words.filter((_, i) => i % 97 === 0).join('，') + words.slice(5000, 5400).join('');
    const found = (automaton: Automaton) => {
      const matches = new MatchBuffer();
      automaton.scan(text, matches);
      return Array.from({ length: matches.count }, (_, m) => `${matches.patterns[m]}@${matches.starts[m]}-${matches.ends[m]}`);
    };
    expect(found(inSteps).length).toBeGreaterThan(600);
    expect(found(inSteps)).toEqual(found(atOnce));
    expect(found(inSteps)).toContain(`${3 * 97 + 1}@${words[0]!.length + 1}-${words[0]!.length + 1 + words[97]!.length}`);
  });

  it('finds every occurrence a plain search finds, where children share filter bits and reports chain through suffixes', () => {
    // Sixteen letters share the eight bits of a state's children filter two by two, so most lookups it lets through
    // still find no child; words up to 64 characters put the longest length beside a report's next index.
    let seed = 7;
    const random = (below: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      // The high bits: a power-of-two generator's low bits repeat within a few draws.
      return (seed >>> 16) % below;
    };
    const letter = () => String.fromCharCode(0x61 + random(16));
    const words = new Set<string>();
    while (words.size < 3000) words.add(Array.from({ length: 1 + random(6) }, letter).join(''));
    let text = Array.from({ length: 4000 }, letter).join('');
    const long = text.slice(100, 164);
    words.add(long).add(text.slice(1000, 1063)).add(text.slice(2000, 2002));
    text += long;
    const list = [...words];
    const expected: string[] = [];
    list.forEach((word, w) => {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) expected.push(`${w}@${at}-${at + word.length}`);
    });
    const automaton = new Automaton(list);
    const matches = new MatchBuffer();
    automaton.scan(text, matches);
    const found = Array.from({ length: matches.count }, (_, m) => `${matches.patterns[m]}@${matches.starts[m]}-${matches.ends[m]}`);
    expect(found.length).toBeGreaterThan(5000);
    expect(found.sort()).toEqual(expected.sort());
    expect(found).toContain(`${list.indexOf(long)}@100-164`);
    expect(found).toContain(`${list.indexOf(long)}@4000-4064`);
  });
});
