// The built-in rule set (written for this project). Words are matched after folding (full-width,
// case, 繁→简, digit forms: "第一" also matches "第1"/"第①") with spaces, symbols and emoji skipped
// between their characters; pinyin and homophone spellings are listed as explicit variants.
import type { AllowEntry, Rule, RuleFile } from './types';

/** Word lists are space-separated and sorted: it keeps them readable and the content-script bundle small (sorted words compress better). */
const list = (spaceSeparated: string): string[] => spaceSeparated.split(' ');

const AD_LAW_9_3 = '《广告法》第九条第（三）项禁止使用“国家级”“最高级”“最佳”等绝对化用语';
const SAMR_GUIDE = '市场监管总局《广告绝对化用语执法指南》（2023）要求结合语境判断';
const AD_LAW_17 = '《广告法》第十七条：除医疗、药品、医疗器械广告外，不得涉及疾病治疗功能，不得使用医疗用语或易与药品、医疗器械混淆的用语';
const PLATFORM_OFFSITE = '各平台规则（拼多多、抖店、淘宝等）禁止在会话中发布站外联系方式、引导买家离开平台沟通或交易，违规会被扣分限流，买家也失去平台保障';
const REVIEW_BAIT = '《电子商务法》第十七条禁止编造用户评价；《网络反不正当竞争暂行规定》（2024）禁止以返现、红包、卡券等利诱好评；各平台亦将“好评返现”列为违规';
const PROMISE_BASIS = '《消费者权益保护法》第二十条要求提供的质量、性能等信息真实，不得作引人误解的宣传；店铺兑现不了的承诺会按平台“违背承诺”规则处理';
const ABUSE_BASIS = '《消费者权益保护法》第十四条规定消费者享有人格尊严受到尊重的权利；各平台客服规范将辱骂、嘲讽、威胁买家列为严重违规';

const COMPARED_CLAIM = `${AD_LAW_9_3}；“全网最快”“行业领先”“没有之一”等与同行比较的最高级说法须有可证明的依据`;
const QUALITY_PROMISE = `${PROMISE_BASIS}；“洗多少次都不掉色”“随便摔都没事”是店铺兑现不了的质量保证`;
const PAYOUT_PROMISE = `${PROMISE_BASIS}；“假一赔十”等赔付承诺须与店铺开通的保障服务一致，客服口头加码会被追责`;
const LONG_TERM_PROMISE = `${PROMISE_BASIS}；终身、永久、无条件、见效时间和到货时间的承诺超出店铺能控制的范围（物流时效以快递为准）`;
const RANKING = `${AD_LAW_9_3}；“销量第一”“行业第一”等排名须有可证明的出处与时间范围，“第一时间”“第一次”等日常用法不在此列`;
const ENDORSEMENT = '《广告法》第九条第（二）项、第十六条、第十八条禁止借国家机关、医生、专家等名义作推荐、证明，第三十八条要求代言人真实使用过商品；未经授权的“指定”“推荐”“明星同款”属虚假宣传';
const QR_CODE = `${PLATFORM_OFFSITE}；让买家扫码加好友、进群、付款或关注站外账号属站外引流`;

/** An agent explaining the rules or warning the buyer ("平台不能加微信哦", "请勿私下转账") is not steering anyone away. */
const OFFSITE_NEGATIONS = {
  words: list(
    '不会主动 不会以 不会在 不会私下 不会要求 不会让你 不会让您 不会通过 不做 不允许 ' +
    '不可以 不存在 不建议 不接受 不提供 不搞 不支持 不方便 不用 不能 不要 不进行 ' +
    '不需要 严禁 也不会 从不 从来不 切勿 别 小心 我们不会 拒绝 提防 无法 无需 没有 ' +
    '禁止 警惕 请勿 谨防 都不会',
  ),
  within: 8,
};
/** "小程序还没开通""视频号没有开通""淘宝没有店": the agent says there is no other channel. */
const NO_OTHER_CHANNEL = {
  words: list('不卖 暂未开通 没开店 没开通 没在卖 没有卖 没有店 没有开通 还没开'),
  within: 6,
};
/** "不能治疗""不具有疗效": disclaimers, not claims. */
const MEDICAL_NEGATIONS = {
  words: list('不代表 不具备 不具有 不可 不宣称 不是 不等于 不能 不能用于 并非 无法 没有'),
  within: 4,
};
/** "我们不做好评返现": the shop states it does not do it. */
const REVIEW_NEGATIONS = {
  words: list('不会 不做 不参与 不存在 不搞 不支持 不要 严禁 拒绝 没有 禁止 请勿'),
  within: 6,
};
/** "好评返现是违规的""好评有礼活动我们没有参加": the agent describes the rule, not an offer. */
const REVIEW_NEGATIONS_AFTER = {
  words: list(
    '下线了 不做 不允许 不参与 不参加 不存在 不支持 停止 取消 属于违规 已取消 已经取消 ' +
    '是禁止 是违规 没参加 没有参加 结束了 被禁止 违反 违规',
  ),
  within: 10,
};
/** "不能保证""无法保证": the agent declines to promise. */
const PROMISE_NEGATIONS = { words: list('不一定 不好 不敢 不能 很难 无法 没法'), within: 2 };

/** Where a comparison with other sellers happens: "全网", "同类", "市面上"…; "最" right after one is a claim. */
const COMPARISON_SCOPES = list(
  '世界 业内 业界 全国 全城 全市 全平台 全淘 全球 全省 全站 全网 别家 历史上 史上 ' +
  '同价位 同价位里 同品类 同档次 同类 同类中 同类里 同级别 同行 同行里 品牌中 品牌里 ' +
  '国内 圈内 圈里 市场上 市面上 所有 整个平台 有史以来 牌子里 牌子里面 行业',
);

/** "最快""最长" are fine alone (allow-list) but are claims right after a comparison scope ("全网最快"). */
const EVERYDAY_SUPERLATIVES = list('最久 最先 最受 最合适 最多 最容易 最常用 最快 最新 最早 最适合 最长');

/** Off-platform chat apps, spelled the ways agents write them (pinyin, initials, homophones). */
const WECHAT_SPELLINGS = list(
  'vx vx号 v信 wechat weix weixin wei信 wx wx号 w信 ' +
  '企业微信 企微 伟信 卫信 危信 喂信 围信 威x 威xin 威信 小绿书 嶶信 微x ' +
  '微xin 微伈 微信 微信号 徽信 维信 绿泡泡 绿色泡泡 绿色软件 薇x 薇xin 薇伈 ' +
  '薇信 魏信',
);
const QQ_SPELLINGS = list('qq qq号 qq群 q号 q群 企鹅号 扣扣 扣扣号 抠抠 球球号');

