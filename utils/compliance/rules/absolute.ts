// 绝对化用语: 《广告法》第九条第（三）项 — superlatives, rankings, "unrivalled" claims and comparisons with other sellers.
import { COMPARISON_SCOPES, REGION_SCOPES } from '../comparison-scopes';
import { AD_LAW_9_3, SAMR_GUIDE } from './basis';
import { list, type RuleSection } from './define';

const COMPARED_CLAIM = `${AD_LAW_9_3}；“全网最快”“行业领先”“没有之一”等与同行比较的最高级说法须有可证明的依据`;
const BEST_CLAIM = `${AD_LAW_9_3}；“最好”“最棒”等比较最高级的说法属此类。${SAMR_GUIDE}，自我比较、食用保存建议等可不认定，但建议改用客观描述`;
const RANKING = `${AD_LAW_9_3}；“销量第一”“行业第一”等排名须有可证明的出处与时间范围，“第一时间”“第一次”等日常用法不在此列`;

/**
 * The shop's own range as the scope ("所有款式里这款最好", "全部色号中它最显白"): all of a kind, then 里/中. Near cues only (not
 * folded into the scope-word lists): the whole phrase is one cue, so 款式 after 所有 is not read as a style's name
 * (contexts.ts, name.suffix) and the claim over the range stands.
 */
const RANGE_SCOPES = list('所有 所有的 全部 全部的 任何').flatMap((all) =>
  list('款式 款 系列 色号 颜色 型号 配色 产品 商品 宝贝').flatMap((kind) => list('里 中 当中 里面').map((inside) => all + kind + inside)),
);

/** "最快""最长" are fine alone (allow-list) but are claims right after a comparison scope ("全网最快"). */
const EVERYDAY_SUPERLATIVES = list('最久 最先 最受 最合适 最多 最容易 最常用 最快 最新 最早 最浅 最浓 最淡 最深 最适合 最长 最远');

/**
 * What buyers judge the goods by ("面料", "质量", "手感"): 最好 said of one of them is a claim about the goods
 * ("这款面料最好"), as it is right after a comparison scope ("全网最好", "同类里最好"). Not 口感/味道: "冷藏两小时，口感
 * 最好" is how to serve it, which the SAMR guide does not count.
 */
const QUALITY_SUBJECTS = list('面料 布料 料子 用料 材质 材料 质量 品质 做工 工艺 手感 质感 音质 画质 颜值 性能 口碑 成色 品相 版型');

/** The goods pointed at ("这款", "我们家"): 最好 said of them is a claim once a comparison scope is named ("同价位里这款最好"). */
const THE_GOODS = list('这款 这个 这件 这种 这双 这台 这支 这瓶 这套 这一款 我们家 我家 咱家 咱们家 本店 它');

/**
 * After 最好 as advice ("面料最好手洗", "这款最好先冷藏", "这个最好是两个人装"): a verb or adverb of what to do comes
 * right after it; the claim ends its clause or takes 的/了 ("这款面料最好。", "全网最好的").
 */
const ADVICE_AFTER_BEST = list(
  '是 先 再 还是 还 别 不 少 多 避免 提前 尽量 尽早 及时 趁 在 等 每 用 选 挑 买 拍 下单 放 存 收 冷藏 冷冻 密封 ' +
    '阴干 晾 平铺 单独 分开 搭 配 垫 夹 挂 叠 洗 手洗 机洗 干洗 水洗 温水 冷水 翻 反 看 试 量 备注 留 跟 和 ' +
    '去 让 能 可以 要 得 控制 保持 根据 参考 咨询 问 联系 一 两 半 当天 当 开封 拆 泡 煮 蒸 喝 吃 穿 戴 涂 抹 擦 装',
);

/**
 * One setting of the goods right before 最 ("风速第一档最安静", "第二档是最省电的"): the setting compared with the goods'
 * other settings, a spec. A rule's own unless, not a context: "第一档是全网最安静的" (absolute.zui-fan-wei) stays a claim.
 * 第一档 is an allowed phrase, whose inside is read as no cue: it is a cue of its own.
 */
const ONE_SETTING = { words: list('第一档 第二档 第三档 第四档 一档 二档 三档 四档 低档 中档 高档 强档 弱档 睡眠档 静音档'), within: 3 };

/** Superlatives of quality ("最好用", "最舒服"); the same adjectives after 第一 ("第一舒服") make the same claim. */
const QUALITY_SUPERLATIVES = list(
  '(就是)最 (是)最 (是)最好 (算是)最 (都是)最好 best 不过了 做工最好 ' +
  '卖得最 卖的最 口碑最好 品质最好 性价比最好 性价比最高 效果最好 最上乘 最专业 最亮 ' +
  '最优 最保暖 最保湿 最值 最健康 最先进 最全 最出色 最受信赖 最受好评 最受欢迎 ' +
  '最受青睐 最可靠 最地道 最大牌 最天然 最好(了) 最好(的) 最好吃 最好品质 最好喝 ' +
  '最好用 最好看 最好穿 最好质量 最好闻 最嫩 最安全 最实用 最小巧 最干净 最强 最彻底 ' +
  '最持久 最放心 最新鲜 最时尚 最显瘦 最显白 最有名 最有效 最柔软 最棒 最正宗 最流行 ' +
  '最清晰 最滋润 最漂亮 最潮 最火 最热销 最爆 最牛 最猛 最环保 最甜 最畅销 最白 ' +
  '最百搭 最省心 最省电 最知名 最科学 最稳定 最精细 最精致 最纯 最细腻 最经典 最结实 ' +
  '最美 最耐摔 最耐用 最耐磨 最耐穿 最舒服 最舒适 最良心 最营养 最薄 最补水 最豪华 ' +
  '最赞 最软 最轻便 最透气 最酷 最锋利 最长久 最防水 最静音 最靠谱 最顶 最香 ' +
  '最高品质 最高效 最高档次 最高端 最高等级 最高级 最高认证 最鲜 最齐全 质量最好 最好卖 最抢手 最卖座 yyds 永远的神',
);

/**
 * 最好 + a verb of use ("最好用", "最好喝"), words of QUALITY_SUPERLATIVES: a claim where it ends its clause or takes 的/了
 * ("这款最好用", "最好喝的"), advice where an object follows ("最好用温水洗", "最好喝温开水", "最好穿厚袜子": 最好 = had better).
 */
const BEST_TO_USE = list('最好用 最好喝 最好吃 最好看 最好穿 最好闻');

/** What may follow a BEST_TO_USE claim in its clause: particles, "没有之一", "不过", a second praise ("还便宜"). */
const AFTER_BEST_TO_USE = list('的 了 啦 哦 喔 噢 呀 啊 吧 吗 嘛 呢 滴 嘞 咯 哈 之 没 不过 还 又 也 就 和 而 系 yyds').concat(
  // "织毛衣最好用我们家这款线": the shop's own goods as the one to use is the claim again.
  list('我们家 我家 咱家 咱们家 本店'),
);

/**
 * "第一好吃", "第①舒服": 第一 used as 最 before an adjective (those of QUALITY_SUPERLATIVES of two characters or
 * more, and 好/棒/强/美: a single character after 第一 is more often a measure word, 第一顶 帽子).
 */
