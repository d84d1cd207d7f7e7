// Spelling games applied to labelled drafts: how much recall and how many false flags the checker keeps when every
// draft is rewritten the ways agents disguise text (letter spacing, dots or emoji between characters, risky hanzi in
// pinyin, every fifth hanzi in pinyin, no punctuation, commas as spaces, a polite frame around it). A measure of the
// mechanisms (folding, skipping, scope), not of vocabulary: run it on files the rules were written from.
//   npx tsx scripts/perturb-compliance.ts test/data/compliance/fresh/train [more files or folders]
import process from 'node:process';
import { createChecker } from '../utils/compliance/index';
import { evaluateChecker } from '../utils/compliance/evaluate';
import { getSyllableTable, syllableOf } from '../utils/library/pinyin';
import { labelledFiles, readLabelled } from './compliance-data';

const PINYIN: [RegExp, string][] = [[/最/g, 'zui'], [/微/g, 'wei'], [/信/g, 'xin'], [/好评/g, 'hao评'], [/保证/g, 'bao证'], [/治/g, 'zhi'], [/返/g, 'fan']];

/** Every fifth hanzi typed in toneless pinyin, whichever character it is ("冬天出门这件是首xuan"). */
function everyFifthInPinyin(text: string): string {
  const { ids, names } = getSyllableTable();
  let hanzi = 0;
  return [...text]
    .map((char) => {
      const id = syllableOf(ids, char.charCodeAt(0));
      return id > 0 && ++hanzi % 5 === 0 ? names[id]! : char;
    })
    .join('');
}

const GAMES: Record<string, (text: string) => string> = {
  原文: (text) => text,
  客气的开头结尾: (text) => `亲，您好呀~${text}哦，有什么问题随时找我呢~`,
  每字加空格: (text) => [...text].join(' '),
  每字加点: (text) => [...text].join('.'),
  隔字加表情: (text) => [...text].map((char, i) => (i % 2 ? char + '🌟' : char)).join(''),
  风险字写拼音: (text) => PINYIN.reduce((out, [from, to]) => out.replace(from, to), text),
  每五字一字写拼音: everyFifthInPinyin,
  去掉标点: (text) => text.replace(/[，,。！？!?、；;~～]/g, ''),
  逗号写成空格: (text) => text.replace(/[，,]/g, ' '),
};

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('用法：npx tsx scripts/perturb-compliance.ts <TSV 文件或文件夹>…');
  process.exit(2);
}
const drafts = labelledFiles(paths).flatMap(readLabelled);
const shipped = createChecker();
const rulesOnly = createChecker({ confirm: false });
const percent = (share: number) => `${(share * 100).toFixed(1)} %`.padStart(7);
console.log(`${drafts.filter((d) => d.risky).length} 条违规 / ${drafts.filter((d) => !d.risky).length} 条正常`);
console.log('改写方式'.padEnd(10), '  召回    误报   （只用规则：召回    误报）');
for (const [name, game] of Object.entries(GAMES)) {
  const played = drafts.map((draft) => ({ ...draft, text: game(draft.text) }));
  const a = evaluateChecker(shipped, played);
  const b = evaluateChecker(rulesOnly, played);
  console.log(`${name.padEnd(10, '　')}${percent(a.recall)} ${percent(a.falsePositiveRate)}           ${percent(b.recall)} ${percent(b.falsePositiveRate)}`);
}
