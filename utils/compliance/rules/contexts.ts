// Contexts in which a rule word makes no claim (the checker reads them like rules: cue words before or after a
// rule word, or its near cue, in the same clause). Shared by the claim categories; contexts of one category
// only (a rule being explained, advice on storage) live in that category's file.
import type { Context } from '../types';
import { list } from './define';

/** Categories where a sentence states something about the goods or the service: a negation takes the claim back. */
const CLAIMS = ['absolute', 'authority', 'medical', 'promise'];

/**
 * The agent declining to say, boast or promise something ("我们不说全网最低", "不会跟您吹最强", "不跟您吹什么世界级",
 * "不打包票说一定不坏"): a negation, then who it is said to or how, then a verb of saying. Written as a frame of its
 * parts rather than as a list of phrases, so 不会跟您讲 and 从不乱吹 need no entry of their own. 别 is left out: "别说全国，
 * 全世界都少有" raises the claim.
 */
const DECLINED_SAYING = list('不 不会 从没 从来没').flatMap((negation) => [
  // Cues match inside longer words, so 不 covers 从不, 也不, 绝不 and 并不.
  ...['', ...list('跟您 跟你 给您 给你 和您 对您 乱 随便 轻易')].flatMap((manner) =>
    list('吹 吹嘘 宣传 宣称 号称 自称 标榜 承诺').map((verb) => negation + manner + verb),
  ),
]).concat(
  // Verbs spelled in pinyin too (保 bao), after 不 alone: few spelled cues, and none read across an answer ("这个不会
  // 保证永不掉色" is 不会, then a promise).
  list('担保 打包票 打保票').map((verb) => `不${verb}`),
);

/**
 * Someone else's words ("别家客服讲能治…", "其他店宣传的…"): a party that is not this shop, then a verb of saying. A frame
 * of its parts, so 别的店讲 and 其他家号称 need no entry of their own; the buyers (买家说) are left out: "买家都说用了
 * 不长痘" vouches for the claim. 别个 (别人 in south-western speech, "别个乱说的") is read through spelling.ts DIALECT_WORDS.
 */
const OTHERS_SAID = list('别人 别家 人家 有人 有些人 有的人 网上 外面 主播 别的主播 别的店 其他店 其他家 别家客服 别的客服 其他客服 其他家客服').flatMap(
  (party) => list('说 讲 宣传 号称 吹 跟您说 跟你说 和您说 对您说 告诉您 告诉你').map((verb) => party + verb),
);

/**
 * A rhetorical question that takes a guarantee back ("哪能保证一次就好", "怎么可能百分百不坏"): who could, how could,
 * then the word that guarantees. Not 谁敢说 ("谁敢说我们不是最低"), which vouches for the claim.
 */
const RHETORICAL_DOUBT = list('哪能 哪敢 哪里能 哪里敢 怎么能 怎么敢 怎么可能 谁敢 谁能 哪个敢 哪个能 边个敢 边个能').flatMap((who) =>
  list('保证 担保 打包票 承诺 百分百 百分之百 一定 肯定').map((guarantee) => who + guarantee),
);

/**
 * Telling colleagues what not to say ("不要跟买家说能治病", "也不要说保证见效", "禁止写最好"): a ban, to whom, then a verb of
 * saying. 与其说 ("与其说它是顶级，不如说…") sets the word aside for a better one.
 */
const FORBIDDEN_SAYING = list('不要 不能 不可以 不许 不准 不允许 禁止 切勿 千万别 千万不要').flatMap((ban) =>
  ['', ...list('跟买家 跟客户 跟顾客 对买家 对客户 和买家 向买家 给买家')].flatMap((whom) => list('说 讲 写 承诺 宣传').map((verb) => ban + whom + verb)),
);

/** The doctor's word as the rule ("以医生意见为准", "听医生的安排"): who, then what of theirs counts. */
const DOCTOR_DECIDES = list('以医生 以医院 以医嘱 听医生 听从医生 遵从医生 按医生 听大夫 以大夫').flatMap((doctor) =>
  list('意见为准 建议为准 的意见为准 的建议为准 的治疗为主 治疗为主 的为准 为准 的建议 的意见 的安排').map((word) => doctor + word),
);

/**
 * A debunk said back to front vouches for the claim: "能疏通经络，不是骗人的", "全网最低价 绝对没忽悠您". Allowed phrases, so
 * the 是骗人的 / 忽悠 inside them is no debunking cue (reported, reported.debunked) and the claim before them stands.
 * Only lies and boasts: 不是瞎说 stays out, as 「你这不是瞎说吗」 calls the buyer a liar (abuse.lying).
 */
export const DEBUNK_DENIED_ALLOW = list('不是 没 没有 不').flatMap((denied) =>
  list('骗人 骗人的 骗你 骗你的 骗您 骗您的 忽悠 忽悠人 忽悠人的 忽悠你 忽悠您 吹的 瞎吹 吹牛 假的 谣言 虚假宣传').map((debunk) => denied + debunk),
);

/**
 * Other sellers daring not to say it ("这款面霜能祛斑，别家都不敢这么说", "别人都不敢打包票的我们敢"): the claim stays the
 * shop's, raised above theirs. Allowed phrases, so the 不敢说 and 不敢保证 inside them cancel nothing (the shop's own
 * "我们不敢这么说" still takes the claim back). A frame of its parts: who, how far, what they dare not.
 */
export const OTHERS_DARE_NOT_ALLOW = list('别家 别人 别人家 人家 其他家 其他店 别的店 同行 外面 其他品牌 别的牌子').flatMap((party) =>
  ['', ...list('都 也 根本')].flatMap((far) =>
    list('不敢说 不敢这么说 不敢这样说 不敢写 不敢这么写 不敢保证 不敢承诺 不敢打包票').map((dareNot) => party + far + dareNot),
  ),
);

