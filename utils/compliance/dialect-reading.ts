// Dialect words whose reading depends on the characters around them, read before the scan. The fold table reads one
// code unit as one, so 唔 is always 不: right for 唔系 (不是), 唔使 (不用), 唔好食 (不好吃), wrong for the 唔好 that forbids
// (别: "唔好问我", "嫌贵就唔好买啦"), which Mandarin writes with a character of its own. Each reading keeps the text's
// length, so offsets carry over and findings quote the draft as typed (CompiledChecker.check).
import { readAstralDialect } from './normalize';

/**
 * 别, then a character the scanner skips (U+200B, a zero-width space: SKIP class, not a clause break), so the two
 * characters of 唔好 read as the one of 别 and 唔好问我 reads 别问我.
 */
const FORBID_READING = '别\u200b';

/**
 * Characters after 唔好 that make it 不好, "not good": 唔好意思 (不好意思), 唔好食 / 唔好睇 / 唔好饮 / 唔好听 … (not nice to eat,
 * see, drink, hear), 唔好彩 / 唔好运 (unlucky), and the condition or verdict that follows a quality (唔好就同我讲, 唔好嘅,
 * 唔好咗).
 */
const NOT_GOOD_AFTER = new Set([...'意思食睇看饮飲听聽闻聞玩味彩运運' + '就嘅的咗了啦喇呀吖']);

/**
 * Verbs before 唔好 that make it a result, "cannot … well": 修唔好 (修不好, "修唔好赔你部新机"), 瞓唔好, 做得唔好, 医唔好.
 */
const RESULT_VERBS_BEFORE = new Set([...'修做瞓睡医醫治整搞弄学學教写寫煮画畫讲講唱洗得']);

const isHanzi = (char: string | undefined) => char !== undefined && char >= '\u3400' && char <= '\u9fff';

/** Whether the 唔好 at `at` forbids (别) rather than judges (不好). */
function forbidsAt(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 2];
  // At a clause's end it judges ("边度唔好，"); before its verb again it asks A-not-A ("好评唔好评").
  if (!isHanzi(after) || NOT_GOOD_AFTER.has(after!) || after === before) return false;
  return !(before !== undefined && RESULT_VERBS_BEFORE.has(before));
}

/**
 * The text with its dialect words read as the Mandarin the rules hold (the same string when it holds none): the
 * astral characters of normalize.ts (Teochew 𠀾, Hokkien 𣍐 → 不), then Cantonese 唔好 as 别 where it forbids.
 */
export function readDialect(typed: string): string {
  const text = readAstralDialect(typed);
  let at = text.indexOf('唔好');
  if (at < 0) return text;
  let read = '';
  let from = 0;
  for (; at >= 0; at = text.indexOf('唔好', at + 2)) {
    if (!forbidsAt(text, at)) continue;
    read += text.slice(from, at) + FORBID_READING;
    from = at + 2;
  }
  return from === 0 ? text : read + text.slice(from);
}