const rules: Rule[] = [
  // ——— absolute: 《广告法》第九条第（三）项 ———
  {
    id: 'absolute.zui-hao',
    category: 'absolute',
    severity: 'warn',
    words: list(
      '(就是)最 (是)最 (是)最好 (算是)最 (都是)最好 best 不过了 做工最好 ' +
      '卖得最 卖的最 口碑最好 品质最好 性价比最好 性价比最高 效果最好 最上乘 最专业 最亮 ' +
      '最优 最佳 最保暖 最保湿 最值 最健康 最先进 最全 最出色 最受信赖 最受好评 最受欢迎 ' +
      '最受青睐 最可靠 最地道 最大牌 最天然 最好(了) 最好(的) 最好吃 最好品质 最好喝 ' +
      '最好用 最好看 最好穿 最好质量 最好闻 最嫩 最安全 最实用 最小巧 最干净 最强 最彻底 ' +
      '最持久 最放心 最新鲜 最时尚 最显瘦 最显白 最有名 最有效 最柔软 最棒 最正宗 最流行 ' +
      '最清晰 最滋润 最漂亮 最潮 最火 最热销 最爆 最牛 最猛 最环保 最甜 最畅销 最白 ' +
      '最百搭 最省心 最省电 最知名 最科学 最稳定 最精细 最精致 最纯 最细腻 最经典 最结实 ' +
      '最美 最耐摔 最耐用 最耐磨 最耐穿 最舒服 最舒适 最良心 最营养 最薄 最补水 最豪华 ' +
      '最赞 最软 最轻便 最透气 最酷 最锋利 最长久 最防水 最静音 最靠谱 最顶 最香 ' +
      '最高品质 最高效 最高档 最高端 最高等级 最高级 最高认证 最鲜 最齐全 质量最好',
    ),
    reason: `${AD_LAW_9_3}；“最好”“最棒”等比较最高级的说法属此类。${SAMR_GUIDE}，自我比较、食用保存建议等可不认定，但建议改用客观描述`,
    suggestions: ['很好', '口碑不错', '很受欢迎'],
  },
  {
    id: 'absolute.zui-di-jia',
    category: 'absolute',
    severity: 'warn',
    words: list(
      '不可能再低 价格最低 全网底价 全网底线 击穿底价 地板价 底线价 最低价 最低折扣 最低的价格 最便宜 ' +
      '最划算 最实惠 最超值',
    ),
    reason: `${AD_LAW_9_3}；《价格法》与《明码标价和禁止价格欺诈规定》也要求价格比较真实可证。“全网最低”无法证明时易被认定为虚假宣传`,
    suggestions: ['优惠力度很大', '现在下单更划算', '活动价'],
  },
  {
    id: 'absolute.di-yi',
    category: 'absolute',
    severity: 'warn',
    words: ['第一', '冠军'],
    near: {
      words: list(
        '世界 业内 业界 中国 亚洲 人气 全区 全县 全国 全城 全市 全平台 全球 全省 全网 ' +
        '全镇 公认 出了名 卖得 口碑 吃过的 同类 品牌 品类 回购 国内 复购 天下 好评率 ' +
        '市场 常年 年度 店铺 性价比 排名 排行 效果 断层 有名 本地 本市 榜 稳坐 稳居 ' +
        '类目 蝉联 行业 赛 连续 销售 销量',
      ),
      within: 6,
    },
    reason: RANKING,
    suggestions: ['销量很好', '很多买家回购', '口碑不错'],
  },
  {
    id: 'absolute.di-yi-ming',
    category: 'absolute',
    severity: 'warn',
    words: list(
      'no1 numberone top1 名列第一 头一位 排第一 敢说第一 ' +
      '数一数二 没人敢称第一 独占鳌头 第一名 销冠 首屈一指',
    ),
    reason: RANKING,
    suggestions: ['销量很好', '很受欢迎'],
  },
  {
    id: 'absolute.ding-ji',
    category: 'absolute',
    severity: 'warn',
    words: list(
      '一流 一等一 一骑绝尘 万能 不可替代 不可比拟 不可超越 世界级 举世无双 之冠 之最 ' +
      '之王 人气王 仅此一家 仅此一款 做到极限 做到的极限 全球仅此 全网封顶 全能王 ' +
      '再也找不到 出其右 出类拔萃 划时代 别处买不到 别家没有 别家都是仿 别家都是假 别无分店 ' +
      '别的地方都买不到 到了极限 前所未有 十全十美 只有我们家 只此一家 史无前例 史诗级 吊打 ' +
      '哪儿都买不到 哪都买不到 哪里都买不到 国际领先 天下无双 天花板 头名 头牌 宇宙级 完美 ' +
      '完胜 封神 就我们家敢 巅峰 所有竞品 扛把子 找不出第二 找不到对手 找不到更好 ' +
      '找不到第二 拔尖 教科书级 断层级 断档级 无与伦比 无人可及 无人可敌 无人可比 无人能及 ' +
      '无人能敌 无人能比 无人超越 无可匹敌 无可挑剔 无可替代 无可比拟 无对手 无敌 望其项背 ' +
      '望尘莫及 条街 极品 极致 标杆 正宗中的正宗 殿堂级 比谁都好 比谁都强 没一个能比 ' +
      '没人比得 没人能比 没对手 没得挑 没有对手 没有更好的 没有第二个 没有第二家 没有第二款 ' +
      '没有能打 没第二个 没见过更好 没见过比这 独一份 独一无二 独一档 独孤求败 独此一家 ' +
      '王中王 王炸 王牌 王者 登峰造极 碾压 神仙级 神品 神器中的 神级 秒天 空前绝后 终极 ' +
      '绝无仅有 绝绝子 至尊 至臻 行业封顶 行业极限 远超同类 远超同行 远超国际 逆天 ' +
      '遥遥领先 里程碑式 销量王 镇店之宝 难以匹敌 难以超越 革命性 顶呱呱 顶奢 顶尖 顶格 ' +
      '顶流 顶级 顶配中的 领军品牌 领导品牌 领袖品牌 颠覆行业 鼻祖 龙头企业',
    ),
    reason: `${AD_LAW_9_3}；“顶级”“极致”“无敌”“遥遥领先”等等同于最高级的说法属此类。${SAMR_GUIDE}`,
    suggestions: ['品质很好', '做工用心', '性能不错'],
  },
  {
    id: 'absolute.wei-yi',
    category: 'absolute',
    severity: 'warn',
    words: list('全国首发 全球首发 全网首发 唯一正品 填补国内空白 填补空白 开创者 独创 独家 首创 首家 首选品牌'),
    reason: `${AD_LAW_9_3}；“唯一”“独家”“首创”等说法须真实且可证明，否则易被认定为虚假或绝对化宣传`,
    suggestions: ['特色款', '店里的主推款'],
  },
  {
    id: 'absolute.zui-fan-wei',
    category: 'absolute',
    severity: 'warn',
    words: ['最', '没有之一'],
    near: {
      words: list(
        '世界 业内 业界 东南亚 中国 之一 亚洲 今年 做过 全世界 全亚洲 全区 全县 全国 ' +
        '全城 全市 全淘 全球 全省 全站 全网 公认 其他品牌 其他家 别家 卖过 历史 史上 ' +
        '同价 同品类 同档 同款里 同类 同级 同行 国内 圈内 圈里 天下 市场上 市面上 平台上 ' +
        '所有 整个 有史以来 本地 本年度 本省 欧洲 用过 目前 行业 见过 迄今',
      ),
      within: 6,
    },
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
        ...COMPARISON_SCOPES, '其他牌子', '别的牌子', '哪个牌子', '哪家', '其他家', '别人家',
        '竞品', '同款', '任何', '大牌', '医院', '专业级', '销量', '口碑', '人气', '品质', '性能', '技术',
        '品牌', '全面',
      ],
      within: 8,
    },
    reason: COMPARED_CLAIM,
    suggestions: ['性能不错', '口碑很好', '很多买家回购'],
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
      '不会有 再也没有 哪个牌子都 哪家都 找不出 找不到比 挑不出 比不过我们 ' +
      '没哪个品牌 没哪家 没有一个牌子 没有一款 没有任何一家 没有任何品牌 没有别的 没有哪一家 ' +
      '没有哪个品牌 没有哪个牌子 没有哪家 没有哪款 没有比 没有谁 谁也比不上 谁家都 都比不上',
    ),
    near: {
      words: list(
        '咱家 媲美 我们 抗衡 更专业 更亮 更优 更低 更便宜 更值 更全 更划算 更好 更好用 ' +
        '更实惠 更强 更强劲 更快 更正宗 更猛 更省 更稳 更结实 更耐用 更舒服 更软 更香 ' +
        '比得上 比得过 相提并论 胜过 能比 赶得上 超过',
      ),
      within: 12,
    },
    reason: COMPARED_CLAIM,
    suggestions: ['性价比不错', '很多买家回购'],
  },
  {
    id: 'absolute.bei-shu',
    category: 'absolute',
    severity: 'warn',
    words: ['倍'],
    near: { words: [...COMPARISON_SCOPES, ...list('其他品牌 其他牌子 别人家 别的牌子 手洗 普通')], within: 8 },
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

  // ——— authority: 《广告法》第九条第（二）（三）项、《商标法》第十四条 ———
  {
    id: 'authority.guo-jia-ji',
    category: 'authority',
    severity: 'warn',
    words: list('免检产品 全球级 国宴 国家免检 国家级 国宾 国礼 国际级 质量免检'),
    reason: '《广告法》第九条第（三）项禁止“国家级”等用语；“免检”制度已废止，称“免检产品”属虚假宣传',
    suggestions: ['品质有保障', '通过了相关检测'],
  },
  {
    id: 'authority.te-gong',
    category: 'authority',
    severity: 'block',
    words: list(
      '中南海 人民大会堂专用 军供 军队专供 国家专供 政府专供 机关专供 特供 特需供应 部队专用 领导专供 ' +
      '领导专用 首长专用',
    ),
    reason: '《广告法》第九条第（二）项禁止使用或变相使用国家机关及其工作人员的名义；国家有关部门明令禁止在商品及宣传中使用“特供”“专供”（国家机关）等字样',
    suggestions: ['品质款', '精选款'],
  },
  {
    id: 'authority.chi-ming',
    category: 'authority',
    severity: 'block',
    words: ['驰名', '著名商标', '名牌产品', '中国名牌'],
    reason: '《商标法》第十四条第五款禁止将“驰名商标”字样用于广告宣传及其他商业活动；地方“著名商标”“名牌”评定已取消，继续使用易构成虚假宣传',
    suggestions: ['我们的品牌', '老品牌'],
  },
  {
    id: 'authority.tui-jian',
    category: 'authority',
    severity: 'warn',
    words: list(
      'cctv 一线大牌同厂 三甲医院 专供港澳 专家团队 专家认证 世博 两会 中医世家 中科院 ' +
      '主席同款 亚运 人民大会堂 使馆 元首 内供 内部供应 军区 军工 军方 军队 冬奥 ' +
      '出口专供 出口级 医生推介 医院专用 医院在用 协和 卫生部门认证 同厂出品 名老中医 ' +
      '品牌的代工厂 唯一合作 唯一指定 唯一授权 唯一推荐 国务院 国家卫生部门 国家定点 ' +
      '国家机关 国家认定 国家队 外交部 外宾 大使 大牌代工 大领导 央视 奢侈品代工 奥运 ' +
      '宇航员 定点生产 宫廷 御供 御用 御膳 御茶 总理 总统 指定使用 指定供应商 指定推荐 ' +
      '政府部门 权威 牙防组 特批 特贡 王室 田径队 疾控 皇室 皇家 皇帝 祖传秘方 科学院 ' +
      '航天专用 航天员 航天品质 航天局 航天级 诺奖 诺贝尔 贡品 贡米 贡茶 部委 部门监制 ' +
      '部队 院士推荐 领导人 首相',
    ),
    reason: ENDORSEMENT,
    suggestions: ['很多买家回购', '口碑不错'],
  },

  {
    id: 'authority.guan-fang',
    category: 'authority',
    severity: 'warn',
    words: list(
      'fda 专家 中医 主任 主持人 代言人 保健院 儿科 农业农村部 农业部 医师 医生 医院 ' +
      '协会 博主 卫健委 卫生部 卫视 发改委 名人 名厨 商务部 国企 国家 基金会 大厨 大师 ' +
      '央企 女星 学会 学校 官方 工信部 市场监管局 幼儿园 影后 影帝 战队 政府 救援队 ' +
      '教授 教育局 教育部 明星 星级酒店 机关 歌星 消防 牙医 球队 男星 皮肤科 眼科 ' +
      '研究所 研究院 科学家 科考队 米其林 网红 艺人 药剂师 药监局 营养师 质检总局 车队 ' +
      '达人 运动员 部门 院士 非遗 领导',
    ),
    near: {
      words: list(
        '专用 专门供 亲手 亲测 亲自 代言 供应 供的 力荐 合作产品 合作单位 合作品牌 ' +
        '同一个厂 同一家厂 同一条生产线 同厂 同款 在用 在穿 扶持 批准 技术认证 把关 担保 ' +
        '招待 指定 授权认证 推荐 点名 爱用 用的都是 用茶 用酒 私藏 种草 统一采购 背书 ' +
        '自己研发 自用的 装备 订购 认可 认定 认证的 认证过 都买 都在推 都在用 都在订 都爱 ' +
        '都用 都穿 都订 都说好 鉴定 颁发 食堂',
      ),
      within: 8,
    },
    reason: ENDORSEMENT,
    suggestions: ['已通过相关检测，报告可在详情页查看', '很多买家回购'],
  },

  // ——— medical: 《广告法》第十七条 ———
  {
    id: 'medical.zhi-liao',
    category: 'medical',
    severity: 'block',
    words: list(
      '不用去医院 不用去看医生 不用去看牙医 不用吃药 不用看医生 不用看牙医 专治 临床证明 ' +
      '临床试验 临床验证 主治 代替药品 代替药物 偏方 停药 像药一样 化痰 化结石 医治 ' +
      '医疗级 去病 可治 听力恢复 壮阳 处方 头发再生 奇效 少发烧 少感冒 少生病 康复 ' +
      '快速退烧 快速退热 恢复听力 抗炎 抗病毒 抗癌 抗肿瘤 排石 排结石 提高听力 改善听力 ' +
      '无副作用 替代药物 杀死癌细胞 根治 止咳 止痛 比吃药 比药还 毛发再生 没有副作用 治好 ' +
      '治愈 治疗 治疤 治病 治痘 治百病 活血化瘀 消炎 特效 理疗功效 疗愈 疗效 疗程 ' +
      '病好了 病就好 病愈 痊愈 相当于药 磁疗 祛病 神效 秘方 立效 能治 药到 药品级 药效 ' +
      '药用级 药还好 药还快 药还灵 药还管用 补肾 调节血糖 镇痛 防新冠 防病 降压 降糖 ' +
      '除病 零副作用',
    ),
    unless: MEDICAL_NEGATIONS,
    reason: `${AD_LAW_17}；化妆品、食品、日用品宣称治疗、预防疾病或“无副作用”均属违法宣传`,
    suggestions: ['日常护理', '使用感受因人而异', '如有不适请咨询医生'],
  },
  {
    id: 'medical.ji-bing',
    category: 'medical',
    severity: 'block',
    words: list(
      'o型腿 x型腿 三高 上火 不孕 中耳炎 中风 乏力 乳腺 传染病 伤口 体内毒 体寒 便秘 ' +
      '关节炎 关节痛 内八字 内分泌 冻伤 冻疮 前列腺 劳损 半月板 反酸 发炎 发烧 口腔问题 ' +
      '口臭 咳嗽 咽喉炎 咽炎 哮喘 嗓子疼 囊肿 坐骨神经 增生 外八字 多梦 夜尿 失眠 头晕 ' +
      '头疼 头痛 头皮屑 妇科 妊娠纹 宫寒 宿便 寒毒 寒气 少白头 尿布疹 尿酸 尿频 干眼 ' +
      '幽门 度数 弱视 心梗 心肌梗 心脏病 感冒 感染 扁平足 扁桃体 手脚冰凉 手足口 打呼 ' +
      '打鼾 抑郁 抽筋 拉肚子 支气管 散光 早泄 晕车 更年期 月经不调 术后 椎间盘突出 毒素 ' +
      '毛囊 气虚 水痘 水肿 法令纹 流感 浮肿 消化不良 淋巴 淤青 湿毒 湿气 湿疹 溃疡 ' +
      '滑膜 激素脸 灰指甲 炎症 焦虑症 牙周炎 牙疼 牙痛 牙龈 牛皮癣 狐臭 生病 甲状腺 ' +
      '疟疾 疤 疱疹 疼痛 疾病 病毒 病菌 痔疮 痘痘 痛经 痛风 痤疮 痱子 痴呆 瘙痒 癌 ' +
      '登革热 白内障 白发 白头发 白癜风 皮炎 皲裂 盗汗 真菌 眼袋 睡不好 睡不着 神经痛 ' +
      '秃 积食 粉刺 糖尿病 红屁屁 红血丝 细菌 经络 结石 结节 绞痛 缺钙 缺铁 缺锌 ' +
      '罗圈腿 老寒腿 老年斑 老花 耳鸣 肌瘤 肝病 肩周炎 肺炎 肾病 肾虚 肿瘤 胃不好 胃炎 ' +
      '胃疼 胃病 胃痛 胃胀 胃酸 胃黏膜 胆固醇 脂溢性 脂肪肝 脊柱侧弯 脑梗 脚气 脚臭 ' +
      '脱发 腰椎 腰疼 腰痛 腰突 腰肌 腰腿痛 腰酸背痛 腰间盘 腱鞘炎 腹泻 荨麻疹 蛀牙 ' +
      '螨虫 血压 血栓 血管 血糖 血脂 视力 视网膜 贫血 足内翻 足外翻 足弓 过敏 近视 ' +
      '银屑病 阳痿 阿尔茨海默 青光眼 静脉曲张 颈椎 颈肩 风湿 驼背 骨刺 骨痛 骨质疏松 ' +
      '高低肩 黄褐斑 黑眼圈 鼻塞 鼻子不通 鼻炎 鼻窦炎 鼾症 龋齿',
    ),
    near: {
      words: list(
        '下去了 下来了 不再 不出血 不发作 不咳 不喘 不复发 不容易 不明显了 不晕 不犯 不生 ' +
        '不用去看 不用吃药 不用看医生 不疼 不痒 不痛 不胀 不酸 不高了 修复 停了 克星 ' +
        '再也不 再生 减轻 压下 去掉 去除 变少 变黑 吸出 告别 回去 回来了 填平 复位 奇效 ' +
        '好了 好使 好多了 好帮手 好得快 好得更快 好起来 好转 对症 少犯 少生 就好 就能好 ' +
        '就通 平稳 康复 归位 彻底好 很有效 必吃 必备 恢复 患者专用 愈合 抑制 拔出 排出 ' +
        '排掉 排走 摆脱 改善 效果不错 效果好 效果很好 效果明显 救星 散了 断根 有好处 ' +
        '有帮助 有效 有用 有益 杀死 杀灭 根除 止住 正了 正常了 正过来 没了 治 洗掉 ' +
        '消下去 消了 消化 消失 消除 淡化 清掉 清除 灵验 疏通 痊愈 看不出 矫正 神器 福音 ' +
        '稳住 稳定 稳稳 管用 红润 缓解 能回来 能长 见好 见效 解决 调理 调节 轻了 轻松了 ' +
        '远离 逆转 通了 通气 逼出 重新长 长出 长回来 防 降 除根 黑回来',
      ),
      within: 12,
    },
    unless: MEDICAL_NEGATIONS,
    reason: `${AD_LAW_17}；说普通商品能缓解、改善、预防某种疾病即属宣称疾病治疗功能`,
    suggestions: ['日常护理', '使用感受因人而异', '如有不适请咨询医生'],
  },
  {
    id: 'medical.mian-yi',
    category: 'medical',
    severity: 'warn',
    words: list(
      '代谢 体质 免疫 微循环 性功能 性能力 抵抗力 睡眠质量 血压 血液循环 血糖 血脂',
    ),
    near: { words: list('促进 加强 增加 增强 提升 提高 改善 调理 调节'), within: 6 },
    unless: MEDICAL_NEGATIONS,
    reason: `${AD_LAW_17}；普通食品、日用品不得宣称提高免疫力、调节体质等保健功能（《食品安全法》第七十三条）`,
    suggestions: ['日常饮食搭配', '使用感受因人而异'],
  },
  {
    id: 'medical.shou-jin',
    category: 'medical',
    severity: 'warn',
    words: ['瘦', '减', '掉'],
    near: { words: list('kg 小肚子 斤 肚腩 赘肉'), within: 4 },
    unless: MEDICAL_NEGATIONS,
    reason: `${AD_LAW_17}；“一个月瘦十斤”之类的减重效果承诺属宣称保健功效，普通食品、日用品不得使用`,
    suggestions: ['搭配饮食和运动', '效果因人而异'],
  },
  {
    id: 'medical.bao-jian',
    category: 'medical',
    severity: 'warn',
    words: list(
      '丰胸 乌发 促消化 促进长高 保肝 健脑 养肝 养肾 养胃 养血 减肥 刮油 助消化 助眠 ' +
      '助长高 医用级 去湿 去痘 安神 延缓衰老 抗感染 抗疲劳 抗衰老 抗辐射 护肝 排寒 排毒 ' +
      '排湿 改善睡眠 明目 杀毒 杀灭 杀菌 止痒 止血 气血不足 活络 活血 消肿 消脂 润肠 ' +
      '润肺 淡斑 清宿便 清肠 清肺 清血管 溶脂 灭菌 燃脂 生发 瘦身 益智 祛斑 祛湿 祛痘 ' +
      '祛风 祛黄 肠毒 补气血 补脑 补血 补钙长高 解毒 调理气血 调节三高 软化血管 逆龄 ' +
      '通便 通络 通血管 防脱 防辐射 降火 除湿气 驱寒',
    ),
    unless: MEDICAL_NEGATIONS,
    reason: `${AD_LAW_17}；普通食品不得宣称保健功能（《食品安全法》第七十三条），化妆品不得明示或暗示医疗作用（《化妆品监督管理条例》第三十七条）`,
    suggestions: ['口感不错', '日常饮食搭配', '使用感受因人而异'],
  },

  // ——— offplatform: platform rules on steering buyers away ———
  {
    id: 'offplatform.wechat',
    category: 'offplatform',
    severity: 'block',
    words: [
      ...WECHAT_SPELLINGS, '企业号', '服务号', '订阅号', '微我', 'v我', '加我微信', '加个微信', '加下微信',
      '加v', '加个v', '加vx', '加wx', '加微', '加薇', '加威', '加我v', '加我vx', '加我wx', 
      
      '我的朋友圈', '公众号', '公号', '视频号',
    ],
    unless: OFFSITE_NEGATIONS,
    unlessAfter: NO_OTHER_CHANNEL,
    reason: `${PLATFORM_OFFSITE}；微信号及其谐音、拼音、缩写（VX、V信、威信等）都属站外联系方式`,
    suggestions: ['有问题直接在这里留言，我随时为您处理', '平台内沟通更有保障'],
  },
  {
    id: 'offplatform.qq',
    category: 'offplatform',
    severity: 'block',
    words: [...QQ_SPELLINGS, '加qq', '加q', '加扣扣', '加企鹅', 'qq上', '企鹅上', '企鹅聊', '扣扣上聊', '扣扣聊'],
    unless: OFFSITE_NEGATIONS,
    reason: `${PLATFORM_OFFSITE}；QQ 号、QQ 群及“扣扣”“企鹅”等说法都属站外联系方式`,
    suggestions: ['有问题直接在这里留言，我随时为您处理'],
  },
  {
    id: 'offplatform.other-app',
    category: 'offplatform',
    severity: 'block',
    words: list(
      'app里下单 call我 dotcn dotcom ins上 ins号 telegram ' +
      'vip群 v上 v聊 whatsapp 上面有联系方式 下载我们的 不在这里拍 不用在平台 ' +
      '不用在这拍 不用在这里下单 不用在这里拍 不要在这拍 个人电话 买家群 交换联系方式 交流群 ' +
      '付现 会员群 先别拍 免得平台 公司账 其他平台下单 内部渠道 出去聊 别在平台 别在这下单 ' +
      '别在这拍 别在这里下单 别在这里拍 别处下单 别处拍 别的地方下单 别的地方买 别的地方拍 ' +
      '别的地方聊 别的平台下单 到仓库拿 到厂里 加一下我 加一下薇 加下我 加下薇 加个好友 ' +
      '加个联系方式 加你 加好友 加您 加我 加我手机 加我看看 加群 加联系方式 加薇 卡片上有 ' +
      '厂家电话 厂家的电话 厂家的联系方式 厂家联系方式 厂里拿 厂门口 去京东拍 去实体店 ' +
      '去小黄鱼 去抖音拍 去拼多多拍 去淘宝拍 去闲鱼 发在朋友圈 发朋友圈 另一个号 另外一个号 ' +
      '另外的号 名片推 售后群 外面聊 好友申请 好友验证 嫌平台贵 官方商城 官方群 小号加 ' +
      '小红书下单 小红书号 小群 小黄鱼上 小黄鱼搜 平台扣点 平台抽成 平台监控 微博私信 微聊 ' +
      '快手号 快递员现金 我们实体店 我们的app 我们的代理 我们的商城 我们的手机号 ' +
      '我们的电话 我手机号 我抖音 我朋友圈 我电话 我的v 我的名片 我的威 我的小红书 ' +
      '我的微博 我的快手 我的手机号 我的抖音 我的电话 我的薇 我薇 打我手机 扫一下付款 ' +
      '扫一下就能付 找代理 找我们厂家 找我拿货 找我订 抖音号 拉你进 拉您进 拉群 拉进去 ' +
      '拉进来 换个地方聊 探探 推个名片 推您名片 支付宝扫一下 有我们的联系方式 有赞 来仓库拿 ' +
      '来厂里 来实体店 来店里买 档口 比网上便宜 现场付款 现金交易 现金给 用支付宝扫 电报群 ' +
      '直接找我买 直接找我拿 直接转我 省得平台 省手续费 省点手续费 看朋友圈 福利群 私下 ' +
      '私了 私人v 私人号 私人威 私人微信 私人支付宝 私人渠道 私人电话 私人薇 私人通道 ' +
      '私人银行卡 私发你 私发您 私发给 私聊我 站外 粉丝群 线下处理 线下沟通 线下给你 ' +
      '线下给您 线下解决 线下走 给我打电话 给现金 群号 群里 老客群 自己的app 自己的商城 ' +
      '薇聊 走微信 走我私人 走支付宝 走私人 走线下 转我就行 这个码付款 进群 通过一下好友 ' +
      '通过好友 那边优惠 那边便宜 那边划算 那边打九折 那边打八折 那边打折 那边有券 钉钉 ' +
      '门市部 闲鱼上 陌陌 飞书',
    ),
    unless: OFFSITE_NEGATIONS,
    reason: `${PLATFORM_OFFSITE}；其他社交账号、群聊、个人电话和其他平台都属站外渠道`,
    suggestions: ['有问题直接在这里留言，我随时为您处理'],
  },
  {
    id: 'offplatform.cross-platform',
    category: 'offplatform',
    severity: 'block',
    words: list(
      'app dy jd ks pdd tb xhs 京东 仓库 体验店 其他平台 别的平台 厂家 ' +
      '厂里 另一个店 另一家店 咸鱼 唯品会 多多上 天猫 官网 实体店 小店 小程序 得物 微博 ' +
      '微店 快手 抖店 抖音 拼夕夕 拼多多 某东 某书 某多多 某宝 某手 某猫 某音 某鱼 ' +
      '桃宝 比平台 比店里 比这儿 比这边 比这里 淘宝 淘系 狗东 直播间 红书 红薯 线下店 ' +
      '美团 门店 闲鱼 饿了么',
    ),
    near: {
      words: list(
        '上也有 上买 上拍 下载 九折 也开了 也有 也有卖 也有店 也能 付现 价格低 优惠 低 ' +
        '低一些 低很多 低点 便宜 便宜一些 便宜些 便宜点 八折 关注 再打 划算 去下单 去买 ' +
        '去拍 去看 去那边 店下单 店买 店拍 店里下单 店里买 店里拍 开了店 拿货 搜 改价 ' +
        '更低 更便宜 有券 有卖 来拿 来看 活动更多 直接过来 看我们的 私下 私信 网址 过来买 ' +
        '还有一个店 还有个店 那边下单 那边买 那边价格 那边拍 那边更 那边有 那边活动 那里有 ' +
        '链接发你 链接发我 领券',
      ),
      within: 10,
    },
    unless: OFFSITE_NEGATIONS,
    unlessAfter: NO_OTHER_CHANNEL,
    reason: `${PLATFORM_OFFSITE}；引导买家去其他平台、官网或线下成交同属站外引流`,
    suggestions: ['就在本店下单，售后更有保障'],
  },
  {
    id: 'offplatform.pay-app',
    category: 'offplatform',
    severity: 'block',
    words: list('云闪付 卡上 微信 支付宝 网银 银行卡'),
    near: {
      words: list(
        '发给你 发给您 打我 打款 打给你 打给您 汇款 直接打 直接转 私下 给你转 给您转 给我 转我 ' +
        '转给你 转给您 转账 返给你 返给您',
      ),
      within: 6,
    },
    unless: OFFSITE_NEGATIONS,
    reason: `${PLATFORM_OFFSITE}；通过支付宝、微信、银行卡私下收付款或退款属私下交易`,
    suggestions: ['退款会通过平台原路退回', '请通过平台下单付款，资金有保障'],
  },
  {
    id: 'offplatform.ask-contact',
    category: 'offplatform',
    severity: 'warn',
    words: list(
      '发你邮箱 发您邮箱 号码多少 手机号多少 手机号留一下 手机号给我 电话多少 电话沟通 ' +
      '电话留一下 电话给我 电话聊 留一下手机号 留一下电话 留一下邮箱 留下电话 留下联系方式 ' +
      '留个号码 留个手机号 留个电话 留个联系方式 留个邮箱 直接联系你 直接联系您 邮箱发我 ' +
      '邮箱给我',
    ),
    unless: OFFSITE_NEGATIONS,
    reason: `${PLATFORM_OFFSITE}；索要买家联系方式、约定站外联系也属站外引流，并有违《个人信息保护法》第六条最小必要原则`,
    suggestions: ['订单里的收货电话我们已经看到了，有进展会在这里通知您'],
  },
  {
    id: 'offplatform.give-contact',
    category: 'offplatform',
    severity: 'block',
    words: ['电话', '手机号', '号码', '微信', '联系方式'],
    near: { words: ['给你', '给您', '发你', '发您'], within: 2 },
    unless: OFFSITE_NEGATIONS,
    unlessAfter: { words: ['打过去', '打过', '回过去', '打给', '联系过'], within: 4 },
    reason: `${PLATFORM_OFFSITE}；把电话、微信等联系方式发给买家属站外引流`,
    suggestions: ['有问题直接在这里留言，我随时为您处理'],
  },
  {
    id: 'offplatform.qr-code',
    category: 'offplatform',
    severity: 'block',
    words: list(
      '个人二维码 二维码加 二维码名片 发个二维码 发你二维码 发您二维码 我的二维码 扫一扫加 扫我 ' +
      '扫这个码 识别二维码',
    ),
    unless: OFFSITE_NEGATIONS,
    reason: QR_CODE,
    suggestions: ['有问题直接在这里留言，我随时为您处理'],
  },
  {
    id: 'offplatform.scan',
    category: 'offplatform',
    severity: 'block',
    words: list('扫一下 扫一扫 扫个码 扫描 扫码 识别一下 长按'),
    near: { words: list('加我 图上 图片 图里 好友 码 识别 这张图 通过一下'), within: 8 },
    unless: OFFSITE_NEGATIONS,
    /** "扫码可以验真": the brand's anti-counterfeit code, not a contact. */
    unlessAfter: { words: list('查真伪 验真 验证真伪'), within: 6 },
    reason: QR_CODE,
    suggestions: ['有问题直接在这里留言，我随时为您处理'],
  },
  {
    id: 'offplatform.payment',
    category: 'offplatform',
    severity: 'block',
    words: list(
      '不走平台 不通过平台 付到我 付款码 付给我 到了再转 到我支付宝 到货再转 到货转 ' +
      '卡号发你 卡号给我 发卡号 发红包给我 口令红包 对公 对私账户 平台外交易 微信转就行 ' +
      '微信退你 微信退您 我卡上 我的卡上 我的卡号 我的转账 我的银行卡 打个红包 打到我 ' +
      '打款给我 打钱 把卡号 提供卡号 提供银行卡 支付宝红包 支付宝退你 支付宝退您 收一下转账 ' +
      '收下转账 收款二维码 收款码 直接转账 私人账户 私单 红包口令 红包打给 红包补你 ' +
      '红包补您 红包补给 红包转给 红包过去 线下交易 线下付款 线下转账 线下退款 绕过平台 ' +
      '给我发红包 给我转 账号发你 账号发您 账号稍后发 跳过平台 转个红包 转到我 转到支付宝 ' +
      '转支付宝 转给我 转账给我 转钱 转银行卡 钱打给 钱转给 银行转账',
    ),
    unless: OFFSITE_NEGATIONS,
    reason: `${PLATFORM_OFFSITE}；引导站外付款、转账或退款属私下交易，买家资金不受平台保护，也常被用于诈骗`,
    suggestions: ['请通过平台下单付款，资金有保障', '退款会通过平台原路退回'],
  },
  {
    id: 'offplatform.mobile',
    category: 'offplatform',
    severity: 'block',
    detector: 'mobile',
    reason: `${PLATFORM_OFFSITE}；手机号（含空格、横线、全角或汉字数字写法）属站外联系方式`,
    suggestions: ['有问题直接在这里留言，我随时为您处理'],
  },
  {
    id: 'offplatform.spelled-mobile',
    category: 'offplatform',
    severity: 'block',
    // The mobile detector reads digits and 汉字 digits; a leading English "one" ("one三八…") is spelled to slip past it.
    words: [...'3456789'].flatMap((second) => [...'0123456789'].map((third) => `one${second}${third}`)),
    unless: OFFSITE_NEGATIONS,
    reason: `${PLATFORM_OFFSITE}；用英文、汉字混写的手机号（one三八…）同属站外联系方式`,
    suggestions: ['有问题直接在这里留言，我随时为您处理'],
  },
  {
    id: 'offplatform.landline',
    category: 'offplatform',
    severity: 'block',
    detector: 'landline',
    reason: `${PLATFORM_OFFSITE}；座机、400 电话属站外联系方式`,
    suggestions: ['有问题直接在这里留言，我随时为您处理'],
  },
  {
    id: 'offplatform.qq-number',
    category: 'offplatform',
    severity: 'block',
    detector: 'qq',
    reason: `${PLATFORM_OFFSITE}；QQ 号码属站外联系方式`,
    suggestions: ['有问题直接在这里留言，我随时为您处理'],
  },
  {
    id: 'offplatform.im-id',
    category: 'offplatform',
    severity: 'block',
    detector: 'im-id',
    reason: `${PLATFORM_OFFSITE}；微信号等聊天账号属站外联系方式`,
    suggestions: ['有问题直接在这里留言，我随时为您处理'],
  },
  {
    id: 'offplatform.link',
    category: 'offplatform',
    severity: 'block',
    detector: 'link',
    reason: `${PLATFORM_OFFSITE}；站外网址、短链接、邮箱可能把买家引到平台外，也可能是钓鱼链接`,
    suggestions: ['可以在店铺首页查看', '我把商品链接通过平台发给您'],
  },
  {
    id: 'offplatform.bank-card',
    category: 'offplatform',
    severity: 'block',
    detector: 'bank-card',
    reason: `${PLATFORM_OFFSITE}；发送银行卡号属引导站外付款`,
    suggestions: ['请通过平台下单付款，资金有保障'],
  },

  // ——— reviewbait ———
  {
    id: 'reviewbait.fan-xian',
    category: 'reviewbait',
    severity: 'block',
    words: list(
      '买家秀返 五星返 五星送 好评卡 好评即送 好评后找客服 好评后私聊 好评后联系客服 好评返 好评送 ' +
      '好评领 晒单送 晒图后找客服 晒图后联系客服 晒图返 晒图送 晒图领 点评返 评价后找客服 ' +
      '评价后联系客服 评价返 评价领 评论返 返现卡 追评返',
    ),
    unlessAfter: REVIEW_NEGATIONS_AFTER,
    unless: REVIEW_NEGATIONS,
    reason: REVIEW_BAIT,
    suggestions: ['收到货满意的话，欢迎分享真实的使用感受'],
  },
  {
    id: 'reviewbait.reward',
    category: 'reviewbait',
    severity: 'block',
    words: list(
      'haoping hao评 买家秀 五分 五星 五颗星 夸一下 夸夸 好ping 好评 好话 带图 打分 ' +
      '晒单 晒图 满分 点评 评价 评论 追评',
    ),
    near: {
      words: [
        '返现', '返钱', '返您', '返你', '返给', '返还', '返利', '现金', '奖励', '补贴', '立减',
        '退您', '退你', '给您退', '给你退', '退钱', '块钱', '优惠券', '无门槛', '礼品', 
        '额外送', '打折', '八折', '九折', '折扣', '下次来买', '抽', '奖品', '送运费险', '包邮',
        '下一单', '免运费', '免邮', '邮费', '保修', '延保', 'vip', '会员价', '专属价', '内部价',
        '能领', '就领', '可领', '领一', '给你便宜', '给您便宜', '便宜点', '便宜些',
        ...'五十'.split('').map((amount) => `便宜${amount}`), '试吃', '多发', '多送', '加送', '再送',
        '打七', '打八', '打九', '就送', '试用装', '小样', '客服领', '领钱', '领奖', '找我领',
        '多退', '退点钱', '给您返', '给你返', '话费', '返点', '惊喜', '截图', '立返', '就返', '即返',
        '再返', ...'123456789'.split('').map((digit) => `返${digit}`), '领取', '有礼', '有奖', '送您',
        '送你', '赠送', '免单', '报销', '谢礼', '答谢', '心意', '寄一', '寄个', '给您寄', '给你寄', '补运费',
        ...'123456789十'.split('').map((amount) => `减${amount}`), '赠品', '礼物', '福利', '好处', '红包',
        '送一', '送个', '送两', '给您送', '给你送', '补点', '补钱', '给您补', '给你补', '补差价',
      ],
      within: 20,
    },
    unlessAfter: REVIEW_NEGATIONS_AFTER,
    unless: REVIEW_NEGATIONS,
    reason: REVIEW_BAIT,
    suggestions: ['收到货满意的话，欢迎分享真实的使用感受'],
  },
  {
    id: 'reviewbait.bu-chang',
    category: 'reviewbait',
    severity: 'block',
    words: ['好评', '五星', '给个好评'],
    near: { words: ['补偿', '补贴您', '补给您', '报销'], within: 14 },
    unlessAfter: REVIEW_NEGATIONS_AFTER,
    unless: REVIEW_NEGATIONS,
    reason: `${REVIEW_BAIT}；以补偿、报销换取好评同属利诱评价`,
    suggestions: ['收到货满意的话，欢迎分享真实的使用感受'],
  },
  {
    id: 'reviewbait.gai-ping',
    category: 'reviewbait',
    severity: 'block',
    words: list(
      '一星 三星 两星 中评 二星 低分 四星 差评 星级 评价 评分 追评',
    ),
    near: {
      words: list(
        '删一下 删了 删掉 删除 帮忙改 提高一下 撤一下 撤了 撤回 撤掉 撤销 改一下 改个 ' +
        '改为 改了吧 改成 改掉 改高 给修改 能改 调高 进行修改',
      ),
      within: 16,
    },
    unless: REVIEW_NEGATIONS,
    reason: `${REVIEW_BAIT}；要求或利诱买家删改差评同属干扰评价`,
    suggestions: ['给您带来不好的体验很抱歉，我们会尽快帮您解决问题'],
  },
  {
    id: 'reviewbait.cha-ping',
    category: 'reviewbait',
    severity: 'block',
    words: list('删差评 删评 差评删 把评价删 改为好评 改好评 改差评 改成好评'),
    unless: REVIEW_NEGATIONS,
    reason: `${REVIEW_BAIT}；以退款、补偿等换取删改差评同属干扰评价`,
    suggestions: ['给您带来不好的体验很抱歉，我们会尽快帮您解决问题'],
  },

  // ——— promise ———
  {
    id: 'promise.jue-dui',
    category: 'promise',
    severity: 'warn',
    words: list(
      '一万个心 一分钟都不 一定没问题 一把过 一次就成功 一次过 一点事都没有 一百个心 ' +
      '一辈子都 万无一失 不后悔 不满意全额退 不然全额退款 不然退款 不要钱 人格担保 以人格 ' +
      '保你满意 保准 保您满意 保票 保管 保证不 保证你能 保证您满意 保证您能 保证没问题 ' +
      '保证满意 保证能 准会 准保 准能 包上岸 包会 包你满意 包您满意 包拿证 包活 包票 ' +
      '包结果 包过 压不坏 压不塌 双倍的钱 向您保证 否则全额退款 坏不了 坐不坏 坐不塌 ' +
      '塌不了 屡试不爽 必上岸 必到 必瘦 必达 必过 怎么摔都 怎么用都 我保证 我担保 扔不坏 ' +
      '拍胸脯 拿人格 掉不了 摔不坏 摔不烂 敢保证 敢担保 断不了 无任何条件 无效全额 无条件 ' +
      '毫发无损 永远不 永远坏不 永远掉不 永远都不 没效果全额 没有任何条件 用不坏 白得发亮 ' +
      '百分之两百 百分之二百 百分之百 百分百 百试百灵 砸不坏 稳上岸 稳拿证 稳赚 稳过 管保 ' +
      '给您保证 绝不会 绝对 肯定没问题 肯定满意 肯定能 跟您保证 踩不坏 退双倍 都不会晚 ' +
      '都不会迟 都不会降 降了补差价 降价补差 随便摔 零风险',
    ),
    unless: PROMISE_NEGATIONS,
    reason: `${PROMISE_BASIS}；“绝对”“百分百”“保证”之类的断言一旦落空就是违背承诺`,
    suggestions: ['我们会尽力', '一般情况下', '正常使用下'],
  },
  {
    id: 'promise.bai-fen-bai',
    category: 'promise',
    severity: 'warn',
    words: list('100% 一定 一年 三年 两年 五年 保持 保证 包你 包您 十年 半年 必定 承诺 永不 肯定'),
    near: {
      words: list(
        '一个杯 一把过 一次过 一觉 上岸 不会 不再 不卡 不发霉 不发黄 不变形 不变色 不坏 ' +
        '不塌陷 不开胶 不开裂 不掉色 不断 不晒黑 不死 不漏 不生锈 不用再 不破 不碎 不磨脚 ' +
        '不粘 不糊 不缩水 不翘边 不老化 不裂 不褪色 不起球 不过敏 不锈 不长 不黑 个度 亮 ' +
        '今天到 会到 全没 兴隆 养不死 准到 减少 分数 到家 到手 到货 发出 发财 变大 变好 ' +
        '变小 变白 合脚 合身 合适 后天到 回本 好用 学会 开花 当天到 成功 成活 成绩 ' +
        '打不开 找到工作 撬不开 收入 效果 旺 明天到 月入 有效 没了 瘦 结果 罩杯 耐用 ' +
        '能到 能用 能过 舒服 见效 赚钱 过万 送到 送达 都不 都没有 长出 长高 顺滑',
      ),
      within: 10,
    },
    unless: PROMISE_NEGATIONS,
    reason: `${PROMISE_BASIS}；对褪色、起球、过敏、到货时间、效果等作绝对保证，店铺无法保证每一件都做到`,
    suggestions: ['正常洗护下不容易掉色', '一般情况下', '物流时效以实际为准'],
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
        '过敏 酸 黄 鼓',
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
        '过敏 问题',
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
      '也没事 像新的一样 和新的一样 照样 跟新的一样 都不会变形 都不会坏 都不会掉色 ' +
      '都不会缩水 都不会褪色 都不会起球 都不变形 都不坏 都不怕 都不掉色 都不用修 都不用换 ' +
      '都不用管 都不缩水 都不褪色 都不起球 都没事 都没有任何问题 都没有问题 都没问题',
    ),
    near: {
      words: list(
        '一年 一辈子 万次 几年 十年 千次 多少回 多少次 多少遍 年都 怎么压 怎么坐 怎么扔 ' +
        '怎么拉 怎么洗 怎么用 怎么踩 扔 摔 暴晒 机洗 泡 泡水 洗澡 游泳 潜水 百次 砸 踩 ' +
        '随便',
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
    words: ['终身', '终生', '一辈子', '永久'],
    near: { words: list(
      '不用换 保修 保障 免费 包换 包退 售后 维修 负责 质保',
    ), within: 6 },
    reason: LONG_TERM_PROMISE,
    suggestions: ['按店铺售后政策处理'],
  },
  {
    id: 'promise.bei-pei',
    category: 'promise',
    severity: 'warn',
    words: ['倍'],
    near: { words: ['赔', '罚', '退您', '退你', '补偿'], within: 4 },
    reason: PAYOUT_PROMISE,
    suggestions: ['我们保证正品，支持平台的正品保障服务'],
  },
  {
    id: 'promise.jia-yi-pei',
    category: 'promise',
    severity: 'warn',
    words: [
      '假一赔', '假一罚', '假货赔十', 
      '加倍赔',
    ],
    /** "假一赔三是平台统一的服务": the platform's guarantee the shop has joined, not the agent's own offer. */
    unlessAfter: { words: list('平台的 平台统一 是平台'), within: 4 },
    reason: PAYOUT_PROMISE,
    suggestions: ['我们保证正品，支持平台的正品保障服务'],
  },
  {
    id: 'promise.yong-jiu',
    category: 'promise',
    severity: 'warn',
    words: list(
      '7天见效 一劳永逸 一周见效 一定能到 一定送到 一次见效 一辈子不 三天见效 不合适包退 ' +
      '不干净退 不瘦退 不白退 不舒服包退 不见效退 不长退 今天一定到 保用 保证到货 保证送到 ' +
      '冻龄 前一定到 包换到 包效果 包用 包瘦 包长高 坏了随时 年轻了十岁 年轻五岁 年轻几岁 ' +
      '年轻十岁 当天见效 想退就退 无效果退 无效退 明天一定到 晒不黑 永久不 永久有效 ' +
      '没效果退 满意为止 用一辈子 用坏了包换 瘦一圈 白一个度 白两个度 白到发光 白成一道光 ' +
      '穿一辈子 立即见效 立竿见影 立马见效 细一圈 肯定到 脸就小 见效快 逆生长 随便退 ' +
      '随时换新 随时给您换新 马上见效',
    ),
    reason: LONG_TERM_PROMISE,
    suggestions: ['按店铺售后政策处理', '物流时效以实际为准', '效果因人而异'],
  },

  {
    id: 'promise.bu-xiao-tui',
    category: 'promise',
    severity: 'warn',
    words: ['全额退', '包退', '退全款'],
    near: { words: list('不亮 不好用 不白 不瘦 不灵 不管用 不见效 不长 不顺 无效 没效果 没用'), within: 4 },
    reason: LONG_TERM_PROMISE,
    suggestions: ['按店铺售后政策处理', '效果因人而异'],
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
      words: list('反弹 口臭 堵 复发 异味 掉发 拉稀 晒黑 胀气 脱发 蚊子 蟑螂 虫 起皮 软便 长痘'),
      within: 5,
    },
    reason: QUALITY_PROMISE,
    suggestions: ['可以明显减少', '效果因人而异'],
  },

  // ——— abuse ———
  {
    id: 'abuse.ru-ma',
    category: 'abuse',
    severity: 'block',
    words: list(
      'cnm nmsl sb tmd 一把年纪 下贱 不上天 不买别 不会用就 不会百度 不会看吗 ' +
      '不会看说明书吗 不吃你这一套 不吃你这套 不懂就别 不明白吗 不是我的问题 不欢迎 不看的吗 ' +
      '不缺你 不缺这一单 不要脸 不讲理 不识字 不识货 丑怪 丢人现眼 个人才 之前不看 ' +
      '也好意思 也是醉了 乡巴佬 买不起 乱说 事多 事精 亏你 人丑 人傻钱多 什么人都有 ' +
      '什么态度 什么素质 他妈的 以为你是谁 以为自己是上帝 会不会看 伺候不起 低素质 低级 ' +
      '低能 你丑 你个狗 你也配 你买不买 你们这种人 你傻 你到底会不会 你妈 你妹 你想怎么样 ' +
      '你手残 你才有 你投诉吧 你是小学生 你是猪 你有毛病 你有病 你滚 你的智力 你的智商 ' +
      '你真傻 你眼神 你瞎 你笨 你算老几 你累不累 你聋 你能耐 你自己的问题 你行你上 ' +
      '你说的都对 你谁啊 你这个人 你这么懂 你这人 你这样的 你这种 你那么懂 你那金贵 做梦吧 ' +
      '催催催 傻b 傻x 傻不傻 傻了吧 傻叉 傻比 傻狗 傻逼 先学会看 先学认字 八百回 八遍 ' +
      '出气筒 刁民 刁难 别买就是了 别催了 别发了 别来了 别来烦 别浪费大家 别浪费我 别烦我 ' +
      '别闹了 到底买不买 动动脑子 占便宜 占小便宜 卧槽 去你的 去学学 去死 去配眼镜 ' +
      '反正不是我 发神经 受不了你 受够了你 受够你 变态 叭叭 可笑 叽歪 听不懂中 听不懂吗 ' +
      '听不懂还是看不懂 听不明白 听不见吗 呵呵 呸 命令我 哔哔 哪个字没听懂 哪个字看不懂 ' +
      '哪句没听懂 唧唧歪歪 啧啧 回去上学 回炉重造 土包子 地摊货 垃圾买家 垃圾人 多大年纪了 ' +
      '够low 大开眼界 头一回网购 奇葩 好low 好意思吗 嫌弃别买 嫌弃就别 嫌慢 嫌贵别 ' +
      '嫌贵去 嫌贵就 嫌麻烦就别 学会阅读 学学怎么 客气点 家里人没教 对牛弹琴 对着墙 ' +
      '小学生吗 少来这套 就你这 就是不能退 尼玛 屁事 屁话 属金鱼 巨婴 带上脑子 带点脑子 ' +
      '带脑子 常识都没有 废物 废话 弱智 当自己是 得寸进尺 德行 心好累 忍你 快滚 怕你啊 ' +
      '怪不得你 怪我们咯 怪我们喽 怪我咯 怪我喽 怪谁 恕不远送 恶心人 您的智商 惯的你 ' +
      '惯的毛病 想咋评 想得美 慈善 慢走不送 懂不懂 懂个屁 懒得理你 懒得跟你 我不怕 ' +
      '我劝你善良 我怕你吗 我无所谓 手笨 找事 找死 找茬 投诉去 投诉就去 投诉就投诉 抠门 ' +
      '拉黑你 拜拜了您 挑三拣四 捡垃圾 捣乱 搞笑的吗 操你 放屁 故意的吧 文盲 斤斤计较 ' +
      '无中生有 无理取闹 无语 是不是傻 是不是故意的 是不是有毛病 是不是有病 是不是欠 智商不 ' +
      '智商堪忧 智商真 智障 有什么资格 有啥资格 有意思吗 有本事 有点常识 有理说不清 有病吧 ' +
      '有病就去治 服了你 服气 来搞笑的 欠揍 欠收拾 欠骂 死全家 沙比 沟通真累 没人教你 ' +
      '没人欠你 没人求你 没人逼你 没出息 没常识 没教养 没教过你 没文化 没有常识 没素质 ' +
      '没脑子 没钱就别 没钱还 没镜子 没长眼 活到现在 浪费大家时间 浪费我时间 混蛋 清奇 ' +
      '清醒一点 滚一边 滚出去 滚吧 滚开 滚犊子 滚粗 滚蛋 滚远点 满意了吗 满意了吧 烦人 ' +
      '烦死 煞笔 照照镜子 爱信不信 爱咋咋滴 爱咋样 爱咋评 爱怎么样 爱怎么评 爱投诉 ' +
      '爱退不退 爱退就退 特么 犯贱 狗一样 狗东西 猪脑子 王八蛋 理解能力 疯子 白嫖 白拿 ' +
      '白痴 百度不会 百遍 看不懂吗 看不懂字 看清楚再问 看着就烦 看着烦 真low 真够可以的 ' +
      '真好笑 真心累 真服了 真烦 真笨 真费劲 眼睛呢 眼瞎 眼神不好吧 瞎了吗 瞎啊 瞎评 ' +
      '瞎说 瞎问 破几十块 破几块钱 破十几块 碰瓷 磨叽 磨磨唧唧 神经兮兮 神经吧 神经啊 ' +
      '神经病 秀才遇到兵 稀罕你 穷光蛋 穷就别 穷就直说 穷就说 穷疯 穷讲究 穷逼 穷酸 穷鬼 ' +
      '笨死 第一天网购 第一次上网 第一次买东西吗 第一次网购吗 素质低 给我滚 老子 耳朵呢 ' +
      '耳朵聋 聋了吗 胡搅蛮缠 胡编乱造 胡说 脑回路 脑子是不是 脑残 脸皮厚 自己不会用 ' +
      '自己不会看 自己做去 自己去开个店 自己去看 自己开个店 自己手残 自己百度 自己眼神 ' +
      '自己身材 至于吗 至于嘛 草泥马 蠢 血口喷人 行行行 装不好 要求这么多 要求那么多 ' +
      '要退就退 让人担忧 记性这么差 讹 识字吗 说不明白 说了三遍 说了你也不懂 说了几遍 ' +
      '说了多少次 说你两句 说几遍 说的是普通话 说话注意点 说话真累 谁惯的 谁稀罕 贪便宜 ' +
      '贪小便宜 贱人 费口舌 赖我们 走好不送 跟你一样闲 跟你说不清 跟墙说话 蹬鼻子上脸 ' +
      '还不乐意 还在乎这 还好意思 还怪我 还想要啥 还是不明白 还要求啥 还赖 这么便宜还想 ' +
      '这么多事 这么懂你 这么点钱 这么简单还 这么简单都 这么能耐 这位大爷 这把年纪 这智力 ' +
      '这智商 这样的客户 这点出息 这点小钱 这点常识 这点钱还 这种客户 这要求那 这都不懂 ' +
      '进水了吧 连个快递都 连这个都不会 连这都不会 退个屁 退什么退 造谣 逼逼 那么多事 ' +
      '那么懂你 那么有钱 那么闲 都不会取吗 配个眼镜 配副眼镜 醒醒吧 重新上学 金鱼的记忆 ' +
      '长得丑 长点心 长眼睛 闭嘴 问了几遍 问几遍 问这问那 闲得 闲的吗 阅读理解 随你便 ' +
      '随便你评 难伺候 难搞 难缠 驴踢 鸡同鸭讲 鸡蛋里挑骨头',
    ),
    reason: ABUSE_BASIS,
    suggestions: ['非常理解您的心情，我来帮您处理', '给您带来不便很抱歉'],
  },
  {
    id: 'abuse.nao-zi',
    category: 'abuse',
    severity: 'block',
    words: ['你眼睛', '你的眼睛', '你耳朵', '你的耳朵', '耳朵是', '脑子', '脑袋'],
    near: {
      words: list(
        '不好使 不灵光 不转 出气的 坏了 头顶 干什么用的 干嘛用的 摆设 有坑 有泡 有病 ' +
        '有问题 瓦特 看不到 看不见 瞎 秀逗 被门夹 转一转 转不过 进水 长哪 长在',
      ),
      within: 6,
    },
    reason: ABUSE_BASIS,
    suggestions: ['可能是我没说清楚，我再为您详细说明一下'],
  },
  {
    id: 'abuse.chong-zhuang',
    category: 'abuse',
    severity: 'block',
    words: list(
      '不买就滚 不伺候 不想买就别问 事儿多 事儿真多 事真多 你去投诉啊 你算什么 关我什么事 听不懂人话 ' +
      '告去吧 有完没完 活该 烦不烦 爱买不买 爱咋咋地 爱找谁找谁 爱要不要 矫情 自己看不会吗 说了多少遍 ' +
      '跟我有什么关系 问那么多干嘛 随便你投诉 随便投诉',
    ),
    reason: `${ABUSE_BASIS}；顶撞、嘲讽、激将买家投诉同样会引发投诉与差评`,
    suggestions: ['非常理解您的心情，我来帮您处理', '我再为您详细说明一下'],
  },
];

