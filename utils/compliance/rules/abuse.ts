// 辱骂买家: insults, mockery, impatience and daring the buyer to complain.
import { ABUSE_BASIS } from './basis';
import { DONT_BUY_ADVICE, REPEAT_COUNTS, REPEAT_KINDLY } from './attitude';
import { TIAN_WORDS } from './boundaries';
import { list, type RuleSection } from './define';

/** What a buyer does about an order: the verbs the 「爱X不X」 and 「X就X」 shrugs are made of. */
const BUYER_ACTIONS = list('买 退 要 评 拍 收 换 用 等 投诉 差评 举报 拒收 退款 退货 取消');
/** "爱买不买", "爱评不评": take it or leave it; in its short form "爱拍拍" (爱X不X with the 不 dropped). */
// 爱等不等 and 爱用不用 are left to attitude.as-you-like: the train writers file them as 服务态度 (6:2, 1:0); 爱退不退
// stays here (abuse.ru-ma too), as the regression drafts label it.
const TAKE_IT_OR_LEAVE_IT = BUYER_ACTIONS.filter((verb) => verb !== '等' && verb !== '用')
  .map((verb) => `爱${verb}不${verb}`).concat(list('买 拍 要').map((verb) => `爱${verb}${verb}`));
/** "差评就差评", "投诉就投诉": the buyer's threat shrugged off (the one-character 「退就退」 is 服务态度, in attitude.ts). */
const SO_BE_IT = BUYER_ACTIONS.filter((verb) => verb.length > 1).map((verb) => `${verb}就${verb}`);
/**
 * A jab at the buyer's wits or attention ("你是不是没长脑子", "金鱼记性", "要不要我给你画个图", "还记不住"): beside an
 * impatient word that alone is attitude (a count of answers, 烦不烦), it makes the draft abuse.
 */
const JABS_AT_WITS = list(
  '脑子 nao子 脑zi 脑袋 耳朵 眼睛 记性 金鱼 猪都 画个图 画张图 画图 你不累 您不累 你累不累 我都累 有没有在看 有没有看 ' +
    '认字 识字 看不懂 听不懂 听不dong 不明白 还问 还在问 还不懂 还记不住 记不住 有意思吗 是不是傻 是不是有病',
);

/**
 * A colleague told what not to say to buyers: "不能对买家说“听不懂吗”", "别跟顾客回“自己看物流”", "回复里别出现…". The
 * bare 「别说」 is left out: "别说了 你自己看" is the brush-off itself.
 */
const DO_NOT_SAY_TO_BUYERS = list('不能 不要 别 千万不要 千万别 不许 禁止 不准 不可以').flatMap((no) =>
  list('对买家 跟买家 和买家 给买家 对客人 跟客人 对顾客 跟顾客 对客户 跟客户').flatMap((to) => list('说 回 回复 讲').map((say) => no + to + say)),
).concat(list('别出现 不要出现 不能出现 不许出现 禁止出现 不准出现'));

/**
 * Insults typed as Latin initials (nc 脑残, nt 脑瘫, lj 垃圾, tm 他妈): two letters are a shade, a model or a trademark
 * on their own (NC25, TM), so only in the frames that aim them at the buyer ("你是不是nc", "真是 lj 客户", "你tm").
 */
const INSULT_INITIALS = list('nc nt lj sjb');
const AIMED_INITIALS = INSULT_INITIALS.flatMap((initials) =>
  list('你 你个 你是 是不是 真是 真 个').map((aim) => aim + initials).concat(list('吧 吗 啊 呀 买家 客户 东西').map((tag) => initials + tag)),
).concat(list('你tm 真tm 太tm tm烦 tm的能不能'));

/**
 * The mock-polite 您 forms of insults listed with 你 ("您也配", "您是小学生吗", "懒得跟您说"): writers use both. Only
 * forms that cannot be read kindly: not 您这样的 (像您这样的老顾客), 您才有 (只有您才有), 您能耐 (您能耐心等等吗).
 */
const POLITE_INSULTS = list(
  '不吃您这一套 不吃您这套 不缺您 以为您是谁 您也配 您是小学生 是您太胖 是您胖 您太胖了 您是猪 您滚 您的智力 您算老几 ' +
  '您行您上 您谁啊 您还要咋样 您这么懂 您那么懂 您那金贵 受不了您 受够了您 受够您 怕您啊 惯的您 ' +
  '懒得理您 懒得跟您 我劝您善良 我怕您吗 服了您 没人欠您 没人求您 稀罕您 说了您也不懂 跟您一样闲 这么懂您 那么懂您 ' +
  '您到底会不会 您手残 您聋 您才有病 您算什么东西 您去投诉啊 随便您投诉 去您大爷 您大爷的 您虎啊 瞅您那样 闭上您的嘴 给您脸了 ' +
  '差评您随便 您猪吧 您个猪 您猪啊 您懂啥 关您什么事 关您啥事',
);

/**
 * Names for a fool that are also product words (傻瓜相机, 傻瓜式安装, 笨蛋美人, 傻子瓜子): an insult only when aimed at
 * the buyer ("你个笨蛋", "真是个傻子", "蠢货一个") or as the only ones who would buy ("傻子才买").
 */
const FOOLS = list('笨蛋 傻子 傻瓜 蠢货 蠢猪 憨憨 猪头 白眼狼 傻屌');
const CALLED_A_FOOL = FOOLS.flatMap((fool) =>
  list('你个 你这个 你是个 你就是个 您个 您这个 您是个 真是个').map((aim) => aim + fool).concat([`${fool}一个`, `${fool}才`]),
);

/**
 * 「穷就别买」 with a dialect "don't": 粤语 唔好 (read as 不好) and 咪 ("穷就唔好买", "冇钱就咪买"; 上海 覅 is read as 别 already,
 * south-western 莫 is a dialect variant of 别: spelling.ts DIALECT_WORDS).
 */
const DIALECT_STAY_AWAY = list('穷就 没钱就 嫌弃就 嫌麻烦就 不懂就 外行就').flatMap((who) => list('唔好 咪').map((no) => who + no));

/** What to say instead of threatening the buyer (abuse.threat, abuse.dare, abuse.doxx). */
const INSTEAD_OF_A_THREAT = ['有问题我们一起商量着解决', '我这边帮您处理'];

