// Recall, false flags and category right of the built-in checker on the drafts that play spelling games, shape by
// shape, so obfuscated risky drafts are measured apart from the rest:
//   npx tsx scripts/eval-obfuscated.ts [files or folders…] [--misses]
//   (default: test/data/compliance/fresh/train and fresh/dev, each on its own)
// Shapes (a draft may show several): latin letters inside Chinese text ("zui甜", "加V"), digits split by spaces or
// symbols ("1 3 8-0"), a symbol or emoji between two hanzi ("好💗评"), full-width letters or digits ("ＶＸ", "１３８").
// Clean drafts of the same shapes are counted too: a transform that catches games must not flag plain text.
import process from 'node:process';
import { createChecker } from '../utils/compliance/index';
import { evaluateChecker, type LabelledDraft } from '../utils/compliance/evaluate';
import { evaluationHeader, evaluationRow, labelledFiles, readLabelled } from './compliance-data';

const HAN = '\\u3400-\\u9fff';
/** Symbols agents put between characters: anything but letters, digits, hanzi, spaces and sentence punctuation. */
const BETWEEN = `[^${HAN}A-Za-z0-9\\s，。！？、；：,.!?;:“”"'‘’（）()《》…~～\\-]`;

export const SHAPES: Record<string, RegExp> = {
  latinInHanzi: new RegExp(`[${HAN}][A-Za-z]{1,8}(?=[${HAN}])|(?<![A-Za-z])[A-Za-z]{1,8}[${HAN}]|[${HAN}][A-Za-z]{1,8}(?![A-Za-z])`),
  splitDigits: /\d(?:[\s\-_.·*/|,，、]+\d){3,}/,
  symbolBetween: new RegExp(`[${HAN}]\\s*(?:${BETWEEN})+\\s*[${HAN}]`, 'u'),
  fullWidth: /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/,
};

/** The shapes a draft shows (an ASCII product name or unit such as "iPhone" or "kg" counts as latin too: the clean columns show what that costs). */
export function shapesOf(text: string): string[] {
  return Object.entries(SHAPES)
    .filter(([, pattern]) => pattern.test(text))
    .map(([name]) => name);
}

function main(): void {
  const args = process.argv.slice(2);
  const showMisses = args.includes('--misses');
  const given = args.filter((arg) => !arg.startsWith('--'));
  const groups = given.length > 0 ? [given] : [['test/data/compliance/fresh/train'], ['test/data/compliance/fresh/dev']];
  const checker = createChecker();
  for (const paths of groups) {
    const drafts = labelledFiles(paths).flatMap(readLabelled);
    const byShape = new Map<string, LabelledDraft[]>([['any', []]]);
    for (const draft of drafts) {
      const shapes = shapesOf(draft.text);
      if (shapes.length > 0) byShape.get('any')!.push(draft);
      for (const shape of shapes) {
        const group = byShape.get(shape);
        if (group) group.push(draft);
        else byShape.set(shape, [draft]);
      }
    }
    console.log(`\n${paths.join(' ')}`);
    console.log(evaluationHeader('shape', 14));
    const byShapeEvaluated = new Map([...byShape].map(([shape, group]) => [shape, evaluateChecker(checker, group)]));
    for (const [shape, evaluation] of byShapeEvaluated) console.log(evaluationRow(shape, 14, evaluation));
    console.log(evaluationRow('all drafts', 14, evaluateChecker(checker, drafts)));
    if (!showMisses) continue;
    const e = byShapeEvaluated.get('any')!;
    for (const draft of e.missed) console.log(`  漏报 [${draft.categories.join('|')}] {${shapesOf(draft.text).join(',')}} ${draft.text}`);
    for (const { draft, findings } of e.falsePositives) console.log(`  误报 {${shapesOf(draft.text).join(',')}} ${draft.text} → ${findings.map((f) => `${f.match}(${f.category})`).join('、')}`);
  }
}

main();