/**
 * The agent's refusal of a claim just made ("赔双倍这种我做不到", "保证绝对不过敏这个我真做不到", "额外赔偿这块我做不了主"):
 * cannot do, dare not say, cannot promise. Not 不乱说 ("保证有效我不乱说" vouches for it).
 */
const REFUSALS = list(
  '做不到 办不到 做不了 做不了主 不敢说 不敢讲 不敢这么说 不敢乱说 不敢保证 不敢承诺 不敢打包票 不敢打保票 不能保证 不能承诺 ' +
    '不能这么说 不这么说 不这样说 没法说 没法保证 没法承诺 没办法保证 没办法承诺 无法保证 无法承诺 保证不了 承诺不了 ' +
    // "打包票我不敢", "能用多久我不替您打包票": the bare dare-not, or the guarantee declined to the buyer.
    '不敢 不打包票 不替您打包票 不替你打包票 不给您打包票 不给你打包票 ' +
    // 粤语 应承 (to promise; 唔 reads 不): "永不涨价我唔敢应承", "冇效退款呢啲我唔会应承".
    '不敢应承 不会应承',
);
/** How sure the refusal is said ("真做不到", "实在不敢说"); few, as every one multiplies the cues (the compile's cost). */
const REFUSAL_SOFTENERS = ['', ...list('真 实在')];
/**
 * Who refuses, or the claim pointed back to ("这种我做不到", "这个没法承诺"): the shop, not 别家 ("别家都做不到" vouches);
 * or 它, the goods ("降血脂降血压它做不到").
 */
const REFUSERS = list('我 我们 咱 咱们 本店 这个 这种 这点 这块 这事 这样 那个 那种 它');

/** Kinds of goods whose name may hold a claim word ("至尊修护套装", "极致黑配色"): after it, the word is part of the name. */
const DESCRIBED_KINDS = list('套盒 套装 礼包 礼盒 组合装 组合套装 组合包 颜色 配色');
const NAMED_KINDS = [...DESCRIBED_KINDS, ...list('联名 联名款 定制款')];

/**
 * The kind after 的 ("全网最低价的套装"): the word before describes it, it names nothing, so the claim stands. Allowed
 * phrases, so the kind inside them is no cue of name.set. Not 联名 and 定制款: "五星酒店大堂的定制款" is an endorsement
 * read through them.
 */
export const DESCRIBED_KIND_ALLOW = DESCRIBED_KINDS.map((kind) => `的${kind}`);

