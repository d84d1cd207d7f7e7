// 权威背书: 《广告法》第九条第（二）（三）项、第十六条、第十八条、《商标法》第十四条 — national-level,
// 特供/专供, 驰名商标 and endorsements by officials, doctors, experts and celebrities.
import { list, type RuleSection } from './define';

const ENDORSEMENT = '借国家机关、医生、专家、明星等名义作推荐或证明，须有授权和证据（《广告法》第九条第（二）项、第十六条、第十八条、第三十八条）；未经授权的“指定”“推荐”“明星同款”会被认定为虚假宣传';

/**
 * The shop's official authorisation ("品牌官方授权", "官方授权店"): a status the shop may truly hold and can show (the
 * authorisation letter in its credentials), so an allowed phrase for the endorsement rules, and a 提示 of its own.
 */
const OFFICIAL_AUTHORISATION = list('官方授权店 品牌官方授权 官方授权的店 官方授权的经销商 官方授权经销商 官方授权的经销');

/** Every other seller called fake ("别家都是仿的", "别人家全是假的"). */
const OTHERS_FAKE = list('别家 别人家 别的店 别处').flatMap((others) => list('都是仿 都是假 全是仿 全是假 都是高仿 全是高仿').map((fake) => others + fake));

/** Someone using the goods in private life ("私下都在用"). */
const SECRETLY_USED = list('私下一直在用 私下也在用 私下也用 私下在用 私下自用 私下都在用 私下都用');

/**
 * The goods said to be the official channel's own ("跟旗舰店一个货", "和专柜卖的一模一样"): the brand's store named as
 * the same source. A plain "跟官网一样" (a price, a policy) is not among them.
 */
const SAME_AS_OFFICIAL = list('跟 和 与').flatMap((prep) =>
  list('专柜 旗舰店 官网 官方 专卖店 官方店 品牌店 直营店 苹果店 实体专柜').flatMap((store) =>
    list('一个货 一个货源 同一个货源 同一批货 一样的货 同一批 卖的一模一样 里卖的一模一样 卖的是一个 卖的同款').map((same) => prep + store + same),
  ),
).concat(
  // "这是官方旗舰店同批次的货": the same batch as the brand's own store, said without 跟/和 (not "不同批次颜色有差异").
  // 官方旗舰店 is written whole: as an allowed phrase it would hide the 旗舰店 inside it; and with 是 before it, which
  // authority.own-flagship (是官方旗舰店: the shop's own checkable status) would otherwise read as the shop naming itself.
  list('专柜 旗舰店 官方旗舰店 官网 官方 专卖店 官方店 直营店 是旗舰店 是官方旗舰店 是官方店').flatMap((store) =>
    list('同批次 同一批次 同批的货 同批货').map((batch) => store + batch),
  ),
);

/**
 * An authorisation letter credited to its issuer ("有Nike发的授权书", "日本总部颁发的授权书", "故宫博物院授权证书"): the big
 * name is the selling point, shown at best as a photo in the chat. The plain letter pointed to the shop's credentials
 * ("授权书在店铺资质里可以看") is the checkable status (authority.authorisation-shown cancels it there), and a bare "有厂家授权书"
 * names no issuer.
 */
const CREDITED_AUTHORISATION = [
  ...list('发的 颁发的 出具的 签发的 开的 给的 授予的').flatMap((issued) => list('授权书 授权证书').map((letter) => issued + letter)),
  ...list('博物院授权 博物馆授权 官方授权书 官方授权证书 总部授权书'),
];

