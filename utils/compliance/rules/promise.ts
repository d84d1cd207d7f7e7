// 无法兑现的承诺: guarantees of outcome, quality, payouts, lifetime service and delivery that the shop cannot back.
import { MADE_OF, TOTAL_PROPERTIES } from './absolute';
import { AD_LAW_9_3, PROMISE_BASIS } from './basis';
import { BAG_WORDS, EXPIRY_WORDS, XIANG_NOUNS } from './boundaries';
import type { Rule } from '../types';
import { list, type RuleSection } from './define';

const QUALITY_PROMISE = `${PROMISE_BASIS}；“洗多少次都不掉色”“随便摔都没事”是店铺兑现不了的质量保证`;
const PAYOUT_PROMISE = `${PROMISE_BASIS}；“假一赔十”等赔付承诺须与店铺开通的保障服务一致，客服口头加码会被追责`;
const WARRANTY_PROMISE = `${PROMISE_BASIS}；保修、价保期限以品牌和平台规则为准，客服口头延长的期限店铺兑现不了`;
const LONG_TERM_PROMISE = `${PROMISE_BASIS}；终身、永久、无条件、见效时间和到货时间的承诺超出店铺能控制的范围（物流时效以快递为准）`;

/** Quality a buyer checks on arrival (fruit, food, fit, looks): "包甜", "保证靓", "不甜全退". */
const ARRIVAL_QUALITIES = list('好吃 好喝 好看 合身 合脚 合适 新鲜 正宗 满意 满肉 熟 甜 糯 脆 香 靓 沙 粉 面 嫩 出油');

/** A size or fit that does not suit: exchanged as ordinary after-sales. */
const FIT = new Set(list('不合身 不合脚 不合适 唔合身 唔合脚 唔合适 穿不上 不适合'));

/** The buyer not satisfied ("不满意随时找我"): brought to the agent, no outcome staked on it. */
const DISSATISFIED = new Set(list('不满意 唔满意'));

/** A condition that the goods fail ("坏一个", "不甜", "唔靓", "到不了"): what a payout or refund is staked on. */
const FAILURES = [
  ...list('坏 烂 断 碎 裂 塌 少 破 漏 死 假 臭 胖了 差一 晚一 达不到 用多了 打油了 到不了 没到 晚到 迟到 耽误 误了 收不到 送不到 不是现 不是正 穿不上 用不了 没效果 没用 没白 没瘦 没变白 没长高 不热 不保温 不制冷 不适合 不涨 不管用 没变化 做不到 办不到 脱妆 掉色 褪色 起球 变形 过敏 反弹 卡粉 炸毛 漏水 发霉'),
  ...ARRIVAL_QUALITIES.flatMap((quality) => [`不${quality}`, `唔${quality}`]),
  // "检测不合格赔您一万".
  '不合格',
  // What the goods fail to do for the buyer ("吃不好退全款", "睡不好全额退", "充不满电包退") and defects of stuffing and
  // powder ("睡一年不回弹 赔你一个新的", "有结块…直接赔").
  ...list('吃不好 睡不好 用不好 充不满 充不进 不回弹 结块'),
  // The very effect the goods were said to spare ("吃了不上火，上火包退").
  '上火',
];

/** What 保证/一定/100% promise (promise.bai-fen-bai) and what a span of years promises (promise.nian-xian). */
const PROMISED_OUTCOMES = list(

          '一个杯 一把过 一次过 一觉 上岸 不会 不再 不卡 不发霉 不发黄 不变形 不变色 不坏 ' +
          '不塌陷 不开胶 不开裂 不掉色 不断 不晒黑 不死 不漏 不生锈 不用再 不破 不碎 不磨脚 ' +
          '不粘 不糊 不缩水 不翘边 不老化 不裂 不褪色 不起球 不过敏 不锈 不长 不黑 个度 亮 ' +
          '今天到 会到 全没 兴隆 养不死 准到 减少 分数 到家 到手 到货 发财 变大 变好 ' +
          '变小 变白 合脚 合身 合适 后天到 回本 好用 学会 开花 当天到 成功 成活 成绩 ' +
          '打不开 找到工作 撬不开 收入 效果 旺 明天到 月入 有效 没了 瘦 结果 罩杯 耐用 ' +
          '能到 能用 能过 舒服 见效 赚钱 过万 送到 送达 都不 都没有 长出 长高 顺滑 ' +
          // Outcomes of use, study, growth and delivery ("保证周六前送货上门", "一定考到名校").
          '不变 不掉 以上 任何 保护好 及格 名校 提分 满分 比同龄人 考 送货 上门 都会 都能 长得 ' +
          '到不了 就到 睡着 修不好 修好 洗不干净 洗干净 ' +
          // The outcome of using it ("保证宝宝喝了不上火", "保证您用完这套…").
          '吃了 吃完 喝了 喝完 彻底 用了 用完 穿了 戴了 ' +
          // Height, and a price difference refunded ("增高鞋垫…保证高", "降价一定退您差价").
          '增高 长高 差价 手里 ' +
          // Delivery by a date ("保证春节前到", "三天内到").
          '之前到 内到 前到 前送达 号到 天到 ' +
          // Marks vanishing and muscle growing ("痘印一个月内一定消失", "喝一个月肌肉肯定涨").
          '消失 抚平 消掉 不见了 肌肉 增肌 ' +
          // A refund in the account by a date, weight put on ("肯定三天内钱到账", "一周之内宝宝肯定长肉").
          '到账 长肉 长胖 增重',
);
/**
 * The outcomes of PROMISED_OUTCOMES that are a delivery or an arrival ("能到", "三天内到", "送货上门"): 100% before them
 * states a delivery time as certain, a promise (WRITERS.md); 100% before any other outcome is absolute.
 */
const DELIVERY_OUTCOMES = list('今天到 会到 准到 到家 到手 到货 后天到 当天到 明天到 能到 送到 送达 送货 上门 到不了 就到 之前到 内到 前到 前送达 号到 天到 到账');
const DELIVERY_OUTCOME_SET = new Set(DELIVERY_OUTCOMES);
/** Words that make a 100 % a guarantee given, not a claim about the goods ("保证100%好用", "绝对100%正品"). */
const GUARANTEE_WORDS = list('保证 担保 一定 绝对 肯定 铁定 包 打包票 承诺');

/**
 * Outcomes that open a clause of their own as often as they end a 100 % ("不会", "都能", "用了", "效果"). 💯 is typed at the
 * end of a line too, and a word's characters are read across the space after it ("冲鸭💯 用了都说好"), so after the emoji
 * (and its spelled words, one list) these are no outcome of it; the promise rules' bare 百分百 still reads them.
 */
const CLAUSE_OPENERS = new Set(
  list('不会 不再 不用再 都不 都没有 都会 都能 以上 任何 吃了 吃完 喝了 喝完 用了 用完 穿了 戴了 彻底 考 长得 手里 个度 一觉 一个杯 比同龄人 结果 效果 分数 成绩 收入 月入 亮 旺 罩杯 差价 肌肉 率'),
);
/**
 * What 百分百 / 💯 claims when typed right before it (absolute.bai-fen-spelled): a total property or a non-delivery outcome,
 * and the looks' rate ("颜值天花板，💯回头率": quan-ran reads 回头率百分百 by its 率). Not a failure ruled out (不漏, 无味,
 * 没了): 100% + 不 / 无 / 没 is absolute.bai-fen-bu's, and a longer word here would shadow it where a space splits the
 * outcome ("百分百不 漏水").
 */
const JOINED_OUTCOMES = [...new Set([...TOTAL_PROPERTIES, ...PROMISED_OUTCOMES.filter((outcome) => !DELIVERY_OUTCOME_SET.has(outcome)), '回头率'])].filter(
  (outcome) => !CLAUSE_OPENERS.has(outcome) && !/^[不无没]/.test(outcome),
);

/** Use and growth are no outcome of a span of years ("吃了半年", "用了一年", "增高…吃了半年"). */
const YEAR_NOT_OUTCOME = new Set(list('吃了 吃完 喝了 喝完 用了 用完 穿了 戴了 增高'));

/** "我保证下次不会再发错": the agent answering for their own next time, not for the goods. */
const OWN_NEXT_TIME = list('下次不会 下次不 下回不会');

/** "我保证今天帮您查到", "我保证尽快处理": the agent vouching for their own service, not for the goods. */
const OWN_SERVICE = list(
  '帮您 帮你 给您处理 给你处理 给您查 给你查 给您跟进 给你跟进 尽快 及时 按时 今天帮 今天给您 马上帮 马上给您 现在就帮 这就帮 ' +
    // Dispatch, which the shop controls (delivery it does not): "保证今天发出".
    '今天发 今天就发 今天发出 今天寄出 当天发 今天之内发',
);

/**
 * "绝对是我们这边的失误", "绝对不会骗您的": sure whose fault it was, or of the agent's own honesty, not vouching for the
 * goods.
 */
const OWN_FAULT = [
  ...list('是我们 是我这边 是我的 是咱们 是店铺的 是仓库 是快递 是物流 是实话 是真心话'),
  // "绝对不会骗您的", "绝对没有骗你": the agent's own sincerity.
  ...list('不会 不 没 没有').flatMap((not) => list('您 你').map((buyer) => `${not}骗${buyer}`)),
];

/** "您肯定着急": 肯定 of the buyer's feelings. */
const BUYER_FEELINGS = list('着急 很着急 担心 很担心 生气 心疼 难受 不放心 不开心 失望 郁闷 不舒服 理解');

/** The goods' failure said as 不好 / 不会 alone (promise.failure-payout): "效果不好…", "学不会的…". */
const FAILED_AS_NOT = list('不好 不好使 不好用 不好的话 不会的 不会的话');
/** Who pays, between the failure and the payout ("不好我退您差价", "不好俺全额退"); '' for none. */
const PAYOUT_WHOS = ['', ...list('我 我们 俺 俺们 咱 咱们 直接 就 随时')];
/** What is paid or offered (promise.failure-payout). */
const STAKED_PAYOUTS = list(
  '全额退 退全款 全款退 包退 退钱 退款 退 退双倍 赔 全赔 包赔 不要钱 您找我 你找我 随时找我 您回来找我 你回来找我 回来找我 找我',
);

/** "不能保证""无法保证": the agent declines to promise. */
// "没人能保证", "谁也不敢保证": nobody can.
// "没办法保证", "莫得办法保证" (dialect 莫得/没得 = 没有): no way to.
const PROMISE_NEGATIONS = {
  words: list('不一定 不会 不好 不敢 不能 很难 无法 没法 没办法 没有办法 没得办法 莫得办法 没人能 没有人能 没人敢 没有人敢 谁也不能 谁都不能 谁也不敢'),
  within: 2,
};

/**
 * An arrival day hedged or left to the courier is an estimate ("预计明天送达", "一般两三天到", "物流显示明天派送"), and the
 * 师傅 comes for a visit ("师傅明天就到您家安装").
 */
const ARRIVAL_HEDGES = {
  words: [
    ...PROMISE_NEGATIONS.words,
    ...list('师傅 预计 一般 大概 大约 应该 估计 可能 也许 最快 快的话 顺利的话 正常的话 正常情况 正常 如果 要是 争取 尽量 希望 有望 显示 快递说 物流说 看物流'),
  ],
  within: 10,
};

const WARRANTY_TERMS = list('保修期 质保期');
/** How far a term is stretched, after whom it is done for ("保修期给你延", "质保期再加一年"). */
const WARRANTY_STRETCHES = list('延 加长 加到 加一 加两 加半 多加 翻倍');

/**
 * The warranty stretched ("给好评，保修期给你延长"): the allowed phrase 保修期 (a stated term, "保修期是一年") hides the
 * cue 保修 inside it, so the stretch is a cue of its own, longer than the allowed span (reviewbait.reward reads it).
 */
export const WARRANTY_STRETCHED = WARRANTY_TERMS.flatMap((term) =>
  list('给你 给您 帮你 帮您 再 可以').concat('').flatMap((whom) => WARRANTY_STRETCHES.map((stretch) => term + whom + stretch)),
);

/** What promise.bai-fen-bai and promise.bai-fen-zhi-bai share: 保证/一定/100% near an outcome promised. */
/**
 * A mark passed ("保证期末英语过90", "一定数学上100"): an outcome of 保证 and its kin only, not of a span of years
 * ("保修一年，过90天…" counts days).
 */
const PASSED_MARKS = list('过 上').flatMap((passed) => list('60 70 80 85 90 95 100 110 120').map((mark) => passed + mark));

const SURELY: Omit<Rule, 'id' | 'words'> = {
  category: 'promise',
  severity: 'warn',
  near: { words: [...PROMISED_OUTCOMES, ...PASSED_MARKS], within: 10 },
  // "请保证包装齐全": asking the buyer to see to something; "付款请一定走平台", "请您一定保管好": 一定 as "be sure to".
  unless: {
    // "请您保持电话畅通": asking the buyer to keep something so.
    // "想保持鲜亮，冷水手洗就好": what the buyer wants kept, then how to.
    words: [
      ...PROMISE_NEGATIONS.words,
      ...list('请保证 请您保证 麻烦保证 需要保证 务必保证 请一定 请您一定 麻烦一定 麻烦您一定 记得一定 请保持 请您保持 麻烦保持 麻烦您保持 想保持 要想保持 想要保持'),
    ],
    within: PROMISE_NEGATIONS.within,
  },
  reason: `${PROMISE_BASIS}；对褪色、起球、过敏、到货时间、效果等作绝对保证，店铺无法保证每一件都做到`,
  suggestions: ['按说明洗护一般不掉色', '一般情况下', '到货时间看快递实际进度'],
};

/** "宝宝吃了拉肚子您肯定着急": sure of how the buyer feels, not of an outcome; "坏了的一定按规则赔": the rules followed. */
const OWN_FEELINGS_OR_RULES = [...OWN_NEXT_TIME, ...BUYER_FEELINGS, ...list('按规则 按平台 按售后 按流程 按规定 按政策')];