export const CLAIM_CONTEXTS: Context[] = [
  {
    id: 'negated.disclaim',
    categories: CLAIMS,
    before: list(
      '不乱说 不代表 不会说 不保证 不说能 不说是 没说能 不吹 不夸大 不好保证 不好说 不宣传 不宣称 不承诺 不敢 不敢保证 不敢吹 不敢夸 ' +
      '不敢打包票 不敢承诺 不敢称 不敢自称 不敢讲 不敢说 不敢跟您 不瞎说 不能保证 不能承诺 不能给您 不能讲 ' +
      // "保证不了明天一定到": the guarantee declined in its potential form; 粤语 保证唔到 (read 保证不到) likewise.
      '保证不了 担保不了 承诺不了 保证不到 ' +
      // "这个我不能打包票说一定能治好": the guarantee declined, then what it would have promised.
      '不能打包票 没法打包票 打不了包票 不能打保票 没法打保票 ' +
      '不能说 不能跟您 从不说 从来没说 并不代表 不是说 并不是说 很难保证 无法 无法保证 无法承诺 无法给您 无法跟您 未必 不卖 ' +
      // 没得 (没法) in 粤语 (冇得, read 没得) and south-western speech, 莫得 in 四川话: "冇得保证听日到", "莫得保证".
      '没得保证 莫得保证 没得承诺 莫得承诺 ' +
      '没办法 没办法保证 没有办法 没有办法保证 没宣传 没有宣传 没有说 没法 没法保证 没法承诺 没法给您 没法跟您 没说 没说过',
    ),
    within: 10,
    note: '客服说明自己不这么说、不敢这么保证，或说明一个说法不是那个意思（“并不是说它一直排第一”）：是收回说法，不是宣传',
  },
  {
    id: 'negated.after-guarantee',
    categories: CLAIMS,
    // "祛痘这个我们真的不能保证", "长高这点没法保证": the claim named as a topic, then the guarantee declined. In the clause
    // only: after a comma the refusal is often of something else ("能祛痘，不能保证一周见效").
    after: list('承诺不了 担保不了 许诺不了 不能保证 不敢保证 没法保证 无法保证 保证不了 保证不到 不好保证 没办法保证 不敢打包票 不敢承诺 不能承诺 没法承诺 无法承诺 没法打包票 不能打包票 打不了包票 没法打保票 不敢打保票').concat(
      // "明天一定到这个我保证不了": 我保证不了 is an allowed phrase (its 保证 is no promise), whose inside is read as no cue.
      list('我保证不了 我也保证不了 我可保证不了 这个我保证不了 我保证不到 我也保证不到 这个我保证不到'),
      // "明天一定到这个我没法跟您打包票": to whom, between the negation and the guarantee.
      list('没法 不敢 不能 无法').flatMap((no) => list('跟您 给您 跟你 给你').flatMap((whom) => list('打包票 保证 承诺').map((vow) => no + whom + vow))),
    ),
    within: 8,
    note: '“祛痘这个我们真的不能保证”：先把说法当话题提出来，再说不能保证，是收回不是承诺',
  },
  {
    id: 'negated.refused-after',
    categories: CLAIMS,
    // "赔双倍这种我做不到", "保证绝对不过敏这个我真做不到": the claim, then the shop (or a pointer back to the claim) refusing
    // it, closing the clause. Where words go on after the refusal it starts a condition ("保证三天到做不到就赔"), and a
    // refusal after a comma is of something else ("保证有效，不满意…"); nor another seller's ("别家都做不到").
    after: REFUSERS.flatMap((who) => REFUSAL_SOFTENERS.flatMap((how) => REFUSALS.map((refusal) => who + how + refusal))),
    within: 8,
    closesClause: true,
    note: '“赔双倍这种我做不到”“保证绝对不过敏这个我真做不到”：说法之后，店铺自己在同一分句结尾拒绝它，是收回不是承诺',
  },
  {
    id: 'negated.refused-next-clause',
    categories: CLAIMS,
    // "出车祸保证宝宝一点事没有，这话我不敢说": the claim, then in the next clause the words pointed back to (这话) and
    // refused, closing the sentence's clause. Only with 这话 and its kin: a bare refusal after a comma is often of
    // something else ("保证有效，不敢说多久见效").
    after: list('这话 这种话 这个话 这句话').flatMap((words) =>
      ['', ...list('我 我们 咱')].flatMap((who) => list('不敢说 不敢讲 不敢保证 不敢打包票 不能说 不敢乱说 可不敢说 说不了').map((refusal) => words + who + refusal)),
    ),
    within: 12,
    sentence: true,
    closesClause: true,
    note: '“保证宝宝一点事没有，这话我不敢说”：说法之后，下一分句指回这句话并拒绝，是收回不是承诺',
  },
  {
    id: 'negated.no-such-thing',
    categories: CLAIMS,
    // 粤语 "冇央视推荐呢回事" (冇 reads 没), "没有全网第一这一说": the claim said to be no thing at all. Only with the
    // 这回事 / 这一说 after it ("没央视推荐的牌子别买" stays).
    before: list('没 没有'),
    then: list('这回事 呢回事 这一说 这个说法 这种说法 这种事'),
    within: 0,
    note: '“没有央视推荐这回事”：否认有这个说法，不是宣传',
  },
  {
    id: 'negated.refused-right-after',
    categories: CLAIMS,
    // "赔双倍做不到 坏了走售后", "永久保修真没法承诺": the refusal right after the claim, closing its clause.
    after: REFUSAL_SOFTENERS.flatMap((how) => REFUSALS.map((refusal) => how + refusal)),
    within: 0,
    closesClause: true,
    note: '“赔双倍做不到”：紧跟在说法后面、结束这一分句的拒绝，是收回不是承诺（“做不到就赔”是条件，仍是承诺）',
  },
  {
    id: 'negated.depends',
    // Promises only: "降血压效果因人而异" still says the goods lower blood pressure.
    categories: ['promise'],
    // "拆封用过的化妆品要看具体情况": what the promise would say, said to depend on the case, in its own clause (no train
    // or regression risky draft holds one there).
    after: list('要看具体情况 得看具体情况 看具体情况 视具体情况 视情况而定 要看情况 得看情况'),
    within: 6,
    note: '“拆封用过的要看具体情况”：说法后面紧跟着“要看具体情况”，是说明不一定，不是宣称或承诺',
  },
  {
    id: 'negated.forbidden',
    categories: CLAIMS,
    before: [...FORBIDDEN_SAYING, '与其说'],
    within: 6,
    note: '“培训提醒：不要跟买家说能治病”“与其说它是顶级，不如说…”：告诉同事不能这么说，或把这个说法放到一边，不是在宣传',
  },
  {
    id: 'negated.rhetorical',
    categories: CLAIMS,
    before: RHETORICAL_DOUBT,
    within: 6,
    note: '“哪能保证一次就好”“怎么可能百分百不坏”：反问句收回保证，不是承诺',
  },
  {
    id: 'negated.is-not',
    categories: CLAIMS,
    before: list(
      '不具备 不具有 不属于 不是 不是什么 不算 不系 也不是 也没有 并不是 并没有 并非 没什么 没有什么 称不上 ' +
      // "不一定是最低的": not necessarily so.
      '不一定是 不一定就是 未必是 ' +
      // 啥 for 什么 ("哪有啥特供", "没啥国家认证").
      '不是啥 没啥 没有啥 哪有啥 也不是啥 算不上啥 ' +
      // 湖北 冇得么子 (没有什么; 冇 folds to 没, 么子 is a dialect form of 什么): "冇得么子大师代言".
      '没得什么 没得啥 ' +
      '算不上 说不上 谈不上 ' +
      // "不存在零甲醛的板材": nothing of the kind exists (after the word, "过敏？不存在的", it vouches instead).
      '不存在 并不存在 根本不存在',
    ),
    within: 6,
    note: '“不是特供”“算不上顶级”“没有什么专家背书”：否定了这个说法（“不系”是粤语“唔係”折叠后的样子）',
  },
  {
    id: 'negated.after-closing',
    categories: ['absolute', 'authority'],
    // "天花板说不上，您先拿一包试试", "国家级算不上": the grade named, then denied where its clause closes ("说不上来有多好" goes
    // on: no denial).
    after: list('说不上 算不上 谈不上 称不上 也说不上 也算不上 倒说不上 倒算不上 还算不上 还说不上'),
    within: 0,
    closesClause: true,
    note: '“天花板说不上”：说法之后在分句结尾否认，是收回不是宣传',
  },
  {
    id: 'negated.after',
    categories: [...CLAIMS, 'offplatform', 'reviewbait'],
    after: list(
      '不好说 真不好说 这个不好说 不相关 咱们没有 我们不做 我们不搞 我们不是 我们也不是 我们也没有 我们没 我们没有 无关 是没有的 没做 ' +
      '没关系 没有做 没有关系 没有搞 我们家不搞 我们家不做 我们家没有 咱家不搞 咱家不做 咱家没有 本店不搞 本店不做 本店没有 ' +
      // "“终身保修”我们做不到": the service named, then declined.
      '我们做不到 咱们做不到 我们办不到 我们不提供 我们不支持 本店不提供 本店不支持 是做不到的 ' +
      // "假一赔十我们店没开通哈", "双倍赔偿没这规矩": the service said not to be offered here at all.
      '没开通 没有开通 店没开通 店里没开通 店没有开通 没这规矩 没有这规矩 没这个规矩 没有这个规矩',
    ),
    within: 3,
    note: '“国家级的我们没有”“跟贡品没关系”“好评返现我们没有做”：说法之后的否定',
  },
  {
    id: 'negated.we-dont',
    categories: ['authority', 'offplatform', 'reviewbait'],
    before: list(
      '不会拿 不会用 不会给 咱们不会 咱们没有 并没有 我们不会 我们从不 我们从来不 我们没有 我们绝不 本店不 ' +
      '没有任何 没有找 没有请 没找 没请',
    ),
    within: 8,
    note: '“我们没有官方代言人”“没有任何明星代言”“我们不会用返现换好评”：店铺说自己不做这件事。不用于绝对化用语：“没有比这更好的”本身就是说法',
  },
  {
    id: 'negated.no-endorser',
    categories: ['authority'],
    // "没上过央视", "没拿过什么金奖": 没 + a verb + 过, the endorsement never had; "没给什么国家队供货" (湖北 "冇给么子国家队
    // 供货"): the supply never made.
    before: list('没有 目前没有 暂时没有 从没有 从来没有 没有过 没上过 没登过 没拿过 没获过 没得过 没参加过 没请过 没找过 没给什么 没给过'),
    within: 8,
    note: '“目前没有明星代言”“没有运动员代言”：说没有这个背书，不是借名义宣传',
  },
  {
    id: 'negated.saying',
    categories: CLAIMS,
    before: [
      ...DECLINED_SAYING,
      // Telling the buyer not to count on an effect ("别指望它治病", "也别指望喝了能降血压").
      ...list('别 不要 不能 不用').flatMap((dont) => ['', '太', '过于', '全'].map((much) => `${dont}${much}指望`)),
      ...list('不指望 别想着 别奢望 哪有什么 不存在什么 不讲什么 不搞什么 不吹什么'),
    ],
    within: 5,
    note: '客服说自己不这么说、不这么吹、不打这个包票，或劝买家别指望这个效果：是收回说法，不是宣传',
  },
  {
    id: 'negated.saying-word',
    categories: CLAIMS,
    // 说 and 讲 only right before the claim, its scope word at most between ("我们不说全网最低"): further off,
    // "不说假话这款效果最好" and "不跟您说虚的…" vouch for the claim that follows.
    before: [
      ...list('不 不会 从没 从来没').flatMap((negation) => list('说 讲').map((verb) => negation + verb)),
      // "咱不跟你说啥全网最低": to whom, then 啥/什么 that names what is not said.
      ...list('不 不会 从不 从来不 从没').flatMap((negation) =>
        list('跟您 跟你 给您 给你 和您 和你 对您 对你').flatMap((whom) => list('说啥 说什么 讲啥 讲什么 说那些 讲那些').map((what) => negation + whom + what)),
      ),
      // "我们不会再跟您说它是最好的": what is not said, as a clause of its own (它是, 这款是).
      ...list('不会 不会再 不 不再 从不 从没 不能').flatMap((negation) =>
        ['', ...list('跟您 跟你 和您 给您 对您')].flatMap((whom) =>
          list('说它是 说这是 说这款是 说这个是 讲它是 讲这是').map((what) => negation + whom + what),
        ),
      ),
    ],
    within: 2,
    // "我们不说 提高免疫力 这种话": the space sets the words not said off, as quote marks do.
    setsOff: true,
    note: '“我们不说全网最低”：紧跟在“不说”后面的词是不说的那句话',
  },
  {
    id: 'reported',
    categories: CLAIMS,
    before: [
      ...OTHERS_SAID,
      ...list(
        '不可信 不要信 不要听 不要相信 传言 别信 别听 别相信 所谓 据说 有的店说 网上传 网上的说法 说什么 谣言 里说的 上说的 ' +
          // "产品页面写的销量第一是…榜单排名": the listing's wording, quoted to be explained.
          '页面写的 页面上写的 详情页写的 详情页上写的 标题写的 标题里写的 宣传页写的',
      ),
    ],
    after: list(
      // "“保证不掉色”是哪位客服跟您说的呢": asking who said it.
      '是哪位 是谁 是哪个 谁跟您说 谁跟你说 谁说的 哪位客服 哪个客服 ' +
      // "全网最低价是哪家说的呀": which shop said it.
      '是哪家 哪家说的 谁家说的 ' +
      '不可信 不靠谱 乱说的 别信 吹的 夸大 忽悠 是假的 那是人家 是人家的 是别人 是别家 是别的主播 是别的店 是别的牌子 是别的品牌 是其他牌子 是网上 是骗人 瞎说的 虚假宣传 谣言 ' +
      '骗人的',
    ),
    within: 12,
    note: '转述别人的说法并加以澄清（“网上说能治颈椎，别信”）',
  },
  {
    id: 'reported.asked-denied',
    categories: CLAIMS,
    // "有人问这个能不能降血压，我们实话说没有", "有人问这个油降三高不 我说不降", "有宝子说喝了痛经好了 但我们不敢说能治": what
    // another buyer asked or said, then answered no later in the sentence. Only with the no: "有人问能不能治颈椎病，能！",
    // "有宝子说喝了痛经好了，真的有效" vouch for the claim. No bare 没有 or 不是 ("有人说…没有一个说没用", "不是我吹"), nor
    // 不行 / 不会 ("…不行就退", "…不会骗您") or a bare 说不 (说不定).
    before: list('有人 有买家 有顾客 有客人 有客户 有宝子 有宝妈 有姐妹 有阿姨 有叔叔 好多人 不少人 很多人 经常有人 也有人').flatMap((who) => [
      `${who}问`,
      `${who}说`,
    ]),
    then: list(
      '没有哈 没有的 没有这 没这 我们没有 咱家没有 实话说没有 实话说不 如实说不 我说不 我说没 说不能 说不是 不能哈 不行哈 不是哈 不是哦 不是的 ' +
        '做不到 不敢说 不敢这么 不这么说 不这么宣传 不能说 不能这么说 别信 不降 不是真的 不靠谱 是假的 骗人 瞎说 乱说 ' +
        '没这功效 没这效果 因人而异',
    ),
    within: 12,
    note: '“有人问这个能不能降血压，实话说没有”：转述别的买家问的、说的，随后否认，是在答疑，不是客服的说法',
  },
  {
    id: 'reported.debunked',
    categories: CLAIMS,
    after: list(
      '那是假的 那是谣言 是谣言 那不靠谱 那是骗人的 是虚假宣传 那是虚假宣传 ' +
        // "很多人说这个能减肥 其实不能": the claim named, then denied outright.
        '其实不能 其实不行 其实做不到 其实没这个效果 其实没有这个效果 并不能 是不能的 是不行的 是做不到的 是不可能的 ' +
        // "…能治病 那肯定是骗人的".
        '是骗人的 都是骗人的 是忽悠人的 是瞎说的 都是瞎说 ' +
        // "说包治百病的，那不是骗人吗": the rhetorical question debunks, though 不是骗人 alone vouches (DEBUNK_DENIED_ALLOW).
        list('骗人 骗人的 忽悠人 忽悠人的 瞎吹 吹牛').flatMap((lie) => list('吗 么 嘛').map((asked) => `不是${lie}${asked}`)).join(' ') + ' ' +
        // "谁说包瘦都是骗你的": said to the buyer, the same debunking.
        '是骗你的 都是骗你的 是骗您的 都是骗您的 ' +
        // "说养人治失眠那都是瞎扯", "谁跟您说保过都要小心": dismissed as nonsense, or the buyer warned of whoever says it.
        '那都是瞎扯 都是瞎扯 是瞎扯 纯属瞎扯 是扯淡 都是瞎编 是瞎编的 都要小心 都得小心 都要当心 都得当心 ' +
        // "评价里说能治失眠的 那是买家自己的感受": a buyer's feeling, not the shop's claim.
        '是买家自己的感受 是买家的感受 是个人感受 是他个人的感受 是她个人的感受 我们不这么宣传 我们不这样宣传',
    ),
    within: 8,
    sentence: true,
    note: '“他们说这个能治病，那是假的”“很多人说这个能减肥 其实不能”：说法之后隔着逗号的驳斥，整句是在辟谣',
  },
  {
    id: 'mentioned',
    categories: CLAIMS,
    after: list(
      '不敢说 不敢这么说 不能用 不能说 不能这么说 不能这样说 不这么说 这个字 这个词 这么写 这样写 这种词 ' +
      '这种说法 这个说法 ' +
      // 讲 for 说 in southern speech: "最平唔敢讲" (唔 reads 不).
      '不敢讲 不能讲 ' +
      // "yyds是我们主播的口头禅 不是产品宣传": what a word is, said of the word.
      '口头禅 不是产品宣传 不是宣传 不是在宣传 ' +
      // "“全网第一”是违规用语", "明星同款需要授权", "降血压这种功效只有药品能说": the rule about the word, explained.
      '是违规用语 违规用语 是违禁词 违禁词 是禁用词 是极限词 极限词 是违法用语 两个字是违法 两个字违法 的都是违法的 ' +
      // "说 医院同款 是不合规的", "“提高免疫力”这种话我们不说": the wording judged or named as talk.
      '是不合规 不合规 是违规的 这种话 这样的话 这类话 这种字眼 这类字眼 这类词 这种词 这类说法 ' +
      // "不会跟你说包治百病那种话": the distal 那 as well.
      '那种话 那样的话 那类话 那种说法 那类说法 ' +
      // 上海 格 for 这 ("阿拉从来伐讲格种话").
      '格种话 格种说法 ' +
      // "“国家级”“特供”都是广告法禁用的": the words ruled out (named as a kind, 这类词…, is mentions.ts's).
      '禁用的 是禁用的 广告法禁用 ' +
      '需要授权 要有依据 需要有依据 只有药品能说 只有药品才能说 只有药品能宣传 只有药品才能宣传 要开通 需要开通 才能这么说 才能这么写 才能宣传 ' +
      // "能治病的那是药": what only a medicine may claim (not 那是药 alone: "能治失眠 那是药都比不上").
      '的那是药 的那是药品 的得是药品 是药品才',
    ).concat(
      // "防痴呆的说法没根据", "疏通经络这说法我们不敢用", "特供这种讲法都是乱讲", 潮州 "消炎去火个讲法我们𠀾写" (个 for 的,
      // 𠀾 reads 不; 讲法 for 说法 in southern speech): the claim named as a saying, then disowned. Not 的说法 or 这说法
      // alone ("有提高免疫力的说法", "降血压这说法是医生讲的" make the claim through it).
      ['的', '个', '', '这', '这种', '这个', '那种'].flatMap((of) => list('说法 讲法').map((saying) => of + saying)).flatMap((saying) =>
        list('没根据 没有根据 没依据 没有依据 不可信 不靠谱 是乱讲 都是乱讲 是瞎说 都是瞎说 是假的 我们不写 我们不用 我们不说 我们不讲 我们不敢用 不敢用 不能用 不敢写 不能写').map(
          (disowned) => saying + disowned,
        ),
      ),
    ),
    within: 6,
    sentence: true,
    note: '谈论这个词本身（“‘王牌’这个词我们不能用”），不是在用它',
  },
  {
    id: 'mentioned.character',
    categories: ['absolute', 'authority', 'promise'],
    // "“第一品牌”那几个字我们已经删掉了": the words named as words, however many.
    after: list('字 字眼 二字 两字 两个字 这个字 这两个字 几个字 这几个字 那几个字 四个字 这四个字 那四个字 这个词 那个词 这几个词 那几个词'),
    within: 0,
    note: '“我们不打‘最’字”“‘第一’两个字不能用”：紧跟“字”的是被谈论的字眼，不是在用它',
  },
  {
    id: 'mentioned.saying',
    categories: ['absolute', 'authority', 'promise'],
    after: list('的说法 的叫法 这种叫法 这个叫法 这一说 这么一说 的讲法 这种讲法 这个讲法'),
    within: 2,
    note: '“这款没有‘最强’的说法”“没有‘永久保修’的叫法”：紧跟“的说法”的词是被谈论的说法，不是在用它（医疗功效不在此列：那些“提高免疫力”的说法仍要提醒）',
  },
  {
    id: 'retracted',
    categories: CLAIMS,
    after: list(
      '不对的 不准确 不能这么宣传 不能这样宣传 从来没这么说 从没这么说 开玩笑 查不到依据 查不到任何依据 没有依据 没这么说过 说错了 误导 随口说 ' +
        '是口误 口误了 我口误 主播口误 同事口误 客服口误 宣传用语 是别的店的说法 是别家的说法 是直播间的说法 ' +
        // "…是别的买家评价里写的 我们这边不做这种承诺".
        '是别的买家 是买家评价 评价里写的 不做这种承诺 不做这样的承诺 不敢做这种承诺 ' +
        // "…是不合规的 我们不会这么宣传".
        '不会这么宣传 不会这样宣传 不这么宣传 不这样宣传 不会这么说 不会这样说 不会这么写 不会这样写 ' +
        // 粤语 咁 for 这么 ("我哋都唔会咁讲").
        '不会咁讲 不会咁说 不会咁写 ' +
        // "专家推荐啥的俺们不搞" (俺 is read as 我): the claim named as a kind the shop does not do.
        '啥的我们不搞 啥的咱们不搞 之类的我们不搞 什么的我们不搞',
    ),
    within: 12,
    sentence: true,
    note: '收回或驳回一个说法（“之前同事说的‘比吃药强’是不对的”“您转述的…我们从来没这么说过”）',
  },
  {
    id: 'retracted.cited',
    categories: CLAIMS,
    // Who said it or the rule that forbids it, before the claim: in the clause only. Across a comma the claim is often
    // made after all ("平台不让说 但这款真的是全网最低").
    before: list(
      '之前说的 刚才说的 同事说的 您转述的 转述的 您引用的 引用的 您看到的 别的客服说的 广告法不让 广告法不允许 不让我们说 不让说 不允许说 ' +
        // "按广告法，“顶级”“极品”…": the law cited, then the words it rules out.
        '按广告法 按照广告法 根据广告法 依照广告法 广告法规定 ' +
        '不允许我们写 不允许写 不让写 不让我们写 不允许我们说 不允许用 不让用 禁止写 禁止用 禁止说',
    ),
    within: 12,
    note: '“之前同事说的‘比吃药强’…”“广告法不让说最好”：转述或引用规定，后面的说法是被引用的',
  },
  {
    id: 'negated.no-offer',
    categories: CLAIMS,
    before: list('不参加 不参与 不搞 不玩 不做 从不做 没参加 没有参加 没有做 没有搞 没做 没搞'),
    after: list('这类活动 这种噱头 这种承诺 这种活动 这种话'),
    within: 4,
    note: '“我们家不做‘坏一赔三’这种活动”：店铺说自己不做这种许诺，是说明不是承诺',
  },
  {
    id: 'negated.none',
    categories: ['medical', 'promise'],
    before: list('任何产品都不能 没有一款 没有任何 没有哪个 没有哪款 都不能'),
    within: 10,
    note: '“没有哪个护肤品能保证祛斑”：否定了所有商品的这种效果',
  },
  {
    id: 'answered.no',
    categories: CLAIMS,
    after: [
      ...list('没有 没有的 没 不是 不是的 不能 不行 不可以 不会 不敢 不敢说 不支持 没这回事 哪有 只是 我们这个只是 这个只是 这款只是'),
      // "吃了能长高吗？这个不能": the denial led by 这个/那个.
      ...list('这个 那个 这 那').flatMap((that) => list('不能 不行 没有 不会 不是 真不能 真没有 做不到 没法 不敢说').map((no) => that + no)),
      // "能保证不过敏吗？保证不了".
      ...list('保证不了 做不到 不一定 不好说'),
      // "能保证不掉色吗？这个真不敢保证".
      ...list('真不敢 不敢保证 真不敢保证 这个真不敢 这个不敢保证 这个真不敢保证'),
      // "全网最低价？这个我不敢说", "是第一名？哈哈我们可不敢这么说": who dares not, named.
      ...list('我 我们 这个我 这个我们').flatMap((who) => list('不敢 可不敢 真不敢 实在不敢').map((dareNot) => who + dareNot)),
    ],
    // The question may go on after the echoed word ("能治颈椎病吗？不能的").
    within: 6,
    answers: true,
    note: '“明星同款？没有的哈”“穿过也能退？不能哦”：复述买家的问题再否定，问号前的词是买家问的，不是客服的说法',
  },
  {
    id: 'questioned',
    categories: CLAIMS,
    before: list(
      '你是说 你是问 你问的 你说的 您说的 关于您说的 关于您问的 您提到的 您是说 您是问 您说的那个 您问的 您问的是 是不是说 能不能 可不可以 ' +
        // "您是想找能治脚气的产品吗": asking what the buyer is after.
        '您是想找 您是要找 您是在找 你是想找 你是要找 ' +
        // "宝宝吃了会不会少生病这个我们不敢保证": whether it would, asked, not said.
        '会不会 是否能 能否 ' +
        // "您是想要效果最好的那款吗": asking which one the buyer is after.
        // Not 您想要/你说 alone: "你想要最好的就选这款", "你说哪家有这么便宜" make the claim.
        '您是想要 你是想要 您是要 你是要 您要的是 你要的是 ' +
        // "您问哪个最好用？": the buyer's question, repeated (not 您问 or 您说 alone, which 帮您问问 and 跟您说 hold).
        '您问哪 你问哪 您问是不是 您问能不能 您问会不会 您想问 你想问 您是想问 你是想问 ' +
        // "亲问最好的保养方式？": the buyer, addressed as 亲 or 宝子, asking (亲 is never the agent).
        '亲问最 亲问哪 亲问是不是 亲问能不能 亲是问 亲想问 亲是想问 宝子问最 宝子问哪 宝子是问 宝子想问 ' +
        // "儿科医生推不推荐": whether someone endorses it, asked in the A-not-A form, not said.
        '推不推 荐不荐 推没推 认不认 用不用 用没用 穿不穿 穿没穿',
    ),
    within: 10,
    note: '复述买家的问题（“您问的‘能不能治湿疹’”），不是客服的说法',
  },
  {
    id: 'quoted',
    categories: CLAIMS,
    quoted: true,
    within: 6,
    note: '加了引号的说法（“‘第一品牌’那几个字已经删了”“‘王牌飞行员’积木”）是在谈论这几个字或用作名字，写手几乎从不用引号来作宣传',
  },
  {
    id: 'questioned.which',
    categories: ['absolute'],
    // "哪个最耐脏我没法打包票", "哪款最适合您要看肤质": which one is best, asked or left open, not said. Only with 最 right
    // after it: "哪款都是最好的" says it of every one, "莫得哪家比我们更新鲜" of this one.
    before: list('哪个 哪款 哪种 哪一款 哪一个 哪一种 哪样').map((which) => `${which}最`),
    within: 0,
    note: '“哪个最耐脏我没法打包票”：问哪个最好或说不好哪个最好，不是说某一款最好',
  },
  {
    id: 'praised-buyer.rank',
    categories: ['absolute'],
    // "这次模考您排在班级第一名": the buyer's own rank, not the goods'.
    before: list('您排 你排 您考了 你考了 您拿了 你拿了 您得了 你得了 恭喜您 恭喜你 恭喜宝宝 恭喜孩子'),
    within: 4,
    note: '“这次模考您排在班级第一名，恭喜！”：说的是买家（学员）的名次，不是商品的排名',
  },
  {
    id: 'praised-buyer',
    categories: ['absolute'],
    before: list('您真是 你真是 您真的是 你真的是 您可真是 您就是 你就是 亲真是 亲您真是 您是 你是'),
    within: 1,
    note: '“您真是最懂行的买家”：夸的是买家，不是商品',
  },
  {
    id: 'name',
    categories: ['absolute', 'authority'],
    // "色号 No.1", "型号TOP1": a label, then a code that holds the rule word (the cue reaches into it). Only a code: a
    // word right after the label says something about the goods it names ("这个色号最显白", "色号绝对是今年最火的").
    before: list('品名 商品名 型号 款名 款式名 系列名 色号').flatMap((label) => list('no1 top1').map((code) => label + code)),
    within: 0,
    note: '款式、系列、色号的编号（“色号 No.1”）不是对品质的评价；紧跟名词说的“最显白”是在评价这个色号；名词后的空格仍是停顿（“同款色号 官方推荐的”）',
  },
  {
    id: 'name.is',
    categories: ['absolute', 'authority'],
    // "眉笔的型号是 王牌细芯", "色号是 至尊红": the name given after 是 and set off by a space. Only right after the space
    // (within 1): "型号是京东官方推荐的" says who recommends it, not what it is called. Not 颜色是 / 配色是 / 款式是: what
    // follows them is more often said of the goods than a name ("古法金的颜色是独一无二的", c275).
    before: list('型号是 型号为 色号是 款名是 品名是 商品名是 名字是 名称是 系列是 系列名是'),
    within: 1,
    setsOff: true,
    note: '“型号是 王牌细芯”：“型号是”后面隔着空格的是名字，空格像引号',
  },
  {
    id: 'name.code',
    categories: ['absolute', 'authority', 'offplatform'],
    before: list('型号 型号是 编号 编号是 款号 款号是 货号 货号是 款式编号 商品编号 产品编号'),
    within: 0,
    note: '“款式编号 VX2203”“型号 QQ-20”：紧跟在编号、型号后面的字母是商品的代码，不是联系方式或排名',
  },
  {
    id: 'name.called',
    categories: ['absolute', 'authority'],
    before: list('叫 叫做 名为 名叫 名字叫 全称是 全名是 全称 全名'),
    within: 3,
    setsOff: true,
    note: '“这款叫顶流系列”“名字叫 最美时光 茶”“型号叫 KX-Max”：叫后面是名字，名字前的空格像引号',
  },
  {
    id: 'name.suffix',
    categories: ['absolute'],
    after: list(
      '名字 名称 型号 是名字 是名称 是品名 是商品名 是型号 是款名 是款式 是系列 是色号 是颜色 款式 系列 ' +
      '色号 是品牌名 是店名 品牌名 店名',
    ),
    within: 0,
    note: '紧跟“系列”“色号”的是款式名（“顶流系列”“‘至臻’是系列名称”）；“最好的一款”中间隔着字，不算。“至尊款”这类见 absolute.ts 的白名单',
  },
  {
    id: 'name.set',
    categories: ['absolute'],
    after: [...NAMED_KINDS, ...list('这个版本 这个配色 这个颜色 那个版本 那个颜色')],
    within: 3,
    // "全拼多多销量第①的积木套装", "全网销量第一的花胶礼盒", "全国第一家首发配色": a ranking among other sellers' goods that
    // describes the set, not its name (a set's name ranks nothing against the market).
    unscoped: true,
    note: '“至尊修护套装”“‘极致黑’这个颜色”“配置最全的那个版本”：套装、颜色、版本的名字或说明（“全网最低价的套装”是在评价它，见 DESCRIBED_KIND_ALLOW）',
  },
  {
    id: 'name.slogan',
    categories: ['absolute', 'authority'],
    after: list(
      '是品牌的口号 是品牌口号 是口号 是广告语 是宣传语 是广告词 是宣传用语 是款号 是货号 是编号 款号 货号 ' +
        // "“No.1”是产品系列编号，并不是排名", "“销量第一”标签是平台榜单自动生成的": a number or a label, not a rank claimed.
        '系列编号 产品编号 序号 是序号 不是排名 并不是排名 不代表排名 标签是 的标签 是平台榜单 平台榜单自动 是平台自动 自动生成 ' +
        // "TOP1 排名是平台按销量自动给的": the rank given by the platform, not claimed by the shop.
        '排名是平台 是平台按 平台按销量 是平台给的 平台给的 系统自动 是系统给的 自动给的',
    ),
    within: 4,
    note: '“‘冠军之选’是品牌的口号”“标题里的‘NO.1’是我们的款号”：说明印在商品上的字是什么，不是客服的说法',
  },
  {
    id: 'name.printed',
    categories: ['absolute', 'authority'],
    after: list('字样 的字样 是图案 是印花 是刺绣 是搞笑文字 是装饰文字 是印的字 是印在 印在 是绣在 绣在'),
    // "T恤印的是“天下无敌”", "杯子上印着 最强打工人": the words printed on the goods, named right after the verb.
    before: list('印的是 印着 印有 印了 绣的是 绣着 绣有 图案是 印花是'),
    setsOff: true,
    within: 4,
    sentence: true,
    note: '“T恤上印的是‘NO.1’字样”“印着‘全球第一’是图案”“写着‘天下无敌’，是搞笑文字”：衣物、抱枕上的图案文字，不是对商品的评价',
  },
  {
    id: 'name.explained',
    categories: ['absolute', 'authority'],
    after: list(
      '的名称 的名字 的款式名 的系列名 的配色名 配色名称 名字是品牌起的 名字就叫 名字是 包装名字 的包装名字 ' +
        // "“至尊披萨”是套餐名", "“极品”是茶叶的等级名称": a set meal's or a grade's name.
        '套餐名 套餐的名字 菜名 等级名 等级名称 的等级 是等级 是系列名 是系列的名字 ' +
        // "至尊天鹅绒是供应商的面料名字": a fabric's or a material's trade name.
        '面料名 面料名字 面料的名字 布料名 材质名 材料名 工艺名 ' +
        // "「No.1 Street Runner」是这双的型号名".
        '型号名 的型号名 是型号名 型号名称 的型号名称 的系列编号 是系列编号 ' +
        // "「最润」是这款润唇膏的版本名", "“极光白”是颜色名": a version's, a colour's or a flavour's name.
        '版本名 的版本名 是版本名 色名 的色名 是色名 颜色名 的颜色名 是颜色名 的款名 是款名 口味名 的口味名 香型名 的香型名 ' +
        // "“王牌护臀膏”是商品名", "“至尊王者”是产品名称", "“最美时光”是灯效模式名".
        // Led by 的 or 是, so a name given after a claim ("全网最好的音箱 灯效模式名叫彩虹") explains nothing of it.
        '是商品名 的商品名称 是商品名称 的产品名称 是产品名称 的产品名 是产品名 的模式名 是模式名 的灯效模式名 的功能名 的档位名',
    ),
    within: 12,
    sentence: true,
    note: '“最强王者是这款键盘的配色名称”“名字叫 最美时光 茶 … 名字是品牌起的”“‘第一名’是礼盒的包装名字”：解释这几个字是名字',
  },
  {
    id: 'name.numbered',
    categories: ['absolute'],
    // "No.1 色和 No.3 色", "No.1是词汇，No.2是语法": No.1 beside its siblings numbers a series, it ranks nothing.
    after: list('No.2 No.3 No.4 No.5 NO.2 NO.3 Top2 Top3 TOP2 TOP3'),
    within: 6,
    sentence: true,
    note: '“No.1 色和 No.3 色”“No.1是词汇，No.2是语法”：和 No.2、No.3 并列的 No.1 是编号，不是排名',
  },
  {
    id: 'name.style',
    categories: ['absolute', 'authority'],
    after: list('风 风格'),
    within: 0,
    note: '“宫廷风”“国风”是设计风格，不是背书',
  },
  {
    id: 'advice.referral',
    categories: ['medical'],
    // "防病的事请听疾控的建议", "治疗的问题还是咨询医生": the effect made a topic (的事, 的问题) and handed to the people
    // who treat it. Not the referral alone: "能降血压，建议咨询医生后服用" still claims the effect.
    // "鼻炎的事问医生": handed straight to a doctor, with no 请 (not 的事找 alone: "治腰疼的事找我们就对了").
    after: list('的事 的事情 的问题 方面').flatMap((topic) => [
      ...list('请 请您 还是 建议 建议您 最好 您还是').flatMap((then) => list('咨询 听 遵 问 找 去医院 看医生').map((whom) => topic + then + whom)),
      ...list('问医生 找医生 问大夫 找大夫 咨询医生 听医生 去医院 看医生').map((whom) => topic + whom),
    ]),
    within: 0,
    note: '“防病的事请听疾控的建议”：把疗效当话题交给医生或疾控，不是说商品有这个作用',
  },
  {
    id: 'advice.doctor-decides',
    categories: ['medical'],
    // "家里人身体有情况的话，一定以医院的治疗为主", "听医生的治疗方案": the doctor's word made the rule for the treatment
    // that follows (medical.ts's see-doctor holds the plain referrals, 遵医嘱, 咨询医生). Not after the claim: "这款茶能降
    // 血压，一切以医生意见为准" still claims the effect.
    before: [...DOCTOR_DECIDES, ...list('以医院的 以医生的 以医院 以医生 听医生的 听从医生的')],
    within: 2,
    note: '“一定以医院的治疗为主”“听医生的治疗方案”：让医生说了算，是提醒不是宣称功效',
  },
  {
    id: 'cannot',
    categories: ['medical', 'promise'],
    after: list('不了 不到 不好'),
    within: 0,
    note: '“降不了血压”“治不好”：能力的否定',
  },
];
