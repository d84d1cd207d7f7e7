// Words mentioned, not used, in every category: an agent telling a colleague which words the law bans, or asking the
// buyer who said a claim, names the words ("“国家级”“特供”这类词不能用", "“保证不掉色”是哪位客服跟您说的"). The
// shape is the word (often quoted, the quote marks are skipped) right before a noun that calls it a word, or a
// question about who said it. contexts.ts holds the claim categories' own forms (这个词, 的说法, 两个字).
import type { Context } from '../types';
import { list } from './define';

export const MENTION_CONTEXTS: Context[] = [
  {
    id: 'mentioned.as-words',
    after: list(
      '这类词 这些词 这几个词 这类字 这些字 这几个字 那几个字 那些字 那些词 这类字眼 这些字眼 这种字眼 之类的词 之类的字眼 之类的话 ' +
      '等词 等字眼 等用语 这类用语 这些用语 这种用语 这样的词 这样的字眼 这类说法 这些说法 这类话 这类宣传',
    ),
    // Right after the word or a quoted list of them, quote marks skipped (“全网最低”“第一”这些词: 低第一 between); a
    // space or a comma ends the reach: "顶级面料 这类词…" is a claim, then talk.
    within: 4,
    note: '“‘国家级’‘特供’这类词”“‘第一品牌’那几个字我们删掉了”：把这几个字当作词来谈（列举禁用词、说明已删掉），不是在用它',
  },
  {
    id: 'mentioned.who-said',
    after: list('是哪位客服 是哪个客服 是哪位同事 是哪个同事 是谁说的 是谁跟您说 是谁跟你说 是谁告诉您 是谁告诉你 哪位客服跟您说 哪个客服跟您说'),
    // The quoted claim may run on past its rule word ("保证|不掉色").
    within: 5,
    note: '“‘保证不掉色’是哪位客服跟您说的呢？”：复述一句说法来问是谁说的，是在核实，不是在说',
  },
];
