// Words mentioned, not used, in every category: an agent telling a colleague which words the law bans, or asking the
// buyer who said a claim, names the words ("“国家级”“特供”这类词不能用", "“保证不掉色”是哪位客服跟您说的"). The
// shape is the word (often quoted, the quote marks are skipped) right before a noun that calls it a word, or a
// question about who said it. contexts.ts holds the claim categories' own forms (这个词, 的说法, 两个字).
import type { Context } from '../types';
import { list } from './define';

/** Categories where a sentence states something about the goods or the service, and the two of the shop's own acts. */
const CLAIMS_AND_ACTS = ['absolute', 'authority', 'medical', 'promise', 'offplatform', 'reviewbait'];

/**
 * Who sets a rule, then the ban ("平台不允许私下加联系方式", "广告法规定不能说最", "京东禁止站外交易"): what follows is
 * the act the rule forbids, explained, not done. A frame of its parts, so 平台规则不让 and 抖音严禁 need no entry of
 * their own. A platform's name takes only the verbs of a rule: "淘宝不能买到比这更便宜的" is a claim.
 */
const RULE_MAKERS = list('平台 平台规定 平台规则 平台要求 规定 规则 广告法 法规 法律 法律法规 官方');
// 不俾: Cantonese 唔俾 (唔 is folded to 不).
const RULE_BANS = list('不允许 不让 不准 不许 禁止 严禁 明令禁止 是禁止 不可以 不能 不俾');
const PLATFORM_NAMES = list('拼多多 抖音 抖店 京东 淘宝 天猫 快手 小红书');
const PLATFORM_BANS = list('不允许 不让 不准 不许 禁止 严禁 规定 明令禁止 不俾');
const RULE_EXPLAINED = [
  ...RULE_MAKERS.flatMap((maker) => RULE_BANS.map((ban) => maker + ban)),
  ...PLATFORM_NAMES.flatMap((platform) => PLATFORM_BANS.map((ban) => platform + ban)),
];

/**
 * The shop taking a claim back after naming it ("有些店会写医院推荐 其实平台不允许这么宣传 我们不这么说", "…这种说法我们不能
 * 认同", "…我们官方不会这么承诺"): who (the shop, or 也 going on from it), a negation, then 这么/这样 + a verb of saying,
 * or a verb of agreeing. 这么 points back to the claim however far it stands in the sentence. Not 不敢: "别家不敢这么
 * 承诺" boasts.
 */
const TAKEN_BACK = list('我们 咱们 我 咱 本店 客服 官方 也').flatMap((who) =>
  list('不能 不会 不 没法 无法').flatMap((no) =>
    list(
      '这么说 这样说 这么讲 这样讲 这么宣传 这样宣传 这么写 这样写 这么承诺 这样承诺 这么保证 认同 认可 ' +
        // 粤语 咁 for 这么 ("我哋唔会咁讲").
        '咁讲 咁说 咁写 ' +
        '做这方面的说法 做这种说法 做这样的说法 做这种承诺 做这样的承诺 做这种宣传',
    ).map((say) => who + no + say),
  ),
);

/**
 * The buyer's words, reported ("您说小区里有人讲…", "您问包过班是不是真的", "您提到朋友说…"): what follows in the clause is
 * what the buyer said or asked. The shop telling the buyer (跟您说, 给您说) and the buyer told to go and ask (您问问别家)
 * are allowed phrases, so their 您说 and 您问 are no cue; so is a condition (只要您说不满意 = whenever the buyer says so).
 */
const BUYER_SAID = list('您说 你说 您问 你问 您提到 你提到 您听说 你听说 听您说 您反映 您咨询的 您是问 您想问');
/**
 * A wood, then 有 ("金丝楠木有抗癌成分", "红木有安神的说法"): the wood's name + 有, not 木有 (chat for 没有), the cue of
 * negated.dialect; an allowed phrase hides the cue inside it.
 */
export const WOOD_HAS_ALLOW = list('楠木 红木 实木 原木 檀木 紫檀木 樟木 松木 橡木 榉木 胡桃木 花梨木 黄花梨木 乌木 沉香木 桃木 柏木 杉木 枣木 黄杨木 鸡翅木 桐木 榆木 积木').map(
  (wood) => `${wood}有`,
);

export const BUYER_SAID_ALLOW = list('只要您说 只要你说 要是您说 要是你说 如果您说 如果你说 跟您说 和您说 给您说 对您说 同您说 跟你说 和你说 给你说 对你说 同你说 帮您问 给您问 替您问 帮你问 给你问 替你问 跟您问');

/**
 * The shop, then its refusal ("扫码加好友那种我们是不做的", "师傅的私人号码我这边不能提供", "好评返现这类活动咱家没有",
 * "扫码进群这种我们不做"): the act named as a topic a few characters before, often made a kind (这种, 那类活动), is
 * declined. Who and the refusal are separate lists, composed.
 */