export const AUTHORITY_RULES: RuleSection = {
  rules: [
    {
      id: 'authority.guo-jia-ji',
      category: 'authority',
      severity: 'block',
      // 免检 alone too ("获得了免检认证"): the scheme was abolished, so any claim of it is false.
      // 世界级 is the same grade as 国际级/全球级 (the round-11 writers file it under 权威背书 40 times in 49). 世界一流 /
      // 国际一流 / 全球一流 are that grade too: a standing against a world standard no one awarded (WRITERS.md on
      // 国家级 / 世界级; train writers 8 : 1 for authority, round 22).
      words: list('世界级 免检 免检产品 全球级 国宴 国家免检 国家级 国宾 国礼 国际级 质量免检 世界一流 国际一流 全球一流'),
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
        '唯一总代理 唯一代理 卫健委认证 卫生部认证 药监局认证 cctv 一线大牌同厂 三甲医院 大会堂 专供出口 专供港澳 专家团队 专家认证 专柜同款 专柜同货 世博 两会 中医世家 中科院 ' +
        '主席同款 亚运 人民大会堂 使馆 元首 内供 内部供应 军区 军工 军方 军队 冬奥 出口专供 出口级 医生推介 ' +
        '医院专用 医院在用 协和 卫生部门认证 同厂出品 同厂同料 名老中医 品牌的代工厂 唯一合作 唯一指定 ' +
        '唯一授权 唯一推荐 国务院 国家卫生部门 国家定点 国家机关 国家认定 国家队 外交部 外宾 大使 大牌代工 ' +
        '大牌同厂 大领导 央视 奢侈品代工 奥运 宇航员 定点生产 宫廷 御供 御用 御膳 御茶 总理 总统 指定使用 ' +
        '指定供应商 指定推荐 政府部门 权威 国际权威 世界权威 全球权威 牙防组 特批 特贡 王室 田径队 疾控 皇室 皇家 皇帝 祖传秘方 科学院 ' +
        '航天专用 航天员 航天品质 航天局 航天级 诺奖 诺贝尔 贡品 贡米 贡茶 部委 部门监制 部队 院士推荐 ' +
        '领导人 首相 国家主席 出访 ' +
        // A consulate as 使馆 is ("這款係領事館指定送禮用嘅款式", c309).
        '领事馆 总领馆 ' +
        // Awards, state media, top doctors and brand counters as endorsement.
        '人民日报 新华社 军工级 军工品质 军用级 军用标准 国际金奖 金奖 获奖无数 国医大师 名医工作室 名医监制 国货之光 外交场合 大牌原单 专柜级 联合国 fda认证 美国fda 专柜品质 航天材料 航天科技 航天技术 军工材料 军工技术 ' +
        // The same contract factory as a big brand, or its export overruns ("跟大牌一个代工厂出来的", "原单尾货").
        '一个代工厂 同一个代工厂 同一家代工厂 同一代工厂 大牌代工厂 原单尾货 外贸原单 大牌尾货 名表同款 大牌同款 奢侈品同款 质量信得过 消费者信得过 ' +
        // A big brand's factory as the goods' own ("大厂同源", "给世界500强代工"); with the brand named, authority.tong-chang.
        '大厂同源 同源工厂 500强代工 ' +
        // The platform itself as endorser ("小二亲自推荐的爆款 平台给背书的", "平台专门认证过的").
        '平台背书 平台给背书 平台专门认证 小二推荐 小二亲自推荐 ' +
        // A named certifier or the state's patent as the goods' warrant ("有国家专利认证", "质检中心认证过的", "海关认证
        // 的正品"): the body written into the word, as bare 认证 reads the many "没有什么国家认证，只有3C" answers; a patent
        // alone is a fact ("有国家专利，专利号在详情页"), a patent certified or a "patent product" the claim.
        '国家专利认证 国家发明专利认证 国家专利产品 国家发明专利产品 质检中心认证 质检局认证 质监局认证 海关认证 欧盟认证 央妈认证 ' +
        // State television by its other names (央视 and cctv above).
        '中央台 中央电视台 ' +
        // Said to be the original itself ("第三方的线，等于原装"): a plain "跟原装一样" compares a spec and stays clean.
        '等于原装 相当于原装 等同原装 ' +
        // A carrier's or brand's headquarters as the supplier ("中国移动总部直供的话费").
        '总部直供 总部直发 总部直销 ' +
        // The shop as a drafter of the standard ("我们是国家标准的起草单位之一"); the standard itself is a spec
        // ("按国家标准生产").
        list('国家标准 行业标准 国标 行标').flatMap((standard) => list('起草单位 的起草单位 制定单位 的制定单位').map((drafter) => standard + drafter)).join(' '),
      ).concat(SAME_AS_OFFICIAL),
      reason: ENDORSEMENT,
      suggestions: ['品质有保障', '做工扎实'],
    },
    {
      id: 'authority.said-benchmark',
      category: 'authority',
      severity: 'warn',
      // 标杆 as a body's verdict ("质检局来抽检过 说我们是行业标杆", "家具协会会长单位，行业标杆", "协会的专家都来尝过
      // 说咱这蜂蜜是标杆"): the standing is borrowed from the body, as 国家级 is. Train writers file every 标杆 with such a
      // body authority (7 drafts, 7 writers) and every one without it absolute (5 drafts); the span reaches back to the
      // body, so it outweighs absolute.ding-ji's bare 标杆.
      words: list('标杆'),
      near: { words: list('协会 专家 质检局 质监局 质检中心 权威机构 检测机构 主管部门 评为 评定 认定为 授予'), within: 18 },
      reason: ENDORSEMENT,
      suggestions: ['品质有保障', '做工扎实'],
    },

    {
      id: 'authority.guan-fang',
      category: 'authority',
      severity: 'warn',
      words: list(
        // gj: 国家 by its initials, as internet slang writes it ("这是gj认证的优质教辅", c297).
        'gj fda gov kol nasa 大v 一哥 一姐 院线 美容院 医美机构 诊所 沙龙 发型师 造型师 化妆师 美容师 峰会 g20 apec 博鳌 进博会 妇联 妇女联合会 共青团 团中央 总工会 红十字会 残联 公安 公安部 派出所 交警 住建部 民政部 财政部 交通部 交通运输部 科技部 人社部 水利部 生态环境部 应急管理部 卫健局 体育总局 博士 专家 航空 民航 航空公司 航天 王妃 王子 公主 女王 国王 第一夫人 专柜 中医 中医药大学 主任 主持人 主播 榜一 男团 女团 爱豆 偶像 电视台 涉密单位 老中医 名医 国医 教育部 消协 消费者协会 五星酒店 代表团 一线女星 代言人 保健院 儿科 农业农村部 农业部 北大 医师 医生 医院 协会 博主 ' +
        '卫健委 卫生部 卫视 发改委 名人 名厨 名校 商务部 国企 国家 基金会 大厨 大师 央企 女星 学会 学校 ' +
        '学霸 官方 工信部 市场监管局 幼儿园 影后 影帝 战队 政府 救援队 教师 教授 教育局 教育部 明星 ' +
        '星级酒店 机关 歌星 消防 清华 牙医 特级教师 状元 球队 男星 皮肤科 眼科 研究所 研究院 科学家 科考队 ' +
        '米其林 网红 艺人 药剂师 药监局 营养师 质检总局 车队 达人 运动员 部门 院士 非遗 领导 高考状元 营养学家 ' +
        // International bodies ("世卫组织推荐的配方"); police dogs and vets ("警犬基地专用款", "兽医推荐的驱虫").
        '世卫 世卫组织 世界卫生组织 警犬 警犬基地 警用 警队 兽医 宠物医生 ' +
        // "专供五星大酒店", "月子中心专供款", "NICU专用款": a grand hotel's kitchen, a maternity centre or a ward as the
        // buyer of the goods; a medical school as co-developer ("和哈佛医学院联合研发").
        '大酒店 五星大酒店 五星级酒店 星级大酒店 大饭店 月子中心 月子会所 nicu 新生儿科 产科 医学院 医科大学 ' +
          // The Palace Museum as licensor or buyer ("故宫联名的", "故宫文创专供的款式", "故宫博物院授权证书"): 18 of 19 train
          // drafts naming it with a cue below are labelled 权威背书; "不是故宫联名" is negated, "跟故宫没关系" has no cue.
          '故宫 故宫博物院 故宫文创 ' +
          // The guide's 媒体推荐 ("好多媒体都报道了", "官媒推荐过").
          '媒体 官媒 主流媒体 ' +
          // Local farming offices and institutes ("县农业局推荐的牌子", "省农技站指定用肥", "农科院专供的种子").
          '农业局 农业厅 林业局 畜牧局 农科院 农科所 农技站 农技推广站 农业站 畜牧站 供销社',
      ),
      near: {
        words: list(
          '一模一样 定制款 训练款 专柜同 专用 专门供 亲手 亲测 亲自 代言 专供 回购 唯一允许 强推 力推 安利 推过 后厨 供应 报道 监制 签名 带队 研发 研究 采购 临床 亲传 都说 供的 力荐 合作产品 合作单位 合作品牌 同一个厂 ' +
          '同一家厂 同一条生产线 同厂 同款 在用 在穿 扶持 批准 技术认证 把关 担保 招待 指定 授权 授权认证 ' +
          '推荐 点名 爱用 用的都是 用茶 用酒 私藏 种草 经销 统一采购 联合推荐 背书 自己研发 自用的 装备 ' +
          '订购 认可 认定 认证的 认证过 都买 都在推 都在用 都在订 都爱 都用 都穿 都订 都说好 鉴定 颁发 食堂 ' +
          // "华强北官方认证优质商户": the body's certificate as the shop's title (c299).
          '认证优质 认证商户 ' +
          // "派出所都在推广", "妇联推荐产品": an organ promoting the goods.
          '推广 推介 同一批 同批 认证证书 的认证 ' +
          // A title the state certified ("国家认证金牌技师", "国家认证高级营养师"): the certifier's name lent to the person.
          '认证金牌 认证高级 认证特级 认证技师 认证名师 ' +
          // "南极科考队穿的就是这款": the very item an organ wears or uses.
          '穿的就 用的就 戴的就 吃的就 喝的就 ' +
          // "经过医院验证有效", "医院都这么建议", "营养科开的就是这个": a hospital vouching for or prescribing it.
          '验证有效 验证过 都这么建议 都建议 开的就是 开的都是 都在开 ' +
          // "航天合作款", "联合研发的", "官方首推款": co-branded or put first by the body.
          '合作款 联名款 联名的 正版联名 联合研发 合作研发 首推 ' +
          // A star carrying or using it, or buying from the shop ("明星都在背", "女星坐月子就用我们家的", "明星团队都从我们这
          // 拿货"): c146, c151, c156.
          '都在背 就用我们 就用我家 都用我们 都用我家 从我们这拿 从我家拿 找我们拿货 在我们家拿货 ' +
          // "有个大明星来我们直播间拍走了同一批料子": the star bought it here.
          '拍走了 买走了',
        ),
        within: 8,
      },
      reason: ENDORSEMENT,
      suggestions: ['已通过相关检测，报告可在详情页查看', '很多买家回购'],
    },
    {
      id: 'authority.tong-kuan',
      category: 'authority',
      severity: 'warn',
      // A film, show or star wearing the very item ("热播剧女主同款", "综艺里涂的就是这支"): the same-item frame of
      // 明星同款 with the screen named instead of the star (a star's name itself is no word a list can hold).
      // Also where a star is seen wearing it ("…同款 街拍穿的就是这件", "机场照穿的就是它").
      words: list('女主 男主 女主角 男主角 女一号 男一号 综艺 热播剧 电视剧 偶像剧 剧里 剧中 春晚 红毯 演唱会 明星 女星 男星 爱豆 影后 影帝 街拍 机场照 机场街拍 私服'),
      near: {
        words: list('同款 用的就是 穿的就是 戴的就是 涂的就是 背的就是 就是这支 就是这款 就是这件 就是这个 就是我们家 同一款'),
        within: 8,
      },
      reason: ENDORSEMENT,
      suggestions: ['很多买家回购', '口碑不错'],
    },
    {
      id: 'authority.ding-liu',
      category: 'authority',
      severity: 'warn',
      // "某顶流女星同款", "顶流歌手专供定制款": 顶流 naming a celebrity, whose use is the endorsement (顶流 alone,
      // "夏天的顶流单品", is absolute.ding-ji's); the longer span wins the overlap with it.
      words: ['顶流'],
      // "某顶流戴的就是这个": 某 makes 顶流 a person too (train: every 某顶流 is filed under 权威背书).
      near: { words: list('女星 男星 明星 女明星 男明星 歌手 艺人 网红 主播 博主 偶像 爱豆 演员 大咖 女团 男团 同款 某'), within: 2 },
      reason: ENDORSEMENT,
      suggestions: ['很多买家回购', '口碑不错'],
    },
    {
      id: 'authority.guan-jun',
      category: 'authority',
      severity: 'warn',
      // "电竞冠军选手签名同款", "冠军战队指定用机": a champion player as endorser, not a ranking of the goods.
      words: ['冠军'],
      // "F1冠军车手指定用的".
      near: { words: list('选手 战队 队员 车手 指定 同款 签名 代言 都在用 都在喝 都在穿 都选'), within: 3 },
      reason: ENDORSEMENT,
      suggestions: ['很多买家回购', '口碑不错'],
    },
    {
      id: 'authority.zheng-pin',
      category: 'authority',
      severity: 'warn',
      // "正品保证，假一赔十": a guarantee of authenticity nobody can check in chat, the shop vouching for itself. The
      // settled guideline files it under 权威背书, and so do the train writers (60 writers, against 5 for 承诺); beside
      // 假一赔十 it was reported as a promise only. Not 正品保障, the platform's own service; right after the shop names
      // itself the official store, see authority.own-flagship. 飞鸽 forbids it outright (authority.feige.unverifiable).
      words: ['正品保证'],
      reason: '“正品保证”是买家在会话里无法核实的自我背书，出现争议时易被认定为虚假宣传；正品保障以商品页展示的平台服务和品牌授权为准',
      suggestions: ['支持平台的正品保障服务', '品牌授权信息在商品详情页可以查看'],
    },
    {
      id: 'authority.tong-chang',
      category: 'authority',
      severity: 'warn',
      // "跟某某是同一个厂出的", "和某米一个厂出来的": the goods made where a named brand's are. Not the shop's own factory
      // ("我们是源头工厂 同一个厂出的货都一样"), which names no other brand to compare with.
      words: list('一个厂出 同一个厂出 一个工厂出 同一个工厂出 同一家厂出 同一家工厂出 同一个调香师 同一位调香师 同一个设计师 同一位设计师'),
      near: { words: list('跟 和 与'), within: 10 },
      reason: ENDORSEMENT,
      suggestions: ['品质有保障', '做工扎实'],
    },
    {
      id: 'authority.tong-chang-brand',
      category: 'authority',
      severity: 'warn',
      // "和某大牌是同一个厂的", "跟一线品牌同一条生产线": the goods borrowing a big brand's name through its factory, the
      // brand named as a kind rather than by name (authority.tong-chang needs the 出 of "一个厂出的"). The shop's own
      // factory ("工厂在义乌", "我们和隔壁店是同一个厂的") names no brand.
      words: list('同一个厂 一个厂的 同一家厂 同一个工厂 同一家工厂 一个工厂的 同一条生产线 一条生产线 同厂生产'),
      near: { words: list('大牌 名牌 某大牌 某牌 一线品牌 一线牌子 国际品牌 国际大牌 奢侈品牌 知名品牌 大品牌 某品牌 专柜品牌'), within: 10 },
      reason: ENDORSEMENT,
      suggestions: ['品质有保障', '做工扎实'],
    },
    {
      id: 'authority.tong-chang-tie-biao',
      category: 'authority',
      severity: 'warn',
      // A brand's goods without its label ("某牌同厂同款，就是没贴标", "同厂同线 一模一样", "大牌同一条产线"): the
      // brand lent by its factory. The shop's own factory line alone ("我们自己厂 同一条线做的") names no brand: these
      // words pair the factory with the same item or with the missing label.
      words: list('同厂同款 同厂同线 同厂同料 同厂同工艺 大牌同一条产线 大牌同产线'),
      reason: ENDORSEMENT,
      suggestions: ['品质有保障', '做工扎实'],
    },
    {
      id: 'authority.zhi-ding',
      category: 'authority',
      severity: 'warn',
      // "港姐决赛指定服装", "运动会指定饮料": named the official choice of an event (not 指定快递, a delivery option).
      words: ['指定'],
      near: { words: list('比赛 大赛 决赛 赛事 运动会 大会 峰会 奥运 亚运 世界杯 组委会 选美 港姐 春晚 世博 马拉松 锦标赛 联赛'), within: 8 },
      // The buyer's choice of an option ("可以指定快递", "指定日期送达").
      unlessAfter: { words: list('快递 物流 地址 时间 日期 颜色 尺码 款式 型号 收货 送达 发货'), within: 0 },
      reason: ENDORSEMENT,
      suggestions: ['很多买家回购', '口碑不错'],
    },
    {
      id: 'authority.guo-ji-pin-zhi',
      category: 'authority',
      severity: 'warn',
      // Quality vouched for by abroad or by export ("国际品质", "按出口欧美的标准做的", "欧盟标准生产", "世界五百强
      // 合作工厂"): a foreign market or body as the endorser, which the shop cannot show. The frame is the market
      // (export to a region, international, a foreign standard) + quality or standard, not a list of goods; a shipment
      // abroad with its certificate ("出口过欧盟，证书编号在详情页") names no grade.
      words: [
        ...list('国际 世界 国际大牌 欧美大牌').flatMap((abroad) => list('品质 品质认证').map((grade) => abroad + grade)),
        ...list('欧美 日本 欧洲 韩国 日韩 德国 美国').map((market) => `出口${market}`),
        ...list('出口级 出口标准 出口级别 欧洲标准 欧盟标准 欧美标准 日本标准 国际认证 世界五百强 世界500强'),
        // A foreign country's craft vouching for the goods ("德国工艺", "德国精工" and "德国jing工" through the sounds,
        // "日本技术"): every such draft of the train writers is risky (22). Not the brand's home or the material's
        // origin ("德国品牌，国内工厂生产", "德国原料"): those are facts on the label.
        ...list('德国 日本 瑞士 意大利 欧洲 美国 法国 英国 北欧 欧美 日韩 韩国').flatMap((abroad) => list('工艺 技术 精工 匠心 品质').map((craft) => abroad + craft)),
      ],
      unless: { words: list('不是 没有 不敢说 不能说 不算 谈不上'), within: 4 },
      reason: ENDORSEMENT,
      suggestions: ['品质有保障', '已通过相关检测，报告可在详情页查看'],
    },
    {
      id: 'authority.official-authorisation',
      category: 'authority',
      // Round 19 (WRITERS.md): the official authorisation claimed in the chat is borrowed authority the buyer cannot
      // check there, a 提醒; every train writer who states it files it 权威背书 (none files it clean), while the plain
      // 品牌授权店 / 授权经销商 with the letter pointed to is the checkable status. Pointed to its proof in the same
      // sentence (authority.authorisation-shown) it stays quiet (words equal to the allowed phrases: an allow entry
      // equal to a rule word does not cancel it). Denied ("我们不是官方授权店") it is cancelled.
      severity: 'warn',
      words: OFFICIAL_AUTHORISATION,
      reason: '“官方授权”须有品牌授权书作依据（《广告法》第二十八条）；请确认能出示授权书，并告诉买家在店铺资质里可以查看',
      suggestions: ['品牌授权信息在商品详情页可以查看'],
    },
    {
      id: 'authority.official-sole-authorisation',
      category: 'authority',
      severity: 'warn',
      // The authorisation stretched to the only one ("品牌官方授权唯一店铺", "官方授权的唯一旗舰店"): an exclusivity the
      // letter rarely grants and the buyer cannot check (唯一授权 itself is authority.tui-jian's). Longer than the
      // allowed 品牌官方授权, so not inside it. The seller follows, so 「官方授权的唯一凭证是授权书」 is not one.
      words: list('官方授权唯一 官方授权的唯一 官方授权独家 官方授权的独家').flatMap((sole) =>
        list('店 旗舰 网店 专卖 代理 经销 总代 渠道 商家 一家').map((seller) => sole + seller),
      ),
      reason: `${ENDORSEMENT}；“官方授权唯一”“独家授权”须有授权书写明，买家无法在会话里核实`,
      suggestions: ['品牌授权信息在商品详情页可以查看'],
    },
    {
      id: 'authority.official-others-fake',
      category: 'authority',
      severity: 'warn',
      // The official channel claimed in order to call every other seller fake ("我们是品牌官方授权的，别家都是仿的",
      // "我们是品牌官方直营，别家都是假的"): the authorisation is the proof offered, so train writers file it 权威背书 (10
      // drafts, 10 writers, 6 of them 权威背书 alone); the disparagement alone stays absolute.ding-ji's 绝对化 (46 : 17).
      words: [...OFFICIAL_AUTHORISATION, ...list('官方授权 官方直营 总部直营 品牌直营 厂家直营 官方旗舰店 官方旗舰 授权旗舰')],
      near: { words: OTHERS_FAKE, within: 12 },
      reason: `${ENDORSEMENT}；以“官方授权/官方直营”证明“别家都是假货”，买家无法在会话里核实`,
      suggestions: ['品牌授权信息在商品详情页可以查看'],
    },
    {
      id: 'authority.si-xia-zai-yong',
      category: 'authority',
      severity: 'warn',
      // "某主持人私下一直在用", "她私下都在用的": a celebrity's private use as endorsement (私下 = privately, not
      // off the platform; the allow entry below keeps the off-platform rule off these phrases).
      words: SECRETLY_USED,
      near: { words: list('主持人 主播 他 她 博主 女星 明星 歌手 演员 爱豆 男星 网红 艺人'), within: 10 },
      reason: ENDORSEMENT,
      suggestions: ['很多买家回购', '口碑不错'],
    },
    {
      id: 'authority.credited-authorisation',
      category: 'authority',
      severity: 'warn',
      words: CREDITED_AUTHORISATION,
      reason: '拿品牌、总部或机构发的授权书作卖点，买家无法在会话里核实，易被认定为借名义背书（《广告法》第二十八条）；请告诉买家在店铺资质里可以查看授权信息',
      suggestions: ['品牌授权信息在商品详情页可以查看'],
    },
    {
      id: 'authority.insider-material',
      category: 'authority',
      severity: 'warn',
      // Material said to come from inside the exam's makers ("阅卷组组长的内部资料", "按考试院内部大纲讲的", "命题人内部透露
      // 的重点"): the setters' authority borrowed as the selling point, which nobody can check (c68, c90, c180). 内部 alone
      // ("群里说的内部资料我们没有") names no setter.
      words: list('阅卷组 阅卷老师 阅卷人 命题人 命题组 命题老师 命题专家 出题人 出题老师 出题组 出题专家 考试院 考试中心 考试局'),
      near: { words: ['内部'], within: 8 },
      reason: ENDORSEMENT,
      suggestions: ['很多买家回购', '口碑不错'],
    },
    {
      id: 'authority.official-channel-goods',
      category: 'authority',
      severity: 'warn',
      // The goods said to come through the brand's official channel ("苹果官方渠道的屏", "官方渠道出来的货", "官方渠道进的货"):
      // the brand as the source vouching for them, which the buyer cannot check in the chat (c168, c204; four more train
      // drafts only the catcher had). The channel as where to go ("售后请走京东官方渠道", "需要在 Apple 官方渠道购买") names no
      // goods of the shop's and stays.
      words: list('的货 出来的货 出来的 进的货 进的 拿的货 直供 的屏 的正品 货源 发的货 过来的货 特供').map((goods) => `官方渠道${goods}`),
      reason: ENDORSEMENT,
      suggestions: ['品质有保障', '通过了相关检测'],
    },
  ],
  contexts: [
    {
      id: 'authority.authorisation-shown',
      categories: ['authority'],
      // "我们是品牌官方授权店，授权书在店铺资质里能看到", "官方授权店，支持专柜验货": the authorisation pointed to where the
      // buyer can check it, later in the sentence: a checkable status (WRITERS.md, round 19).
      // The letter pointed to, not merely had ("有授权书", "授权书就不给你看了" stay).
      after: list('授权书 授权证书 授权编号 授权信息')
        .flatMap((proof) => list('在 可以 能 可').map((where) => proof + where))
        .concat(list('支持验货 支持专柜验货 可以验货 可以专柜验货'))
        // The letter's place named after an issuer credited ("品牌方给的授权书在详情页第三张图": the cue 授权书在 starts
        // inside that rule's word, so the place itself is the cue).
        .concat(list('在店铺资质 在资质 在详情页 在商品详情')),
      within: 14,
      sentence: true,
      note: '“我们是官方授权店，授权书在店铺资质里能看到”：说出授权并告诉买家去哪里核实，是可查的身份，不是借名义背书',
    },
    {
      id: 'authority.denied-after',
      categories: ['authority'],
      // "抖音官方没推荐过具体哪款", "医院没有合作": the organ named, then its endorsement denied right after it ("官方推荐的"
      // and "官方都推荐" stay).
      after: list('没推荐 没有推荐 没推过 没有推过 从没推荐 没合作 没有合作 没代言 没有代言 没授权 没有授权 没认证 没有认证 没背书 没有背书'),
      within: 1,
      note: '“抖音官方没推荐过哪款”：点名机构后马上否认它推荐、合作或授权过，是说明不是背书',
    },
    {
      id: 'authority.verify',
      categories: ['authority'],
      after: list('网站查询 网站上查 网站查 官网查询 官网查 官网上查 可以查询 可查询 查询一下 查得到 可以查到 网上查'),
      within: 4,
      note: '“您可以在市场监管局网站查询”：请买家到主管部门核验资质，不是借它的名义背书',
    },
    {
      id: 'authority.usage',
      categories: ['authority'],
      after: list('的安装方式 安装方式 的使用方法 使用方法 的用法 的保养方法 的洗护方法 洗护方法 的设置 的参数 3c 3c标志 3c认证 认证标志'),
      within: 4,
      note: '“官方推荐的安装方式是壁挂”“国家认证的3C标志在机身背面”：品牌给的用法、强制认证的标志，是说明不是背书',
    },
    {
      id: 'authority.defer',
      categories: ['authority'],
      after: list(
        '就按医生说的 按医生说的 听医生的 遵医嘱 以医嘱为准 以医生为准 按老师说的 听老师的 ' +
          // "如果医生指定需要医用支具，建议您还是以医生开的为准".
          '以医生开的为准 以医生的要求为准 按医生的要求 按照医生的要求',
      ),
      within: 14,
      sentence: true,
      note: '“医生推荐您用什么，就按医生说的来”：请买家听医生、老师的，不是借他们的名义推荐商品',
    },
    {
      id: 'authority.consult',
      categories: ['authority'],
      // "请咨询医生", "防病的事请听疾控的建议", "先问一下营养师": sending the buyer to an authority, not borrowing its name.
      before: list('听 请听 遵 遵照 按照 咨询 请咨询 先咨询 咨询一下 询问 问问 问一下 请教 请教一下'),
      within: 0,
      note: '“请咨询医生”“请听疾控的建议”：请买家去问权威机构或医生，不是借他们的名义背书',
    },
    {
      id: 'authority.own-host',
      categories: ['authority'],
      before: list('我们的主播 我们主播 我们家主播 咱家主播 咱们主播 本店主播 店里的主播 我们自己的主播'),
      within: 2,
      note: '“我们的主播也在用这款”：店铺自己的主播，不是借名人名义',
    },
    {
      id: 'authority.own-flagship',
      categories: ['authority'],
      before: list('是官方旗舰店 是旗舰店 是品牌旗舰店 是官方店'),
      within: 2,
      sentence: true,
      note: '“我们这个是官方旗舰店，正品保证”“认准这个就是官方店”：店铺说明自己是官方旗舰店（可在店铺资质里查），紧接着的正品说明随之可核实',
    },
    {
      id: 'authority.claim-refused',
      categories: ['authority'],
      // "专家推荐啥的我们不乱说", "央视推荐这种话我们不敢讲": the endorsement named, then that the shop will not claim it.
      after: list('啥的我们不乱说 啥的我们不敢说 之类的我们不说 我们不乱说 我们不敢乱说 我们不敢说 这种话我们不敢讲 这种话我们不说 不敢这么说 不能这么说'),
      within: 3,
      sentence: true,
      note: '“专家推荐啥的我们不乱说”：说出背书名义后马上说明不这么说，是在拒绝借名义',
    },
  ],
  allow: [
    {
      // "电商专供款", "线上专供的型号": an edition made for the shop's own sales channel, not goods supplied to a body. Also
      // keeps the learned catcher quiet there: it read 专供 as an endorsement once the round-17 writers' 院线专供/酒店专供
      // joined its training.
      words: list('电商专供 线上专供 网店专供 网络专供 直播间专供 电商渠道专供'),
      note: '“电商专供款”是给线上渠道做的版本，不是专供某个机构',
    },
    {
      words: SECRETLY_USED,
      note: '“私下在用”是自己私底下用，不是引导到平台外交易',
    },
    {
      words: list('研发中心 研发团队 研发部 研发部门 采购部 采购部门'),
      note: '店铺自己的研发、采购部门，不是借他人名义',
    },
    {
      words: [...OFFICIAL_AUTHORISATION, '官方旗舰店'],
      note: '店铺的授权身份（可在店铺资质里查），不是借他人名义背书；官方授权另有提示（authority.official-authorisation）',
    },
    {
      words: list('现金奖'),
      note: '“现金奖励”“现金奖品”：现金 + 奖，不是“金奖”',
    },
    {
      // "我们的苏绣有故宫博物院授权证书": the embroidery's name, then 有 — not 绣有 (embroidered with), the cue of
      // name.printed that reads the words after it as printed on the goods.
      words: list('苏绣 湘绣 蜀绣 粤绣 京绣 汴绣 顾绣').map((embroidery) => `${embroidery}有`),
      note: '“苏绣有…证书”是苏绣 + 有，不是“绣有”图案',
    },
  ],
};