const allow: AllowEntry[] = [
  {
    words: list(
      '第一个 第一代 第一件 第一份 第一位 第一包 第一单 第一印象 第一双 第一口 第一句 第一周 第一天 ' +
      '第一套 第一层 第一年 第一张 第一张图 第一手 第一批 第一排 第一时间 第一月 第一期 第一条 ' +
      '第一栏 第一次 第一款 第一步 第一段 第一波 第一点 第一版 第一瓶 第一眼 第一种 第一箱 第一组 ' +
      '第一色 第一行 第一轮 第一遍 第一道 第一阶段 第一页 第一项 第一顺位',
    ),
    note: '序数“第一”是日常用语',
  },
  {
    words: list(
      '店里卖得最 店里卖得最好 店里卖的最好 店里最便宜 店铺卖得最好 店铺最便宜 我们家卖得最好 ' +
      '我们家最便宜 我们店最便宜 最便宜的一款是 最便宜的是 最便宜的那款 最好 最好的使用 最好的保存 ' +
      '最好的回报 最好的支持 最好的肯定 最好的鼓励 最好的做法 最好的办法 最好的处理方式 最好的方式 最好的方法 最好的时机 最好的时间 最好的解决办法 ' +
      '最好的食用 本店卖得最好 本店卖的最好 本店最便宜 店里最受欢迎 本店最受欢迎 最佳冲泡',
    ),
    note: '“最好”作副词表示建议（“您最好先量一下”）；夸口的说法（“最好的”“是最好”“最好用”）单独列为规则词',
  },
  {
    words: list(
      '尽最大 最上方 最上面 最下方 最下面 最中间 最主要 最久 最优先 最优方案 最优的组合 最优组合 ' +
      '最优解 最优路线 最低值 最低折扣之后 最低折扣后 最低档 最低消费 最低温度 最低要求 最低购买 最低起订 最先 最关键 最内层 ' +
      '最冷的时候 最初 最前面 最及时 最受 最右边 最合适 最后 最后面 最喜欢 最在意 最基本 最外层 ' +
      '最外面 最多 最多可 最大优惠 最大值 最大功率 最大努力 最大区别 最大号 最大容量 最大宽度 ' +
      '最大尺寸 最大尺码 最大承重 最大档 最大电流 最大的不同 最大的动力 最大的区别 最大的帮助 ' +
      '最大的支持 最大的歉意 最大的肯定 最大的诚意 最大的鼓励 最大码 最大程度 最大负荷 最大载重 ' +
      '最大速度 最大长度 最大限度 最大高度 最好不过 最容易 最小值 最小单位 最小号 最小尺码 最小档 ' +
      '最小码 最少 最少要 最少起订 最左边 最常用 最常见 最底下 最底部 最忙 最快 最快速度 最怕 最慢 ' +
      '最担心 最新 最新情况 最新消息 最新物流 最新状态 最新进度 最早 最易 最晚 最晚明天 最普遍 ' +
      '最深的歉意 最热的时候 最爱 最真诚 最短 最短时间 最终 最衷心 最诚挚 最起码 最边上 最近 ' +
      '最近一次 最迟 最迟明天 最适合 最里面 最重要 最长 最难 最顶部 最高优惠 最高值 最高减 最高可 ' +
      '最顶上 最顶层 最顶端 最高可享 最高时速 最高档 最高温度 最高的敬意 最高立减 最高要求 活动最低价 活动期间最低价',
    ),
    note: '“最”的日常用法：时间、数量、位置、规格、建议',
  },
  {
    words: list(
      '最佳使用 最佳保存 最佳品尝 最佳时机 最佳时间 最佳温度 最佳状态 最佳观赏 最佳赏味 最佳食用 ' +
      '最佳的保存 最佳的品尝 最佳的时间 最佳的赏味 最佳的食用 最佳的饮用 最佳食用期 最佳饮用',
    ),
    note: '市场监管总局指南：食用、保存等消费提示不认定为绝对化用语',
  },
  {
    words: list(
      '100%桑蚕丝 100%棉 100%涤纶 100%真丝 100%纯棉 100%羊毛 100%聚酯 一定的 ' +
      '一定程度 一定要 保证书 保证期 保证金 品质保证 您一定 百分百棉 绝对值 绝对湿度 肯定是 质量保证',
    ),
    note: '成分标注与非承诺用法',
  },
  {
    words: list(
      '不具备治疗 不具有治疗 不具有疗效 不可替代药物 不是药 不能代替药品 不能代替药物 不能替代药品 ' +
      '不能替代药物 不能治疗 不能治病 不能用于治疗 代替药物治疗 减肥期间 凭处方 及时就医 处方药需 孕期 ' +
      '并非药品 康复期 无治疗作用 替代药品治疗 替代药物治疗 正在治疗 没有治疗 没有疗效 治疗期间 ' +
      '请及时就医 遵医嘱 遵医嘱治疗 非药品',
    ),
    note: '免责提示与询问病情的日常表述',
  },
  {
    words: list(
      'qq会员 qq星 qq浏览器 qq糖 qq音乐 qq飞车 一定会尽力 一定会尽快 一定尽力 一定尽快 ' +
      '一定帮您 一定给您 不保证 保修期 保质期 有效期 质保期 不支持微信 产生发 保证不了 加我们 卫生发 发生发 好评率 康复训练 ' +
      '微信付 微信付款 微信先用后付 微信免密 微信小程序 微信支付 扣扣上 扣扣好 扣扣子 祛痘凝胶 ' +
      '祛痘精华 祛痘膏 祛痘霜 肯定尽快 转给我们',
    ),
    note: '平台内支付与同形的日常词',
  },
  {
    words: [
      ...list('减肥 助眠 淡斑 生发 瘦身 祛斑 祛痘 防脱').flatMap((claim) =>
        list('仪 代餐 咖啡 奶昔 枕 洗发水 液 眼罩 精华 膏 茶 衣 裤 贴 霜').map((kind) => claim + kind),
      ),
      '绝对不会泄露', '绝对保密', '绝对尊重', '偏瘦', '较瘦', '比较瘦', '太瘦', '很瘦', '瘦子', '瘦人', '偏胖',
      '满减', '您的手机号', '您的电话', '您的号码', '你的手机号', '你的电话', '你的号码',
    ],
    note: '买家所购商品的名称（“您的减肥茶”）和隐私保证，说明而非宣传',
  },
  {
    words: list('低级错误 低能耗 你妈妈 你妹妹 去死皮 去死角 废物利用 水滚开 滚开后'),
    note: '与辱骂词同形的日常词',
  },
  {
    words: list('基准能 标准能 水准能 精准能'),
    note: '“准能”（一定能）的同形词',
  },
  {
    words: list('公众号的事情 公众号的问题'),
    note: '买家问到公众号时的答复',
  },
];

export const BUILTIN_RULES: RuleFile = { format: 'huashu-rules', version: 1, rules, allow };