const FIRST_AS_MOST = [
  ...QUALITY_SUPERLATIVES.filter((word) => /^最[^(高]{2,3}$/.test(word)).map((word) => `第一${word.slice(1)}`),
  ...list('第一好 第一棒 第一强 第一美'),
  // 第一 + an adjective is 最 + it ("登山杖第一轻", "全网第一低价").
  ...list('第一轻 第一甜 第一便宜 第一低价 第一实惠 第一划算 第一鲜 第一薄 第一亮 第一香 第一稳 第一省'),
];

/** Where a ranking is claimed ("全国第一", "销量第一", "画质第一"): scopes, lists, qualities ranked. */
const RANKED_ON = list(
  '世界 业内 业界 中国 亚洲 人气 全区 全县 全国 全城 全市 全平台 全球 全省 全网 ' +
  '全镇 公认 出了名 卖得 口碑 地表 宇宙 吃过的 同类 品牌 品类 回购 国内 复购 天下 好评率 ' +
  '市场 常年 年度 店铺 性价比 排名 排行 效果 断层 有名 本地 本市 榜 稳坐 稳居 ' +
  '类目 蝉联 行业 赛 连续 销售 销量 所有 ' +
  // A quality ranked first ("质量第①", "音质第一", "充电速度第一"); nobody dares claim first ("没人敢认第一").
  '没人敢 没有人敢 谁敢 ' +
  '质量 品质 音质 画质 手感 口感 做工 颜值 速度 续航 吸力 功率 亮度 用料 面料 材质 能力 性能 实力 ' +
  // The scope of the ranking: goods of the same price ("同价位里绝对是第一档").
  '同价位 同档次 ' +
  // "防水绝对第一": 第一 said to be beyond doubt ranks the goods whatever comes before it.
  '绝对 ' +
  // The platform as the scope ("全淘宝第一", "回收价快手第一"), and the price, sound or sweetness ranked ("价格第一",
  // "降噪是第一", "甜度第一").
  '淘宝 京东 快手 抖音 拼多多 天猫 全淘 价格 价位 降噪 甜度 成色 ' +
  // The whole platform ("全快手第一"): 全快手 is an allowed phrase of offplatform, whose inside is read as no cue, so
  // the scope is a cue as a whole.
  '全京东 全多多 全快手 全抖音 全拼多多 全淘宝 ' +
  // More qualities ranked ("火力第一", "糖度…第一", "信号第一").
  '火力 糖度 清晰度 信号 网速 散热 保暖 透气 制冷 吸水 去污 鲜度 ' +
  // A tool's material ranked ("批头硬度第①", round 22's hardware writer).
  '硬度 强度 精度 韧性 耐磨',
).concat(
  // A province or region as the field ("四川第一", "宁夏第一品牌", "华南第①的干货店").
  REGION_SCOPES,
);

/** Properties a 100 % or 绝对 states as total (absolute.quan-ran's cues; absolute.bai-fen-spelled's words after 百分百 / 💯). */
export const TOTAL_PROPERTIES = list(
  '中和 还原 兼容 准确率 可靠性 合格率 安全性 成功率 有效率 杂质 洁净率 盲区 稳定性 精度 纯度 覆盖 过滤 防护 无死角 ' +
  '防爆 防摔 防水 纯天然 天然 ' +
  // "100%纯正", "去油100%干净", "绝对零甲醛": purity and cleanness stated as total.
  '纯正 干净 甲醛 ' +
  // "洗净率100%", "回头率百分百", "绝对健康": a rate or a good stated as total.
  '率 健康 无味 准确 防晒效果 遮光 ' +
  // "100%有效": efficacy stated as total, like a rate.
  '有效 ' +
  // "100% 消除噪音": removal stated as total.
  '消除 去除 隔绝 屏蔽 阻隔 ' +
  // "100%无添加", "百分百纯手工": how it is made stated as total (not 100%棉, a fabric's share).
  '无添加 零添加 纯手工 有机 ' +
  // "色号 100％ 不挑皮", "任何肤色都百分百适合": fit for everyone stated as total.
  '不挑 都适合 都合适 适合所有 适合任何 任何肤色 所有肤色',
);

/** What the goods are made of or where they come from, right after 100% (absolute.bai-fen-cheng-fen). */
export const MADE_OF = list('纯 原装 原厂 原盒 原版 原标 手工 手缝 野生 真丝 真皮 真人 天然 进口');
const TOTAL_MAKE = list('100% 百分百 百分之百 百分之一百').flatMap((total) => MADE_OF.map((made) => total + made));

/**
 * Qualities the buyer checks on the goods ("全新", "静音", "无痛"), right after 100% (absolute.bai-fen-quality). Not a
 * fabric's share or a rating ("100%棉", "健康度100%"), which name a measure, not a quality. 正品 / 真货 are such a quality:
 * "100%正品" says every piece is genuine, a 100 % claim nobody can prove (WRITERS.md lists 100% as absolute); the train
 * writers file it risky every time it is not declined or quoted (12 drafts of 11 writers, 10 of them with absolute
 * among the labels; the four clean ones quote it as a phrase the platform forbids). Round 22, labels22.
 */
const TOTAL_QUALITY = list('100% 百分百 百分之百 百分之一百').flatMap((total) =>
  list('全新 新品 头层 正宗 正品 真货 静音 无痛 无菌 无尘 无毒 无害 无笔记 无划痕 无瑕疵 环保 浓郁 新鲜').map((quality) => total + quality),
);

/** 100% right before a 不 / 无 / 没 ("100%不掉色", "百分百无异味"): absolute.bai-fen-bu's words, and bai-fen-lasting's. */
const TOTAL_NOT = list('100% 百分百 百分之百 百分之一百').flatMap((total) => list('不 无 没 全新 静音').map((what) => total + what));

/** A 100 % claim declined ("不能说百分百不过敏", "没法保证100%不起球"). */
const TOTAL_DECLINED = list(
  '不一定 不会 不好 不敢 不能 很难 无法 没法 没办法 没有办法 没人能 没有人能 谁也不能 谁都不能 ' +
    '不能说 不敢说 没法说 不保证 没法保证 不能保证 无法保证 不敢保证 很难保证 做不到 ' +
    // Cantonese cannot say, after folding ("唔可以話 100% 唔褪色"; negated.cantonese serves the other categories).
    '不可以说 不可以话 不能话 不敢话 没得话',
);

const TOTAL_NOT_CLAIM = `${AD_LAW_9_3}；“100%不掉色”“百分百不过敏”把每一件都不出问题说成百分之百，同属绝对化用语`;

/**
 * The end of the years' proof after a claim that nothing fails ("用十年都跟新的一样", "用一年都是新的", "穿十年都行"): the
 * nearest cue sets the span, and it must reach as far as the promise read from the years.
 */
const LASTING_PROOF_ENDS = list('一辈子 孙子辈 都没事 都没问题 没毛病 跟新的一样 像新的一样 和新的一样 都是新的 还是新的 都行');

export const ABSOLUTE_RULES: RuleSection = {
  rules: [
    {
      id: 'absolute.zui-hao',
      category: 'absolute',
      severity: 'warn',
      words: QUALITY_SUPERLATIVES,
      // "指的是最大输出功率", "是最高配置", "扬程是最高32米": 是最 before a rating or a measure of the goods, not praise.
      unlessAfter: {
        words: list('高 大 低 小').flatMap((most) => list('输出 功率 配置 转速 档 承重 容量 0 1 2 3 4 5 6 7 8 9').map((what) => most + what)),
        within: 0,
      },
      unless: ONE_SETTING,
      // "最好用温水泡一下", "最好用软尺", "最好用2.4G的WiFi", "最好喝温开水": 最好 advising what to use, the verb taking its
      // object; "这款最好用", "最好用的", "最好喝了" make the claim.
      claimAtEnd: { words: BEST_TO_USE, followers: AFTER_BEST_TO_USE },
      reason: BEST_CLAIM,
      suggestions: ['很好', '口碑不错', '很受欢迎'],
    },
    {
      id: 'absolute.jue-dui-superlative',
      category: 'absolute',
      severity: 'warn',
      // 绝对 before a superlative ("价格绝对最低", "性价比绝对zui高", "绝对是全网d1低"): the claim is the superlative, 绝对
      // only stresses it (WRITERS.md: 绝对 makes a promise of an outcome, 绝对不掉色). Train: 63 drafts of 绝对 + a
      // superlative, all labelled absolute. The span holds 绝对, so it outweighs promise.jue-dui's bare 绝对 where the
      // superlative after it is not read on its own (最低 after 绝对, zui高, d1低). 顶级 / No.1 / 全网最… are read on their
      // own, beside the 绝对, and keep their own rewordings; rewrites.ts rewords 绝对最 / 绝对是最 as 很.
      words: list('绝对 绝对是 绝对就是 绝对算是').flatMap((stressed) => list('最 zui 全网d1').map((most) => stressed + most)),
      // "绝对最快明天到", "绝对最多两天": a delivery or a limit, 最 as an everyday word (a delivery stated as certain is
      // promise.jue-dui's). Not bare 第一: "绝对是第一批到货的".
      unlessAfter: { words: list('快 早 晚 迟 多 少').flatMap((most) => list('明 今 后 下 周 当 隔 一 两 三 1 2 3').map((when) => most + when)), within: 0 },
      // "不敢说绝对是最好的", "没法说绝对第一": the claim declined.
      unless: { words: list('不敢说 不能说 没法说 不好说 谁敢说 不是说'), within: 4 },
      reason: BEST_CLAIM,
      suggestions: ['很好', '口碑不错', '很受欢迎'],
    },
    {
      id: 'absolute.zui-jia',
      category: 'absolute',
      severity: 'warn',
      words: ['最佳'],
      // "最佳观看距离是三米", "最佳泡发时间", "最佳的保存方式": the best setting of a use (a time, a place, a way), which
      // the SAMR guide does not count as a superlative of the goods; a verb of use may stand between. "最佳效果是薄涂两层":
      // how the best result is had, 效果是 + a way of use ("最佳效果是这款面霜", "效果最佳" stay).
      unlessAfter: {
        words: list('季节 时间 时机 时段 时长 位置 距离 方式 方法 温度 湿度 水温 角度 状态 比例 姿势 高度 光线 期 周期 次数 频率 顺序 用量 剂量 范围 区间 环境 条件 用法 吃法 喝法 涂法 泡法 穿法').concat(
          list('薄涂 涂 先 每天 坚持 配合 搭配 连续 睡前 早晚 洗完 用完').map((use) => `效果是${use}`),
        ),
        within: 3,
      },
      reason: `${AD_LAW_9_3}；“最佳”属比较最高级的说法。${SAMR_GUIDE}，使用时间、方式等消费提示可不认定，但建议改用客观描述`,
      suggestions: ['很好', '口碑不错', '很受欢迎'],
    },
    {
      id: 'absolute.zui-di-jia',
      category: 'absolute',
      severity: 'warn',
      words: list(
        '不可能再低 保证最低 价格最低 全网底价 全网底线 击穿底价 地板价 底线价 最低价 最低折扣 最低的价格 最便宜 ' +
        '最划算 最实惠 最超值 史低 史低价 历史低价 全年最低 全年底价 年度最低 ' +
        // The English superlative after 最 ("全年最lowest了"): the claim is the whole phrase, so its rewrite replaces both.
        '最lowest 最cheapest 最cheap',
      ).concat(
        // "全行业底价", "全平台底价": the floor price of everyone, the scope named.
        COMPARISON_SCOPES.map((scope) => `${scope}底价`),
      ),
      reason: `${AD_LAW_9_3}；《价格法》与《明码标价和禁止价格欺诈规定》也要求价格比较真实可证。“全网最低”无法证明时易被认定为虚假宣传`,
      suggestions: ['优惠力度很大', '现在下单更划算', '活动价'],
    },
    {
      id: 'absolute.di-yi',
      category: 'absolute',
      severity: 'warn',
      words: ['第一', '冠军'],
      near: { words: RANKED_ON, within: 6 },
      // "奥运冠军同款", "冠军选手签名": a champion as endorser (authority.guan-jun), not a ranking of the goods (train:
      // authority 18 writers, absolute 0); this span, reaching its near cue, swallowed it.
      unlessAfter: { words: list('同款 选手 战队 队员 车手 签名 代言'), within: 0 },
      reason: RANKING,
      // Not 销量 first: the ranking's underline holds its scope ("同价位里排第一"), and 销量 put there is the near cue of a
      // comparison that follows ("…，其他品牌都比不上").
      suggestions: ['很受欢迎', '销量很好', '很多买家回购'],
    },
    {
      id: 'absolute.di-yi-dang',
      category: 'absolute',
      severity: 'warn',
      // "画质是第一档", "同类里数第一档": the first tier of a ranking (第一档 alone is a gear or a price band, allowed).
      words: list('(是)第一档 (数)第一档 (属)第一档 (算)第一档 (排)第一档'),
      near: { words: RANKED_ON, within: 6 },
      reason: RANKING,
      // Not 销量/口碑: the span holds the quality ranked ("画质是第一档"), and a sales figure in its place is a claim again.
      suggestions: ['很出色', '表现不错'],
    },
    {
      id: 'absolute.di-yi-ming',
      category: 'absolute',
      severity: 'warn',
      words: list(
        'd1名 no1 numberone top1 名列第一 头一位 排第一 敢说第一 ' +
        '数一数二 没人敢称第一 独占鳌头 第一名 销冠 首屈一指 ' +
        // The yield of a crop ranked ("这个品种亩产第一"); 亩产 is no near cue of 第一 ("第一茬亩产一千斤" counts the crops).
        '亩产第一 亩产量第一',
      ),
      reason: RANKING,
      suggestions: ['很受欢迎', '销量很好'],
    },
    {
      id: 'absolute.shop-di-yi',
      category: 'absolute',
      severity: 'warn',
      // The shop's own goods ranked first with no field named ("咱家帝王蟹第一", "俺家烤鸭就是第一"): 第一 closing the
      // clause a few characters after 咱家/我家. Anything after it is an order or a count (咱家第一批货, 我家孩子第一次用).
      words: ['第一'],
      near: { words: list('咱家 咱们家 我家 我们家 本店'), within: 8 },
      claimAtEnd: { words: ['第一'], followers: list('了 啊 哈 啦 哦 呀 嘛 喔 噢') },
      reason: RANKING,
      suggestions: ['很受欢迎', '口碑不错'],
    },
    {
      id: 'absolute.di-yi-adjective',
      category: 'absolute',
      severity: 'warn',
      words: [...FIRST_AS_MOST, ...list('第一档次 第一流')],
      reason: `${AD_LAW_9_3}；“第一舒服”“第一好吃”与“最舒服”“最好吃”同属最高级用语`,
      suggestions: ['很舒服', '口碑不错'],
    },
    {
      id: 'absolute.ding-ji',
      category: 'absolute',
      severity: 'warn',
      words: list(
        '一流 一等一 一骑绝尘 万能 不二之选 不可替代 不可比拟 不可超越 举世无双 之冠 之最 之王 ' +
        '人气王 仅此一家 仅此一款 做到极限 做到的极限 全球仅此 全网封顶 全能王 再也找不到 出其右 出类拔萃 ' +
        '没有一个差评 一个差评都没有 一条差评都没有 从来没有差评 从来没有人退 没有一个人退 划时代 别处买不到 别家没有 别家都没有 别的店都没有 别家都买不到 别家都是仿 别家都是假 别无分店 别的地方都买不到 到了极限 前所未有 ' +
        // "别家绝对买不到": nowhere else sells it, said with 绝对 (train: 4 of 4 drafts labelled absolute, none promise); as
        // bare 绝对 it was promise.jue-dui's.
        '绝对买不到 绝对找不到 绝对买不着 绝对找不着 ' +
        '十全十美 只有我们家 只此一家 史无前例 史诗级 吊打 哪儿都买不到 哪都买不到 哪里都买不到 国际领先 ' +
        // The scope said with the grade (国际顶级) is one claim: a rewording of 顶级 alone left 国际 + 品质很好. 世界一流 /
        // 国际一流 are authority.guo-jia-ji's.
        '国际顶级 世界顶级 全球顶级 ' +
        // "买它准没错": the one choice that cannot be wrong (train writers 23 : 0 against 承诺; it was promise.jue-dui's).
        '准没错 ' +
        '天下无双 天花板 头名 头牌 宇宙级 完美 完胜 封神 就我们家敢 就是首选 巅峰 所有竞品 扛把子 ' +
        '找不出第二 找不到对手 找不到更好 找不到第二 拔尖 教科书级 敢说第二 断层级 断档级 无与伦比 无人可及 ' +
        '无人可敌 无人可比 无人能及 无人能敌 无人能比 无人超越 无可匹敌 无可挑剔 无可替代 无可比拟 无对手 ' +
        '无敌 是首选 望其项背 望尘莫及 条街 极品 极致 标杆 正宗中的正宗 殿堂级 母婴级 比谁都好 比谁都强 ' +
        // 上海话 顶 for 最: "全上海顶好", "顶顶好".
        '顶顶好 全网顶好 全国顶好 全上海顶好 ' +
        '没一个能比 没人比得 没人能比 没对手 没得挑 没有对手 没有更好的 没有第二个 没有第二家 没有第二款 ' +
        '没有能打 没第二个 没见过更好 没见过比这 独一份 独一无二 独一档 独孤求败 独此一家 王中王 王炸 王牌 ' +
        '王者 登峰造极 的首选 碾压 神仙级 神品 神器中的 神器中的神器 神级 秒天 空前绝后 终极 绝无仅有 绝绝子 至尊 至臻 ' +
        '行业封顶 行业极限 谁家有我们 远超同类 远超同行 远超国际 逆天 遥遥领先 里程碑式 销量王 镇店之宝 ' +
        '难以匹敌 难以超越 革命性 顶呱呱 顶奢 顶尖 顶格 顶流 顶级 顶配中的 顶配中的顶配 领军品牌 领导品牌 领袖品牌 ' +
        '颠覆行业 首选之 首选好物 鼻祖 龙头企业 top级 同行业无法 同行无法 行业无法 ' +
        // The only shop that has it ("全网独一家", "唯一一家能拿到这个价").
        '独一家 唯一一家 唯一的一家 别的店都仿不 别家都仿不 碾压级 加起来都比不上 加起来也比不上 不了别家 不上别家 不惯别家 ' +
        '别家都是垃圾 别家都是次品 别家都是坑人 别家都是骗人 别家都是智商税 其他家都是垃圾 别人家都是垃圾 ' +
        '祖师爷 开山鼻祖 老祖宗 找不出对手 找不着对手 难逢对手 难有对手 没有敌手 没敌手 无敌手 难逢敌手 ' +
        '没见过比 没有见过比 没遇到过比 六边形战士 卷王 霸主 天下第一 前无古人 无出其右 打遍天下 断层领先 断货王 家喻户晓 无人不知 人尽皆知 首选 得不能再 ' +
        // One in ten thousand, and the quality "capped" ("万中无一的品质", "甜度直接封顶").
        '万中无一 百里挑一 千里挑一 万里挑一 拿不出第二 直接封顶 ' +
        // "只有我们才是真货": every other seller's goods denied.
        '只有我们才是 只有我们家才是 只有咱家才是 只有我家才是 ' +
        // Titles of the top one: "冠军级的滤芯", "金器界一哥", "行业一哥" (a field's 一哥 who recommends is
        // authority.guan-fang's endorser: "美妆一哥推荐过的").
        '冠军级 界一哥 界一姐 圈一哥 圈内一哥 行业一哥 业内一哥',
      ).concat(
        // "独一无二的配色": the goods' colour said to be unique. Written with its colour so that absolute.variants (the
        // shop's own colours ranked: "最受欢迎的配色是白色") does not read 的配色 after it as one colour of the range.
        list('独一无二 绝无仅有 举世无双 天下无双 无与伦比').flatMap((unique) => list('的颜色 的配色 的色号 的花色').map((colour) => unique + colour)),
      ),
      // "无敌兔系列", "王者荣耀系列": the word starts a line's name, a noun or two before 系列 (right before it, "顶流系列", is
      // contexts.ts's name.suffix). 最 is no word of this rule: "全网最火系列" stays a claim.
      unlessAfter: { words: ['系列'], within: 2 },
      reason: `${AD_LAW_9_3}；“顶级”“极致”“无敌”“遥遥领先”等等同于最高级的说法属此类。${SAMR_GUIDE}`,
      suggestions: ['很出色', '品质很好', '做工用心'],
    },
    {
      id: 'absolute.wei-yi',
      category: 'absolute',
      severity: 'warn',
      words: [
        ...list('全国首发 全球首发 全网首发 唯一正品 填补国内空白 填补空白 开创者 独创 独家 首创 首家 首选品牌'),
        // "唯一正宗的水贝货", "全国唯一正宗的宣威火腿": the only genuine one, every other seller's goods denied.
        ...list('唯一正宗 唯一的正宗 唯一地道 唯一纯正 唯一真货'),
        // "唯一一款真正无蔗糖的", "唯一一款能做到全年不变形的": the only goods of their kind, whatever it does.
        ...list('唯一一款 唯一的一款 唯一真正 唯一能真正'),
        // "全网第一款真正的…": the first of its kind, the ordinal 第一款 made a claim by 真正.
        ...list('第一款真正 第一家真正 第一个真正'),
        // "全网第一款支持前后双4K的记录仪", "业界第一款支持50W的无线充": the first of its kind in a scope, written whole so the
        // allowed ordinal 第一款 (the first item of a list) lies inside it (c30, c143).
        ...list('全网 全国 全球 国内 业界 业内 行业 世界 全世界 市面上 全平台').flatMap((scope) => list('第一款 第一个').map((first) => scope + first)),
      ],
      // "店里唯一一款粉色的了", "唯一一款还有现货的": the only one left in stock or in a colour, not a claim of kind.
      // "全网第一个下单的送…": the first buyer of an offer, not the first goods of a kind.
      unlessAfter: { words: list('有货 还有货 现货 在售 库存 剩下 颜色 尺码 码数 粉色 白色 黑色 红色 蓝色 灰色 绿色 黄色 紫色 下单 付款 拍下 抢到'), within: 2 },
      reason: `${AD_LAW_9_3}；“唯一”“独家”“首创”等说法须真实且可证明，否则易被认定为虚假或绝对化宣传`,
      suggestions: ['特色款', '店里的主推款'],
    },
    {
      id: 'absolute.zui-fan-wei',
      category: 'absolute',
      severity: 'warn',
      words: ['最'],
      near: {
        words: list(
          '世界 业内 业界 东南亚 中国 之一 亚洲 今年 地表 宇宙 做过 全世界 全亚洲 全京东 全区 全县 全国 全城 全多多 ' +
          '全市 全快手 全抖音 全拼多多 全淘 全淘宝 全球 全省 全站 全网 公认 其他品牌 其他家 别家 卖过 历史 ' +
          '史上 同价 同品类 同档 同款里 同类 同级 同行 国内 圈内 圈里 天下 市场上 市面上 平台上 所有 整个 ' +
          '有史以来 本地 本年度 本省 欧洲 用过 目前 行业 见过 迄今 ' +
          // "…里就数这款最好": the one picked out of all.
          '就数 要数 得数 当属 ' +
          // "这个价全平台最低了": the whole platform, as 全站 / 全网.
          '全平台',
        ).concat(
          // "湖北最大的散养鸡基地", "新疆最甜的": a province or region as the field. 最快 / 最多 / 最远 of delivery there
          // are allowed phrases ("新疆最快三天到").
          REGION_SCOPES,
        ),
        within: 6,
      },
      reason: COMPARED_CLAIM,
      suggestions: ['很受欢迎', '口碑不错'],
    },
    {
      id: 'absolute.mei-you-zhi-yi',
      category: 'absolute',
      severity: 'warn',
      // A claim on its own, with no scope to look for: a near cue found further off only stretched the underline over
      // the words between ("我卖过的…没有之一").
      words: ['没有之一'],
      reason: COMPARED_CLAIM,
      suggestions: ['很受欢迎', '口碑不错'],
    },
    {
      id: 'absolute.fan-wei-zui',
      category: 'absolute',
      severity: 'warn',
      words: COMPARISON_SCOPES.flatMap((scope) => EVERYDAY_SUPERLATIVES.map((superlative) => `(${scope})${superlative}`)),
      reason: COMPARED_CLAIM,
      suggestions: ['很快', '续航不错'],
    },
    {
      id: 'absolute.zui-homophone',
      category: 'absolute',
      severity: 'warn',
      // 醉 typed for 最 ("醉好用的", "醉低价", "车充醉强"): not a spelling of 最 in every word, as 醉 is a word of its own
      // (醉蟹, 醉人的香味, 喝醉好几次, 醉香鸡), so only before the qualities praised.
      words: list(
        '好用 好吃 好喝 好看 好穿 好的 低 便宜 划算 实惠 强 佳 优 牛 新 新鲜 细 值 靓 正宗 畅销 受欢迎 耐用 适合 火爆 热销 低价 高端 顶',
      ).map((quality) => `醉${quality}`),
      reason: BEST_CLAIM,
      suggestions: ['很好', '口碑不错', '很受欢迎'],
    },
    {
      id: 'absolute.zhi-liang-zui-hao',
      category: 'absolute',
      severity: 'warn',
      // "这款面料最好", "全网最好", "同类里最好": 最好 of a quality or after a scope (最好 alone is advice, allowed).
      words: [...QUALITY_SUBJECTS, ...COMPARISON_SCOPES].map((subject) => `(${subject})最好`).concat(
        // "我们店售后全网最好": the shop's service ranked in a scope, written whole from 售后 so that the 后 inside it is no
        // cue of the unless below (a cue inside the word does not count).
        list('售后 服务 客服').flatMap((service) => COMPARISON_SCOPES.map((scope) => `${service}${scope}最好`)),
      ),
      // "建议熨烫之后版型最好", "穿开了以后手感最好": how to use it for the best result, advice the SAMR guide does not count.
      unless: { words: list('建议 推荐 时候 的话 之后 以后 后 时'), within: 8 },
      // 最好的 / 最好了 are absolute.zui-hao's words already.
      unlessAfter: { words: [...ADVICE_AFTER_BEST, '的', '了'], within: 0 },
      reason: BEST_CLAIM,
      suggestions: ['很好', '口碑不错', '很受欢迎'],
    },
    {
      id: 'absolute.fan-wei-zui-de',
      category: 'absolute',
      severity: 'warn',
      // "全世界充气最快的泵", "同价位里充得最快的": an everyday superlative (allowed alone) made the goods' own by 的, with a
      // comparison scope a few words before it. Not "最快的话明天到", an estimate.
      words: EVERYDAY_SUPERLATIVES.map((superlative) => `${superlative}(的)`),
      near: { words: [...COMPARISON_SCOPES, ...RANGE_SCOPES], within: 8 },
      unlessAfter: { words: list('话 时候 一次 一批'), within: 1 },
      reason: COMPARED_CLAIM,
      suggestions: ['很快', '续航不错'],
    },
    {
      id: 'absolute.measure-zui',
      category: 'absolute',
      severity: 'warn',
      // A measured performance called the fastest or longest ("净化速度最快", "滤芯寿命最长", "裁剪速度最快"): c162, c165.
      // 最快/最长 alone are everyday (最快明天到); the measure before them makes the claim. A reading of the spec ("续航最长
      // 可达10小时", "速度最快的话两天") goes on with what it reaches.
      words: list('速度 寿命 续航 充电 充得 净化 制冷 制热 加热 出水 吸力 散热 网速 待机').flatMap((measure) => [`${measure}最快`, `${measure}最长`, `${measure}最久`]),
      // A figure right after is the spec too ("续航最长8小时").
      unlessAfter: { words: list('的话 可 能 要 也 达 到 是 约 大约 一般 为 只 不超过 时间 一次 多少 多久 多长 吗 嘛 呢 ？ ? 0 1 2 3 4 5 6 7 8 9 一 两 二 三 四 五 六 七 八 九 十 半'), within: 1 },
      reason: COMPARED_CLAIM,
      suggestions: ['很快', '续航不错'],
    },
    {
      id: 'absolute.none-better',
      category: 'absolute',
      severity: 'warn',
      // Nobody else measures up ("同行没有一个比得过", "这个价位没有任何一台比它拍得好"): c155, c165.
      words: list('没有一个比得过 没一个比得过 没有一家比得过 没有哪家比得过 没有谁比得过 没人比得过 没有一款比得过 没有任何'),
      near: { words: list('比得过 比得上 比它 比我们家 比咱家 比这款 比我家'), within: 10 },
      reason: COMPARED_CLAIM,
      suggestions: ['口碑不错', '很受欢迎'],
    },
    {
      id: 'absolute.fan-wei-zui-hao',
      category: 'absolute',
      severity: 'warn',
      // "同价位里这款最好", "市面上就我们家最好": the goods named the best, a comparison scope nearby.
      words: THE_GOODS.map((goods) => `(${goods})最好`),
      near: { words: [...COMPARISON_SCOPES, ...RANGE_SCOPES], within: 10 },
      // 最好的 / 最好了 are absolute.zui-hao's words already.
      unlessAfter: { words: [...ADVICE_AFTER_BEST, '的', '了'], within: 0 },
      reason: COMPARED_CLAIM,
      suggestions: ['很好', '口碑不错', '很受欢迎'],
    },
    {
      id: 'absolute.bi-jiao',
      category: 'absolute',
      severity: 'warn',
      words: list(
        '之首 优于 佼佼者 击败 前三 前列 压过 唯一 头一份 头号 完爆 对手 强于 打败 断层 榜首 ' +
        '比不上 比不了 比不过 没得比 没法比 甩出 甩开 秒杀 第一家 第一梯队 老大 胜过 赶超 超越 超过 ' +
        '霸屏 霸榜 顶配 领先 领跑 首个 首位 首款 龙头',
      ),
      near: {
        words: [
          ...COMPARISON_SCOPES, ...RANGE_SCOPES, '其他牌子', '别的牌子', '哪个牌子', '哪家', '其他家', '别人家',
          '竞品', '同款', '任何', '一切', '大牌', '医院', '专业级', '销量', '口碑', '人气', '品质', '性能', '技术',
          '品牌', '全面',
          // "降噪秒杀那些千元耳机": goods costing far more, beaten.
          '千元', '万元', '上千', '上万',
        ],
        within: 8,
      },
      // "官方唯一授权", "协会唯一推荐的品牌": the endorsement (authority.tui-jian's 唯一授权/唯一推荐), not a comparison; train
      // writers file it under 权威背书 (54 of 56 labels), and this span, reaching its near cue, swallowed it.
      // "别家的价我们这边没法比对", "全网的价我这边比不了": the agent's own side unable to do the comparing, not the
      // goods beyond compare ("别家跟我们没法比" stays: 这边 names where the agent sits).
      // "全网我没法比较", "别家的参数我比不了": 我 (the agent, not 我们 the shop) unable to do it; 比较 is the act of
      // comparing, not "beyond compare" ("别家跟我们没法比" stays).
      unless: { words: list('我这边 我们这边 咱这边 客服这边 我这里 我们这里 我'), within: 0 },
      unlessAfter: { words: list('授权 指定 推荐 代理 合作 较'), within: 0 },
      reason: COMPARED_CLAIM,
      suggestions: ['性能不错', '口碑很好', '很多买家回购'],
    },
    {
      id: 'absolute.zui-adjective',
      category: 'absolute',
      severity: 'warn',
      // 最 + an adjective is the superlative the law names, whatever the adjective ("最耐脏", "最抗造"); 最 before
      // words of time, order, quantity and size, before advice (最好先…) and in turns of speech (最重要的是) is not.
      words: ['最'],
      unless: ONE_SETTING,
      unlessAfter: {
        words: list(
          // "最宽的一圈", "最细嘅碼": the widest place to measure, the smallest size (粤语 细 = 小).
          '宽的一圈 宽的地方 细嘅 细的码 ' +
          '主要 关键 关心 初 少 喜欢 多 大 好 小 后 怕 慢 担心 早 晚 终 近 远 迟 适合 重要 长 高 低 短 快 新 ' +
          '起码 先 适宜 宽处 窄处 厚处 薄处 高处 低处 简单的办法 简单的方法 值得一提 爱 常 外 里 上 下 前 末 底 左 右 东 西 南 北 中 内 需要 想 希望 省事 方便 ' +
          '开始 开头 ' +
          // "最稳妥是产检时问医生": the safest course of action, advice rather than praise; "店里最贵的那款": a price.
          '稳妥 稳当 妥当 贵 重 ' +
          // 最佳 has its own rule (absolute.zui-jia), which knows the best time or way of using the goods.
          '佳',
        ).concat(
          // A size limit, as 最大 and 最长 are ("最厚能夹5cm", "最宽可以放到30cm"): the dimension, then what the goods can take.
          // 最厚实 stays (厚实 is praise).
          list('厚 薄 宽 窄 深 粗 细 重 轻').flatMap((size) => list('能 可 可以 支持 到').map((can) => size + can)),
        ),
        within: 0,
      },
      reason: `${AD_LAW_9_3}；“最”加形容词（“最耐脏”“最抗造”）属最高级用语。${SAMR_GUIDE}，时间、数量、尺寸等客观说明可以使用`,
      suggestions: ['很', '非常', '比较'],
    },
    {
      id: 'absolute.quan-ran',
      category: 'absolute',
      severity: 'warn',
      // A property stated as total ("安全性是绝对的", "洁净率是百分之百", "百分百无死角", "100%兼容"): the longer
      // span (word and property) wins over the promise rules' bare 绝对/百分百.
      words: list('100% 百分之一百 百分之百 百分百 绝对'),
      near: {
        words: TOTAL_PROPERTIES,
        within: 4,
      },
      reason: `${AD_LAW_9_3}；“百分之百”“绝对”“零噪音”等说法同属绝对化用语，性能说明应给出实测数据与条件`,
      suggestions: ['效果很好', '实测数据在详情页'],
    },
    {
      id: 'absolute.bai-fen-bu',
      category: 'absolute',
      severity: 'warn',
      // 100% right before a 不 ("乳垫100%不闷", "百分百不伤电池", "１００％不掉色"): a failure ruled out for every piece, a
      // 100 % claim nobody can prove. Round 19 filed it here from promise (WRITERS.md: 35 train writers file it absolute
      // alone, 15 promise alone); 保证/绝对 + 不 stay promises. Declined ("不能说百分百不过敏", "没法保证100%不起球") it is
      // no claim.
      // 无 / 没 / 全新 / 静音 likewise ("100%无笔记", "100%没缺页", "100%全新电芯", "100%静音"): every train draft saying so
      // is risky, 18 of them; the clean ones decline or report it, which the contexts below and the shared ones clear.
      words: TOTAL_NOT,
      unless: { words: TOTAL_DECLINED, within: 2 },
      // "100%不是…吗": asked back.
      unlessAfter: { words: list('吗 么'), within: 8 },
      reason: TOTAL_NOT_CLAIM,
      suggestions: ['正常使用一般不会', '按说明使用一般没问题'],
    },
    {
      id: 'absolute.bai-fen-lasting',
      category: 'absolute',
      severity: 'warn',
      // 100% 不 + the years' proof ("100%不掉毛，用一年都是新的", "百分百不褪色不掉漆，钓箱用十年跟新的一样"): the 100 % claim
      // with its proof, as absolute.yong-jiu-lasting is 永久不's. Its span reaches the proof's end, so it outweighs the
      // promise read from the years (promise.nian-xian) instead of losing to it on length. Train: 9 drafts (9 writers),
      // all labelled absolute first. 保证 / 一定 / 绝对 before it make it a promise (WRITERS.md).
      words: TOTAL_NOT,
      near: { words: LASTING_PROOF_ENDS, within: 14 },
      unless: { words: [...TOTAL_DECLINED, ...list('保证 一定 绝对 肯定 承诺 包你 包您 保你 保您')], within: 2 },
      unlessAfter: { words: list('吗 么'), within: 8 },
      reason: TOTAL_NOT_CLAIM,
      suggestions: ['正常使用一般不会', '按说明使用一般没问题'],
    },
    {
      id: 'absolute.bai-fen-yi-dian',
      category: 'absolute',
      severity: 'warn',
      // 100% and then "not one bit" ("纯度100% 一滴水都不掺", "洗净率100%，一点残留都不会有"): a total property spelled
      // out, the same span the promise rules read from 100% to 都不, so this absolute reading wins the tie.
      words: list('100%(一) 百分百(一) 百分之百(一) 百分之一百(一)'),
      near: { words: list('都不 都没 都透不'), within: 8 },
      reason: `${AD_LAW_9_3}；“百分之百”“一点都不”等说法同属绝对化用语，性能说明应给出实测数据与条件`,
      suggestions: ['效果很好', '实测数据在详情页'],
    },
    {
      id: 'absolute.bai-fen-ju-hou',
      category: 'absolute',
      severity: 'warn',
      // The same "not one bit" after a comma ("密封100%，一滴都不渗", "除味100%，一点异味都没有"): a word's context cannot
      // cross the comma, so promise.bai-fen-zhi-bai's span to 都不 named it 承诺 (train: 100% + a comma + "none at all", 13
      // drafts, every one 绝对化). The cue reaches as far as the promise's (都没有 too), so this reading wins the tie. Not
      // 绝对没 ("百分百原装正品，绝对没有任何问题" is filed 承诺).
      words: list('100% 百分百 百分之百 百分之一百'),
      near: {
        words: list('滴 点 粒 丝 根 个 颗 片 块 星 点残留 点异味').flatMap((bit) => list('都不 都没 都没有 也不 也没 也没有').map((none) => `一${bit}${none}`)),
        within: 10,
      },
      reason: `${AD_LAW_9_3}；“百分之百”“一点都不”等说法同属绝对化用语，性能说明应给出实测数据与条件`,
      suggestions: ['效果很好', '实测数据在详情页'],
    },
    {
      id: 'absolute.bai-fen-cheng-fen',
      category: 'absolute',
      severity: 'warn',
      // What it is made of or where it comes from, stated as total ("百分百纯羊毛", "100%原装屏", "百分之百手工"): train
      // writers file 100% + 纯/原装/手工/野生… under 绝对化用语 (54 writers, against 1 for 承诺). Longer than the promise
      // rules' bare 百分百, and promise.bai-fen-bai leaves 100% + these words alone (its outcome cue reaches further). The
      // suggestion is one the catcher already reads as clean product text (a new one shifted its table).
      words: TOTAL_MAKE,
      // "电机是100%纯铜吗？厂家说是铜包铝": the buyer's question echoed, then answered.
      unlessAfter: { words: ['吗'], within: 4 },
      reason: `${AD_LAW_9_3}；“百分之百纯…”“100%原装”等说法同属绝对化用语，成分和来源请以详情页、检测报告为准`,
      suggestions: ['实测数据在详情页'],
    },
    {
      id: 'absolute.yong-jiu-ling',
      category: 'absolute',
      severity: 'warn',
      // 永久 and "零 + a defect" (零辐射, 零噪音, 零延迟): a total absence nobody can measure.
      words: list(
        '永不 永久 永久不 零差评 零投诉 零危害 零坏点 零色差 零故障 零残留 零污染 零损耗 零甲醛 零缺陷 零误差 零辐射 零延迟 零异味 零噪音 零风险 零添加 零农残 零退货 零退款 零释放',
      ),
      reason: `${AD_LAW_9_3}；“永久”“零辐射”“零噪音”等说法同属绝对化用语，性能说明应给出实测数据与条件`,
      // Not 做工扎实 first: 做工 is a ranking's cue, so "零误差，业内第一" reworded read "做工扎实，业内第一" as a ranking.
      suggestions: ['表现稳定', '实测数据在详情页'],
    },
    {
      id: 'absolute.never-again',
      category: 'absolute',
      severity: 'warn',
      // The price or the batch never to come again ("以后永远不会再有这个价", "最后一批料了，以后永远不会再有", "过了今天这个
      // 价格就永远没有了"): the guide's 再也找不到…, said with 永远 (train writers: absolute, 3 writers, none promise). The
      // span holds 永远不, so it outweighs promise.jue-dui's bare 永远不; with 保证 before it the promise reads on.
      words: list(
        '永远不会再有 永远不再有 永远都不会再有 永远没有了 就永远没有 ' +
        // The same with the price named or no 永远 ("再不买就永远没这个价了", "错过再没有了", "明天就永远没了", "以后全网都买
        // 不到了"): c57, c59 ×2, c81; train holds these only in risky drafts.
        '永远没这个价 永远没有这个价 永远不会有这个价 再也没有这个价 再也没这个价 再没这个价 以后都没这个价 ' +
        '错过再没有 错过就再没有 错过再也没有 错过就再也没有 就永远没了 全网都买不到',
      ),
      unless: { words: list('保证 承诺 不敢说 不能说 没法说'), within: 6 },
      // "全网都买不到吗": asked.
      unlessAfter: { words: list('吗 么'), within: 2 },
      reason: `${AD_LAW_9_3}；“顶级”“极致”“无敌”“遥遥领先”等等同于最高级的说法属此类。${SAMR_GUIDE}`,
      suggestions: ['很出色', '品质很好', '做工用心'],
    },
    {
      id: 'absolute.yong-jiu-lasting',
      category: 'absolute',
      severity: 'warn',
      // 永久 + no failure, then years of use to show it ("永久不变形，穿十年都跟新的一样", "永久不坏，用一辈子"): the 永久
      // claim (WRITERS.md's absolute word) with its proof. Reaching to the span's end, it outweighs the promise read from the
      // years alone (promise.nian-xian, zen-me-dou, zhong-shen-bu). Train: absolute 4 writers, promise 0 (round 20). Not
      // 永不 ("这个沙发永不变形，用十年都跟新的一样" is a promise in the regression set, and 永不涨价 is promise.never-dearer's).
      words: ['永久不'],
      // The end of the years' proof, not the years (the nearest cue sets the span, and it must reach as far as the promise's).
      near: { words: LASTING_PROOF_ENDS, within: 14 },
      // "没有永久不坏的，用十年都没事已经很好了", "不敢说永久不变形": denied.
      unless: { words: list('没有 不是 并非 不敢说 不能说 没法说 哪有'), within: 2 },
      reason: `${AD_LAW_9_3}；“永久”“零辐射”“零噪音”等说法同属绝对化用语，性能说明应给出实测数据与条件`,
      suggestions: ['表现稳定', '实测数据在详情页'],
    },
    {
      id: 'absolute.zui',
      category: 'absolute',
      severity: 'info',
      words: ['最'],
      reason: `${SAMR_GUIDE}：“最＋形容词”可能属《广告法》第九条第（三）项的最高级用语；“最近”“最大码”等客观说明和自我比较可以使用，发送前请确认`,
      suggestions: ['很', '非常', '比较'],
    },
    {
      id: 'absolute.mei-you-bi',
      category: 'absolute',
      severity: 'warn',
      words: list(
        '不会有 再也没有 哪个牌子都 哪家比我们 哪家都 找不出 找不到比 挑不出 比不过我们 没人 没哪个品牌 ' +
        '没哪家 没有一家 没一家 没有一个牌子 没有一款 没有任何一家 没有任何品牌 没有别的 没有哪一家 没有哪个品牌 ' +
        '没有哪个牌子 没有哪家 没有哪款 没有比 没有谁 谁也比不上 谁家比我们 谁家都 还有比我们 还能找到比 ' +
        '都比不上',
      ),
      near: {
        words: list(
          '媲美 抗衡 更专业 更亮 更优 更低 更便宜 更值 更全 更划算 更好 更好用 更实惠 更强 更强劲 ' +
          '更快 更正宗 更猛 更省 更稳 更结实 更耐用 更舒服 更软 更香 比咱们 比咱家 比得上 比得过 比我们 ' +
          '相提并论 胜过 能比 赶得上 超过',
        ),
        within: 12,
      },
      reason: COMPARED_CLAIM,
      suggestions: ['性价比不错', '很多买家回购'],
    },
    {
      id: 'absolute.bu-shu-da-pai',
      category: 'absolute',
      severity: 'warn',
      // As good as goods costing far more ("和上万元的耳机没有任何区别", "不输大牌", "媲美进口货").
      words: list('不亚于 不输 没什么区别 没区别 没有任何区别 媲美'),
      near: { words: list('一线 万元 上万 专柜 千元 国际 奢侈 大牌 进口'), within: 10 },
      unless: { words: list('不敢说 不能说 没法说'), within: 6 },
      reason: COMPARED_CLAIM,
      suggestions: ['性价比不错', '用料扎实'],
    },
    {
      id: 'absolute.mei-you-geng',
      category: 'absolute',
      severity: 'warn',
      // "没有比它更久的", "找不到比它更暖的了": nothing better than ours, whatever the comparative.
      words: [
        ...list('再也找不到比 没有哪个比 没有哪家比 没有哪款比 没有比 找不出比 找不到比'),
        // "你再也吃不到比这更甜的了": nothing better to be had, whatever the verb.
        ...list('吃 喝 买 用 穿 见').map((verb) => `${verb}不到比`),
      ],
      near: { words: ['更'], within: 8 },
      reason: COMPARED_CLAIM,
      suggestions: ['性价比不错', '很多买家回购'],
    },
    {
      id: 'absolute.de-guo',
      category: 'absolute',
      severity: 'warn',
      // 粤语 comparative "A 得过 B" (A beats B), with nobody as A: "冇边间平得过我哋", "冇人靓得过呢款" (边间 which shop,
      // 呢款 this one). Not the comparative alone: "佢哋平得过我哋" says another shop is cheaper.
      words: list('得过我哋 得过我们 得过呢款 得过呢个 得过这款'),
      near: { words: list('冇边间 冇第二间 冇一间 冇人 没人 边度都冇 冇边个'), within: 10 },
      reason: COMPARED_CLAIM,
      suggestions: ['性价比不错', '很多买家回购'],
    },
    {
      id: 'absolute.mou-dak-ding',
      category: 'absolute',
      severity: 'warn',
      // 粤语 冇得顶 (nothing tops it) and 冇得弹 (nothing to fault, 无可挑剔); 冇 reads 没.
      words: list('冇得顶 冇得弹'),
      // "冇得顶住个门" (nothing to hold the door), "冇得弹性" (no stretch): other words that start the same.
      unlessAfter: { words: list('住 性 簧 起 力'), within: 0 },
      reason: `${AD_LAW_9_3}；“冇得顶”“冇得弹”与“无可挑剔”“无与伦比”同属绝对化说法`,
      // Not 做工/口碑 words: after a ranking ("硬度第一，冇得顶") they would make one ("第一，做工…").
      suggestions: ['很受欢迎', '很多买家回购'],
    },
    {
      id: 'absolute.tiao-bu-chu',
      category: 'absolute',
      severity: 'warn',
      // "一点毛病挑不出来", "挑不出任何缺点": flawless, the claim of 无可挑剔 in other words.
      words: ['挑不出'],
      near: { words: list('毛病 缺点 瑕疵 不足 问题'), within: 4 },
      reason: `${AD_LAW_9_3}；“挑不出毛病”与“无可挑剔”同属绝对化说法`,
      suggestions: ['做工不错', '口碑很好'],
    },
    {
      id: 'absolute.bei-shu',
      category: 'absolute',
      severity: 'warn',
      words: ['倍'],
      // "比超市那些好十倍", "超过国际标准十倍": the shops a buyer knows or the standard, beaten several times over (not
      // "分量是超市那种的两倍", a quantity).
      near: { words: [...COMPARISON_SCOPES, ...list('其他品牌 其他牌子 别人家 别的牌子 手洗 普通 比超市 比菜市场 比菜场 比外面 国际标准 国家标准 国标 行业标准 欧盟标准')], within: 8 },
      // "别家更便宜，差价百倍赔付", "买贵了我双倍退差价": the multiple is a payout made up on the spot, promise.bei-pei's
      // (WRITERS.md: compensation made up on the spot is a promise).
      unlessAfter: { words: list('赔 罚 退 补偿'), within: 0 },
      reason: COMPARED_CLAIM,
      suggestions: ['效果不错', '我们实测的数据在详情页'],
    },
    {
      id: 'absolute.zui-xin',
      category: 'absolute',
      severity: 'info',
      words: ['最新款', '最新一代', '最新版', '最新技术', '最新工艺'],
      reason: `${SAMR_GUIDE}：表示时间先后的“最新”真实可证时可以使用，发送前请确认`,
      suggestions: ['新款', '新一代'],
    },
    {
      id: 'absolute.bi-bie-jia',
      category: 'absolute',
      severity: 'warn',
      // Comparison frame: "比别家/比任何…" followed by a comparative ("都好", "还便宜", "更强").
      words: list(
        '比专柜 比任何 比其他品牌 比其他家 比其他牌子 比别人家 比别家 比医院 比同类 比同行 比大牌 比市面上 ' +
        '比别的品牌 比别的牌子 比别的店 比别的手机 比外面 比进口 比一线 比超市 比菜市场 比4s店 比原厂 ' +
        '比所有 ' +
        // "随便比 比哪个牌子都暖和": ahead of any brand one names.
        '比哪个牌子 比哪个品牌 比哪家 比哪款 比哪个',
      ),
      near: {
        words: list(
          '低多 便宜 好多 好太多 好很多 好得多 强多 强太多 强很多 快多 更低 更便宜 更好 更强 更快 更高 还低 还便宜 还好 还干净 还强 还高 都低 ' +
          '都便宜 都好 都强 都高 ' +
          // "比任何一款都耐用": ahead of everyone, whatever the adjective after 都.
          '都',
        ),
        within: 8,
      },
      reason: COMPARED_CLAIM,
      suggestions: ['性价比不错', '很多买家回购'],
    },
    {
      id: 'absolute.huan-you-shui',
      category: 'absolute',
      severity: 'warn',
      // "全网还有谁？": a rhetorical question that claims nobody can compete.
      words: COMPARISON_SCOPES.flatMap((scope) => list('谁家有 谁比得过 谁能比 还有谁').map((challenge) => scope + challenge)),
      reason: COMPARED_CLAIM,
      suggestions: ['性价比不错', '很多买家回购'],
    },
    {
      id: 'absolute.zhi-you-wo-jia',
      category: 'absolute',
      severity: 'warn',
      // "全网就我家这个价", "市面上只有我们家有": the only seller anywhere.
      words: COMPARISON_SCOPES.flatMap((scope) =>
        list('就我家 就我们家 就咱家 只有我家 只有我们家 只有咱家 仅我家 就我们 只有我们').map((only) => scope + only),
      ),
      reason: COMPARED_CLAIM,
      suggestions: ['性价比不错', '现在活动价很划算'],
    },
    {
      id: 'absolute.shao-you',
      category: 'absolute',
      severity: 'warn',
      // "别说全国，全世界都少有": rare anywhere, the scope named.
      words: COMPARISON_SCOPES.flatMap((scope) => list('都少有 都罕见 都难找 少有的 罕见的').map((rare) => scope + rare)),
      reason: COMPARED_CLAIM,
      suggestions: ['品质很好', '做工用心'],
    },
    {
      id: 'absolute.zhao-bu-dao',
      category: 'absolute',
      severity: 'warn',
      // "全网找不到更低的了", "别家买不到这么便宜的": nobody sells it cheaper or better (a scope must be named: "我这边
      // 找不到更低的券了" is no claim).
      // 找不到更 + any comparative ("同尺寸里找不到更清晰的"), the scope named.
      // 这么 + any quality likewise ("全国都找不到这么正的", 粤语 "全国都搵唔到咁正嘅", 咁 read as 这么): c298.
      words: list('找不到更 找不出更 买不到更 找不着更 买不到这么 找不到这么 找不到这个价 买不到这个价 买不到这个品质 买不到这种品质 找不到这个品质 找不到这种品质')
        // "全网没有更低的了": nothing lower anywhere, the scope named.
        .concat(list('没有更低 没有更便宜 没得更低 没有再低')),
      near: { words: [...COMPARISON_SCOPES, ...list('别家 哪家 外面 其他家 网上 任何地方')], within: 10 },
      // "去别家看看有没有更便宜的": asked, not claimed.
      unless: { words: ['有'], within: 0 },
      reason: COMPARED_CLAIM,
      suggestions: ['现在活动价很划算', '优惠力度很大'],
    },
    {
      id: 'absolute.bai-fen-zhi',
      category: 'absolute',
      severity: 'warn',
      // "99.9%的姐妹都回购了": a share of all buyers nobody can check.
      words: list('100%的 99% 99.9% 99.99% 百分之九十九'),
      near: { words: list('的买家 的人 的姐妹 宝妈 的客户 的用户 的顾客 都回购 都好评 都推荐 都满意 都说好 都选'), within: 6 },
      reason: `${AD_LAW_9_3}；“99%的人都回购”这类全体买家的比例无法证明，易被认定为虚假宣传`,
      suggestions: ['很多买家回购', '好评不少，您可以看看评价'],
    },
    {
      id: 'absolute.bai-fen-quality',
      category: 'absolute',
      severity: 'warn',
      // A quality of the goods stated as 100 % ("100%全新", "100%静音", "香味100%浓郁", "100%环保"): the same total claim
      // as absolute.quan-ran's properties and bai-fen-cheng-fen's make, with the quality right after the sign (train, round
      // 21: 8 such drafts of 8 writers missed, every one labelled 绝对化). Declined, quoted or asked ("不是100%全新的",
      // "是100%全新的吗") the contexts cancel it, as they do for quan-ran.
      words: TOTAL_QUALITY,
      unlessAfter: { words: ['吗'], within: 4 },
      reason: `${AD_LAW_9_3}；“百分之百”“绝对”“零噪音”等说法同属绝对化用语，性能说明应给出实测数据与条件`,
      suggestions: ['效果很好', '实测数据在详情页'],
    },
    {
      id: 'absolute.most-suited',
      category: 'absolute',
      severity: 'warn',
      // The goods named as the best suited of all for a kind of buyer ("这款是最适合中国宝宝体质的奶粉", "这就是最适合幼猫的
      // 猫粮", "最最最适合男孩的遥控车"): 是/就是 or a doubled 最 makes 最适合 (allowed alone: "最适合的尺码是M") a ranking of
      // the goods. Train, round 21: every such draft not set in quote marks is risky (16 of 16, 3 missed: c82, c99, c210).
      words: list('是最适合 就是最适合 最最适合'),
      // "您这个身高是最适合的，不用换": the size that suits the buyer, not goods ranked.
      unlessAfter: { words: list('的了 的哦 的尺码 的码'), within: 0 },
      reason: BEST_CLAIM,
      suggestions: ['很受欢迎', '口碑不错'],
    },
  ],
  allow: [
    {
      // "第一不第一的我不敢乱说", "算不算第一": the rank asked in its A-not-A form, not claimed (是不是 is a context of its
      // own, which an allowed phrase holding it would switch off).
      // "首不首选看您习惯", "顶不顶级不好说": a grade of two characters asked the same way.
      words: list('第一不第一 算不算第一 最好不最好').concat(list('首选 顶级 一流 极品 顶配 完美').map((grade) => `${grade[0]}不${grade}`)),
      note: '“第一不第一”“算不算第一”：正反问，不是宣称',
    },
    {
      // "哪有永久不坏的东西", "镜片不可能永久不磨花": lasting for ever denied ("永久不磨花" stays).
      words: list('哪有永久不 哪有永远不 没有永久不 不可能永久不 不可能永远不 不会永久不'),
      note: '“哪有永久不坏的”“不可能永久不磨花”：否认能永久保持，不是宣称',
    },
    {
      // "最好的喝法是温着喝": the best way to use it (advice), not the goods ranked ("效果最佳", "最好的面霜" stay; not 最佳
      // 效果是 or 最好的办法是, which end in the goods as often: "最佳效果是这款"). 最要紧的 is 最重要的 ("多通风才是最要紧的").
      words: list('最好的 最佳的 最佳').flatMap((best) => list('喝法 吃法 用法 泡法 穿法 洗法 做法').map((way) => best + way))
        .concat('最要紧'),
      note: '“最好的喝法是温着喝”：讲怎么用效果好，是建议，不是给商品排名',
    },
    {
      // "No.1号仓发货", "No.3号色": a number label (号), not first place.
      words: list('no1号 no.1号'),
      note: '“No.1号仓”是编号，不是第一',
    },
    {
      // "电池健康度显示100%": a phone battery's health as the phone shows it, a reading, not a good stated as total
      // (absolute.quan-ran's 健康: "这款零食百分百健康" and "这批电池健康度全部100%" stay).
      words: list('健康度显示 健康度显示的 健康度显示是 健康显示'),
      note: '手机电池健康度的读数，不是“百分百健康”的宣称',
    },
    {
      // "第一名答对的送围巾": the first place of a contest among buyers, then what they do to win it, not a ranking of
      // the goods ("我们家销量第一名" stays).
      words: list('答对 下单 付款 拍下 抢到 猜对 回答').map((act) => `第一名${act}`),
      note: '买家活动的名次（“第一名答对的送…”），不是商品排名',
    },
    {
      // "…第一名 不是吹的": insisting on the claim, not reporting someone's bragging (the 吹的 cue of contexts.ts).
      words: list('不是吹的 不是我吹 真不是吹 绝不是吹'),
    },
    {
      // "明天下午", "今天下单": a day, then 下, holds 天下 (a scope cue of 最: "天下最…") by accident.
      words: list('今天下 明天下 昨天下 后天下 前天下 每天下 当天下 天天下 半天下 一天下 两天下 三天下 几天下 白天下 那天下 这天下'),
    },
    {
      // "没有最好的，只有最适合您的": a saying that declines the superlative; 王者荣耀 is a game's name; "您最好了" thanks the
      // buyer.
      words: [...list('没有最好 没有最好的 王者荣耀 王者段位 王中王火腿 永久地址 永久居住地 永久居民'), ...list('您 你 亲').map((buyer) => `${buyer}最好了`)],
    },
    {
      // "万能胶", "万能表", "万能轮": 万能 in the fixed name of a tool, not praising the goods. Not 万能充 (a charger "for
      // every phone" is the claim itself).
      words: list('胶 表 钥匙 轮 扳手 挂钩').map((tool) => `万能${tool}`),
      note: '“万能胶”“万能表”“万能轮”是工具的品类名，不是说商品无所不能',
    },
    {
      // "装在天花板上", "吊在天花板": the ceiling of a room (lamps, fans, projectors), not a ceiling of quality.
      words: [...list('上 里 下 内 高度').map((place) => `天花板${place}`), ...list('装在 吊在 贴在 挂在 顶到 到 吸').map((fix) => `${fix}天花板`)],
      note: '安装位置的天花板（“吸顶灯装在天花板上”），不是“颜值天花板”这种说法',
    },
    {
      // Names of brands, games and shows that hold a rule word (完美日记 the make-up brand, 绝对伏特加 Absolut, 扫描全能王
      // the scanning app, 极品飞车 the racing game): the name, not a claim about the goods.
      words: list('完美日记 绝对伏特加 扫描全能王 王牌对王牌 极品飞车 最生活 皇家猫粮 皇家狗粮 皇家宠物食品'),
      note: '品牌、游戏、节目的名字（完美日记、绝对伏特加、极品飞车），不是对商品的评价',
    },
    {
      // "颜色有 王者蓝 和 樱花粉": a line name with a colour is a colour's name ("至尊红", "王牌黑"), like 至尊款 below.
      words: list('王者 王牌 至尊 巅峰 皇家').flatMap((line) => list('蓝 粉 黑 白 红 绿 金 银 灰 紫 黄 橙 棕').map((colour) => line + colour)),
      note: '颜色名（“王者蓝”“至尊红”）不是对品质的评价',
    },
    {
      // "极致黑", "极致蓝": 极致 naming a colour (not 白, which goes on as 极致白皙, a claim).
      words: list('黑 蓝 粉 灰 紫 银 金 红 绿').map((colour) => `极致${colour}`),
      note: '颜色名（“极致黑”）不是对品质的评价',
    },
    {
      // "成分表排第一位的是水": the order of an ingredient list, not a ranking.
      words: list('成分排第一 成分表排第一 配料排第一 配料表排第一 第一家门店 第一家店 第一家分店 第一家实体店 第一家工厂'),
    },
    {
      // Superlatives shops use as the name of a product line ("至尊款", "旗舰版", "王者套装").
      words: list('尊享 巅峰 旗舰 极致 王牌 王者 至尊 至臻 臻选 顶流 顶级 顶配').flatMap((line) =>
        list('套装 款 版 版本 礼盒 系 色 套餐 会员').map((suffix) => line + suffix),
      ),
      note: '用作系列、款式名的词（“至尊款”“旗舰版”），不是对品质的评价',
    },
    {
      words: list(
        '第一个 第一代 第一件 第一份 第一位 第一包 第一单 第一印象 第一双 第一口 第一句 第一周 第一天 ' +
        '第一套 第一层 第一年 第一张 第一张图 第一手 第一批 第一排 第一时间 第一月 第一期 第一条 ' +
        '第一栏 第一次 第一款 第一步 第一段 第一波 第一点 第一版 第一瓶 第一眼 第一种 第一箱 第一组 ' +
        '第一色 第一行 第一轮 第一遍 第一道 第一阶段 第一页 第一项 第一顺位 ' +
        '第一台 第一部 第一只 第一盒 第一袋 第一根 第一颗 第一把 第一辆 第一条 第一单 第一笔 第一档 第一格 第一级',
      ),
      note: '序数“第一”是日常用语',
    },
    {
      words: list(
        '店里卖得最 店里卖得最好 店里卖的最好 店里最便宜 店里最受欢迎 店铺卖得最好 店铺最便宜 ' +
        '我们家卖得最好 我们家最便宜 我们店最便宜 最佳冲泡 最便宜的一款是 最便宜的是 最便宜的那款 最好 ' +
        '最好的使用 最好的保存 最好的做法 最好的办法 最好的回报 最好的处理方式 最好的支持 最好的方式 ' +
        '最好的方法 最好的时机 最好的时间 最好的肯定 最好的解决办法 最好的食用 最好的鼓励 本店卖得最好 ' +
        '本店卖的最好 本店最便宜 本店最受欢迎 咱家卖得最好 咱们家卖得最好 我家卖得最好 能给到的最低价 能给的最低价 给到的最低价 能给到最低 ' +
        // "已经是最低能给的活动价了": the lowest the agent can give, not the lowest anywhere.
        '最低能给 最低能做 最低只能 最多只能 最多能给 ' +
        // "已经是最低价了", "直播间最低价": the agent's floor in a bargain, the shop's own live-room price.
        '已经是最低价 已经最低价 直播间最低价 直播间的最低价 ' +
        // 最好 advising a verb that repeats or runs on ("打药前最好看看天气", "开封后最好喝完"): not 最好看/最好喝 the claim.
        '最好看看 最好看一看 最好看一下 最好看下 最好穿上 最好吃完 最好喝完 最好用完',
      ),
      note: '“最好”作副词表示建议（“您最好先量一下”）；夸口的说法（“最好的”“是最好”“最好用”）单独列为规则词',
    },
    {
      words: list(
        // Where on the goods ("最薄处1.2毫米"): a measuring point, not a boast.
        '最薄处 最厚处 最宽处 最窄处 最亮处 最暗处 最软处 最硬处 最细处 最粗处 最深处 最浅处 ' +
        '尽最大 最上方 最上面 最下方 最下面 最中间 最主要 最久 最优先 最优方案 最优的组合 最优组合 最优解 ' +
        '最优路线 最低值 最低折扣之后 最低折扣后 最低档 最低消费 最低温度 最低要求 最低购买 最低起订 最先 ' +
        '最关键 最内层 最冷的时候 最初 最前面 最及时 最受 最右边 最合适 最后 最后面 最喜欢 最在意 最基本 ' +
        '最外层 最外面 最多 最多可 最大优惠 最大值 最大功率 最大努力 最大区别 最大号 最大容量 最大宽度 ' +
        '最大尺寸 最大尺码 最大承重 最大档 最大电流 最大的不同 最大的动力 最大的区别 最大的帮助 最大的支持 ' +
        '最大的歉意 最大的肯定 最大的诚意 最大的鼓励 最大码 最大程度 最大负荷 最大载重 最大速度 最大长度 ' +
        '最大限度 最大高度 最好不过 最容易 最小值 最小单位 最小号 最小尺码 最小档 最小码 最少 最少要 ' +
        '最少起订 最左边 最常用 最常见 最底下 最底部 最忙 最快 最快速度 最怕 最慢 最担心 最新 最新情况 ' +
        '最新消息 最新物流 最新状态 最新进度 最早 最易 最晚 最晚明天 最普遍 最浅 最浓 最淡 最深 最深的歉意 ' +
        '最热的时候 最爱 最真诚 最短 最短时间 最终 最衷心 最诚挚 最起码 最边上 最近 最近一次 最远 最迟 最迟明天 ' +
        '最适合 最里面 最重要 最长 最难 最顶上 最顶层 最顶端 最顶部 最高优惠 最高值 最高减 最高可 最高可享 ' +
        '最高时速 最高档 最高挡 最高一档 最高温度 最高的敬意 最高立减 最高要求 活动最低价 活动期间最低价',
      ),
      note: '“最”的日常用法：时间、数量、位置、规格、建议',
    },
    {
      words: list(
        '最佳位置 最佳季节 最佳安装 最佳摆放 最佳放置 最佳穿着 最佳角度 最佳距离 ' +
        '最佳使用 最佳保存 最佳品尝 最佳时机 最佳时间 最佳温度 最佳状态 最佳的保存 最佳的品尝 最佳的时间 ' +
        '最佳的赏味 最佳的食用 最佳的饮用 最佳观赏 最佳赏味 最佳食用 最佳食用期 最佳饮用 最佳保鲜',
      ),
      note: '市场监管总局指南：食用、保存等消费提示不认定为绝对化用语',
    },
  ],
  contexts: [
    {
      id: 'absolute.advice',
      categories: ['absolute'],
      after: list('保存 储存 冲泡 冷冻 冷藏 存放 食用 饮用'),
      within: 8,
      note: '市场监管总局指南：“最佳是冷冻保存”之类的食用、保存建议不认定为绝对化用语',
    },
    {
      id: 'absolute.when',
      categories: ['absolute'],
      before: list('的时候 时候 的季节 的时节'),
      within: 0,
      note: '“捏着微微软的时候最香”“冰镇的时候最好喝”：什么时候吃、用最好，是食用使用建议，不是夸商品',
    },
    {
      id: 'absolute.self-ranked',
      categories: ['absolute'],
      after: list('店里排行 店内排行 店铺内排行 本店排行 店里的排行 在我们店里 在店里'),
      within: 8,
      sentence: true,
      note: '“这款是销量第一的，店里排行”：说明排名是店里自己几款之间的，自我比较可不认定为绝对化用语',
    },
    {
      id: 'absolute.in-shop',
      categories: ['absolute'],
      // "这款在咱家销量排第一", "这个色在我们店里最受欢迎": 在 + the shop names the field, the shop's own goods ranked
      // among themselves (咱家X第一 with no field, absolute.shop-di-yi, stays a claim). Right before the ranking only:
      // "在我们家买最划算" compares shops.
      before: list('咱家 咱们家 我家 我们家 俺家 本店 店里 我们店 咱店 咱们店 店铺 店铺里 店内').flatMap((shop) =>
        // "在店里销量排第一": 排 before the rank.
        ['', ...list('里 的 是 里是 销量 的销量 里销量 卖得 里卖得 排 里排 销量排 的销量排 里销量排')].map((then) => `在${shop}${then}`),
      ),
      within: 0,
      // "在咱家全网销量第一": a comparison scope leads the claim again.
      unscoped: true,
      note: '“这款在咱家销量排第一”：在本店几款之间排名，市场监管总局指南：自我比较可不认定为绝对化用语',
    },
    {
      id: 'absolute.method',
      categories: ['absolute'],
      after: list('的办法 的方法 的方式 的买法 的做法 的途径 的处理方式 的解决办法 的解决方法 的方案'),
      within: 3,
      note: '“最划算的买法是两件一起拍”“最稳妥的方式是先试用小样”：比较的是做法，是建议，不是夸商品',
    },
    {
      id: 'absolute.variants',
      categories: ['absolute'],
      after: list(
        '其次是 第二是 的颜色是 的颜色 的配色 的色号 的口味 的是白色 的是黑色 的是灰色 的是粉色 的是蓝色 的是红色 ' +
          // "最亮的是白光", "最大的那一档": one setting of the goods against its others.
          '的是白光 的是暖光 的是冷光 的是黄光 的那档 的那一档 的档位 的是高档 的是强档 的模式 的那个模式',
      ),
      within: 12,
      sentence: true,
      // "全网最火的配色", "同类里最安静的档位": compared with other sellers' goods, not among its own.
      unscoped: true,
      note: '店里几个颜色、口味之间排顺序（“最受欢迎的是白色，其次是灰色”），市场监管总局指南：自我比较可不认定为绝对化用语',
    },
    {
      id: 'absolute.no-best',
      categories: ['absolute', 'promise'],
      // "没有最完美的产品 每款都有取舍", "哪有最好的 只有合适的", "没有谁绝对更好": no product is the best, a superlative
      // denied of all goods (the bare 绝对 after 没有谁 is no promise either).
      // "没有永久不衰减的电池", "哪有永久不坏的东西": no goods last for ever, 永久 denied of all of them.
      before: list('没有最 哪有最 不存在最 没有绝对 没有绝对的 哪有绝对 没有谁 没有永久 哪有永久 不可能永久 不存在永久'),
      within: 0,
      note: '“没有最完美的产品，每款都有取舍”“没有永久不衰减的电池”：否定任何商品是最好的、永久的，不是在夸自家',
    },
    {
      id: 'absolute.for-best',
      categories: ['absolute'],
      // "为了最佳效果 建议连续用两周", "想达到最好的口感 要冷藏": the best result of using it, as advice on how.
      // Not 想要 alone: "想要最好的就选这款" makes the claim.
      before: list('为了 为达到 想达到 要达到 想要达到'),
      within: 0,
      note: '“为了最佳效果，建议连续使用两周”：说怎么用效果好，是使用建议，不是夸商品',
    },
    {
      id: 'absolute.depends',
      categories: ['absolute'],
      // "没有谁绝对更好，要看您的户型", "哪个更好取决于您的需求": which is better left to the buyer's case.
      after: list('要看您 要看你 得看您 得看你 还是要看 还是得看 取决于 因人而异 看个人需求 看您的需求 看你的需求'),
      within: 6,
      sentence: true,
      note: '“没有谁绝对更好，要看您的户型”：比较的结论交给买家的情况，不是说自家最好',
    },
    {
      id: 'absolute.defer',
      categories: ['absolute'],
      // "最优惠价格以结算页为准": the price left to the checkout page, not claimed.
      after: list('以结算页为准 以页面为准 以页面显示为准 以系统为准 以下单页为准 以结算为准 以实际为准 以订单页为准'),
      within: 4,
      note: '“最优惠价格以结算页为准”：价格交给结算页，不是客服说的最低价',
    },
    {
      id: 'absolute.setting',
      categories: ['absolute'],
      // "睡眠档噪音 22dB，最高档 56dB": one setting of the goods against another, stated with its figure.
      // Not 档位 alone: "同档位里是顶级的" is a price band.
      before: list('睡眠档 静音档 自然风档 低档 中档 一档 二档 三档 低速档'),
      within: 14,
      sentence: true,
      unscoped: true,
      note: '“睡眠档 22 分贝，最高档 56 分贝”：同一件商品不同档位之间的比较，是参数说明',
    },
    {
      id: 'absolute.first-buyer',
      categories: ['absolute'],
      after: list('下单 付款 拍下 购买 到店 进店 报名 的买家 的顾客 位买家 位顾客'),
      within: 0,
      note: '“第一名下单的送小礼物”：第一个下单、付款的买家，是活动名次，不是商品的排名',
    },
    {
      id: 'absolute.self',
      categories: ['absolute'],
      // "色号从 00 到 06 最白的是 00": the shop's own range, named from one end to the other.
      before: list('三款里 两款里 几个颜色里 几款里 几种颜色里 系列里面 这个系列里 这些颜色 这几个 这几款 这几种 色号从 号码从 尺码从'),
      within: 8,
      note: '在自家几款、几个颜色之间比较（“这几款里最轻的是…”），市场监管总局指南：自我比较可不认定为绝对化用语',
    },
  ],
};
