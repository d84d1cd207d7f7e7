// 医疗功效: 《广告法》第十七条 — treating or preventing disease, health-care functions and weight-loss claims
// for goods that are not medicines or medical devices.
import { AD_LAW_17, HEALTH_CLAIM } from './basis';
import { list, type RuleSection } from './define';

/** "不能治疗""不具有疗效": disclaimers, not claims. */
const MEDICAL_NEGATIONS = {
  // "为什么不写功效", "页面没写疗效": the claim not written.
  // 莫得/没得/冇: dialect 没有 ("蜂蜜是普通食品 莫得治病的作用").
  // "吃了不会就长个子": the outcome said not to follow.
  // 湖南 冒得 ("甲油胶冒得防真菌的功能") is 没有's dialect variant (spelling.ts DIALECT_WORDS): 没有 reads it.
  words: list('不代表 不具备 不具有 不可 不宣称 不是 不等于 不能 不能用于 并非 无法 没有 莫得 没得 冇 不防 防不了 防不到 不写 没写 不能写 不敢写 不标 不会就'),
  within: 4,
};

/** Sending the buyer to a doctor: no risky draft of any writer holds one of these. */
const SEE_A_DOCTOR = list('在医生指导下 医生指导下 遵医嘱 请遵医嘱 及时就医 请及时就医 尽快就医 建议就医 咨询医生 请咨询医生 咨询专业医生 咨询您的医生');

/**
 * The doctor named by the ward ("听骨科医生的", "先问问消化科医生"): medical.stop-use's 听医生的 and 问问医生 with the
 * ward between. A frame of its parts, so each ward needs no entry of its own.
 */
const WARDS = list('骨科 消化科 皮肤科 眼科 儿科 妇科 产科 内科 外科 肿瘤科 牙科 口腔科 中医 专科 呼吸科 心内科 内分泌科 耳鼻喉科 神经科 泌尿科 营养科 康复科');
const DOCTOR_BY_WARD = list('听 问问 问一下 咨询 请教 找').flatMap((ask) => WARDS.flatMap((ward) => [`${ask}${ward}医生`, `${ask}${ward}大夫`]));

/**
 * The condition sent to a ward with no doctor named ("湿疹的话还是要看皮肤科", 粤语 "脚气要睇皮肤科": 睇 reads 看): the
 * ward treats it, not the goods. The ward waved away ("湿疹不要看皮肤科，抹这个就行") is allowed (WARD_WAVED_AWAY), so
 * its 要看皮肤科 is no cue.
 */
const SENT_TO_WARD = list('要看 得看 要去看 得去看 还是要看 还是得看 最好看 建议看 要挂 得挂 要去 得去').flatMap((go) => WARDS.map((ward) => go + ward));
const WARD_WAVED_AWAY = list('不要看 不用看 不用去看 不需要看 没必要看 不要去 不用去 不要挂 不用挂').flatMap((no) => WARDS.map((ward) => no + ward));

/**
 * A health claim named and called a false rumour ("白头发变黑那都是瞎传的", "壮阳补肾那是瞎说", 粤语 "治脚气嗰啲唔好信": 唔
 * reads 不): what follows the pointer (那是, 这话是) dismisses the claim. Only after a pointer: a bare 是瞎说 is in "不是瞎说"
 * ("能降三高，不是瞎说"), which vouches.
 */
const DEBUNKED = list('那是 那都是 这话是 这话都是 这说法是 这种说法是 那种说法是 纯属').flatMap((pointer) =>
  list('瞎说 瞎传 瞎吹 瞎扯 瞎讲 乱说 乱讲 乱传 胡说 谣言 骗人的 忽悠人').map((rumour) => pointer + rumour),
).concat(list('不好信 不要信 别信 莫信 不能信 信不得 不可信'));

/** The drug-like effects medical.not-effect lets 不 deny (不抗…, 不降…, 不消炎). */
const DRUG_LIKE_EFFECTS = list('降压 降血压 降糖 降血糖 降血脂 降脂 降三高 降尿酸 降胆固醇 抗癌 抗肿瘤 抗病毒 抗炎 抗菌 抗过敏 消炎');

/** What the rules that claim a treatment tell the agent (medical.zhi-liao, the double negatives and others). */
const TREATMENT_CLAIM_REASON = `${AD_LAW_17}；化妆品、食品、日用品宣称治疗、预防疾病或“无副作用”均属违法宣传`;
const TREATMENT_CLAIM_SUGGESTIONS = ['日常护理', '使用感受因人而异', '如有不适请及时就医'];

/** The rhetorical askers that deny an effect only to assert it ("哪能不降压", "血压不可能不降"). */
const DENIED_TO_ASSERT = list('哪能 怎么能 怎么可能 怎么会 哪会 哪可能 不可能 哪有 哪里有 没有');
/** 能不…吗: the effect asked back as a certainty ("天天喝能不降压吗"). */
const askedBack = (effect: string) => [`能不${effect}(吗)`, `能不${effect}(嘛)`];

/** Hair grown back, an effect only inside a double negative ("哪有不长头发的"). */
const REGROWN_HAIR = list('长头发 长出头发 长新发 生发');

/** Goods approved for the claim (特殊化妆品 with 特证, 保健食品 with 蓝帽) may state it. */
const APPROVED = list('保健食品批号 国妆特字 国食健字 批准文号 特殊化妆品 特证 蓝帽');

/** The shop declining to make a claim ("这个我不敢说", "我们不能宣传"). */
const REFUSED_CLAIM = list('这个我不敢说 这个我们不敢说 这个不敢说 我们不敢说 不能宣传 不敢宣传 不能这么宣传 不能这么说 不敢这么说');

/**
 * The effect pointed back to as a kind, then said to be none of the goods' ("调理宫寒这种效果没有", "降血压这种事它管不了",
 * "提高记忆力、预防近视，这些它做不到"): what the goods have none of, or cannot do, closing the clause. A frame of its
 * parts: the kind, who holds it (the goods or the shop, never 别家), the denial.
 */
const DENIED_EFFECT_KINDS = list('这种效果 那种效果 这个效果 这些效果 这种作用 这个作用 这种功效 这个功效 这种功能 这个功能').flatMap((kind) =>
  ['', ...list('它 它也 咱 我们')].flatMap((holder) => list('没有 也没有 没').map((none) => kind + holder + none)),
);
// "活血化瘀这事儿它干不了": 这事儿 and 干不了 as 这事 and 做不到 (northern chat).
const CANNOT_DO_EFFECT = list('这种事 这事 这事儿 这个事 这些 这种 这个 那些 那种事').flatMap((kind) =>
  ['', ...list('它 它也 它可 这款 咱家 我们')].flatMap((holder) => list('管不了 管不着 做不到 办不到 达不到 帮不上 帮不了 干不了').map((cannot) => kind + holder + cannot)),
);

/** The effect said to be a medicine's or a doctor's business ("消炎治嗓子疼那是药的事", "降尿酸那是医生管的事"). */
const DOCTORS_BUSINESS = list('那是 是 那都是 这是 那得是').flatMap((is) =>
  list('药 药品 医生 医院 大夫 医生管 医院管 药管').flatMap((whose) => list('的事 的事情 的活').map((business) => is + whose + business)),
);

/**
 * The treatment handed to a doctor or a hospital ("孩子口吃的话要找专业的医生或者语言治疗", "得去正规医院治疗"): who should
 * treat, then the treatment. Not 去医院 alone ("比去医院治疗还管用" compares), and not denied (TO_THE_DOCTOR_DENIED).
 */
const DOCTORS_OR_HOSPITALS = [
  ...list('找 去找 看').flatMap((go) => list('医生 大夫 医师 专业医生 专业的医生').map((who) => go + who)),
  ...list('去 到 上').flatMap((go) => list('医院 正规医院 专业医院 正规的医院').map((where) => go + where)),
];
const TO_THE_DOCTOR = list('要 得 请 建议 最好').flatMap((should) => DOCTORS_OR_HOSPITALS.map((whom) => should + whom));
/** "不要去医院治疗了，用这个就行", "没必要找医生治疗": the doctor waved away, an allowed phrase so its 要去医院 is no cue. */
const TO_THE_DOCTOR_DENIED = list('不要 不需要 没必要 不必要 不建议').flatMap((no) => DOCTORS_OR_HOSPITALS.map((whom) => no + whom));

/**
 * Treatment the goods cannot stand in for ("椅子代替不了治疗", "不能替代药物治疗"): the denial right before the
 * treatment, or before the drug or doctor that gives it. Not 代替 alone: "可以代替治疗" claims it.
 */
const NO_SUBSTITUTE = list('代替不了 替代不了 取代不了 不能代替 不能替代 无法代替 无法替代 不可以代替 不可以替代').flatMap((cannot) =>
  list('药物 正规 专业 医院 医院的 医生的 正规的').concat('').map((what) => cannot + what),
);

/**
 * The condition as the buyer's, in a conditional, then care advice ("脚有伤口的话先处理好再穿", "哮喘的话先去医院"): 的话
 * makes it a case the buyer may be in, and what follows tells them to see to it, not that the goods do.
 */
