// Claims, not just words: frames for guarantees, comparisons and health claims; negated, questioned, reported and
// named words that make no claim; spelling games whose underline covers what the agent typed.
import { describe, expect, it } from 'vitest';
import { compileChecker } from '../../../utils/compliance/checker';
import { BUILTIN_RULES, createChecker, type RuleFile } from '../../../utils/compliance/index';
import { parseRuleFile } from '../../../utils/compliance/schema';
import { spelledVariants } from '../../../utils/compliance/spelling';
import { readerOf } from './helpers';

const checker = createChecker();
const { serious, categoriesOf } = readerOf(checker);

describe('claim frames', () => {
  it.each([
    ['保证周六前送货上门安装', 'promise'],
    ['这套练习做完，期末保证90分以上', 'promise'],
    ['这个消毒液喷一喷，孩子就不会得手足口病', 'medical'],
    ['西洋参有很高的药用价值', 'medical'],
    ['比吃退烧药安全多了', 'medical'],
    ['我们家的比别家都好用', 'absolute'],
    ['这价格全网还有谁？', 'absolute'],
    ['99.9%的姐妹都回购了', 'absolute'],
    ['评价写满50字带上这几个字，返您现金', 'reviewbait'],
    ['我已经跟你解释三遍了', 'attitude'],
    ['西瓜坏一赔二，放心买', 'promise'],
    ['摔碎了我赔你一个新的', 'promise'],
    ['这批橙子包甜，不甜全退', 'promise'],
    ['唔香全部退俾你', 'promise'],
    ['裤子我给您换到合身为止', 'promise'],
    ['后天中午前指定到', 'promise'],
    ['屏幕出现坏点直接换新，不用检测', 'promise'],
    ['这台加湿器是零噪音的', 'absolute'],
    ['这款路由器的覆盖是百分之百的', 'absolute'],
    ['这张桌子永久不变形', 'absolute'],
    ['全网独一家，别处找不到', 'absolute'],
    ['这个是国医大师亲传的配方', 'authority'],
    ['某女团同款耳环，打歌都戴它', 'authority'],
    ['山楂片是天然胰岛素，糖友随便吃', 'medical'],
    ['这款黑豆粉对稳定血压有辅助价值', 'medical'],
    ['这个孕妇奶粉能预防早产', 'medical'],
    ['这款唇膏，那个女星私下一直在用', 'authority'],
    ['这副耳机的音质和上万的大牌没什么区别', 'absolute'],
    ['这款吹风机是同价位的六边形战士', 'absolute'],
    ['铁定后天送到您家', 'promise'],
    ['常喝这个茶对肝有保护作用', 'medical'],
    ['孕期多喝这个，将来宝宝皮肤白', 'medical'],
    ['这款床单抑菌率99.9%', 'medical'],
    ['放心，这款酱料放半年也不会变质', 'promise'],
    ['晒单抽奖，必中奖', 'promise'],
    ['这台是地表最强的扫地机', 'absolute'],
    ['保证元旦前到', 'promise'],
    ['我们家比同行好太多了', 'absolute'],
    ['这个价保证最低', 'absolute'],
    ['这款奶粉孩子喝了蹿个子', 'medical'],
    ['洗完头发一根都不掉', 'promise'],
    ['这西瓜保熟，放心拍', 'promise'],
    ['这桌子用十年都没毛病', 'promise'],
    ['这香肠正宗得不能再正宗了', 'absolute'],
    ['涂上两天，红疹全消', 'medical'],
    ['好多大V都在推荐这款面膜', 'authority'],
    // Flawless, one in ten thousand, nothing better to be had, ahead of any brand named, total removal.
    ['这双鞋的做工真是挑不出一点毛病', 'absolute'],
    ['这块翡翠是百里挑一的料子', 'absolute'],
    ['这个榴莲您再也买不到比这更香的了', 'absolute'],
    ['这件羽绒服比哪家都轻', 'absolute'],
    ['这款耳塞能100%隔绝呼噜声', 'absolute'],
    ['同类产品里最快充满的就是它', 'absolute'],
    // A health worth named as therapy, cover with no end, a payout per unit lost, cash on top.
    ['这款护膝有理疗作用', 'medical'],
    ['保修不限时间 坏了随时找我们', 'promise'],
    ['这刷子掉一根赔一把', 'promise'],
    ['运费我出 再补您二十块', 'promise'],
    // A warm womb and easier pregnancy, jaundice cleared, a pet's infection cured, marks all gone, a refund if the fault
    // can be sensed at all.
    ['这个艾草包能暖宫，备孕的姐妹更容易怀孕', 'medical'],
    ['新生儿喝这个奶粉能帮着退黄', 'medical'],
    ['猫瘟的小猫吃这个罐头几天就好了', 'medical'],
    ['这瓶精华用一周 痘印全消', 'promise'],
    ['这个除味剂喷完一点味道都没有 闻到就退', 'promise'],
    // 第一 used as 最, a quality ranked first, the only seller anywhere, nobody cheaper.
    ['这款枕头是第一舒服的', 'absolute'],
    ['这款耳机音质第一', 'absolute'],
    ['市面上就我们家有这个配方', 'absolute'],
    ['别家买不到这么便宜的', 'absolute'],
    // Stakes, payouts per unit, however long it is used, whatever the reason, marks that vanish.
    ['这面霜用完 细纹都能抚平', 'promise'],
    ['少一斤赔两斤', 'promise'],
    ['煤气灶点不着算我输', 'promise'],
    ['不论什么原因退货 运费我们都承担', 'promise'],
    ['这件羽绒服用再久都不跑绒', 'promise'],
    ['手机壳一辈子不会发黄', 'promise'],
    // Glucose control and fertility as functions; an endorsement by an airline.
    ['这款米糊有控糖的作用', 'medical'],
    ['吃这个能提高精子活力', 'medical'],
    ['民航专供的颈枕', 'authority'],
    // Any failure + 了 + a personal remedy, a count of uses survived, an instant effect, a minimum outcome, 保您….
    ['镜片刮花了我赔', 'promise'],
    ['这把伞三个月不坏', 'promise'],
    ['这双拖鞋穿一个月都不会臭', 'promise'],
    ['放心 这款纸巾一抹就干净', 'promise'],
    ['这本练习册做完至少提高二十分', 'promise'],
    ['保您穿上显瘦十斤', 'promise'],
    ['这个牌子是做电饭煲的祖师爷', 'absolute'],
    // A condition said to settle, stop growing or be no threat; an endorser's push; a scope of size or price.
    ['这款红糖姜茶喝上一个月 月经不调就规律了', 'medical'],
    ['这款护眼仪用了以后 弱视没再加深', 'medical'],
    ['这款杂粮对糖尿病人很友好', 'medical'],
    ['这款眼霜是某台女主持人力推的', 'authority'],
    ['这款相机在这个价位里画质是领先的', 'absolute'],
    // 降 + a blood reading, all spelled out; 底 spelled like 低.
    ['这个苦瓜茶 喝了jiang xue tang', 'medical'],
    ['这价全网di价了', 'absolute'],
    // Long, polite drafts: a failure noun before the remedy, one use lasting a season, a body part "not good",
    // rare anywhere, royalty as endorsers, conception made easy.
    ['亲 这款眼线笔您放心用 晕染了我包退哦', 'promise'],
    ['这款除味剂放一盒管半年，家里一点味道都没有', 'promise'],
    ['亲爱的 这个护腰垫 腰不好的垫上一周就轻松了', 'medical'],
    ['这种手艺别说全省，全国都少有', 'absolute'],
    ['这款香薰某国王子的婚礼上都在用', 'authority'],
    ['这款孕前营养粉喝了容易怀上', 'medical'],
    // 保证 + any outcome, 一定能, 一定让您.
    ['这款猫粮保证主子爱吃', 'promise'],
    ['这个路由器保证您家每个角落都满格', 'promise'],
    ['这款暖宝宝一定能热到晚上', 'promise'],
    ['包您喝一口就爱上', 'promise'],
    // 能 + a condition: an ability claimed ("能让…", "能把…").
    ['这款喷雾能让鼻炎的人呼吸顺畅', 'medical'],
    ['这款音箱的低音 同价位基本没有敌手', 'absolute'],
    ['这个信号 我还没见过比它强的路由器', 'absolute'],
    ['同样的价钱 您在别家买不到这个品质', 'absolute'],
    // A cue word is no cue across a space between words (门口 误不了 holds no 口误).
    ['下单后明天肯定到你家门口 误不了', 'promise'],
    // A screen or a star wearing the very item; organs of state and a KOL's rank as endorsers; salons' own lines.
    ['这条项链是那部热播剧女主同款', 'authority'],
    ['那档综艺里嘉宾戴的就是这款墨镜', 'authority'],
    ['这款净水器是住建部推荐的', 'authority'],
    ['这个奶瓶是妇联推荐过的', 'authority'],
    ['这口锅是美食一哥推荐过的', 'authority'],
    ['这款是院线专供的', 'authority'],
    // 必 + an outcome, damage the buyer caused covered, remote regions served, a concession with the agent's 也,
    // a failed effect answered in person, the first tier of a ranking.
    ['这款精华七天必变白', 'promise'],
    ['安装师傅当天必上门', 'promise'],
    ['屏幕摔了也给您换新', 'promise'],
    ['新疆西藏也包邮包安装', 'promise'],
    ['就算快递丢了我也让您明天收到', 'promise'],
    ['这款电扇肯定不会有任何噪音', 'promise'],
    ['不保温您直接找我', 'promise'],
    ['这款吸尘器吸力是第一档的', 'absolute'],
    // Refunds out of hand for a taste or an effect, warranty stretched by the agent, any difference made up, a payout
    // per day, no proof asked, goods excluded from returns taken back, cash from the agent.
    ['果子不甜我给你退钱', 'promise'],
    ['这款乳液不适合您的话我给您退', 'promise'],
    ['价保我给您额外延长到60天', 'promise'],
    ['差多少我补多少，差多少补多少', 'promise'],
    ['每天赔您五块，赔到到货为止', 'promise'],
    ['不用拍照，跟我说一声就行', 'promise'],
    ['生鲜也给退，放心', 'promise'],
    ['发不出我补您二十块', 'promise'],
    // Summits and salons as endorsers; lactation, hair loss and resistance as health effects; a rate or a good total.
    ['这款茶是进博会指定用茶', 'authority'],
    ['这款发膜是发型师沙龙指定用的', 'authority'],
    ['这款月子米喝了下奶快', 'medical'],
    ['喝了三个月掉发明显少了', 'medical'],
    ['这款羊奶粉孩子喝了抵抗力蹭蹭往上涨', 'medical'],
    ['这个袜子的透气率是100%的', 'absolute'],
    ['这款饮料零添加', 'absolute'],
    // A pain gone, a condition all users praise or that stops worsening, pets' conditions, weight never gained, marks
    // gone, nobody able to break it, sweat no threat, space materials as endorsement, an exam failed and refunded.
    ['这款床垫睡了腰就不疼了', 'medical'],
    ['喝了这个茶晚上睡得特别香，失眠的都说好', 'medical'],
    ['这款护眼灯孩子用了近视不加深', 'medical'],
    ['这个猫粮吃了软便一次就好', 'medical'],
    ['吃这个零食不长胖', 'medical'],
    ['这个精华能让皱纹消失', 'promise'],
    ['这个门锁谁都撬不开', 'promise'],
    ['这个粉底一整天不脱妆，出汗也不怕', 'promise'],
    ['这是航天材料做的', 'authority'],
    ['这个题库考不过全额退', 'promise'],
    // A big brand's contract factory or overruns, off a drug, a blocked nose cleared, eyesight improved, hair kept,
    // check-up results back to normal.
    ['跟大牌一个代工厂出来的，品质一模一样', 'authority'],
    ['这是某国际大牌的原单尾货', 'authority'],
    ['这个喷雾喷一下鼻子就通了', 'medical'],
    ['眼药水滴了视力变好', 'medical'],
    ['这个负离子梳子能让头发不掉', 'medical'],
    ['吃了这个不用再打胰岛素了', 'medical'],
    ['喝了一个月，体检指标都正常了', 'medical'],
    ['这个颈椎枕能治颈椎病', 'medical'],
    ['这个口罩能防病毒', 'medical'],
    ['喝了以后高压从150下到120了', 'medical'],
    ['这个价已经是最低价了，别家都没有', 'absolute'],
    ['放心买，有任何问题我个人负责到底', 'promise'],
    ['这单出了问题我自掏腰包', 'promise'],
    ['这款卖了十万件没有一个差评', 'absolute'],
    ['这款净水器零退货', 'absolute'],
    ['这个洗衣液一洗就干净，什么污渍都能洗掉', 'promise'],
    ['这个牌子是质量信得过产品', 'authority'],
    ['这个涂料宝宝舔了都没事', 'promise'],
    ['这款轮胎跑十万公里都不用换', 'promise'],
    ['这款地板甲醛零释放', 'absolute'],
    ['这个手机信号比别的手机都好', 'absolute'],
    ['这块手表是名表同款机芯', 'authority'],
    ['某大主播也在用这款', 'authority'],
    ['收货时间您放心，一天都不会耽误', 'promise'],
    ['不管多远都是三天到', 'promise'],
    ['三天内收不到全额退款', 'promise'],
    ['每一颗都保证是新鲜的', 'promise'],
    // A question echoed and confirmed is still the claim.
    ['全网最低价？是的，放心拍', 'absolute'],
  ])('%s → %s', (text, category) => {
    expect(categoriesOf(text), JSON.stringify(serious(text))).toContain(category);
  });
});

