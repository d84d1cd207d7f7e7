// 好评诱导: rewards for reviews, and asking or paying buyers to delete or change a review.
import { REVIEW_BAIT } from './basis';
import { list, type RuleSection } from './define';
import { WARRANTY_STRETCHED } from './promise';

/** "我们不做好评返现": the shop states it does not do it. */
const REVIEW_NEGATIONS = {
  // "也不放返现卡", "不用给我们好评返什么的": nothing of the kind handed out or asked for.
  words: list('不会 不做 不参与 不存在 不搞 不支持 不要 严禁 拒绝 没有 禁止 请勿 不放 不用给 不需要给'),
  within: 6,
};
/** "好评返现是违规的""好评有礼活动我们没有参加": the agent describes the rule, not an offer. */
const REVIEW_NEGATIONS_AFTER = {
  words: list(
    // "晒图返现这种活动我们没有", "改差评给钱这种事我们不做", "好评返现我们做不了".
    // "返现卡这种东西我们家没有".
    // "追评有没有奖励，我们店铺不会以任何形式对评价给予奖励".
    '不会以任何形式 不会对评价 不给予 不会给予 没有奖励 ' +
    '这种活动我们 这种事我们 这种东西我们 这种卡我们 我们家没有 我们做不了 我们不会 不会要求 不会让您 不会让你 ' +
    // "好评返现这种我们不能做的": the offer named, then refused.
    '这种我们 我们不能做 不能做的 我们没法做 ' +
    '不搞 没搞 不弄 下线了 不做 不允许 不参与 不参加 不存在 不支持 停止 取消 属于违规 已取消 已经取消 ' +
    '是禁止 是违规 没参加 没有参加 结束了 被禁止 违反 违规',
  ),
  within: 10,
};