const IF_THEN_CARE = ['', ...list('还是 一定')].flatMap((firmly) =>
  list('先处理 要先处理 得先处理 先消毒 先看医生 要看医生 先去医院 要去医院 得去医院 要找医生 先找医生 先停用 先别用 别用').map((care) => `的话${firmly}${care}`),
);

export const MEDICAL_RULES: RuleSection = {
  rules: [
    {
      id: 'medical.zhi-liao',
      category: 'medical',
      severity: 'block',
      words: list(
        '不用再吃药 不用再打针 不用去医院 不用去看医生 不用去看牙医 不用吃药 不用看医生 不用看牙医 专治 ' +
        '临床证明 临床试验 临床验证 主治 从根上去 从根源上 代替药品 代替药物 偏方 像药一样 化痰 ' +
        '化结石 医治 医疗级 理疗级 去病 可治 听力恢复 壮阳 处方 头发再生 奇效 少发烧 少感冒 少生病 康复 快速退烧 ' +
        '快速退热 恢复听力 抗炎 抗病毒 抗癌 抗肿瘤 排石 排结石 提高听力 改善听力 无副作用 替代药物 ' +
        '杀死癌细胞 根治 止咳 止痛 比吃药 比药还 毛发再生 没有副作用 治好 治愈 治疗 治疤 治病 治痘 治百病 ' +
        '活血化瘀 消炎 特效 理疗功效 疗愈 疗效 疗程 病好了 病就好 病愈 痊愈 相当于药 磁疗 祛病 神效 ' +
        // Not a bare 秘方: its 拦截 won the overlap with authority.tui-jian's 祖传秘方 and absolute's 独家秘方, and train
        // writers file 秘方 drafts 权威背书 (8) and 绝对化 (5), 医疗 once; a remedy named for an illness stays (治病秘方).
        '治病秘方 祛病秘方 瘦身秘方 减肥秘方 ' +
        '立效 能治 药到 药品级 药效 药用级 药还好 药还快 药还灵 药还管用 补肾 调节血糖 镇痛 防新冠 防病 ' +
        '降压 降糖 除病 零副作用 没副作用 没啥副作用 降血压 降血糖 降血脂 降三高 ' +
        // 防癌 whole, as 抗癌, so "防ai" (its pinyin half) reads too; the negated forms stay clean ("没有防癌这种说法").
        '防癌 ' +
        // A condition named after 抗 ("有抗抑郁的价值", "抗敏效果杠杠的"), and a fever brought down ("薄荷叶敷在额头上能退烧"):
        // the effect claimed with no 治 (c65, c94, c231). Not 抗敏 alone: 抗敏感牙膏 names the kind of toothpaste.
        '抗抑郁 抗焦虑 抗过敏 抗敏效果 抗敏功效 抗敏作用 能退烧 可以退烧 帮助退烧 帮忙退烧 退烧很快 退烧快 ' +
        // Dandruff treated ("治头屑很有效", c92): not 头屑 as a condition of medical.ji-bing, whose cue 没了 would file
        // "去屑洗发水洗一次，头屑全没了" (a promise of the shampoo's outcome, drafts.tsv) 医疗.
        '治头屑 ' +
        // Cured without treatment, whole: medical.not-effect reads 不治 before a condition as a denial ("贴膜不治近视").
        '不治而愈 不治自愈 不药而愈 ' +
        // Standing in for a drug ("天然胰岛素"), or a drug's worth ("药用价值").
        '天然胰岛素 天然激素 天然抗生素 药用价值 医疗价值 治疗价值 ' +
        // A medical-aesthetic injection matched or replaced ("跟打了玻尿酸一样", "可以代替水光针"): 玻尿酸 alone is an ingredient.
        '跟打了玻尿酸 像打了玻尿酸 堪比玻尿酸 喝出玻尿酸 代替水光针 替代水光针 堪比水光针 跟打了水光针 像打了水光针 ' +
        // Off a drug, a blocked nose cleared ("不用再打胰岛素", "喷一下鼻子就通了").
        // The buyer's drug cut down ("您这高血压的药可以慢慢减了"), as stopped above.
        '药可以慢慢减 药可以减 药就能减 药能慢慢减 药量可以减 药量能减 ' +
        '可以治 把药停了 把药停掉 可以把药停 药就能停 药就可以停 不用上药 不用涂药 不用擦药 不用抹药 不用再上药 不用打胰岛素 不用再打胰岛素 停了胰岛素 不用吃降压药 不用再吃降压药 不用吃降糖药 不用再吃降糖药 鼻子就通 鼻子通了 鼻子一下就通',
      ),
      unless: MEDICAL_NEGATIONS,
      reason: TREATMENT_CLAIM_REASON,
      suggestions: TREATMENT_CLAIM_SUGGESTIONS,
    },
    {
      id: 'medical.aid-cures-need',
      category: 'medical',
      severity: 'block',
      // The aid said to cure the need it serves, after long use ("老花镜戴久了眼睛就不花了", "助听器戴一段时间听力就恢复
      // 了", "坚持戴以后就不用戴眼镜了"): reading glasses, hearing aids and braces correct nothing. The outcome needs the
      // long use near it: "配了隐形就不用戴眼镜了" and "戴久了眼睛会累" stay.
      words: list(
        '眼睛就不花 眼就不花 就不花了 眼睛不花了 眼睛不花 不再花眼 不花眼了 不用戴眼镜 不用再戴眼镜 不用戴老花镜 不用再戴老花镜 ' +
          '摘掉眼镜 摘掉老花镜 摘了眼镜 听力就恢复 听力恢复 听力就好 听力变好 耳朵就不背 不用戴助听器 不用再戴助听器 ' +
          '不用拄拐 扔掉拐杖 驼背就直 腿就直了 腿就不弯',
      ),
      near: {
        words: list('戴久 戴时间长 戴一段时间 戴上一段时间 戴几个月 戴半年 戴一年 长期戴 坚持戴 天天戴 每天戴 经常戴 常戴 用久 用一段时间 长期用 坚持用 穿久 坚持穿 长期穿'),
        within: 10,
      },
      unless: MEDICAL_NEGATIONS,
      reason: TREATMENT_CLAIM_REASON,
      suggestions: TREATMENT_CLAIM_SUGGESTIONS,
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
        '滑膜 激素脸 灰指甲 炎症 焦虑症 牙周炎 牙疼 牙痛 牙龈 牛皮癣 狐臭 生病 得病 甲状腺 ' +
        '疟疾 疤 疱疹 疼痛 疾病 病毒 病菌 痔疮 痘痘 痛经 痛风 痤疮 痱子 痴呆 瘙痒 癌 ' +
        '登革热 白内障 白发 白头发 白癜风 皮炎 皲裂 盗汗 真菌 眼袋 睡不好 睡不着 神经痛 ' +
        '秃 积食 粉刺 糖尿病 红屁屁 红血丝 细菌 经络 结石 结节 绞痛 缺钙 缺铁 缺锌 ' +
        '罗圈腿 老寒腿 老年斑 老花 耳鸣 肌瘤 肝病 肩周炎 肺炎 肾病 肾虚 肿瘤 胃不好 胃炎 ' +
        '胃疼 胃病 胃痛 胃胀 胃酸 胃黏膜 胆固醇 脂溢性 脂肪肝 脊柱侧弯 脑梗 脚气 脚臭 ' +
        '脱发 腰椎 腰疼 腰痛 腰突 腰肌 腰腿痛 腰酸背痛 腰间盘 腱鞘炎 腹泻 荨麻疹 蛀牙 ' +
        '螨虫 血压 血栓 血管 血糖 血脂 视力 视网膜 贫血 足内翻 足外翻 足弓 过敏 近视 ' +
        '银屑病 阳痿 阿尔茨海默 青光眼 静脉曲张 颈椎 颈肩 风湿 驼背 骨刺 骨痛 骨质疏松 ' +
        '高低肩 黄褐斑 黑眼圈 鼻塞 鼻子不通 鼻炎 鼻窦炎 鼾症 龋齿 ' +
        // Children's attention disorders ("能改善多动症", "还能改善多动"), bed-wetting ("注意力不集中、尿床都能改善").
        '多动 多动症 抽动症 自闭症 注意力不集中 尿床 遗尿 ' +
        // Chronic bronchitis ("老慢支的大爷喝了半个月不咳了"): c81, c297.
        '老慢支 慢支 ' +
        // Speech disorders ("能矫正结巴").
        '口吃 结巴 ' +
        // Intolerance and poor appetite or growth as conditions ("乳糖不耐", "厌食症", "髋关节发育不良").
        '乳糖不耐 厌食 厌食症 发育不良 ' +
        // Any condition's symptoms, sub-health, athlete's foot and a stye ("改善黄斑病变的症状", "改善亚健康状态").
        '症状 病变 亚健康 香港脚 麦粒肿 ' +
        // A newborn's jaundice and pets' infections ("猫鼻支吃几天就好了").
        '黄疸 猫鼻支 猫瘟 犬瘟 ' +
        // Poor appetite and burns as conditions the goods put right ("治食欲不振", "涂在烫伤的地方第二天就好了").
        '食欲不振 食欲不佳 烫伤 烧伤 ' +
        // Damage and ageing as conditions to repair or reverse ("修复肝损伤", "逆转光老化").
        'dna 光老化 受损 损伤 肝损 ' +
        // A condition the outcome frames below name ("足底筋膜炎就好了"); the eye's pressure and nerve ("可以降低眼压").
        '筋膜炎 足底筋膜 眼压 视神经 ' +
        // Conditions of childbirth and of babies' heads; skin fungus.
        // Test results ("白蛋白…回到正常范围了", "复查那几项数值都好看多了"): a reading put right by the goods.
        '指标 数值 白蛋白 转氨酶 肌酐 血红蛋白 ' +
        // Conditions the train writers of c149–c210 named ("改善面瘫后遗症", "治夜惊", "盆底肌松弛", "奶结", "乳腺管堵了").
        '面瘫 夜惊 盆底肌 奶结 乳腺管 ' +
        // Bed-wetting and attention ("注意力不集中、尿床都能改善"): c297. Not 手麻: gloves that damp vibration "能减轻手麻" (clean).
        '尿床 遗尿 注意力不集中 ' +
        // Tennis elbow ("治网球肘效果很好", "防震手柄可以zhi疗网球肘"): c244, c306.
        '网球肘 高尔夫球肘 ' +
        '高压从 低压从 掉发 发际线 体检指标 体检报告 化验单 血常规 软便 泪痕 耳螨 猫癣 狗癣 偏头 头型不正 扁头 子宫 恶露 病根 癣 藓 掉的头发 掉头发 红疹 疹子 乳糖不耐受 不耐受 肠绞痛 ' +
        // A body part "not good" is the condition itself ("颈椎不好的…"), not the 治不好 the cannot context reads.
        list('颈椎 腰椎 腰 肝 肾 肠胃 脾胃 睡眠 关节 膝盖 眼睛 嗓子').map((part) => `${part}不好`).join(' '),
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
          '远离 逆转 通了 通气 逼出 重新长 长出 长回来 防 降 除根 黑回来 不找你 不找上 找不上 ' +
          // "湿疹宝宝专用", "宫寒…就有好消息了", "不留病根".
          '专用 好消息 不留 稳下来 降下来 全消 都消 就消 ' +
          // "用了就不会传染": an infection said to be stopped.
          '不会传染 不传染 传染不了 不再传染 ' +
          // "喝了不得病", "常喝少得病": 得病 kept off, as 不生/少生 for 生病 (not the bare 不得 of 不得不).
          '不得病 少得病 ' +
          // "三天之内把痘痘弄下去": a condition pushed down by hand.
          '弄下去 压下去 搞下去 弄掉 搞掉 ' +
          // "乳糖不耐给调过来", "缺钙…就能补回来", "疹子就退了": a condition corrected or made up for.
          '调过来 调回来 调理回来 调好了 补回来 追上来 就退了 都退了 消退 退下去 ' +
          // "腰不好的睡一周就感觉不到疼了": the ache gone.
          '感觉不到疼 感觉不到痛 感觉不到酸 ' +
          // "针对失眠的", "增生疤都能抚平", "血糖不会升", "糖尿病人也放心吃".
          '针对 抚平 不会升 不升高 放心吃 放心喝 舒服了 舒服多了 稳了 细了 明显少了 都说好 都说管用 都说有用 再也没 不加深 不再加深 控制住 从来不会 变好 变清楚 下到 降到 ' +
          // "月经都准了", "劳损就散开了", "度数没再涨", "对三高人群特别友好", "登革热都不怕", "祛除寒气".
          '准了 规律了 散开 没再 友好 不怕 祛除 驱除 赶走 能消 可以消 帮助消 能 ' +
          // "老花会越来越轻": a condition fading (not 不会变轻, the body said to stay as it is).
          '越来越轻 变轻了 ' +
          // "不会得甲癣", "拉肚子一吃就停", "吸几次就通", "骨盆就正回来了".
          '不会得 一吃就停 就停了 吸通 就通了 正回来 ' +
          '回到正常 正常范围 好看多了 好看了 都正常了 好看很多 好看不少 ' +
          // The condition said to come back no more or to stop getting worse ("假性近视戴这副眼镜能戴回来", "度数就不会再
          // 往上跑", "哮喘就不会再犯了", "眼睛就不会再发炎了"): the outcome stated, with no 治 or 疗.
          '戴回来 能戴回来 不会再往上 不再往上 不会往上跑 不会再涨 不再涨 不会再加深 不会加深 不会再犯 不会再发作 不会再发炎 不会再复发',
        ),
        within: 12,
      },
      // "不会让白头发变黑": the body said to stay as it is (a bare 不会 before a condition is no denial: "不会再犯").
      // 粤语 令 for 让 ("唔会令白头发变黑"); "能吸点儿潮气，可治不了脚气": the cure flatly denied right before the condition
      // (not a bare 治不了: "医院治不好的腰疼，用这个贴三天就好" boasts).
      unless: { words: [...MEDICAL_NEGATIONS.words, ...list('不会让 不会使 不会令 可治不了 可治不好')], within: MEDICAL_NEGATIONS.within },
      reason: `${AD_LAW_17}；说普通商品能缓解、改善、预防某种疾病即属宣称疾病治疗功能`,
      suggestions: TREATMENT_CLAIM_SUGGESTIONS,
    },
    {
      id: 'medical.mian-yi',
      category: 'medical',
      severity: 'warn',
      words: list(
        // "能促进大脑发育": a child's development as a body function raised.
        '大脑发育 脑发育 脑部发育 智力发育 消化吸收 肠胃 脾胃 代谢 体质 免疫 微循环 性功能 性能力 抵抗力 智力 智商 注意力 睡眠质量 血压 血液循环 血糖 血脂 记忆力 ' +
        // Fertility and vigour, also veiled ("提高精子质量", "男性那方面改善明显").
        '精子 卵子 生育力 受孕率 精力 骨密度 肝功能 肾功能 那方面 男性功能 夫妻生活 持久力 ' +
        // Hormones raised ("提升睾酮").
        '睾酮 雄激素 雄性激素 荷尔蒙',
      ),
      // "免疫系统会被激活", "建立免疫屏障", "体质就慢慢调过来了": a body function switched on, built or put right.
      // "骨密度吃一阵就能上去": a reading raised by the goods.
      near: { words: list('促进 加强 增加 增强 拉满 提升 提高 改善 暴涨 翻倍 调理 调节 飙升 往上涨 上涨 蹭蹭 变强 激活 建立 构建 筑起 调过来 调回来 能上去 就上去 都上去 提上去 补上去 补上来'), within: 6 },
      unless: MEDICAL_NEGATIONS,
      reason: `${HEALTH_CLAIM}；“提高免疫力”“调节体质”属保健功能说法`,
      suggestions: ['日常饮食搭配', '使用感受因人而异'],
    },
    {
      id: 'medical.shou-jin',
      category: 'medical',
      severity: 'warn',
      words: ['瘦', '减', '掉'],
      near: { words: list('kg 小肚子 斤 肚腩 赘肉'), within: 4 },
      unless: MEDICAL_NEGATIONS,
      reason: `${HEALTH_CLAIM}；“一个月瘦十斤”之类的减重效果属保健功效说法`,
      suggestions: ['搭配饮食和运动', '效果因人而异'],
    },
    {
      id: 'medical.bao-jian',
      category: 'medical',
      severity: 'warn',
      words: list(
        '护心 护心脏 丰胸 乌发 促消化 促进长高 保肝 健脑 养肝 养肾 养胃 养血 减肥 刮油 助消化 助眠 ' +
        // "睡了有助于长高", "有助睡眠": 有助于 before a health outcome.
        '有助于长高 有助长高 帮助长高 有利于长高 有助于睡眠 有助睡眠 帮助睡眠 有助于入睡 帮助入睡 ' +
        // Growth and weight loss as what the goods do ("能帮孩子长高", "能帮您瘦下来", "只要喝就瘦"): c92, c123, c134, c139, c150.
        '能长高 帮孩子长高 帮宝宝长高 帮娃长高 帮您瘦下来 帮你瘦下来 能瘦下来 就瘦下来 喝就瘦 吃就瘦 穿就瘦 用就瘦 吃了就瘦 喝了就瘦 穿了就瘦 穿上就瘦 自然就瘦 ' +
        // Stopping smoking as what the goods do ("草本戒烟茶", "戒烟糖含一颗就不想抽了"): c183. 「没有戒烟的功效」 is denied.
        '戒烟茶 戒烟糖 戒烟贴 戒烟神器 帮您戒烟 帮你戒烟 能戒烟 助戒烟 ' +
        '助长高 医用级 去湿 去痘 安神 延缓衰老 抗感染 抗疲劳 抗衰老 抗辐射 护肝 排寒 排毒 ' +
        '排湿 改善睡眠 明目 杀毒 杀灭 杀菌 止痒 止血 气血不足 活络 活血 消肿 消脂 润肠 ' +
        '润肺 淡斑 清宿便 清肠 清肺 清血管 溶脂 灭菌 燃脂 生发 瘦身 益智 祛斑 祛湿 祛痘 ' +
        '祛风 祛黄 肠毒 补气血 补脑 补血 补钙长高 解毒 调理气血 调节三高 软化血管 逆龄 ' +
        '通便 通络 通血管 防脱 防辐射 降火 除湿气 驱寒 消食化积 化积 消积 健脾 净化血液 血液净化 清洁血液 清理血液 ' +
        // Fertility, the unborn child, heat and hangovers, ageing; quantified germ-killing.
        '头发不掉 不掉头发 不掉发 下奶 催奶 通乳 发奶 不长胖 不会胖 不发胖 吃不胖 喝不胖 长个子 长个儿 蹿个子 窜个子 不上火 不会上火 助孕 促排卵 生男孩 生女孩 宝宝皮肤白 宝宝更聪明 生出来白 去火 清火 清热解毒 败火 解酒 醒酒 抗衰 ' +
        '抗菌率 抑菌率 杀菌率 除螨率 ' +
        // "是控糖的", "有控糖的作用" (控糖期间, a buyer's diet, is not the claim), "吃了会变聪明".
        '是控糖的 控糖的作用 控糖作用 控糖效果 控糖功效 能控糖 可以控糖 帮助控糖 有助控糖 辅助控糖 稳血糖 稳糖 ' +
        // Weight lost as the goods are used ("掉秤快得很", "边穿边掉秤"); a bare 掉秤 is the buyer's own scale ("掉秤多少因人而异").
        '掉秤快 掉秤很快 掉秤超快 掉秤飞快 边穿边掉秤 边吃边掉秤 边喝边掉秤 就掉秤 直接掉秤 都在掉秤 ' +
        '变聪明 更聪明 越来越聪明 长出新头发 长出新发 一年长高 半年长高 容易怀上 好怀上 好孕 易孕 暖宫 暖子宫 容易怀孕 更容易怀 退黄',
      ),
      unless: MEDICAL_NEGATIONS,
      reason: `${HEALTH_CLAIM}；“排毒”“助眠”“祛斑”等属保健或医疗作用的说法`,
      suggestions: ['口感不错', '日常饮食搭配', '使用感受因人而异'],
    },
    {
      id: 'medical.air-toxins',
      category: 'medical',
      severity: 'warn',
      // Goods said to take a toxin out of the air ("绿萝吸甲醛", "能净化空气中的有毒物质", "竹炭包分解甲醛"): a health
      // effect on the home the writers file under 医疗用语 (the c224 writer's plants, earlier writers' charcoal and
      // diatom mud). A verb of removing, then what is removed, so each goods needs no entry. A purifier's measured rate
      // ("除甲醛CADR 300") is a figure, not the claim; negated, reported and quoted forms are the contexts'.
      words: list('吸 吸收 吸附 除 去除 清除 消除 分解 净化 祛').flatMap((remove) =>
        list('甲醛 jia醛 有毒物质 有毒气体 有害气体 空气中的有毒 空气里的有毒 空气中的有害 空气里的有害').map((toxin) => remove + toxin),
      ),
      unless: MEDICAL_NEGATIONS,
      unlessAfter: { words: list('cadr 值 效率 数据 量 能力有限 作用有限 效果有限 作用很有限 效果很有限'), within: 1 },
      reason: `${HEALTH_CLAIM}；说绿植、炭包等能吸除甲醛或空气中的有毒物质，属对健康作用的宣称，须有检测依据`,
      suggestions: ['使用感受因人而异', '效果因人而异'],
    },
    {
      id: 'medical.air-toxins-share',
      category: 'medical',
      severity: 'warn',
      // The same claim with a share of the toxin in between ("吊兰能去除90%的甲醛", "可以吸收八成以上的甲醛", "甲醛去掉一大
      // 半"): the figure sits between verb and toxin, so the toxin is the word and the removing verb its cue. "吸收不了多少
      // 甲醛" is a negation; "甲醛还是要通风" names no verb.
      words: list('甲醛 有毒物质 有毒气体 有害气体'),
      near: { words: list('去除 清除 消除 分解 吸收 吸附 吸走 吸掉 去掉 除掉'), within: 8 },
      unless: MEDICAL_NEGATIONS,
      unlessAfter: { words: list('cadr 值 效率 数据 量 能力有限 作用有限 效果有限 作用很有限 效果很有限 不了'), within: 3 },
      reason: `${HEALTH_CLAIM}；说绿植、炭包等能吸除甲醛或空气中的有毒物质，属对健康作用的宣称，须有检测依据`,
      suggestions: ['使用感受因人而异', '效果因人而异'],
    },
    {
      id: 'medical.zhang-gao',
      category: 'medical',
      severity: 'warn',
      // Growth from eating or drinking something ("吃了能长高", "喝半年长个", "增高粉每天吃"): a health function claimed
      // for food, whatever span of time is named (a guarantee of it, "保证长高", is a promise as well).
      words: list('长个 长高 增高 蹿个 窜个'),
      near: {
        words: list('吃了 喝了 吃完 喝完 每天吃 每天喝 坚持吃 坚持喝 吃半年 吃一年 喝半年 喝一年 钙片 增高粉 增高片 营养粉 口服液 冲剂'),
        within: 6,
      },
      // "吃了包您长高": guaranteed, it is the promise rules' (promise.bai-fen-bai reads the whole frame).
      unless: { words: [...MEDICAL_NEGATIONS.words, ...list('包您 包你 保证 保准 肯定 一定 承诺')], within: MEDICAL_NEGATIONS.within },
      reason: `${HEALTH_CLAIM}；“吃了能长高”属保健功能说法`,
      suggestions: ['日常饮食搭配', '孩子的身高和遗传、运动、睡眠都有关'],
    },
    {
      id: 'medical.gong-xiao',
      category: 'medical',
      severity: 'warn',
      // 「有…功效/价值/作用」: a health claim phrased as what the goods are worth, not what they do.
      words: list('价值 作用 功效 好处 效果 疗效'),
      near: {
        words: list(
          '保健 保养 养生 养颜 养护 医疗 治疗 理疗 滋补 疗养 药理 药用 调理 调养 辅助 辅助治疗 防治 食疗 血压 血糖 血脂 ' +
            // "对胃有好处", "对血管有保护作用": an organ the goods are said to act on.
            '对大脑 对心脏 对肝 对肠胃 对肾 对眼睛 对胃 对血管 对关节 对骨骼 控糖 降糖 降压 降脂 助眠 肝脏 肾脏 肠道 ' +
            // "有抑菌消毒的作用", "有抗菌的功效": germs checked on the body, a health function (杀菌/消毒 also name what an
            // appliance does, "消毒效果" of a steriliser, so not those).
            '抑菌 抗菌 ' +
            // "有醒脑开窍的功效", "有修复肺功能的作用", "有温经散寒的效果": the body's organs, nerves and meridians acted on.
            '肺 肺部 肺功能 醒脑 开窍 细胞 经络 气血 神经 呼吸道 温经 散寒 艾灸',
        ),
        within: 6,
      },
      unless: MEDICAL_NEGATIONS,
      reason: `${HEALTH_CLAIM}；“有药用价值”“有保健作用”同属这类说法`,
      suggestions: ['日常饮食搭配', '使用感受因人而异'],
    },
    {
      id: 'medical.dui-qi-guan',
      category: 'medical',
      severity: 'warn',
      // Good for an organ, said outright: "鹿茸酒对前列腺好", "负离子对呼吸道好", "对多囊卵巢有帮助", "过滤水垢，对肾
      // 好". The frame 对 + an organ or a condition + 好/有帮助/有好处; the goods' own effect on something else ("对皮肤
      // 没有刺激", "对衣服没伤害") names no health benefit.
      words: list('前列腺 呼吸道 肾 肾脏 肝 肝脏 肺 心脏 血管 关节 卵巢 多囊卵巢 子宫 肠胃 脾胃 胃 大脑 心脑血管 骨骼 颈椎 腰椎 视力 听力').map(
        (organ) => `对${organ}`,
      ),
      near: { words: list('好 很好 有帮助 有好处 有益 有利 有效 特别好'), within: 2 },
      unless: MEDICAL_NEGATIONS,
      unlessAfter: { words: list('吗 么 不好 没有 没 刺激 负担 伤害 压力 影响'), within: 2 },
      reason: `${HEALTH_CLAIM}；“对肾好”“对呼吸道有帮助”同属保健功效的说法`,
      suggestions: ['日常饮食搭配', '使用感受因人而异'],
    },
    {
      id: 'medical.bi-yi-yuan',
      category: 'medical',
      severity: 'block',
      // Better than the doctor's treatment ("比去医院开药温和", "比打针还管用"): the goods set against medical care on its
      // own ground. Not convenience ("比去医院排队方便"), which says nothing of treating.
      words: list('比去医院 比上医院 比看医生 比开药 比打针 比输液 比吃西药 比做手术 比医院开的 比医院开的药 比医院的'),
      near: { words: list('温和 管用 有效 好使 灵 见效 快 强 安全 副作用小 效果好 治得好'), within: 8 },
      unless: MEDICAL_NEGATIONS,
      reason: `${AD_LAW_17}；拿普通商品和就医、用药比疗效，属宣称疾病治疗功能`,
      suggestions: ['日常护理', '如有不适请及时就医'],
    },
    {
      id: 'medical.bu-teng-le',
      category: 'medical',
      severity: 'block',
      // A pain or ache gone after use ("睡了腰就不疼了", "关节都不疼了"): a symptom relieved, the frame of 缓解.
      // A period's pain too ("暖宫裤穿上姨妈再也不疼了").
      words: list('腰 腿 膝盖 关节 颈椎 肩膀 肩颈 后背 脖子 腰椎 老寒腿 姨妈 大姨妈 例假 生理期 痛经 小肚子'),
      // "腰不好的睡一周就感觉不到疼了".
      near: { words: list('不疼了 不痛了 不酸了 不麻了 不胀了 不晕了 不疼不酸了 不酸不疼了 感觉不到疼 感觉不到痛 感觉不到酸 不疼咯 不痛咯 不疼啦 不痛啦 不疼喽 不痛喽'), within: 8 },
      unless: MEDICAL_NEGATIONS,
      reason: `${AD_LAW_17}；说普通商品用了以后疼痛消失即属宣称疾病治疗功能`,
      suggestions: TREATMENT_CLAIM_SUGGESTIONS,
    },
    {
      id: 'medical.yu-fang',
      category: 'medical',
      severity: 'block',
      // Preventing a disease: any word ending like one (…症, …病, …炎) after a "can prevent" frame.
      // Pets' infections too ("能预防猫传腹").
      // "预防佝偻病", "能预防宝宝畸形": 预防 alone too, in chat as often as 能预防.
      // "预防婴儿猝死".
      words: list('惊厥 感染 支原体 早产 流产 炎 病 症 瘤 癌 传腹 猫瘟 犬瘟 细小 畸形 猝死'),
      // "胰腺炎…就不会复发了": a disease kept from coming back.
      near: { words: list('不会得 不再得 可以防止 可以预防 可防止 可预防 告别 杜绝 能防止 能预防 远离 防病 预防 不会复发 不再复发 不复发'), within: 12 },
      unless: MEDICAL_NEGATIONS,
      reason: `${AD_LAW_17}；说普通商品能预防某种疾病即属宣称疾病预防、治疗功能`,
      suggestions: ['日常护理', '如有不适请及时就医'],
    },
    {
      id: 'medical.ting-yao',
      category: 'medical',
      severity: 'block',
      words: list('停了药 停药'),
      // "在吃药的话别自己停药", "千万不要擅自停药": advice to keep taking the medicine, the opposite of the claim.
      unless: { words: [...MEDICAL_NEGATIONS.words, ...list('别 不要 切勿 请勿 勿 擅自 自行 千万')], within: 4 },
      reason: `${AD_LAW_17}；说用了普通商品就能停药，属宣称疾病治疗功能`,
      suggestions: ['日常护理', '用药请遵医嘱'],
    },
    {
      id: 'medical.bu-yong-yao',
      category: 'medical',
      severity: 'block',
      // Off a drug thanks to the goods, whatever the drug is called ("不用天天吃降压药了", "胰岛素都可以停了"): the frame,
      // so the drug's name may stand between (not a bare 药, which a drug's name like 降压药 holds as well).
      words: list(
        '不用吃 不用再吃 不用天天吃 不用每天吃 不需要吃 不需要再吃 不必再吃 不用打 不用再打 不用天天打 可以停 可以停掉 都停了 都停掉了 ' +
          // Less of the drug ("药都减量了").
          '减量了 都减量 减半了',
      ),
      near: { words: list('药 胰岛素'), within: 4 },
      unless: MEDICAL_NEGATIONS,
      reason: `${AD_LAW_17}；说用了普通商品就不用吃药，属宣称疾病治疗功能`,
      suggestions: ['日常护理', '用药请遵医嘱'],
    },
    {
      id: 'medical.bi-yao',
      category: 'medical',
      severity: 'block',
      words: list('代替 取代 替代 比吃 比打针 比药'),
      // A drug by name ("能替代布洛芬", "比米诺地尔还好用").
      near: { words: list('去医院 吃药 打针 看医生 药 药品 药物 输液 米诺地尔 非那雄胺 布洛芬 阿莫西林 头孢 二甲双胍 阿司匹林 褪黑素 激素'), within: 5 },
      unless: MEDICAL_NEGATIONS,
      reason: `${AD_LAW_17}；把普通商品与药品比较、说能代替药物属宣称医疗作用`,
      suggestions: ['日常护理', '如有不适请及时就医'],
    },
    {
      id: 'medical.double-negative',
      category: 'medical',
      severity: 'block',
      // The effect denied only to be asserted ("喝了它哪能不降压", "不降压才怪", "谁说不降糖"): medical.not-effect reads
      // 不 right before the effect as a denial, so the rhetorical frame around it is the claim, written whole. A
      // plain denial ("这个不降血糖，您别误会") has no frame; 怎么可能不降价 names no effect. 不可能不/哪有不/没有不 say
      // the same ("血压不可能不降压", "哪有不长头发的"), and so does 能不…吗 ("天天喝能不降压吗"; 能降压吗, the buyer's
      // question, has no 不). Hair grown back joins the effects only here: 不长头发 alone is no denial to read.
      words: [...DRUG_LIKE_EFFECTS, ...REGROWN_HAIR].flatMap((effect) => [
        ...[...DENIED_TO_ASSERT, ...list('哪里能 谁说 没见过')].map((asked) => `${asked}不${effect}`),
        `不${effect}才怪`,
        ...askedBack(effect),
      ]),
      reason: TREATMENT_CLAIM_REASON,
      suggestions: TREATMENT_CLAIM_SUGGESTIONS,
    },
    {
      id: 'medical.double-negative-reading',
      category: 'medical',
      severity: 'block',
      // The same frame around a bare 降 with the reading named nearby ("血压不可能不降", "喝了血糖哪有不降的"): 降 alone is
      // a price as often ("价格不可能不降"), so the reading is the cue.
      // "血压不会降不下来": the denied fall denied again (降不下来 alone is allowed below: "度数降不下来").
      words: [...DENIED_TO_ASSERT.map((asked) => `${asked}不降`), ...askedBack('降'), ...list('不会降不下来 不会降不下去 不会降不了 不可能降不下来 不可能降不了')],
      near: { words: list('血压 血糖 血脂 尿酸 胆固醇 三高'), within: 10 },
      reason: TREATMENT_CLAIM_REASON,
      suggestions: TREATMENT_CLAIM_SUGGESTIONS,
    },
    {
      id: 'medical.restored',
      category: 'medical',
      severity: 'block',
      // A faculty or the body's frame said to come back as the goods are used ("戴三个月听力就回来了", "骨盆就正回来了"):
      // the outcome without 治. Not in medical.ji-bing, whose cues (能, 降, 针对…) read the hearing or the pelvis talked
      // about ("具体看您听力情况", "骨盆带能固定"); only their return is the claim.
      words: list('听力 骨盆 胯骨'),
      near: { words: list('回来了 就回来 能回来 正回来 回正 复位 归位 恢复 好转 变好了 收回去'), within: 10 },
      unless: MEDICAL_NEGATIONS,
      reason: `${AD_LAW_17}；说普通商品能缓解、改善、预防某种疾病即属宣称疾病治疗功能`,
      suggestions: TREATMENT_CLAIM_SUGGESTIONS,
    },
  ],
  allow: [
    {
      words: WARD_WAVED_AWAY,
      note: '“湿疹不要看皮肤科”：把科室撇开，其中的“要看皮肤科”不是把病症交给医生',
    },
    {
      words: TO_THE_DOCTOR_DENIED,
      note: '“不要去医院治疗了”：医生被撇开，其中的“要去医院”不是把治疗交给医生',
    },
    {
      // "醒酒半小时左右就可以喝了", "醒酒器": wine left to breathe for a time, or the decanter, not sobering the drinker
      // ("喝了能醒酒" stays).
      words: [...list('醒酒器'), ...list('半小时 一小时 十分钟 二十分钟 几分钟 一会儿 一会 片刻').map((time) => `醒酒${time}`)],
      note: '“醒酒半小时”“醒酒器”：说的是葡萄酒醒酒，不是解酒的保健功效',
    },
    {
      // "头疼可不管用", "失眠它也不管用": the near cue 管用 denied ("不管用什么方法" holds no effect either).
      words: list('不管用 可不管用 也不管用 都不管用'),
      note: '“头疼可不管用”：否认有用，不是宣称功效',
    },
    {
      // "吃蟹排不了毒也掉不了秤": weight said not to go ("掉不了色" is promise's and stays).
      words: list('掉不了秤 减不了肥 减不了重'),
      note: '“也掉不了秤”：否认减重，不是宣称',
    },
    {
      // "益智拼图爷爷奶奶也可以玩": 益智 naming a kind of toy or game, as shops list them, not a health function (an effect
      // said of it is its own finding: "益智积木能提高智商").
      words: list('玩具 拼图 积木 游戏 教具 桌游 绘本 卡片 棋 类玩具 类游戏').map((toy) => `益智${toy}`),
      note: '“益智玩具”“益智拼图”是玩具的品类名，不是保健功效',
    },
    {
      // "尿床垫防水，尿床了也不怕": the mat that catches it, a kind of bedding, not bed-wetting put right.
      words: list('尿床垫 隔尿垫 防尿垫 尿床了也不怕'),
      note: '“尿床垫”“隔尿垫”是床品的品类名，不是宣称治尿床',
    },
    {
      // "玫瑰痤疮是要治疗的 面膜治不了": the condition said to need treatment, which the goods are not.
      words: list('是要治疗的 是需要治疗的 是得治疗的 得去治疗 要去治疗 需要去治疗 要去医院治疗 得去医院治疗 需要专业治疗 得专业治疗'),
      note: '说这种病是需要治疗的（言下之意去医院），不是宣称商品能治',
    },
    {
      // "看着它心情都被治愈了", "很治愈的一盆绿植": 治愈 as a mood soothed, not a disease cured ("能治愈鼻炎" stays).
      words: list('被治愈 治愈系 很治愈 好治愈 超治愈 太治愈 心情治愈 治愈心情'),
      note: '“心情被治愈”“治愈系”：说的是心情变好，不是治好疾病',
    },
    {
      // "毛囊炎建议先治疗，好了再用面膜": treatment first, the goods after it (not "建议先用我们的药膏治疗").
      words: list('建议先治疗 建议先去治疗 建议先去医院治疗 要先治疗 得先治疗 需要先治疗 应该先治疗 先去医院治疗'),
      note: '建议先去治疗、好了再用商品：治疗是医院的事，不是宣称商品能治',
    },
    {
      // "12V转5V的降压线", "降压模块": stepping a voltage down, an electrical part, not blood pressure.
      words: list('降压').flatMap((lower) => list('线 模块 板 器 芯片 电源 变压器 转换器 稳压 电路 充电线 数据线').map((part) => lower + part)),
      note: '电器配件的“降压”（降压线、降压模块）：说的是电压，不是血压',
    },
    {
      // "咨询您的主治医生": the doctor in charge of the buyer, not a treatment.
      words: list('主治医生 主治医师 主治大夫'),
    },
    {
      // "不要用茶饮来替代治疗": using something in place of treatment, advised against.
      words: list('来替代治疗 来代替治疗'),
    },
    {
      words: list(
        '开的处方 处方才能 需要处方 要处方 不具备治疗 不具有治疗 不具有疗效 不可替代药物 不是药 别停药 不能停药 不要停药 不要擅自停药 不能代替药品 不能代替药物 不能替代药品 ' +
        '不能替代药物 不能治疗 不能治病 ' +
        // 上海话 伐好 (不能), read 不好: "丝巾伐好治病额".
        '不好治病 不好治疗 不能用于治疗 代替药物治疗 减肥期间 凭处方 及时就医 处方药需 孕期 ' +
        '并非药品 康复期 无治疗作用 替代药品治疗 替代药物治疗 正在治疗 没有治疗 没有疗效 治疗期间 ' +
        '请及时就医 遵医嘱 遵医嘱治疗 非药品 ' +
        // "糖尿病需要规范治疗", "以医院的治疗为主": real treatment the buyer is sent to.
        '规范治疗 规范的治疗 正规治疗 正规的治疗 医院的治疗 医院治疗为主 以治疗为主',
      ),
      note: '免责提示与询问病情的日常表述',
    },
    {
      // "甲醛可以治理": 治理 is putting a problem right, not treating anyone.
      words: list('产生发 卫生发 发生发 康复训练 祛痘凝胶 祛痘精华 祛痘膏 祛痘霜 治理 可治理 可以治理 能治理'),
      note: '与功效词同形的日常词',
    },
    {
      words: list('不医治 不根治 不治疗 不治病'),
      note: '“不治病”：否定，不是宣称',
    },
    {
      words: [
        ...list('减肥 助眠 淡斑 生发 瘦身 祛斑 祛痘 防脱 暖宫').flatMap((claim) =>
          list('代餐 仪 咖啡 奶昔 枕 洗发水 液 眼罩 精华 膏 茶 衣 裤 贴 霜').map((kind) => claim + kind),
        ),
        ...list('偏瘦 偏胖 太瘦 很瘦 比较瘦 满减 瘦人 瘦子 较瘦 颈椎枕 颈椎按摩仪 颈椎按摩器'),
      ],
      note: '买家所购商品的名称（“您的减肥茶”）和身材描述，说明而非宣传',
    },
    {
      // Words holding 能 that say nothing of an effect (the ji-bing rule reads a bare 能 near a condition: "能让湿疹…").
      words: list('功能 性能 智能 节能 技能 体能 动能 能量 能力 可能 只能 不能 才能 能不能 能用 能吃 能喝 能穿 能戴 能洗 能涂 能抹 能泡 能买 能拍 能退 能换 能发 能到 能改 能开 能查 能看 能领 能享 能赶上 能寄 能送 能选'),
      note: '含“能”却不表示功效的词',
    },
    {
      // "能测发烧", "高度能调节", "能贴合颈椎曲线": 能 + what the goods do to themselves or measure, no effect on the body.
      words: list('能测 能检测 能测量 能监测 能调节高度 高度能调 能调高度 能调角度 能贴合 能折叠 能显示 能记录 能提醒 能拆洗 能机洗'),
      note: '含“能”却不表示功效的词（测量、调节、折叠）',
    },
    {
      // "防尘的，不防病毒": 防 in ordinary protective words, or denied, is no "prevents a disease"; "角膜炎预防不了" (the
      // disease before it) likewise, whose 预防 would otherwise be the near cue of yu-fang.
      words: list(
        '不防 防不了 不能防 预防不了 预防不到 预防不住 防止不了 防尘 防水 防滑 防摔 防风 防雨 防静电 防盗 防漏 防潮 防霉 防蛀 防刮 防爆 防震 防冻 防火 防污 防油 防锈 防走光 ' +
          '防勾丝 防起球 防缩水 防褪色 防溢 防烫 防夹手 防侧漏',
      ),
      note: '含“防”却不是预防疾病的词',
    },
    {
      // "玻尿酸能补水" (尿酸 inside it), "老花镜" the goods, "防蚊童装", "防蓝光膜", "测血压" measuring, "具体数值请看报告", "等痘痘
      // 好了再用" (waiting for it to heal, not healing it).
      // "湿疹的话先治好再戴": the condition treated first (by a doctor), then the goods used.
      words: list('玻尿酸 老花镜 防蚊 防蓝光 测血压 量血压 测血糖 量血糖 测量血压 测量血糖 具体数值 好了再 治好再 治好了再'),
      note: '含病症词、功效词却只是商品名、测量或等病好了再用的说法',
    },
    {
      // "散光片有防旋转设计", "有稳定设计", "降噪效果还可以", "防螨处理": what the goods are built to do to themselves or their
      // surroundings, not to the body (their 防, 稳定 and 降 were cues of a condition named nearby).
      words: list('防旋转 防转动 防移位 稳定设计 稳定结构 降噪 防螨处理 防螨面料 防止烫伤 防止低温烫伤'),
      note: '商品自身的设计和功能（防旋转、稳定设计、降噪、防螨处理），不是对身体的功效',
    },
    {
      // "按度数戴就好", "看参数和度数就好": a lens's power as a spec to choose by. "降糖药该吃还得吃": the buyer's drug kept
      // on (降 inside it was a cue); the drug alone stays a cue ("降压药都可以停了").
      words: [
        ...list('按度数 看度数 和度数 选度数 配度数 对应度数 度数选'),
        ...list('降糖药 降压药 降脂药').flatMap((drug) => list('该吃 照吃 照常吃 还得吃 还是要吃 别停 不能停').map((keptOn) => drug + keptOn)),
      ],
      note: '镜片度数作为选购参数，以及买家自己在吃的药名，不是功效',
    },
    {
      // "度数降不下来", "腰疼不会就好", "毛囊还会再生的", "视力下降的话建议您去眼科": the change denied, the condition said to
      // stay or come back, or named as the buyer's worry (the cue inside these phrases is no improvement claimed).
      words: list('降不下来 降不下去 降不了 改善不了 缓解不了 好不了 不会就好 还会再生 还是会再生 还会再长 还是会再长 下降的话'),
      note: '说变化不会发生、病症还会回来，或只是提到买家的情况：不是功效',
    },
    {
      // "湿疹护理攻略我整理好了", "关于疗效的问题我判断不了", "您是术后恢复期的话": the agent's own task done (not 好了, a
      // condition healed), the word talked about, the buyer's stage of recovery.
      words: list('整理好了 准备好了 写好了 打包好了 包装好了 登记好了 备注好了 安排好了 填好了 关于疗效 术后恢复期'),
      note: '客服自己的事办好了、谈论“疗效”这个话题、买家处在术后恢复期：不是功效',
    },
    {
      words: list('康复科 皮肤科 骨科'),
      note: '医院的科室名：建议买家就医',
    },
    {
      // "孩子生不生病跟很多因素有关": whether one falls ill, asked in its A-not-A form, not 不生病 promised.
      words: list('生不生病 生没生病 得不得病 犯不犯病'),
      note: '“生不生病”是正反问，不是“不生病”的功效',
    },

  ],
  contexts: [
    {
      id: 'medical.see-doctor',
      categories: ['medical'],
      // "疾病需要在医生指导下规范治疗", "遵医嘱用药，不要用茶饮来替代治疗", "疼痛持续不缓解…请及时就医": the buyer sent to
      // a doctor anywhere in the sentence (medical.stop-use reads a shorter reach after the condition). Not 去医院 or
      // 看医生, which the claims compare with ("比去医院理疗还管用", "不用去医院").
      before: SEE_A_DOCTOR,
      after: SEE_A_DOCTOR,
      within: 20,
      sentence: true,
      note: '“疾病需要在医生指导下规范治疗”：请买家就医、遵医嘱，是提醒不是宣称功效（没有一条违规草稿带着这些话）',
    },
    {
      id: 'medical.only-drugs',
      categories: ['medical'],
      // "只有药品才能治疗疾病", "治病是药品才有的功能": what only a medicine may do, said of medicines.
      before: list('只有药品才 只有药品 只有药物才 只有药物 只有药才 药品才 药物才'),
      within: 2,
      note: '“只有药品才能治疗疾病”：说的是药品，不是在宣称自家商品',
    },
    {
      id: 'medical.approved',
      categories: ['medical'],
      before: APPROVED,
      after: APPROVED,
      within: 14,
      sentence: true,
      note: '取得特殊化妆品、保健食品批准的商品，可以按批准的功效说明',
    },
    {
      id: 'medical.side-effect',
      categories: ['medical'],
      before: list('可能会 可能出现 可能有 偶尔会 个别会 少数会 有的会 会有轻微 可能会有'),
      within: 3,
      note: '“换粮期间可能会软便”“刚用可能会有轻微刺痛”：说明可能出现的反应，是提醒不是功效',
    },
    {
      id: 'medical.stop-use',
      categories: ['medical'],
      after: [
        ...list('建议停用 建议先停用 请停用 立即停用 先停用 停止使用 暂停使用 建议就医 及时就医 请就医 尽快就医 先就医'),
        // "降血脂还是得听医生的", "糖友请遵医嘱": the condition left to the doctor.
        // Not 医生的建议 ("医生的建议也是喝这个" is an endorsement).
        ...list('听医生的 遵医嘱 按医嘱 咨询医生 问问医生 请教医生'),
        // "…但过敏的问题还是要看医生": not the bare 去医院 (「不用去医院」) nor 要看医生 (「要看医生干嘛」).
        ...list('还是要看医生 还是得看医生 还是去看医生 建议看医生 最好看医生 去医院看看 去医院检查 去医院看一下 到医院检查'),
        // "治猫藓要去宠物医院": treatment is the doctor's, said of the condition.
        ...list('要去医院 得去医院 要去宠物医院 得去宠物医院 去宠物医院看看 要去看医生 得去看医生'),
        // "风湿痛的话还是看医生", "驼背得找医生矫正", "降血压得吃药", "想治病还得听大夫的": treatment left to doctor or drug.
        ...list('还是看医生 得找医生 要找医生 还是找医生 得吃药 还得吃药 还得听大夫 得听大夫'),
        // "降血脂要问医生", "长个子、矫正驼背这些得问医生", "高血压还得按时吃药", "指甲有感染要先去医院处理", 粤语 "咳嗽就睇医生先"
        // (睇 reads 看): asked of the doctor, not 问医生 alone ("不用问医生").
        ...list('要问医生 得问医生 还得问医生 要问大夫 得问大夫 要按时吃药 得按时吃药 还得按时吃药 要先去医院 得先去医院 就看医生'),
        // "预防尿路感染还是要注意卫生", "防病还是得按当地防疫建议": left to hygiene or public advice.
        ...list('还得去医院 还是要注意卫生 还是得注意卫生 还得注意卫生 还是要讲卫生 还是得讲卫生 按当地防疫 防疫建议 疾控建议'),
        // "防骨质疏松还得听骨科医生的", "胃溃疡的先问问消化科医生": the doctor named by the ward; or the ward alone.
        ...DOCTOR_BY_WARD,
        ...SENT_TO_WARD,
        // "治病的事您问大夫", "腰疼的事跟它没关系，得看医生": the matter handed to the buyer's doctor (not 问医生 alone: "不用问
        // 医生"; nor with no one asked: "咽炎的事问医生也行" leaves the goods' cure standing).
        ...list('的事 这事 那事 的事情').flatMap((matter) =>
          list('您 你').flatMap((who) => list('问大夫 问医生 找大夫 找医生 听大夫的 听医生的').map((doctor) => matter + who + doctor)),
        ),
        ...list('得看医生 得看大夫 还得看医生'),
        // "少生病就要靠吃好睡好", "长胖还得靠少吃多动": left to how the buyer lives ("少生病就靠这款" stays: the goods).
        // "降血压还得靠医生开的药", "减肥要靠自己运动": left to the doctor's drug or the buyer's own effort.
        ...list('要靠 得靠 还是靠 还得靠 主要靠 就要靠 就得靠').flatMap((by) =>
          list('吃好 睡好 锻炼 运动 多运动 作息 饮食 少吃多动 规律作息 自己 医生 药物 吃药').map((habit) => by + habit),
        ),
      ],
      within: 8,
      sentence: true,
      note: '“过敏的话建议停用”“红肿严重请及时就医”：病症后面跟着停用、就医的提醒，是在照顾买家，不是宣称功效',
    },
    {
      id: 'medical.drug',
      categories: ['medical'],
      after: list('的药 的药物 药物 药您'),
      within: 1,
      note: '“降血压的药您别停”“治咳嗽的药”：说的是买家在用的药，不是宣称商品的功效',
    },
    {
      id: 'medical.whether',
      categories: ['medical'],
      after: list('有没有帮助 有没有用 有没有效果 有没有作用 有没有好处 管不管用 好不好使 能不能好'),
      within: 4,
      note: '“对过敏有没有帮助要看个人”：说的是不确定，不是宣称功效',
    },
    {
      id: 'medical.drug-name',
      categories: ['medical'],
      after: ['药'],
      within: 0,
      note: '“在吃降压药的话”“不能替代降脂药”：紧跟“药”的功效词是药名的一部分，说的是买家的药',
    },
    {
      id: 'medical.cannot',
      categories: ['medical'],
      before: list('不可以 不能 不能用于 无法 不等于 并不等于 不代表'),
      within: 8,
      note: '“不能治疗或预防近视”：否定覆盖并列的几个说法',
    },
    {
      id: 'medical.will-not',
      categories: ['medical'],
      // "也不会提高免疫力", "不会改善视力": 不会 right before a verb of effect. Not 不会 alone: "吃了不会胖", "不会复发" are the
      // claims themselves.
      // 粤语 "唔会止咳", "唔会降脂" (唔 reads 不): the drug-like effects and 止咳 / 止痛 / 止痒 denied the same way.
      before: list('不会').flatMap((no) => [...list('改善 提高 恢复 治 增强 缓解 根治 消除 预防 降低 止咳 止痛 止痒'), ...DRUG_LIKE_EFFECTS].map((effect) => no + effect)),
      within: 2,
      note: '“也不会提高免疫力”“不会改善视力”：否认有这种作用，不是宣称',
    },
    {
      id: 'medical.denied-after',
      categories: ['medical'],
      // "治脚气袜子没这个功能", "降血压那种功能没有", "补不补脑没定论", "降血糖这个我们不能宣传": the effect named, then denied or
      // declined in its clause ("能治脚气，别家没这个功能" stays: the comma ends the reach).
      after: [
        ...list('没这个功能 没有这个功能 没这个功效 没有这个功效 没这个作用 没有这个作用 没有这个效果 没这效果 那种功能没有 这种功能没有 这个功能没有 那些功能它没有 那些功能没有 没定论 没有定论'),
        // "颈椎病别指望它": the buyer told not to count on it for the condition.
        ...list('别指望它 别指望这个 别指望这款 就别指望 可别指望'),
        // "降压肯定不行": the effect named, then flatly denied.
        // "治病可不行" (the buyer's hope set right in Northeastern chat).
        ...list('肯定不行 肯定没用 肯定没有用 肯定做不到 是不行的 那是不行的 可不行 那可不行 可不成 那可不成'),
        // "磁疗床垫我们不卖哈": the goods of that claim not sold here; "降度数的东西我们也不推荐": nor recommended.
        ...list('我们不卖 我们没卖 我们家不卖 我们没有卖 我们也不卖 我们不推荐 我们也不推荐 我们都不推荐 咱不推荐 咱也不推荐'),
        // "跟排毒不沾边": the effect said to have nothing to do with the goods.
        ...list('不沾边 不搭边 沾不上边 扯不上边 扯不上关系 扯不上 挨不上'),
        // "矫正驼背可做不到": the effect named, then flatly not done (可 the Northern stress of a denial).
        ...list('可做不到 可办不到 可治不了 可治不好'),
        // "祛斑美白这种效果没有哈": the effect named as a kind, then denied (a particle after 没有:
        // "…这种效果没有哪家比得上" is a boast).
        ...list('这种效果 那种效果 这个效果 这些效果 这种作用 这种功效').flatMap((kind) =>
          list('没有哈 没有哦 没有的 没有呢 是没有的').map((denied) => kind + denied),
        ),
        ...REFUSED_CLAIM,
        // "治病那我说不上", "降血压这个我说不上": the claim named, then the shop saying it cannot speak to it.
        ...list('那 这个 这').flatMap((pointer) => list('我 咱').map((who) => `${pointer}${who}说不上`)),
        // "治脚气这些咱没这功效", "跟排毒不沾边": the effect named, then said to have nothing to do with the goods.
        ...list('没这功效 没这功能 没这作用 没这疗效 不沾边 沾不上边 扯不上边 不搭边'),
      ],
      within: 6,
      note: '功效说出来之后在同一分句里否认或说不敢宣传：是说明不是宣称',
    },
    {
      id: 'medical.debunked',
      categories: ['medical'],
      after: DEBUNKED,
      within: 8,
      note: '“白头发变黑那都是瞎传的”：把功效说法点出来再说是谣言、别信，是辟谣不是宣称',
    },
    {
      id: 'medical.not-its-business',
      categories: ['medical'],
      // "腰疼的事跟它没关系", "内分泌这些跟它无关": the condition said to have nothing to do with the goods, in its clause.
      after: list('跟 和 与').flatMap((with_) =>
        list('它 这个 这款 产品 商品 咱家 我们家').flatMap((goods) => list('没关系 没有关系 没啥关系 无关 不相关').map((none) => with_ + goods + none)),
      ),
      within: 6,
      note: '“腰疼的事跟它没关系”：说病症跟商品无关，是说明不是宣称',
    },
    {
      id: 'medical.kind-denied',
      categories: ['medical'],
      // "调理宫寒这种效果没有，冬天睡蛮暖和", "降血压这种事它管不了", "提高记忆力、预防近视，这些它做不到", 湖北 "矫正驼背
      // 那种效果冇得，莫信" (冇得 reads 没有: spelling.ts DIALECT_WORDS): the effect
      // pointed back to as a kind, then said to be none of the goods', closing its clause (commas crossed: the kind
      // gathers a list). Words going on after the denial make it a boast ("…这种效果没有哪家比得上").
      after: [...DENIED_EFFECT_KINDS, ...CANNOT_DO_EFFECT],
      within: 12,
      sentence: true,
      closesClause: true,
      note: '“调理宫寒这种效果没有”“降血压这种事它管不了”：把功效当成一类说出来，随即说商品没有、做不到，是说明不是宣称',
    },
    {
      id: 'medical.eat-less',
      categories: ['medical'],
      // "减肥嘅就少食啲啦" (嘅 reads 的, 少食 is 少吃's dialect variant), "胆固醇高的要少吃": who has the condition or aim told to eat less of the goods —
      // advice against them, not an effect of theirs.
      after: list('的 高的 多的').flatMap((who) => list('要少吃 就少吃 少吃 别吃 就别吃 不要吃 要少喝 少喝 别喝').map((less) => who + less)),
      within: 0,
      note: '“减肥的就少吃”“胆固醇高的要少吃”：提醒有这种情况的人少吃，不是宣称功效',
    },
    {
      id: 'medical.cure-denied',
      categories: ['medical'],
      // "老花眼治不了的", "湿疹它也治不好": the condition, then that it is not cured, closing its clause ("…治不了的我们能治"
      // goes on: a boast).
      after: list('治不了 治不了的 治不好 治不好的 好不了 根治不了 也治不了 它治不了 它也治不了 是治不了的 是治不好的'),
      within: 3,
      closesClause: true,
      note: '“老花眼治不了的”：病症之后说治不了、治不好，是说明不是宣称',
    },
    {
      id: 'medical.doctors-business',
      categories: ['medical'],
      // "消炎治嗓子疼那是药的事", "降尿酸那是医生管的事，别指望锅": the effect handed to medicines or doctors.
      after: DOCTORS_BUSINESS,
      // Past a second effect named with it ("消炎治嗓子疼那是药的事"), in the clause.
      within: 6,
      note: '“降尿酸那是医生管的事”：把功效交给药品和医生，不是说商品有这个作用',
    },
    {
      id: 'medical.not-effect',
      categories: ['medical'],
      // "鱼油不抗癌", "这款不降血糖": 不 right before a drug-like effect (抗…, 降…, 消炎) denies it, as 不防 does 防病. A
      // context, not an allowed phrase, so the 不 still reads a payout staked on the effect ("不降血糖包退",
      // promise.fail-refund). 不 before a condition ("吃了不生病") is a claim and is left out.
      // "贴膜不治近视": 不治 before the condition (not 不治而愈, which claims the cure).
      before: list('不抗 不降 不消炎 不治'),
      within: 0,
      note: '“不抗癌”“不降血糖”：直接否认药用功效，是说明不是宣称',
    },
    {
      id: 'medical.wont-improve',
      categories: ['medical'],
      // "戴了也不会改善视力", "视力也不会恢复": an improvement denied. Only the verbs that improve: 不会 before what
      // goes wrong is the claim ("湿疹不会复发", "视力不会下降").
      before: list('不会改善 不会提高 不会缓解 不会恢复 不会治好 不会好转'),
      after: list('不会改善 不会提高 不会缓解 不会恢复 不会好转 也不会改善 也不会提高 也不会缓解 也不会恢复 也不会好转'),
      within: 0,
      note: '“戴了也不会改善视力”：否认改善，是说明不是宣称',
    },
    {
      id: 'medical.try-first',
      categories: ['medical'],
      // "过敏体质的宝宝先小范围试用", "湿疹期间慎用": who has the condition told to try it on a small patch or take care, in
      // the condition's own clause (no train risky draft holds one of these cues).
      after: list('先小范围试用 先小面积试用 先局部试用 先试用 先做皮试 先在耳后试 先在手腕试 慎用 请慎用 谨慎使用 要谨慎使用'),
      within: 8,
      note: '“过敏体质的宝宝先小范围试用”：提醒有这种情况的人先试用、慎用，不是宣称功效',
    },
    {
      id: 'medical.refer-at-once',
      categories: ['medical'],
      // "能减轻手麻，腱鞘炎请去医院", "红屁屁严重的话要看医生": the condition, in its own clause, sent straight to a doctor.
      // Not across a comma (medical.stop-use): "能缓解腱鞘炎，严重的请去医院" still claims the relief.
      after: [
        ...list('请去医院 请到医院 请就医 请看医生 请去看医生'),
        ...list('严重的话 严重的 严重了 严重时').flatMap((severe) => list('要看医生 请看医生 去看医生 看医生 去医院 要去医院 请去医院 就医 要就医 请就医').map((go) => severe + go)),
      ],
      // "得去医院做盆底康复": the treatment done at a hospital (not 去医院做 alone: "比去医院做理疗还管用" compares).
      before: list('得去医院做 要去医院做 得到医院做 要到医院做 还得去医院做 还是要去医院做'),
      // A few characters reach past a condition word that starts a longer name (腰椎 in 腰椎间盘突出).
      within: 4,
      note: '“腱鞘炎请去医院”：病症直接交给医生，是提醒不是宣称功效',
    },
    {
      id: 'medical.doctor-treats',
      categories: ['medical'],
      before: TO_THE_DOCTOR,
      // Past what the doctor does it with ("要找专业的医生或者语言治疗").
      within: 4,
      note: '“要找专业的医生或者语言治疗”：把治疗交给医生和医院，是提醒不是宣称功效',
    },
    {
      id: 'medical.no-substitute',
      categories: ['medical'],
      before: NO_SUBSTITUTE,
      within: 0,
      note: '“椅子代替不了治疗”：说商品不能代替治疗，是免责提示不是宣称功效',
    },
    {
      id: 'medical.if-then-care',
      categories: ['medical'],
      after: IF_THEN_CARE,
      within: 2,
      note: '“脚有伤口的话先处理好再穿”：把病症当作买家可能的情况，再提醒先处理、先就医，不是宣称功效',
    },
    {
      id: 'medical.rhetorical',
      categories: ['medical'],
      // "食品哪能治病", "茶叶怎么可能降血压": the effect taken back by a rhetorical question (as negated.rhetorical does a
      // guarantee).
      before: list('哪能 哪里能 怎么能 怎么可能 哪会 哪可能'),
      within: 0,
      note: '“食品哪能治病”：反问否定功效，是说明不是宣称',
    },
    {
      id: 'medical.not-sure',
      categories: ['medical'],
      // "学琴不一定有用", "未必有效": the effect doubted.
      before: list('不一定 未必 不见得'),
      within: 1,
      note: '“不一定有用”：对效果存疑，不是宣称功效',
    },
    {
      id: 'medical.claim-asked',
      categories: ['medical'],
      // "菜子油降血脂？这个我不敢说": the buyer's question echoed, then the claim declined.
      after: REFUSED_CLAIM,
      within: 4,
      answers: true,
      note: '复述买家问的功效（问号）再说不敢说：功效是买家问的，不是客服宣称的',
    },
  ],
};