describe('claim frames added in round 8 (rules alone)', () => {
  const rulesOnly = compileChecker([BUILTIN_RULES], { confirm: false });
  const categories = (text: string) => [...new Set(rulesOnly.check(text).filter((f) => f.severity !== 'info').map((f) => f.category))];

  it.each([
    ['这件羽绒服穿过了也给您退 不用担心', 'promise'],
    ['面霜用空了都能退 您放心试', 'promise'],
    ['零食吃完了再退也行 我们认', 'promise'],
    ['无论任何理由都给退 运费也不用您出', 'promise'],
    ['只要用着不满意 直接退款 东西您留着', 'promise'],
    ['包裹这周五到您家 绝不延误', 'promise'],
    ['这款茶叶是免检的 品质没话说', 'authority'],
    ['这款奶粉的配方是世界卫生组织推荐的', 'authority'],
    ['这款空气炸锅在同价位里找不到更省电的', 'absolute'],
    ['这台路由器穿墙能力第一', 'absolute'],
    ['喝了两个月 复查时几项指标都回到正常了', 'medical'],
    ['坚持吃这个 我爸的降压药都减量了', 'medical'],
    ['这款负离子梳子能净化血液', 'medical'],
    // Near misses of the no-claim shapes: the goods vouched for after 绝对, the goods praised after 您, a sales rank.
    ['绝对是全新的 一次都没用过', 'promise'],
    ['给您推荐的是最好用的一款', 'absolute'],
    ['这款的销量是第一名 买的人最多', 'absolute'],
    ['别家说能治鼻炎 我们这款也能治', 'medical'],
    ['这毛衣要是穿了起球 随时找我', 'promise'],
    ['这款是同类里最薄的手机壳', 'absolute'],
    ['手表进水了也给您免费换新的', 'promise'],
    ['有啥毛病都包 您放心用', 'promise'],
    ['这双鞋我可以担保穿两年不开胶', 'promise'],
    ['国家登山队穿的就是这件冲锋衣', 'authority'],
    ['孩子积食了喝这个 比打针还管用', 'medical'],
    ['这款茶健脾 天天喝', 'medical'],
    ['这款项圈是警犬基地专用的', 'authority'],
    ['宠物医生推荐的洗耳液', 'authority'],
    ['这件卫衣是某歌手同款 街拍穿的就是这件', 'authority'],
    ['这款有国家检测中心认证证书', 'authority'],
    ['质检不合格赔您五千', 'promise'],
    ['三个月内随时退 不问原因', 'promise'],
    ['衣服穿着不好看 全额退你钱', 'promise'],
    ['标签剪了也照样给您退', 'promise'],
    ['这个铁锅用二十年都不生锈', 'promise'],
    ['这款猫粮比进口的好多了', 'absolute'],
    ['每天喂一勺能预防犬瘟', 'medical'],
    ['这款酸奶能调理肠胃', 'medical'],
    ['这款是马拉松赛事指定的运动饮料', 'authority'],
    ['这个茶是国家主席出访时带过的', 'authority'],
    // "不要说X，Y都…" raises the claim in the next clause.
    ['不要说全国 全世界都少有这么好的', 'absolute'],
    ['这款耳机我们店终身免费换耳套', 'promise'],
  ])('%s → %s', (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it.each([
    '拆封了也不能退的 影响二次销售',
    '用过了也可以申请售后 师傅会先检测',
    '不管什么原因退货 来回运费需要您承担',
    '不喜欢的话可以申请退款 按平台流程走',
    '物流偶尔会有延误 我们会帮您盯着',
    '出厂检测的各项指标都达标 报告在详情页',
    '儿童用量减半 具体按说明书来',
    '我们这边找不到更大的码了 这件已经是最大码',
    '第一次做能力有限 师傅说慢慢会熟练',
    '价保是平台的规则 我们不私下退差价',
    '“行业第一”这几个字我们已经从标题里去掉了',
    '宝宝喝了会不会少生病 这个我们不敢保证',
    // Sure of whose fault it was, or of the agent's honesty; the buyer praised; the first buyer of an offer; a claim
    // someone told the buyer, called a lie.
    '绝对是我们打包的失误 马上给您重新寄',
    '绝对不会骗您 收到不合适随时找我',
    '您真是最细心的买家了 这个问题问得好',
    '您最好了 谢谢您等这么久',
    '第一名付款的送一副手套 活动规则在首页',
    '要是有人告诉您这个能治鼻炎 那都是骗人的',
    // A measuring point, one setting against the goods' others, a brand's own scheme named as theirs.
    '这款手机壳最薄处只有1毫米 边角厚一些',
    '台灯有三档 最柔和的是暖光 晚上看书用',
    '这款耳机终身免费换耳套 是品牌的服务 各个店都一样',
    '在家用这个血压计测 比去医院排队方便',
    '这个价格啥都包了 运费安装都不用您出',
    '摔坏了都不在保修范围内 这个要提前说清楚',
    '山楂条酸酸甜甜的很开胃 小朋友爱吃',
    // A span hedged by normal use, asking who made a claim, words ruled out by the law as a kind, treatment left to
    // the vet; and near misses below.
    '这把椅子正常使用三年以上没问题 具体看使用习惯',
    '“永不褪色”是哪位客服跟您说的 我核实一下',
    '按照广告法，“顶尖”“极致”这类词都不能用在回复里',
    '猫咪皮肤病要去宠物医院看 猫砂只是猫砂',
    '我们是百年老店 不会卖假货的',
    '不好看可以七天无理由退换 运费险已经给您买了',
    '兽医建议一个月驱一次虫 具体按说明书来',
    // Telling colleagues what not to say, and setting a word aside for a better one.
    '新人须知：不要跟顾客说能根治 也不要说保证有效',
    '与其说它是顶尖 不如说它是耐用',
    '下单时可以指定快递 比赛用的号码布也可以定制',
    '姐妹 绝对没有骗你 这个颜色本来就偏黄',
    '评论里说能治鼻炎的 那是买家自己的感受 我们不这样宣传',
  ])('%s → no claim', (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe('one span per claim', () => {
  it('keeps the severity of the most severe piece when same-category findings merge into one span', () => {
    // 机关 + 供的 (an endorsement, 提醒) overlaps 特供 (拦截): the merged span is 拦截 under 特供's rule.
    const [finding] = serious('这个米是机关特供的');
    expect(finding).toMatchObject({ category: 'authority', severity: 'block', rule: 'authority.te-gong' });
  });
});

describe('no claim: negated, questioned, reported, named, explained', () => {
  it.each([
    '我们不敢说是最好的，但面料是自己工厂挑的',
    '不是特供也不是什么贡品，就是自己村种的米',
    '没有什么专家背书，成分表都在详情里',
    '不敢跟您保证百分百不过敏，建议先在手腕内侧试一下',
    '茶叶不是药，降不了血压的',
    '网上说能治颈椎，别信，枕头只是起支撑作用',
    '您是说全网最低价吗？我们没这么说过',
    '“王牌”这个词我们不能用哈',
    '至尊款和标准款的区别是厚度',
    '这款叫顶流系列，是产品线的名字',
    '平台规定不能好评返现，您按真实感受评价就好',
    '有人以客服名义让您加微信退款的都是诈骗，请注意',
    // Lifetime cover denied, a claim talked about as a saying or a catchphrase, the listing's words explained, a
    // quantity of 100, a storage tip, a practice the shop says it does not follow.
    '这个型号没有终身保修，整机保两年',
    '店里没有“最强”的说法，这款是入门款',
    'yyds是主播的口头禅，不是产品宣传',
    '详情页写的销量第一是某个月的榜单',
    '这罐奶粉100g，能冲十来次',
    '冷藏室的最佳保鲜区在中间那层',
    '返现这种我们家不搞哦',
    // A brand name, an ordinal shop, a use-by tip, a payout routed through the platform's after-sales, a regulator's
    // site to check a licence, the shop's own dispatch.
    '这款香肠是王中王火腿肠',
    '我们品牌的第一家门店在杭州',
    '建议开封后半年内用完',
    '坏几个赔几个，您在平台申请就行',
    '资质您可以在药监局网站查询',
    '不能保证明天到，今天一定会发出',
    // A model code, a possible reaction explained, a buyer's pain asked after.
    '款式编号 VX2203 是那件风衣',
    '换粮期间猫咪可能会软便，慢慢换就好',
    '您头不疼了再回复我就行',
    // 能 + measuring or adjusting, 防 in protective words or denied, a product named after the body part it rests,
    // a slogan called one, a game rank.
    '这款体温计能测发烧，三秒出结果',
    '这个口罩是防尘的，不防病毒',
    '这个颈椎枕的高度能调节',
    '极致轻薄是宣传语，实际重量是1.2kg',
    '王者段位的玩家用这个键盘的多吗？这个我们没数据',
    // A bag that smells when new, airing advice, the agent's floor price, the shop's own authorisation pointed to its
    // letter (round 19: stated alone it is a 提醒, WRITERS.md).
    '亲亲新包会有一点点味道，放通风处散几天就好了哈',
    '开封可能有点味道，通风放两天就没了',
    '亲，这款已经是最低价了哦',
    '我们是官方授权的经销商，授权书在店铺资质里',
    // The rule about a word explained: the platform forbids it, it is a banned word, it needs a licence.
    '平台不允许我们写“国家级”',
    '“全网第一”是违规用语，您别信别家的',
    '明星同款需要授权，我们没有授权就不能这么写',
    '降血压这种功效只有药品能说',
    // The shop's own quality and the agent's own next time vouched for.
    '我们保证发的都是新货',
    '保证质量，有问题随时联系',
    '我保证下次不会再发错',
    // The brand's own usage advice, a mandatory mark, the shop's own host.
    '官方推荐的安装方式是壁挂',
    '国家认证的3C标志在机身背面',
    '我们的主播也在用这款',
    // A superlative of a way of doing something: advice.
    '最划算的买法是两件一起拍',
    '最稳妥的方式是先试用小样',
    // A lifetime estimated, a brand's or a campaign's own rule passed on.
    '这款一般能用三年左右',
    '两年内电池容量不会低于80%是品牌的承诺',
    '半年内不会涨价，这个是活动规则',
    // Deferring to the buyer's doctor, a prescription needed.
    '医生推荐您用什么，就按医生说的来',
    '这个需要医院开的处方才能买',
    // Words printed on the goods as a pattern.
    '这款T恤上印的是“NO.1”字样',
    '这个抱枕上写着“天下无敌”，是搞笑文字',
    // A reaction met with advice to stop or see a doctor.
    '过敏的话建议停用，一般几天就变好',
    // The buyer's question echoed, then denied.
    '网红同款？不是的，这是我们自己打版的',
    '穿过也能退？不行哦，要吊牌完好',
    '您是想找能治脚气的产品吗？我们这个只是除臭',
    '网红同款？只是颜色像，款式不一样',
    '机身背面的二维码是产品序列号，扫码能查保修期',
    '腊肉最佳是真空冷冻保存',
    '祛斑类属于特殊化妆品，我们这款有特证，药监局官网可以查',
    '我们店不搞“烂一赔五”这种噱头，坏果按个数退款',
    '坏了的话拍照联系售后，按平台规则处理',
    '甜度每批不一样，不敢保证一定甜',
    '定位精准到米，走路也能记步',
    '之前同事说的“全网第一”是不对的，我们没有这个排名',
    '您问的能不能治脚气，这款袜子不具备治疗作用',
    '“王者之选”是品牌的口号，印在包装上',
    '“极致蓝”这个颜色实物偏深一点',
    '这是食品不是药，正在吃的药千万别停药',
    '我们公司研发部门自己设计的款式',
    '刚才说的“全网最低”是口误，以页面价格为准',
    '广告法不让说最好，只能说这款卖得不错',
    '“巅峰战神”是这款鼠标的配色名称',
    '这个柜子最宽处是80厘米',
    '我私下也在用这款，挺顺手的',
    '接口和原装的没区别，可以直接换',
    '配料表排第一的是生牛乳',
    '最佳安装高度是离地1.8米',
    '祛痘这个真不好说，每个人皮肤不一样',
    '没有最好的，只有最适合您的',
    '这是王者荣耀联名的配色',
    '质量问题包退包换，运费我们出',
    '易碎品破损包赔，拍照联系我们就行',
    '调到第一档就行',
    '我最开始发的链接是旧的',
    '已经是最低能给的价了',
    '它的全称是顶级牧场纯牛奶',
    '这款目前没有明星代言',
    '控糖期间可以少量吃',
    '给您退差价5元 已经提交了',
    '您引用的“永久不褪色”是别的买家评价里写的',
    '不想要了给您退，运费险会赔付运费',
    '确保您的权益，我们按平台规则处理',
    '不管您选哪个颜色，尺码都一样',
    '这款贴纸一贴就牢，撕下来不留胶',
    '至少要两天才能到，偏远地区会慢一点',
    '您平时吃的降血压的药别停，这个只是茶',
    '卖得最好的颜色是米白，其次是浅灰',
    '这款奶瓶是防胀气款，奶嘴是十字孔',
    '我们是品牌官方授权店，支持专柜验货',
    '这瓶精华保质期两年，开封后建议半年内用完',
    '这款是品牌直供，保证是正品，支持验货',
    '这个我真的没办法跟您保证，要看快递',
    '只能保证今天发出，到货时间看快递',
    '过敏体质能用吗？可以的，成分表在详情页',
    '感冒的时候能喝这款奶茶吗？可以的',
    '这款电热毯没有理疗功能，风湿的问题请咨询医生',
    // Service, not an outcome staked: after 了, 找我/换/补发/退钱 are ordinary help; 立刻/一定能/保证 + helping.
    '您拍错了找我改就行',
    '尺码小了我给您换大一码',
    '少发了免费补发，您放心',
    '我立刻好好帮您查一下',
    '立刻掉头去追快递',
    '我一定能帮您处理好',
    '保证给您处理好',
    '目前全网都找不到这个订单的物流信息，我帮您联系快递',
    '医生建议定制鞋垫的话，我们这款不合适',
    '这款袜子洗了几次都没有起球的反馈，但不能保证',
    // "No mop cleans in one pass, ours neither": a general truth, not "none beats ours".
    '没有一款拖把能一次拖干净，我们这款也要多拖两遍',
    // A service named then declined, a feed's guaranteed analysis, the agent's own service vouched for, a condition
    // left to the doctor or in doubt, another brand's press.
    '“以旧换新终身保修”我们办不到，保修按厂家政策走',
    '狗粮粗蛋白保证值26%',
    '我保证今天帮您把物流问清楚',
    '加湿器能加湿空气，但鼻炎的问题还是要看医生',
    '对失眠有没有帮助真不好讲',
    '央视报道的那款是别的牌子，不是我们家',
    // The best setting of a use (a verb of use may stand between), a slip retracted, what only a medicine may claim.
    '最佳冲调水温是七十度左右',
    '这个睡袋最佳使用温度是零上五度',
    '上次直播说的“降血糖”是主播口误',
    '能降血压的那是药，我们这就是普通荞麦茶',
  ])('%s', (text) => {
    expect(serious(text)).toEqual([]);
  });

  it('but a claim after a negation in another clause, or a real request phrased as a question, still counts', () => {
    expect(categoriesOf('不是我吹，这是全网最好的')).toContain('absolute');
    expect(categoriesOf('平台上不让卖了，您加我vx私下拍')).toContain('offplatform');
    expect(categoriesOf('差评能不能删一下，我给您退10块')).toContain('reviewbait');
  });

  it('reads 「不是说…」 as saying what a claim does not mean', () => {
    const rulesOnly = compileChecker([BUILTIN_RULES], { confirm: false });
    const flagged = (text: string) => rulesOnly.check(text).filter((f) => f.severity !== 'info');
    expect(flagged('榜单是上个月的，并不是说它在全网一直排第一')).toEqual([]);
    expect(flagged('不是说它能治病 只是日常护理')).toEqual([]);
    // "不是说了吗" is impatience, and a claim in the next clause is still one.
    expect(flagged('不是说了吗 最好的那款卖完了').map((f) => f.category)).toContain('absolute');
  });

  it('reads 假一赔十 that the platform offers as the platform’s guarantee, and the shop’s own as a promise', () => {
    expect(categoriesOf('平台有“假一赔十”的保障，商品页下面能看到')).toEqual([]);
    expect(categoriesOf('京东有假一赔十的服务')).toEqual([]);
    expect(categoriesOf('我们店有假一赔十 京东有的我们都有')).toContain('promise');
  });

  it('reads a negation, a manner and a verb of saying as one frame (不会跟您吹…, 从不乱说…), and 别指望 as a denial', () => {
    const rulesOnly = compileChecker([BUILTIN_RULES], { confirm: false });
    const flagged = (text: string) => rulesOnly.check(text).filter((f) => f.severity !== 'info');
    for (const text of [
      '咱家不讲全网最低 价格您随便比',
      '我可不会跟您吹最强 参数都写在详情页',
      '从不乱吹顶级工艺 就是做工扎实',
      '不跟您吹什么世界级 老师傅手工缝的',
      '这个我不打包票说一定不坏 正常用没问题',
      '这茶您别指望它能降血压 就是口粮茶',
      '哪有什么最好的 合适就行',
    ]) {
      expect(flagged(text), text).toEqual([]);
    }
    // The frame ends with the clause, and 别说 (raising the claim) is no part of it.
    expect(flagged('不吹不黑，这是全网最好的').map((f) => f.category)).toContain('absolute');
    expect(flagged('别说全国 全世界都少有').map((f) => f.category)).toContain('absolute');
  });

  it('reads another party’s saying, a claim denied right after it, a rhetorical doubt and a 吗 question answered no as no claim (rules alone)', () => {
    const rulesOnly = compileChecker([BUILTIN_RULES], { confirm: false });
    const categories = (text: string) => [...new Set(rulesOnly.check(text).filter((f) => f.severity !== 'info').map((f) => f.category))];
    for (const text of [
      '其他店宣传能治鼻炎 我们这个就是普通的洗鼻器',
      '别家客服讲能降血糖 我们这款不敢那样讲',
      '好多人以为它能祛斑 其实不能 它就是补水的',
      '哪敢保证用一次就见效 皮肤要慢慢养',
      '怎么可能百分之百不起球 羊毛衫多少都会有一点',
      '这是奥运冠军同款吗 不是的 只是款式有点像',
      '吃了能助眠吗，这个不能 它就是普通的牛奶',
    ]) {
      expect(categories(text), text).toEqual([]);
    }
    // The buyers' word is a testimonial, and a claim followed by a question of the agent's own (no denial), or a
    // guarantee the agent dares, still stands.
    expect(categories('买家都说喝了能降血压')).toContain('medical');
    expect(categories('这款能治鼻炎 您还在犹豫吗')).toContain('medical');
    expect(categories('我敢保证百分之百不起球')).toContain('promise');
  });

  it('reads a tool’s fixed name, a room’s ceiling, a brand’s or game’s name and printed words as no claim (rules alone)', () => {
    const rulesOnly = compileChecker([BUILTIN_RULES], { confirm: false });
    const categories = (text: string) => [...new Set(rulesOnly.check(text).filter((f) => f.severity !== 'info').map((f) => f.category))];
    for (const text of [
      '万能胶干了以后是透明的 粘鞋子也可以',
      '这款风扇灯是吊在天花板上的 要有承重的吊钩',
      '完美日记的眼影盘 这个色号是大地色',
      '绝对伏特加的小瓶装现在缺货',
      '杯子上印着“宇宙无敌” 是个搞笑的图案',
    ]) {
      expect(categories(text), text).toEqual([]);
    }
    // The same words as claims: 万能 praising the goods, a ceiling of quality, 完美 and 绝对 of the goods, a printed
    // claim said of the goods, the lowest price anywhere, and the shop's own record low (writers label it a claim).
    expect(categories('这款清洁剂万能 什么污渍都能去')).toContain('absolute');
    expect(categories('这款音箱是同价位的音质天花板')).toContain('absolute');
    expect(categories('这款粉底的遮瑕效果完美')).toContain('absolute');
    expect(categories('这款锅绝对不粘 放心用')).not.toEqual([]);
    expect(categories('这台电视是宇宙无敌的画质')).toContain('absolute');
    expect(categories('这是全网历史最低价')).toContain('absolute');
    expect(categories('这是我们店铺历史最低价')).toContain('absolute');
  });

  it('reads a drug named after what it treats, advice to keep taking it and a condition left to the doctor as no claim', () => {
    const rulesOnly = compileChecker([BUILTIN_RULES], { confirm: false });
    const categories = (text: string) => [...new Set(rulesOnly.check(text).filter((f) => f.severity !== 'info').map((f) => f.category))];
    expect(categories('您在吃降糖药的话 这款饼干少吃点')).toEqual([]);
    expect(categories('在吃药就别自己停药 这只是食品')).toEqual([]);
    expect(categories('血糖偏高的朋友请遵医嘱')).toEqual([]);
    // A doctor cited for the goods, and a claim next to a drug compared or a doctor waved away, stay claims.
    expect(categories('喝了血脂就降了 医生的建议也是喝这个')).toContain('medical');
    expect(categories('吃了能降血压 要看医生干嘛')).toContain('medical');
    expect(categories('这茶能治失眠 那是药都比不上')).toContain('medical');
    // Off the drug thanks to the goods, whatever the drug is called, is still the claim.
    expect(categories('喝这个茶就不用天天吃降糖药了')).toContain('medical');
    expect(categories('用了三个月我爸都停药了')).toContain('medical');
  });

  it('reads names, labels, serial numbers, the best moment to eat and requests to the buyer as no claim (rules alone)', () => {
    const rulesOnly = compileChecker([BUILTIN_RULES], { confirm: false });
    const flagged = (text: string) => rulesOnly.check(text).filter((f) => f.severity !== 'info');
    for (const text of [
      '“至尊牛排”是套餐名，含一份薯条',
      '“最强大脑”是这个台灯的模式名，长按切换',
      '“王者风范皮带”是商品名，我们不敢说它是王者',
      '盒子上的“NO.1”是批次序号，并不是排名',
      '您看到的“好评第一”标签是平台自动生成的',
      '桃子放到稍微变软的时候最甜',
      '您问哪款最耐穿？看您平时怎么穿',
      '寄回时请保证吊牌和配件齐全',
      '娃儿吃了吐奶您肯定担心，我们先给您退款',
    ]) {
      expect(flagged(text), text).toEqual([]);
    }
    for (const text of [
      '别太指望它能去黑头 主要是清洁',
      '“王者会员”是老顾客的等级',
      '这个我保证不了 要看天气',
      '能治脚气吗？不能的 只是吸汗',
      '能保证不起球吗？保证不了 羊毛多少会有',
      '明天下午到 最多三件一单',
      '暖宫贴用的时候隔一层衣服',
      // Colloquial negations and reports (啥 for 什么, 那是人家的), a prohibition, dispatch vouched for, a shop-own ranking.
      '没啥军工认证 就是普通户外鞋',
      '特供那是人家的说法 咱家就是正常货',
      '冇得全网最低的讲法',
      '绝对不能用热水烫 会变形',
      '保证今天发出 到货看快递',
      '这款是销量第一的 店里排行',
    ]) {
      expect(flagged(text), text).toEqual([]);
    }
    // 跟您说 and 帮您问问 hold 您说 and 您问 but echo nothing; nor does 不跟您说虚的, which vouches for what follows.
    expect(flagged('我跟您说这款就是全网最低').map((f) => f.category)).toContain('absolute');
    expect(flagged('我帮您问问 这款是全网最低价').map((f) => f.category)).toContain('absolute');
    expect(flagged('我不跟您说虚的这款就是最好的').map((f) => f.category)).toContain('absolute');
    expect(flagged('我不说假话这款效果最好').map((f) => f.category)).toContain('absolute');
    // Cues are read across spaces: an answer 「这个不会」 then a promise is no declined promise.
    expect(flagged('会缩水吗？这个不会 保证永不缩水').length).toBeGreaterThan(0);
    // An echoed question still ends at its question mark: a claim after the answer is one.
    expect(flagged('能治脚气吗？能！用两次就好').map((f) => f.category)).toContain('medical');
    expect(flagged('我们这款桃子是全网最甜的').map((f) => f.category)).toContain('absolute');
    expect(flagged('保证吃了不上火').map((f) => f.category)).toContain('promise');
  });

  it('reads a fabric share, the word itself and an echoed question answered with 这个不… as no claim', () => {
    const rulesOnly = compileChecker([BUILTIN_RULES], { confirm: false });
    const flagged = (text: string) => rulesOnly.check(text).filter((f) => f.severity !== 'info');
    expect(flagged('这条围巾是百分之百羊绒的')).toEqual([]);
    expect(flagged('含绒量百分之百 吊牌上写着')).toEqual([]);
    expect(flagged('详情页不能打“最”字')).toEqual([]);
    expect(flagged('喝了能长个吗？这个不能 就是普通奶粉')).toEqual([]);
    expect(flagged('您是要效果最好的那款吗')).toEqual([]);
    // 最佳 of the goods themselves is still a superlative.
    expect(flagged('这款精华补水效果最佳').map((f) => f.category)).toContain('absolute');
    expect(flagged('这是同价位最佳选择').map((f) => f.category)).toContain('absolute');
    // A share of a fabric is no licence for a superlative next to it.
    expect(flagged('顶级羊绒 摸着就不一样').map((f) => f.category)).toContain('absolute');
  });

  it('reads a space between Chinese words as a clause break for negations', () => {
    expect(categoriesOf('不能在这说 加我微信')).toContain('offplatform');
  });
});

describe('spelling games', () => {
  it('underline the pinyin the agent typed, not a normalised copy', () => {
    for (const [text, typed] of [
      ['这款打底裤是同价位zui强的', 'zui强'],
      ['亲 我们的蜂胶能降xue糖', 'xue糖'],
      ['这价jue对是全网zui低', '全网zui'],
      ['hǎo评返xian 5元', 'hǎo评返xian'],
      ['可以加个溦信嘛', '加个溦信'],
      ['五⭐返3元', '五⭐返3'],
    ] as const) {
      const found = serious(text);
      expect(found.some((f) => f.match.includes(typed)), `${text} → ${found.map((f) => f.match)}`).toBe(true);
      for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.match);
    }
  });

  it('catch insults spelled in pinyin and contact numbers split after an app name', () => {
    for (const [text, category] of [
      ['你是不是sha逼', 'abuse'],
      ['你个 sha bi', 'abuse'],
      ['扣扣 1234，5678，9', 'offplatform'],
      ['q 12345 6789', 'offplatform'],
      ['手机 幺三九，零零八八，六六七七', 'offplatform'],
    ] as const) {
      expect(categoriesOf(text), text).toContain(category);
    }
    const [number] = serious('q 12345 6789');
    expect(number!.match).toBe('q 12345 6789');
  });

  it('spell the risky characters of claim words, and 💯 for 百分百 inside a word', () => {
    for (const [text, category, typed] of [
      ['这款销量di一', 'absolute', 'di一'],
      ['我们是行业guan军品牌', 'absolute', 'guan军'],
      ['上过央shi的牌子', 'authority', '央shi'],
      ['明xing同款', 'authority', '明xing'],
      ['湿zhen涂两天就好', 'medical', '湿zhen'],
      ['这个能补shen', 'medical', '补shen'],
      ['放心 yi定没问题', 'promise', 'yi定没问题'],
      ['保zhun满意', 'promise', '保zhun'],
      ['肯ding满意', 'promise', '肯ding'],
      ['💯中奖', 'promise', '💯中奖'],
    ] as const) {
      const found = serious(text);
      expect(found.map((f) => f.category), text).toContain(category);
      expect(found.some((f) => f.match.includes(typed)), `${text} → ${found.map((f) => f.match)}`).toBe(true);
      for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.match);
    }
    // 💯 alone is decoration, as a lone pinyin syllable is a syllable.
    expect(serious('好评💯')).toEqual([]);
    expect(serious('质量💯')).toEqual([]);
  });

  it('leave model names, English words and pinyin place names alone', () => {
    for (const text of [
      'Ding Dong门铃有现货',
      'wedding款还有白色',
      'Shenzhen仓今天发货',
      'Jiangsu仓发的',
      'Yili牛奶整箱发',
      'Junior码偏小一码',
      'shipping方式选快递',
      'Mi 14 Ultra 有货',
      '型号 YD-200 黑色',
      'zhun备发货了亲',
      '亲 jun码都有',
      'Shi Yi 系列夏装',
      'Shimano 变速套件',
      'Baojian Ding 是设计师的名字',
    ]) {
      expect(serious(text), text).toEqual([]);
    }
  });

  it('underline a whole emoji read as a word', () => {
    const [found] = serious('🐧123456加我');
    expect(found!.match.startsWith('🐧')).toBe(true);
  });

  it('read Cantonese and traditional spellings', () => {
    expect(categoriesOf('保證唔會甩色')).toContain('promise');
    expect(categoriesOf('呢個價唔係全網最低，但係好抵')).toEqual([]);
  });

  it('spell one risky character at a time, or all of them; a lone syllable only where a cue must be near', () => {
    const table = new Map([['最', ['zui']], ['好', ['hao']]]);
    expect(spelledVariants('最好(的)', table).sort()).toEqual(['zui好(的)', 'zuihao(的)', '最hao(的)'].sort());
    expect(spelledVariants('最', table)).toEqual([]);
    expect(spelledVariants('最', table, true)).toEqual(['zui']);
    expect(spelledVariants('癌', new Map([['癌', ['ai']]]), true)).toEqual([]);
    expect(spelledVariants('价格', table)).toEqual([]);
  });

  it('spell any other character of a word in pinyin, one at a time, while a hanzi of the word is left (sounds)', () => {
    for (const [text, category, typed] of [
      ['冬天出门这件是首xuan', 'absolute', '首xuan'],
      ['跟你说了 听不懂ren话吗', 'abuse', '听不懂ren话'],
      ['这锅我打包piao 十年用不坏', 'promise', '包piao'],
      ['大hui堂用的同一款茶', 'authority', '大hui堂'],
    ] as const) {
      const found = serious(text);
      expect(found.map((f) => f.category), text).toContain(category);
      expect(found.some((f) => f.match.includes(typed)), `${text} → ${found.map((f) => f.match)}`).toBe(true);
      for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.match);
    }
    const sounds = new Map([['首', ['shou']], ['选', ['xuan']]]);
    expect(spelledVariants('首选', new Map(), false, sounds).sort()).toEqual(['shou选', '首xuan']);
    // A risky character keeps its own spellings; a sound never joins the all-spelled variant.
    expect(spelledVariants('最好', new Map([['最', ['zui']], ['好', ['hao']]]), false, new Map([['好', ['hao']]])).sort()).toEqual(['zuihao', 'zui好', '最hao']);
    expect(spelledVariants('选', new Map(), true, sounds)).toEqual([]);
    for (const text of ['Xuan 先生的快递已经到了', 'Piao 的订单明天发', '请 Ren 女士确认一下地址']) expect(serious(text), text).toEqual([]);
  });

  it('leave ordinary Latin text alone', () => {
    for (const text of ['AI 智能降噪', 'Guo 先生您好', '这个颜色叫 No.1 奶油白']) expect(serious(text), text).toEqual([]);
  });
});

describe('contexts and spellings in a rule file', () => {
  const team: RuleFile = {
    format: 'huashu-rules',
    version: 1,
    rules: [{ id: 'brand.rival', category: 'brand', severity: 'warn', words: ['某某牌'], reason: '团队规则：不提竞品' }],
    contexts: [{ id: 'brand.asked', categories: ['brand'], before: ['您问的'], within: 4, note: '复述买家的问题' }],
    spellings: { 某: ['mou'] },
  };

  it('validate, and a team adds its own contexts and spellings', () => {
    expect(parseRuleFile(team).ok).toBe(true);
    const bad = parseRuleFile({ ...team, contexts: [{ id: 'Bad Id', within: 99 }], spellings: { 某某: ['MOU'] } });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.join('\n')).toContain('contexts[0].within: 不能大于 60');
    expect(bad.errors.join('\n')).toContain('语境需要 before 或 after');
    const teamChecker = createChecker({ ruleFiles: [team] });
    expect(teamChecker.check('比mou某牌好').map((f) => f.match)).toEqual(['mou某牌']);
    expect(teamChecker.check('您问的某某牌我们没有')).toEqual([]);
  });

  it('let a team spell any character of its words by sound, validated like spellings', () => {
    const sounded: RuleFile = { ...team, spellings: undefined, sounds: { 牌: ['pai'] } };
    expect(parseRuleFile(sounded).ok).toBe(true);
    expect(parseRuleFile({ ...sounded, sounds: { 牌: ['PAI1'] } }).ok).toBe(false);
    const teamChecker = createChecker({ ruleFiles: [sounded] });
    expect(teamChecker.check('比某某pai好').map((f) => f.match)).toEqual(['某某pai']);
    expect(teamChecker.check('比moumoupai好')).toEqual([]);
  });

  it('let a space after a naming cue set the name off (setsOff), while after other cues it still ends the clause', () => {
    const withContexts = (setsOff: boolean) =>
      createChecker({ ruleFiles: [{ ...team, contexts: [{ id: 'brand.called', categories: ['brand'], before: ['叫'], within: 3, setsOff }] }] });
    expect(withContexts(true).check('这款叫 某某牌 同款')).toEqual([]);
    expect(withContexts(false).check('这款叫 某某牌 同款').map((f) => f.match)).toEqual(['某某牌']);
    expect(parseRuleFile({ ...team, contexts: [{ id: 'brand.called', before: ['叫'], within: 3, setsOff: 'yes' }] }).ok).toBe(false);
    // Built in: 叫 takes a spaced name; a noun like 色号 followed by a space is a pause before a new claim.
    expect(categoriesOf('这款名字叫 最美时光 是花草茶')).toEqual([]);
    expect(categoriesOf('这个口红就是那个同款色号 官方亲自推荐的')).toContain('authority');
  });

  it('let answering cues (answers) count only right after the question mark that closes the word', () => {
    const answering = createChecker({
      ruleFiles: [{ ...team, contexts: [{ id: 'brand.denied', categories: ['brand'], after: ['没有'], within: 2, answers: true }] }],
    });
    const matches = (text: string) => answering.check(text).map((f) => f.match);
    expect(matches('某某牌吗？没有的')).toEqual([]);
    expect(matches('某某牌？ 没有哦')).toEqual([]);
    // Not across a statement, nor after a second question or words after the question mark, nor in the same clause.
    expect(matches('某某牌。没有的')).toEqual(['某某牌']);
    expect(matches('某某牌？那个？没有')).toEqual(['某某牌']);
    expect(matches('某某牌？我们没有')).toEqual(['某某牌']);
    expect(matches('某某牌没有的')).toEqual(['某某牌']);
    expect(matches('某某牌的那款吗？没有')).toEqual(['某某牌']);
    expect(parseRuleFile({ ...team, contexts: [{ id: 'brand.denied', after: ['没有'], within: 2, answers: 1 }] }).ok).toBe(false);
  });

  it('read a claim word set in quote marks as named, not said (quoted), the quote holding few other characters', () => {
    for (const text of [
      '“行业第一”那几个字已经从主图上撤下来了',
      '这套积木叫"王者战舰" 一共四百多颗粒',
      '包装上的「顶级」是茶叶等级 不是宣传',
      '阿胶“补血”是老一辈的说法 我们不宣传功效',
      '“极品”大红袍 一斤装的礼盒',
    ]) {
      expect(categoriesOf(text), text).toEqual([]);
    }
    // Outside the quote, or a quote too long to be a word named, the claim stands; and a team can switch it off.
    expect(categoriesOf('这款“信号王者”路由器是国家级实验室认证的')).toContain('authority');
    expect(categoriesOf('客服说“这是全网最好用的一款吹风机没有之一”')).toContain('absolute');
    const without = createChecker({ disabled: ['quoted'] });
    expect(without.check('“极品”大红袍 一斤装的礼盒').filter((f) => f.severity !== 'info')).not.toEqual([]);
    expect(parseRuleFile({ ...team, contexts: [{ id: 'brand.quoted', categories: ['brand'], quoted: true, within: 4 }] }).ok).toBe(true);
    expect(parseRuleFile({ ...team, contexts: [{ id: 'brand.quoted', categories: ['brand'], within: 4 }] }).ok).toBe(false);
  });

  it('switch a context off by id like a rule', () => {
    const text = '我们不敢说是最好的';
    expect(createChecker().check(text).filter((f) => f.severity !== 'info')).toEqual([]);
    const without = createChecker({ disabled: ['negated.disclaim'] }).check(text).filter((f) => f.severity !== 'info');
    expect(without.map((f) => f.match)).toEqual(['最好']);
  });
});

describe('letter spacing (a space after every character)', () => {
  it('reads frames across it and measures distances in characters, not spaces', () => {
    expect(categoriesOf('我 们 保 证 用 了 一 定 不 过 敏')).toEqual(['promise']);
    expect(categoriesOf('这 款 面 霜 能 治 疗 湿 疹')).toEqual(['medical']);
  });

  it('does not take it for commas: a spaced-out negation or explanation still holds', () => {
    expect(serious('我 们 不 敢 保 证 一 定 有 效')).toEqual([]);
    expect(serious('平 台 不 允 许 好 评 返 现 哦')).toEqual([]);
  });

  it('a space between words still ends the clause', () => {
    expect(categoriesOf('不能在这说 加我微信')).toEqual(['offplatform']);
  });
});

describe('spelled everyday phrases and negations', () => {
  it('an allowed phrase or a negation typed half in pinyin is still one', () => {
    expect(serious('zui后一件了 小样也送完了')).toEqual([]);
    expect(serious('zui晚明天下午发出')).toEqual([]);
    expect(serious('这个我们不能bao证一定有效')).toEqual([]);
    expect(categoriesOf('zui好用的一款')).toEqual(['absolute']);
  });
});

describe('微信 in ordinary use', () => {
  it('sharing a link to 微信 or logging in with it is not steering the buyer away', () => {
    expect(serious('您可以把链接分享到微信让家人帮忙看看')).toEqual([]);
    expect(serious('用微信登录就可以下单')).toEqual([]);
    expect(categoriesOf('加我微信聊')).toEqual(['offplatform']);
  });
});

describe('clean shapes of round 9: declined guarantees, rule talk, names, advice, settings (rules alone)', () => {
  const rulesOnly = compileChecker([BUILTIN_RULES], { confirm: false });
  const categories = (text: string) => [...new Set(rulesOnly.check(text).filter((f) => f.severity !== 'info').map((f) => f.category))];

  it('a claim named as a topic, then its guarantee declined, is no claim; said outright it is', () => {
    expect(categories('美白这个我们确实不能保证 它主要是保湿')).toEqual([]);
    expect(categories('长高这点没法保证 还是要看孩子的营养和睡眠')).toEqual([]);
    expect(categories('这款洗面奶能祛痘 三天见效')).toContain('medical');
  });

  it('不存在 before a claim denies it; the claim alone stands', () => {
    expect(categories('市面上不存在零添加的酱油 我们是减盐款')).toEqual([]);
    expect(categories('这个杯子零甲醛 放心用')).toEqual(['absolute']);
  });

  it('words judged as non-compliant or named as 这种话 are talked about, not said', () => {
    expect(categories('说 国家级 是不合规的 我们不会这么宣传')).toEqual([]);
    expect(categories('“最好用”这种话我们客服不能讲')).toEqual([]);
    expect(categories('我们不说 降血糖 这种话 它就是普通杂粮')).toEqual([]);
    // Not said after a space, the claim that follows is still made.
    expect(categories('我们不说假话 这款最好用')).toEqual(['absolute']);
  });

  it('a name set off after 型号是/色号是, a line name with a colour, and a rank the platform gives are no claim', () => {
    expect(categories('口红的色号是 至尊红 是今年新出的')).toEqual([]);
    expect(categories('这支笔型号是 王者 S2 是系列名')).toEqual([]);
    expect(categories('这款颜色有 王牌黑 和 雾霾灰')).toEqual([]);
    expect(categories('这个是NO.1 排名是平台按销量自动给的')).toEqual([]);
    // 型号是 followed by who recommends it names no model.
    expect(categories('型号是京东官方推荐的爆款')).toEqual(['authority']);
    expect(categories('这款是王牌产品 质量顶级')).toEqual(['absolute']);
  });

  it('颜色是 / 配色是 / 款式是 describe the goods: what follows is said of them, not a name (round 19, c275)', () => {
    expect(categories('我们家古法金的颜色是独一无二的')).toEqual(['absolute']);
    expect(categories('这件的款式是独一无二的')).toEqual(['absolute']);
    // A name set off by a space after the label, and the labels that always name (色号是, 型号是), stay names.
    expect(categories('颜色是 至尊红')).toEqual([]);
    expect(categories('色号是至尊红')).toEqual([]);
  });

  it('a quote mark inside a matched word splits it', () => {
    expect(categories('“猫王”牌的收音机是经典款')).toEqual([]);
    expect(categories('这款收音机是我们的王牌')).toEqual(['absolute']);
  });

  it('advice with 最好/最稳妥, a price left to the checkout page and 请一定 are no claim', () => {
    expect(categories('建议最好用冷水洗 不容易褪色')).toEqual([]);
    expect(categories('选购净水器最稳妥是先测一下家里水质')).toEqual([]);
    expect(categories('最低价以结算页为准 券会自动叠加')).toEqual([]);
    expect(categories('付款请一定在平台内完成 不要私下转账')).toEqual([]);
    expect(categories('这款是店里最好用的吹风机')).toEqual(['absolute']);
    expect(categories('我们保证一定准时送到')).toEqual(['promise']);
  });

  it('a superlative denied of all goods or left to the buyer’s case, settings and the shop’s own range are no claim', () => {
    expect(categories('没有最完美的吹风机 看您更在意风力还是重量')).toEqual([]);
    expect(categories('没有谁绝对更好，得看您的使用习惯')).toEqual([]);
    expect(categories('静音档 30 分贝，最高档 60 分贝')).toEqual([]);
    expect(categories('色号从 01 到 05 最浅的是 01 最深的是 05')).toEqual([]);
    expect(categories('我们这款绝对是最好的 别家都比不上')).toContain('absolute');
    expect(categories('这款风扇最高档的风力是同价位里最强的')).toEqual(['absolute']);
  });

  it('not necessarily, never had, and the best result as advice on use are no claim', () => {
    expect(categories('这个价格不一定是最低的 您可以关注下活动')).toEqual([]);
    expect(categories('我们没上过央视 也没请明星')).toEqual([]);
    expect(categories('为了最佳效果 建议连续用两周')).toEqual([]);
    expect(categories('这款上过央视')).toEqual(['authority']);
    expect(categories('想要最好的就选这款')).toEqual(['absolute']);
  });

  it('a guarantee declined as 保证不了, by nobody (没人能), answered 真不敢保证, or a ban with 不允许 takes the claim back', () => {
    expect(categories('保证不了明天一定到 快递那边有时候会延误')).toEqual([]);
    expect(categories('您问能不能包过？考试这个没人能保证的')).toEqual([]);
    expect(categories('能保证不掉色吗？这个真不敢保证 深色会有一点浮色')).toEqual([]);
    expect(categories('不允许宣传治疗效果 这款就是普通的护理霜')).toEqual([]);
    expect(categories('我保证明天一定到')).toEqual(['promise']);
  });

  it('极致 with a colour and 最重 of a parcel are no claim; 极致 of quality is', () => {
    expect(categories('这款是极致黑 另一款是月光白 都有现货')).toEqual([]);
    expect(categories('最重的那个箱子28kg 搬的时候小心')).toEqual([]);
    expect(categories('这款面料做到了极致')).toEqual(['absolute']);
  });

  it('someone’s words quoted after a verb of saying are reported, however long the quote; the agent’s own are not', () => {
    expect(categories('之前有顾客说「这是我穿过最舒服的一双鞋」 不过脚型不同感受也不同')).toEqual([]);
    expect(categories('您提到「邻居说这个枕头能治颈椎病」，我们这款只是普通枕头')).toEqual([]);
    expect(categories('买家评价的原话：“这是我用过最好的电饭煲”，仅供参考哈')).toEqual([]);
    expect(categories('我跟您说“这款就是全网最好的”')).toEqual(['absolute']);
  });

  it('the buyer sent to a doctor or an authority, the doctor in charge, and a question of which is cheapest are no claim', () => {
    expect(categories('请咨询您的主治医生')).toEqual([]);
    expect(categories('防蚊的事请听疾控的建议')).toEqual([]);
    expect(categories('您是想问哪款最划算吗')).toEqual([]);
    expect(categories('这款药膏主治湿疹')).toEqual(['medical']);
    expect(categories('医生都推荐这款')).toEqual(['authority']);
  });

  it('a packet used, no promise of any kind, no absolute answer, keeping the phone on and a claim not written are no claim', () => {
    expect(categories('每包用 80 度的水冲泡')).toEqual([]);
    expect(categories('我们不能对效果做任何承诺')).toEqual([]);
    expect(categories('很难给您一个绝对的答案 看您的需求')).toEqual([]);
    expect(categories('预计明天送达，请您保持电话畅通')).toEqual([]);
    expect(categories('您问这个养生茶为什么不写功效')).toEqual([]);
    expect(categories('这个绝对不掉色')).toEqual(['promise']);
  });

  it('a condition with the buyer sent to a doctor, and what only medicines may do, are no health claim', () => {
    expect(categories('慢性病需要在医生指导下规范治疗 这款坐垫只是日常用的')).toEqual([]);
    expect(categories('只有药品才能治疗疾病 我们这个是普通食品')).toEqual([]);
    expect(categories('这款坐垫能治痔疮 比去医院强')).toEqual(['medical']);
    expect(categories('这款坐垫能治痔疮')).toEqual(['medical']);
  });

  it('an endorsement asked in the A-not-A form is a question, not an endorsement', () => {
    expect(categories('营养师推不推荐这款 我们也不好替人家说')).toEqual([]);
    expect(categories('营养师推荐的 每天一杯')).toEqual(['authority']);
  });
});

describe('claim frames of round 9 (rules alone)', () => {
  const rulesOnly = compileChecker([BUILTIN_RULES], { confirm: false });
  const categories = (text: string) => [...new Set(rulesOnly.check(text).filter((f) => f.severity !== 'info').map((f) => f.category))];

  it('the only goods of their kind is a claim; the only one left in stock or in a colour is not', () => {
    expect(categories('这是唯一一款真正做到不闷脚的运动鞋')).toEqual(['absolute']);
    expect(categories('这是店里唯一一款粉色的了')).toEqual([]);
  });

  it('how it is made stated as total is a claim, a fabric’s share is not', () => {
    expect(categories('我们的果酱100%无添加')).toEqual(['absolute']);
    expect(categories('面料是100%棉 可以机洗')).toEqual([]);
  });

  it('预防 a disease is a health claim, 能 or not; denied it is none', () => {
    expect(categories('维生素D滴剂 预防佝偻病')).toEqual(['medical']);
    expect(categories('这款枕头不能预防颈椎病')).toEqual([]);
  });

  it('a top celebrity or a champion player is an endorsement, not a ranking of the goods', () => {
    expect(categories('某顶流女星同款 她也在用')).toEqual(['authority']);
    expect(categories('这款是电竞冠军选手签名同款')).toEqual(['authority']);
    expect(categories('这款围巾是今年冬天的顶流单品')).toEqual(['absolute']);
  });

  it('a refund or a payout staked on what the goods fail to do is a promise; the failure alone is none', () => {
    expect(categories('这款奶粉吃不好退全款')).toEqual(['promise']);
    expect(categories('枕芯睡一年不回弹 赔你一个新的')).toEqual(['promise']);
    expect(categories('开罐了也能退 放心')).toEqual(['promise']);
    expect(categories('充不满电的话 先换个充电头试试')).toEqual([]);
    expect(categories('结块是受潮了 不影响食用')).toEqual([]);
  });

  it('improving an attention disorder, helping growth or sleep and raising hormones are health claims', () => {
    expect(categories('这款积木能改善多动症')).toEqual(['medical']);
    expect(categories('睡这款床垫有助于长高')).toEqual(['medical']);
    expect(categories('这款肌酸能提升睾酮')).toEqual(['medical']);
    expect(categories('宝宝睡不好的话 可以先调整作息')).toEqual([]);
  });

  it('the platform as endorser is an endorsement; a trade name of a fabric, a price and a colour name are no claim', () => {
    expect(categories('这款是小二亲自推荐的爆款')).toEqual(['authority']);
    expect(categories('至尊天鹅绒是供应商的面料名字')).toEqual([]);
    expect(categories('店里最贵的那款是乳胶的')).toEqual([]);
    expect(categories('皇家蓝这个颜色有现货')).toEqual([]);
  });

  it('goods made in a named brand’s factory are an endorsement, the shop’s own factory is not; 第一款真正 is a claim, 第一款 is not', () => {
    expect(categories('这坚果跟某品牌是同一个厂出的 一样的品质')).toEqual(['authority']);
    expect(categories('我们是源头工厂 同一个厂出的货都一样')).toEqual([]);
    expect(categories('这是全网第一款真正的速干T')).toEqual(['absolute']);
    expect(categories('这是我们店第一款羊毛的')).toEqual([]);
  });

  it('a hospital vouching for or prescribing the goods is an endorsement; a doctor’s advice to the buyer is not', () => {
    expect(categories('这款花茶经过医院验证有效')).toEqual(['authority']);
    expect(categories('医生建议您先去医院检查一下')).toEqual([]);
  });
});

describe('claim frames of round 10 (rules alone)', () => {
  const rulesOnly = compileChecker([BUILTIN_RULES], { confirm: false });
  const categories = (text: string) => [...new Set(rulesOnly.check(text).filter((f) => f.severity !== 'info').map((f) => f.category))];

  it('最好 of a quality or after a comparison scope is a claim; 最好 as advice is not', () => {
    expect(categories('这件衬衫的料子最好')).toEqual(['absolute']);
    expect(categories('这双鞋的做工全网最好')).toEqual(['absolute']);
    expect(categories('这件大衣面料全网最好')).toEqual(['absolute']);
    expect(categories('同价位里就我们家最好')).toEqual(['absolute']);
    expect(categories('这件衬衫料子最好冷水手洗')).toEqual([]);
    expect(categories('同价位的几款 这款最好先量一下脚长')).toEqual([]);
    expect(categories('这款桃子冰镇之后口感最好')).toEqual([]);
    expect(categories('冷藏两小时，口感最好')).toEqual([]);
    expect(categories('最好用温水洗')).toEqual([]);
  });

  it('a superlative at the end of a long run of friendly service talk is still found', () => {
    const friendly = '亲，您好呀，让您久等了，这边帮您查了一下，包裹已经到您所在的城市了，预计明天上午派送，签收后有任何问题随时找我，祝您周末愉快，';
    expect(categories(`${friendly}这条裙子的面料全网最好`)).toEqual(['absolute']);
    expect(categories(`${friendly}这条裙子的面料最好反过来晾`)).toEqual([]);
  });

  it('the agent giving their word or taking on the risk is a promise; declining to is not', () => {
    expect(categories('放心买 用着有问题我来兜底')).toEqual(['promise']);
    expect(categories('明早之前送到 我说话算话')).toEqual(['promise']);
    expect(categories('这个我可不敢说到做到，天气的事说不准')).toEqual([]);
  });

  it('one repaid many times, a doubled replacement and price protection far past the platform’s days are promises', () => {
    expect(categories('要是有一颗是坏的 一赔五')).toEqual(['promise']);
    expect(categories('少发了我给你补两份')).toEqual(['promise']);
    expect(categories('这台保价半年，降了就找我')).toEqual(['promise']);
    expect(categories('我们没有一赔十这种说法')).toEqual([]);
    expect(categories('少发了给您补发一份')).toEqual([]);
    expect(categories('价保按平台规则，一般是7天')).toEqual([]);
  });

  it('money in the account or weight gained by a date, and returns past seven days, are promises', () => {
    expect(categories('保证两天内钱到账')).toEqual(['promise']);
    expect(categories('宝宝喝了肯定长肉')).toEqual(['promise']);
    expect(categories('穿过七天后也能退，随便试')).toEqual(['promise']);
    expect(categories('退款一般1到3个工作日到账')).toEqual([]);
    expect(categories('宝宝长肉的快慢和很多因素有关')).toEqual([]);
    expect(categories('七天无理由是从签收那天算起')).toEqual([]);
  });

  it('germs checked, a condition corrected or kept from coming back, and immunity built are health claims', () => {
    expect(categories('这条毛巾有抗菌的作用')).toEqual(['medical']);
    expect(categories('宝宝乳糖不耐喝了它慢慢就调过来了')).toEqual(['medical']);
    expect(categories('狗狗皮炎吃这个粮就不会复发了')).toEqual(['medical']);
    expect(categories('这款奶粉能帮宝宝建立免疫屏障')).toEqual(['medical']);
    expect(categories('这款奶粉能改善消化吸收')).toEqual(['medical']);
    expect(categories('耳螨不用上药，喂这个就好')).toEqual(['medical']);
    expect(categories('这个益生菌比医院开的药还温和')).toEqual(['medical']);
    expect(categories('这条毛巾没有抗菌的作用，只是吸水好')).toEqual([]);
    expect(categories('宝宝的免疫力要靠均衡饮食慢慢建立')).toEqual([]);
    expect(categories('皮炎复发的话建议先带去宠物医院')).toEqual([]);
    expect(categories('宝宝乳糖不耐的话建议先咨询医生')).toEqual([]);
    expect(categories('医院开的药按医嘱吃，我们这个是日常营养')).toEqual([]);
  });

  it('a maternity centre or a ward as buyer, a medical school as co-developer, state TV and a ministry’s certificate are endorsements', () => {
    expect(categories('这款湿巾是月子中心专供的')).toEqual(['authority']);
    expect(categories('这款奶瓶是和北京协和医学院联合研发的')).toEqual(['authority']);
    expect(categories('这款净水器通过了卫健委认证')).toEqual(['authority']);
    expect(categories('这款腊肉中央台都报道过')).toEqual(['authority']);
    expect(categories('这款是官方首推款')).toEqual(['authority']);
    expect(categories('月子中心的阿姨也会教您怎么用')).toEqual([]);
    expect(categories('这款我们自己的研发团队做了两年')).toEqual([]);
    expect(categories('这款是我们店首推款')).toEqual([]);
  });

  it('beating the supermarket or a standard several times over is a claim; a quantity is not', () => {
    expect(categories('我们家的土豆比超市那种香五倍')).toEqual(['absolute']);
    expect(categories('这款的抗压强度超过国家标准三倍')).toEqual(['absolute']);
    expect(categories('这款的分量是超市那种的两倍')).toEqual([]);
  });
});

describe('claim frames of round 10, second arrivals (rules alone)', () => {
  const rulesOnly = compileChecker([BUILTIN_RULES], { confirm: false });
  const categories = (text: string) => [...new Set(rulesOnly.check(text).filter((f) => f.severity !== 'info').map((f) => f.category))];

  it('an everyday superlative made the goods’ own by 的 after a comparison scope is a claim; an estimate is not', () => {
    expect(categories('这款吹风机是同类产品里出风最快的')).toEqual(['absolute']);
    expect(categories('这个价是全国底价')).toEqual(['absolute']);
    expect(categories('只有我们家才是原产地直发')).toEqual(['absolute']);
    expect(categories('同类的几款里最快的话明天就能发')).toEqual([]);
    expect(categories('所有快递里最快的一次是两天到')).toEqual([]);
    expect(categories('这个价格是我们的底价了')).toEqual([]);
  });

  it('a pass or a mark made certain is a promise; honest encouragement is not', () => {
    expect(categories('报我们的冲刺班，考上重点高中十拿九稳')).toEqual(['promise']);
    expect(categories('这个班没有一个没过的')).toEqual(['promise']);
    expect(categories('背熟这几页，至少能拿二十分')).toEqual(['promise']);
    expect(categories('没考过就退钱')).toEqual(['promise']);
    expect(categories('我们尽量帮孩子把基础打牢，成绩还是要靠自己')).toEqual([]);
  });

  it('a year of use taken back, a refund with goods on top and every cost taken on are promises; warranty and a visit are not', () => {
    expect(categories('用了两年也能退，放心用')).toEqual(['promise']);
    expect(categories('打不开全额退款再送一个')).toEqual(['promise']);
    expect(categories('安装坏了我们全包')).toEqual(['promise']);
    expect(categories('用了一年出问题可以走保修')).toEqual([]);
    expect(categories('安装有问题我们安排师傅上门看')).toEqual([]);
  });

  it('a champion driver’s choice is an endorsement, off the drug and a child’s brain development are health claims', () => {
    expect(categories('这款是冠军车手指定用的')).toEqual(['authority']);
    expect(categories('吃了这个可以把药停了')).toEqual(['medical']);
    expect(categories('这款积木能促进大脑发育')).toEqual(['medical']);
    expect(categories('药要不要停请听医生的')).toEqual([]);
    expect(categories('大脑发育和睡眠营养都有关系')).toEqual([]);
  });

  it('money back staked on 不 + what the goods fail to do is a promise; the buyer not wanting it, a rule and a question are not', () => {
    expect(categories('穿着不显瘦我退钱')).toEqual(['promise']);
    expect(categories('这批柚子不水灵退钱')).toEqual(['promise']);
    expect(categories('不想要了退钱也行')).toEqual([]);
    expect(categories('按规定不能私下退钱')).toEqual([]);
    expect(categories('不好吃退钱吗？')).toEqual([]);
  });

  it('a physiotherapy grade and an ache no longer felt are health claims; a firm mattress is not', () => {
    expect(categories('这款是理疗级的颈枕')).toEqual(['medical']);
    expect(categories('腰不好的睡两周就感觉不到疼了')).toEqual(['medical']);
    expect(categories('这款床垫偏硬，睡惯软床的要适应几天')).toEqual([]);
  });

  it('no way to (没办法, 莫得办法) and dialect 莫得 deny a promise or a health claim; reshipping and following the rules are no payout', () => {
    expect(categories('我们没办法保证每个都甜')).toEqual([]);
    expect(categories('这款香皂莫得杀菌的作用 就是普通清洁')).toEqual([]);
    expect(categories('这个坏了我给你补发一个')).toEqual([]);
    expect(categories('保证不了一个不坏 坏了的一定按规则处理')).toEqual([]);
    expect(categories('这个不甜我给你补十块')).toEqual(['promise']);
    expect(categories('保证一个都不坏，坏了一定双倍赔')).toEqual(['promise']);
  });

  it('the top setting, a sachet’s effect and real treatment are no claim; the top grade, a promised effect and a cure are', () => {
    expect(categories('暖手宝最高档50度左右，不建议一直开最高档')).toEqual([]);
    expect(categories('除湿包效果有限，还是要多通风')).toEqual([]);
    expect(categories('高血压需要规范治疗，请以医生意见为准')).toEqual([]);
    expect(categories('这是最高档次的羊绒')).toEqual(['absolute']);
    expect(categories('不管什么成色，都按最高档给您回收')).toEqual(['promise']);
    expect(categories('这款茶喝了高血压都好了')).toEqual(['medical']);
  });

  it('a return on goods as an investment is a promise; declining to promise one is not', () => {
    expect(categories('这只金镯子放十年只涨不跌')).toEqual(['promise']);
    expect(categories('这块表转手就是净赚一万')).toEqual(['promise']);
    expect(categories('金价有涨有跌，我们不承诺升值')).toEqual([]);
  });

  it('symptoms eased, a stye treated and an ache gone in dialect are health claims; advice and 治理 are not', () => {
    expect(categories('这款按摩仪能改善颈椎病的症状')).toEqual(['medical']);
    expect(categories('这款热敷贴可以治腱鞘炎')).toEqual(['medical']);
    expect(categories('腰疼的话泡一个月就不疼啦')).toEqual(['medical']);
    expect(categories('症状严重的话请及时就医')).toEqual([]);
    expect(categories('新房的甲醛可以治理吗')).toEqual([]);
    expect(categories('刚开始按会有点疼，适应了就好')).toEqual([]);
  });

  it('one in ten thousand and no other seller better are claims; picking one of the shop’s own is not', () => {
    expect(categories('这条手串是万里挑一的料子')).toEqual(['absolute']);
    expect(categories('全网没有一家比我们更便宜')).toEqual(['absolute']);
    expect(categories('这几条手串里挑一条您喜欢的')).toEqual([]);
  });
});
