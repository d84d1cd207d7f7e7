// Regional words buyers type (or voice input writes) in place of the Mandarin the lexicon and the learned
// model know: Cantonese (唔该, 得唔得, 啱啱, 冇), Wu (侬, 弄勿来, 好伐), Southwest (啥子, 莫得, 啷个), Min (按怎), Henan (中不中). Each is replaced
// by a Mandarin word of the same length, so every offset found in the plain text is an offset into the
// buyer's message (highlights stay right). Data, not branches: add a pair to DIALECT_WORDS.

import { forEachT2S } from '../compliance/normalize';

/** Regional word → Mandarin word of the same length. Longer words are tried first. */
export const DIALECT_WORDS: Readonly<Record<string, string>> = {
  // Cantonese
  得唔得: '行不行',
  係唔係: '是不是',
  好唔好: '好不好',
  有冇: '有没',
  唔该: '谢谢',
  多谢: '谢谢',
  啱啱: '刚刚',
  点样: '怎样',
  点解: '为啥',
  点搞: '咋办',
  边度: '哪里',
  而家: '现在',
  几多: '多少',
  搞掂: '搞定',
  乜嘢: '什么',
  咩嘢: '什么',
  冇嘢: '没事',
  仲有: '还有',
  仲未: '还没',
  咁耐: '这久',
  咁样: '这样',
  咁: '这',
  雪柜: '冰箱',
  啲嘢: '东西',
  几日: '几天',
  两日: '两天',
  系咪: '是否',
  唔识: '不会',
  点算: '咋办',
  呢个: '这个',
  边个: '哪个',
  寄返: '寄回',
  依家: '现在',
  几耐: '多久',
  屋企: '家里',
  成日: '整天',
  有冇得: '有没有',
  冇得: '没有',
  使唔使: '要不要',
  佢话: '他说',
  呢度: '这里',
  依度: '这里',
  嗰度: '那里',
  呢啲: '这些',
  点整: '咋整',
  点弄: '咋弄',
  揾: '找',
  攞: '拿',
  畀: '给',
  乜: '啥',
  唔: '不',
  咗: '了',
  冇: '没',
  嘅: '的',
  佢: '他',
  睇: '看',
  嚟: '来',
  啲: '些',
  喺: '在',
  哋: '们',
  嗰: '那',
  咩: '啥',
  俾: '给',
  㗎: '的',
  // Wu (Shanghai, Jiangsu, Zhejiang)
  阿拉: '我们',
  // Mandarin words that start like a regional one stay as they are.
  阿拉斯加: '阿拉斯加',
  阿拉伯: '阿拉伯',
  格个: '这个',
  迭个: '这个',
  哪能: '怎么',
  侬: '你',
  辰光: '时候',
  物事: '东西',
  勿: '不',
  覅: '别',
  // Southwest and the north
  啥子: '什么',
  咋个: '怎么',
  屋头: '家里',
  有好长: '有多长',
  有好大: '有多大',
  有好重: '有多重',
  有好高: '有多高',
  要好久: '要多久',
  好多钱一: '多少钱一',
  到好久: '到多久',
  好久到: '多久到',
  好久能: '多久能',
  莫得: '没有',
  没得: '没有',
  啷个: '怎么',
  一哈: '一下',
  晓得: '知道',
  要得: '可以',
  嘎哈: '干啥',
  // Central plains and the north-east (Henan, Shandong, Hebei, Dongbei): 俺 is 我, 恁家 is 你家.
  俺: '我',
  恁家: '你家',
  中不中: '行不行',
  弄啥: '干啥',
  // Southern Min (Fujian, Taiwan, Chaoshan)
  按怎: '怎么',
  歹势: '抱歉',
};

/**
 * A particle that ends a yes/no question when nothing Han follows it: Wu 伐 (好伐, 可以伐; not 砍伐, 步伐) and
 * Cantonese 未 (收到未 = 收到没; not 从未).
 */
const QUESTION_ENDINGS: Readonly<Record<string, { plain: string; notAfter: string }>> = {
  伐: { plain: '吗', notAfter: '砍步讨征采杀' },
  未: { plain: '没', notAfter: '从尚并' },
};

/**
 * Traditional characters (Taiwan, Hong Kong buyers, or a phone set to 繁體) read as simplified, one code unit for
 * one, from the same opencc-derived table the compliance checker folds with; and the regional words by their first
 * character. Built on first use: importing this module (the background worker does at every start) builds nothing.
 */
interface DialectTables {
  simplified: Map<string, string>;
  byFirst: Map<string, [string, string][]>;
}

let tables: DialectTables | undefined;

function dialectTables(): DialectTables {
  if (tables) return tables;
  const simplifiedChars = new Map<string, string>();
  // A character that is itself some traditional character's simplified form is kept (the table also reads
  // 么 as 幺, which is right only in old texts).
  const pairs: [traditional: number, simplified: number][] = [];
  forEachT2S((traditional, simplified) => pairs.push([traditional, simplified]));
  const targets = new Set(pairs.map(([, simplified]) => simplified));
  for (const [traditional, simplified] of pairs) {
    if (!targets.has(traditional)) simplifiedChars.set(String.fromCharCode(traditional), String.fromCharCode(simplified));
  }
  const byFirst = new Map<string, [string, string][]>();
  for (const [written, plain] of Object.entries(DIALECT_WORDS)) {
    if (written.length !== plain.length) throw new Error(`dialect word ${written} → ${plain}: lengths differ`);
    // Words are looked up in the simplified text (係唔係 is found as 系唔系).
    const word = simplifiedWith(simplifiedChars, written);
    const list = byFirst.get(word[0]!) ?? [];
    list.push([word, plain]);
    list.sort((a, b) => b[0].length - a[0].length);
    byFirst.set(word[0]!, list);
  }
  return (tables = { simplified: simplifiedChars, byFirst });
}

function simplifiedWith(chars: Map<string, string>, text: string): string {
  let out: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const plain = chars.get(text[i]!);
    if (plain !== undefined) out = (out ?? text.slice(0, i)) + plain;
    else if (out !== undefined) out += text[i]!;
  }
  return out ?? text;
}

const HAN = /\p{Script=Han}/u;

/**
 * The message in simplified characters with regional words in Mandarin, same length; the message itself when it
 * has neither.
 */
export function plainMandarin(written: string): string {
  const { simplified, byFirst } = dialectTables();
  const text = simplifiedWith(simplified, written);
  let out: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    let replaced: string | undefined;
    const ending = QUESTION_ENDINGS[char];
    if (ending && i > 0 && !ending.notAfter.includes(text[i - 1]!) && !HAN.test(text[i + 1] ?? '')) replaced = ending.plain;
    else {
      for (const [word, plain] of byFirst.get(char) ?? []) {
        if (text.startsWith(word, i)) {
          replaced = plain;
          break;
        }
      }
    }
    if (replaced === undefined) {
      if (out !== undefined) out += char;
      continue;
    }
    out = (out ?? text.slice(0, i)) + replaced;
    i += replaced.length - 1;
  }
  return out ?? text;
}