export const PROMISE_RULES: RuleSection = {
  rules: [
    {
      id: 'promise.jue-dui',
      boundary: { start: BAG_WORDS, end: EXPIRY_WORDS },
      category: 'promise',
      severity: 'warn',
      words: [
        // "谁都撬不开", "谁也弄不坏": nobody, ever.
        ...list('谁都 谁也').flatMap((nobody) => list('撬不开 打不开 砸不坏 弄不坏 剪不断 拉不断 扯不坏 破解不了').map((cannot) => nobody + cannot)),
        ...list(
          // Not 0甲醛: 零甲醛 is absolute.yong-jiu-ling's (train: every writer of a bare 零甲醛 labels it absolute); the same
          // span under both rules was settled by the categories' list order.
          '百分💯 一万个心 一分钟都不 一定没问题 一把过 一次就成功 一次过 一点事都没有 一点副作用都没有 ' +
          // 粤语 实 (surely) for 一定, after 咗 (了) so that 其实没问题 and 确实没问题 stay plain: "用咗实冇问题".
          '咗实冇问题 咗实冇事 咗实见效 咗实有效 ' +
          '一点危害都没有 一点问题都没有 一百个心 一辈子都 万无一失 不后悔 不满意全额退 不然全额退款 不然退款 ' +
          '不要钱 人格担保 以人格 保上岸 保你满意 保准 保您满意 保拿证 保正 保票 保管 保证不 保证你能 ' +
          '保证您满意 保证您能 保证没问题 保证满意 保证能 保过 准会 准保 准能 包上岸 包会 包你满意 包您满意 ' +
          '包拿证 包活 包票 包结果 包过 压不坏 压不塌 双倍的钱 向您保证 否则全额退款 坏不了 坐不坏 坐不塌 ' +
          '塌不了 屡试不爽 板上钉钉 必上岸 必到 必瘦 必达 必过 怎么摔都 怎么用都 我个人保证 我个人承担 我个人给您 ' +
          // "保证不到三天就到": delivery in under a term, promised (not 粤语 保证唔到, the guarantee declined).
          list('0 1 2 3 4 5 6 7 8 9 十 半 两').map((count) => `保证不到${count}`).join(' ') + ' ' +
          // The agent's life staked ("车充不会烧保险，我拿命担保": c199).
          '拿命担保 拿命保证 用命担保 用命保证 拿命赌 ' +
          '我保证 我担保 可以担保 能担保 必白 必变白 必上门 必送达 必见效 必长高 必提分 必消 扔不坏 拍胸脯 拿人格 掉不了 摔不坏 摔不烂 敢保证 敢担保 断不了 无任何条件 无效全额 ' +
          '无条件 无甲醛 毫发无损 永远不 永远坏不 永远掉不 永远都不 没效果全额 没有任何危害 没有任何条件 ' +
          '用不坏 白得发亮 百分之两百 百分之二百 百分之百 百分百 百试百灵 砸不坏 稳上岸 稳拿证 稳赚 稳过 管保 ' +
          '给您保证 绝不会 绝对 肯定没问题 肯定满意 肯定能 跟您保证 踩不坏 退双倍 都不会晚 都不会迟 都不会降 ' +
          '一根都不掉 一根都不会掉 人人有份 必中奖 百分百中奖 稳中奖 降了补差价 降价补差 买贵了全额 买贵包退 全额退差 随便摔 情况不存在 问题不存在 没跑了 ' +
          // A refund staked on the outcome ("修不好我退钱", "没效果就退").
          '不好我退 不好就退 不好全退 没效果就退 没效果我退 没用就退 没用我退 无效就退 无效我退 ' +
          // Nothing left behind, no pest left ("没有一点残留", "一个蚊子都没有").
          '没有一点残留 一点残留都没有 没有任何残留 蚊子都没 蟑螂都没 虫子都没 苍蝇都没 螨虫全灭 全灭 死光 ' +
          // Any problem at all taken on ("啥问题都包解决").
          list('什么 啥 啥子 任何').flatMap((any) => list('问题都包 毛病都包 情况都包').map((covered) => any + covered)).join(' ') + ' ' +
          // Any stain at all ("什么污渍都能洗掉").
          '什么污渍都 什么油污都 任何污渍都 再顽固的污渍都 ' +
          // However far, not a day late ("不管多远都是三天到", "一天都不会耽误").
          '不管多远都 无论多远都 再远都 一天都不会耽误 一天都不耽误 ' +
          // A refund if the buyer can sense the fault at all ("一点油烟都闻不到，闻到就退").
          '闻到就退 看到就退 听到就退 摸到就退 感觉到就退 ' +
          // One use lasting a season ("喷一次管半年"), delivery that must happen ("明天中午前必须到").
          '管半年 管一年 管一整年 管三个月 管一个月 管一季 管一夏 管三年 管十年 前必须到 之前必须到 明天必须到 今天必须到 ' +
          // Certain to pass or to learn ("十拿九稳", "没有学不会的", "130分以上稳了", "没有一个没过的").
          '十拿九稳 没有学不会 没有教不会 没有一个没过 没有一个没考过 没有一个不过 分稳了 分稳稳的 分以上稳了',
        ),
      ],
      unless: PROMISE_NEGATIONS,
      unlessAfter: { words: [...OWN_NEXT_TIME, ...OWN_SERVICE, ...OWN_FAULT], within: 0 },
      reason: `${PROMISE_BASIS}；“绝对”“百分百”“保证”之类的断言一旦落空就是违背承诺`,
      suggestions: ['我们会尽力', '一般情况下', '正常使用下'],
    },
    {
      id: 'promise.bai-fen-bai',
      boundary: { start: BAG_WORDS },
      // Bare 永不 (永不褪色, 永不卡顿) is absolute.yong-jiu-ling's; 保证/承诺永不… stays a promise through 保证 and 承诺.
      words: list(
        '一定 保持 保证 保准 准保 包你 包您 必定 承诺 打包票 肯定 铁定 ' +
          // "保证期末考过90": 保证 before the term's exams, not the allowed 保证期 (a guarantee period).
          '保证期末 保证期中',
      ),
      unlessAfter: { words: OWN_FEELINGS_OR_RULES, within: 0 },
      ...SURELY,
    },
    {
      id: 'promise.bai-fen-zhi-bai',
      // The sign is read (normalize.ts), so a bare 100 is a quantity or a price ("最好用100度的水", "赔您100"), not 100%.
      // 100% + 不 ("100%不掉色") is absolute.bai-fen-bu's (WRITERS.md, round 19); 100% + any other outcome is
      // absolute.bai-fen-outcome's but a delivery day or a mark passed ("过年前100%能到"), stated as certain.
      words: ['100%'],
      unlessAfter: { words: [...OWN_FEELINGS_OR_RULES, ...MADE_OF, '不'], within: 1 },
      ...SURELY,
      near: { words: [...DELIVERY_OUTCOMES, ...PASSED_MARKS], within: 10 },
    },
    {
      id: 'absolute.bai-fen-outcome',
      // Here and not in absolute.ts: it reads promise.bai-fen-zhi-bai's outcomes. 100% before an outcome ("100%防水，下大雨
      // 都不怕", "识别率100%，任何绘本都能点", "100%无酸，保存一百年都不会泛黄") is a 100 % claim about every piece, which
      // nobody can prove: absolute by WRITERS.md (100% is its word, a promise only through a guarantee word), and so the
      // train writers file it (absolute 16 writers, promise 6, round 20). 保证/一定/绝对 + 100% stay promises (SURELY's
      // words, promise.bai-fen-bai), as do a delivery day and a mark passed (promise.bai-fen-zhi-bai). Spelled out, the
      // same claim is absolute.bai-fen-spelled's.
      words: ['100%'],
      near: { words: PROMISED_OUTCOMES.filter((outcome) => !DELIVERY_OUTCOME_SET.has(outcome)), within: 10 },
      unless: { words: [...SURELY.unless!.words, ...GUARANTEE_WORDS], within: 4 },
      unlessAfter: { words: [...OWN_FEELINGS_OR_RULES, ...MADE_OF, '不'], within: 1 },
      category: 'absolute',
      severity: 'warn',
      reason: `${AD_LAW_9_3}；“100%防水”“识别率100%”把每一件的效果说成百分之百，同属绝对化用语`,
      suggestions: ['效果很好', '实测数据在详情页'],
    },
    {
      id: 'absolute.bai-fen-spelled',
      // 100 % spelled out right before an outcome ("这双鞋百分百合脚", "百分之百开花", and 💯 for the word: "💯防水"): the
      // claim of absolute.bai-fen-outcome's digits, absolute by WRITERS.md (100% is its word, a promise only through a
      // guarantee word, a delivery day or the shop's own act: round 21's decision). Joined, not near a cue: 💯 is typed as
      // decoration too ("三天见效💯", "宝子放心冲💯"), so alone it is no spelling of the word (spelling.ts DECORATIONS), and
      // one word list reads the hanzi and the emoji alike. A 百分百 away from its outcome ("百分百是能过的", "不会掉，百分百")
      // stays promise.jue-dui's bare word.
      words: list('百分百 百分之百 百分之一百').flatMap((total) => JOINED_OUTCOMES.map((outcome) => total + outcome)),
      // Typed between a degree word and its adjective ("最💯好用", "很💯好用", risk-model.ts's rewrite of 最) it decorates the
      // degree word's claim, which is that word's rule's.
      boundary: { start: list('最 很 超 顶 太 挺 更 非常 特别').map((degree) => `${degree}💯`) },
      // 保你 / 保您 ("保你百分百学会") guarantee as 保证 does.
      unless: { words: [...SURELY.unless!.words, ...GUARANTEE_WORDS, '保你', '保您'], within: 4 },
      // "百分百好用吗": asked back.
      unlessAfter: { words: ['吗'], within: 4 },
      category: 'absolute',
      severity: 'warn',
      reason: `${AD_LAW_9_3}；“100%防水”“识别率100%”把每一件的效果说成百分之百，同属绝对化用语`,
      suggestions: ['效果很好', '实测数据在详情页'],
    },
    {
      id: 'promise.bai-fen-zhi-bai-bao',
      category: 'promise',
      severity: 'warn',
      // 100% and then a guarantee or a delivery day ("100%包退", "百分百包邮到家", "100%次日达"), spelled out whole: the
      // guarantee is no outcome of promise.bai-fen-zhi-bai's list. The sign is read (normalize.ts), so a price or a count
      // is not: "这款100包邮到家", "满100包邮到家", "100包退货".
      words: list('100% 百分百 百分之百').flatMap((total) =>
        list(
          '包退 包换 包赔 包退换 包邮到家 包满意 包成活 包正品 次日达 次日到 次日送达 当日达 当天到 隔日达 ' +
            // Dispatch said as 100 % ("百分百今天发"): OWN_SERVICE lets 保证今天发出 pass as the shop's own work, but 100 % is the
            // absolute certainty the guide lists.
            '今天发 今天发出 今天发货 今晚发 今晚发出 明天发 明天发出 当天发 当天发出 当天发货',
        ).map((promised) => total + promised),
      )
        // 💯 right before a delivery ("明天💯送到"): promise.bai-fen-zhi-bai's claim, joined as 💯 alone is decoration.
        .concat(DELIVERY_OUTCOMES.map((delivery) => `💯${delivery}`)),
      unless: PROMISE_NEGATIONS,
      reason: `${PROMISE_BASIS}；“100%包退”“100%次日达”把售后和到货时间说成百分之百，店铺和快递都兑现不了`,
      suggestions: ['按店铺售后政策处理', '到货时间看快递实际进度'],
    },
    {
      id: 'promise.early-confirm',
      category: 'promise',
      severity: 'warn',
      // Receipt confirmed before the buyer has checked the goods: "您先确认收货 我再给您退差价", "麻烦先点一下确认收货".
      // What the agent stakes on it is a promise (a refund, a reissue, goods said to be on their way): train writers
      // file it 承诺 (23 writers, against 4 for 好评诱导, most of those with a gift: reviewbait.confirm-reward's).
      words: list('先确认收货 先点确认收货 先点一下确认收货 先点个确认收货 先把确认收货点 提前确认收货 先点收货 先确认一下收货'),
      // "我们不能让您提前确认收货", "您先别确认收货": the agent advises against it; "收到后…""要评价的话需要…": the order
      // of steps once the goods are in.
      unless: { words: list('不能 不用 不需要 不要 别 无需 不必 不会 请勿 不让 收到后 收到货后 检查后 没问题 需要 评价的话'), within: 8 },
      // "先确认收货就能评价了": how reviewing works, not a push.
      unlessAfter: { words: list('就能评价 才能评价 再评价 就可以评价 才可以评价 才能追评 就能追评'), within: 4 },
      reason: `${PROMISE_BASIS}；让买家先确认收货、许诺之后再退再补，落空了买家已失去验货和售后的保障，平台也按诱导确认收货处理`,
      suggestions: ['收到货检查没问题后再确认收货就好'],
    },
    {
      id: 'promise.dao-huo-ri',
      category: 'promise',
      severity: 'warn',
      // A delivery day said as settled ("今晚就能到", "明早就到你手上", "隔天就到", "今天下单今天到"): the courier
      // decides, the agent cannot back it. Not a bare 明天: next-day arrival after the order cutoff is the shop's usual
      // timing ("五点前下单，明天就能到", a regression draft labelled clean); 保证/肯定明天到 stay promise.bai-fen-bai's.
      // Hedged or left to the courier it is an estimate ("预计明天送达", "一般两三天到", "物流显示明天派送", "明天能不能到要看
      // 快递"); dispatch is the shop's own ("我们今天发出").
      words: [
        ...list('就能到 就到 就可以到 就能收到 就收到 就可以收到 就能送到 就送到 就能送达 就送达 就派到 就能派到 就到手 就能到手 准送到 准能到 准能收到'),
        // Arrival at the buyer's door or in their hands by the time named ("24小时内到你家", "后天100%到"), and 100%
        // as the settling word.
        ...list('到你家 到您家 到你手上 到您手上 到你手里 到您手里 100%到 百分百到 百分之百到'),
        // "今天下单今天到", "今天拍明天就到": ordering and arrival in one breath.
        ...list('今天 明天 当天').flatMap((day) => list('下单 拍 拍下').flatMap((ordered) => [`${ordered}${day}到`, `${ordered}${day}就到`, `${ordered}${day}就能到`])),
      ],
      near: {
        words: list(
          '今晚 今天晚上 今天下午 今天下单 今天中午 今天上午 今天 今日 明早 明晚 明天一早 明天上午 明天中午 后天 隔天 次日 当天 当日 听日 听朝 ' +
            '周一 周二 周三 周四 周五 周六 周日 周末 小时内 分钟内 半小时 一天内 两天内 三天内',
        ),
        within: 6,
      },
      unless: ARRIVAL_HEDGES,
      // "今天就到这里": a goodbye; "明天就能到吗": the buyer's question echoed.
      unlessAfter: { words: list('这 这里 此 吗 么 嘛 不 没'), within: 1 },
      reason: LONG_TERM_PROMISE,
      suggestions: ['到货时间看快递实际进度', '预计明天送达，以物流显示为准'],
    },
    {
      id: 'promise.ming-tian-dao',
      category: 'promise',
      severity: 'warn',
      // A bare 明天 with the arrival said as settled, in the plain future or done ("明天就到", "明天就到了"). Not
      // "明天就能到" alone: after the shop's cutoff it is its usual timing ("五点前下单，明天就能到", a regression draft
      // labelled clean); promise.ming-tian-fang-xin reads it with the buyer told not to worry.
      words: list('明天就到 明天就送到 明天就收到 明天就到手 明天就到家 明天就送达 听日就到 听日就送到 听日就收到'),
      unless: ARRIVAL_HEDGES,
      // "明天就到货了" (restock), "明天就到期": not the buyer's parcel; "明天就到吗": the question echoed.
      unlessAfter: { words: list('货 期 这 吗 么 嘛 不 没 店 仓'), within: 0 },
      reason: LONG_TERM_PROMISE,
      suggestions: ['到货时间看快递实际进度', '预计明天送达，以物流显示为准'],
    },
    {
      id: 'promise.deadline',
      category: 'promise',
      severity: 'warn',
      // A deadline made certain ("三天内一定补上给您发", "两小时内肯定送到", "48小时之内保证到"): the goods, a restock or
      // the courier held to a term the shop cannot command. Not the agent's own reply or handling ("24小时内一定给您回复",
      // "三天内一定帮您处理") nor what the buyer is asked to do ("七天内一定要确认收货").
      // The term is the word and the certainty its cue right next to it, so the allowed phrases 一定要, 一定帮您, 一定给您
      // hide the cue as they hide jue-dui's 一定.
      words: list('天 小时 分钟 周 日').flatMap((unit) => list('内 之内 以内').map((within) => unit + within)),
      near: { words: list('一定 肯定 保证 准保 必须'), within: 0 },
      unless: PROMISE_NEGATIONS,
      unlessAfter: {
        words: [
          ...OWN_SERVICE,
          ...list('给您回复 给你回复 回复您 回复你 回复 答复 给您答复 联系您 联系你 回您 回你 处理 审核'),
          // What the buyer is reminded to do in the term ("七天内一定记得确认收货", "7天内一定保留包装").
          ...list('记得 要 保留 留好 留着 确认 申请 提交 联系客服 联系我们 试穿 试用'),
        ],
        within: 2,
      },
      reason: `${PROMISE_BASIS}；“三天内一定到”“两小时内肯定补发到”把到货、补货的时间说死，快递和库存店铺左右不了`,
      suggestions: ['到货时间看快递实际进度', '预计明天送达，以物流显示为准'],
    },
    {
      id: 'promise.ming-tian-fang-xin',
      category: 'promise',
      severity: 'warn',
      // "明天就能到，您放心", "不用担心，明天就能收到": the usual timing turned into the agent's word by the reassurance.
      words: list('明天就能到 明天就可以到 明天就能收到 明天就能送到 明天就能到手'),
      near: { words: list('您放心 你放心 放心吧 请放心 不用担心 别担心 不要担心 不用急 别急 不要急 来得及 不会耽误'), within: 8 },
      unless: ARRIVAL_HEDGES,
      unlessAfter: { words: list('吗 么 嘛 不 没'), within: 0 },
      reason: LONG_TERM_PROMISE,
      suggestions: ['到货时间看快递实际进度', '预计明天送达，以物流显示为准'],
    },
    {
      id: 'promise.nian-xian',
      category: 'promise',
      severity: 'warn',
      // A span of years with the outcome ("三年不变形", "十年都不会坏", "半年长高五厘米"). Not the use itself ("吃了半年",
      // "用了一年") nor 增高 (the goods' kind): a testimonial's duration is no promise, and growth from eating is a
      // health claim (medical.zhang-gao).
      // Not 百年 ("百年老店"): a shop's age.
      words: list('一年 三年 两年 五年 十年 半年 四年 六年 七年 八年 二十年 三十年 五十年 一百年 几十年'),
      near: { words: PROMISED_OUTCOMES.filter((outcome) => !YEAR_NOT_OUTCOME.has(outcome)), within: 10 },
      // "正常使用五年以上是没问题的": a span hedged by normal use is an estimate, not a guarantee (a 保证 after the hedge
      // is still read by promise.bai-fen-bai).
      // "陈年四年以上", "我们是店保半年": a spirit's age or a warranty's term is a fact of the goods, not an outcome vowed.
      // "整机保一年": the warranty's term too.
      // "大概半年会变深": a span said to be about so long is an estimate too.
      unless: { words: [...PROMISE_NEGATIONS.words, ...list('正常使用 正常用 正常情况下 一般情况下 一般来说 正常来说 按说明使用 陈年 窖藏 酒龄 店保 质保 保修 整机保 大概 大约 估计')], within: 4 },
      // "一到三年级的孩子", "半年换一次码": a school grade, or how often the buyer replaces the goods. "开胶的话半年内可以售后":
      // the after-sales window, not an outcome vowed.
      // "详情页写了半年质保": the span of a warranty named after it, as 质保 / 保修 before it.
      unlessAfter: { words: [...OWN_NEXT_TIME, ...list('级 换一次 换一双 换一个 内可以售后 内可以申请售后 内都可以售后 内可以走售后 质保 保修 的质保 的保修')], within: 0 },
      reason: `${PROMISE_BASIS}；对褪色、起球、过敏、到货时间、效果等作绝对保证，店铺无法保证每一件都做到`,
      suggestions: ['按说明洗护一般不掉色', '一般情况下'],
    },
    {
      id: 'promise.dou-bu-hui',
      category: 'promise',
      severity: 'warn',
      words: list('一定不会 也不会 根本不会 绝不会 肯定不会 都不会'),
      near: {
        words: list(
          '中毒 中病毒 凉 出事 化了 卡顿 变形 变色 叮 咬 坏 塌 开线 开胶 掉 断 旧 有事 ' +
          '枯 死机 漏 炸 烂 爆 生锈 疼 皱 破 碎 磨脚 累 缩水 翻 花 蔫 裂 褪 起球 ' +
          '过敏 酸 黄 鼓 冷 闷 渗 变质 发霉 掉漆 掉毛 起毛 脱胶 串色 异味 ' +
          // Heat, damage in use and make-up failing ("一点都不会烫", "都不会伤发", "肯定不会结块").
          '烫 发热 发烫 伤 结块 脱妆 卡粉 晕妆',
        ),
        within: 3,
      },
      unless: PROMISE_NEGATIONS,
      reason: QUALITY_PROMISE,
      suggestions: ['正常使用下不容易出现问题', '按说明洗护可以减少掉色'],
    },
    {
      id: 'promise.zhi-liang',
      category: 'promise',
      severity: 'warn',
      words: list(
        '一定不会 一定没有 不会有任何 不可能 不带 保证没有 永远不 永远也 永远都 绝不 绝无 肯定不会 ' +
        '肯定没有',
      ),
      near: {
        words: list(
          '不下来 不开 假货 变形 坏 开胶 掉 故障 断 次品 毛病 漏 瑕疵 生锈 粘锅 缩水 裂 褪色 起球 ' +
          '过敏 问题 色差 异味 线头 变质 噪音 噪声 异响 油烟 ' +
          // "绝不延迟", "一定不会延误": a date the courier keeps, not the shop.
          '延迟 延误 拖延',
        ),
        within: 6,
      },
      unless: PROMISE_NEGATIONS,
      reason: QUALITY_PROMISE,
      suggestions: ['正常使用下不容易出现问题', '有任何质量问题都可以联系我们处理'],
    },
    {
      id: 'promise.zen-me-dou',
      category: 'promise',
      severity: 'warn',
      words: list(
        '也没事 也不怕 没毛病 像新的一样 和新的一样 照样 跟新的一样 都不会变形 都不会坏 都不会掉色 ' +
        '都不会缩水 都不会褪色 都不会起球 都不变形 都不坏 都不怕 都不掉色 都不用修 都不用换 ' +
        '都不用管 都不缩水 都不褪色 都不起球 都没事 都没有任何问题 都没有问题 都没问题 ' +
          // Never slow, never burnt however it is used ("系统怎么升级都不会卡", "接线您随便接，接错了也不会烧"): c66, c266.
          '都不会卡 也不会卡 都不卡 也不卡 都不会烧 也不会烧',
      ),
      near: {
        words: list(
          '一年 一辈子 万次 几年 十年 千次 多少回 多少次 多少遍 年都 怎么压 怎么坐 怎么扔 孙子辈 传代 传家 下一代 ' +
          '怎么拉 怎么洗 怎么用 怎么踩 扔 摔 暴晒 机洗 泡 泡水 洗澡 游泳 潜水 百次 砸 踩 出汗 流汗 淋雨 ' +
          '随便 ' +
          // Licked, burnt, driven for miles ("宝宝舔了都没事", "火烧三小时都没事", "跑十万公里都不用换").
          '舔 火烧 火烤 万公里 ' +
          // However the system is updated, however it is wired.
          '怎么升级 怎么更新 接错',
        ),
        within: 10,
      },
      unless: PROMISE_NEGATIONS,
      reason: QUALITY_PROMISE,
      suggestions: ['正常使用下很耐用', '具体请参考说明书的使用范围'],
    },
    {
      id: 'promise.zhong-shen',
      category: 'promise',
      severity: 'warn',
      // Not 永久 ("永久免费更新"): absolute.yong-jiu-ling's, as train writers file it (absolute 6, promise 1, both 7); this
      // span, reaching its near cue, swallowed it.
      words: ['终身', '终生', '一辈子'],
      near: { words: list(
        '不用换 保修 保障 免费 包换 包退 售后 维修 负责 质保',
      ), within: 6 },
      // "这个型号没有“永久保修”", "不提供终身质保": the lifetime cover denied.
      unless: { words: list('没有 没 不是 不提供 不支持 不包括 不含 并非'), within: 2 },
      // "终身免费清洗是品牌的服务": the brand's own scheme, explained.
      unlessAfter: { words: list('是品牌的 是厂家的 是官方的 是品牌方 由品牌 由厂家 品牌提供 厂家提供 是平台的'), within: 6 },
      reason: LONG_TERM_PROMISE,
      suggestions: ['按店铺售后政策处理'],
    },
    {
      id: 'promise.zhong-shen-bu',
      category: 'promise',
      severity: 'warn',
      // "终身都不会结块", "一辈子不变形": a lifetime without the failure (永久不… is absolute.yong-jiu-ling's).
      words: ['终身', '终生', '一辈子'],
      near: { words: list('不会 不坏'), within: 6 },
      unless: PROMISE_NEGATIONS,
      reason: LONG_TERM_PROMISE,
      suggestions: ['正常使用下很耐用', '按店铺售后政策处理'],
    },
    {
      id: 'promise.bei-pei',
      category: 'promise',
      severity: 'warn',
      words: ['倍'],
      // 退款 / 退钱: "瘦不下来…我给你双倍退款" (c139), the refund many times over.
      near: { words: ['赔', '罚', '退您', '退你', '退差价', '补偿', '退款', '退钱'], within: 4 },
      reason: PAYOUT_PROMISE,
      suggestions: ['店铺支持平台的正品保障服务'],
    },
    {
      id: 'promise.jia-yi-pei',
      category: 'promise',
      severity: 'warn',
      words: [
        '假一赔', '假一罚', '假货赔十', 
        '加倍赔',
        // "要是饲料鸡下的 一赔二十": one repaid many times over, whatever the fault is called.
        ...list('一赔二 一赔两 一赔三 一赔五 一赔十 一赔百 一罚二 一罚三 一罚五 一罚十'),
        // The payout named as a sum or a whole set, over and above a refund ("不是原装赔你一万", "修不好倒赔", "漏一片赔一包",
        // "穿不下我赔您一套新的"): c135, c140, c198, c204, c221.
        '倒赔',
        // A whole unit repaid ("缺一页赔你一本", "不是原装赔你一部新手机"): every train draft with 赔你 / 赔您 + one of these is risky (26).
        ...list('赔 赔你 赔您').flatMap((payout) => list('一百 一千 一万 十万 一套新的 一整套 一包 一整包 一箱 一整箱').map((sum) => payout + sum)),
        ...list('赔你 赔您').flatMap((payout) => list('一本 一部 一台 一盒 一双 一个 一瓶 一件 一只').map((unit) => payout + unit)),
        // Not genuine, then paid ("不是的话十倍赔", "不是正品赔十倍"): the condition is written whole, since 不是 before a
        // promise otherwise reads as the promise denied.
        // "不是新的我赔三倍": new goods staked like genuine ones, and the multiple named.
        ...list('不是的话 不是正品 不是原装 不是全新 不是真的 不是纯的 不是天然的 不是新的 不是新货').flatMap((condition) =>
          list('十倍赔 百倍赔 赔十倍 赔百倍 赔双倍 赔两倍 赔三倍 赔五倍 赔你 赔您 我赔 倒赔').map((payout) => condition + payout),
        ),
      ],
      /**
       * "假一赔三是平台统一的服务", "拼多多有“假一赔十”的保障": the platform's guarantee the shop has joined, not the
       * agent's own offer.
       */
      // "我们没有「假一赔十」这一说": the payout denied.
      unless: { words: list('平台有 平台的 平台提供的 拼多多有 多多有 京东有 抖音有 抖店有 淘宝有 天猫有 快手有 没有 不是 哪有 不搞 不做'), within: 4 },
      unlessAfter: { words: list('平台的 平台统一 是平台'), within: 6 },
      reason: PAYOUT_PROMISE,
      suggestions: ['店铺支持平台的正品保障服务'],
    },
    {
      id: 'promise.yong-jiu',
      boundary: { start: BAG_WORDS },
      category: 'promise',
      severity: 'warn',
      // Not 永久有效 ("网课卡永久有效"): 永久 is absolute.yong-jiu-ling's, as WRITERS.md lists it and the train writers
      // file it (absolute 5 writers, promise 2, round 20).
      words: list(
        '7天见效 ∞年 一劳永逸 一次就白 一次就消 一次就瘦 一次就没 一次就掉 一周见效 一定能到 一定送到 一次见效 一辈子不 三天见效 不会再长 不合适包退 ' +
        '不干净退 不瘦退 不白退 不舒服包退 不见效退 不长退 今天一定到 保用 保证到货 保证送到 冻龄 前一定到 ' +
        '包换到 包效果 包用 包瘦 包长高 坏了随时 年轻了十岁 年轻五岁 年轻几岁 年轻十岁 当天就可以住 ' +
        '当天就能住 当天见效 想退就退 无效果退 无效退 明天一定到 明天就能住 晒不黑 ' +
        // 粤语: 听日 (明天), 今日, and 实 (surely) for 一定 ("听日实到", "今晚十点前实到").
        '听日一定到 今日一定到 听日实到 今日实到 今晚实到 前实到 ' +
        '没效果退 满意为止 用一辈子 用坏了包换 瘦一圈 白一个度 白两个度 白到发光 白成一道光 穿一辈子 ' +
        '立即见效 立竿见影 立马见效 细一圈 肯定到 脸就小 装完就能住 见效快 质保∞ 逆生长 都不会再长 随便退 ' +
        '随时换新 随时给您换新 马上就能住 马上见效',
      ),
      // "明天不一定能到": 不一定 is no promise.
      unless: { words: ['不'], within: 0 },
      reason: LONG_TERM_PROMISE,
      suggestions: ['按店铺售后政策处理', '到货时间看快递实际进度', '效果因人而异'],
    },

    {
      id: 'promise.bu-xiao-tui',
      boundary: { start: BAG_WORDS },
      category: 'promise',
      severity: 'warn',
      // "考不过就退钱", "没考上退学费": money back staked on the outcome.
      words: list('全额退 包退 退全款 全退 全部退 退晒 全退返 退双倍 退两倍 退2倍 就退钱 退学费'),
      near: {
        words: [
          ...list(
            '不亮 不好用 不灵 不瘦 不白 不管用 不见效 不达标 不长 不顺 变了 学不会 掉了 无效 没变化 没效果 ' +
            '没用 没考到 没达到 瘦不下来 瘦不了 考不上 考不过 没考过 没通过 挂科 达不到 不舒服 不好睡 不好穿',
          ),
          ...FAILURES,
        ],
        within: 6,
      },
      reason: LONG_TERM_PROMISE,
      suggestions: ['按店铺售后政策处理', '效果因人而异'],
    },

    {
      id: 'promise.bu-man-yi-tui',
      category: 'promise',
      severity: 'warn',
      // The agent refunds out of hand when a taste, a fit or an effect disappoints ("不甜俺给你退钱", "不适合我给您退"):
      // a judgement nobody can check. Damage (坏了给您退钱) is after-sales, not this.
      words: list('给你退钱 给您退钱 我退钱 退你钱 退您钱 我给您退 我给你退 直接退钱 直接退款 直接全退'),
      near: {
        words: [...ARRIVAL_QUALITIES.flatMap((quality) => [`不${quality}`, `唔${quality}`]), ...list('不适合 没效果 没用 不管用 没变化 不见效 不白 不瘦 没白 没瘦 不长')],
        within: 6,
      },
      unless: PROMISE_NEGATIONS,
      reason: LONG_TERM_PROMISE,
      suggestions: ['按店铺售后政策处理', '效果因人而异'],
    },
    {
      id: 'promise.bu-tui-qian',
      category: 'promise',
      severity: 'warn',
      // "不亮退钱", "不巴适退钱", "不长肉退钱", "不一样我退钱": money back staked on whatever the goods fail to do, the
      // frame 不 + the outcome + 退钱 (not "不想要了退钱也行" or "不能私下退钱", the buyer's wish and a rule).
      words: ['退钱'],
      near: { words: ['不'], within: 3 },
      unless: { words: [...PROMISE_NEGATIONS.words, ...list('私下 不想 不要 不需要 不用 不喜欢 没法 按规定')], within: 6 },
      unlessAfter: { words: list('不 吗 么'), within: 0 },
      reason: LONG_TERM_PROMISE,
      suggestions: ['按店铺售后政策处理', '效果因人而异'],
    },
    {
      id: 'promise.fail-refund',
      boundary: { start: BAG_WORDS },
      category: 'promise',
      severity: 'warn',
      // Money back or goods sent again staked on any outcome the goods fail ("不发芽全额退款", "学不会退款",
      // "提不了我们负责", "不开花全部重发"): the frame 不/…不了/…不到 + the payout a few characters later, whatever the
      // outcome is, so the outcome needs no list. Not a refund refused or a rule ("不支持退款", "不给您退款",
      // "不成团自动退款", "与描述不符全额退款" is the inspection's own terms).
      words: list('退款 退钱 全额退 退全款 全款退 全退 包退 全额赔 重发 我们赔 我们负责 直接退 赔你 赔您'),
      near: { words: ['不'], within: 4 },
      unless: {
        words: [...PROMISE_NEGATIONS.words, ...list('不给 不予 不支持 不成团 不符 私下 不想 不要 不需要 不用 没法 按规定 不影响 不退')],
        within: 4,
      },
      // "退款我可不批", "这个退款我就不同意": a refund withheld, not promised. "退款的事不好说", 粤语 "退款嘅事唔好问我":
      // the refund is the topic, and what follows it is no outcome staked (c305).
      unlessAfter: { words: list('不 吗 么 需要 要在 得在 我不 我可不 我就不 就不 可不 的事'), within: 0 },
      reason: PAYOUT_PROMISE,
      suggestions: ['按店铺售后政策处理', '效果因人而异'],
    },
    {
      id: 'promise.learn-count',
      category: 'promise',
      severity: 'warn',
      // A child's learning staked as a count by an age or stage ("孩子三岁就能认识一千个字", "大班就能认识1000字"): the
      // outcome of study promised with no promise word. The 2026 tables' catcher no longer reads the regression set's
      // draft of it; 就能 + the skill + a count of characters, words or poems is the shape, whatever the goods.
      words: list('就能认识 就会认识 就能认 就能背 就会背 就能背会 就能学会 就能背出'),
      near: { words: list('个字 千字 百字 00字 个汉字 个单词 个英语单词 首古诗 首诗 首唐诗'), within: 8 },
      unless: PROMISE_NEGATIONS,
      reason: `${PROMISE_BASIS}；“三岁就能认识一千个字”是拿孩子的学习结果作保证，因人而异，店铺兑现不了`,
      suggestions: ['效果因人而异', '坚持使用会有改善'],
    },
    {
      id: 'promise.li-ke',
      category: 'promise',
      severity: 'warn',
      words: list('全没了 就不见了 就没了 就消失了 都没了'),
      near: { words: list('一周 一夜 一晚 一次 三天 两天 当天 用完 第二天 马上'), within: 8 },
      reason: LONG_TERM_PROMISE,
      suggestions: ['效果因人而异', '坚持使用会有改善'],
    },
    {
      id: 'promise.zai-ye-bu',
      category: 'promise',
      severity: 'warn',
      words: ['再也不', '以后不会'],
      near: {
        words: list('反弹 口臭 堵 复发 异味 拉稀 掉发 晒黑 胀气 脱发 虫 蚊子 蟑螂 起皮 软便 长痘'),
        within: 5,
      },
      reason: QUALITY_PROMISE,
      suggestions: ['可以明显减少', '效果因人而异'],
    },
    {
      id: 'promise.pei-fu',
      category: 'promise',
      severity: 'warn',
      words: list(
        '倒贴 再赔 医药费 双倍赔 另外赔 另赔 还赔 额外赔 额外补您 额外补你 每天赔 一天赔 ' +
          // "差多少补多少", "降多少退多少": the agent makes up any difference.
          '退款再送 全额退款再送 退钱再送 退款还送 差多少补多少 差多少赔多少 多少都报 多少都赔 花多少报多少 花多少赔多少 降多少退多少 降多少补多少 少多少补多少 少多少赔多少 整箱重发 整箱给您重发 整箱给你重发 全单免单',
      ),
      unless: PROMISE_NEGATIONS,
      reason: PAYOUT_PROMISE,
      suggestions: ['按店铺售后政策处理'],
    },
    {
      id: 'promise.bu-qian',
      category: 'promise',
      severity: 'warn',
      // Cash from the agent when the shop falls short ("发不出我补您二十块", "晚一天我补你十元").
      words: list('我补您 我补你 我赔您 我赔你 我给您补 我给你补 再补您 再补你 还补您 还补你'),
      near: { words: list('块 元 块钱 红包'), within: 5 },
      unless: PROMISE_NEGATIONS,
      // "发芽那块有毒 拍个照我给你补发": the goods sent again, ordinary after-sales (块 there a piece, not money).
      unlessAfter: { words: list('发 寄 一份 一个'), within: 0 },
      reason: PAYOUT_PROMISE,
      suggestions: ['有问题联系我们，按店铺售后政策处理'],
    },
    {
      id: 'promise.huai-yi-pei',
      category: 'promise',
      severity: 'warn',
      // "坏一赔三", "少一两赔十斤", "坏多少赔多少": a payout per failed unit, the shape of 假一赔十 for any failure.
      words: list('坏 烂 少 错 破 漏 死 缺 掉 断').flatMap((failure) => [
        ...list('一赔 一陪 一罚 一补 多少赔 多少陪 几个赔 几个陪').map((payout) => failure + payout),
        // Per unit counted or weighed ("少一克赔十克", "坏一颗我补两颗").
        // Plants and strips counted too ("死一棵补十棵", "断一条赔两条").
        ...list('个 斤 两 克 件 颗 只 包 瓶 盒 箱 根 片 袋 棵 株 盆 条').flatMap((unit) =>
          list('赔 陪 补 我赔 我补').map((payout) => `${failure}一${unit}${payout}`),
        ),
      ]).concat(
        // Any fault, one unit repaid several times over ("有色差一片赔十片", "一只赔两只").
        list('个 斤 件 颗 只 瓶 盒 箱 根 片 袋 块').flatMap((unit) => list('赔两 赔俩 赔二 赔三 赔五 赔十 赔双').map((payout) => `一${unit}${payout}`)),
        // The whole order replaced twice ("丢了我当场给你补两份").
        list('补 赔 发').flatMap((payout) => list('两份 双份 两箱 两单').map((twice) => payout + twice)),
      ),
      unless: PROMISE_NEGATIONS,
      reason: PAYOUT_PROMISE,
      suggestions: ['有破损拍照联系我们，按店铺售后政策处理'],
    },
    {
      id: 'promise.wo-pei',
      category: 'promise',
      severity: 'warn',
      // The agent pays out of pocket when the goods fail ("断了我赔你新的", "到不了我赔你钱", "耽误了我包赔").
      words: list(
        '我包赔 我来补 我来赔 我赔 赔你 赔您 陪你 陪您 补你两 补您两 补你双 补您双 都赔 白吃 白送你 白送您 砸我招牌 ' +
          // Paid by the agent, not by after-sales ("坏了…我直接给您打款", "不甜一个赔一个", "自己掏钱赔您").
          '给您打款 给你打款 一个赔 赔一个 掏钱 直接赔',
      ),
      near: { words: [...FAILURES, ...list('送不到 跑不到 收不到')], within: 8 },
      unless: PROMISE_NEGATIONS,
      reason: PAYOUT_PROMISE,
      suggestions: ['有问题拍照联系我们，按店铺售后政策处理'],
    },
    {
      id: 'promise.zhao-wo',
      category: 'promise',
      severity: 'warn',
      // "胖了你来找我", "打油了随时找我": the agent answers in person for the outcome. Not a size that does not fit
      // ("尺码不合适随时找我换"): an exchange for fit is ordinary after-sales, as is the buyer's dissatisfaction brought to
      // the agent ("不满意随时找我": no train risky draft is caught through it).
      words: list('你来找我 您来找我 你找我 您找我 随时找我 来找我 直接找我'),
      near: { words: [...FAILURES.filter((failure) => !FIT.has(failure) && !DISSATISFIED.has(failure)), ...list('送不到 跑不到 收不到')], within: 8 },
      unless: PROMISE_NEGATIONS,
      reason: PAYOUT_PROMISE,
      suggestions: ['有问题拍照联系我们，按店铺售后政策处理'],
    },
    {
      id: 'promise.bao-pin-zhi',
      boundary: { start: BAG_WORDS, end: XIANG_NOUNS },
      category: 'promise',
      severity: 'warn',
      // 包/保证/保准/指定 + a quality the buyer checks on arrival ("包甜", "包合身", "保证靓", "指定到").
      words: [
        ...list('包 保证 保准 准保 管保 指定 肯定 一定 保证是 保准是 一定是 肯定是').flatMap((frame) => ARRIVAL_QUALITIES.map((quality) => frame + quality)),
        ...list('准到 指定到 保准到 包到 保熟 保甜'),
      ],
      unless: PROMISE_NEGATIONS,
      reason: `${PROMISE_BASIS}；口感、成熟度、合身与否因批次和个人而异，“包甜”“保证合身”是店铺兑现不了的保证`,
      suggestions: ['大部分买家反馈口感不错', '可以参考尺码表选择', '到货时间看快递实际进度'],
    },
    {
      id: 'promise.yong-guo-ye-tui',
      category: 'promise',
      severity: 'warn',
      // Goods used up, opened or worn, and still taken back ("用空了也给你退", "拆了都能退", "吃完再退都行"): the state,
      // 也/都/再, then the refund, read as one frame (not "拆封了也不能退", where a negation stands between).
      // The refund is the word and the state its cue right before, so the frame costs a few dozen patterns.
      words: [
        ...list('也 都').flatMap((still) =>
          // "用了半年也能给您退全款", "食咗一半都可以无理由退": the refund with 能/可以 before it.
          list(
            '退 能退 给退 给你退 给您退 可以退 包退 退钱 全额退 能换 给换 一样退 一样给你退 一样给您退 照样退 照样给你退 照样给您退 给你全退 给您全退 能全退 全款退 ' +
              '能给你退 能给您退 可以给你退 可以给您退 可以无理由退 能无理由退',
          ).map(
            (refund) => still + refund,
          ),
        ),
        ...list('再退 再来退 再给你退 再给您退'),
      ],
      near: {
        words: list(
          '用完 用完了 用空 用空了 用过 用过了 吃完 吃完了 喝完 喝完了 拆了 拆开了 拆封了 开封了 穿过 穿过了 洗过 洗过了 吃了一半 用了一半 剪了标 剪了 吊牌剪了 剪标了 ' +
            // "开罐了照样退", "睡了半年也给你退": a container opened, goods used for months.
            '开罐了 开瓶了 开盒了 开袋了 弄脏了 用脏了 睡过 睡过了 睡了半年 用了半年 穿了半年 ' +
            // "用了一年也能退": a year of use, and still taken back.
            '用了一年 用了两年 用了几个月 用了三个月 用了一个月 穿了一年 穿了一季 睡了一年 ' +
            // "拆过装过也能退", "喝一半也能退", "拆了用过一片也能退": more states of use.
            '拆过 装过 喝过 喝了 喝一半 吃一半 用一半 用过一片 用过一次 ' +
            // Damage the buyer did ("拆了弹坏了也能退"), 粤语 食 for 吃 ("食咗一半", read 食了一半).
            '弄坏了 摔坏了 玩坏了 弹坏了 食了一半 食完了',
        ),
        within: 0,
      },
      // "没装过也能退", "未拆封也能退": the state denied is the ordinary return.
      unless: { words: list('没 未 没有'), within: 3 },
      reason: `${PROMISE_BASIS}；售后须按平台规则和店铺政策处理，用过、拆封后仍给退换是客服口头放宽的条件，店铺兑现不了`,
      suggestions: ['按店铺售后政策处理', '有问题可以申请售后，我们会尽快处理'],
    },
    {
      id: 'promise.wu-tiao-jian',
      boundary: { start: BAG_WORDS },
      category: 'promise',
      severity: 'warn',
      // After-sales beyond the shop's policy: no inspection, no limit, any reason ("坏了直接换新不用检测", "不限次数",
      // "什么原因都给您退", "用了一半也能退").
      words: list(
        '不用检测 不用检验 不用鉴定 不限次数 无限次 不限次 什么原因都 任何原因都 包修包换 包换包修 包退包运费 零费用 ' +
        // Exchanges with no count ("尺码不对我免费给你换，换十次都行", "换十次都包邮"): c186, c251.
        '换十次 换二十次 换一百次 换多少次都 换几次都 想换几次换几次 ' +
        '喝了一半也 用了一半也 吃了一半也 用过了也 拆封用过 过了保质期也 过期也能吃 过期了也能 不用等检测 无需检测 都能给您直接退 ' +
        '什么情况都 拆了用了 用了都行 拆了都行 过一年都行 ' +
        // Past the return window or around after-sales ("哪怕超过30天 随时都给您退", "不用走售后").
        '哪怕超过 随时都给您退 随时都给你退 随时给您退 随时给你退 不用走售后 不走售后 不用走流程 ' +
        // A trade-in at the top grade whatever the old one is like ("随便什么成色，都按最高档给您补贴").
        '随便什么成色 不管什么成色 不论什么成色 什么成色都 都按最高档 按最高档给 ' +
        // Past the seven days of no-reason returns ("不满意您七天后也能退").
        '七天后也 7天后也 过了七天也 过了7天也 超过七天也 超过7天也 七天以后也能退 7天以后也能退 七天以后也可以退 多久都能退 多久都可以退 ' +
        // Opened or not, used or not, all taken back ("拆没拆封都行", "哪怕用过弄脏了都行").
        '拆没拆封都行 拆没拆封都能退 拆没拆封都给 拆没拆都行 拆没拆都能退 用没用过都行 用没用过都能退 哪怕用过 哪怕拆了 哪怕穿过 哪怕拆封 ' +
        // No photo or proof asked, goods the law excludes from no-reason returns taken back ("生鲜也给退", "穿过也能退").
        '不用拍照 不需要拍照 不用凭证 不用证明 不用小票 不要小票 不需要小票 随时无理由 生鲜也 穿过也 洗过也 拆封也 剪标也 定制也 ' +
        // "三个月内随时退，不问原因".
        '不问原因 不问理由',
      ),
      unless: PROMISE_NEGATIONS,
      reason: `${PROMISE_BASIS}；售后须按平台规则和店铺政策（检测、时限、次数）处理，客服口头放宽的条件店铺兑现不了`,
      suggestions: ['按店铺售后政策处理', '有问题可以申请售后，我们会尽快处理'],
    },
    {
      id: 'promise.le-wo-pei',
      category: 'promise',
      severity: 'warn',
      // Whatever the failure, the agent pays for it right after naming it ("掉了我赔", "用坏了算我的", "跑不到赔您"):
      // the condition is any verb + 了, …不到 or …不了, the remedy a payout. Service after 了 is not this ("拍错了找我改",
      // "小了我给您换", "少发了免费补发", "不想要了退钱也行"): 找我/换/补发/退 stay with the named failures of promise.wo-pei.
      // "装坏了我们全包": the shop, not only the agent, taking every cost on.
      // "瘦不下来算我的", "洗不干净算我的", "养不活算我的" (c118, c138, c178 and others): the failure said by its outcome.
      words: list('我赔 赔您 赔你 算我的 我负责 我掏钱 我包赔 我包退 我们全包 我们全赔 我们包赔 我倒贴 我自掏腰包').flatMap((remedy) =>
        list('了 不到 不了 不下来 不干净 不活 不掉 没效果').map((failed) => `(${failed})${remedy}`),
      ).concat(
        // "学不会我倒贴你钱", "效果不好我自掏腰包赔您": 不会/不好 name the failure, right before the agent's own payout
        // (as PROMISE_NEGATIONS they would cancel it).
        list('我赔 我倒贴 我自掏腰包 我掏钱 我包赔 算我的').flatMap((remedy) => [`(不会)${remedy}`, `(不好)${remedy}`]),
      ),
      // "停不下来算我的错": the agent's fault owned, not a payout.
      unlessAfter: { words: list('错 责任 问题'), within: 0 },
      unless: { words: PROMISE_NEGATIONS.words.filter((word) => word !== '不会' && word !== '不好'), within: PROMISE_NEGATIONS.within },
      reason: PAYOUT_PROMISE,
      suggestions: ['有问题联系我们，按店铺售后政策处理'],
    },
    {
      id: 'promise.li-ma',
      category: 'promise',
      severity: 'warn',
      // An effect the moment it is used ("滴了立马不干", "一抹就干净", "一贴就好"): no product can promise that.
      words: list('立马 立刻 当场 一抹就 一涂就 一喷就 一贴就 一敷就 一滴就 一洗就 一擦就 一刷就'),
      // Not 好 or 掉 alone: "我立刻好好查一下", "立马给您改好", "立刻掉头" are service.
      near: { words: list('白 瘦 亮 软 顺 通 消 干净 不疼 不痛 不痒 不干 不堵 没了 不见 见好 变白 变亮 变瘦 长高 高了'), within: 3 },
      unless: PROMISE_NEGATIONS,
      reason: LONG_TERM_PROMISE,
      suggestions: ['效果因人而异', '坚持使用会有改善'],
    },
    {
      id: 'promise.zhi-shao',
      category: 'promise',
      severity: 'warn',
      // A guaranteed minimum outcome ("至少提高十分", "至少能瘦十斤"); "至少要两天" is an honest estimate.
      words: ['至少'],
      // "至少能拿一半分": a mark guaranteed.
      near: { words: list('提高 提升 多考 提分 瘦 长高 变白 白两 涨 减 能拿 考到 多拿'), within: 6 },
      unless: PROMISE_NEGATIONS,
      reason: LONG_TERM_PROMISE,
      suggestions: ['效果因人而异'],
    },
    {
      id: 'promise.bao-nin',
      category: 'promise',
      severity: 'warn',
      // "保您卸得干干净净", "管你吃得放心": 保/管 + the buyer is a guarantee (not 确保您, 担保您, 不管您, 尽管您).
      words: list('保您 保你 管您 管你'),
      unless: { words: list('确 担 不 尽 只 环 别'), within: 0 },
      reason: `${PROMISE_BASIS}；“保您…”“管您…”是对结果的保证，一旦落空就是违背承诺`,
      suggestions: ['一般情况下', '大部分买家反馈不错'],
    },
    {
      id: 'promise.bao-zheng',
      boundary: { start: BAG_WORDS },
      category: 'promise',
      severity: 'warn',
      // 保证 + any outcome ("保证孩子爱吃", "保证流畅运行大型游戏", "保证您家安全"), 一定能/一定让您…: in the drafts
      // the clean 保证 is declined (不能保证, 没办法保证 — the contexts), the deposit (保证金) or authenticity (保证正品).
      // Fit promised outright ("一定兼容你部机，唔使check型号", c299).
      words: list('保证 包您 包你 必定 一定能 一定让您 一定让你 肯定让您 肯定让你 保证让您 绝对让您 一定兼容 肯定兼容 绝对兼容 一定适配 肯定适配'),
      // "退回时请保证包装齐全": asking the buyer to see to something (请, 麻烦, 需要 + 保证).
      unless: { words: list('不一定 不会 不好 不敢 不能 很难 无法 没法 没办法 没有办法 没得办法 莫得办法 只能 替 谁也 谁都 没人能 没有人能 没人敢 没有人敢 请保证 请您保证 麻烦保证 需要保证 务必保证 要保证 最好保证 尽量保证 建议保证'), within: 3 },
      // Authenticity, which the platform's own 正品保障 stands behind ("保证是正品", "保证所有商品都是正品"), and
      // service the agent gives ("一定能帮您处理好", "保证给您处理", "一定能给您优惠一点").
      unlessAfter: { words: [...list('正品 是正品 原装 是原装 都是正品 所有商品都是正品 是 都是 帮 给 为 质量 品质 发的都是 发出去的 发出的 出库的 新货'), ...OWN_NEXT_TIME, ...OWN_SERVICE], within: 0 },
      reason: `${PROMISE_BASIS}；“保证”“一定能”之类的断言一旦落空就是违背承诺`,
      suggestions: ['我们会尽力', '一般情况下', '大部分买家反馈不错'],
    },
    {
      id: 'promise.du-zhu',
      boundary: { start: BAG_WORDS },
      category: 'promise',
      severity: 'warn',
      // The agent stakes themself on the outcome ("闻到了算我输", "有问题我全包", "包在我身上", "我说了算").
      // "…没效果全额退款 说到做到", "出啥问题我都兜底": the agent's word given for the outcome, or the risk taken on.
      // "有问题俺负责处理": the agent handling the case, after-sales work, not the outcome taken on.
      unlessAfter: { words: list('处理 解决 跟进 对接'), within: 0 },
      words: list('说到做到 说话算话 我兜底 我都兜底 我来兜底 都给你兜底 都给您兜底 由我们兜底 我们兜底 我们来兜底 我个人负责 自掏腰包 这单我做主 我做主了 我自己给您补 我自己给你补 我自己补 自己掏钱给您 自己掏钱给你 自己掏钱补 我掏钱给您 我掏钱给你 我倒贴 倒贴你钱 倒贴您钱 算我输 我输给你 我输给您 我全包 我全赔 我全退 全算我的 都算我的 算我头上 包在我身上 我说了算 我负全责 出了问题我负责 有问题我负责'),
      unless: PROMISE_NEGATIONS,
      reason: PAYOUT_PROMISE,
      suggestions: ['有问题联系我们，按店铺售后政策处理'],
    },
    {
      id: 'promise.duo-jiu',
      category: 'promise',
      severity: 'warn',
      // However long or often it is used, it never fails ("用多久都不会", "洗多少次都不变形").
      words: list(
        '用多久都 用多久也 穿多久都 穿多久也 洗多久都 戴多久都 用再久 穿再久 用多少年都 用多少年也 ' +
          '用多少次都 用多少次也 洗多少次都 洗多少次也 洗多少遍都 洗多少遍也 多少年都不 多少年也不 多少次都不 多少遍都不',
      ),
      unless: PROMISE_NEGATIONS,
      reason: QUALITY_PROMISE,
      suggestions: ['正常使用下很耐用', '按说明洗护可以减少掉色'],
    },
    {
      id: 'promise.ji-ci',
      category: 'promise',
      severity: 'warn',
      // A count of uses it survives ("洗二十次都不掉", "摔了几十次也没坏", "穿三年都不起球").
      words: list('次都不 次也不 遍都不 遍也不 年都不 年也不 个月不 个月都不 个月也不'),
      near: { words: list('洗 用 穿 摔 戴 泡 刷 擦 压 踩 折 拉 晒 煮 褪 掉色 变形 起球 发黄 坏'), within: 8 },
      unless: PROMISE_NEGATIONS,
      reason: QUALITY_PROMISE,
      suggestions: ['正常使用下很耐用', '按说明洗护可以减少掉色'],
    },
    {
      id: 'promise.cha-jia',
      category: 'promise',
      severity: 'warn',
      // A price guarantee against every other seller ("买贵了退差价，不管您在哪家看到更便宜的"); the platform's own
      // 价保 (a price drop of the same listing) is not this.
      words: list('退差价 补差价 赔差价 差价退 差价补 退您差价 退你差价'),
      near: { words: list('买贵 哪家 别家 别的店 其他家 其他店 其他平台 任何一家 任何地方 外面'), within: 12 },
      unless: PROMISE_NEGATIONS,
      reason: PAYOUT_PROMISE,
      suggestions: ['店铺支持平台的价格保护服务，以平台规则为准'],
    },
    {
      id: 'promise.jia-bao-chang',
      category: 'promise',
      severity: 'warn',
      // Price protection stretched far past the platform's days ("价保到年底", "保价一年，一年内降价都给你补"): the
      // platform's 价保 runs 7 to 30 days, and a longer one is the agent's own promise.
      // "这个价锁定一年": the price held, as 价保 is.
      words: list('价保 保价 价格保护 价格保到 价格保 价锁定 价格锁定 锁价'),
      near: { words: list('半年 一年 一整年 两年 三年 到年底 年底 全年 一直 永久 终身 几个月 三个月 六个月'), within: 4 },
      unless: PROMISE_NEGATIONS,
      reason: PAYOUT_PROMISE,
      suggestions: ['价保以平台规则为准'],
    },
    {
      id: 'promise.zeng-zhi',
      category: 'promise',
      severity: 'warn',
      // A return on the goods as an investment ("只涨不跌", "放五年翻一番", "转手就是净赚两万", "等于给自己存钱"): prices of
      // gold, jade and watches move, and the Advertising Law (article 25) bars promising a return.
      words: list('只涨不跌 只升不降 稳赚不赔 只赚不赔 翻一番 转手就是 转手就赚 转手肯定 转手就能赚 净赚 保证升值 一定升值 肯定升值 必升值 越放越值钱 等于存钱 给自己存钱 增值空间很大').concat(
        // The goods bought back at the full price later ("一年内还能按原价回收", "以后回收按原价收，一分不少"): no loss
        // promised, as a return is (train: 8 drafts of 7 writers, c308 among them, all risky).
        list('原价回收 原价收回 原价回购 原价收购 按原价收 我们原价收 我原价收'),
      ),
      unless: { words: [...PROMISE_NEGATIONS.words, ...list('不承诺 不保证 不敢说')], within: 4 },
      reason: `${PROMISE_BASIS}；对升值、投资收益作保证属《广告法》第二十五条所说的保证性承诺，金价、珠宝、名表的行情会涨会跌`,
      suggestions: ['行情有涨有跌，请按自己的需要购买'],
    },
    {
      id: 'promise.wu-qi-xian',
      category: 'promise',
      severity: 'warn',
      // Cover with no end ("降价一直给您补差价，没有期限", "保修不限时间"): beyond the platform's 价保 and any warranty.
      words: list('没有期限 没期限 不限期限 无限期 不设期限 不限时间 没有时间限制 一直给您补 一直给你补'),
      near: { words: list('补差价 退差价 差价 保修 质保 退换 换新 补发 包换 包退 价保'), within: 12 },
      unless: PROMISE_NEGATIONS,
      reason: LONG_TERM_PROMISE,
      suggestions: ['价保以平台规则为准', '按店铺售后政策处理'],
    },
    {
      id: 'promise.ren-he-yuan-yin',
      category: 'promise',
      severity: 'warn',
      // Whatever the reason, the shop pays ("不论什么原因 运费我们都承担"): beyond any after-sales policy.
      // A frame of its parts (whatever + what + reason), so 不管啥子原因 and 无论任何理由 need no entry of their own.
      words: list('不论 不管 无论').flatMap((whatever) =>
        list('什么 啥 啥子 任何').flatMap((what) => list('原因 情况 理由').map((reason) => whatever + what + reason)),
      ),
      near: { words: list('都承担 都给您退 都给你退 都退 都包 都赔 都换 都能退 都给退 都能换 都退钱 我们承担 我们都 我都'), within: 12 },
      unless: PROMISE_NEGATIONS,
      reason: `${PROMISE_BASIS}；售后须按平台规则和店铺政策处理，客服口头放宽的条件店铺兑现不了`,
      suggestions: ['按店铺售后政策处理'],
    },
    {
      id: 'promise.xiao-shi',
      category: 'promise',
      severity: 'warn',
      // A visible mark is sure to go ("细纹基本上都能抚平", "痘印一定消失"): an outcome of use nobody can promise.
      words: list('能抚平 可以抚平 都能抚平 都会消失 就消失 全都消失 全部消失 一定消失 肯定消失 都能淡掉 都能去掉 看不见了 看不到了 看不出来了 消失 不见了 变浅 全消 都消了'),
      near: { words: list('细纹 皱纹 纹路 干纹 颈纹 眼纹 痘印 痘坑 斑 黑头 毛孔 黑眼圈 眼袋 疤 妊娠纹 肥胖纹 色沉'), within: 10 },
      unless: PROMISE_NEGATIONS,
      reason: LONG_TERM_PROMISE,
      suggestions: ['效果因人而异', '坚持使用会有改善'],
    },
    {
      id: 'promise.fake-dispatch',
      category: 'promise',
      severity: 'warn',
      // Shipped in the system or in words, not in fact ("先给您点已发货，仓库明天才打包", "跟您说发了，其实还在排单"):
      // a dispatch claim and, in the same sentence, the goods still at the shop or the status set ahead of them. An
      // honest "已经发出了，单号 SF…" or "还没发货，下午打包" has no such cue.
      words: list(
        '已发货 已经发货 发货了 已发出 已经发出 发出了 已经发了 发出去了 已寄出 已经寄了 早发出 早就发出 早就在路上 ' +
          '点发货 点了发货 点个发货 标了发货 标发货 说发了 当发了 已经在路上 给你寄了 给您寄了 给你发了 给您发了',
      ),
      near: {
        words: list(
          // The truth said beside the claim.
          '其实 实际上 实际还 实际货 实际是 实际才 实际明天 实际下午 实际下周 ' +
            // The goods still at the shop.
            '还没打包 还没发 还没寄 还没出库 还没到货 还没到仓 还没排单 还没做完 还没做好 还没泡好 还没生成 单号还没 ' +
            '还在仓库 还在打包 还在排单 还在排队 还在我这 还在摘 还在补货 货还在 ' +
            // Packed, sent or stocked only later.
            '才打包 才寄 才发 才到仓 才出库 才有货 才到店 才拿到货 才能寄 再真发 真发 ' +
            // The status set ahead of the goods.
            '就当 先给你点 先给您点 先帮你点 先帮您点 先帮您把 先帮你把 先在系统 系统先 系统上我先 系统我先 先点 先标 ' +
            '先给你标 先给您标 先跟您说已 先跟你说已 先说已 先说发 先回您 跟你说已经 跟您说已经 单号先 单号我先 ' +
            // The tracking number put off ("已发货了，单号晚点给你", "已经寄了 单号明天补"); a resend's number synced
            // later ("补发了，单号稍后同步") is no such cue.
            '单号晚点给 单号晚点补 单号明天给 单号明天补 单号明天才 单号没出 等下就去打包 等会就去打包 等下去打包 ' +
            // No number exists yet for what was said to be sent ("已经发出了，单号系统还没出来", "发出了，还没出单号").
            '单号系统还没 单号系统没 系统还没出单号 还没出单号 还没有单号 单号暂时还没 单号暂时没 ' +
            // The courier yet to come for it ("已经给你标了发货，系统还没揽收", "显示已发货，快递过两天才来揽收").
            '还没揽收 没有揽收 才来揽收 才揽收 还没来取 才来取',
        ),
        within: 16,
      },
      // "打包好了再给您点发货", "打包好了系统会显示已发出": the dispatch after the goods are ready, in the order it will
      // happen (not 好了就: "打包好了就说已发货" sets the status ahead of the goods).
      unless: {
        words: [
          ...PROMISE_NEGATIONS.words,
          ...list('好了 好后 好之后 完了 完之后').flatMap((done) => list('再 再给您 再给你 再帮您 再帮你 会显示 系统会显示 系统就会显示').map((next) => done + next)),
          // "还没揽收，明早打包好就点发货", "明天装车了我第一时间点发货": the agent will mark it once the goods are ready.
          ...list('好就 好我就 了我第一时间 我第一时间'),
        ],
        within: PROMISE_NEGATIONS.within,
      },
      // "先把“已发货”点上，这个真的不可以": the agent refusing the buyer's ask.
      // "打包好发出了我跟你说": the dispatch as the condition of a message later.
      unlessAfter: { words: list('不可以 不行 不能 做不了 不允许 是违规 我跟你说 我跟您说 我告诉你 我告诉您 我通知你 我通知您'), within: 12 },
      reason: `${PROMISE_BASIS}；货还没发出就告诉买家已发货或先点发货，属于平台规则里的虚假发货，物流不动时买家会投诉、店铺会被罚`,
      suggestions: ['仓库正在安排，发出后第一时间把单号同步给您', '预计明天发出，发出后我告诉您'],
    },
    {
      id: 'promise.ren-wei',
      category: 'promise',
      severity: 'warn',
      // Damage the buyer caused, covered all the same ("屏幕碎了也包换新", "泡水了也给修", "人为损坏也保修"):
      // beyond any warranty, which excludes it.
      // A frame of its parts: 也/都, whom for, then the remedy ("摔了坏了都给您免费换新").
      words: list('也 都').flatMap((still) =>
        ['', '给', '给您', '给你'].flatMap((whom) =>
          list('包 修 换 换新 退 免费 免费修 免费换 免费换新 保修 在保修 能保修 能修 能换').map((remedy) => still + whom + remedy),
        ),
      ),
      near: { words: list('碎了 摔了 摔坏 砸坏 踩坏 压坏 弄坏 进水 泡水 泡了水 人为 自己弄'), within: 6 },
      unless: PROMISE_NEGATIONS,
      reason: `${PROMISE_BASIS}；碎屏、进水、人为损坏不在保修范围内，客服口头答应的免费维修或换新店铺兑现不了`,
      suggestions: ['按店铺售后政策处理', '具体能否保修以检测结果为准'],
    },
    {
      id: 'promise.pian-yuan',
      category: 'promise',
      severity: 'warn',
      // Remote regions served like any other ("新疆西藏也上门", "偏远地区也包邮包安装"): delivery and installation the
      // shop does not control there.
      words: list('偏远地区 偏远山区 新疆 西藏 青海 内蒙 海南岛 海岛'),
      // "后天一定到 新疆西藏也一样".
      near: { words: list('也上门 都上门 也包 都包 也免费 都免费 也送货 都送货 也能到 都能到 送货上楼 也一样 都一样'), within: 8 },
      unless: PROMISE_NEGATIONS,
      // "偏远地区除外都包邮", "新疆西藏运费另算": the region excepted from the offer, not served like the rest.
      // "江浙沪都包邮，偏远地区要补一点运费": the region charged extra.
      unlessAfter: { words: list('除外 不在内 不在此列 另算 另计 不包 运费另算 运费另计 邮费另算 邮费另计 运费自理 邮费自理 要补 需要补 得补 需补 要加 需加 加收 另收 要另付 需另付'), within: 1 },
      reason: `${PROMISE_BASIS}；偏远地区的运费、送货和安装以快递与服务商实际覆盖为准，客服口头承诺的包邮、上门店铺兑现不了`,
      suggestions: ['偏远地区的配送和安装以实际覆盖为准', '到货时间看快递实际进度'],
    },
    {
      id: 'promise.jiu-suan',
      category: 'promise',
      severity: 'warn',
      // Come what may, the buyer gets the outcome ("就算丢件了我也能让您今天收到", "就算审核不通过我也让您退"):
      // a concession (就算/哪怕/即使) and the agent's own 也 + the outcome.
      words: list('就算 哪怕 即使 即便'),
      near: { words: list('我也让 我也能让 我也给 我也帮您退 也能让您 也能让你 也让您 也让你 我这边也能 我都让 我都给'), within: 12 },
      unless: PROMISE_NEGATIONS,
      reason: `${PROMISE_BASIS}；丢件、审核不通过时的结果由物流和平台决定，客服个人的担保店铺兑现不了`,
      suggestions: ['按店铺售后政策处理', '我们会尽力帮您跟进'],
    },
    {
      id: 'promise.yan-bao',
      category: 'promise',
      severity: 'warn',
      // The agent stretches the warranty or price protection on their own ("额外延保五年", "价保私下延长到90天",
      // "保修再给您加到二十年"); 给您延长收货时间 (a platform action) has no warranty near.
      words: list('额外延保 免费延保 给您延保 给你延保 帮您延保 给您延长 给你延长 私下延长 延长到 给您加到 给你加到 加到'),
      near: { words: list('保修 质保 价保 保价 延保 保障'), within: 10 },
      unless: PROMISE_NEGATIONS,
      reason: WARRANTY_PROMISE,
      suggestions: ['按品牌保修政策处理', '价保以平台规则为准'],
    },
    {
      id: 'promise.warranty-stretched',
      category: 'promise',
      severity: 'warn',
      // The term itself stretched as a favour ("保修期给你延长到两年", "质保期再加一年"): yan-bao's cue 保修 sits inside the
      // allowed 保修期, and promise.term reads 保修期 before a word as a stated term, so the stretch is written whole (the
      // term inside the word is the word). 保修期可以延长吗 (the paid extension asked about) names neither whom nor how far.
      words: WARRANTY_TERMS.flatMap((term) => [
        ...list('给你 给您 帮你 帮您 再').flatMap((whom) => WARRANTY_STRETCHES.map((stretch) => term + whom + stretch)),
        ...list('延长到 延到 加到 加一 加两 加半 多加 翻倍').map((stretch) => term + stretch),
      ]),
      unless: PROMISE_NEGATIONS,
      reason: WARRANTY_PROMISE,
      suggestions: ['按品牌保修政策处理', '保修期以品牌官方规定为准'],
    },
    {
      id: 'promise.bao-pei',
      boundary: { start: BAG_WORDS },
      category: 'promise',
      severity: 'warn',
      // 包赔 staked on a fault of the goods or the delivery ("过敏包赔", "开裂包赔", "丢了一只包赔一只", "今日到，唔到包赔"); 破损包赔 on
      // fragile goods in transit is the ordinary after-sales promise and stays clean.
      words: ['包赔'],
      near: { words: list('丢 过敏 开裂 掉色 褪色 起球 变形 漏水 没效果 色差 到不了 不到 晚到 迟到 不甜 不新鲜'), within: 8 },
      unless: PROMISE_NEGATIONS,
      reason: PAYOUT_PROMISE,
      suggestions: ['有问题联系我们，按店铺售后政策处理'],
    },
    {
      id: 'promise.si-xia',
      category: 'promise',
      severity: 'warn',
      // The agent refunds a price difference or adds cover privately ("降价了差价我私下退你", "私下再给您加到二十年"):
      // a promise beyond the platform's 价保 and the brand's warranty, which the shop cannot back.
      words: list('私下退你 私下退您 私下补你 私下补您 私下延长 私下加到 私下给您延长 私下给你延长 私下再给您加 私下再给你加 私下退差价 私下补差价'),
      near: { words: list('差价 价保 保价 保修 质保 延保 降价'), within: 10 },
      // "我们不私下补差价": the agent saying what the shop does not do (the cue overlaps the word's 私下).
      unless: { words: [...PROMISE_NEGATIONS.words, ...list('不私下 没私下 从不私下 不会私下 不能私下 不可以私下 不可能私下')], within: PROMISE_NEGATIONS.within },
      reason: `${PROMISE_BASIS}；价保、保修以平台和品牌规则为准，客服私下答应的退差价、延长期限店铺兑现不了`,
      suggestions: ['价保以平台规则为准', '按品牌保修政策处理'],
    },
    {
      id: 'promise.wei-zhi',
      category: 'promise',
      severity: 'warn',
      // "换到合身为止", "退到您满意为止": an open-ended remedy the shop cannot bound.
      words: ['为止'],
      near: { words: list('换到 退到 改到 修到 补到 送到 赔到'), within: 6 },
      unless: PROMISE_NEGATIONS,
      reason: LONG_TERM_PROMISE,
      suggestions: ['按店铺售后政策处理'],
    },
    {
      id: 'promise.years-replaced',
      category: 'promise',
      severity: 'warn',
      // A replacement or refund for years ("有质量问题三年包换", "三年内渗水包换新", "质量问题三年内免费换新"): beyond the 三包
      // exchange period and any warranty, which repairs. Every such draft of the train writers is risky (45). One year is
      // the usual warranty ("一年内非人为损坏可以换新" is its terms), so the span starts at two.
      words: list('两年 三年 四年 五年 六年 七年 八年 十年 二十年'),
      near: { words: list('包换 包换新 免费换新 直接换新 换新机 包退'), within: 8 },
      unless: PROMISE_NEGATIONS,
      reason: WARRANTY_PROMISE,
      suggestions: ['按品牌保修政策处理', '保修期以品牌官方规定为准'],
    },
    {
      id: 'promise.year-exchange',
      boundary: { start: BAG_WORDS },
      category: 'promise',
      severity: 'warn',
      // Exchange or refund promised for a year, said as one word ("包换壹年", "一年包换"): beyond the 三包 exchange
      // period. A year's warranty and its terms stay ("保修一年，非人为损坏包换": the span is the warranty's).
      words: list('包换 包退 包换新').flatMap((remedy) => [`${remedy}一年`, `一年${remedy}`, `一年内${remedy}`]),
      unless: PROMISE_NEGATIONS,
      reason: WARRANTY_PROMISE,
      suggestions: ['按品牌保修政策处理', '保修期以品牌官方规定为准'],
    },
    {
      id: 'promise.upstairs',
      category: 'promise',
      severity: 'warn',
      // Carried upstairs on the agent's word ("快递员我认识 一定给您送上楼", "周六之前一定给你扛上六楼", "师傅一定帮您搬上
      // 六楼"): the courier's or the installer's work, which the shop does not control (c100, c108, c181).
      words: list('送上 搬上 扛上 抬上 送到').flatMap((carry) => list('楼 楼上 一楼 二楼 三楼 四楼 五楼 六楼 七楼 八楼 九楼 十楼 顶楼 家门口').map((floor) => carry + floor)),
      // 一定帮您 is an allowed phrase (the agent's own effort): as a cue it is written whole.
      near: { words: list('一定 肯定 保证 绝对 包 必须 一定帮您 一定帮你 一定给您 一定给你'), within: 8 },
      unless: PROMISE_NEGATIONS,
      reason: LONG_TERM_PROMISE,
      suggestions: ['到货时间看快递实际进度', '按店铺售后政策处理'],
    },
    {
      id: 'promise.to-the-hour',
      category: 'promise',
      severity: 'warn',
      // The arrival set by the agent's word to the hour ("我说几点到就几点到", "几点要几点到"): c80, c103.
      words: list('说几点到就几点到 几点到就几点到 几点要几点到 要几点到就几点到 说哪天到就哪天到 哪天要哪天到'),
      unless: PROMISE_NEGATIONS,
      reason: LONG_TERM_PROMISE,
      suggestions: ['到货时间看快递实际进度', '预计明天送达，以物流显示为准'],
    },
    {
      id: 'promise.never-dearer',
      category: 'promise',
      severity: 'warn',
      // The price held for ever ("永不涨价", "终身不涨价"): a promise of the shop's own future prices, which the guide files
      // under promise (train: 9 of 9 drafts holding 永不涨价 labelled promise); as bare 永不 it was absolute.yong-jiu-ling's.
      // Not 永久不涨价: the guide lists 永久 as absolute, and so do the writers (3 of 3 drafts).
      // The same without 永 ("这哑铃价格以后不会涨", c310); "以后会不会涨我也说不准" asks, and holds none of these.
      words: list('永不涨价 永不加价 永不调价 终身不涨价 一辈子不涨价 价格以后不会涨 价格以后都不会涨 价格以后也不会涨 价以后不会涨 价格不会再涨 价格以后不涨'),
      unless: PROMISE_NEGATIONS,
      reason: LONG_TERM_PROMISE,
      suggestions: ['价保以平台规则为准'],
    },
    {
      id: 'promise.price-locked',
      category: 'promise',
      severity: 'warn',
      // The price held for a term on the agent's word ("金价锁一个月", "这个价格锁死了，双十一也不会更低"): the shop's
      // future prices promised, like 永不涨价 (train: 3 drafts, all risky). The buyer locking the price by ordering
      // ("下单锁价") names no term.
      words: list('锁死 锁一周 锁半个月 锁一个月 锁两个月 锁三个月 锁半年 锁一年 锁到年底 锁到月底'),
      near: { words: list('价 价格 价钱 金价 银价 这个价'), within: 6 },
      unless: PROMISE_NEGATIONS,
      reason: LONG_TERM_PROMISE,
      suggestions: ['价保以平台规则为准'],
    },
    {
      id: 'promise.courier-day',
      category: 'promise',
      boundary: { start: BAG_WORDS },
      severity: 'warn',
      // The courier's day vouched for with 包 ("顺丰包次日达", "包隔天到"): arrival the shop does not control, as 必达
      // (promise.jue-dui). "一般次日达", "京东物流次日达，以物流显示为准" name the courier's own service and stay.
      words: list('次日达 次日到 隔日达 隔天达 隔天到 当日达 当天到 明天到 后天到').map((day) => `包${day}`),
      unless: ARRIVAL_HEDGES,
      // "必到吗", "包次日达吗": the buyer's question echoed.
      unlessAfter: { words: list('吗 么 嘛 不'), within: 1 },
      reason: LONG_TERM_PROMISE,
      suggestions: ['到货时间看快递实际进度', '预计明天送达，以物流显示为准'],
    },
    {
      id: 'promise.their-answer',
      category: 'promise',
      severity: 'warn',
      // What another person will do, promised on the goods ("她收到一定会答应你的求婚", "送了这个他肯定会原谅你"): an outcome
      // nobody can back. "她一定会喜欢的" wishes the buyer well and stays.
      words: list('答应你 答应您 原谅你 原谅您 同意你 同意您 跟你和好 和你和好 跟你复合 和你复合 求婚成功 表白成功 追到手 脱单'),
      near: { words: list('一定会 肯定会 保证 包 一定能 肯定能 百分百 100%'), within: 6 },
      unless: PROMISE_NEGATIONS,
      reason: `${PROMISE_BASIS}；别人收到后会怎么做（答应求婚、原谅、复合）不是商品和店铺能决定的，说成一定会就是兑现不了的承诺`,
      suggestions: ['我们会尽力', '一般情况下'],
    },
    {
      id: 'promise.installed-by',
      category: 'promise',
      severity: 'warn',
      // Installed by a day on the agent's word ("今天下单后天一定给你装好", "周六前肯定给您装上"): the installer's and the
      // courier's work, as promise.upstairs. "师傅上门后会帮您装好" names no day and makes no certainty.
      words: list('一定 肯定 保证 准保').flatMap((sure) => list('给你装好 给您装好 给你装上 给您装上 装好 能装好').map((fitted) => sure + fitted)),
      near: { words: list('今天 明天 后天 大后天 周一 周二 周三 周四 周五 周六 周日 周末 号 点前 之前 以前 天内'), within: 12 },
      unless: PROMISE_NEGATIONS,
      reason: LONG_TERM_PROMISE,
      suggestions: ['到货时间看快递实际进度', '按店铺售后政策处理'],
    },
    {
      id: 'promise.free-past-warranty',
      category: 'promise',
      severity: 'warn',
      // Free repair once the warranty has run out ("保修期外坏了我们也免费修，一直免费", "过了保修期也给您免费换"): a
      // warranty stretched on the agent's word. "保修期外维修需要收费" charges and stays.
      words: list('保修期外 过了保修期 出了保修期 超过保修期 超出保修期 过保以后 过保后'),
      near: { words: list('也免费 照样免费 还是免费 一样免费 都免费 也给您免费 也给你免费 也包 照修 照换 一直免费'), within: 12 },
      unless: PROMISE_NEGATIONS,
      reason: WARRANTY_PROMISE,
      suggestions: ['按品牌保修政策处理', '保修期以品牌官方规定为准'],
    },
    {
      id: 'promise.not-so-paid',
      category: 'promise',
      severity: 'warn',
      // "保证是今年新货，不是新货我赔三倍", "不是就赔你十倍": 不是 opens the condition of a payout many times over, not a denial.
      // The rule word is 不是 itself, so negated.is-not's cue lies inside it and does not count (c253, c259, c292).
      // Only a multiple is a cue: "不是我赔，是快递赔" and "不是质量问题不赔" name none.
      words: ['不是'],
      near: { words: list('双 两 二 三 五 十 百').flatMap((times) => [`赔${times}倍`, `赔你${times}倍`, `赔您${times}倍`, `${times}倍赔`]), within: 6 },
      reason: PAYOUT_PROMISE,
      suggestions: ['店铺支持平台的正品保障服务'],
    },
    {
      id: 'promise.not-learned-refund',
      category: 'promise',
      severity: 'warn',
      // A refund staked on learning ("包学会排版，学不会退款", "学不会就退钱"): promise.fail-refund reads the 不会 inside 学不会
      // as its negation (不会退款, "won't refund"), so the failure to learn is a word of its own (c127; with 全额退 it was
      // promise.bu-xiao-tui's already). Asked ("学不会可以退款吗") or refused ("学不会不退") it is none.
      words: list('学不会 教不会 没学会 学不懂'),
      near: { words: list('退款 退钱 全额退 退全款 全退 包退 退学费'), within: 4 },
      unlessAfter: { words: list('吗 么 不退 不能退 不给退 不支持'), within: 8 },
      reason: LONG_TERM_PROMISE,
      suggestions: ['按店铺售后政策处理', '效果因人而异'],
    },
    {
      id: 'promise.refund-unreturned',
      category: 'promise',
      severity: 'warn',
      // A refund on the buyer's taste or liking, the goods kept ("要不显瘦，不用退货我直接全额退款", "唔好食全额退款，唔使寄返",
      // "哪怕有一点点不满意 我立马全款退给您 东西不用寄回"): a payout beyond after-sales, staked on a judgement nobody can
      // check (c75, c273, c277, c298). The goods sent again or a part missing ("给您补发一个，旧的不用寄回", "漏的那瓶不用寄回")
      // name no disliking, and stay.
      words: list('不用退货 无需退货 不用寄回 不用寄回来 不用寄回去 无需寄回 不用退回 不用寄还 免寄回 唔使寄返'),
      near: {
        words: [...ARRIVAL_QUALITIES.flatMap((quality) => [`不${quality}`, `唔${quality}`]), ...list('不显瘦 不好恰 不好食 唔好食 不喜欢 不合口味 不想要')],
        within: 16,
      },
      unless: PROMISE_NEGATIONS,
      reason: LONG_TERM_PROMISE,
      suggestions: ['按店铺售后政策处理', '效果因人而异'],
    },
    {
      id: 'promise.failure-payout',
      category: 'promise',
      severity: 'warn',
      // A payout staked on the goods failing, the failure said as 不好 / 不会 with no verb before the payout ("不好全额
      // 退款", "不会的我们退钱", "吃不好不要钱", "不好使你回来找我", "效果不好随时找我"): c81, c128, c134, c142, c144, c247.
      // fail-refund cannot read these, as PROMISE_NEGATIONS' 不好 / 不会 (for 不好说, 不会退) lie before its payout; here
      // the failure is inside the word. Not 不好 + 退 / 找 / 赔 alone: 「用过就不好退了」, 「颜色不好找」, 「这个不好赔」 say hard.
      words: FAILED_AS_NOT.flatMap((failed) =>
        PAYOUT_WHOS.flatMap((who) =>
          STAKED_PAYOUTS.filter((payout) => who !== '' || !/^[退找赔]/.test(payout)).map((payout) => failed + who + payout),
        ),
      ),
      // "拆了就不好全额退了", "我们不承诺睡不好全额退": hard to refund, or the promise refused.
      unless: { words: list('就 也 都 比较 有点 可能 不承诺 不保证 不敢 不能 没法'), within: 2 },
      // "不好全额退款吗": asked, not promised.
      unlessAfter: { words: list('吗 么 嘛 了'), within: 2 },
      reason: PAYOUT_PROMISE,
      suggestions: ['按店铺售后政策处理', '效果因人而异'],
    },
    {
      id: 'promise.exam-hit',
      category: 'promise',
      severity: 'warn',
      // The exam said to hold the course's questions ("去年就压中了八成", "考前最后这套卷子会考到原题", "押的题考场上基本都会
      // 出"): c68, c90; the outcome of an exam staked with no promise word. 「有没有押中我真不好说」, 「不保证考试出现原题」 stay.
      words: [
        ...list('押中 压中').flatMap((hit) => list('了 过 原题 大题 八成 九成 好几道').map((what) => hit + what)),
        ...list('会考到原题 能考到原题 原题必出 必出原题 考场上都会出 考场上基本都会出 考试都会出 考试基本都会出'),
      ],
      unless: { words: [...PROMISE_NEGATIONS.words, ...list('有没有 不保证 不一定 没有')], within: 4 },
      // "去年押中了吗": asked.
      unlessAfter: { words: list('吗 么 没'), within: 1 },
      reason: `${PROMISE_BASIS}；“押中原题”“考场上都会出”是拿考试结果作保证，店铺兑现不了`,
      suggestions: ['效果因人而异', '坚持使用会有改善'],
    },
  ],
  contexts: [
    {
      id: 'promise.whether-asked',
      categories: ['promise'],
      // "拆封用过的能不能退，要看平台规则": whether it can be returned, asked or left open, not said it can.
      after: list('能不能退 能不能换 能不能给退 可不可以退 可不可以换 能否退 能否换 退不退 换不换 给不给退'),
      within: 1,
      note: '“拆封用过的能不能退”：是问能不能退或说要看规则，不是承诺能退',
    },
    {
      // The rules' own reading of 保证 + OWN_SERVICE (promise.jue-dui's and promise.bao-zheng's unlessAfter), as a
      // context so the learned catcher's veto reads it too: 「我保证今天帮您把物流问清楚」 vouches for the agent's work.
      id: 'promise.own-service',
      categories: ['promise'],
      before: OWN_SERVICE.map((service) => `保证${service}`),
      within: 0,
      note: '“我保证今天帮您查到”“保证尽快处理”：客服担保自己的服务，不是担保商品或结果',
    },
    {
      id: 'promise.brand-policy',
      categories: ['promise'],
      // "终身免费换电池 是品牌的服务 不是我们店的": the brand's or platform's own scheme, named as theirs after a pause.
      after: list('是品牌的 是品牌官方的 是厂家的 是官方的 是品牌方的 是平台的 品牌官方的政策 品牌的政策 品牌的服务 厂家的政策 厂家的服务 平台的政策 平台的服务'),
      within: 12,
      sentence: true,
      note: '“这款永久免费升级固件，是品牌官方的政策”：说明这项服务是品牌、平台自己的，不是客服的承诺',
    },
    {
      id: 'promise.composition',
      categories: ['promise'],
      // "百分之百桑蚕丝", "含棉量百分之百": a fibre's share of the fabric, as the care label states it.
      before: list('含量 含量是 含棉量 含绒量 含毛量 含丝量 含棉量是 含绒量是'),
      after: list('棉 纯棉 全棉 精梳棉 桑蚕丝 蚕丝 真丝 羊毛 绵羊毛 羊绒 山羊绒 涤纶 聚酯 聚酯纤维 亚麻 苎麻 莫代尔 天丝 锦纶 氨纶 粘胶 牛皮 头层牛皮 羊皮 鹅绒 鸭绒 白鹅绒 白鸭绒'),
      within: 1,
      note: '“面料成分是百分之百桑蚕丝”“含棉量百分之百”：标的是面料成分，不是承诺',
    },
    {
      id: 'promise.courier',
      categories: ['promise'],
      after: list('看快递 要看快递 以快递为准 看物流 要看物流 以物流为准 快递说了算'),
      within: 4,
      note: '“保证今天发出 到货看快递”：到货交给快递，说的是不作到货的保证',
    },
    {
      id: 'promise.term',
      categories: ['promise'],
      before: list('保质期 保修期 质保期 有效期 保质期是 保修期是 建议 尽量 请在'),
      within: 2,
      note: '“保质期三年”“保修期一年”“建议一年内用完”：说明期限或给出建议，不是承诺结果',
    },
    {
      id: 'promise.airing',
      categories: ['promise'],
      before: list('通风 放通风处 开窗 晾一晾 晾几天 散散味 散一散'),
      within: 8,
      note: '“开封有点味道，通风放两天就没了”：散味的建议，不是对效果的承诺',
    },
    {
      id: 'promise.estimate',
      categories: ['promise'],
      before: list('一般能 大概能 大约能 通常能 一般可以 大概可以 一般来说能'),
      after: list('左右 上下'),
      within: 1,
      note: '“这款一般能用三年左右”：给出大概的使用寿命，是估计不是保证',
    },
    {
      id: 'promise.their-policy',
      categories: ['promise'],
      after: list('是品牌的承诺 是品牌承诺 是厂家的承诺 是官方的承诺 是品牌的政策 是厂家的政策 是活动规则 这个是活动规则 是平台的规则 是平台规则'),
      within: 12,
      sentence: true,
      note: '“两年内电池容量不会低于80%是品牌的承诺”“半年内不会涨价，这个是活动规则”：转述品牌、平台、活动的规则，不是客服自己的承诺',
    },
    {
      id: 'promise.in-warranty',
      categories: ['promise'],
      // "一年内坏了直接找我", "保修期内坏了随时找我们": a breakdown inside a bounded period, the warranty's own terms, handed
      // to the agent — ordinary after-sales. Not a breakdown with no bound ("用坏了随时找我 我个人给你换") nor a lifetime
      // claimed before it ("十年不坏，坏了直接找我": the claim is its own finding).
      before: list('年内 个月内 月内 天内 周内 保修期内 质保期内 质保内 保修内 保内').flatMap((period) =>
        list('坏了 坏了的话 出问题 出了问题 有问题').map((fault) => period + fault),
      ),
      within: 1,
      note: '“一年内坏了直接找我”：保修期限之内坏了找客服，是说明售后，不是客服个人担保结果',
    },
    {
      id: 'promise.use-by',
      categories: ['promise'],
      before: list('建议开封后 开封后 拆封后 建议您在 最好在 尽量在'),
      within: 4,
      note: '“建议开封后一年内用完”“开封后半年内用完”：使用期限的建议，不是承诺',
    },
    {
      id: 'promise.after-sales',
      categories: ['promise'],
      after: list('在平台拍照申请 在平台申请 在售后那里 售后那里提交 提交售后 申请售后 平台上申请 按平台规则 按售后流程 走平台售后'),
      within: 10,
      sentence: true,
      note: '“坏几个赔几个 在平台拍照申请”“按坏果给您赔 您在售后那里提交一下”：赔付走平台售后，是说明政策，不是客服个人的承诺',
    },
  ],
  allow: [
    {
      // "怎么用都行，别超负荷就好": any way of use is fine, said of how to use it ("怎么用都不坏" stays a promise).
      words: list('怎么用都行 怎么用都可以'),
      note: '“怎么用都行”：说怎么用都可以，不是担保用不坏',
    },
    {
      // "有运费险，上门取件不要钱": a service said to be free of charge, a fact of the order ("不满意不要钱" stays a promise).
      words: list('取件 上门 上门取件 运费 邮费 快递费 安装 安装费 退货 换货 寄回').map((service) => `${service}不要钱`),
      note: '“上门取件不要钱”：说某项服务免费，是说明不是担保',
    },
    {
      // "假一赔几这个我不乱说", "假一赔几这种我不乱讲": 几 asks how many, so the payout is no sum promised but the kind of
      // promise named, pointed back to (c266, c304). Not 假一赔几 alone: "假一赔几都行" promises any.
      words: list('假一赔几 假一罚几 一赔几').flatMap((kind) => list('这 那 之类 啥的 什么的').map((pointer) => kind + pointer)),
      note: '“假一赔几这个…”：用“几”泛指这类承诺、再指回它，不是承诺赔多少',
    },
    {
      // "老实说没有百分百的", "一般次日达，但不绝对", "哪有绝对的事": certainty itself denied, the outcome hedged
      // ("百分百不掉色", "绝对不会坏" stay).
      words: list('不绝对 没有绝对的 没有百分百的 没有百分之百的 哪有绝对的 哪有百分百的 哪有百分之百的 做不到百分百 做不到百分之百'),
      note: '“没有百分百的”“但不绝对”：说没有十足的把握，是把话说保守，不是担保',
    },
    {
      // "后天能不能到要看快递 我打不了包票": the guarantee itself declined in its potential form (包票 is jue-dui's word);
      // "能用多久我不替您打包票": declined to the buyer.
      words: list('打不了包票 打不了保票 打不得包票 不打包票 不打保票 不替您打包票 不替你打包票 不给您打包票 不给你打包票').concat(
        // "通风晾两天就好，不跟您瞎保证": the guarantee itself declined to the buyer, or declined as idle talk.
        list('不 不会').flatMap((no) => list('跟您瞎 跟你瞎 给您瞎 给你瞎 跟您乱 跟你乱 瞎 乱 随便').map((how) => `${no}${how}保证`)),
      ),
      note: '“我打不了包票”：拒绝打包票，不是担保',
    },
    {
      // "卡包用久了会变色", "这个包会送防尘袋": 包 a bag before 用/会, not 包用 or 包会 (use or learning guaranteed). Named
      // bags only: "我们的包会课程" is the guarantee. The bags whose first character seldom ends the word before (背包,
      // 挎包…) need no verb listed: the rules' boundary (BAG_WORDS, boundaries.ts) reads them in any sentence.
      words: list('卡包 钱包 书包 手包 腰包 皮包 这个包 这款包 这只包').flatMap((bag) => list('用 会').map((verb) => bag + verb)),
      note: '“卡包用久了”“背包会送防尘袋”：包是包袋，不是“包用”“包会”的担保',
    },
    {
      // "我们的包会送第三方机构鉴定", 粤语 "满三包会自动减价": 包 the bag or the pack, then what will happen to it (送, 自动, 附),
      // not what the buyer will learn ("我们的包会课程", "三天包会" stay).
      words: list('的包会送 的包会有 的包会附 的包会带 包会自动'),
      note: '“我们的包会送鉴定”“满三包会自动减价”：包是包袋、包装，不是“包会”的担保',
    },
    {
      // "选退货退款，哪里不会我帮侬看": where the buyer is stuck, help offered; its 不 is no condition of a payout
      // (promise.fail-refund's near cue).
      words: list('哪里不会 哪不会 哪里不懂 哪不懂 哪里不清楚'),
      note: '“哪里不会我帮您看”：是帮忙，不是退款的条件',
    },
    {
      // 粤语 一次过 (all at once): "一次过付款就得", "一次过发货" ("考试一次过" stays).
      words: list('一次过付 一次过买 一次过拍 一次过发 一次过寄 一次过落单 一次过下单 一次过结'),
      note: '粤语“一次过付款”是一次性付清，不是“一次就过”的担保',
    },
    {
      // "电池说不准能用多久", "请您妥善保管": 准能 and 保管 of promise.jue-dui inside a doubt or a request to keep
      // something safe ("保管好用", "准能到" stay).
      words: list('说不准能 拿不准能 看不准能 妥善保管 请您保管 请保管 注意保管 保管好保修卡 保管好发票'),
      note: '“说不准能”是没把握，“妥善保管”是请买家收好：都不是担保',
    },
    {
      // "还没打包呢，下午打包，发出了给你更新单号": the dispatch as the condition of a later step (the number sent once it
      // ships), not a claim that it has shipped (promise.fake-dispatch). The shipped words only: "我先在系统点发货给你
      // 更新单号" sets the status ahead of the goods and stays.
      words: list('发出了 发了 寄出了 发出去了').flatMap((shipped) =>
        ['', '我'].flatMap((who) => list('给你更新单号 给您更新单号 给你发单号 给您发单号 把单号发你 把单号发您 告诉你单号 告诉您单号 同步单号 给你同步单号 给您同步单号').map((next) => shipped + who + next)),
      ),
      note: '“发出了给您更新单号”：发货是后一步的条件，不是说已经发了',
    },
    {
      words: list(
        '100%桑蚕丝 100%棉 100%涤纶 100%真丝 100%纯棉 100%羊毛 100%聚酯 一定的 ' +
        // "这包用 85 度的热水": 包 a packet, not a guarantee (每包, 一包: BAG_WORDS); "不能做任何承诺": no promise of any kind.
        '这包用 那包用 任何承诺 任何保证 ' +
        // "很难给您一个绝对的答案": no answer holds for everyone.
        '绝对的答案 绝对答案 绝对的标准 绝对的好坏 ' +
        // "都什么年代了": 什么 is no year (幺年 reads 么 as the digit 1).
        // "有一定效果", "需要有一定词汇量": 一定 as "some", a hedge.
        '有一定 ' +
        '什么年代 一定程度 一定要 保证书 保证期 保证金 保证值 品质保证 您一定 百分百棉 绝对值 绝对湿度 肯定是 质量保证 正品保证',
      ),
      note: '成分标注与非承诺用法',
    },
    {
      words: list(
        '一定会尽力 一定会尽快 一定尽力 一定尽快 一定帮您 不保证 不保过 不包过 不包退 保修期 ' +
        // The agent's own follow-up, not 一定给您 whole: "一定给您送到家门口" (c188) and its kin are promises (train: 15 of
        // 16 drafts with 一定给您 are labelled risky, promise).
        '一定给您处理 一定给您解决 一定给您答复 一定给您回复 一定给您反馈 一定给您跟进 一定给您查 一定给您问 一定给您一个 一定给您说明 一定给您交代 ' +
        '保证不了 我保证不了 我可保证不了 我也保证不了 这个我保证不了 保质期 有效期 肯定尽快 质保期 ' +
        // 粤语 保证唔到 (read 保证不到): the guarantee declined in its potential form, as 保证不了 ("呢个保证唔到"); a
        // number after it is Mandarin's "in under" (promise.jue-dui: "保证不到三天就到").
        '保证不到 我保证不到 我也保证不到 这个我保证不到 ' +
        // The after-sales policy for faults of the goods (「质量问题包退换」), whatever else the sentence names.
        '质量问题包退 质量问题包换 质量问题包退换 质量问题包退包换 质量问题我们包退 质量问题我们包换 质量问题可以包退',
      ),
      note: '尽力而为与保障期限，不是承诺结果',
    },
    {
      words: list('已发货 已经发货 已发出 已经发出').flatMap((shipped) => list('的话 的就 的订单 的包裹').map((which) => `${shipped}${which}`)),
      note: '“已经发货的就需要联系快递改派”：说的是哪一类订单，不是告诉买家已经发了（promise.fake-dispatch）',
    },
    {
      // "复检结果与描述不符，全额退款", "不成团自动退款", "您申请了退款，是尺码不合适吗": the inspection's or the group
      // deal's own terms and the buyer's request, where 不 is no outcome staked on a payout (promise.fail-refund).
      words: list('描述不符 与描述不符 不符合 不成团 申请退款 申请了退款 申请的退款 千祈唔好'),
      note: '验货条款、拼团规则和买家自己的退款申请，不是拿结果担保的退款',
    },
    {
      // "未拆封也能退", "没穿过也可以退", "没拆封用过的可以退": the state denied is the ordinary return, not
      // promise.wu-tiao-jian's goods opened or worn and still taken back ("拆封了也能退" stays flagged).
      words: list('没 没有 未 还没 不').flatMap((not) => list('拆封也 穿过也 洗过也 剪标也 拆封用过').map((state) => not + state)),
      note: '否定的状态（“未拆封也能退”“没穿过也可以退”）是普通的退货政策，不是用过、拆过仍给退的承诺',
    },
    {
      words: list('不用申请售后 不需要申请售后 无需申请售后 不用提交售后 不用在平台申请 不用按平台规则'),
      note: '绕开售后的说法：其中的“申请售后”不是 promise.after-sales 所说的走平台售后',
    },
    {
      words: list('绝对不会泄露 绝对保密 绝对尊重 绝对不会说 绝对不会这么说 绝对不会这样说 绝对不说 绝对不会讲'),
      note: '隐私保证和客服自己的言行（“这种话我们绝对不会说”），说明而非宣传',
    },
    {
      words: list('基准能 标准能 水准能 精准能 基准到 标准到 水准到 精准到'),
      note: '“准能”（一定能）的同形词',
    },
    {
      words: list(
        // "竹炭包效果有限": a sachet's effect, not 包效果 (effect guaranteed).
        // 除湿包, 干燥包, 红包, 背包… need none of these: BAG_WORDS.
        '炭包效果 茶包效果 香包效果 药包效果 料包效果 ' +
        '新包会 皮包会 书包会 钱包会 包装会 面包会 米包会 ' +
          '皮包用 书包用 钱包用 手包用 皮包面 书包面 钱包面',
      ),
      note: '名词“包”后面跟“会”“用”“面”（“新包会有一点味道”“包包用的是头层牛皮”“书包面料”），不是“包会”“包用”“包面”（保证）',
    },
    {
      // "慢慢来肯定能养好", "多练练肯定能学会": the buyer encouraged in their own patience or practice, no outcome of the
      // goods vouched for ("坚持用肯定能瘦" stays).
      words: list('慢慢来').flatMap((patience) => list('肯定能 一定能 肯定会 一定会 肯定可以 一定可以').map((sure) => patience + sure)),
      note: '“慢慢来肯定能养好”：鼓励买家自己慢慢来，不是担保商品的效果',
    },
    {
      // "我打不了包票", "我们能保证的只是验机报告里写的内容": the agent declining, or limiting what is vouched for.
      words: list('打不了包票 打不起包票 打不了这个包票 能保证的只是 能保证的只有 能保证的就只有'),
      note: '“打不了包票”是不担保，“能保证的只是…”把担保限定在可查的事实上',
    },
    {
      // "亮度拉到100%试过": a setting turned up to its top, not a share of the goods.
      words: list('拉到 调到 开到 开在 调在').map((set) => `${set}100%`),
      note: '“亮度拉到100%”：调节档位，不是百分之百的担保',
    },
    {
      // "老花也不会变轻", "花眼不会变好": 花 of 老花 and 花眼 (presbyopia) is no flower wilting (promise.dou-bu-hui's cue 花).
      words: list('老花 花眼'),
      note: '“老花”“花眼”是老花眼，不是花',
    },
    {
      words: list('千万不要 千万不能 绝对不可以 绝对不能 绝对不准 绝对不许 绝对不能用 绝对不要 绝对别 绝对禁止'),
      note: '使用提醒（“绝对不要用酒精擦”），不是承诺',
    },
  ],
};