export const ABUSE_RULES: RuleSection = {
  rules: [
    {
      id: 'abuse.ru-ma',
      boundary: { end: TIAN_WORDS },
      category: 'abuse',
      severity: 'block',
      words: list(
        // 傻逼 with 傻 spelled and 逼 by its initial ("sha b吧": spaces are skipped inside a word, so "shab" is "sha b" too).
        'shab ' +
        'cnm nmsl on9 sb sjb tmd 一把年纪 下贱 不上天 不买别 不买就走 不会用就 不会百度 不会看吗 不会看字 ' +
        '不会看说明书吗 不会自己查 不会自己看 不吃你这一套 不吃你这套 不懂中文 不懂就别 不明白吗 ' +
        '不是我的问题 不欢迎 不看的吗 不缺你 不缺这一单 不要再重复问 不要就走 不要脸 不讲理 不识字 不识货 ' +
        '不钟意就走 丑怪 丑成这样 丢人现眼 个人才 也好意思 也是醉了 乡巴佬 买不起 事多 事精 ' +
        '亏你 人丑 人傻钱多 什么人都有 什么态度 什么素质 仆街 他妈的 以为你是谁 以为自己是上帝 会不会看 ' +
        '伺候不起 低素质 低级 低能 你nc 你zz 你丑 你个nt 你个狗 你也配 你买不买 你们这种人 你傻 ' +
        '你到底会不会 你才有病 你才有毛病 你算什么东西 你能耐了 你妈 你妹 你想多了 你想怎么样 你手残 你投诉吧 你是nc 你是nt 你是zz 你是小学生 ' +
        '你自己胖 是你太胖 是你胖 你太胖了 你是猪 你有毛病 你有病 你滚 你的智力 你的智商 你真傻 你眼神 你瞎 你笨 你算老几 你累不累 你聋 ' +
        '你自己的问题 你行你上 你说的都对 你说得都对 您说的都对 您说得都对 你谁啊 你还要咋样 你这个人 你这么懂 ' +
        '你这人 你这身材 你那么懂 你那金贵 做梦吧 催催催 傻b 傻x 傻不傻 傻了吧 傻叉 傻比 ' +
        '傻狗 傻逼 先学会看 先学认字 冚家铲 几块钱的东西 出气筒 出门右转 刁民 ' +
        '刁难 别买就是了 别买贵的 别再来问 别再重复问 别来了 别来烦 ' +
        '别浪费大家 别浪费我 别耽误我 别闹了 动动脑子 占便宜 占小便宜 卧槽 去你的 去学学 ' +
        '去死 去配眼镜 反正不是我 发神经 受不了你 受够了你 受够你 变态 叭叭 可笑 叽歪 听不懂中 听不懂中文 ' +
        '听不懂吗 听不懂还是看不懂 听不明白 听不明 听不见吗 呵呵 呸 命令我 哔哔 哪个字没听懂 哪个字看不懂 ' +
        '哪句没听懂 唧唧歪歪 啧啧 喝不出好坏 回去上学 回炉重造 土包子 地摊货 垃圾买家 垃圾人 多大年纪了 ' +
        '够low 大开眼界 头一回网购 奇葩 好low 好意思吗 嫌弃别买 嫌弃就别 嫌麻烦就别 ' +
        '学会阅读 学学怎么 客气点 家里人没教 对牛弹琴 对着墙 小学生吗 少来这套 就你这 就是不能退 ' +
        '尼玛 屁事 屁话 属金鱼 巨婴 差成这样 带上脑子 带点脑子 带脑子 常识都没有 废柴 废物 废话 弱智 ' +
        '当自己是 得寸进尺 德行 心好累 忍你 快滚 怕你啊 怪不得你 怪我们咯 怪我们喽 怪我咯 怪我喽 怪谁 ' +
        '恕不远送 恶心人 您的智商 您这身材 惯的你 惯的毛病 想什么呢 想咋评 想啥呢 想得美 木有文化 慈善 慢走不送 ' +
        '懂不懂 懂个屁 懒得理你 懒得跟你 我不怕 我劝你善良 我怕你吗 我无所谓 手笨 扑街 找事 找死 找茬 ' +
        '投诉就去 投诉就投诉 抠门 拉黑你 拜拜了您 挑三拣四 捡垃圾 捣乱 搞笑的吗 操你 收皮 放屁 ' +
        '故意的吧 文盲 斤斤计较 无中生有 无理取闹 无语 是不是傻 是不是故意的 ' +
        '是不是有毛病 是不是有病 是不是欠 智商不 智商堪忧 智商真 智障 有什么资格 有啥资格 有意思吗 有本事 ' +
        '有点常识 有理说不清 有病吧 有病就去治 服了你 服气 来搞笑的 欠揍 欠收拾 欠骂 死全家 沙比 沟通真累 ' +
        '没人了吗 没人教你 没人欠你 没人求你 没出息 没常识 没教养 没教过你 没文化 没有常识 没素质 ' +
        '没脑子 没钱就别 没有钱就别 没得钱就别 没钱还 没镜子 没长眼 活到现在 浪费大家时间 浪费我时间 混蛋 清奇 清醒一点 滚一边 ' +
        '滚出去 滚去 滚吧 滚开 滚犊子 滚粗 滚蛋 滚远点 烦人 烦死 煞笔 照照镜子 ' +
        '爱咋咋滴 爱咋样 爱怎么样 爱投诉 爱投诉投诉去 爱退不退 爱退就退 特么 犯贱 狗一样 狗东西 猪脑子 ' +
        '王八蛋 理解能力 疯子 痴线 白嫖 白拿 白痴 百度不会 看不懂中文 看不懂吗 看不懂字 看字吗 ' +
        '看清楚再问 看着就烦 看着烦 真low 真nc 真nt 真zz 真够可以的 真好笑 真心累 真服了 真烦 真笨 真费劲 ' +
        '眼睛呢 眼瞎 眼神不好吧 瞎了吗 瞎啊 瞎评 瞎问 破几十块 破几块钱 破十几块 碰瓷 磨叽 磨磨唧唧 ' +
        '神经兮兮 神经吧 神经啊 神经病 秀才遇到兵 稀罕你 穷光蛋 穷就别 穷就直说 穷就说 穷疯 穷讲究 穷逼 ' +
        '穷酸 穷鬼 笨死 第一天网购 第一次上网 第一次买东西吗 第一次网购吗 管不住嘴 系咪傻 系咪蠢 素质低 ' +
        '给我滚 老子 老成这样 耳朵呢 耳朵聋 聋了吗 胖成这样 胡搅蛮缠 脑回路 脑子是不是 脑残 ' +
        '脸皮厚 自己不会用 自己不会看 自己做去 自己去开个店 自己开个店 自己手残 自己眼神 ' +
        '自己身材 至于吗 至于嘛 草泥马 蠢 血口喷人 装不好 要求这么多 要求那么多 让人担忧 ' +
        '记性这么差 讹 识字吗 说了你也不懂 说你两句 ' +
        // The buyer's literacy doubted in other words ("你是不会认字吗", "字都不认识吗", "找个认字的家里人帮你看", "连拼音都
        // 不会打吗"): c153, c156, c184, c204. Not a child who cannot read yet ("宝宝还不会认字也能玩").
        // Slow-witted or boorish, said of the buyer ("你咋这么笨呢", "笨得跟zhu一样", "真是个土老帽", "你个土鳖", "你这审美真土",
        // "沙雕顾客", "神仙也救不了", "外行就是外行", "建议回去玩泥巴", "菜是原罪"): c128, c166, c179, c185, c250, c254, c259,
        // c261, c266 (这么笨重 is the goods' weight: 重 after it is passed over).
        // A child left unsupervised, numbers not understood, a time-waster, a yokel, a purse doubted as a question ("问这种问题，
        // 你家没大人吗", "您要是不识数就别…", "您怕不是来找乐子的吧", "乡下佬", "你到底喝不喝得起酒哦"): c293–c298.
        '你家没大人 家里没大人 不识数 来找乐子的 乡下佬 审美真的土 审美好土 ' +
        list('买 喝 吃 用 穿 戴 养 玩').map((verb) => `${verb}不${verb}得起`).join(' ') + ' ' +
        '这么笨 笨得 笨的很 土老帽 你个土鳖 你这个土鳖 审美真土 审美太土 沙雕顾客 沙雕买家 你个沙雕 神仙也救不了 神仙都救不了 ' +
        '外行就是外行 老了就是老了 回去玩泥巴 回家玩泥巴 玩泥巴去 回家歇着吧 菜是原罪 骗子吧你 你个骗子 臭三八 第一次当妈吗 一看就是第一次当妈 ' +
        // Sent away from shopping online for a lack of the buyer's ("脑瓜子不好使就别网购", "老太婆眼神伐好就覅网购", 覅 read as 别).
        '就别网购 就不要网购 就别上网买 审美不行就别 ' +
        // Fools in dialect and the buyer called a bother ("你怕是个哈儿哦", "你是不是戆啊", "土狗一个", "你老公知不知道你这么烦的"),
        // the sale itself scorned ("爱卖不卖", "滚 不卖你了"): c80, c93, c105, c107, c124, c266.
        '你个哈儿 是个哈儿 是不是戆 你戆 土狗一个 你这么烦 您这么烦 爱卖不卖 不卖你了 不卖给你了 ' +
        '认字吗 是不会认字 你不会认字 您不会认字 字都不认识吗 字都不认识啊 字都不认得吗 你字都不认识 您字都不认识 找个认字的 找个识字的 拼音都不会打 ' +
        // Slow, old or deaf, said of the buyer ("老人家真是笨", "大人比小孩还笨", "老糊涂了吧", "聋子就是麻烦"): c160, c220.
        '真是笨 比小孩还笨 比孩子还笨 老糊涂 聋子 ' +
        // 傻 asked outright ("你是sha吗"), wits and fuss ("说话能不能过过脑子", "你也太娇气了吧", "瞎指挥", "鸡贼"), 活该
        // spelled whole ("huo gai"): c175, c181, c182, c198.
        '你是傻吗 您是傻吗 能不能过过脑子 能不能过一下脑子 过过脑子吧 过过脑子好吗 不过脑子 你也太娇气 您也太娇气 你太娇气 在这瞎指挥 鸡贼 huogai ' +
        // The buyer's wits, purse or child mocked beside a brush-off that alone reads as attitude (round 20, train: every
        // draft holding them abuse; "听不懂就算了" doubts the understanding, the bare 看不懂就算了 stays attitude.brush-off):
        // "ting不懂就算了", "穷成这样还养什么花", "你家孩子随你吧", "小白就是小白", "退你个头",
        // "你咋个不去抢嘛".
        '听不懂就算了 穷成这样 孩子随你吧 小白就是小白 退你个头 怎么不去抢 咋不去抢 咋个不去抢 ' +
        '说的是普通话 说话注意点 说话真累 谁惯的 谁稀罕 贪便宜 贪小便宜 贱人 费口舌 赖我们 走好不送 ' +
        '跟你一样闲 跟墙说话 蹬鼻子上脸 还不乐意 还在乎这 还好意思 还怪产品 还怪我 还想要啥 ' +
        '还是不明白 还要求啥 还赖 这么便宜还想 这么多事 这么懂你 这么点钱 这么简单还 这么简单都 这么能耐 ' +
        '这位大爷 这把年纪 这智力 这智商 这样的客户 这点出息 这点小钱 这点常识 这点钱还 这种客户 这要求那 ' +
        '这都不懂 进水了吧 连个快递都 连这个都不会 连这都不会 退个屁 退什么退 逼逼 那么懂你 ' +
        '那么有钱 那么闲 都不会取吗 配个眼镜 配副眼镜 醒醒吧 重新上学 金鱼的记忆 钟意就买 长得丑 长点心 ' +
        '长眼睛 闭嘴 问了几遍 问几遍 问这问那 问问问 闲得 闲的吗 阅读理解 阻住我 随你便 随便你评 难伺候 ' +
        '难搞 难缠 驴踢 鸡同鸭讲 鸡蛋里挑骨头 黐线 黑成这样',
      ).concat(DIALECT_STAY_AWAY),
      // "泥沙比较多", "含沙比例": 沙比 inside a plain sentence, not the insult.
      // "说了三遍没关系，我再说一遍", "说了三遍可能是我没说清楚", "再问几遍都没事": the count said kindly, the fault taken on.
      // "说了三遍了 可能我说得不清楚": 了 between.
      // "问了八遍说明我没说清楚": the count read as the agent's own fault.
      // "你想怎么样就怎么样吧": the buyer left to it, no challenge (attitude.as-you-like).
      // 听不明 is 粤语 听唔明 (听不明白: "讲咗几次都听唔明", c305); "杂音听不明显", "听不明确" are no insult.
      unlessAfter: { words: list('较 例 重 率 显 确 没关系 也没关系 可能是我 可能我 都没事 也没事 了可能是我 了可能我 了没关系 说明我没 说明是我 就怎么样 就怎样 就咋样'), within: 0 },
      reason: ABUSE_BASIS,
      suggestions: ['非常理解您的心情，我来帮您处理', '给您带来不便很抱歉'],
    },
    {
      id: 'abuse.lying',
      category: 'abuse',
      severity: 'block',
      // The buyer called a liar: "你别瞎说", "胡说八道", "造谣".
      // 乱讲 / 瞎讲 for 乱说 ("啥也不懂还在这乱讲"): c273.
      // "你那是瞎说", "你这话是乱讲": the buyer's own words called lies, whole, so the pointers below cancel none of them.
      words: list('瞎说 乱说 胡说 胡编乱造 造谣 乱讲 瞎讲').concat(
        list('你 您').flatMap((buyer) => list('那是 那都是 这话是').flatMap((pointer) => list('瞎说 乱说 乱讲 瞎讲 胡说').map((lie) => buyer + pointer + lie))),
      ),
      // "别听别人瞎说", "网上那些都是乱说的": someone else's claim dismissed to the buyer, not the buyer insulted.
      // "别听人瞎说": the buyer told not to listen to others.
      // "别信别家乱说": another shop's claim, not the buyer's words.
      // "壮阳补肾那是瞎说", "降三高这话是乱说的": a claim named, then pointed back to and called a rumour.
      unless: { words: list('别人 别个 人家 网上 外面 有人 他们 那些 网传 谣传 同行 别听 听人 别家 别的店 其他店 别信 那是 那都是 这话是 这说法是 这种说法是 纯属'), within: 3 },
      reason: ABUSE_BASIS,
      suggestions: ['可能是哪里有误会，我帮您核实一下'],
    },
    {
      id: 'abuse.so-simple',
      category: 'abuse',
      severity: 'block',
      // "这么简单的蓝牙配对步骤都不会", "这么简单的东西都装不好": the buyer mocked for a task called easy (the
      // 「这么简单…都不会」 drafts of seven writers are all abuse); the same sneer by the calendar: "都什么年代了，还不会用手机".
      words: list('这么简单 这么容易 这么基础 什么年代了 啥年代了'),
      near: { words: list('都不会 还不会 也不会 都学不会 都装不好 都弄不好 都搞不定 都弄不明白 都不懂 都看不懂 都分不清'), within: 12 },
      reason: `${ABUSE_BASIS}；嘲讽买家“这么简单都不会”属贬低买家`,
      suggestions: ['我一步一步带您操作，很快就好'],
    },
    {
      id: 'abuse.cant-even',
      category: 'abuse',
      severity: 'block',
      // The buyer mocked for what they cannot even do, whatever the task: "连型号都看不懂还玩什么手机", "浇水都不会还学人
      // 养花", "骑车都不会就别买，丢人", "针数都数不清，丢不丢人". The frame is 都 + can't + the sneer after it (还来/还玩/
      // 就别/丢人/难怪), as abuse.so-simple is 这么简单 + can't; "这都不会很正常，谁第一次用都这样" has no sneer.
      words: list('都不会 都看不懂 都分不清 都认不全 都记不住 都数不清 都拿反 都能养死 都拼不好 都带不明白 都量不准 都没听说过 都搞不懂 都弄不明白 都学不会 都不认识 都拧不开 都贴歪 都贴不好 都装不好 都不敢练'),
      // The sneer may come first ("你这脑子，连化冻都不会") or ask how they can be a parent ("…，你是怎么当妈的").
      near: { words: list('还指望 还好意思 还来 还玩 还买 还学 还当 还怪 还想 还要 还挑 还嫌 还在这 就别 丢人 笑死 难怪 怪不得 没救 丢不丢人 怎么当妈 怎么当爹 怎么当爸 怎么当家长 还健身 还练 这脑子 白活 连个'), within: 10 },
      unless: { words: list('我们 我 咱们 咱家 这边 店里 客服 谁'), within: 3 },
      reason: `${ABUSE_BASIS}；嘲讽买家“连这都不会还…”属贬低买家`,
      suggestions: ['我一步一步带您操作，很快就好'],
    },
    {
      id: 'abuse.mocked',
      category: 'abuse',
      severity: 'block',
      // The buyer mocked as a fool, a coward, an outsider or a poor parent ("你是真的菜", "怂货", "没见过世面", "外行就别
      // 装懂", "白活了", "你是怎么当妈的", "还要什么自行车").
      words: list(
        '是真的菜 你真菜 菜就多练 白活了 欠教育 没见过世面 做梦呢 外行就别 别装懂 装什么大款 怂货 还要什么自行车 ' +
          '怎么当妈的 怎么当爹的 怎么当爸的 你这脑子 您这脑子 你鼻子有问题 您鼻子有问题 脑子没毛病吧 ' +
          // The buyer's looks or love life mocked ("面膜救不了你", "丑人多作怪", "难怪没对象").
          '救不了你 救不了您 丑人多作怪 ' +
          // Round 25 (recall25b): the buyer laughed at ("自己腰不行怪护腰？笑死我了", "还来要保修，会不会太好笑"), called stupid by
          // degree or in dialect ("笨成这样还学人家用电动的", 东北 虎: "你是不是虎啊", "我看你是zhi商有问题吧"), their family
          // mocked ("你家孩子学不会，怕不是遗传的吧"), owed nothing ("信不过就别买，莆田人欠你的啊").
          '笑死我了 会不会太好笑 笨成这样 蠢成这样 傻成这样 你是不是虎 您是不是虎 智商有问题 智商堪忧 怕不是遗传 欠你的啊 欠您的啊 ' +
          list('难怪 怪不得').flatMap((so) => list('没对象 没女朋友 没男朋友 找不到对象 嫁不出去').map((lack) => so + lack)).join(' '),
      ),
      unless: { words: list('不是 不会说 不能说 别说'), within: 2 },
      reason: ABUSE_BASIS,
      suggestions: ['可能是哪里有误会，我帮您核实一下'],
    },
    {
      id: 'abuse.beyond-saving',
      category: 'abuse',
      severity: 'block',
      // The buyer's looks past any product's help ("就你那头发，用什么卷发棒都救不了", "你自己指甲咬成那样，戴么子穿戴甲都救不了",
      // 么子 read as 什么): every train draft with 都救不了 / 也救不了 after a part of the body is abuse. A device past
      // repair ("手机泡水太久，什么软件都救不了") names no body.
      words: list('都救不了 也救不了'),
      near: { words: list('头发 发质 发际线 脸 皮肤 肤色 指甲 身材 腰 腿 牙 长相 颜值'), within: 14 },
      unless: { words: list('不是 不会说 不能说 别说'), within: 2 },
      reason: ABUSE_BASIS,
      suggestions: ['可能是哪里有误会，我帮您核实一下'],
    },
    {
      id: 'abuse.belittled',
      category: 'abuse',
      severity: 'block',
      // The buyer belittled by the frames of a sneer, whatever the goods: a parent asked how they parent ("你这妈怎么当
      // 的"), a child said to know better ("孩子都比您懂"), the buyer's memory or mind questioned ("您是不是记性不太好",
      // "是不是糊涂了"), the buyer's body ("你这么胖穿…"), the blame turned on them ("先怪自己吧"). Not the agent's own
      // ("我是不是记性不好，您再说一遍") nor a reassurance ("这不能怪您自己").
      words: list(
        list('妈 爹 爸 家长').flatMap((parent) => [`这${parent}怎么当`, `这${parent}当的`, `这${parent}当得`]).join(' ') + ' ' +
          list('孩子 小孩 小学生 三岁小孩 三岁孩子').flatMap((child) => [`${child}都比您懂`, `${child}都比你懂`, `${child}都比您强`, `${child}都比你强`]).join(' ') + ' ' +
          '是不是记性不好 是不是记性不太好 是不是记性太差 是不是糊涂了 是不是老糊涂 老糊涂了 是不是健忘 ' +
          '你这么胖 您这么胖 你这么矮 您这么矮 你这么黑 您这么黑 ' +
          '先怪自己 先怪你自己 先怪您自己 怪你自己吧 怪您自己吧 要怪就怪你自己 要怪就怪您自己',
      ),
      unless: { words: list('我 我们 本人 不能 不用 别 不要 不该 不会 并不是 不是'), within: 2 },
      reason: `${ABUSE_BASIS}；嘲讽买家的记性、身材、为人父母或把责任推回买家，属贬低买家`,
      suggestions: ['可能是哪里有误会，我帮您核实一下'],
    },
    {
      id: 'abuse.schooling',
      category: 'abuse',
      severity: 'block',
      // The buyer's schooling or purse sneered at: "小学没毕业吧", "没上过学", "没钱装什么大款", "丢不丢人".
      words: list('小学没毕业 小学毕业没 没上过学 没钱装 丢不丢人'),
      reason: ABUSE_BASIS,
      suggestions: ['可能是哪里有误会，我帮您核实一下'],
    },
    {
      id: 'abuse.threat',
      category: 'abuse',
      severity: 'block',
      // The buyer threatened: dared to go on ("敢投诉试试", "你再闹一下试试"), told the agent knows where they live or
      // holds their details ("知道你家在哪", "你的地址我可都有"), or told what will happen to them ("信不信我找人…",
      // "我让你收不到货", "我们老板可不好惹"). Whatever the buyer did, a threat is abuse.
      words: list(
        '信不信我把 信不信我找 信不信我让 信不信我去 信不信我给你 信不信老子 ' +
        '知道你住哪 知道你住在哪 知道你家在哪 知道你家住哪 知道您住哪 知道您家在哪 你家在哪我知道 你住哪我知道 ' +
        '地址我都有 地址我可都有 地址我们都有 地址我们可都有 地址我可是有 地址我们可是有 电话我都有 电话我可都有 信息我都有 ' +
        '让你收不到 让您收不到 让你这辈子 让你好看 让你吃不了兜着走 ' +
        '找人上门跟你 找人上门找你 上门找你算账 上门跟你好好聊 上门跟你聊聊 可不好惹 不好惹的 ' +
        // Someone sent to the buyer's door or the buyer exposed ("按地址去你家找你", "报警把你抓起来", "把你挂到店铺公告上").
        '去你家找你 去您家找您 按地址去你家 按地址去您家 按地址找你 按地址找您 报警把你抓 报警把您抓 报警抓你 ' +
        '把你挂到店铺 把你挂到网上 把您挂到店铺 把您挂到网上 把你挂网上 把你曝光 把您曝光 ' +
        // The buyer blocked or their account hurt if they go on ("再问我就拉黑您", "再恶意退货我把你拉黑，让你在快手啥也买不了",
        // "再啰嗦我就投诉你恶意退货，让你账号受限"): c160, c261, c266.
        '我就拉黑您 我就拉黑你 就把您拉黑 就把你拉黑 我把你拉黑 我把您拉黑 让你账号 让您账号 让你啥也买不了 让您啥也买不了 让你什么都买不了 让您什么都买不了 ' +
        // The dare after the threat ("再闹我就拉黑你，看你能怎么样").
        '看你能怎么样 看你能怎样 看你能咋样 看你能把我怎么样 看您能怎么样 ' +
        // Menace without naming it: "小心点，我们师傅上门的时候可不会客气" (recall25b).
        '可不会客气 不会跟你客气 不会跟您客气 对你不客气 对您不客气 别怪我不客气',
      ),
      reason: `${ABUSE_BASIS}；威胁买家（“敢投诉试试”“知道你住哪”“把你地址发网上”）属恐吓，平台严厉处罚`,
      suggestions: INSTEAD_OF_A_THREAT,
    },
    {
      id: 'abuse.never-threat',
      category: 'abuse',
      severity: 'block',
      // A threat told with 永远不 ("你继续闹，我让师傅永远不去你家"): what the agent will withhold for good, to cow the
      // buyer, is a threat (abuse by the guide), not the promise promise.jue-dui reads in a bare 永远不. The span reaches
      // back to 我让 / 再闹, so it outweighs that reading.
      words: list('永远不 永远别'),
      near: { words: list('我让 我叫 我就让 你继续闹 你再闹 再闹 再吵 再烦'), within: 6 },
      reason: `${ABUSE_BASIS}；威胁买家（“敢投诉试试”“知道你住哪”“把你地址发网上”）属恐吓，平台严厉处罚`,
      suggestions: INSTEAD_OF_A_THREAT,
    },
    {
      id: 'abuse.send-someone',
      category: 'abuse',
      severity: 'block',
      // Someone sent after the buyer, whoever and wherever: "我找人去你家", "找人上门跟您当面好好聊聊", "找人查你地址".
      // Not a visit for the goods ("找人去您家取件", "找人上门给您装"), nor an order looked up ("找人查您的订单").
      words: ['找人'],
      near: { words: list('去你家 去您家 到你家 到您家 查你地址 查您地址 查你家 查您家 查你住 查您住 收拾你 收拾您 跟你当面 跟您当面 找你 找您'), within: 4 },
      unlessAfter: { words: list('取件 取货 安装 维修 测量 量尺寸 送货 送 装 修 帮您 帮你 给您 给你 看看'), within: 8 },
      reason: `${ABUSE_BASIS}；威胁找人上门、查买家信息属恐吓，平台严厉处罚`,
      suggestions: INSTEAD_OF_A_THREAT,
    },
    {
      id: 'abuse.dare',
      category: 'abuse',
      severity: 'block',
      // Dared to do it again: "你敢差评试试", "再闹一下试试" ("再重新配对试试", "您买一罐试试", "你敢信吗 这个价 试试就知道" dare nothing).
      words: ['试试'],
      near: { words: list('敢投诉 敢差评 敢给差评 敢给我 敢举报 敢退 敢再 再给差评 再闹 再骂 再吵 再投诉 再差评 再举报 再嚷'), within: 8 },
      reason: `${ABUSE_BASIS}；“敢差评试试”一类的话是在威胁买家`,
      suggestions: INSTEAD_OF_A_THREAT,
    },
    {
      id: 'abuse.doxx',
      category: 'abuse',
      severity: 'block',
      // The buyer's details to be put out: "信不信我把你地址发网上", "把你名字电话挂到网上去", "地址电话挂直播间里".
      words: list('发网上 发到网上 挂网上 挂到网上 贴网上 贴到网上 挂直播间 挂到直播间 发到群里 挂群里 挂到群里 曝光到网上'),
      near: { words: list('地址 电话 名字 手机号 信息 照片 身份证 你'), within: 10 },
      // "请勿把您的地址发到网上": a warning to the buyer, not a threat.
      unless: { words: list('不会 不要 别 请勿 勿 不能 不可以 千万'), within: 10 },
      reason: `${ABUSE_BASIS}；扬言公开买家的地址、电话等信息属恐吓，并涉嫌侵犯个人信息`,
      suggestions: INSTEAD_OF_A_THREAT,
    },
    {
      id: 'abuse.senses',
      category: 'abuse',
      severity: 'block',
      // The buyer's own senses asked after as if broken: "甜不甜都尝不出来 舌头是不是有问题", "鼻子是不是不灵". Only in the
      // 「…是不是」 question aimed at the buyer; a child's or patient's eyes asked after are a health question.
      words: list('舌头 鼻子 眼睛 耳朵 眼神 味觉 嗅觉').map((sense) => `${sense}是不是`),
      near: { words: list('有问题 有毛病 坏了 不好使 不灵 失灵 不行了 出问题'), within: 4 },
      unless: { words: list('宝宝 孩子 小孩 老人 家里人 医院 医生 就医 检查 眼科 耳科'), within: 10 },
      reason: ABUSE_BASIS,
      suggestions: ['可能是我没说清楚，我再为您详细说明一下'],
    },
    {
      id: 'abuse.nao-zi',
      category: 'abuse',
      severity: 'block',
      // 粤语 你个脑 (your brain), 四川 脑壳 (head).
      words: ['你眼睛', '你的眼睛', '你耳朵', '你的耳朵', '耳朵是', '脑子', '脑袋', '你个脑', '脑壳'],
      near: {
        words: list(
          '不好使 不灵光 不太行 不太好使 不转 出气的 坏了 坏特 坏脱 头顶 干什么用的 干嘛用的 摆设 有坑 有泡 有病 ' +
          '有问题 没问题吧 瓦特 看不到 看不见 瞎 秀逗 被门夹 转一转 转不过 进水 进了水 入水 入了水 长哪 长在 塞驴毛 塞了驴毛 ' +
          // Stuffed with something ("你个脑是不是装了木糠"): recall25b.
          '是不是装了',
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
        '不买就滚 不伺候 不想买就别问 事儿多 事儿真多 事真多 你去投诉啊 听不懂人话 ' +
        '告去吧 活该 爱买不买 爱要不要 矫情 自己看不会吗 ' +
        // 烦不烦 and 关我（们）什么事 are attitude's (round 20); "我就天天给你打电话，看你烦不烦" threatens to pester the buyer.
        '随便你投诉 随便投诉 关我们屁事 看你烦不烦 看您烦不烦 吓唬谁 吓唬我 我们不怕 ' +
        // "差评就差评": the buyer's threat shrugged off in the 「X就X」 concession.
        '差评就差评 举报就举报 退款就退款 退货就退货 拒收就拒收 ' +
        // Whose fault: "拍错了赖谁啊", "自己拣错码仲怪人"; no brain: "脑zi呢？", "冇脑㗎你".
        '赖谁 赖哪个 怪哪个 赖我咯 还怪人 仲怪人 脑子呢 没脑 都不会看 ' +
        // Dialect swearing ("跟我说个锤子", "催锤子催"), insult initials ("zz吧"), mockery ("您最有理", "别穿了呗").
        '个锤子 催锤子 zz 最有理 别穿了呗 别买了呗 别用了呗 职业差评师 ' +
        // More of the same: "瓜娃子", "哪根葱", "二货", "啥玩意儿", "墨迹", "不会说人话", "智商感人", "瞎bb".
        // Mockery dressed as politeness: "您开心就好", "您可真会挑", "嫌贵可以不买的呀", "另请高明吧", "找家里年轻人帮您看".
        '您开心就好 你开心就好 真会挑 还挺懂 挺懂的嘛 可以不买 另请高明 爱去哪 出门左转 别要求那么高 别要求太高 ' +
        '这么简单的问题 一眼都没看 看都不看 家里年轻人 找家里人帮 去别家买吧 ' +
        // Insults and their homophones and dialect forms ("撒比", "傻帽", "有大病", "瘪三", "哈麻批", "食屎啦").
        '撒比 傻帽 二百五 缺心眼 有大病 有点大病 要点脸 脸都不要 这么抠 抠搜 一看就是穷人 穷人就是 你配吗 您配吗 也配吗 爷不卖 爷不伺候 死远点 给爷爬 爬远点 ' +
        '是个什么东西 什么玩意 去你大爷 你大爷的 tm有病 你丫 瘪三 衰人 食屎 顶你个肺 瓜兮兮 哈麻批 ' +
        '二逼 wcnm cnmd mmp lowb nmd low到爆 low爆了 low到家 补一下常识 补补常识 补点常识 先补常识 ' +
        // Blame refused and thrown back: "别赖粉底", "怪我们干嘛"; the buyer's body made the fault: "本来就胖" (not 本来就黑: 黑色).
        '咪烦我 莫烦我 甭烦我 别赖 怪我们干嘛 怪我们干什么 怪我干嘛 赖我们干嘛 本来就胖 本来就丑 本来就矮 本来就显胖 身材问题 ' +
        // Regional insults: 东北 (你虎啊, 扯犊子, 瞅你那样), 四川 (脑壳有包, 龟儿子, 爬开), 粤语 (粉肠, 傻嗨, 戆居), 上海 (戆大, 册那), 北方 (傻缺, 找抽).
        '你虎啊 彪呼呼 瞅你那样 咋地不服 扯犊子 脑壳有包 脑壳有问题 莫得脑子 没得脑子 爬开 龟儿子 粉肠 傻嗨 戆居 戆大 册那 ' +
        '傻缺 找抽 欠抽 一边凉快 哪凉快 闭上你的嘴 闭上嘴 烦煞 ' +
        // More 粤语: stingy (咁孤寒, 真系寒酸), poor at home (你屋企好穷), can you read (识唔识睇, read 识不识看), even a pig knows
        // (猪都识); 四川 憨包 (fool).
        '咁孤寒 好孤寒 真孤寒 孤寒鬼 真系寒酸 真是寒酸 屋企好穷 屋企咁穷 家里好穷 家里很穷 识唔识睇 识唔识字 猪都识 猪都会 猪都懂 憨包 八婆 柒头 ' +
        // 湖北 苕 (傻): 苕货, 苕头苕脑, 苕里苕气, 你个苕 — not 苕 alone, a sweet potato in 红苕, 苕粉, 苕皮.
        '苕货 苕头苕脑 苕里苕气 苕吃哈胀 你个苕 你这个苕 ' +
        // The buyer's senses or body mocked ("喝不出区别是你舌头有问题", "你这脚是大象脚吧"), the blame thrown back ("别甩锅"): c287,
        // c283, c285.
        '你舌头有问题 你耳朵有问题 你鼻子有问题 你味觉有问题 是大象脚 大象脚吧 别甩锅 少甩锅 ' +
        // 东北 (瞅啥瞅, 傻狍子, 虎了吧唧, 嘚瑟啥, 信不信我削你), 河南 (鳖孙, 龟孙, 你个信球: not 信球 alone, 相信球鞋), 四川 (哈戳戳,
        // 砍脑壳), 上海 (拎勿清, 神经搭牢, 洋盘).
        '瞅啥瞅 傻狍子 虎了吧唧 嘚瑟啥 得瑟啥 信不信我削你 削死你 鳖孙 龟孙 你个信球 信球货 哈戳戳 砍脑壳 拎勿清 拎不清 神经搭牢 洋盘 ' +
        // 四川 哈批/瓜批 (fool) and 爬 for 滚 ("不买就爬").
        '哈批 瓜批 不买就爬 ' +
        // 粤语 死开 (滚开), not inside 卡死开不了机; 扮识 (pretending to know).
        '你死开 死开啦 死开啊 死开吧 唔好扮识 ' +
        // 粤语 懒理你 (懒得理你), 屋企人冇教 (家里人没教), 睇清楚先问 (看清楚再问, 先 after the verb), 嘥气 (a waste
        // of breath); 上海话 戆卵, 小赤佬, 寻死啊.
        '懒理你 屋企人冇教 屋企冇教 睇清楚先问 真系嘥气 真嘥气 戆卵 小赤佬 你寻死啊 侬寻死啊 ' +
        // The buyer called a coward or a fusspot, hurrying called a death wish, the manual a decoration: "怂包一个",
        // "事儿妈", "给你脸了", "催命啊", "说明书是摆设吗".
        '怂包 㞞包 事儿妈 事妈 给你脸了 给脸不要脸 催命 是摆设吗 是摆设啊 ' +
        // Sent to a doctor, dared to complain, mocked as a parent, for memory, eyesight or body: "有病去医院", "谁怕谁",
        // "还当什么妈", "您是记性不好吗", "眼神真好哈", "您的脚那么大".
        '有病去医院 有病就去医院 有病看医生 谁怕谁 去投诉好了 投诉好了 当什么妈 当什么爹 当什么家长 是记性不好 记性不好吗 记性不好啊 记性这么不好 记性真差 ' +
        '眼神真好 眼神可真好 眼力真好 脚那么大 脚这么大 腿那么粗 腿这么粗 脸那么大 脸这么大 ' +
        // The buyer's trouble as the reason to go: "事儿这么多 以后别来我们店了", "差评你随便给".
        '事儿这么多 事这么多 以后别来 别来我们店 别来我家 差评随便 差评你随便 不在乎差评 不怕差评 差评无所谓 ' +
        '不会组装就别 不会装就别 不会安装就别 找个会的人 找个会装的 想要什么质量 还想要什么质量 想要什么品质 真搞笑 ' +
        // Told to slim down, not sold slimming (medical.bao-jian's 减肥, which the 拦截 here outweighs): "先去减减肥再来试",
        // "该减肥的是你"; a wish mocked: "还想冻龄？别做梦了".
        '减减肥 先去减肥吧 先减肥吧 该减肥的是你 该减肥的是您 水桶腰 别做梦了 ' +
        // The insult beside a send-off that alone read as attitude (attitude.too-dear's 嫌贵就别买, do-it-yourself's 自己量):
        // "嫌贵别买，穷就喝白开水去", "笨就别自己装", "你是傻子吗", "智商掉线" (train: 穷就 128 drafts, every one abuse).
        '穷就 穷学生 笨就别 你是傻子 这种傻子 傻子吧 傻子吗 智商掉线 ' +
        '你这体重 您这体重 你这体型 您这体型 清醒点 还在这闹 还在这儿闹 还在这里闹 闹什么闹 闹啥闹 瞎闹 ' +
        // Mocked for not understanding, so told not to review: "不懂参数就别乱评价", "看不懂就别瞎评".
        '就别乱评 就别瞎评 别乱评价 别瞎评价 ' +
        '吵成这样 闹成这样 会死啊 会死吗 能死吗 能死啊 我记住你了 我记住您了 都是冤大头 是冤大头 浪费大家的时间 浪费我的时间 当我们傻 当我傻 当我们是傻子 当我是傻子 把我们当傻子 穷b 装b 脑子是个好东西 笨s了 蠢s了 听不懂啊 是不是听不懂 穷就去 没钱就去 ' +
        '系不系傻 瓜娃子 哪根葱 二货 啥玩意 墨迹 恁多事 不会说人话 有病去治 有病治病 智商感人 智商着急 智商欠费 瞎bb 别bb 一看就没买过 ' +
        '说的是中文 哪个字不认识 哪个字不懂 找个人帮您看 找个人帮你看 还来怪 小学生都会 都不知道吗 看不见还是 还是不想看 瞎吗 眼睛长着 您这皮肤 你这皮肤 您这脚型 你这脚型 你猪吧 你个猪 你猪啊 爱有不有 不要拉倒 有的是人买 没空教 长成这样 穿什么都不 穿啥都不 gun 2b 憨批 憨p wdnmd',
      ).concat(TAKE_IT_OR_LEAVE_IT, SO_BE_IT, list('拉倒 你懂什么 你懂啥 你懂个 管得着吗 关你什么事 关你啥事 这都不会 这也不会')),
      // "规格选套装B", "2B铅笔涂答题卡", "A款是五个装 B款是十个装": a set's, a pack's or a pencil's name, not 装逼 or 二逼
      // spelled with a letter.
      unless: { words: list('套 包').concat(list('个 只 件 支 瓶 盒 袋 片 粒 双 罐 条 斤').map((pack) => `${pack}装`)), within: 0 },
      // "这都不会很正常，谁第一次用都这样": not knowing how said to be normal.
      unlessAfter: { words: list('铅笔 涂卡 答题卡 hb 很正常 也正常 挺正常 不奇怪'), within: 8 },
      reason: `${ABUSE_BASIS}；顶撞、嘲讽、激将买家投诉同样会引发投诉与差评`,
      suggestions: ['非常理解您的心情，我来帮您处理', '我再为您详细说明一下'],
    },
    {
      id: 'abuse.polite-insult',
      category: 'abuse',
      severity: 'block',
      words: POLITE_INSULTS,
      reason: `${ABUSE_BASIS}；用“您”说出的挖苦、辱骂同样是辱骂`,
      suggestions: ['非常理解您的心情，我来帮您处理', '我再为您详细说明一下'],
    },
    {
      id: 'abuse.this-kind',
      category: 'abuse',
      severity: 'block',
      // The buyer filed as a kind of person: "你这种人我见多了", "你这样的买家我们不欢迎", "就你这样的".
      // 粤语 你呢种/你呢啲 (read 你呢些)/你咁嘅 (read 你咁的), 上海 侬格种 (read 你格种).
      words: list('你这种 您这种 你这样的 您这样的 你这类 您这类 你呢种 您呢种 你呢些 你咁的 你格种'),
      // "你这种情况可以直接退", "像您这样的老顾客都有优惠": the buyer's case or standing, not a kind of person.
      unlessAfter: {
        words: list(
          '情况 情形 需求 要求的话 尺码 码数 身高 体重 体型 肤质 肤色 皮肤 发质 脚型 户型 房型 型号 款 颜色 配置 预算 用法 用途 场景 ' +
          '老顾客 老客户 老客 回头客 会员 vip 订单 问题可以 问题我们 问题直接 问题一般 问题不用 问题建议 问题的话 诉求 心情 顾虑',
        ),
        within: 1,
      },
      reason: ABUSE_BASIS,
      suggestions: ['非常理解您的心情，我来帮您处理'],
    },
    {
      id: 'abuse.called-a-fool',
      category: 'abuse',
      severity: 'block',
      words: CALLED_A_FOOL,
      // "傻瓜一个按钮就能装好", "傻瓜式": the product made easy, not the buyer called a fool.
      unlessAfter: { words: list('相机 式 机 瓜子 美人 操作 按钮 都会'), within: 1 },
      reason: ABUSE_BASIS,
      suggestions: ['非常理解您的心情，我来帮您处理'],
    },
    {
      id: 'abuse.initials',
      category: 'abuse',
      severity: 'block',
      words: AIMED_INITIALS,
      // "是不是NC25": a foundation shade asked about, not an insult.
      unlessAfter: { words: list('0 1 2 3 4 5 6 7 8 9 色 号'), within: 0 },
      reason: `${ABUSE_BASIS}；用拼音首字母（nc、nt、lj 等）写出的辱骂同样是辱骂`,
      suggestions: ['非常理解您的心情，我来帮您处理'],
    },
    {
      id: 'abuse.pin-yin',
      category: 'abuse',
      severity: 'block',
      // An insult typed whole in pinyin ("ni shi bu shi sha", "nao zi jin shui le", "wang ba dan"): the spelling table
      // spells only risky characters, so 你/是/水/有 keep such phrases from being spelled out. Spaces are skipped, so each
      // word is the run of syllables. Only runs no name or product code reads: not "sha" or "shazi" alone ("Sha Sha",
      // "Natasha"), not "laoliu" (老刘 as well as 老六), not "chunhuo" (纯货, 春货).
      words: list(
        'shibushisha nishibushisha nizhensha nishisha nishizhu nizhenben nizhenchun shibushiyoubing niyoubing youbingba ' +
          'youmaobing naozijinshui naodaijinshui naozijinshuile naozihuaile naozibuhaoshi nimade caonima wangbadan ' +
          'qusiba niqusi gunchuqu chunzhu diaosi ' +
          // "穷diao丝": 屌 is outside the sounds table (GB2312), so its spelled form is listed too.
          '穷屌丝 你个屌丝 diao丝',
      ),
      reason: `${ABUSE_BASIS}；用拼音整句打出的辱骂（ni shi bu shi sha）同样是辱骂`,
      suggestions: ['非常理解您的心情，我来帮您处理'],
    },
    {
      id: 'abuse.spelled-out',
      category: 'abuse',
      severity: 'warn',
      // "图上写得清清楚楚", "说得明明白白": the doubled adverb says the buyer failed at the obvious. Nineteen writers of
      // the fresh sets filed such drafts as 辱骂嘲讽 and two as 服务态度 (the plain 「写得很清楚」 stays in attitude.ts).
      words: ['写得', '写的', '说得', '说的', '讲得', '讲的', '标得', '标的'].flatMap((verb) => [`${verb}清清楚楚`, `${verb}明明白白`]),
      // "详情页里都写得清清楚楚哦，我也可以发给您": a pointer with a soft particle, not a jibe.
      unlessAfter: { words: list('哦 呢 哈 呀 啦 哟 喔'), within: 1 },
      reason: `${ABUSE_BASIS}；“写得清清楚楚”一类加重的说法带着嘲讽，暗指买家连明摆着的都看不到`,
      suggestions: ['我把这部分说明给您摘出来：', '我帮您指一下位置'],
    },
    {
      id: 'abuse.cannot-then-dont-buy',
      category: 'abuse',
      severity: 'block',
      // The buyer's ability doubted, then sent away from the goods ("不会养就别买了", "看不懂参数就别买游戏本了", "老年人就别用
      // 折叠屏了，学不会的"): WRITERS.md files doubting the buyer's ability or understanding as abuse, as this file already
      // does by word (不会用就, 不懂就别, 不会组装就别); train writers of the shape 16 : 6 abuse (labels21). What the buyer
      // will not accept (不信, 不接受, 嫌贵) is attitude.then-dont-buy's, also where a 不会 follows ("嫌贵就别买，质量不会差").
      // 粤语 唔好买 (read 不好买) and 识 (会): "唔识养就唔好买，浪费条鱼"; the tinkering of 就别瞎 ("整不明白就别瞎鼓捣"): recall25b.
      words: list('就别买 就别用 就别冲 就别装 就别学 就不要买 就不要用 就不好买 就别瞎'),
      near: { words: list('不会 不懂 看不懂 看不明白 学不会 不识 整不明白 搞不明白 弄不明白'), within: 8 },
      unless: { words: list('不信 不接受 嫌贵'), within: 4 },
      unlessAfter: { words: DONT_BUY_ADVICE, within: 0 },
      reason: `${ABUSE_BASIS}；“不会就别买”“看不懂就别买”是在质疑买家的能力`,
      suggestions: ['我再为您详细说明一下'],
    },
    {
      id: 'abuse.repeated-jab',
      category: 'abuse',
      severity: 'block',
      // The count of answers with a jab at the buyer's wits or attention ("说了八百遍了 你是不是没长脑子", "问了八百遍了，你是
      // 金鱼记性吗", "说了八百遍了，要不要我给你画个图", "一天问八遍，你不累我都累了"): abuse, as WRITERS.md files doubting the
      // buyer's understanding. The bare count with the answer ("都说了三遍了，帐篷不带地钉") is impatience,
      // attitude.repeated's; a 拦截, this span wins where both read the count. Train, the drafts the count alone decided
      // (round 20): attitude 16 (14 writers), abuse 6, four of them with a jab read here.
      words: REPEAT_COUNTS,
      near: { words: JABS_AT_WITS, within: 14 },
      unlessAfter: { words: REPEAT_KINDLY, within: 2 },
      reason: ABUSE_BASIS,
      suggestions: ['可能是我没说清楚，我再为您详细说明一下'],
    },
    {
      id: 'abuse.brush-off-jab',
      category: 'abuse',
      severity: 'block',
      // 烦不烦, 爱信不信, 关我（们）什么事 are impatience, attitude's (round 20, tone20: train writers 17 : 7, 4 : 1, 20 : 7);
      // with a jab at the buyer's wits or purse beside them they are abuse ("烦不烦，说了多少次了还记不住", "爱信不信，
      // 不信就是个棒槌", "买个几十块的东西问半天，烦不烦"). A 拦截, this span wins where both read the word.
      words: list('烦不烦 爱信不信 关我什么事 关我啥事 关我们什么事 关我们啥事 跟我有什么关系 跟我们有什么关系'),
      near: { words: JABS_AT_WITS.concat(list('棒槌 几块钱的 十几块的 几十块的')), within: 14 },
      reason: ABUSE_BASIS,
      suggestions: ['非常理解您的心情，我来帮您处理'],
    },
    {
      id: 'abuse.age-and-purse',
      category: 'abuse',
      severity: 'block',
      // The buyer's age or purse sneered at: "老太太了还戴啥长发，装嫩呢", "年纪一大把了还用这么嫩的色号", "没钱配什么渐进片",
      // "这个价都嫌贵，你还是别碰奢侈品了", "预算这么点就别看百达翡丽了", "这点钱都舍不得" (c74, c213, c219, c229, c261,
      // c271, c272; every train draft of them abuse). Not the agent's own age ("我年纪一大把了还在学直播") nor a colour
      // said not to look so ("这个色不会显得装嫩").
      words: list('装嫩 年纪一大把了还 一大把年纪了还 这把年纪了还 这把岁数了还 没钱配 这点钱都舍不得 这点钱都不舍得 这个价都嫌贵 这价都嫌贵 这价格都嫌贵 预算这么点 预算就这么点'),
      unless: { words: list('我 俺 额 阿姨 本人 不会 不显 不 没 别'), within: 3 },
      reason: ABUSE_BASIS,
      suggestions: ['非常理解您的心情，我来帮您处理', '给您带来不便很抱歉'],
    },
    {
      id: 'abuse.cannot-afford',
      category: 'abuse',
      severity: 'block',
      // The buyer's purse sneered at, then sent off ("吃不起牛肉干就去吃辣条", "恰不起辣就别装湖南人", "养不起就别养"):
      // every draft of the writers with 吃/喝/用/穿…不起 is risky (96). Asked as a condition it is advice ("吃不起辣的话
      // 选微辣").
      words: list('吃不起 喝不起 用不起 穿不起 玩不起 养不起 戴不起 恰不起 住不起'),
      near: { words: list('就别 就去 别来 别碰 别装 别在 还是别 别看 别问 别买 穷'), within: 10 },
      unlessAfter: { words: list('的话'), within: 3 },
      reason: ABUSE_BASIS,
      suggestions: ['非常理解您的心情，我来帮您处理', '给您带来不便很抱歉'],
    },
  ],
  allow: [
    {
      // "这套阅读理解适合四年级", "阅读理解专项练习": the exercise book, not a sneer at the buyer's reading ("你这阅读理解…" stays).
      words: list('套阅读理解 本阅读理解 阅读理解专项 阅读理解题 阅读理解练习 阅读理解训练 阅读理解书 阅读理解资料 阅读理解真题'),
      note: '“这套阅读理解”：练习册的名字，不是挖苦买家看不懂',
    },
    {
      // "不烦不烦，您问": the agent saying the buyer is no bother, 烦不烦 inside the doubled 不烦 ("烦不烦啊" stays).
      words: list('不烦不烦 不麻烦不麻烦 一点都不烦 一点也不烦'),
      note: '客服说不烦、不麻烦，是安抚买家，不是嫌买家烦',
    },
    {
      // "装不好别硬折腾，找个师傅装": not managing the fitting as a condition, then advice (not "这都装不好").
      words: list('装不好的话 装不好别 装不好也没 装不好没关系 装不好不要紧 装不好就找 装不好可以找 装不好的话就 ' +
        // "考试涂卡用2B的", "HB和2B都有": the pencil grade.
        '用2b hb和2b 2b和hb hb或2b 2b或hb 2b的铅笔 2b笔'),
      note: '“装不好别硬折腾”是假设装不好时的建议；“用2B的”是铅笔型号，不是骂人',
    },
    {
      // "您这个问题一点都不蠢", "问这个不笨": the buyer reassured, the insult word negated.
      words: list('不蠢 不笨 不装嫩'),
      note: '说买家的问题不蠢、不笨：是安抚，不是骂人',
    },
    {
      words: list('别赖床 身材问题不大 不是身材问题 2b铅笔 2b橡皮 二百五十 低级错误 低能耗 最低能 更低能 再低能 你妈妈 你妹妹 去死皮 去死角 废物利用 水滚开 滚开后 一个锤子 这个锤子 那个锤子 几个锤子 每个锤子'),
      note: '与辱骂词同形的日常词',
    },
    {
      // "Top Gun同款墨镜", "筋膜枪 massage gun": the English word in an English name, not 滚 spelled out.
      words: list('top massage glue nail heat spray water fascia airsoft').map((first) => `${first} gun`).concat(list('gun metal')),
      note: '英文名称里的 gun（Top Gun 电影、massage gun 筋膜枪），不是“滚”的拼音',
    },
    {
      words: list('不乱说 不会乱说 不会瞎说 不敢乱说 不敢瞎说 不瞎说 不能乱说 没乱说 没瞎说 不跟您乱说 不跟你乱说 不和您乱说 不跟您瞎说 不跟你瞎说 不乱讲 不瞎讲 不想瞎说 不想乱说 不想乱讲 不愿瞎说 不好瞎说 不好乱说 不能瞎说 不能乱讲 ' +
        // 讲 for 说 ("防螨这个我们不敢乱讲", "不好跟您乱讲", 粤语 "功效唔好乱讲啦" read 不好乱讲).
        '不敢乱讲 不敢瞎讲 不好乱讲 不好瞎讲 不会乱讲 不会瞎讲 没乱讲 没瞎讲 不跟您乱讲 不跟你乱讲 不好跟您乱讲 不好跟你乱讲 不好跟您乱说 不好跟你乱说'),
      note: '客服说自己不夸大，不是指责买家',
    },
  ],
  contexts: [
    {
      id: 'abuse.figure-complimented',
      categories: ['abuse'],
      // "宝子你这身材穿这个肯定好看", "侬这身材穿A字旗袍会好看点": the buyer's figure named to say what will suit it.
      after: list('肯定好看 穿着好看 穿上好看 穿了好看 好看点 会更好看 特别好看 超好看 很好看 挺好看 超显瘦 很显瘦 正合适 刚好合适 很合适 最合适'),
      within: 12,
      sentence: true,
      note: '“你这身材穿这个肯定好看”：说买家的身材适合哪种衣服，是夸奖和建议，不是挖苦',
    },
    {
      id: 'abuse.not-thought',
      categories: ['abuse'],
      // "我不会觉得您是找茬", "没觉得您事多": the agent saying they do not think it of the buyer (c274).
      before: list('不会觉得 不觉得 没觉得 没有觉得 从不觉得 从来不觉得 不会认为 不认为 不会说您 不会说你 不是说您 不是说你'),
      within: 4,
      note: '“我不会觉得您是找茬”：客服说自己不这么看买家，是安抚，不是骂人',
    },
    {
      id: 'abuse.reassured',
      categories: ['abuse'],
      // "这都不会用没事，很多叔叔都是第一次用": what the buyer cannot do yet, reassured at once (c247); "这都不会？没事少来烦我"
      // has a question mark between.
      after: list('没事 没关系 不要紧'),
      within: 1,
      note: '“这都不会用没事”：紧接着安慰买家，不是嘲讽',
    },
    {
      id: 'abuse.asked-politely',
      categories: ['abuse'],
      // "请问叔叔多大年纪了？我帮您选个按键大一点的": the buyer's age asked to choose for them (c96), not sneered at.
      before: list('请问 冒昧问一下 冒昧问下 方便问一下 方便问下'),
      within: 4,
      note: '“请问叔叔多大年纪了”：礼貌地询问，是为了推荐，不是嘲讽',
    },
    {
      id: 'tone.quoted-words',
      categories: ['abuse', 'attitude'],
      // "你说"爱买不买"那个不是我说的", "兄弟你说我"爱买不买"？真不是这意思": the rude words in quote marks are named, not
      // said. No train draft quotes its own insult: the quotes hold the buyer's words or the goods' ("“冰种”两个字都不认识？").
      quoted: true,
      within: 6,
      note: '加了引号的难听话（“你说‘爱买不买’那句不是我说的”）是在转述、谈论这几个字，不是在怼买家',
    },
    {
      id: 'abuse.the-matter',
      categories: ['abuse'],
      // "这事儿确实磨叽，我帮你弄", "退款流程是有点磨叽": the matter or the process called a drag, not the buyer. Only right
      // after it, with its degree word: "你这人真磨叽", "磨叽啥呢" and "这么简单的步骤都不会" stay.
      before: list('这事 这事儿 这个事 这件事 这个事儿 流程 手续 这活 这活儿').flatMap((matter) =>
        list('确实 是挺 是有点 有点 挺 确实挺 确实有点 真挺').map((degree) => matter + degree),
      ),
      within: 0,
      note: '“这事儿确实磨叽”：说的是事情、流程麻烦，不是骂买家',
    },
    {
      id: 'tone.quoted',
      categories: ['abuse', 'attitude'],
      // "之前的客服跟您说“爱买不买”，我替她向您道歉", "我们不会说“你自己看”这种话": the rude words quoted, not said.
      before: list(
        '客服说 客服说了 客服跟您说 客服跟你说 客服回您 同事说 同事说了 同事跟您说 同事跟你说 之前的客服 那个客服 ' +
        '不会说 绝不会说 不能说 不该说 不应该说 不许说 禁止说 反映 ' +
        // "您说上一个客服回了“爱买不买”", "同事之前回复您“…”": a colleague's reply reported back.
        '客服回了 之前回复您 之前回复你 之前回您 之前回你',
      ).concat(DO_NOT_SAY_TO_BUYERS),
      after: list(
        '这种话 这样的话 这句话 这种说法 这类话 这种态度 这样的态度 这种语气 这种回复 是不对的 向您道歉 给您道歉 替她向您 替他向您 弹出提醒 ' +
        // 上海 格 for 这: "阿拉从来伐讲格种话".
        '格种话 格句话 格种说法 ' +
        // What such a reply costs the shop: "“你自己看”“不是说了吗”都会被判服务态度差".
        '会被判 被判为 会被投诉 会被买家投诉 买家会投诉 服务态度差 算服务态度 会弹提醒 会弹窗 弹窗提醒 会被提醒 会被扣分 要扣分 ' +
        // "…那句不是我说的", "…这是我们的错", "…真不是这意思", "…对不起": the words disowned or apologised for.
        '那句不是 那句话不是 不是我说的 是我们的错 这是我们的错 不是这意思 不是这个意思 跟你道歉 跟您道歉',
      ),
      // 10, not 8: a short word such as 穷就 in “穷就别买”，我们从来不说这种话 ends 9 characters before the cue.
      within: 10,
      sentence: true,
      note: '转述同事的不当说法并道歉、说明平台会提醒哪些话：是在引用，不是在怼买家',
    },
  ],
};