const SHOP_REFUSES = list('我们 咱们 咱 我们店 咱们店 本店 我们家 咱家 我这边 我们这边 店里 我们店里 我哋').flatMap((shop) =>
  list(
    '是不做的 是没有的 是不搞的 是不提供的 是不支持的 是不能做的 是不允许的 不能提供 不提供 不能给 没法提供 无法提供 不会提供 不做的 没有的 ' +
      '不做 不搞 没有 没做 不参与 不支持 从来不做 从不做 从来不搞 莫得 不能做 不会做 不能搞 不会搞 ' +
      // "支付宝转账这个我们不能接受的", "那句销量第一我们已经删掉了".
      '不能接受 不接受 是不接受的 已经删掉 已经删了 已经去掉 已经改掉',
  ).map(
    (refusal) => shop + refusal,
  ),
);

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
  {
    id: 'explained.rule',
    categories: CLAIMS_AND_ACTS,
    before: RULE_EXPLAINED,
    // Right after the ban, or after who is banned (我们, 商家) and a verb: a comma or a space ends the reach, so
    // "平台不让加微信 你加我小号" is the rule, then the breach.
    within: 4,
    note: '“平台不允许私下加联系方式哦”“广告法规定不能说最便宜”：解释平台或法律的规定，规定禁止的那件事是被解释的，不是客服在做',
  },
  {
    id: 'declined.not-ours',
    categories: CLAIMS_AND_ACTS,
    // "那个网红推荐的不是我们家哈": someone else's endorsement or offer, disowned.
    after: list('的不是我们家 的不是我们 的不是本店 的不是咱家 不是我们家的 不是我们店的 跟我们无关 和我们无关 与我们无关 与本店无关 跟我们没关系 和我们没关系'),
    within: 3,
    note: '“那个网红推荐的不是我们家哈”：说这个说法或做法不是本店的',
  },
  {
    id: 'warned.third-party',
    categories: ['offplatform', 'reviewbait'],
    // "如果有师傅私下给您留电话让您线下付款，请不要转账": what a third party might do, warned against. Not 如果有 alone:
    // "如果有需要可以私下联系我" is the shop's own offer.
    before: list('如果有人 如果有师傅 如果有客服 如果有商家 如有人 若有人 要是有人 有人自称 自称是 冒充 假冒 陌生人'),
    within: 10,
    note: '“如果有师傅私下给您留电话让您线下付款，请不要转账”“有人自称客服让您加微信”：提醒买家防范别人的做法，不是本店的引导',
  },
  {
    id: 'warned.unprotected',
    categories: ['offplatform'],
    // "私下转账的费用平台无法为您保障": the act named, then what the buyer would lose by it.
    after: list('平台无法 平台不保障 平台不负责 平台管不了 无法保障 没有保障 不受保障 不受平台保护 不受保护 容易被骗 有被骗 维权困难 没法维权 无法维权'),
    within: 6,
    note: '“私下转账的费用平台无法为您保障”：说明站外交易的后果，是劝阻不是引导',
  },
  {
    id: 'negated.dialect',
    // Not absolute: "没有比这更好的" is a claim however it is spelled.
    categories: ['authority', 'medical', 'promise', 'offplatform', 'reviewbait'],
    // 莫得 (Sichuan) and 木有 (chat) for 没有, which the categories' own negation lists hold (冇 is folded to 没 already): "莫得治病的作用",
    // "莫得办法保证一个都不坏", "我们莫得找人带货". Not 没得 alone: "质量没得说" praises.
    before: list('莫得 莫有 木有 没得办法 没得这个 没得啥 没得什么 冒办法 冇办法'),
    within: 4,
    note: '“莫得治病的作用”“莫得办法保证”：方言或网络写法的“没有”，和“没有”一样否定了说法',
  },
  {
    id: 'retracted.anaphoric',
    categories: CLAIMS_AND_ACTS,
    after: TAKEN_BACK,
    // 这么 reaches back over the explanation between, to the start of the sentence.
    within: 40,
    sentence: true,
    note: '“有些店会写医院推荐 其实平台不允许这么宣传 我们不这么说”“…是他们自己的感受，我们官方不会这么承诺”：店铺收回前面提到的说法',
  },
  {
    id: 'reported.buyer',
    categories: CLAIMS_AND_ACTS,
    before: BUYER_SAID,
    within: 10,
    note: '“您说小区里有人讲喝茶把糖尿病喝好了”“您问包过班是不是真的”：复述买家说的或问的，不是客服的说法',
  },
  {
    id: 'declined.by-shop',
    categories: CLAIMS_AND_ACTS,
    after: SHOP_REFUSES,
    // The topic and a word calling it a kind (那种, 这类活动) may stand between.
    within: 8,
    note: '“扫码加好友那种我们是不做的”“师傅的私人号码我这边不能提供哈”：先提出一种做法，再说店里不做、不提供',
  },
  {
    id: 'negated.cantonese',
    categories: ['authority', 'medical', 'promise', 'offplatform', 'reviewbait'],
    // Cantonese, after folding (唔 → 不, 冇 → 没): "我哋冇 Q 群" (we have no), "唔可以話 100% 唔起球" (cannot say), "冇減肥
    // 功能" (没 right before the effect, as 冇 is written for 没有).
    before: list('我哋没 我哋不 我哋没有 我哋从来不 不可以话 不能话 不敢话 不会话 没得话'),
    within: 8,
    note: '粤语写法的否定（“我哋冇Q群”“唔可以話100%唔起球”）：和普通话的“我们没有”“不能说”一样是收回',
  },
];
