// 服务态度: curt, impatient or brush-off replies that are no insult but read as 不耐烦 or 推脱 (「急什么」「别问了」
// 「自己看物流」「找快递去」). Every platform scores service attitude (拼多多's 服务态度提醒 in platforms/pinduoduo.ts
// cites its own pop-up). Shapes rather than sentences: a brush-off verb aimed at the buyer, a rhetorical 「能不能…」
// telling the buyer to stop, the buyer sent elsewhere. Polite forms stay clean: 「您往上翻一下聊天记录哈」.
import { ATTITUDE_BASIS } from './basis';
import { MAY_RETURN } from './boundaries';
import { list, type RuleSection } from './define';

/** "我不管", "售前不管": the matter refused, a claim only where the clause ends (see attitude.not-ours). */
// 我不教 likewise ("唔识装就送去维修店，我唔教", c299); "我不教您写" refuses to dictate a review, no brush-off.
const NOT_OUR_BUSINESS = list('我不管 我们不管 咱不管 这边不管 售前不管 我才不管 我不教 我才不教 我可不教');

/** Verbs of 「爱拍就拍」「爱咋说咋说」: what the buyer is left to do as they please. */
const AS_YOU_LIKE_VERBS = list('拍 买 要 用 穿 戴 洗 泡 放 玩 养 做 修 退 换 等 说 弄 装 织 整 搞 选 看 租 冲 评 信 投诉 处理 吃 喝 来 去 写');

/** Looking something up: the verbs of 「不会查吗」「自己不会看」 thrown back at the buyer. */
// 算 称 刷新: "满减自己不会算吗", "你自己不会称一下猫吗", "不会自己刷新吗" (c82, c85, c130).
const LOOK_UP = list('查 看 点 翻 找 搜 用 量 读 算 称 刷新');

/**
 * Counting answers in times rather than 遍: "我已经回答您三次了", "这都说了多少次了" (only after a verb of answering); 讲 and
 * the count right after 已经 + the verb ("讲了三次啦，还要问", "这个问题我已经回答三次了"): c80, c106.
 */
const TIMES_ANSWERED = list(
  '说了 问了 回答了 回复了 解释了 回答您 回复您 回答你 回复你 跟您说了 跟你说了 讲了 讲过 说过 回答过 回复过 已经回答 已经回复 已经说 已经讲',
).flatMap((verb) =>
  list('两 三 四 五 好几 几 多少').map((count) => `${verb}${count}次`),
);

/** Told not to hurry or ask again, in Mandarin and dialect negative imperatives: "别催了", "咪催啦", "莫再问" (Shanghainese 覅 is read as 别). */
const DO_NOT = list('别 咪 莫 甭 唔好 勿');
// 嘈: 粤语 吵 ("唔好嘈", "咪嘈啦").
const STOP_ASKING = DO_NOT.flatMap((no) => list('催 再催 一直催 老催 问了 再问 一直问 老问 嘈').map((verb) => `${no}${verb}`)).concat(
  // 不要 only with 催: "这种小问题不要一直催" hurries the buyer off, "不要再问别人了 直接问我" does not.
  list('不要催 不要再催 不要一直催 不要老催'),
);
/** A demand thrown at the buyer with a rhetorical tag: "说清楚行不行", "看仔细点好不好", "快点行吗". */
// 直说: "你到底要干嘛 直说行不行" (recall25b).
const DEMANDS = list('说清楚 讲清楚 看清楚 看仔细 看仔细点 认真看 认真点 快点 想好 想清楚 别问了 别催了 直说');
const DEMAND_TAGS = DEMANDS.flatMap((demand) => list('行不行 好不好 行吗 好吗 可以吗').map((tag) => `${demand}${tag}`));
/** The buyer sent to someone else to be rid of them: "您找京东客服去吧", "找售后去", "问物流去". */
const SEND_TO = list('快递 厂家 平台 客服 售后 官方 品牌 物流 商家 师傅 安装师傅 京东客服 淘宝客服 平台客服 官方客服 京东官方 快递公司 主播 仓库');
/** "找快递去", and the order before the place: "你去问主播", "您去找厂家" ("您可以去问一下快递" has neither). */
const SENT_ELSEWHERE = SEND_TO.flatMap((where) => [`找${where}去`, `问${where}去`, `你去问${where}`, `你去找${where}`, `您去问${where}`, `您去找${where}`]).concat(
  // Without 去 but ending the clause: "你问快递吧", "你找厂家吧" ("您可以问一下快递" has neither the bare 你 nor the 吧).
  SEND_TO.flatMap((where) => [`你问${where}吧`, `你找${where}吧`]),
  // The same with 粤语 啦 closing it ("唔知 你问快递啦"; recall25b).
  SEND_TO.flatMap((where) => [`你问${where}啦`, `你找${where}啦`]),
);

/** A whole reply of one grunt or refusal ("嗯", "不知道", "不支持。"); the same words inside a sentence are fine. */
const CURT = list('嗯 哦 噢 喔 哼 呵呵 行 行吧 行了 随便 不知 不知道 不清楚 不支持 不行 不能 没办法 莫得办法 没得办法 莫得 自己看 知道了 然后呢 所以呢 没货 没有 没了 不退 不换 不补 已读 没空 在忙 忙着呢 等会');
/**
 * Curt words that make a reply only with another such word ("我很忙 有事快说", "没空 晚点再说", "嗯 就这样"): whole
 * words too, but not paired up in CURT_PAIRS (the checker reads a draft of several whole words as such a reply).
 */
const CURT_PARTS = list(
  '等 等吧 慢慢等 就这样 就这样吧 没得商量 没商量 没得谈 晚点再说 晚点说 等会再说 有事快说 有事说事 我很忙 很忙 下班了 退不了 换不了 发了 没货了 没得货了 下一个 一会 一会儿 晓得了 ' +
    // Busy elsewhere, and later: "没空，在直播呢，一会再说" (each part alone is a fair status line).
    '在直播 在直播呢 直播呢 播着呢 一会再说 一会儿再说 待会再说 回头再说 ' +
    // Told not to wait, a shrug, busy with a note to leave one, not understood and said again, 粤语 系咁(㗎)啦 (that's how it is):
    // "没有，没货，别等了", "哦 那你退款吧 无所谓", "我这边很忙 有事留言", "你说啥？没听懂 重说", "係咁㗎啦 冇辦法" (recall25b).
    '别等了 无所谓 没所谓 那你退款吧 我这边很忙 这边很忙 有事留言 你说啥 没听懂 重说 系咁啦 系咁㗎啦',
);
/** Refusals repeated as their own reason: "没货就是没货", "不行就是不行", "规定就是规定". */
const TAUTOLOGIES = list('不行 不能 没货 缺货 断货 缺码 断码 没码 没有 没了 不退 不换 不包邮 不支持 规定 规矩 发了 这个价 这价 改不了 退不了').map((refusal) => `${refusal}就是${refusal}`).concat(
  // 粤语 系 for 是, 唔得 (read 不得) for 不行: "唔得就系唔得" (recall25b).
  list('不得 不行 没货 没得 不退 不换').map((refusal) => `${refusal}就系${refusal}`),
  // "说了没办法就是没办法" (recall25b).
  ['没办法就是没办法'],
);
/**
 * Damage shrugged off as its own answer: "碎了就碎了", "袋子破了就破了", "死了就死了" (the goods' fault said and left there;
 * one writer each, every train draft of the shape risky).
 */
const DAMAGE_SHRUGGED = list('碎 破 坏 漏 丢 脏 歪 裂 化 断 死 少 错 晚 慢 烂 皱 掉').map((damage) => `${damage}了就${damage}了`).concat(
  // The mistake shrugged the same way, then the buyer told to make do ("发错了就发错了 凑合用呗"): c284.
  list('发错 寄错 拿错 装错 漏发').map((mistake) => `${mistake}了就${mistake}了`),
  list('凑合用呗 凑合着用呗 将就用呗 将就着用呗'),
);
/** The rule given as the whole reason: "规定就是这样", "系统就这样" (no explanation, no way offered). */
const THATS_THE_RULE = list('规定 规矩 规则 政策 系统 平台规定 公司规定 我们规定').flatMap((rule) => [`${rule}就这样`, `${rule}就是这样`]);
/** Take it or leave it, the choice thrown back: "要不要自己定", "买不买随你", "拍不拍你自己看着办". */
// 用: "用不用随你，反正我说完了" (recall25b).
const YOUR_CALL = list('要 买 拍 退 换 用').flatMap((verb) => list('自己定 你自己定 您自己定 随你 随您 随便 看着办 自己看着办').map((left) => `${verb}不${verb}${left}`));
/** The buyer hurried to decide, with 到底: "到底买不买啊", "你到底拍不拍" (impatience, no insult; not 到底要不要: "这个到底要不要预约" is a question). */
const DECIDE_ALREADY = list('买 拍').map((verb) => `到底${verb}不${verb}`);
/** An ultimatum: the choice asked, then the refusal's consequence ("拍不拍 不拍我下播了", "买不买 不买别问了"; 要不要不要 is also 「要不要不要紧」). */
const ULTIMATUMS = list('买 拍').map((verb) => `${verb}不${verb}不${verb}`);
/**
 * Talk of the problem called useless now the order is placed: "拍都拍了 现在说这些有啥用", "说这个也没用" (in Sichuanese
 * 有啥子用). "说这些" names what the buyer just said; the polite "现在说明一下" never runs into 有啥用.
 */
const NO_USE_SAYING = list('说这些 说这个 讲这些 讲这个 现在说 现在才说').flatMap((said) =>
  list('有啥用 有什么用 还有啥用 还有什么用 有啥子用 有个啥用 也没用 没啥用 有用吗').map((useless) => said + useless),
);
/** "其他的莫多说", "别多说了": the buyer told to say no more, as 「别问了」 (DO_NOT's imperatives). */
const SAY_NO_MORE = DO_NOT.map((no) => `${no}多说`);
/** A refusal said to be said already: "说了不议价", "都说了不包邮" ("我说了不算" is no refusal). */
const SAID_NOT = list('议价 讲价 砍价 退 换 包邮 支持 行 改 补 送').map((refusal) => `说了不${refusal}`);
/** What follows a grunt in a two-part brush-off: "哦 然后呢", "没货 下一个", "嗯 还有事吗", "已读。下一位。", "嗯 看详情". */
const DISMISSALS = CURT.concat(list('下一个 下一位 还有事吗 还有事没 看详情 看详情页 看主图 看图'));
/** Whole replies of two such parts: a grunt or a refusal, then a dismissal. */
const CURT_PAIRS = CURT.flatMap((first) => DISMISSALS.filter((second) => second !== first).map((second) => first + second));
/** Refusals that make a whole reply when stacked ("没有。不行。不支持。") or said again ("说了 没货"). */
const REFUSALS = list('没有 不行 不能 不支持 不退 不换 不补 没货 没办法 不知道 不清楚 不包邮');
/** "说了 没货", "早说了 不行": the refusal repeated with a reminder that it was said (说了没有 asks whether it was). */
const SAID_REFUSALS = list('说了 说过了 早说了 讲了 讲过了').flatMap((said) => REFUSALS.filter((word) => word !== '没有').map((word) => said + word));
const STACKED_REFUSALS = REFUSALS.flatMap((a) => REFUSALS.filter((b) => b !== a).flatMap((b) => REFUSALS.filter((c) => c !== a && c !== b).map((c) => a + b + c)));
/** A shrug said with 呗 or 咯 ("没办法呗", "随便咯"); 啊 and 啦 are left alone, they soften as often as they shrug. */
const CURT_SHRUGS = CURT.flatMap((word) => [`${word}呗`, `${word}咯`]);