export const REVIEWBAIT_RULES: RuleSection = {
  rules: [
    {
      id: 'reviewbait.fan-xian',
      category: 'reviewbait',
      severity: 'block',
      words: list(
        '买家秀返 五星返 五星送 好评卡 好评即送 好评后找客服 好评后私聊 好评后联系客服 好评返 好评送 ' +
        // A review first, the buyer's problem after: "您先给个好评，后面有问题再处理".
        '先给个好评 先给好评 先打个好评 先给个五星 先打个五星 先打五星 ' +
        '好评领 晒单送 晒图后找客服 晒图后联系客服 晒图返 晒图送 晒图领 点评返 评价后找客服 ' +
        '评价后联系客服 评价返 评价领 评论返 返现卡 追评返 先好评 ' +
        // 好评 typed past a filter as its initial, a homophone or with 0 for o ("h评返10元", "号评返现", "ha0评 返").
        list('h评 号评 好坪 ha0评 hao0评').flatMap((review) => [`${review}返`, `${review}送`, `${review}领`]).join(' ') + ' ' +
        // 好评 as hp/好p and 现 as x ("hp返x", "好p返x"; c145, c203); not "HP返修" (the brand).
        'hp返x hp返现 好p返 好p送 ' +
        // The stars traded for a thing ("五颗小星星换一盆绿萝", "五星换一支护发素"): c224; 送 is reviewbait.song's.
        list('五星 五颗星 五⭐ 五心 五颗心 小星星').flatMap((stars) => [`${stars}换一`, `${stars}换个`, `${stars}换两`]).join(' '),
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
        'haoping hao评 hp h评 号评 买家秀 五分 五星 五颗星 星星 打个分 高分 小心心 夸一下 夸夸 好ping 好评 好话 带图 打分 晒单 晒图 满分 ' +
        '点评 评价 评论 追评 ' +
        // The review written in other words: a homophone (好平), a note on 小红书, so many words and photos.
        '好平 好pin 发笔记 写笔记 写满 字加图 字带图 ' +
        // The service rating asked for ("给我点「非常满意」"), the written review shown ("写完截图给您返2块").
        '非常满意 点满意 点个满意 给满意 满意评价 写完截图 写好截图 评完截图 ' +
        // In English: "给个 5 star review" (a lone "star" or "review" needs a reward cue near, as every word here).
        'review star stars 5star fivestar goodreview ' +
        // Photos counted ("带三张图"), an answer in the listing's 问大家 (a review by another name).
        '问大家 ' +
        // Photos of the goods in use shown off ("晒家装效果图的前50名返现一百"): 晒 + what the photo shows.
        '晒效果图 晒家装 晒装修 晒实拍 晒照片 晒照 晒视频 晒使用 晒穿搭 晒成品',
      ).concat(
        list('带 配 加 附 晒').flatMap((verb) => list('1 2 3 4 5 6 7 8 9 几').map((count) => `${verb}${count}张图`)),
        // Photos counted with what they show between ("晒三张铺好的图就返10元hong包"): 晒 + a count is always the review's (recall25b).
        list('1 2 3 4 5 6 7 8 9 几').map((count) => `晒${count}张`),
      ),
      near: {
        words: [
          // 反 for 返 ("反 现5元"), as agents write the homophone to get past the filter.
          'fx', '返x', '反现', '反钱', '反红包', '不接您的单', '不卖给您', '拉黑您', '多装', '多放', '多塞', '多给', '优先', '优先发货', '不然我', '不然阿拉', '唔系我', '被扣钱', '扣工资', '扣绩效', '被罚款', '返现', '返钱', '返您', '返你', '返给', '返还', '返利', '现金', '奖励', '补贴', '立减',
          '退您', '退你', '给您退', '给你退', '退钱', '块钱', '优惠券', '无门槛', '礼品', 
          '额外送', '打折', '八折', '九折', '折扣', '下次来买', '抽', '奖品', '送运费险', '包邮',
          '下一单', '免运费', '免邮', '邮费', '保修', '延保', 'vip', '会员价', '专属价', '内部价',
          '能领', '就领', '可领', '领一', '给你便宜', '给您便宜', '便宜点', '便宜些',
          ...'五十'.split('').map((amount) => `便宜${amount}`), '试吃', '多发', '多送', '加送', '再送',
          '打七', '打八', '打九', '打五', '打六', '打对折', '五折', '六折', '七折', '半价', '就送', '试用装', '小样', '客服领', '领钱', '领奖', '找我领',
          '多退', '退点钱', '给您返', '给你返', '话费', '返点', '惊喜', '截图', '立返', '就返', '即返',
          // A favour in return left unnamed ("评价那边您给力一点，我这边也不会让您白忙", "先别急着评 联系我 给你好处").
          '不会让您白忙', '不会让你白忙', '不让您白忙', '不让你白忙', '不会亏待', '亏待不了', '给你好处', '给您好处', '有好处给',
          '再返', ...'123456789'.split('').map((digit) => `返${digit}`), '领取', '有礼', '有奖', '送您',
          '送你', '赠送', '免单', '报销', '谢礼', '答谢', '心意', '寄一', '寄个', '给您寄', '给你寄', '补运费',
          ...'123456789十'.split('').map((amount) => `减${amount}`), '赠品', '礼物', '福利', '好处', '红包',
          // 粤语 利是 (红包): "好评晒图有利是".
          '利是',
          '送一', '送个', '送两', '给您送', '给你送', '补点', '补钱', '给您补', '给你补', '补差价',
          '补您', '补你', '补偿您', '补偿你', '按半价', '送同款',
          // A treat or a share rather than cash: "带图评价发🧧", "给你抹零", "请您喝奶茶", "我拿提成也分您一点",
          // "我自掏腰包", "给你发个辛苦费", "返两块", "加赠一个支架".
          // Two-digit amounts ("减10块", "返 20"): a one-digit cue does not run on into a longer number.
          ...list('返 减 领 送').flatMap((verb) => list('10 15 20 25 30 50 100').map((amount) => `${verb}${amount}`)),
          // A gift counted out or named ("送原装数据线一根", "送一条", "返 HB 10 元": HB for 红包).
          ...list('根 份 瓶 盒 袋 支 副 双 套 原装 正品 赠品 礼品 配件 小礼 小袋 小份 小瓶 小盒').map((thing) => `送${thing}`), 'hb',
          // Ten in characters ("返十块") and points ("积分翻倍") as the reward.
          '返十', '领十', '送十', '积分翻倍', '双倍积分',
          // The gift on the buyer's next order: "五星好评 下次买送一瓶", "好评后回购送小样".
          '下次买送', '下回买送', '再买送', '回购送', '复购送', '下单送',
          // Only then is it paid ("要手动五星的才返"); the gifts electronics shops give ("送钢化膜一张", "送数据线一根").
          '才返', '才送', '才给返', ...list('礼物 礼品 贴纸 挂件 玩具 零食 饰品 卡片 发夹 头绳').map((gift) => `送小${gift}`), '送钢化膜', '送数据线', '送手机壳', '送贴膜', '送膜', '送挂件', '送钥匙扣', '送充电头',
          // The agent's own loss as the lever: "不然这个月KPI完不成要扣钱".
          '扣钱', 'kpi', '扣奖金', '罚钱', '扣提成', '奖金',
          // 粤语 人工 (wages): "唔系老板扣我人工".
          '扣人工', '扣我人工',
          // The review asked for, then what follows if it is withheld ("给个五星吧，不给的话我这月要被扣奖金", "…不给的话
          // 下回不发你了"): the condition is the cue, as 不然我 is. 不给 alone before a later cue reads as the shop
          // explaining what it does not give (reviewbait.explained), so the loss could not be the cue.
          '不给的话', '不打的话',
          // The gift or refund withheld otherwise ("要就给五星，不然不发赠品", 粤语 唔系 for 不然: "一定要五星，唔系冇得退";
          // 粤语 平 for 便宜: "嚟个五星，下次买…平十蚊"): recall25b.
          ...list('不然 唔系').flatMap((otherwise) => list('不发 不送 不给 不退 就不 没有 没得 就没').map((withheld) => otherwise + withheld)),
          '平十', '平五', '平二十',
          ...list('不给 不打 不给就 不打就').flatMap((withheld) =>
            list('我会被扣 我要被扣 我就被扣 会被扣 要被扣 就被扣 被扣 扣 扣我').map((loss) => withheld + loss),
          ),
          // The review as the condition of a gift: "手提袋免费送，条件是…晒图好评".
          '条件是', '免费送', '加倍积分', '送积分', '多给积分', '返积分', '加积分', '给积分', '送整',
          // A discount kept, a fee covered or a service given free for the review: "下次优惠给你留着", "好评可以抵运费",
          // "运费险的钱再退给您", "给您免费上门安装".
          '给您优惠', '给你优惠', '优惠给你', '优惠给您', '下次优惠', '优惠留', '抵运费', '抵下次', '可以抵', '抵扣', '退给您', '退给你', '给您免费', '给你免费',
          // The warranty stretched for the review ("给好评，保修期给你延长"); so is 延长质保 (质保 alone is none).
          ...WARRANTY_STRETCHED,
          '延长质保',
          // A perk of the order for the review ("给个五星好评就帮你升级大包装", "您给好评我就给您发顺丰加急", "写好评的有优惠"):
          // c151, c260, c273, c60.
          // The thing itself upgraded ("给个晒图好评，我把琴包升级成加厚款", "好评的话赠品升级成乳胶枕套"): c286, c47, c135.
          '升级成', '升级为',
          '帮你升级', '给你升级', '帮您升级', '给您升级', '免费升级', '给您加急', '给你加急', '发顺丰', '有优惠', '才有优惠',
          '🧧', '抹零', '抹个零', '奶茶', '请您喝', '请你喝', '提成', '分您', '分你', '自掏腰包', '辛苦费', '跑腿费', '返两', '返俩', '返个', '加赠', '盲盒', '每人都有', '人人有份', '都有份', ...'23456789十'.split('').map((amount) => `领${amount}`),
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
      id: 'reviewbait.no-bad-review',
      category: 'reviewbait',
      severity: 'block',
      // Paid to hold back a bad review: "只要您不给差评 我们私下补您十块", "别打差评 我给您退五块".
      // The review named first ("差评别给了呗，退你一半钱"), the reissue as the price ("只要不给差评 坏了的我们全部免费重发"): c133, c86.
      words: list('不给差评 别给差评 不要给差评 不打差评 别打差评 不要打差评 不给中差评 别给中差评 不给低分 别给低分 差评别给 差评就别给 差评不要给 差评别打 差评就别打'),
      near: { words: list('补您 补你 退您 退你 返您 返你 给您退 给你退 红包 补偿 块钱 元 块 优惠 送您 送你 给您补 给你补 免费重发 全部重发 免费补发'), within: 16 },
      unless: REVIEW_NEGATIONS,
      unlessAfter: REVIEW_NEGATIONS_AFTER,
      reason: `${REVIEW_BAIT}；以补偿、退款换买家不给差评同属干扰评价`,
      suggestions: ['给您带来不好的体验很抱歉，我们会尽快帮您解决问题'],
    },
    {
      id: 'reviewbait.song',
      category: 'reviewbait',
      severity: 'block',
      // A gift for the review, whatever the gift: "五星带图评价，送一包湿巾", "好评满五十字送发夹", "买家秀拍得好看的送
      // 精华". The review (stars, photos, words counted) + 送 a few characters later; the gift needs no list. A gift
      // with the order "跟评价没关系，下单就送" and the platform's own points are no bait.
      // Stars drawn ("打五心", "五颗小星星"): c138, c224.
      // 好坪 / 好平 typed past a filter ("给好坪的前50名送干花书签"): c103.
      words: list('五星 五颗星 五⭐ 五心 五颗心 五颗小星星 晒单 晒图 带图评价 视频评价 追评 买家秀 评分 字评价 字以上 字好评 字带图 好评 评价 好坪 好平'),
      near: { words: ['送'], within: 8 },
      unless: REVIEW_NEGATIONS,
      unlessAfter: { words: [...REVIEW_NEGATIONS_AFTER.words, ...list('没关系 无关 是平台 平台发')], within: REVIEW_NEGATIONS_AFTER.within },
      reason: REVIEW_BAIT,
      suggestions: ['收到货满意的话，欢迎分享真实的使用感受'],
    },
    {
      id: 'reviewbait.withheld',
      category: 'reviewbait',
      severity: 'block',
      // What the buyer is owed, withheld over the review: "不给好评的话赠品就不发了", "不改评价售后就不受理",
      // "给差评的话保修就不好说了", "差评我们会上报平台，您考虑好". The frame is the review (not given, bad, not
      // changed) + a service or a sale refused or a warning, whatever the service is: 售后, 保修, 赠品, the next order.
      // "给不给好评都不影响售后" names no condition; "不会因为您给差评就拒绝售后" is negated.
      // The review word alone before the consequence ("差评我就不给你售后了"): c199.
      // The review named first, then "不改我就…" ("差评我看到了，你要是不改我就天天找你"): the pursuit cue must follow.
      // 不改我们就 / 您不改 ("您不改我们就天天打电话"), 不打算给好评, and the review posted without asking first ("中差评前先找客服哦，
      // 直接评的话售后就不好处理啦"): recall25b.
      words: list('不给好评 不给个好评 不给五星 不打好评 不写好评 不改评价 不改差评 不改好评 不改成好评 不删差评 差评不删 差评不改 给差评 打差评 给了差评 给中差评 中差评的 差评我就 差评就 差评我们就 不改我就 不删我就 不改我们就 您不改 你不改 不打算给好评 不想给好评 直接评的话'),
      near: {
        words: list(
          '就不管 不管了 就不给 就不发 就不寄 就不补 就不卖 就不接 就不租 不卖你 不卖给你 不卖给您 不接你的单 不接您的单 就不算 不算了 ' +
            '就不好说 不好说了 就没法 就不好处理 不好处理 不好帮你 不好帮您 不受理 就不处理 不给你处理 不给您处理 不给你办 不给您办 ' +
            // The help refused or made hard with its object between ("不给好评我就不帮你换货了", "给差评，后面的质保我们就不好给您处理了";
            // recall25b), and the sale refused ("不打算给好评的别买").
            '就不帮 不帮你 不帮您 不好给您处理 不好给你处理 就不好给 的别买 就别买 ' +
            // "不给好评的话，保修我们这边就不好办了", "差评不删的话…我都不发货": c286, c285.
            '就不好办 不好办了 都不发货 就不发货 不给你发货 不给您发货 ' +
            '不给你售后 不给您售后 不给你同意 不给您同意 不给您登记 不给你登记 才给售后 ' +
            '会投诉你 会投诉您 投诉你恶意 上报平台 都会查 想清楚 考虑好 掂量 ' +
            // "不给好评就别想售后", "下次买我们不卖给您了": the service or the next sale refused, said as 别想 or with its
            // subject; "不改评价我们会一直联系您", "差评不删，你这地址我记下了": the buyer pursued until the review changes.
            '就别想 别想售后 别想退 别想换 我们不卖给 不卖给您了 不卖给你了 一直联系 天天联系 每天联系 一直打电话 天天打电话 每天打电话 一直找您 一直找你 天天找您 天天找你 ' +
            '地址我记下 我记下了 记住你了 记住您了 找上门 上门找 ' +
            // "你个差评唔删，我就喺下面回复晒你嘅地址", "…我就同快递讲以后唔送你屋企" (Cantonese, c298): the address aired, delivery stopped.
            '晒你的地址 晒您的地址 回复你的地址 回复您的地址 公开你的地址 公开您的地址 以后不送 ' +
            // "不给好评的话 下次优惠就没您的份了", "不给好评也行，反正后台看得到你地址哦", "投诉您恶意评价": c264, c67, c185, c106.
            '没您的份 没你的份 没有您的份 没有你的份 看得到你 看得到您 知道你家 知道您家 投诉您恶意 ' +
            // The next visit refused over the review ("不给好评以后别来我家买了", "给差评 以后别来买了", "不给好评下回别想在我
            // 这儿买"): train writers file each such draft reviewbait (its main category in 7 of 7 drafts, 7 writers); read
            // alone, 以后别来 is abuse.chong-zhuang's, so the span from the review word outweighs it.
            '以后别来 以后莫来 以后就别来 下回别来 下次别来 下回别想 下次别想 以后别想 ' +
            // The same refusal in other words ("不给好评以后你来我都𠀾卖", 粤语 "唔俾好评，下次唔再卖俾你", 吴语 "下次侬就别来我们家
            // 买了"): c304, c305, c311; the two older train drafts with 不再卖给 / 都不卖 after a bad review are risky too.
            '我都不卖 都不卖了 我们都不卖 不再卖给 不再卖你 你就别来 您就别来',
        ),
        within: 16,
      },
      unless: REVIEW_NEGATIONS,
      unlessAfter: { words: list('也没关系 没关系 不影响 也能 照样 都会'), within: 8 },
      reason: `${REVIEW_BAIT}；以售后、保修、赠品或下次购买为要挟，换取好评或阻止差评，同属干扰评价`,
      suggestions: ['有任何不满意的地方请告诉我，我们一定尽力解决'],
    },
    {
      id: 'reviewbait.threat',
      category: 'reviewbait',
      severity: 'block',
      // The buyer's after-sale service held hostage to the review: "给差评的话补发就别想了", "差评不删的话售后就慢一点".
      words: list('给差评的话 差评的话 打差评的话 给了差评 要是差评 不删差评的话 差评不删'),
      // "就不…": the consequence ("…我们会认真改进 不会不处理的" is no threat).
      // "给了差评的话售后处理会慢很多": c79.
      near: { words: list('别想了 就别想 自己掂量 掂量掂量 看着办 就慢 慢一点 就不给补 就不补发 就不给退 就不给换 就不处理 就不管了 就没有售后 售后就慢 售后就不 会慢很多 处理会慢 会很慢'), within: 14 },
      unless: REVIEW_NEGATIONS,
      reason: `${REVIEW_BAIT}；以售后、补发为要挟阻止买家差评同属干扰评价`,
      suggestions: ['有任何不满意的地方请告诉我，我们一定尽力解决'],
    },
    {
      id: 'reviewbait.shua',
      category: 'reviewbait',
      severity: 'block',
      // Reviews asked to be faked, with or without a reward ("帮我们刷几个好评", "刷点五星"): 刷 + a count + the
      // review. The shop's refusal right before it ("我们从不刷好评", "严禁刷评价") is no request.
      words: list('刷 帮刷 帮忙刷').flatMap((verb) =>
        list('好评 五星 评价').flatMap((what) => list('_ 个 点 些 几个 几条 一下 下 一波').map((count) => verb + (count === '_' ? '' : count) + what)),
      ).concat(
        // Orders faked, asked in plain words ("帮忙刷几单 佣金当天给你结", "刷单兼职要不要做", "帮我们刷几单老花镜"): c260, c261,
        // c263, c265, c272. Not 刷机 or 刷卡: 单 or 销量 follows.
        list('刷单 刷几单 刷一单 刷两单 刷个单 刷点单 刷些单 刷销量 刷订单'),
      ),
      // Nor is someone else's request retold ("有人让我们刷好评，我们不做"), then refused.
      unless: { words: list('不 没 别 从不 不会 不做 不搞 不参与 严禁 禁止 拒绝 杜绝 反对 不允许 让我们 叫我们 找我们 要我们'), within: 2 },
      // "刷单的事我们不干", "有人找俺刷单俺都拒了", "谁找您刷单都是骗子", "…刷单兼职的话千万别信".
      // 粤语 "刷单犯规㗎，我哋唔做".
      unlessAfter: { words: [...REVIEW_NEGATIONS_AFTER.words, ...list('不干 都拒 拒了 骗子 骗局 被骗 别信 不要信 千万别 犯规㗎 犯规的 是犯规 属于犯规')], within: REVIEW_NEGATIONS_AFTER.within },
      reason: `${REVIEW_BAIT}；请买家“刷好评”属组织虚假评价`,
      suggestions: ['收到货满意的话，欢迎分享真实的使用感受'],
    },
    {
      id: 'reviewbait.arranged',
      category: 'reviewbait',
      severity: 'block',
      // The shop's reviews written by people it arranged ("我们的评价…都是我们安排人写的"): faked reviews, as 刷好评 is.
      words: list('安排人写 找人写 请人写 雇人写 安排人评 找人评 安排人刷 找人刷 花钱请人写'),
      near: { words: list('评价 好评 评论 五星 买家秀'), within: 12 },
      // "我们这里不刷单 也不找人写评价": the shop saying it does not.
      unless: { words: [...REVIEW_NEGATIONS.words, ...list('不 没 从不 从没 从来不 不会')], within: REVIEW_NEGATIONS.within },
      unlessAfter: REVIEW_NEGATIONS_AFTER,
      reason: `${REVIEW_BAIT}；店铺安排人写的评价属组织虚假评价`,
      suggestions: ['收到货满意的话，欢迎分享真实的使用感受'],
    },
    {
      id: 'reviewbait.pressure',
      category: 'reviewbait',
      severity: 'block',
      // The bad review answered with pressure on the buyer, whatever is threatened: calls without end ("差评不改的话
      // 我们会天天打电话"), the law ("差评不撤就走法律途径", "后果自负"), a warning ("这条差评我们都看着呢，小心点"), the
      // next sale or a refund ("差评不删，下次别想在我们家买"). The review word + a pressure cue after it; "我们不会追究"
      // is negated (negated.we-dont), "差评我们会一直跟进到您满意" names no pressure, and 记下了 is no cue ("差评的问题
      // 我们记下了，下批改").
      words: list('差评 中差评 一星 低分'),
      near: {
        words: list(
          '一直联系 一直打电话 一直打给 每天打电话 每天都打 每天都联系 天天打电话 天天联系 天天打 打电话问候 ' +
            // "敢给差评我就天天给你打电话": the calls promised to the buyer, not a number handed over (offplatform.give-contact).
            list('天天 每天 一直').flatMap((often) => list('给你打电话 给您打电话 打电话给你 打电话给您').map((call) => often + call)).join(' ') + ' ' +
            '法律途径 法律责任 后果自负 后果自己 追究 要负责任 小心点 别想 别指望 买不了 不批 看不到了 ' +
            // The buyer answered in public or exposed ("这差评你不删，别怪我在评论里回你难听的", "不给我改差评，我就把您的电话公布出去"):
            // c259, c274. Not a bare 公布 or 曝光: "差评反映的问题我们会公布整改结果".
            '别怪我 难听的 公布出去 把您的电话 把你的电话 把您的手机号 把你的手机号 曝光您 曝光你',
        ),
        within: 16,
      },
      unless: REVIEW_NEGATIONS,
      unlessAfter: REVIEW_NEGATIONS_AFTER,
      reason: `${REVIEW_BAIT}；以骚扰、追责或拒绝交易要挟买家不给或删除差评同属干扰评价`,
      suggestions: ['有任何不满意的地方请告诉我，我们一定尽力解决'],
    },
    {
      id: 'reviewbait.retaliation',
      category: 'reviewbait',
      severity: 'block',
      // A threat tied to the buyer's review: "给了差评就不接您的单了", "差评就拉黑". Interference with the review first:
      // train writers file it 好评诱导 (33 drafts, 13 of them that alone, beside 辱骂买家 in the rest), as reviewbait.pressure.
      words: list(
        '不接你的单 不接您的单 不卖给你 不卖给您 拉黑你 拉黑您 挂你 挂您 曝光你 曝光您 走着瞧 ' +
          // The shop itself refusing every later sale ("差评的话本店以后不卖给您", "给差评以后买啥我们都不卖"): 本店不 and
          // 我们不 alone read as the shop declining something, so the refusal is written whole with its subject; a bare
          // 都不卖了 is no cue ("差评多的那款我们都不卖了": the goods withdrawn).
          '我们不卖给 本店不卖给 咱家不卖给 我家不卖给 都不卖给 再也不卖给 ' +
          // Blocked as a rule ("给差评的我们统一拉黑"), 粤语 俾 for 给 ("唔撤嘅话以后唔卖俾你"): c262, c235.
          '统一拉黑 一律拉黑 都会拉黑 会拉黑 就拉黑 把你拉黑 把您拉黑 不卖俾你 不卖俾您 ' +
          // "你敢俾差评，以后都唔卖鱼俾你，直接拉黑" (recall25b).
          '直接拉黑 ' +
          // Whatever the buyer wants next, refused ("以后买啥我们都不卖").
          list('买啥 买什么 要啥 要什么').flatMap((any) => list('都不卖 我们都不卖 本店都不卖 咱家都不卖').map((no) => any + no)).join(' '),
      ),
      near: { words: list('中差评 差评 打差 给差 评价 一星 中评 低分 五星 好评'), within: 15 },
      // "不会因为差评拉黑您的": the shop saying it will not.
      unless: { words: list('不会 绝不 从不 不因为 不会因为'), within: 10 },
      reason: `${REVIEW_BAIT}；因评价威胁买家（拉黑、拒接订单、曝光）属干扰评价，也是对买家的威胁`,
      suggestions: ['有任何不满意的地方请告诉我，我们一定尽力解决'],
    },
    {
      id: 'reviewbait.gai-ping',
      category: 'reviewbait',
      severity: 'block',
      words: list(
        '一星 三星 两星 中评 二星 低分 四星 差评 星级 评价 评分 追评 ' +
        // The shop's rating as the reason to change ("好评率对我很重要，改一下"): c172.
        '好评率 ' +
        // A comment under the shop's video or listing ("您把视频下面那条评论删了"), not the comment section itself.
        '那条评论 这条评论 那个评论 这个评论 的评论',
      ),
      near: {
        words: list(
          // "那条差评能不能隐藏掉": c105.
          '隐藏 ' +
          '删一下 删了 删掉 删除 删个 删下 撤个 能删 能撤 帮忙改 提高一下 撤一下 撤了 撤回 撤掉 撤销 改一下 改个 ' +
          '改为 改了吧 改成 改掉 改高 给修改 能改 调高 进行修改 ' +
          // The stars it should become ("改四星以上我再补您"): c178.
          '改四星 改五星 改到四星 改到五星 改个四星 改个五星 ' +
          // The change, then what it earns: "改了给您补偿十块", "差评改了 我给你退五块".
          '改了给 改了我 改了就 改完给 改完我 改完就',
        ),
        within: 16,
      },
      unless: REVIEW_NEGATIONS,
      reason: `${REVIEW_BAIT}；要求或利诱买家删改差评同属干扰评价`,
      suggestions: ['给您带来不好的体验很抱歉，我们会尽快帮您解决问题'],
    },
    {
      id: 'reviewbait.delete-for',
      category: 'reviewbait',
      severity: 'block',
      // A line of the review deleted for money, the review word left out: "那句删掉 我给您补个 5 元", "删了给您发个券".
      // "把“画质模糊”那四个字去掉就行": c175.
      words: ['那句', '这句', '那条', '这条', '那段', '这段', '那几句', '那几个字', '那句话', '这句话', '那两个字', '那三个字', '那四个字', '这几个字'].flatMap((line) => [`${line}删`, `${line}撤`, `${line}去掉`]),
      near: {
        words: [
          ...list('补个 补您 补你 元券 块券 红包 返您 返你 转您 转你 块钱 补偿您 补偿你 给你补偿 给您补偿'),
          // The sum with the giver first ("我给你补5块", "给您补点"): c183, c243; not 给你补发 (the goods sent again).
          ...list('给你补 给您补').flatMap((giver) => [...'0123456789点'].map((sum) => giver + sum)),
        ],
        within: 14,
      },
      unless: REVIEW_NEGATIONS,
      reason: `${REVIEW_BAIT}；以补偿、红包换买家删除评价内容同属干扰评价`,
      suggestions: ['给您带来不好的体验很抱歉，我们会尽快帮您解决问题'],
    },
    {
      id: 'reviewbait.cha-ping',
      category: 'reviewbait',
      severity: 'block',
      // The low rating itself to be changed ("能不能把一星改了"): c214.
      // "你要是改成五星，这次运费我们来出": c114.
      words: list('删差评 删评 差评删 把评价删 改为好评 改好评 改差评 改成好评 改成五星 改为五星 改五星').concat(list('一星 两星 二星 三星 差评 中评 评价 评分').map((rating) => `把${rating}改`)),
      unless: REVIEW_NEGATIONS,
      // "删差评我们不会要求的": the shop saying it does not.
      unlessAfter: REVIEW_NEGATIONS_AFTER,
      reason: `${REVIEW_BAIT}；以退款、补偿等换取删改差评同属干扰评价`,
      suggestions: ['给您带来不好的体验很抱歉，我们会尽快帮您解决问题'],
    },
    {
      id: 'reviewbait.confirm-reward',
      category: 'reviewbait',
      severity: 'block',
      // Receipt confirmed for a benefit ("确认收货后截个图给我 给您返运费", "先确认收货 才能申请赠品"). A refund or a
      // reissue after it ("您先确认收货，有问题我给您退") is promise.early-confirm's: train writers file that 承诺 (13 : 1),
      // cash and gifts 好评诱导 (26 : 0). Out of reviewbait.reward's words for that reason: its cues 退您/给你补 are both.
      words: ['确认收货'],
      near: {
        words: list('返 反现 fx 红包 hb 现金 赠品 赠送 小样 礼品 礼物 惊喜 积分 券 e卡 送您 送你 多送 再送 就送 运费 延保 领 块钱'),
        within: 16,
      },
      // "先别确认收货，我私下把差价返给你，你把支付宝账号发我": receipt held back while money goes outside the order is a
      // private payment (offplatform's pay-app), not a reward for confirming.
      unless: { words: [...REVIEW_NEGATIONS.words, ...list('先别 先不要 暂时别 暂时不要 别急着 不急着')], within: REVIEW_NEGATIONS.within },
      // "赠品已经跟货一起发了，确认收货和评价不急": no hurry, so nothing is traded for it.
      unlessAfter: { words: [...REVIEW_NEGATIONS_AFTER.words, ...list('不急 不着急 不用急')], within: REVIEW_NEGATIONS_AFTER.within },
      reason: `${REVIEW_BAIT}；以返现、赠品换买家确认收货，同样会被平台按诱导确认收货处理`,
      suggestions: ['收到货检查没问题后再确认收货就好'],
    },
    {
      // The system's default review said not to count, and a written one asked for instead ("默认好评的话我们这边没法返，
      // 您手动写一个带图的吧", "默认好评不算，要手动五星"): the written review is what the reward or favour waits on.
      id: 'reviewbait.manual-over-default',
      category: 'reviewbait',
      severity: 'block',
      words: list('默认好评 默认评价 默认五星 系统好评 系统默认好评 系统默认评价 自动好评 自动评价'),
      near: { words: list('手动 手写 手打 亲手写 自己写 自己打'), within: 20 },
      // "默认好评也行 不用手动": the default accepted; "默认好评和手动写的都一样": the two put side by side.
      unlessAfter: { words: list('也行 也可以 也没关系 也一样 也算 就行 就好 就可以 都行 没关系 没问题 和 跟 还是 或者 或'), within: 3 },
      unless: REVIEW_NEGATIONS,
      reason: `${REVIEW_BAIT}；说默认好评不算、要买家手动写好评，属诱导评价`,
      suggestions: ['收到货满意的话，欢迎分享真实的使用感受'],
    },
    {
      id: 'reviewbait.dictate',
      category: 'reviewbait',
      severity: 'block',
      // Telling the buyer what to write: "写满50字，带上这几个字".
      words: list('写满 写上 复制粘贴 指定内容 按这个写 照着写 这几个字 两个字 几个字 三个字 四个字 这段话 就说是 就写 别提 不要提 不要写 别写').concat(
        // The words handed over with the review's moment ("评价的时候麻烦写 包装好发货快", "您追评一句「客服很耐心」", "评论区帮咱
        // 说句好话"): c25, c259, c265, c273. Not 评价里写 alone: "有位客人在评价里写…", "评论里写漏电的，我们都会回访" read the
        // buyers' reviews back.
        list('评价 评论 追评').flatMap((review) => list('的时候写 时写 的时候麻烦写 的时候帮忙写 麻烦写 帮忙写 一句').map((when) => review + when)),
        list('帮咱说句好话 帮我们说句好话 帮忙说句好话 帮俺说句好话'),
        // The review written for the agent ("评价帮我写“皮质很好做工精细”，字数多点"): recall25b.
        list('评价 评论 追评 好评').flatMap((review) => list('帮我写 帮我们写 给我写').map((asked) => review + asked)),
        // The praise to put in, quoted ("好评的时候帮我夸一句“客服小萌态度好”"): c293.
        // Asked for by the agent (帮我, 麻烦): "买家评价里夸一句包装好的很多" reads other buyers' reviews back.
        list('帮我 帮我们 帮忙 麻烦 给我').flatMap((asked) => list('夸一句 夸两句 夸几句 夸一下客服 夸夸客服').map((praise) => asked + praise)),
      ),
      near: { words: list('好评 晒单 评价 评论 追评'), within: 12 },
      // The shop's refusals; "追评您想写就写": as the buyer likes, not words handed over.
      unless: { words: [...REVIEW_NEGATIONS.words, ...list('想写 爱写')], within: REVIEW_NEGATIONS.within },
      // "评价就写实际续航": what to write is what happened, not words handed to the buyer ("评价就写续航超长" stays); "评价时写的
      // 漏水我们看到了", "评价时写了…": the buyer's own review read back.
      unlessAfter: { words: list('实际 真实 如实 照实 实话 实情 的 了 写真实 写写 自己'), within: 0 },
      reason: `${REVIEW_BAIT}；指定买家评价的字数或内容属组织、诱导虚假评价`,
      suggestions: ['收到货满意的话，欢迎分享真实的使用感受'],
    },
  ],
  allow: [
    {
      // 粤语 "唔使改差评，你讲畀我知边度唔好" (唔使 reads 不使, 不用's dialect variant), "不用特意追评": no review asked for or changed. Allowed
      // phrases, not a context of 不用: "货不用发，钱我返" pays all the same ("不用改差评了，删评返10元" stays through 删评返).
      words: list('不用 不必 无需 不需要').flatMap((no) => list('改差评 改评价 特意追评 专门追评 特意好评 特意写好评').map((review) => no + review)),
      note: '“唔使改差评”“不用特意追评”：不要求买家评价或改评，不是利诱',
    },
    {
      // "评价随您心意，好评差评都是对我们的监督": the review left to the buyer's wish, whose 心意 is no gift ("好评送您一点心意"
      // stays).
      words: list('随您心意 随你心意 随心意 看您心意 看你心意'),
      note: '“评价随您心意”：评价随买家的意思，“心意”不是礼物',
    },
    {
      // "满99送的 不看评价": the gift said not to depend on any review.
      // "满199都送枕芯，不用看评价": the same said as no need to look.
      words: list('不 不用 不需要 不使').flatMap((no) => list('看评价 看好评 看评论 看评分 看五星 看晒图 看追评').map((review) => no + review)),
      note: '说明赠品、优惠不看评价：评价不是条件',
    },
    {
      // The screenshot of a review not wanted ("好评截图不用发，我这能看到", "好评不用截图给我") or of a fault asked for
      // ("有问题截图发我", "破损的话记得截图"): no reward cue (reviewbait.reward's 截图). "好评截图不用发，直接返您5元"
      // stays through 返5.
      words: [
        ...list('截图不用 截图就不用 截图也不用 截图不需要 截图不必 不用截图 不需要截图 无需截图 不用发截图 不用再截图 不必截图'),
        ...list('问题 破损 坏了 漏液 瑕疵 漏发 错发 少发').flatMap((fault) =>
          list('截图 就截图 记得截图 直接截图 请截图 可以截图 先截图 麻烦截图 拍照截图 拍个照截图').map((shot) => fault + shot),
        ),
      ],
      note: '不需要买家发评价截图，或请买家截图反映问题：截图不是返现的凭证',
    },
    {
      words: list('就没有 就没').flatMap((no) => list('返现 红包 返钱 现金 奖励').map((reward) => no + reward)).concat(['就冇返现']),
      note: '“不给五星就没有返现”：以评价为条件，不是否认返现（reviewbait.explained 的“没有返现”在这里不算）',
    },
    {
      // "追评挺麻烦的，您方便就写几句": as the buyer likes, no words handed over (reviewbait.dictate's 就写).
      words: list('方便就写 有空就写 愿意就写 乐意就写 想写就写 有时间就写'),
      note: '“您方便就写几句”：写不写随买家，不是指定内容',
    },
    {
      words: list('可不可以 可否 能不能 能否'),
      note: '请求或询问（“差评能不能删一下”），其中的“不能”不是否定',
    },
    {
      // "不管好评差评，复购三次都能进VIP": whatever the review, so the review is no condition of the offer.
      words: list('不管 无论 不论').flatMap((whatever) => list('好评差评 好评还是差评 差评好评 差评还是好评 好评中评差评').map((reviews) => whatever + reviews)),
      note: '“不管好评差评”：评价不是优惠的条件',
    },
    {
      // "您要是不给我改差评，我就把您的电话公布出去": a condition put to the buyer, so its 不给 is no refusal of a reward
      // (reviewbait.explained's cue); "要是不给好评也没关系" stays clean through the rules' own 没关系.
      words: list('要是不给 如果不给 若是不给 假如不给'),
      note: '“要是不给…”是向买家提条件，其中的“不给”不是店铺说自己不给返现',
    },
    {
      words: ['好评率'],
      note: '店铺指标，不是向买家要好评',
    },
    {
      words: list('好评占比 带字评价 评价数据 评价统计'),
      note: '说明店铺的评价统计，不是向买家要好评',
    },
  ],
  contexts: [
    {
      id: 'reviewbait.explained',
      categories: ['reviewbait'],
      before: list('不允许 不准 不发 不可以 不得 不提供 不给 不能 不让 不许 不返 不送 平台规定 不做 不搞 不参与 从不 您说的 你说的 您说 你说 有人说 别人说 听说 您问 你问').concat(
        // 讲 for 说 in southern speech: "侬讲别家…" (侬 reads 你), "你讲嘅好评返现".
        list('您讲 你讲 有人讲 别人讲'),
        // "您刚才说“好评返现”", "有的宝子问能不能好评返现", "截图是别的店的好评返现卡片": the buyer's words or another shop's card.
        list('您刚才说 你刚才说 您刚说 你刚说 问能不能 问可不可以 别的店的 别家的'),
        // "不用非得五星", "不是让您打五星", "下单就送…不用评价": the review not asked for.
        // 粤语 唔使 (不用), read 不使, 不用's dialect variant: "满99送髮圈 唔使寫評價".
        list('不用非得 不必非得 不用非要 不是让您 不是让你 不用评价 不用写评价 不需要评价 无需评价 不用给评价 不用好评 不需要好评 不用给好评 不用五星'),
        // "下单就送笔芯一盒，不用带图也不用评价", "店铺评分…都是真实买家写的评价": no photo asked for; the reviews shown, not asked.
        list('不用带图 不用晒图 不需要带图 无需带图 真实买家写的 买家真实写的'),
        // "老顾客都能打九折，不用追评也有", "不用为了啥奖励去写": no review asked for, none written for a reward.
        list('不用追评 不需要追评 无需追评 不用晒单 不用评论 不用为了 不是为了 不必为了'),
        // "带不带图都行", "五星不五星您自己定", "给不给差评都…": asked in the A-not-A form, left to the buyer.
        // "评价不评价都送", "追评不追评都行", "晒不晒买家秀都有": the second review word of the pair left to the buyer too.
        list('带不带图 晒不晒图 五星不五星 好评不好评 给不给 打不打 写不写 评不评 评价不评价 追评不追评 评论不评论 晒不晒'),
        // "没有什么返现，只有一份感谢", "冇返现的": the reward denied (the cue covers it; 就没有返现 is allowed, a condition).
        list('没有返现 没返现 冇返现 没什么返现 没有什么返现 没有任何返现 冇得返现'),
        // The same for every reward, however it is denied: "愿意拍就拍，没有红包", "俺不给恁定内容，也没有返钱", 粤语 "好评唔使返咩
        // 现金" (read 不使返啥现金: 不使 is 不用's dialect form), 潮州 "阮𠀾因为评价返钱" (𠀾 reads 不). No train or regression
        // risky draft denies a reward; the condition "不给五星就没有红包" is allowed (就没有…, below) and so no cue.
        list('没有 没 不用返 不返').flatMap((no) => ['', '啥', '什么'].flatMap((what) => list('红包 返钱 现金 奖励').map((reward) => no + what + reward))),
        list('不因为 不会因为'),
      ),
      within: 10,
      note: '“平台规定不能好评返现”：说明规则，不是利诱',
    },
    {
      id: 'reviewbait.unrelated',
      categories: ['reviewbait'],
      after: list(
        '不允许 不准 不影响 不挂钩 没有关系 没关系 无关 不相关 不让 不许 如实 实事求是 平台不 按真实 是违规 真实情况 真实感受 禁止 ' +
        // "…的话平台会处罚我们", "有人说…那是骗子", "您说的…这个我们没参加".
        '没参加 的话平台 会处罚 会被罚 骗子 是骗人 不是我们 ' +
        // "评价凭您自己感受写", "有人找你刷好评别信": the buyer's own feelings, another's request warned against (c259, c251).
        '凭您自己 凭你自己 凭自己 凭感受 别信 不要信 千万别信 ' +
        // "差评删不删都行": left to the buyer in the A-not-A form ("差评删了返你10元" stays).
        '删不删都行 删不删都可以 不删都行 不删都可以 改不改都行 改不改都可以 不改都行 不改都可以 ' +
        // "有贵客问“好评返现”是不是真的，我们店没有这个活动".
        '没有这个活动 没有这种活动 没这个活动 没这种活动 ' +
        // "追评带不带视频都中，没返钱", "…照实写，没啥返现的", "评价真实就行，咱家没有领红包这一说", 粤语 "好评差评都冇红包": the
        // reward denied after the review (冇 reads 没).
        '没返钱 没啥返现 没有领红包 都没红包 都没有红包 ' +
        '这个违规 随心 随您 您的自由 你的自由 写好写坏 自己的感受 您的感受 你的感受 不用改 按实际 实际体验 真实体验 不是我们放 不是我们发 不要理会 别理会 ' +
        // "评价送积分是平台统一的活动", "积分奖励 这个是平台给的": the platform's own points for reviews, not the shop's bait.
        '平台统一 平台的活动 平台活动 平台给的 平台发的 平台送的 平台发放 平台奖励 平台自己的 ' +
        // "评价不用提我，小礼物本来每单都有的", "好评晒图看您心情，送的小样每单都有": the gift comes with every order (every
        // train draft saying so is clean).
        '每单都有 每单都送 每单都会送 每个订单都有 每个订单都送 本来每单 本来就每单',
      ).concat(
        // "改不改评价随您，缺的那袋肥照样给您补发": the missing goods sent whatever the review (not 照样给 alone: "照样给你
        // 返五块" pays for it).
        list('照样补发 照样给补发 照样给您补发 照样给你补发 照样给您补 照样给你补'),
        // "“好评送赠品”是别家的活动吧": the offer put down to another shop ("好评返现，是别家的两倍" stays: a boast).
        list('是别家的 是别人家的 是别的店的 是其他店的 是其他家的').flatMap((theirs) => list('活动 吧 哦 哈 呢 说法 宣传').map((end) => theirs + end)),
        // "五星不五星你看着给，红包这种我们不发": the reward named as a kind, then refused (as NO_OTHER_CHANNEL's 这种不能发).
        list('这种 这个 这些 那种 那个').flatMap((kind) =>
          ['', '我们', '咱们', '我们店'].flatMap((who) => list('不发 不送 不返 不给 不搞 不做').map((no) => kind + who + no)),
        ),
      ),
      within: 10,
      sentence: true,
      note: '说明评价与优惠无关、请买家如实评价',
    },
    {
      id: 'reviewbait.not-tied',
      categories: ['reviewbait'],
      // "补偿不跟删评挂钩", "赠品不和评价绑定": the review named between 不跟 and 挂钩, said to be no condition. Without the
      // link word after it ("不跟您计较，删评返十块") the review stands.
      before: list('不跟 不和 不与 不同 不会跟 不会和'),
      then: list('挂钩 绑定 挂在一起 绑在一起 扯上关系'),
      within: 4,
      note: '“补偿不跟删评挂钩”：说明评价不是补偿的条件',
    },
    {
      id: 'reviewbait.whatever-review',
      categories: ['reviewbait'],
      // "每单都送一块磨刀石，不管您怎么评价都送": the gift given whatever the review. Only with the gift said to follow
      // either way (then): "不管怎样，好评返5元" stays, and cash for any review ("…都有返现", "…都返") is still bait.
      before: list('不管 无论 不论'),
      then: list('都送 都会送 都照送 照样送 也送'),
      within: 6,
      note: '“不管您怎么评价都送”：赠品不看评价，评价不是条件',
    },
    {
      id: 'reviewbait.every-order',
      categories: ['reviewbait'],
      // "每单都送一个书签，晒不晒图都有": the gift of every order, named right after 每单都 before any review word ("每单都送
      // 一个，好评再送一个" stays: the second gift follows the review, with no 每单 right before it).
      before: list('每单都 每单都会 每个订单都 本来每单都'),
      within: 0,
      note: '“每单都送一个书签”：赠品每单都有，评价不是条件',
    },
    {
      id: 'reviewbait.not-conditional',
      categories: ['reviewbait'],
      // "同款支架不是好评才送，这单本来就带一个": the review said to be no condition of the gift. Only with the 才 of a
      // condition after it ("不是好评返现，是晒图返现" stays).
      before: ['不是'],
      then: list('才送 才有 才给 才返'),
      within: 0,
      note: '“不是好评才送”：说明赠品不以评价为条件',
    },
    {
      id: 'reviewbait.asked-denied',
      categories: ['reviewbait'],
      // "有人问好评返现，没有哈": others' question reported, then answered no later in the sentence. Without the no ("有人
      // 问好评返现，有的，返5元") the offer stands.
      // "之前也有客户问差评能不能删，我们是不会要求删评的": c103.
      before: list('有人问 有买家问 有顾客问 有客户问 有客人问 好多人问 不少人问 很多人问 经常有人问 常有人问 老有人问 也有人问'),
      then: list('没有 没这个 没这种 不做 不搞 不返 不送 不发 不能 不可以 不允许 是违规 不会要求'),
      within: 10,
      note: '转述别人问的好评返现，后面回答没有：是在答疑，不是利诱',
    },
    {
      id: 'reviewbait.answered',
      categories: ['reviewbait'],
      // "您是想让我们帮您改差评吗？不用的", "好评有返现吗？没有的哈": the buyer's question echoed (question mark), then no
      // need or no such thing. Not 「想改差评吗？改了返您10块」.
      after: list('不用的 不用哦 不用哈 不用了 不需要的 不需要哦 没有的 没有哦 没有哈 没有呢 不可以的 不可以哦 不行哦 不能哦 不会的 不会哦'),
      within: 4,
      answers: true,
      note: '复述买家的提问（问号）再回答不用、没有：是在答疑，不是利诱',
    },
    {
      id: 'reviewbait.left-to-buyer',
      categories: ['reviewbait'],
      // "给您补发一个，评价您随意", "评价怎么写您随意": the amends come first and the review is left to the buyer right
      // after it ("好评返现，评价您随意" stays: the reward's own span ends before the cue).
      // "下单就送车载香薰一瓶，评价随意": the gift first, the review left free right after its word.
      after: list('随意 您随意 你随意 随您心意 怎么写您随意 怎么写你随意 怎么写都行 怎么写都可以').concat(
        // "评价写什么都可以", "追评带不带图都行", "评价里照实写就行", "晒图评价完全自愿", "五星不五星您自己定", "评价是你的权利":
        // the review left free right after its word ("评价随意，五星返现" stays: 五星 is a word of its own).
        list('写什么都可以 写什么都行 写多写少都行 带不带图都行 照实写 里照实写 如实写 是自愿的 完全自愿 不五星您自己定 不五星你自己定 是你的权利 是您的权利'),
        // "补你一瓶新的，评价不用动": the review left as it stands.
        list('不用动 不用改 不用管 您不用动 你不用动 不用改动'),
        // "评价不评价都会送", "追评不追评都行", "评价晒不晒图都行", "评价写不写都送": the review asked in the A-not-A form, then
        // left to the buyer, the gift given either way (c251, c263, c265, c266, c271, c274); "差评删不删您决定" (c251, c266);
        // "好评不用刷哈", "再评价也不迟", "评价您照实写就行".
        list('不评价 不追评 不好评 不评 晒不晒 写不写 评不评 给不给 打不打 不用刷 也不迟 您照实写 你照实写 您如实写 你如实写'),
        list('不删').flatMap((no) => list('您决定 你决定 您自己决定 你自己决定 是您的事 是你的事 随您 随你 都行 都可以 您说了算 你说了算').map((yours) => no + yours)),
        // "给你补发一顶，评价您自己决定": the review the buyer's own call.
        list('您自己决定 你自己决定 自己决定 您自己定 你自己定 您来定 你来定 您说了算 你说了算 看您心情 看你心情'),
        // "琴架下单都送，评价给几星都照送": whatever the stars, the gift the same; "确认收货和评价不急": no hurry, nothing asked;
        // "晒图追评都是自愿的".
        // "封层给你补发一瓶，评价你怎么评都可以"; "每单都送一个，好评差评都送": the gift given whatever the review.
        list('你怎么评都 您怎么评都 你怎么写都 您怎么写都 差评都送 差评都会送 差评都照送'),
        // "评价怎么给都行", "评价啥样都照送", "评价写几个字都可以", 粤语 "评价点写随你" (点 = 怎么): however the review goes.
        list('怎么给都 怎么打都 啥样都 写几个字都 写几句都 点写随你 点写随您 点写都'),
        list('给几星都 打几星都 几星都 给几颗星都 怎么评都 好评差评都 都照送 照样送 不急 不着急 不用急 都不急 都不着急 都不用急 都是自愿的 都是自愿 也是自愿的'),
        // The same after a second review word ("好评晒图随意", "晒图追评都是自愿的", "好评晒图看您心情"): the pair is one review.
        list('晒图 追评 好评 评价 带图 晒单').flatMap((second) =>
          list('随意 您随意 你随意 看您心情 看你心情 是自愿的 都是自愿的 都是自愿 完全自愿').map((free) => second + free),
        ),
      ),
      within: 0,
      note: '先补发、退款，再说评价随买家：评价不是补偿的条件',
    },
  ],
};