/** The buyer sent away from the goods: "就别买", "就不要用", "嫌贵别装". */
export const DONT_BUY = list('就别买 就别用 就别冲 就别装 就别学 就不要买 就不要用 嫌贵别 嫌贵就别 嫌贵就不要');
/** What follows 就别用/就别冲 in advice on how to use the goods ("不会用就别用力拧", "不懂就别用开水冲"), not a sneer. */
export const DONT_BUY_ADVICE = list('力 手 热 冷 开水 凉水 错 混');

/** How often the agent answered, counted as too often ("说了三遍", "问了八百遍", "讲了八百回"). */
// 讲了三遍: "跟您讲了三遍您还不明白" (recall25b).
export const REPEAT_COUNTS = list('说了三遍 讲了三遍 八遍 百遍 八百回 八百次');
/** The count said kindly, the fault taken on ("说了三遍没关系", "问了八遍说明我没说清楚", "说了三遍了 可能我说得不清楚"). */
export const REPEAT_KINDLY = list('可能没注意 可能是我 可能我 没关系 也没关系 都没事 也没事 说明我没 说明是我');

export const ATTITUDE_RULES: RuleSection = {
  rules: [
    {
      id: 'attitude.impatient',
      category: 'attitude',
      severity: 'warn',
      words: list(
        '不是回答过了 不是说过了 也问 别再问 别催了 别老问 别问了 回答过了 天天问 往上翻翻 急什么 急啥 ' +
        '想好了再 我就一个人 早说过了 老问 能不能别催 能不能先看 说了不能 说过很多次 说过好几次 问个没完 ' +
        '问来问去 问过了 问那么多 ' +
        // Asked too finely, as 问那么多 ("问那么细做甚物，茶就是茶", c311; "你问这么细干啥 买就完了"). "您问得那么细，我详细说" has 得.
        '问那么细 问这么细 问咁细 ' +
        // Hurrying the buyer off: 催 turned back on them ("别催", "催也没用", "催啥").
        '别催 催也没用 催啥 催什么 再催也 急也没用 急有啥用 消停 ' +
        // The same question again: "又是你", "又咋了", "一遍一遍问".
        '现在忙 一遍一遍 又咋了 又怎么了 又是你 行了吧 都几点了 已经说过了 别问我 说多少遍 别再问了 那么多事 问那么多干嘛 ' +
        // "着急就别买预售的", "嫌慢就别拍": the buyer's wish turned into a reason not to buy.
        '着急就别 急就别 嫌慢就别 接受不了就别 ' +
        // "都说了没有", "该说的都说了": said before, so the buyer should stop asking; "再问一遍也是这个价", "别刷屏了".
        '都说了 说了多少遍 说了多少次 再问也 再问一遍也 再问几遍也 一直问一直问 别刷屏 ' +
        // Given in with a sigh: "行行行 给你退 满意了吧".
        '行行行 满意了吧 满意了吗 ' +
        // No time for the buyer: "我没空给你一个个解释".
        '没空给你 没空跟你 没空和你 没工夫跟你 一个个解释 ' +
        // Asking what else the buyer wants, to be rid of them: "嗯 还有事吗", "那你到底想咋样".
        '还有事吗 还有别的事吗 还有啥事 还有事没得 没得我去忙 没事我去忙了 到底想咋样 到底想怎样 到底想怎么样 到底要咋样 到底要怎样 ' +
        // "不是说了吗" (the 拼多多 服务态度 pop-up's own example), "刚才不是跟你说了".
        '不是说了吗 不是跟你说了 不是跟您说了 不是告诉你了 不是告诉过你 不是告诉您了 不是告诉过您 又是您 不是讲了 不是已经说了 刚才不是说 ' +
        // Done talking: "不想再说了", "别说了", "又是这个问题", "别一直问", "赶紧的".
        // Nothing more to say: "没什么好说的", "没啥好解释的".
        '没什么好说 没啥好说 没什么可说 没啥可说 没什么好解释 没啥好解释 ' +
        // Not reading, then asking; bought, then returning; asked for an hour; no more replies ("说明书你不看就来问",
        // "买了又来退 我们很忙的", "该说的我都说了", "后面的问题我就不再回复了", "催了也白催 要等就等").
        '不看就来问 不看就问 买了又来退 我们很忙的 该说的我都 就不再回复 我不再回复 不再回复您 不再回复你 聊天记录我没空 没空去翻 白催 要等就等 ' +
        '不想再说 不想多说 懒得说 懒得解释 懒得回 别说了 又是这个问题 别一直问 别老是问 别总问 赶紧的 磨磨蹭蹭 ' +
        // A small matter held against the buyer ("这种小问题也来问", "这种小事别找售后", "小问题就别发消息了"): c247, c253, c262.
        '小问题也来问 小问题还来问 小问题也要问 小问题就别 小问题别 小事别找 小事别来 小事就别 小事别问 ' +
        // The buyer's questions counted as too many, "行了行了" given in with a sigh, the buyer told to ask all at once or read
        // first ("你问题咋这么多", "哎呀你怎么这么多问题", "能不能一次性把问题问完", "你能不能自己先看看说明书再来问"): c65, c92, c99,
        // c119, c128, c154, c260.
        '问题咋这么多 咋这么多问题 怎么这么多问题 你这么多问题 行了行了 能不能一次性把 能不能一次把 能不能自己先 能不能先自己 能不能先学 ' +
        // Answered already: "刚刚不是回复您了吗", "解释多少回了"; the buyer's questions as a burden: "一次把问题问完".
        '一次说完 一次性说完 小事也来问 点事也来问 这也来问 这也要问 这都要问 这都得问 这也得问 这都来问 ' +
        '有完没完 不是回复您了 不是回复你了 不是回复过 刚刚不是说 刚刚不是回复 刚刚不是告诉 多少回了 一次问完 一次把问题问完 问题怎么这么多 问题这么多 问题真多 ' +
        '长话短说 别一直发 别老发 别在这磨 别磨了 还砍啥 等不及就别 等不了就别 ' +
        // The same in dialect: 粤语 我点知/等阵啦, 四川 搞快点/啥子都要问, 东北 得了吧你, "好烦哦" (上海 覅催 is read as 别催).
        '我点知 等阵啦 搞快点 啥子都要问 啥都要问 什么都要问 得了吧你 好烦啊 好烦哦 ' +
        // Not answering again: "这个问题我不想回答第二遍", "问这么多干嘛".
        '不想回答第 不想回答了 不想回答你 不想回答您 不想再回答 不想解释了 不想再解释 懒得回答 回答第二遍 说第二遍 问这么多干嘛 问这么多干什么 问这么多做什么 ' +
        // Asked again, so the same answer and no more: "答案还是一样的", "这都第几次了", "不再重复".
        '答案还是一样 答案都一样 第几次了 第几遍了 不再重复 不想重复 ' +
        // The buyer's question called a repeat ("我不重复了", "能不能别重复问", "重复好几遍了", "说多少次了", "一句话问三遍"):
        // c135, c138, c139, c150, c161, c169, c178. Not 说三遍 ("重要的事情说三遍").
        '不重复了 我不重复 别重复问 别再重复 别重复了 重复好几遍 重复n遍 重复多少遍 重复几遍了 说多少次 问三遍 问了三遍 跟你说三遍 跟您说三遍 ' +
        // Told to just look, or that a makeshift would do ("拿起来看一眼不行吗", "自己垫一下不就行了", "你别用不就完了"),
        // the rest not wanted ("其他的别跟我说"), no time for the buyer ("没空一条条回", "没时间回你"): c133, c139, c145,
        // c159, c183, c187, c219.
        '看一眼不行吗 看一下不行吗 翻翻不行吗 翻一下不行吗 不就完了 不就行了 别跟我说 没空一条条 没空一个个 没时间回你 没时间回您 ' +
        // The price not to be talked about and the tautology of damage ("就这价，不讲", "坏了就坏了"): c185, c214, c220;
        // the complaint route thrown at the buyer ("不服您去投诉"): c170.
        '就这价不讲 这价不讲 不服去投诉 不服您去投诉 不服你去投诉 不服就去投诉 ' +
        // Sent to complain or to find someone who knows, without an insult: filed under 服务态度 by most train writers
        // (were abuse words: 去投诉吧 4 : 2, 找个懂的人 3 : 0; 投诉去 5 : 2 in round 22 — the guide's 找快递去). The
        // contempt of 爱投诉投诉去 (as 爱买不买) stays abuse.ru-ma's.
        '去投诉吧 投诉去 找个懂的人 ' +
        // "烦不烦，说了在路上", "你爱信不信，反正我们是正品": impatience that insults nobody, by the guide and the train writers
        // (drafts the word alone decides 17 : 7 and 4 : 1 服务态度; were abuse's until round 20, tone20). With a jab at the
        // buyer beside it, abuse.brush-off-jab's.
        '烦不烦 爱信不信 ' +
        // Not answering in that detail ("没下单的不回答这么细"): c185; the question refused whole is attitude.wont-answer's.
        '不回答这么细 ' +
        // Everything asked, nothing read: "别什么都来问客服", "先把我上一条看完再回", "您是没看还是看不懂".
        '什么都来问 啥都来问 看完再回 没看还是 您想表达什么 你想表达什么 不用我教 还用我教 还要我教 ' +
        // The agent too busy for the buyer: "没空一个字一个字给您掰扯"; the buyer's demand repeated back: "退退退".
        '没空给您 没空跟您 没空和您 没空一个 没工夫跟您 掰扯 退退退 ' +
        // "我说几遍都一样" (counting, as attitude.repeated), "您想得倒挺美" (a polite sneer, filed under 服务态度).
        '说几遍 想得倒美 想得挺美 想得倒挺美 ' +
        // Sent to read first and come back: "先看完再来问", "看清楚了再来问" (as 看完再问).
        '看完再来问 看完了再来问 看清楚再来问 看清楚了再来问 看看再来问 想好再来问 想好了再来问 ' +
        // "一个挂耳问十几个问题，你先看完详情页再说吧", "这也要教？" (impatience, no insult: "这都要教？拧两个螺丝的事" is filed
        // 服务态度): c287.
        '看完详情页再说 看完详情再说 这也要教 这都要教 这也要人教 这都要人教 ' +
        // Not having looked before buying (said of the buyer, 服务态度 by the writers who filed it).
        '之前不看 ' +
        // More dialect: "问啥问" (what is there to ask; 粤语 问咩问/问乜问 are read as it), 粤语 "咁多嘢问", "乜都问" (read as 啥都问), 四川 "你要爪子".
        '问啥问 问什么问 咁多嘢问 啥都问 你要爪子 要爪子嘛 ' +
        // 粤语 "问咁多做乜" (做乜/做咩 read as 做啥: what for), "急都冇用" (急也没用), "催都冇用".
        '问咁多做啥 问这么多做啥 问那么多做啥 急都没用 催都没用 ' +
        // 别问我 with a dialect "don't": 粤语 咪/唔好, 四川 莫.
        '咪问我 莫问我 唔好问我 ' +
        // Busy, a repeat refused, small questions, out of stock said twice, an invoice too much trouble, no teaching (c293, c298,
        // c299; "我这忙着呢", "不要重复问", "呢啲小问题都要问", "冇货就冇货，等唔到就算", "开发票好麻烦，唔开啦",
        // 粤语 答过晒 / 咁多要求): every train draft with 忙着呢 (40) is risky, all 服务态度.
        '忙着呢 不要重复问 不要再重复问 小问题都要问 小问题都来问 没货就没货 缺货就缺货 断货就断货 等不到就算 等不到就别 ' +
        // "运费险没有就没有，侬自己出", "发票𠀾开，没有就没有，不要再问了" (吴语 c304, 潮汕 c311; as 没货就没货).
        '没有就没有 ' +
        '开发票好麻烦 开发票很麻烦 开发票太麻烦 开票好麻烦 开票太麻烦 答过晒 讲过晒 咁多要求 ' +
        // Told to stop bothering the agent, no insult ("别烦我了，我在忙"): impatience by the round-12 line (were abuse.ru-ma's;
        // train writers after c76 file it 服务态度, the regression set has none).
        '别烦我 ' +
        // Round 25 (recall25b): the buyer's messages as flooding ("能不能别一直刷屏 烦"), what the buyer wants asked in
        // exasperation ("你到底要干嘛", "您到底想好了没有，别再改了"), answered above ("上面回过了，不含包装盒"), asked only
        // now it broke ("买之前不问 现在坏了才来问", "花都扔了才来要售后"), the buyer's standard called too high ("能用就行了，要求别
        // 那么高"), 粤语 "唔好咁多嘢讲" (as 咁多嘢问).
        '别一直刷屏 别老刷屏 别再刷屏 不要刷屏 不要一直刷屏 到底要干嘛 到底想干嘛 到底要干啥 到底想干啥 到底想好了没 ' +
        '上面回过了 上面回复过了 上面说过了 上面讲过了 上面回答过了 坏了才来问 现在才来问 才来要售后 才来找售后 ' +
        '要求别那么高 要求别太高 要求别这么高 要求不要那么高 别要求那么高 咁多嘢讲',
      ).concat(TAUTOLOGIES, DAMAGE_SHRUGGED, TIMES_ANSWERED, STOP_ASKING, DEMAND_TAGS, SAID_NOT, NO_USE_SAYING, SAY_NO_MORE),
      reason: `${ATTITUDE_BASIS}；“急什么”“别问了”“说过了”一类不耐烦的说法容易引发投诉`,
      suggestions: ['我再为您说明一下', '理解您着急，我这边马上帮您跟进', '您看这样可以吗'],
    },
    {
      id: 'attitude.what-more',
      category: 'attitude',
      severity: 'warn',
      // "赠品没了就没了，你还想怎样": asking what else the buyer wants, to be rid of them, as 到底想咋样 (train writers:
      // attitude in the 5 drafts holding it, 5 writers, none abuse; 你还要咋样 stays abuse's, filed so by its two). Only
      // closing its clause: "您看还想怎样处理" asks how to help.
      words: list('还想咋样 还想怎样 还想怎么样'),
      claimAtEnd: { words: list('还想咋样 还想怎样 还想怎么样'), followers: list('啊 呀 嘛 呢 吧 哦 啦 咯 哈') },
      reason: `${ATTITUDE_BASIS}；“急什么”“别问了”“说过了”一类不耐烦的说法容易引发投诉`,
      suggestions: ['我再为您说明一下', '理解您着急，我这边马上帮您跟进', '您看这样可以吗'],
    },
    {
      id: 'attitude.brush-off',
      boundary: { start: MAY_RETURN },
      category: 'attitude',
      severity: 'warn',
      words: list(
        '您找快递去 你找快递去 找快递去 找厂家去 找平台去 又不是我们能管 又不是我们的问题 不是我们能管的 ' +
        '自己看物流 自己查物流 自己去查 自己去看 您说啥就是啥 你说啥就是啥 行吧行吧 随您便 ' +
        // The buyer sent to take it up with the courier alone ("我都冇办法，你自己同快递讲啦", 粤语 同 / 讲 for 跟 / 说): c299.
        '你自己跟快递说 你自己跟快递讲 你自己同快递讲 你自己同快递说 ' +
        '爱退不退 那我们也没办法 跟我说没用 不要就算 ' +
        // "出不出苗那是你的事", "问了也白问": the outcome put on the buyer, asking called useless (not 明白问).
        '是你的事 也白问 都白问 问了白问 ' +
        // The buyer left to find a way, or the agent unable to handle it and saying no more ("你自己想办法咯", "要换就拍个新的，
        // 我这边没法处理"): every train draft of them risky; the agent handing it on right after ("我这边处理不了，我帮你转给
        // 售后主管") is attitude.help-follows.
        // 想辙 / 想招 for 想办法 in northern speech ("您自个儿想辙吧", 自个儿 read as 自己).
        '自己想办法 自己想辙 自己想招 ' +
        list('我这边 我这儿 我这里 俺这儿 俺这边').flatMap((here) => [`${here}处理不了`, `${here}没法处理`, `${here}解决不了`]).join(' ') + ' ' +
        // The blame put back on the buyer ("你自己没量好尺寸，怪不了我们", "你那头发本来就毛躁，怪不了梳子"; "这真怪不了您" is kind):
        // c131, c145; a dislike shrugged off ("花就长这样，不喜欢也没办法", "口味不喜欢那没办法"): c103, c245.
        '怪不了我们 怪不了我 怪不了咱 怪不了店家 怪不了商家 怪不了产品 怪不了东西 怪不了梳子 喜欢也没办法 喜欢那没办法 喜欢就没办法 ' +
        // Blaming the buyer or turning the question back on them.
        '下次看清楚 你到底买不买 你到底要不要 您到底要不要 随你便 你自己选的 您到底买不买 您自己选的 看清楚再拍 ' +
        '管不了 谁让你不看 谁让您不看 问快递去 那你想怎么样 那您想怎么样 ' +
        // Not my business: "别来找我", "关我啥事", "规矩就这样".
        // "税是你自己要交的 跟我们没关系" (both writers who wrote it filed it under 服务态度).
        '跟我们没关系 跟我们没有关系 '+
        // 关我（们）什么事, 跟我（们）有什么关系 (were abuse.chong-zhuang's: train writers 20 : 7 服务态度 over the family).
        '关我什么事 关我们什么事 关我们啥事 跟我有什么关系 跟我们有什么关系 ' +
        '不关我事 关我啥事 别来找我 别找我 找别人 就这速度 不爱听 ' +
        // The same in dialect: 四川 莫找我/莫得关系, 粤语 咪揾我/唔好揾我 (揾 read as 找).
        '莫找我 莫来找我 咪找我 唔好找我 跟我们莫得关系 跟我莫得关系 和我们莫得关系 ' +
        // Asking the agent is no use: "问我也没用", 四川 "问我也莫用".
        '问我也没用 问我都没用 问我也莫用 ' +
        // Not the agent's part, said with a shrug ("发货慢是仓库的事，问我我也不知道", "券领不了…又不是我发的"), the buyer's
        // question called useless ("我这边很忙，你问点有用的"): c284, c285.
        '问我我也不知道 问我也不知道 问我我哪知道 又不是我发的 又不是我定的 又不是我们发的 又不是我们定的 问点有用的 问些有用的 问点正经的 ' +
        // Sent to anyone else, no insult ("你爱找谁找谁", "不懂就去问别人"; were abuse.chong-zhuang's, as were 问别人去 and
        // 爱咋整, which attitude.ask-elsewhere and attitude.as-you-like read: train writers 6 : 1 服务态度).
        '爱找谁找谁 去问别人 问别人去 ' +
        // Not the agent's concern, or the price as final: "这个我不负责", "我不管了", "反正就这价".
        '这个我不负责 这我不负责 这个我们不负责 这个我不管 这我不管 我不管了 反正就这价 反正就这个价 反正就这样 ' +
        // Not the agent's job: "这个不归我管 你找平台".
        '不归我管 不归我们管 不归我们这边管 不归客服管 ' +
        '问物流找 ' +
        // A grudging "then do it": "退就退", "那你退吧", "下回别在我家买"; the buyer's want turned into a send-off,
        // "不要就退" (claimAtEnd: "不要就退回来，运费我们出" offers the return). "能退就退" and "该退就退" are help
        // (boundary: 退就退 starting inside 能退).
        '退就退 要退就退 不要就退 不想要就退 不想要你就退 不想要您就退 不要你就退 那你退吧 那您退吧 下回别 下次别来 ' +
        // "找我有什么用", "我也没辙": the buyer's problem is not ours.
        '找我有什么用 找我有啥用 找我也没用 找我没用 跟我说也没用 说有啥用 说有什么用 没辙 ' +
        // Not our part of the deal: "那是快递的事", "我们只管卖", "快递又不是我开的", "尺寸就那样", "我们这边不处理".
        '说什么就是什么 看着办 ' +
        '是快递的事 快递的事找快递 你自己的事 你自己解决 只管发货 只管卖 只负责卖 只负责发货 ' +
        '又不是我开的 又不是我家开的 又不是我们开的 我又不是快递 就那样 这边不处理 管不着 我也改不了 换家店买 换个店买 换一家买 ' +
        // Not understood, so dropped: "看不懂就算了", "不买就算了".
        '看不懂就算了 不懂就算了 不要就算了 不买就算了 不信就算了 ' +
        // The buyer's review shrugged off: "想怎么评就怎么评".
        '怎么评就怎么评 咋评就咋评 ' +
        // Blame handed on with the problem: "这不是我们的问题，您找快递".
        '不是我们的问题 不是我们这边的问题 ' +
        // "别怪产品", "别再找我了".
        '别怪产品 别怪商品 别怪衣服 别怪鞋子 别怪东西 别怪质量 别再找我 别再来找我 ' +
        // Left to it: "爱咋咋地", "没人逼你买", "早干嘛去了" (a shrug or a reproach, no insult; the 2026 guideline files
        // them under 服务态度, as the round-11 writers did).
        // The review left to the buyer, the explaining given up, the buyer sent to another shop, all without an insult
        // ("你爱咋评咋评", "跟你说不清 算了", "那你去别家看看吧"): the train writers file them under 服务态度 (6, 7 and 5
        // writers, against 1, 0 and 0 for 辱骂); they were abuse.ru-ma's and abuse.chong-zhuang's.
        '爱咋评 爱怎么评 跟你说不清 跟您说不清 跟你说不明白 跟您说不明白 那你去别家 那您去别家 ' +
        '爱咋咋 爱咋咋地 没人逼你 没人逼您 没人拦你 没人拦您 没人拦着你 没人拦着您 早干嘛去了 早干什么去了 别来问我 ' +
        // The buyer's worry waved off as a fuss ("有点黄叶很正常，别大惊小怪"): four train writers filed it under 服务态度.
        // Not 不是大惊小怪 ("您这不是大惊小怪，我们理解").
        '别大惊小怪 不要大惊小怪 别那么大惊小怪 不要那么大惊小怪 有什么好大惊小怪 有啥好大惊小怪 ' +
        // Round 25 (recall25b): the buyer's own unwillingness as the end of it ("图就这些，不想拍就算了"), hindsight held
        // against the buyer ("颜色不对？那你当初别选啊"), the matter disowned and the buyer sent to fight the platform
        // ("退款不是我在管的，你自己去跟平台吵").
        list('拍 买 要 等 退 换 用').map((verb) => `不想${verb}就算了`).join(' ') + ' ' +
        '当初别选 当初别买 当初别拍 当初就别 不是我在管 不是我管的 跟平台吵 跟快递吵',
      ).concat(SENT_ELSEWHERE, THATS_THE_RULE, YOUR_CALL, ULTIMATUMS, DECIDE_ALREADY),
      // "如果不是我们的问题，运费…": a condition; "您可以自己去查一下": an offer of a way. Neither is a brush-off.
      // "别处搜到的同名店跟我们没关系": another shop disowned, not the buyer's matter.
      unless: { words: list('如果 若是 要是 假如 万一 确认 核实 您可以 你可以 也可以 同名店 同名的店 冒名 假冒 仿冒 山寨'), within: 4 },
      // With the buyer named between ("不想要你就退"): recall25b.
      claimAtEnd: { words: list('不要就退 不想要就退 不想要你就退 不想要您就退 不要你就退'), followers: list('呗 吧 嘛 呀 啊 咯 喽') },
      reason: `${ATTITUDE_BASIS}；把买家推给快递、厂家或让其“自己看”，属推脱敷衍`,
      suggestions: ['我这边帮您联系快递核实一下', '我帮您查一下，稍等', '我来为您处理'],
    },
    {
      id: 'attitude.too-dear',
      category: 'attitude',
      severity: 'warn',
      // "嫌贵的话 建议您去别家看看", "嫌贵就别买", "嫌慢别拍": the buyer's complaint turned into a send-off. Dismissive,
      // but no insult: the round-11 writers and the 2026 guideline file it under 服务态度 (爱买不买 and 不买拉倒,
      // contempt for the sale itself, stay abuse).
      words: list('嫌贵 嫌慢 嫌麻烦 嫌这嫌那 嫌不好'),
      // 粤语 唔好买 (read 不好买): "嫌贵就唔好买" (recall25b).
      near: { words: list('去别家 别家 去拼 别买 别拍 别在这 出门 慢走 去别的 别来 不好买'), within: 14 },
      reason: `${ATTITUDE_BASIS}；用“嫌贵就去别家”“嫌贵别买”一类的话打发买家，属推脱敷衍`,
      suggestions: ['理解您的顾虑，我帮您看看有没有合适的优惠'],
    },
    {
      id: 'attitude.stop-sending',
      category: 'attitude',
      severity: 'warn',
      // The buyer told to stop messaging: "别发了 烦", "别再发了" (impatience, as 别一直发; no insult).
      // "别再发消息了", "晚上别发消息 睡了不回" (c187, c260).
      words: list('别发了 别再发了 不要再发了 别老发了 别发消息 别再发消息 不要再发消息 别老发消息'),
      // "qq号就别发了", "截图就别发了": no need to send something, not the buyer told to be quiet.
      unless: { words: ['就'], within: 0 },
      reason: `${ATTITUDE_BASIS}；“别发了”一类让买家别再发消息的说法属不耐烦`,
      suggestions: ['您慢慢说，我都在看', '我这边在处理了，有进展马上告诉您'],
    },
    {
      id: 'attitude.written-there',
      category: 'attitude',
      severity: 'warn',
      // "It is written there" as the whole answer: "详情页都写了", "写得清清楚楚", "尺码表上写得很清楚了".
      words: list(
        // (The doubled 「写得清清楚楚」 is abuse.spelled-out.)
        '都写了 都写着 写得很清楚 写得很明白 写的很清楚 ' +
        // Said, not written: "直播间说得很清楚了".
        '说得很清楚 说的很清楚 讲得很清楚 说得很明白 说的很明白 讲得很明白 ' +
        // "页面上白纸黑字写着", "白 纸 黑 字 标着".
        '白纸黑字',
      ),
      // "详情页面料说明里都写了哦，我也可以发给您": a pointer with a soft particle, not a brush-off.
      unlessAfter: { words: list('哦 呢 哈 呀 啦 哟 喔'), within: 1 },
      reason: `${ATTITUDE_BASIS}；只丢一句“都写了”“写得很清楚”让买家自己去看，属推脱敷衍`,
      suggestions: ['我把这部分说明给您摘出来：', '我帮您指一下位置'],
    },
    {
      id: 'attitude.curt-reply',
      category: 'attitude',
      severity: 'warn',
      whole: true,
      // The whole reply is one grunt or refusal: "嗯", "哦", "不知道", "不支持。" (the same words in a sentence are fine).
      words: CURT.concat(list('下一位'), CURT_PARTS, CURT_PAIRS, CURT_SHRUGS, SAID_REFUSALS, STACKED_REFUSALS),
      reason: `${ATTITUDE_BASIS}；整条回复只有“嗯”“不知道”“不支持”一类的一个词，买家会觉得被敷衍`,
      suggestions: ['好的，我马上帮您处理', '这个我帮您问一下，稍等', '抱歉，这款暂不支持，我帮您看看其他办法'],
    },
    {
      id: 'attitude.bare-pointer',
      category: 'attitude',
      severity: 'warn',
      // The buyer pointed elsewhere in two words and left there: "不知道 问快递", "随便你".
      words: list('问快递 随便你 随便您'),
      // "我帮您问快递": an offer; one-character cues are looked up beside the word, not scanned.
      unless: { words: list('可以 麻烦 请 您 辛苦 方便 也 都 帮 我'), within: 2 },
      // "随便你挑", "随便您哪天来取": a free choice, not a brush-off.
      unlessAfter: { words: list('挑 选 拿 哦 呢 哈 呀 啦 哪 怎 什 几 啥'), within: 1 },
      reason: `${ATTITUDE_BASIS}；只丢一句“问快递”“随便你”就不管了，属推脱敷衍`,
      suggestions: ['我帮您查一下，稍等', '我把位置指给您：'],
    },
    {
      id: 'attitude.do-it-yourself',
      category: 'attitude',
      severity: 'warn',
      // The buyer told to help themselves: 自己 + a look-it-up verb ("您自己看吧", "自己翻记录", "自己理解去").
      words: list('自己弄 自己对 自己装 自己折腾 自己找 自己查 自己点 自己理解 自己申请 自己看 自己研究 自己翻 自己量 自己百度 自己搜').concat(
        // 粤语 搞掂 (搞定): "呢啲自己搞掂佢".
        list('自己搞掂'),
        // 自个儿 for 自己, more verbs of finding out, and 自己看 spelled whole ("zi ji kan 说明书"): c149, c157, c159, c180, c200.
        list('自个儿看 自个儿翻 自个儿查 自个儿找 自己琢磨 自己打字 zijikan'),
        // Sent to look it up somewhere else ("自己去官网查保修", "自己去App里看", "您自己去出版社官网查"): c132, c155, c248.
        list('自己去 自己上').flatMap((go) => list('官网 app 网上 出版社 厂家官网 品牌官网').map((where) => go + where)),
      ),
      // "您可以自己看一下订单页": an offer, not a brush-off (cues of two characters or more: single characters would
      // match everywhere and slow every check).
      // "尺码需要您自己量一下": what only the buyer can do, said as a need.
      // "我教您自己装", "我带你自己设置一遍": the agent teaching the buyer to do it (not "我不教你，自己查": 我教你 is not in it).
      // "质量您收到自己看，不满意可以退": the goods inspected on arrival, an offer.
      // "编号发您自己上官网查": the agent hands over what to check it with.
      unless: { words: list('可以自己 也能自己 能自己 方便自己 我们自己 我自己 需要您 需要你 需要自己 要自己 得自己 需自己 我教你 我教您 我来教你 我来教您 我带你 我带您 收到 到货 拿到货 发您 发你 发给您 发给你'), within: 2 },
      // "好评差评都是您自己决定的": a statement about the buyer's choice, not an order; "这款置物架自己装很简单": how easy
      // the goods are to set up, not the buyer left alone.
      // "自己装有一定风险", "自己装容易压坏排线": doing it oneself advised against, not the buyer sent away.
      // 粤语 好 for 很: "自己搞掂好容易".
      // "您自己看合不合脚": the fit weighed by the buyer, advice (an A-not-A question after it).
      unlessAfter: { words: list('的 很简单 很方便 很容易 好简单 好方便 好容易 非常简单 非常方便 也很简单 超简单 挺简单 不难 也不难 有一定风险 有风险 风险大 容易压坏 容易弄坏 容易装坏 容易损坏 合不合 适不适合 合适不合适 喜不喜欢 满不满意 习不习惯'), within: 0 },
      reason: `${ATTITUDE_BASIS}；让买家“自己看”“自己查”“自己申请”而不帮忙，属推脱敷衍`,
      suggestions: ['我帮您查一下，稍等', '我把位置指给您：', '我来为您处理'],
    },
    {
      id: 'attitude.repeated',
      category: 'attitude',
      severity: 'warn',
      // Counting how often the buyer asked: "问第三遍了", "说了三遍了", "问了好多遍哒". Impatience, not an insult (the
      // fresh writers file it under 服务态度); 「八百遍」-style mockery stays in abuse.ts.
      // 说了几遍 with no 了 after it ("跟你说了几遍，没货"): was abuse.ru-ma's, but a count of answers insults nobody (the
      // round-12 line; train writers split 3 : 3, moving it gains 3 train drafts and costs none).
      // 说了三遍 / 八百遍 / 问八遍 (round 20, from abuse.ru-ma): the count with the answer ("都说了三遍了，帐篷不带地钉",
      // "说了八百遍了，结晶正常") insults nobody; with a jab at the buyer's wits it is abuse.repeated-jab's.
      words: [...list('遍了 好多遍 好几遍 说了几遍'), ...REPEAT_COUNTS],
      // 都说 / 都讲 before the count ("我都说三遍了，App里点加号": c132).
      near: { words: list('告诉你 告诉过 强调 解释 回答 回复 讲了 讲过 说了 说过 问了 问第 问两 问三 问仨 问四 问五 问几 问好几 问多少 问八 问一百 说八 讲八 都说 都讲'), within: 8 },
      // "说了好几遍可能没注意哈", "说了好几遍了 可能是我没讲清楚": the count said kindly, the fault taken on (as abuse.ru-ma reads it).
      unlessAfter: { words: REPEAT_KINDLY, within: 2 },
      reason: `${ATTITUDE_BASIS}；抱怨买家反复询问属不耐烦的说法`,
      suggestions: ['可能是我没说清楚，我再为您详细说明一下'],
    },
    {
      id: 'attitude.too-busy',
      category: 'attitude',
      severity: 'warn',
      // The agent's busyness as the reason the buyer must be brief or fend for themselves: "我很忙，一句话说清楚",
      // "没空一步步教，照着图做", "客服也很忙，先把说明书读完". Busy + an order to the buyer; "这会儿在忙，半小时后回复您"
      // promises a reply and has none.
      // 好忙: 粤语 and colloquial 很忙 ("自己上网搜下点装啦，我好忙").
      words: list('我很忙 我们很忙 也很忙 我在忙 在忙 我忙得很 没空 我好忙 我们好忙'),
      // "发票的事下个月再说，现在没空", "没空搭理": the matter put off or the buyer ignored.
      // 留言: "我这边很忙 有事留言" (c234).
      near: { words: list('一次性 直接说 说重点 一句话 说清楚 自己 对照 读完 看完 直接下单 问完 说完 一张张 一步步 排队去 别问 再说 搭理 理你 理您 有事留言'), within: 10 },
      unless: { words: list('不好意思 抱歉 对不起 刚刚 刚才'), within: 6 },
      reason: `${ATTITUDE_BASIS}；拿“我很忙”打发买家、让买家长话短说或自己解决，属不耐烦`,
      suggestions: ['您慢慢说，我都在看', '我这边在处理了，有进展马上告诉您'],
    },
    {
      id: 'attitude.not-my-job',
      category: 'attitude',
      severity: 'warn',
      // The agent disowning the question by what they are not: "我又不是医生，别问我", "我又不是只服务你一个", whatever the
      // role (the listed 我又不是快递 and 又不是你保姆 are forms of it). Not the double negative that reassures ("我又不是不给
      // 您退") nor an apology ("我又不是故意的").
      words: ['我又不是'],
      unlessAfter: { words: list('不 没 故意 说 要 想 在'), within: 0 },
      reason: `${ATTITUDE_BASIS}；“我又不是医生”“我又不是只服务你一个”把买家的问题推开，属推脱`,
      suggestions: ['这个我帮您问一下，稍等', '我来为您处理'],
    },
    {
      id: 'attitude.ask-elsewhere',
      category: 'attitude',
      severity: 'warn',
      // The buyer sent away from the agent: "不知道，你问别人吧", "这个你问厂家吧", "别什么都问客服", "别老来问我".
      // "我帮您问问厂家" is the agent asking; "问别人" after 帮您 is not this.
      words: list('你问别人 您问别人 问别人吧 你问厂家吧 您问厂家吧 你问厂家去 别什么都问 别啥都问 别老来问 别总来问 别来问客服 别浪费彼此时间 别浪费我时间'),
      unless: { words: list('帮您 帮你 我去 我来 可以'), within: 2 },
      reason: `${ATTITUDE_BASIS}；让买家“问别人”“别什么都问客服”，属推脱敷衍`,
      suggestions: ['我帮您问一下，稍等', '这个我来帮您确认'],
    },
    {
      id: 'attitude.price-final',
      category: 'attitude',
      severity: 'warn',
      // The price as final and the talk cut off in the next clause: "就这价，不讲", "没有优惠，就这个价，别讲了", "就这个价，
      // 要就拍" (c114, c185, c214, c232, c250). The price stated alone is an answer ("就这个价了，您考虑一下哈", "最后两箱
      // 了，要就拍" has no price made final).
      words: list('就这价 就这个价 就这价格 就这个价格 就这价钱 就这个价钱'),
      near: { words: list('不讲 别讲 别磨 别砍 不砍 要就拍 不要就算 爱要不要 没得讲 别议价 不议价了'), within: 10 },
      unless: { words: list('目前 现在 活动期间'), within: 2 },
      reason: `${ATTITUDE_BASIS}；“就这价，不讲”“就这个价，要就拍”一类的话把买家堵回去，属推脱敷衍`,
      suggestions: ['理解您的顾虑，我帮您看看有没有合适的优惠'],
    },
    {
      id: 'attitude.dont-fuss',
      category: 'attitude',
      severity: 'warn',
      // The buyer's concern waved off ("有点色差很正常，别纠结了", "都一样，别纠结了", "有点划痕很正常，别计较了"): c157,
      // c161, c213 and others. With an object it is advice on what to do first ("先别纠结换粮了 赶紧去医院").
      words: list('别纠结 别计较 不要纠结 不要计较 莫纠结'),
      claimAtEnd: { words: list('别纠结 别计较 不要纠结 不要计较 莫纠结'), followers: list('了 啦 咯 呗 啊') },
      // "别纠结了亲，两个颜色都好看": said warmly, the choice made easy.
      unlessAfter: { words: list('亲 宝 哈 呀 哦 姐妹'), within: 2 },
      reason: `${ATTITUDE_BASIS}；用“很正常，别纠结了”把买家的顾虑挡回去，属推脱敷衍`,
      suggestions: ['理解您的顾虑，我帮您看看有没有合适的优惠'],
    },
    {
      id: 'attitude.go-elsewhere',
      category: 'attitude',
      severity: 'warn',
      // The buyer sent to another shop to be rid of them: "没有，去别家看看", "别家买去", "去别的店问问吧". Advice to
      // compare is no send-off: "您可以去别家比比", "建议去别家看看再决定", "不用去别家" (可以/建议/不用 before it, or 比
      // after it in the word's stead: 去别家比比 is no word here).
      words: list('去别家 去别的店 去其他店 去别人家').flatMap((go) => list('看看 看一下 瞧瞧 问问 问一下 转转 找找 买 买吧 买呗 买去').map((then) => go + then)).concat(
        list('别家买去 别家看看去 别家问去 别家问问去 别家找去 别的店买去 别的店看看去 换别家买 换别家看看'),
        // Sent to ask another shop (粤语 揾 read as 找: "呢个我答唔到你，你揾其他店问啦"): recall25b.
        list('找其他店问 找别家问 找别的店问 去其他店问 去别家问 去别的店问'),
      ),
      unless: { words: list('可以 不妨 建议 推荐 不用 不必 没必要 不需要 或者 也行 不如先'), within: 4 },
      reason: `${ATTITUDE_BASIS}；用“去别家看看”“别家买去”打发买家，属推脱敷衍`,
      suggestions: ['理解您的顾虑，我帮您看看有没有合适的优惠'],
    },
    {
      id: 'attitude.your-fault',
      category: 'attitude',
      severity: 'warn',
      // The fault put on the buyer: "过敏是您自己肤质的问题", "是你自己家墙有问题" (an insult beside it is abuse on its own).
      words: list('是您自己 您自己的 是你自己 你自己的'),
      near: { words: list('问题 毛病 原因'), within: 8 },
      unless: { words: list('不 如果 若 要是 假如 万一 可能 也许 是不是 并非 看看 确认 核实 排除'), within: 3 },
      // "是您自己的问题吗？": asked, not asserted.
      unlessAfter: { words: list('吗 么'), within: 8 },
      reason: `${ATTITUDE_BASIS}；把问题推到买家身上（“是您自己的问题”）属推脱`,
      suggestions: ['我们一起看看是哪里出了问题，我来帮您处理'],
    },
    {
      id: 'attitude.your-problem',
      category: 'attitude',
      severity: 'warn',
      // The fault named as the buyer's or their things' ("口感不喜欢那是你的问题", "充得慢是您手机的问题"): 是你/是您 with
      // 的问题 close after; "这不是您的问题" denies it, "如果是您的问题…" weighs it.
      words: list('是你 是您'),
      near: { words: list('的问题 的毛病'), within: 6 },
      // Only 不是 denies it: a 不 further back is the buyer's complaint ("吃不惯那是你的问题").
      unless: { words: list('不是 并非 如果 若 要是 假如 万一 可能 也许 是不是 看看 确认 核实 排除'), within: 3 },
      // "是你自己洗法的问题" is attitude.your-fault's.
      // "差评怎么写都是您的权利，竿子的问题我照样处理": the buyer's right named, not a fault (an allowed phrase would mute
      // reviewbait.left-to-buyer's 是您的权利).
      unlessAfter: { words: list('吗 么 自己 的权利 的自由'), within: 8 },
      reason: `${ATTITUDE_BASIS}；把问题推到买家身上（“那是你的问题”）属推脱`,
      suggestions: ['我们一起看看是哪里出了问题，我来帮您处理'],
    },
    {
      id: 'attitude.not-ours',
      category: 'attitude',
      severity: 'warn',
      // The matter disowned as none of the shop's ("包装坏了找快递，跟我们无关", "这种问题我不管"). 不管 counts only
      // where it ends the clause: "我们不管您买几件都包邮" is "whatever", not "not our business".
      words: [
        ...list('跟我们 和我们 跟我 和我 跟咱们 跟本店 同我们 同我').flatMap((us) => list('无关 没关系 没有关系 有啥关系').map((none) => us + none)),
        ...list('不关我们事 不关我事 不关我们的事 不关我的事'),
        ...NOT_OUR_BUSINESS,
      ],
      claimAtEnd: { words: NOT_OUR_BUSINESS, followers: list('了 的 啊 哈 啦 哦 呀 嘛 哟') },
      // "美团上的店铺和我们没有关系", "同名账号跟我们无关": another shop or account disowned, not the buyer's matter.
      unless: { words: list('不是 并不是 并非 不能说 不会说 没说 店铺 店 平台 账号 网站 链接 同名 冒充 假冒 山寨 第三方'), within: 2 },
      // "跟我们没关系，您放心": still disowned; "和我们没关系的话…": a condition.
      unlessAfter: { words: list('的话 吗'), within: 0 },
      reason: `${ATTITUDE_BASIS}；“跟我们无关”“我不管”把买家的问题推开，属推脱`,
      suggestions: ['这个我来帮您联系处理', '我帮您跟快递核实一下'],
    },
    {
      id: 'attitude.fuss',
      category: 'attitude',
      severity: 'warn',
      // The buyer's complaint called a fuss ("别大惊小怪", "差不多得了", "还较真"), or the question not worth asking
      // ("有啥好问的", "催我有啥用", "跟你说了也白说").
      words: list(
        '别大惊小怪 不要大惊小怪 用不着大惊小怪 差不多得了 别较真 还较真 较啥真 较什么真 别磨了 别磨叽 ' +
          '有啥好问 有什么好问 有啥好比 没什么好比 没啥好比 有啥好挑 有什么好挑 有啥好纠结 有什么好纠结 ' +
          '催我有啥用 催有啥用 催我也没用 催我们也没用 问有啥用 说有啥用 ' +
          '跟我说没用 跟我说也没用 跟我们说没用 跟我们说也没用 说了也白说 说也白说 ' +
          '又不是你保姆 又不是你的保姆 又不是保姆 又不是我的错 又不是我们的错 又不是我们的问题 又不是只有你 ' +
          // "我们又不是给你一个人干活的" (recall25b).
          '又不是给你一个人 又不是只给你 又不是只为你 ' +
          // A question called too basic to ask ("这种问题也要问？", "这种常识还要问"), or asking the agent called pointless
          // ("我们又不是快递，问我有什么用", "你问我干嘛").
          '这种问题也要问 这种问题还要问 这种问题都要问 这种常识也要问 这种常识还要问 这也要问 这都要问 常识都没 ' +
          '问我有什么用 问我有啥用 问我干嘛 问我干啥 催我有什么用 催有什么用',
      ),
      unless: { words: list('不是 并不是 不用 不会'), within: 2 },
      // "跟我说没用过的也能退": 没用过, the goods unused.
      unlessAfter: { words: list('过'), within: 0 },
      reason: `${ATTITUDE_BASIS}；说买家“大惊小怪”“有啥好问的”，属不耐烦`,
      suggestions: ['您的担心我理解，我帮您看一下', '我帮您催一下快递'],
    },
    {
      id: 'attitude.then-dont-buy',
      category: 'attitude',
      severity: 'warn',
      // The buyer told to go without, the lack put on them ("嫌贵别装", "你要不信就别买", "不接受就别买木的"): 就别/就不要 +
      // buying or using, beside what the buyer will not accept. Beside what the buyer cannot do ("不会养就别买") it is
      // abuse.cannot-then-dont-buy's. Advice on how to use it ("不会用就别用力拧") takes an object the sneer has not.
      words: DONT_BUY,
      near: { words: list('不信 不接受 嫌贵'), within: 8 },
      unlessAfter: { words: DONT_BUY_ADVICE, within: 0 },
      reason: `${ATTITUDE_BASIS}；“不信就别买”“嫌贵别买”把问题推给买家，属不耐烦`,
      suggestions: ['我发您一个教程，一步步来很简单', '价格方面我帮您看看有没有优惠'],
    },
    {
      id: 'attitude.mind-then-leave',
      category: 'attitude',
      severity: 'warn',
      // The buyer's dislike turned into go without or go elsewhere ("接受不了就算了", "不愿意就算了", "喝不惯就别喝了",
      // "接受不了就换一家"): c151, c157, c161, c183. What to do about it ("介意的话可以联系我们换货") has none of these ends;
      // nor has the shop's own notice 介意别拍 / 介意慎拍 (the train writers file it clean).
      words: list('就算了 就别买 就别拍 就别喝 就别吃 就别用 就换一家 就换家店 就去别家'),
      near: { words: list('介意 接受不了 不接受 不愿意 不想要 喝不惯 吃不惯 用不惯 受不了'), within: 6 },
      unless: { words: list('不用 不必 没关系 也不要 不会'), within: 4 },
      reason: `${ATTITUDE_BASIS}；“介意别买”“接受不了就算了”把买家的顾虑推回去，属不耐烦`,
      suggestions: ['您看哪款合适，我帮您参考', '有问题随时找我'],
    },
    {
      id: 'attitude.wont-answer',
      category: 'attitude',
      severity: 'warn',
      // The question refused whole ("这个问题我不想回答", "这个问题不回答了"): c142, c146. Only where the clause ends there
      // (or 了/啊 follows): "这个问题我不想回答得太绝对" is care over the answer.
      words: list('问题我不想回答 问题不想回答 问题我不回答 问题不回答'),
      claimAtEnd: { words: list('问题我不想回答 问题不想回答 问题我不回答 问题不回答'), followers: list('了 啊 哈 呢 的') },
      reason: `${ATTITUDE_BASIS}；“这个问题我不想回答”拒绝回应买家，属推脱敷衍`,
      suggestions: ['我再为您说明一下', '我帮您查一下，稍等'],
    },
    {
      id: 'attitude.next-question',
      category: 'attitude',
      severity: 'warn',
      // The question dropped for the next one ("这问题我回答不了 下一个"): c285. Not the inability alone ("这个问题我回答不了，
      // 得问厂家" is honest) — only with the dismissal right after it.
      words: list('回答不了 答不了 回答不上来 答不上来 不回答'),
      near: { words: list('下一个 下一位 下个问题 下一个问题'), within: 3 },
      reason: `${ATTITUDE_BASIS}；“这个问题我不想回答”拒绝回应买家，属推脱敷衍`,
      suggestions: ['我再为您说明一下', '我帮您查一下，稍等'],
    },
    {
      id: 'attitude.as-you-like',
      category: 'attitude',
      severity: 'warn',
      // The buyer left to it ("爱拍就拍", "爱咋说咋说", "你爱怎么用就怎么用", "随你吧"): 爱 + a verb said twice.
      words: [
        ...AS_YOU_LIKE_VERBS.flatMap((verb) => [`爱${verb}就${verb}`, `爱咋${verb}咋${verb}`, `爱咋${verb}就咋${verb}`, `爱怎么${verb}就怎么${verb}`, `爱怎么${verb}怎么${verb}`]),
        // 爱买不买 and 爱要不要 are abuse.chong-zhuang's.
        ...AS_YOU_LIKE_VERBS.filter((verb) => verb !== '买' && verb !== '要').map((verb) => `爱${verb}不${verb}`),
        ...list('爱咋咋 爱咋地 随你吧 随你便 随你咯'),
        // Whatever the buyer wants, given up on: "你想怎么样就怎么样吧", "想咋整咋整" (how, said twice).
        ...list('样 办 整 弄 搞').flatMap((how) => [`想咋${how}就咋${how}`, `想咋${how}咋${how}`, `想怎么${how}就怎么${how}`, `想怎${how}就怎${how}`]),
        // The same in dialect, the "how" alone: 西南 咋个, 粤语 点 ("你要咋个就咋个", "你想点就点啦，我冇所谓"); the buyer's
        // timing left to them ("想啥时候发就啥时候发"): recall25b.
        ...list('想 要').flatMap((want) => [`${want}咋个就咋个`, `${want}点就点`]),
        ...list('啥时候 什么时候').map((when) => `想${when}发就${when}发`),
      ],
      reason: `${ATTITUDE_BASIS}；“爱拍就拍”“随你吧”把买家晾在一边，属不耐烦`,
      suggestions: ['您看哪款合适，我帮您参考', '有问题随时找我'],
    },
    {
      id: 'attitude.look-it-up',
      category: 'attitude',
      severity: 'warn',
      // The buyer sent to a search engine ("百度一下就知道了", "自己百度"); "不用百度，我直接告诉您" is not, nor the
      // suggestion offered ("您可以自己百度一下说明书").
      words: list('百度一下 自己百度 去百度 你百度 您百度 百度就知道 百度都有'),
      unless: { words: list('不用 不需要 无需 别 不必 没必要 可以 建议 方便的话'), within: 3 },
      reason: `${ATTITUDE_BASIS}；让买家“自己百度”，属推脱敷衍`,
      suggestions: ['我来帮您查一下，稍等'],
    },
    {
      id: 'attitude.search-online',
      category: 'attitude',
      severity: 'warn',
      // The buyer sent to search the web or a search engine's nickname (recall25b: "自己伐会系丝巾，去网上搜视频", "鱼病我哋唔负责
      // 解答，自己上网揾", "呢啲问题问度娘啦"), as 自己百度. The agent searching ("我上网查了一下") or saying there is no need
      // ("不用上网搜，我发您视频") is not.
      words: list('去网上搜 去网上找 去网上查 上网搜 上网找 上网查 问度娘 网上搜视频 自己搜视频 去搜视频'),
      unless: { words: list('不用 不需要 无需 别 不必 没必要 可以 建议 方便的话 我 帮 我们'), within: 4 },
      reason: `${ATTITUDE_BASIS}；让买家“自己上网搜”，属推脱敷衍`,
      suggestions: ['我来帮您查一下，稍等'],
    },
    {
      id: 'attitude.take-it-up-yourself',
      category: 'attitude',
      severity: 'warn',
      // The buyer left to take it up with someone else alone (recall25b: "改地址？改不了，自己联系快递。", "发都发了，改不了，
      // 自己去跟快递说。"), the 自己 form of 找快递去. Said as a way ("您也可以自己联系快递") or spared ("不用您自己联系快递")
      // it is help.
      words: SEND_TO.flatMap((where) => [`自己联系${where}`, `自己去联系${where}`, `自己跟${where}说`, `自己去跟${where}说`, `自己跟${where}讲`, `自己去跟${where}讲`, `自己去找${where}`]),
      unless: { words: list('不用 不需要 无需 不必 可以 需要 得 麻烦 请 帮 如果 要是'), within: 4 },
      reason: `${ATTITUDE_BASIS}；把买家推给快递、厂家或让其“自己看”，属推脱敷衍`,
      suggestions: ['我这边帮您联系快递核实一下', '我来为您处理'],
    },
    {
      id: 'attitude.next-please',
      category: 'attitude',
      severity: 'warn',
      // The buyer's question cut off with "next" closing the reply (recall25b: "发票？没有，下一个问题"). "您说下一个问题吧"
      // invites one.
      words: list('下一个问题 下个问题'),
      claimAtEnd: { words: list('下一个问题 下个问题'), followers: list('了 吧 啊') },
      unless: { words: list('您说 你说 请说 继续 回答 解答'), within: 3 },
      reason: `${ATTITUDE_BASIS}；用“下一个问题”打断买家的提问、不作回应，属推脱敷衍`,
      suggestions: ['我再为您说明一下', '我帮您查一下，稍等'],
    },
    {
      id: 'attitude.scroll-up',
      category: 'attitude',
      severity: 'warn',
      // The buyer told to scroll for the answer: "已经说过了 往上翻", "回答过了 自己往上划".
      words: list('往上翻 往上看 往上划 往上拉 往前翻 往回翻 翻上去 翻聊天记录 翻记录'),
      // "您往上翻一下聊天记录哈": a polite pointer, not a brush-off.
      unless: { words: list('您 请 麻烦 可以 帮您'), within: 2 },
      unlessAfter: { words: list('一下 哦 哈 呢 呀 啦 就能 就可以'), within: 3 },
      reason: `${ATTITUDE_BASIS}；只丢一句“往上翻”让买家自己找答案，属推脱敷衍`,
      suggestions: ['我再为您说明一下', '我把刚才的说明再发您一遍：'],
    },
    {
      id: 'attitude.wait',
      category: 'attitude',
      severity: 'warn',
      // A bare order to wait: "嗯 等着", "等着吧", "都说了等着"; 四川 "等到起".
      words: list('等着 等到起'),
      reason: `${ATTITUDE_BASIS}；“等着”“明天再说”一类生硬的回复容易被投诉`,
      suggestions: ['已经在帮您催了，有进展第一时间告诉您', '明天一早我给您回复，您看可以吗'],
    },
    {
      id: 'attitude.later',
      category: 'attitude',
      severity: 'warn',
      // Put off to a later day: "明天再说", "周一再说", "回头再说吧".
      words: list('再说 再问 再来问 再找我 再来找我'),
      near: { words: list('下周 周末 以后 周一 回头 明天 明儿 改天 晚点 晚些 等会'), within: 3 },
      // "有问题您明天再找我哦": an invitation to come back, softened.
      unlessAfter: { words: list('哦 哈 呀 啦 就 也'), within: 1 },
      reason: `${ATTITUDE_BASIS}；“等着”“明天再说”一类生硬的回复容易被投诉`,
      suggestions: ['已经在帮您催了，有进展第一时间告诉您', '明天一早我给您回复，您看可以吗'],
    },
    {
      id: 'attitude.rhetorical',
      category: 'attitude',
      severity: 'warn',
      // A question thrown back at the buyer ("物流自己不会查吗", "能不能先看看再问", "你急我也急") or a shrug ("那我也没办法").
      words: list(
        '先看看再问 看完再问 看清楚再 你急我也急 您急我也急 我也没办法 那也没办法 我们也没办法 ' +
        // 粤语 冇得 and 四川 莫得 (没得): "我也冇得办法".
        '我也没得办法 我也莫得办法 ' +
        // 粤语 都 for 也: "唔想等就取消啦，我都冇办法" (as "不想等就取消，我也没办法", c305).
        '我都没办法 我都没得办法 我们都没办法 ' +
        // The question bounced back: "我怎么知道", "你问我我问谁".
        '我也没有办法 变不出货 我怎么知道 我哪知道 我咋知道 我咋晓得 我咋个晓得 我哪晓得 我怎么晓得 我问谁 快点决定 赶紧决定 我有什么办法 我能有什么办法 我有啥办法 ' +
        // "往下划一下不就看到了", "我也变不出来啊": the answer was in front of the buyer; nothing more to be done.
        '不就看到了 不就看见了 不就知道了 不就找到了 不就明白了 变不出来 懂吧 懂了吧 懂了没 是不是没看 还要问吗 ' +
        // "刚才那张图不就是吗，还要啥图" (recall25b).
        '不就是吗',
      ).concat(
        LOOK_UP.flatMap((verb) => [`不会${verb}吗`, `不会${verb}啊`, `自己不会${verb}`]),
        // "您就不能自己看看吗": the same question as 「不能…吗」 (a plain 「不能自己拆」 is an instruction, without 就).
        LOOK_UP.map((verb) => `就不能自己${verb}`),
        // The 自己 before the verb, asked ("不会自己刷新吗"; recall25b). Without 吗 it states how the goods work ("页面不会自己刷新").
        LOOK_UP.map((verb) => `不会自己${verb}吗`),
      ),
      // "我们也没办法百分百确定": a limit stated, not a shrug.
      unlessAfter: { words: list('保证 确定 承诺 百分百'), within: 4 },
      reason: `${ATTITUDE_BASIS}；反问买家“不会查吗”、一句“没办法”打发，属不耐烦、推脱`,
      suggestions: ['我帮您查一下，稍等', '我再为您说明一下'],
    },
  ],
  allow: [
    {
      // "开箱视频拍不拍随您": 拍 shooting the buyer's photos or unboxing video, left to them (YOUR_CALL's 拍不拍 places the order:
      // "这个价拍不拍随您", "看完视频拍不拍随您" stay).
      words: list('开箱视频 买家秀 照片 开箱照').flatMap((shot) => list('拍不拍随您 拍不拍随你 拍不拍都').map((left) => shot + left)),
      note: '“开箱视频拍不拍随您”：拍视频、照片由买家决定，不是让买家爱买不买',
    },
    {
      // "评价怎么写是你的事", "给不给好评是你的事": the review left to the buyer, not the outcome put on them (brush-off's
      // 是你的事: "装不上是你的事" stays).
      words: list('评价 好评 差评 评分 怎么评 怎么写 评不评 给不给好评 写不写 打几星 给几星').map((review) => `${review}是你的事`),
      note: '评价怎么写由买家决定，不是把问题推给买家',
    },
    {
      // "菊花茶管不了这个", "压力裤管不了漏尿": goods named by the last character of their name, which names no person
      // (attitude.goods-cannot's nouns, as allowed phrases: a one-character cue of that context would free any attitude
      // word after it, "不会贴就别买膜").
      words: list('茶 裤 贴').flatMap((goods) => ['', ...list('也 可 真')].map((how) => `${goods}${how}管不了`)),
      note: '“菊花茶管不了这个”：说的是商品本身管不了这种问题，不是客服推脱',
    },
    {
      // "这个情况我来帮你申请补发，不用你去找平台": the agent taking it on, the buyer spared the trip (brush-off's 找平台).
      words: list('不用你 不用您 不用你再 不用您再').flatMap((spared) => list('去找平台 找平台').map((go) => spared + go)),
      note: '“不用你去找平台”：客服自己办，免得买家跑腿，不是推脱',
    },
    {
      words: list('自己看着 自己看过 自己看了 自己对比 自己对照'),
      note: '说的是自己（店家）做过的事，不是让买家自己看',
    },
    {
      words: list('耐心等着 请等着 请您等着 稍微等着 等着收货 等着就好 等着就行 等着哦 等着呢 等着哈 等着呀 等着啦 等着急 等得着急'),
      note: '客气地请买家稍候，不是生硬的“等着”',
    },
    {
      words: list('再说哦 再说哈 再说呀 再说啦'),
      note: '语气缓和的改期',
    },
    {
      // "您再问也没事", "问多少遍都没关系": asking again is no bother (再问也 and 多少遍都没事 are impatience and a durability
      // boast elsewhere: "再问也没用" stays).
      words: list('再问 再问几遍 问多少遍 问几遍 问多少次 问几次 多问几遍 多问几次').flatMap((asked) =>
        list('也没事 都没事 也没关系 都没关系 也不要紧 都不要紧 也不麻烦 都不麻烦').map((fine) => asked + fine),
      ),
      note: '告诉买家多问几遍也没关系，是耐心不是不耐烦',
    },
    {
      // "十块钱的差价我给您申请看看，能退就退", "走平台售后，该退就退": as much as can be refunded, not a grudging 退就退.
      words: list('能退就退 该退就退 可以退就退 能换就换 该换就换 能补就补 该补就补'),
      note: '“能退就退”“该退就退”：尽量给买家退，不是不耐烦的“退就退”',
    },
    {
      // "追加评价您看着办", "评价您看着办": the buyer's own review left to them (as 评价怎么写是你的事), not a brush-off.
      words: list('评价 追评 追加评价 好评 评论 评分 打分').flatMap((review) => list('您看着办 你看着办 看着办').map((yours) => review + yours)),
      note: '评价由买家自己定，不是推脱',
    },
    {
      // "明天有问题再来找我", "有问题再找我哈": an invitation to come back with a problem, not the buyer put off.
      words: list('有问题再来找我 有问题再找我 有问题再来问 有问题再问我 有事再来找我 有事再找我'),
      note: '请买家有问题再来找，是欢迎不是推脱',
    },
    {
      // "你一次问完也可以，慢慢说": the buyer given the choice, not told to hurry; "贵在哪我给你掰扯清楚": the agent
      // about to explain; "是不是没看到呀，我再发下提示": a soft question before the pointer is sent again.
      words: list('一次问完也可以 一次问完也行 一次说完也可以 一次说完也行 给你掰扯清楚 给您掰扯清楚 跟你掰扯清楚 跟您掰扯清楚 是不是没看到呀 是不是没看到呢 是不是没看到哈'),
      note: '让买家随意问、客服要把话讲清楚、软语气问买家是否没看到：是耐心，不是不耐烦',
    },
    {
      // "阿姨帮你去问问快递": the agent going to ask on the buyer's behalf (你去问问 and 问快递 inside it).
      words: list('帮你去 帮您去').flatMap((forYou) => list('问 问问 查 问快递 问问快递').map((ask) => forYou + ask)),
      note: '客服替买家去问，不是让买家自己去问',
    },
  ],
  contexts: [
    {
      id: 'attitude.answer-follows',
      categories: ['attitude'],
      // "吊牌上写的很清楚 不是纯羊毛": the pointer, then the answer itself.
      after: list('不是纯 不是真 不是全 不是所有 不含 含量是 就是说'),
      within: 1,
      sentence: true,
      note: '指出写在哪里之后紧接着给出答案（“不是纯羊毛”），是在解答，不是推脱',
    },
    {
      id: 'attitude.courier-disclaimed',
      categories: ['attitude'],
      // "不能保证明天到，快递那边我管不了，一般两三天": the agent first declines to promise a date, then says why (the
      // courier's time is not the shop's). That is an honest answer, not the buyer pushed away ("管不了，找快递去" stays).
      before: list('保证不了 不敢保证 不敢打包票 打不了包票 没法保证 不能保证 不好保证'),
      // The same said after: "物流不归我管，一般3-5天到，我不敢给你打包票说哪天".
      after: list('保证不了 不敢保证 不敢打包票 打不了包票 没法保证 不能保证 不好保证 不敢给你打包票 不敢给您打包票 不敢跟你打包票 不敢跟您打包票'),
      within: 12,
      sentence: true,
      note: '先说明不敢保证到货时间，再解释快递时效不归店铺管：是如实说明，不是推脱',
    },
    {
      id: 'attitude.count-owned',
      categories: ['attitude'],
      // "说了好几遍了还不明白，是阿姨没讲清楚", "问了好几遍了，我再说一遍哈", "这个问题我回答过了，我再复制一遍给您": the
      // count said, then the fault taken on or the answer given again, later in the sentence (attitude.repeated's own
      // unlessAfter reads the same right after the count). Not a repeat alone: "问了好几遍了，我最后再说一遍" stays.
      after: list(
        '我没讲清楚 我没说清楚 我说得不清楚 我讲得不清楚 我没讲明白 我没说明白 姨没讲清楚 姨没说清楚 我换个说法 我换种说法 ' +
          '我再说一遍哈 我再给您说一遍 我再给你说一遍 我再打字给你讲 我再打字给您讲 我再复制一遍给您 我再复制一遍给你 ' +
          // Said by the agent's persona ("这个问题上面回过了，阿姨再给你复制一遍哈"): recall25b.
          '再给你复制一遍 再给您复制一遍 再复制一遍给你 再复制一遍给您 ' +
          // "别的宝妈也问过这个，我跟您详细说下": others asked too, and the answer given at length.
          '我跟您详细说 我跟你详细说 我给您详细说 我给你详细说 我详细跟您说 我详细跟你说 我详细给您说 我详细给你说',
      ),
      within: 12,
      sentence: true,
      note: '说了几遍之后，客服把没讲清楚揽到自己身上或再讲一遍：是耐心解释，不是嫌买家烦',
    },
    {
      id: 'attitude.take-your-time',
      categories: ['attitude'],
      // "买不买您慢慢考虑，想好了再拍": the buyer told to take their time first.
      // "不着急买，想好了再拍", "恁再考虑考虑，不着急，想好了再拍": no hurry said first (c259, c271, c272, c274).
      // 粤语 唔使急 (no need to hurry) reads 不使急, 不用急's dialect variant: "姐您唔使急，想好了再拍".
      before: list('慢慢考虑 慢慢挑 慢慢选 慢慢想 慢慢看 慢慢比较 慢慢对比 不着急 不用着急 不急 不用急 再考虑考虑 考虑考虑'),
      within: 10,
      sentence: true,
      note: '先请买家慢慢考虑，再说想好了再拍：是给买家时间，不是打发',
    },
    {
      id: 'attitude.no-hurry-after',
      categories: ['attitude'],
      // "想好了再拍不着急": the time given right after.
      after: list('不着急 不用着急 不用急 慢慢来'),
      within: 1,
      note: '“想好了再拍，不着急”：紧接着说不着急，是给买家时间，不是打发',
    },
    {
      id: 'attitude.not-ours',
      categories: ['attitude'],
      // "您说的“央视推荐”是别家店的宣传，跟我们没有关系": another shop's claim set apart from this one, not the buyer's
      // problem pushed away ("快递慢跟我们没关系" stays).
      // Only the claim named as theirs: "这是别家的问题，跟我们没关系，你找快递去" and "你说别家便宜…跟我们没关系" stay.
      before: list('别家的宣传 别家店的宣传 别人家的宣传 别的店的宣传 其他店的宣传 别家的广告 别家的文案 别家的说法'),
      within: 14,
      sentence: true,
      note: '说明那是别家的宣传、与本店无关：是澄清，不是推脱',
    },
    {
      id: 'attitude.not-ours-review',
      categories: ['attitude'],
      // "评价怎么写您随意，我们不管", "追评写啥你自己定，我们不管的": the buyer's own review left to them, the shop not
      // meddling, not a problem pushed away ("快递丢了您自己定，我们不管" is no review and stays).
      before: list('评价 追评 评论 好评 差评 打分 几星')
        .flatMap((review) =>
          list('怎么写 写啥 写什么 打几星 给几星 怎么评 怎么打').flatMap((how) =>
            list('您自己定 你自己定 自己定 您随意 你随意 随您 随你 您说了算 你说了算').map((yours) => review + how + yours),
          ),
        )
        .concat(
          list('评价 追评 评论 好评').flatMap((review) =>
            ['', '你', '您'].flatMap((who) => list('想咋写就咋写 想怎么写就怎么写 想怎么评就怎么评 爱咋写咋写 怎么写都行').map((how) => review + who + how)),
          ),
        ),
      // "满减给你算上了，评价你想咋写就咋写，我不管": the review written however the buyer likes (not 差评: "差评你想咋写
      // 就咋写，我不管" dares the buyer).
      within: 4,
      sentence: true,
      note: '评价怎么写由买家自己定、店铺不干涉：是尊重买家，不是推脱',
    },
    {
      id: 'attitude.plan-later',
      categories: ['attitude'],
      // "可以先配单光老花镜，渐进片以后再说": what to buy first advised, the rest put off as a plan (c272), not the buyer
      // put off ("这事以后再说" stays).
      before: list('可以先 建议先 建议您先 不妨先 可以考虑先 您可以先 你可以先'),
      within: 20,
      sentence: true,
      note: '先建议买家先买什么，再说其余的以后再说：是购买建议，不是推脱',
    },
    {
      id: 'attitude.welcome-back',
      categories: ['attitude'],
      // "又是侬呀，欢迎回来" (侬 read as 你): a returning buyer greeted, not "又是你" sighed at. Only right after the word.
      after: list('欢迎回来 欢迎再来 欢迎回家'),
      within: 2,
      sentence: true,
      note: '“又是你呀，欢迎回来”：是招呼回头客，不是嫌买家烦',
    },
    {
      id: 'attitude.goods-cannot',
      categories: ['attitude'],
      // "黄褐斑这种问题化妆品管不了", "内裤也管不了这个": the goods, not the agent, are what cannot deal with it — a limit
      // of what the goods do (the reply usually sends the buyer to a doctor), not the buyer pushed away. Only the goods
      // right before: "这事我管不了" and "快递的事我们管不了" stay.
      // 它 is always the goods ("毛囊的事它管不了", "但它管不了眼睛干不干"); 他/她 would be a person.
      before: list('它 化妆品 护肤品 面膜 面霜 精华 内衣 内裤 衣服 鞋垫 袜子 枕头 床垫 坐垫 护膝 护腰 眼镜 产品 商品 东西 这款 这个产品 保健品 食品 普通食品 日用品').flatMap(
        (goods) => [goods, `${goods}也`, `${goods}可`, `${goods}真`],
      ),
      within: 0,
      note: '“这种问题化妆品管不了”：说的是商品本身管不了这种问题（常接着建议就医），不是客服推脱',
    },
    {
      id: 'attitude.help-follows',
      categories: ['attitude'],
      // "这个我也管不了，但我帮你问问平台客服": what the agent cannot do, then at once what they will do for the buyer.
      // Only right after the word (the comma between counts): "管不了，找快递去" stays.
      // "管不了 但可以帮你问问主管": the help offered without the 我 (the agent is still the one who helps).
      // "系统这样我也改不了 我教您咋弄", "我这边处理不了，我帮你转给售后主管": taught or handed on at once.
      after: list('但我帮 但是我帮 不过我帮 但我可以帮 不过我可以帮 但我会帮 但可以帮 但是可以帮 不过可以帮 可以帮你问 可以帮您问 我帮你问 我帮您问 我帮你联系 我帮您联系 我帮你查 我帮您查 我去帮你 我去帮您 我教您 我教你 我来教您 我来教你 我帮你转 我帮您转'),
      within: 1,
      sentence: true,
      note: '说明自己做不了，紧接着说替买家去问、去联系：是在帮忙，不是推脱',
    },
    {
      id: 'attitude.apology-follows',
      categories: ['attitude'],
      // "我就一个人，回得慢亲多担待" (Shaanxi 额 for 我 too): the agent's own hurry named and apologised for later in the
      // sentence, not held against the buyer ("我就一个人，回得慢你就等着" stays).
      after: list('多担待 请担待 担待一下 担待点 多多担待 请见谅 多见谅 还请见谅 请谅解 多谅解 多包涵 请包涵'),
      within: 12,
      sentence: true,
      note: '说自己忙、回得慢，接着请买家担待、见谅：是致歉，不是嫌买家烦',
    },
    {
      id: 'attitude.help-answers',
      categories: ['attitude'],
      // "您是不是没看到说明书？我截图发您": the question asked, then at once the agent's own help after the question mark
      // ("是不是没看说明书？自己看" stays).
      after: list('我截图发您 我截图发你 我截图给您 我截图给你 我截个图 我发您 我发你 我发给您 我发给你 我给您 我给你 我帮您 我帮你 我来帮您 我来给您 我再发'),
      within: 6,
      answers: true,
      note: '“您是不是没看到说明书？我截图发您”：问完紧接着客服自己去帮买家，是在帮忙，不是反问挖苦',
    },
    {
      id: 'attitude.review-left',
      categories: ['attitude'],
      // "写不写评价都随你咯": the buyer's review left to them, asked in its A-not-A form ("买不买随你咯" stays: no review).
      before: list('写不写评价 评不评价 写不写好评 给不给好评 给不给评价 晒不晒图 追不追评 写不写追评'),
      within: 1,
      note: '“写不写评价都随你”：评价写不写由买家决定，不是把买家晾在一边',
    },
    {
      id: 'attitude.help-instead',
      categories: ['attitude'],
      // "自己看说明书太累  我给您讲": doing it oneself said to be the hard way, then the agent does it, closing the clause
      // ("自己看说明书，我给您讲过了" goes on: it was said before).
      // "别人也问过这个问题，我跟你讲一下哈": asked before by others, and explained again at once.
      after: list('我给您讲 我给你讲 我来讲 我来给您讲 我给您说 我给你说 我跟您说 我跟你说 我给您演示 我帮您弄 我帮你弄 我帮您查 我帮你查 我来帮您 我来帮你').concat(
        list('我跟你讲 我跟您讲').flatMap((say) => [say, `${say}一下`]),
        list('我给你讲一下 我给您讲一下'),
      ),
      within: 10,
      sentence: true,
      closesClause: true,
      note: '“自己看说明书太累，我给您讲”：客服接过来自己讲、自己查，是在帮忙，不是推脱',
    },
    {
      id: 'attitude.how-to',
      categories: ['attitude'],
      // "降价可以在订单页自己申请", "可以到“我的订单”里自己改": where the buyer can do it, said as a how-to (the rule's own
      // 可以自己 reads only right before the word).
      before: list('可以在 可以到 可以直接在 也可以在 都可以在 您可以在 你可以在'),
      within: 6,
      note: '“降价可以在订单页自己申请”：告诉买家在哪里可以自己办，是操作说明，不是推脱',
    },
    {
      id: 'attitude.noticed-concern',
      categories: ['attitude'],
      // "我看您问了好几次发货时间，是不是着急用？我帮您备注一下": the agent noticing the buyer's worry and acting on it.
      // Only with the worry or the help later in the sentence (then): "我看您问了好几次了" alone stays.
      before: list('我看您 我看你 看您 看你 看到您 看到你'),
      then: list('是不是着急 是不是急 着急用 急用的话 我帮您 我帮你 给您备注 给你备注 帮您催 帮你催 优先发'),
      within: 1,
      note: '“我看您问了好几次发货时间，是不是着急用？我帮您备注”：体谅买家着急并帮忙，不是嫌买家烦',
    },
    {
      id: 'attitude.pointer-shown',
      categories: ['attitude'],
      // "详情页都写了，我截个图给您看", "都写着呢，我把关键那段发您": the pointer, then the agent hands the page over right
      // away. Only right after the pointer: "都写了，自己看，我截个图给您" stays.
      after: list(
        '我截个图给您 我截个图给你 我截图给您 我截图给你 我给您截 我给你截 我把关键 我把那段 我把那张 我发给您 我发给你 我发您 我发你 ' +
          '我再给您念 我再给你念 我给您念 我给你念 我念给您 我念给你',
      ),
      // 1: the comma between counts.
      within: 1,
      sentence: true,
      note: '指出写在哪里，紧接着客服自己把那部分截图、发送或念给买家：是在帮忙，不是推脱',
    },
  ],
};
