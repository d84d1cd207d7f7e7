// 站外引流: platform rules on steering buyers away — other chat apps, phone numbers, QR codes, groups,
// other platforms, outside payment and links (the detectors in ../detectors.ts find the numbers and links).
import { PLATFORM_OFFSITE } from './basis';
import { list, type RuleSection } from './define';

/** "都是平台价，不私下交易": the deal off the platform refused by a bare 不 (OFFSITE_NEGATIONS is too far-reaching for it). */
const PRIVATE_DEAL_REFUSED = list('交易 转账 收款 付款 联系 加 沟通 出售 卖 发货 接单').map((deal) => `不私下${deal}`);

const ASK_CONTACT = '索要买家的电话、邮箱或约定站外联系，容易被平台判为站外引流，也不符合《个人信息保护法》第六条的最小必要原则；订单里的收货信息已经够用';
const QR_CODE = `${PLATFORM_OFFSITE}；让买家扫码加好友、进群、付款或关注站外账号属站外引流`;

/** An agent explaining the rules or warning the buyer ("平台不能加微信哦", "请勿私下转账") is not steering anyone away. */
const OFFSITE_NEGATIONS = {
  words: list(
    '不会主动 不会以 不会在 不会私下 不会要求 不会让你 不会让您 不会通过 不会用 不会使用 从不用 不做 不允许 ' +
    // 不用 reads 粤语 唔使 too (folded 不使, its dialect variant): "唔使转俾我".
    '不可以 不存在 不建议 不接受 不提供 不搞 不支持 不用 不能 不要 不进行 ' +
    // 不方便 refuses only an action ("不方便加微信"); "这不方便说 v信聊" is the steering line itself.
    '不方便加 不方便给 不方便提供 不方便透露 不方便私下 不方便留 不方便发 不方便用 不方便走 不方便电话 不方便打电话 不方便语音 不方便视频 ' +
    '不需要 严禁 也不会 从不 从来不 切勿 别 小心 我们不会 拒绝 提防 无法 无需 没有 ' +
    '禁止 警惕 请勿 谨防 都不会 没法 没办法 ' +
    // In dialect, and without the right to: "我没得权限私下给您改价", "莫得私下交易的".
    '没得 莫得 没权限 没有权限 ' +
    // "加不了微信的 平台会罚": the contact that cannot be added.
    '加不了 ' +
    // The page the buyer lands on: "扫码后不会跳到站外".
    '不会跳到 不会跳转到 不跳到',
  ),
  within: 8,
};
/**
 * "退换货就在快手申请", "我们只在抖音和快手开了店", "付款都在淘宝里完成": a platform named as the one place the deal
 * happens, the workbench's own (every such draft of c20–c32 is clean). Only for platform names: "vip群只在威信上" steers.
 */
const ON_ONE_PLATFORM = {
  // "所有维修都要走京东售后工单", "必须在抖音里下单": the platform as the one required channel.
  words: [...OFFSITE_NEGATIONS.words, ...list('就在 只在 都在 直接在 只有在 都走 只走 统一走 都要走 必须走 只能走 一律走 都要在 必须在 只能在 统一在')],
  within: OFFSITE_NEGATIONS.within,
};
/** "小程序还没开通""视频号没有开通""淘宝没有店""微信不能加哦": the agent says there is no other channel. */
const NO_OTHER_CHANNEL = {
  words: list(
    '不卖 暂未开通 没在卖 没开店 没开通 没有卖 没有店 没有开通 还没开 不能加 加不了 不可以加 不加的 ' +
      // "QQ和微信我们都不能给", "您发的QQ号我这边不能加", "微信号我这边看不到": the buyer's contact asked for, then refused.
      '都不能给 都不加 都不能提供 这边不能加 这边看不到 真不能加 真不行 我们做不到 ' +
      // "微信号这种不能发哈": the contact named as a kind, then refused.
      '这种不能发 这种不能给 这种不能留 这种不能加 这种发不了 这种给不了 这个不能发 这个不能给 ' +
      // "微信不方便给哦 这里可以直接聊": the contact named, then declined as OFFSITE_NEGATIONS' 不方便 + action is before it;
      // "加微信那个不中" (Henan 不中, 不行): refused in dialect.
      '不方便给 不方便加 不方便留 不方便发 不方便提供 那个不中 这个不中 可不中 真不中',
  ),
  within: 6,
};

/**
 * The contact or the deal named, then refused by the shop at the end of its clause ("微信就不加了", "QQ我不怎么用",
 * "私下算便宜这事不行"): who refuses or a pointer back to it, then the refusal. Words going on after it ("VX我不用的话…")
 * make it no refusal.
 */
const CONTACT_REFUSED = list('这事 这个事 这个 这种 我 我们 咱 咱们')
  .flatMap((who) => list('不行 不可以 不加 不加了 不加的 不做 不搞 不用 不怎么用 不会用 用不了 没有 不留 不留的 也不留 也不留的 也不加').map((refusal) => who + refusal))
  // "威信就不加啦", "扣扣也不加，实在抱歉": the refusal with no one named.
  .concat(list('就不加了 就不加的 就不加 也不加 也不留'));
/**
 * Contacts gathered in a list and pointed back to, then refused by the shop ("QQ、微信这些我们都不能提供"): the pointer
 * gathers the list across its 、, so its refusal reaches the first item. Only plural pointers and refusals to give or
 * add, closing the clause ("这些我们都不能提供，平台有规定"; "…这些我们不能提供的话…" goes on).
 */
const LISTED_CONTACTS_REFUSED = list('这些 那些 这类 那类 这几个 这几种').flatMap((these) =>
  ['', ...list('都 我们都 我们 咱都 咱们都 本店都')].flatMap((who) =>
    list('不能提供 不提供 不能给 不给 不加 不能加 不能留 不支持 没有').map((refusal) => these + who + refusal),
  ),
);
/**
 * The steering named as a kind or a matter, then ruled out ("“V信返现”那种都是违规的", "威信转账这事平台不让"): the
 * kind, then that it breaks the rules or is not done, closing the clause ("这事平台不让在这说" goes on, and steers).
 */
const KIND_RULED_OUT = list('这事 这种事 这个事 那种事 这类事 这种 那种').flatMap((kind) =>
  ['', '都'].flatMap((all) =>
    list('是违规的 违规 平台不让 平台不允许 平台禁止 是不允许的 不允许 是骗人的 是诈骗 是骗局 我们不做 我们店不做 我们不搞').map((ruledOut) => kind + all + ruledOut),
  ),
);

/**
 * A group entered inside the platform's app, from the shop's page or the live room ("点店铺主页的粉丝群入口进群",
 * "会员群在店铺首页就能进"): its entry named. Not a group number, a code to scan or another app, which stay steering.
 */
const IN_APP_GROUP_ENTRIES = list('粉丝群入口 群聊入口 店铺群入口 会员群入口 入口进群 入口进去 店铺群就能加 店铺群就能进 店铺群就可以');
const IN_APP_GROUP_AFTER = [
  ...IN_APP_GROUP_ENTRIES,
  ...list('在店铺首页就能进 店铺首页就能进 在店铺首页能进 店铺首页能进 在店铺首页点 店铺首页点进去 在店铺主页就能进 店铺主页就能进 直播间就能进 的店铺群 群入口'),
];

/** Off-platform chat apps, spelled the ways agents write them (pinyin, initials, homophones). */
const WECHAT_SPELLINGS = list(
  'vx vx号 v信 wechat weix weixin waixin wei信 wx wx号 w信 ' +
  '企业微信 企微 伟信 卫信 危信 喂信 围信 威x 威xin 威信 小绿书 嶶信 微x ' +
  '微xin 微伈 微信 微信号 徽信 维信 绿泡泡 绿色泡泡 绿色软件 薇x 薇xin 薇伈 ' +
  '薇信 某信 魏信 绿色聊天软件 绿色app 绿色的软件 绿色的app 绿色聊天',
);
/**
 * "某明星私下也在用": an endorsement (authority), not a deal off the platform; "我们私下不接单": a refusal;
 * "我主页没有任何联系方式": the channel said to hold nothing.
 */
const OTHER_APP_NOT_AFTER = list(
  '也在用 也用 自用 都在用 都用 在用 不接单 不接 不交易 不收款 不卖 不做 没有任何 没留 没放 不留 不放 只有 不对外 ' +
    // "群里说的“内部资料”我们没有", "群里看到的说法": what was said there reported, not the buyer sent there.
    '说的 看到的 讲的 传的 ' +
    // "我手机号平台给隐藏了 有事在这个窗口说": the number the platform hides, no number given.
    '平台给隐藏 平台隐藏 被平台隐藏 平台给屏蔽 被平台屏蔽',
);
// 裙 for 群 ("Q裙", "扣扣裙"): the homophone past the filter; 裙 alone is a skirt, so only after the QQ names.
// 🐧 alone is a decoration ("有事找我🐧", "我不用🐧"), and it folds to q: only as the place a chat moves to ("去🐧上聊",
// "🐧上联系"), not 上q/去q/q上 alone ("马上Q弹", "Q版", "Q上加Q"). Q空间: QQ's own page ("我Q空间有安装视频").
// 叩叩 is 扣扣 by sound ("叩叩号码印在卡片上"); alone it knocks, so only as an account or group.
const QQ_SPELLINGS = list('qq qq号 qq群 q号 q群 企鹅号 扣扣 扣扣号 抠抠 球球号 qq裙 q裙 企鹅裙 扣扣裙 去🐧上 🐧上聊 🐧上找 🐧上联系 q空间 叩叩号 叩叩群 加叩叩');

/** What steers the buyer to a channel named beside it: a lower price there, a search, a follow, a download. */
const CROSS_PLATFORM_CUES = {
  words: list(
    '上也有 上买 上拍 下载 九折 也开了 也有 也有卖 也有店 也能 付现 价格低 优惠 低 ' +
    '低一些 低很多 低点 便宜 便宜一些 便宜些 便宜点 八折 关注 再打 划算 去下单 去买 ' +
    '去拍 去看 去那边 店下单 店买 店拍 店里下单 店里买 店里拍 开了店 拿货 搜 改价 ' +
    '更低 更便宜 有券 有卖 来拿 来看 活动更多 直接过来 看我们的 私下 私信 网址 过来买 ' +
    '还有一个店 还有个店 那边下单 那边买 那边价格 那边拍 那边更 那边有 那边活动 那里有 ' +
    '链接发你 链接发我 领券 ' +
    // Steering verbs: open the other app, search a name there, follow, message privately.
    '打开 口令 私我 私信我 那边客服 简介 不用走 不走 有我们店 有我们的店 上有店 ' +
    // The buyer sent to the shop's store on another platform: "您去我们淘宝店找我".
    '店找我 ' +
    // Another platform said to hold the shop's own listing or store, or better terms ("走闲鱼吧，我挂了链接", "淘宝上有我们家
    // 旗舰店", "我们有个微店 链接我发你 那边满减更多"): c82, c154, c169.
    '挂了链接 挂链接 链接我发你 链接我发您 上有我们家 满减更多 款式更多 价格更好 那边可以',
  ),
  within: 10,
};
/** The app a device pairs with, named by what is done in it. */
const DEVICE_APP = list('连接 蓝牙 配对 配网 添加设备 绑定设备 固件 升级 远程控制 遥控');
/** Each platform's own names, on its own workbench: 「在抖音搜我们店名」 on 飞鸽 keeps the buyer on the platform. */
const OWN_PLATFORM_NAMES = {
  feige: list('抖店 抖音 抖y dy 某音'),
  pinduoduo: list('拼多多 多多上 拼夕夕 pdd 某多多'),
  jd: list('京东 jd 狗东 某东'),
  kuaishou: list('快手 ks 某手'),
  qianniu: list('淘宝 天猫 淘系 桃宝 tb 某宝 某猫'),
};
/**
 * A platform's own fan group, named ("快手粉丝群"): a feature inside that app, so on its own workbench it is no other
 * channel; on another platform's, or where the workbench is unknown, it still sends the buyer away. Allowed phrases
 * (so the bare 粉丝群 of other-app is not read inside them) and other-app words with exceptOn.
 */
const PLATFORM_FAN_GROUPS = Object.values(OWN_PLATFORM_NAMES).flatMap((names) => names.map((name) => `${name}粉丝群`));
/**
 * A platform's own service desk ("拼多多官方客服", "抖音官方客服热线", "京东平台介入"): the platform itself, which the buyer
 * may always turn to, not a channel of the shop's. Not 小店客服: "私信我们抖音小店客服" is the shop's store elsewhere.
 */
const PLATFORM_SERVICE_DESKS = Object.values(OWN_PLATFORM_NAMES).flatMap((names) =>
  names.flatMap((name) => list('官方客服 平台客服 客服热线 官方热线 官方介入 平台介入').map((desk) => name + desk)),
);
/** Other apps the buyer is sent to, by name, initials and nickname. */
// 某鱼 for 闲鱼 ("去某鱼找我", c285), as 某宝 for 淘宝.
const OTHER_APPS = list('快手 ks 抖音 dy 抖y 小红书 红书 xhs 淘宝 tb 天猫 闲鱼 咸鱼 微博 b站 视频号 得物 拼多多 pdd 京东 jd 唯品会 某音 某宝 某书 某鱼');
/** "来快手找我", "去dy上找我": the buyer sent to another app to look the agent up. */
// 红薯 (小红书's nickname, c224) only here: alone it is the food. Sent to another app's live room to order ("来dy直播间下单", c204).
const FIND_ME_THERE = list('去 来 到').flatMap((go) =>
  [...OTHER_APPS, '红薯'].flatMap((app) => [`${go}${app}找我`, `${go}${app}上找我`, `${go}${app}里找我`, ...(app === '红薯' ? [] : [`${go}${app}直播间`])]),
);
/** The shop's own store on another platform: "我们的抖店", "咱家淘宝店", "本店京东店". */
const OWN_STORE_ELSEWHERE = list('我们 我们的 我们家 我们家的 咱们 咱们的 咱家 咱家的 我家 我家的 本店').flatMap((owner) =>
  list('抖店 抖音店 抖音小店 淘宝店 天猫店 京东店 拼多多店 快手店 快手小店 小红书店 微店 闲鱼店 视频号小店').map((store) => owner + store),
);
/** A link to the goods on another platform ("淘宝链接", "pdd链接"), or one outside every platform ("外部链接"). */
const OTHER_PLATFORM_LINKS = list('淘宝 拼多多 闲鱼 咸鱼 京东 天猫 抖音 快手 小红书 得物 唯品会 pdd tb jd 某宝 某东 外部 站外').map((platform) => `${platform}链接`);
/** Who rings the buyer as part of the order ("快递员会打电话过来", "师傅上门前打电话过来"). */
const COURIERS = list('快递员 快递小哥 快递 派送员 配送员 骑手 司机 师傅 物流公司 快递公司 安装 上门');
/** The rule's words naming each platform itself, for exceptOn (which drops whole words). */
const namingOwnPlatform = (words: readonly string[]) =>
  Object.fromEntries(Object.entries(OWN_PLATFORM_NAMES).map(([platform, names]) => [platform, words.filter((word) => names.some((name) => word.includes(name)))]));

export const OFFPLATFORM_RULES: RuleSection = {
  rules: [
    {
      id: 'offplatform.wechat',
      category: 'offplatform',
      severity: 'block',
      literal: true,
      words: [
        ...WECHAT_SPELLINGS, '企业号', '服务号', '订阅号', '微我', 'v我', '加我微信', '加个微信', '加下微信',
        '加v', '加个v', '加vx', '加wx', '加微', '加薇', '加威', '加我v', '加我vx', '加我wx', '薇一下', '威一下', 'v一下', 'vx一下', 'wx一下', '薇加', '威加', 'vx加', 'wx加',
        // 个 between ("加个薇，有活动通知您"): c145, as 加个v.
        '加个薇', '加个威', '加我薇', '加我威',
        '我的朋友圈', '公众号', '公号', '视频号',
      ],
      unless: OFFSITE_NEGATIONS,
      unlessAfter: NO_OTHER_CHANNEL,
      reason: `${PLATFORM_OFFSITE}；微信号及其谐音、拼音、缩写（VX、V信、威信等）都属站外联系方式`,
      suggestions: ['有问题直接在这里留言，我随时为您处理', '平台内沟通更有保障'],
    },
    {
      id: 'offplatform.wechat-sound',
      category: 'offplatform',
      severity: 'block',
      literal: true,
      // WeChat by its sound, any hanzi or letter for wei + one for xin ("薇芯", "威心", "V芯", "维馨") and its satellite
      // nickname ("卫星号"): a frame of the two syllables rather than a list of the spellings seen. Not 卫星 alone
      // ("卫星通信" is a phone's feature) nor 微星 (a hardware brand).
      words: [
        ...list('微 威 薇 维 伟 卫 危 喂 围 魏 徽 v').flatMap((wei) => list('心 芯 欣 鑫 馨').map((xin) => wei + xin)),
        ...list('卫星号 卫星上 加卫星'),
        // A heart for 信 ("威❤搜店名", "V❤同号", "发我威❤", "姐的威❤是 139…"): hearts stay decorations (normalize.ts,
        // "明❤星同款", "好♥评" keep their words), so the heart is skipped and what it leaves, 威 + how a contact is looked
        // up or handed over, is the word; the underline still covers the heart. Not 微 + 搜/号 ("微搜索", "微号码").
        ...list('威 薇 v').flatMap((wei) => list('搜 同号 同手机号 号就是 里搜').map((then) => wei + then)),
        // 微 only with the number said to be the same ("微❤️同号"): 微搜, 微号 are words of their own.
        ...list('微同号 微同手机号'),
        ...list('威 薇 v').flatMap((wei) => list('发我 加下 加一下 留个').map((verb) => verb + wei)),
        ...list('的威是 的薇是 在威里 在薇里 你微给我'),
        // The handle said to be the shop's name ("威❤跟店名一样", "v就是店铺名"): how to look it up, spelled as a likeness.
        ...list('威 薇 v').flatMap((wei) => list('跟店名 和店名 同店名 就是店名 是店名 跟店铺名 和店铺名 就是店铺名 跟店铺名字 跟店的名字').map((same) => wei + same)),
      ],
      unless: OFFSITE_NEGATIONS,
      unlessAfter: NO_OTHER_CHANNEL,
      reason: `${PLATFORM_OFFSITE}；微信号及其谐音、拼音、缩写（VX、V信、威信等）都属站外联系方式`,
      suggestions: ['有问题直接在这里留言，我随时为您处理', '平台内沟通更有保障'],
    },
    {
      id: 'offplatform.qq',
      // "长按Fn+Q三秒" (+ reads 加): a key combination, not 加Q.
      boundary: { start: list('fn加 ctrl加 alt加 shift加 cmd加 win加 option加') },
      category: 'offplatform',
      severity: 'block',
      literal: true,
      // "扣扣上找我" (c183; 扣扣上 alone is a button done up, allowed).
      // 加下Q / 加一下Q ("要不您加下Q，我把鉴定视频传您"): recall25b.
      words: [...QQ_SPELLINGS, '加qq', '加q', '加下q', '加一下q', '加扣扣', '加企鹅', 'qq上', '企鹅上', '企鹅聊', '扣扣上聊', '扣扣聊', '扣扣上找', '扣扣上联系', '扣扣找我', '扣扣上发'],
      unless: OFFSITE_NEGATIONS,
      unlessAfter: NO_OTHER_CHANNEL,
      reason: `${PLATFORM_OFFSITE}；QQ 号、QQ 群及“扣扣”“企鹅”等说法都属站外联系方式`,
      suggestions: ['有问题直接在这里留言，我随时为您处理'],
    },
    {
      id: 'offplatform.other-app',
      category: 'offplatform',
      severity: 'block',
      words: list(
        'app里下单 call我 dotcn dotcom ins上 ins号 telegram vip群 v上 v聊 whatsapp 上面有联系方式 ' +
        '下载我们的 不在这里拍 不用在平台 不用在这拍 不用在这里下单 不用在这里拍 不要在这拍 个人电话 买家群 ' +
        // Round 25 (recall25b): the agent's second account ("点我头像进我小号，那边款式更多"), a link sent out to the browser
        // ("复制这个链接到浏览器打开，就能领大额券"), the refund kept off the platform (粤语 "退款唔好走平台啦", 唔好 read 不好).
        '进我小号 去我小号 关注我小号 加我小号 到浏览器打开 浏览器里打开 复制到浏览器 用浏览器打开 别走平台 不要走平台 不好走平台 ' +
        '交换联系方式 交流群 付现 会员群 先别拍 免得平台 公司账 其他平台下单 其他网站 内部渠道 出去聊 ' +
        // 粤语 倾 (聊): "我哋出去倾", "私下倾".
        '出去倾 出嚟倾 私下倾 ' +
        '别在平台 别在这下单 别在这拍 别在这里下单 别在这里拍 别处下单 别处拍 别的地方下单 别的地方买 ' +
        '别的地方拍 别的地方聊 别的平台下单 别的网站 到仓库拿 到厂里 加一下我 加一下薇 加下我 加下薇 ' +
        '加个好友 加个联系方式 加你 加好友 加您 加我 加我手机 加我看看 加群 加联系方式 进裙 入裙 加个裙 加下裙 加我们裙 加咱裙 加薇 卡片上有 ' +
        '厂家电话 厂家的电话 厂家的联系方式 厂家联系方式 厂里拿 厂门口 去京东拍 去实体店 去小黄鱼 去抖音拍 ' +
        '去拼多多拍 去淘宝拍 去闲鱼 发在朋友圈 发朋友圈 另一个号 另外一个号 另外的号 名片推 售后群 ' +
        '外面的网站 外面网站 外面聊 好友申请 好友验证 嫌平台贵 官方商城 官方群 小号加 小红书下单 小红书号 ' +
        '小群 小黄鱼上 小黄鱼搜 平台扣点 平台抽成 平台监控 微博私信 微聊 快手号 快递员现金 我们实体店 ' +
        '我们的app 我们的代理 我们的商城 我们的手机号 我们的电话 我手机号 我抖音 我朋友圈 我电话 我的v ' +
        '我的名片 我的威 我的小红书 我的微博 我的快手 我的手机号 我的抖音 我的电话 我的薇 我薇 打我手机 ' +
        // The buyer's own account asked for, in the homophone: "把地址和你的薇发给我" (你的微信 is offplatform.pay-app's).
        '你的薇 您的薇 你薇号 您薇号 ' +
        '扫一下付款 扫一下就能付 找代理 找我们厂家 找我拿货 找我订 抖音号 拉你进 拉您进 拉群 拉进去 拉进来 ' +
        '换个地方聊 探探 推个名片 推您名片 推你名片 支付宝扫一下 有我们的联系方式 有赞 来仓库拿 来厂里 来实体店 ' +
        '来店里买 档口 比网上便宜 现场付款 现金交易 现金给 用支付宝扫 电报群 直接找我买 直接找我拿 直接转我 ' +
        '省得平台 省手续费 省点手续费 看朋友圈 福利群 私了 私人v 私人号 私人威 私人微信 私人支付宝 ' +
        '私人渠道 私人电话 私人手机 私人薇 私人通道 私人银行卡 私发你 私发您 私发给 私聊我 站外 粉丝群 线下处理 ' +
        '线下沟通 线下给你 线下给您 线下解决 线下走 给我打电话 给现金 群号 群里 老客群 自己的app 自己的商城 ' +
        '号在主页 号在简介 简介里有号 私信转账 外面付款 在外面付 外面拍 外面买 私聊 私我 私人扣 私人q 私人企鹅 私人账号 这里不好说 这里不方便说 这边不好说 这边不方便说 这边不让说 这里不让说 ' +
        '薇号 威号 dy号 dy上 抖y 抖yin douyin 发我薇 ' +
        // Other apps' accounts and chat slang ("Keep号 6688", "LINE 上发您", "dd我" for 滴滴我, "评论区有我联系方式").
        'keep号 b站号 知乎号 陌陌号 line上 line号 lineid dd我 vvv 有我联系方式 有我的联系方式 活动群 团购群 宝妈群 ' +
        '薇聊 走微信 走vx 走wx 走zfb 走我私人 走支付宝 走私人 走线下 转我就行 这个码付款 进群 通过一下好友 通过好友 ' +
        '那边优惠 那边便宜 那边划算 那边打九折 那边打八折 那边打折 那边有券 钉钉 门市部 闲鱼上 陌陌 飞书 独立站 ' +
        // The platform made out to be unsafe, so the buyer moves ("发我个人 vx 上吧 这边系统不安全"), as 平台监控 above.
        '这边不安全 这里不安全 系统不安全 平台不安全 平台上不安全 这边说话不方便 这里说话不方便 ' +
        // The contact hidden in the agent's profile: signature, nickname, a picture ("个性签名里有"; the avatar is offplatform.profile).
        '签名里有 签名上有 个性签名 个签 主页有联系 主页简介有 简介有联系 昵称就是我的 名字就是我的号 就是我的号 就是我号 ' +
        '截图里有我的 图片上有我的 图里有我的 扫了就能加 扫了加 扫了就加 ' +
        // The agent in person, met in person, or a shop outside: "联系我本人", "见面交易", "外面那家便宜".
        '联系我本人 找我本人 留个我的号 记一下我的号 存一下我的号 见面交易 当面交易 当面给钱 当面付钱 当面付款 ' +
        '现金结账 现金结算 外面那个店 外面那家 外面的店 工厂拿 工厂提货 厂里提货 蓝色软件 蓝色app 蓝色聊天 ' +
        // 私聊 in chat slang ("小窗我", "滴滴我", "私戳"), the agent's own page, a boss's or colleague's number, an outside site.
        '小窗我 小窗聊 滴滴我 私戳 私敲 后台私信 单独联系我 单独找我 我主页 主页有个链接 号你记一下 这个号你记 号您记一下 这个号您记 ' +
        '老板电话 老板的电话 同事电话 同事的电话 店长电话 店长的电话 外站 去咸鱼 咸鱼上 进社群 加社群 我们的社群 交流圈 ' +
        // The platform's cut as the reason to buy from the agent: "平台抽得多 直接跟我买", "在这拍要扣手续费".
        '平台抽 扣手续费 平台手续费 手续费高 手续费太高 直接跟我买 跟我直接买 找我拿 别走店铺 不走店铺 别走平台 ' +
        // Met at the door and paid in cash, the platform's share saved ("嚟佛山祖庙门口揾我，现金买平啲", c298).
        '门口等我 现金买 平台那份钱 不收平台的钱 ' +
        '换个地儿 换个渠道 换个方式联系 换个方式聊 这边不好多说 这里不好多说 售后号 ' +
        // "咱这不方便说", "这儿不好说"; the shop's own app found in an app store ("独立 App … 应用商店搜索即可下载").
        '这不方便说 这儿不方便说 这不好说 这儿不好说 独立app 自己的app 应用商店搜 应用市场搜 应用商店下载 应用市场下载 ' +
        // A link from outside the platform ("我发个外部链接你拍"), a manager's account, the contact put in a picture.
        '外部链接 站外链接 外链 店长号 加店长 联系方式写在图 联系方式在图 联系方式写图 联系方式放图 ' +
        // Here is no place to talk: "这里不好聊", "平台不好聊", "旺旺里说不方便" (every such draft of nine writers steers away).
        '这里不好聊 这边不好聊 平台不好聊 平台上不好聊 这不好聊 说不方便 聊不方便 讲不方便 说不太方便 聊不太方便 聊天不方便 说话不太方便',
      ).concat(
        // "咱们上 V 细说", "上微信聊": the talk moved to a chat app.
        list('v vx wx 微 微信 威 薇 q qq 扣扣').flatMap((app) => list('聊 细说 说 谈 沟通 详聊').map((talk) => `上${app}${talk}`)),
        // "不用走快手": the deal taken past the platform (the word starts with 不用, so 不用 is no negation of it).
        list('平台 快手 抖音 淘宝 天猫 拼多多 拼夕夕 pdd 多多 某宝 某东 某音 某多多 京东 小红书 小黄车 链接 店铺').map((channel) => `不用走${channel}`),
        PLATFORM_FAN_GROUPS,
      ),
      exceptOn: namingOwnPlatform(PLATFORM_FAN_GROUPS),
      unless: OFFSITE_NEGATIONS,
      unlessAfter: { words: OTHER_APP_NOT_AFTER, within: 1 },
      reason: `${PLATFORM_OFFSITE}；其他社交账号、群聊、个人电话和其他平台都属站外渠道`,
      suggestions: ['有问题直接在这里留言，我随时为您处理'],
    },
    {
      id: 'offplatform.profile',
      category: 'offplatform',
      severity: 'block',
      // The contact put in the agent's avatar ("扫我头像上的码就行", "看我头像"): no reading of the sentence makes it other
      // than steering, so the confirm model may not lower it (it did, after a friendly line about new stock).
      literal: true,
      words: list('看我头像 扫我头像 我头像上 我头像里 头像上有号 头像里有号 头像上有联系 头像里有联系 看头像加 头像加我'),
      unless: OFFSITE_NEGATIONS,
      reason: `${PLATFORM_OFFSITE}；把联系方式、二维码放在头像里让买家去找，同属站外引流`,
      suggestions: ['有问题直接在这里留言，我随时为您处理'],
    },
    {
      id: 'offplatform.profile-number',
      literal: true,
      category: 'offplatform',
      severity: 'block',
      // A number or ID hidden in the agent's profile and pointed at: "主页简介第二行 那个数字", "签名那串数字 加一下".
      words: list('主页 简介 签名 背景图 头像 昵称'),
      near: { words: list('那串 那个数字 那几个数字 那行数字 那个号 串数字 串字母 数字就是'), within: 12 },
      unless: OFFSITE_NEGATIONS,
      reason: `${PLATFORM_OFFSITE}；把联系方式藏在主页、签名或头像里再指给买家，同属站外引流`,
      suggestions: ['有问题直接在这里留言，我随时为您处理'],
    },
    {
      id: 'offplatform.si-xia',
      category: 'offplatform',
      severity: 'block',
      // "私下交易", "我私下给您便宜二十": the deal taken off the platform.
      words: ['私下'],
      unless: OFFSITE_NEGATIONS,
      // "价保我私下给您延长到90天", "差价我私下退你": the agent's own promise beyond the shop's policy (promise.yan-bao,
      // promise.si-xia), not a deal taken off the platform.
      unlessAfter: { words: [...OTHER_APP_NOT_AFTER, ...list('延长 加到 给您延长 给你延长 给您加到 给你加到 再给您加 再给你加 再加 退你 退您 补你 补您 退差价 补差价')], within: 1 },
      reason: `${PLATFORM_OFFSITE}；私下交易、私下收付款都属站外渠道`,
      suggestions: ['有问题直接在这里留言，我随时为您处理'],
    },
    {
      id: 'offplatform.cross-platform',
      category: 'offplatform',
      severity: 'block',
      words: list(
        'dy jd ks pdd tb xhs 京东 仓库 体验店 其他平台 别的平台 厂家 ' +
        '厂里 另一个店 另一家店 咸鱼 唯品会 多多上 天猫 官网 实体店 小程序 得物 微博 ' +
        '微店 官方网站 二手平台 快手 抖店 抖音 拼夕夕 拼多多 某东 某书 某多多 某宝 某手 某猫 某音 某鱼 ' +
        // "另一个平台上我们更便宜" (c90): the other platform left unnamed, as 其他平台.
        '另一个平台 另外一个平台 另一平台 ' +
        '桃宝 比平台 比店里 比这儿 比这边 比这里 淘宝 淘系 狗东 独立站 红书 红薯 线下店 ' +
        '美团 门店 闲鱼 饿了么 ' +
        // Channels named by nickname, initials or spelled: the 企鹅 app, 公众号, 小红书 spelled out, wb for 微博.
        '企鹅 公众号 小红书 视频号 抖y dy wb ' +
        // Bilibili, by name and nickname ("b 站 搜 我们的号").
        'b站 哔哩哔哩 bilibili',
      ),
      near: CROSS_PLATFORM_CUES,
      exceptOn: OWN_PLATFORM_NAMES,
      unless: ON_ONE_PLATFORM,
      // "这已经是京东最低价了", "全tb最便宜": the platform as the scope of a superlative (its near cue 低/便宜 read it as
      // steering); train writers file these under 绝对化用语 (30 writers, against 1), and the absolute rules report them.
      unlessAfter: { words: [...NO_OTHER_CHANNEL.words, ...list('最低 最便宜 最实惠 最划算 全网最 全网第一 第一低 地板价 底价 最d')], within: NO_OTHER_CHANNEL.within },
      reason: `${PLATFORM_OFFSITE}；引导买家去其他平台、官网或线下成交同属站外引流`,
      suggestions: ['就在本店下单，售后更有保障'],
    },
    {
      // The shop's own store on another platform said to sell the goods too ("我们的抖店也有卖", "咱家淘宝店也在卖"): the
      // buyer sent there however friendly the rest, so the confirm model never lowers it (literal), as it did for
      // 「亲，我们的抖店也有卖，直播时下单有赠品」 once c209–c214 joined its training. Not on that platform's own workbench.
      id: 'offplatform.own-store-elsewhere',
      category: 'offplatform',
      severity: 'block',
      literal: true,
      words: OWN_STORE_ELSEWHERE,
      near: { words: list('也有 也有卖 也在卖 也卖 也上了 也上架了 也能买 也能拍 也可以买 也可以拍 同步上架'), within: 3 },
      exceptOn: namingOwnPlatform(OWN_STORE_ELSEWHERE),
      unless: ON_ONE_PLATFORM,
      unlessAfter: NO_OTHER_CHANNEL,
      reason: `${PLATFORM_OFFSITE}；告诉买家本店在其他平台也有店铺在卖，同属站外引流`,
      suggestions: ['就在本店下单，售后更有保障'],
    },
    {
      // An app of the shop's own ("下载我们的app 价格更低"), as cross-platform; not the app a device pairs with
      // ("先连接App使用", "在app里点添加设备重新配对", "在APP里升级固件": every such draft of four writers is clean).
      id: 'offplatform.app',
      category: 'offplatform',
      severity: 'block',
      words: ['app'],
      near: CROSS_PLATFORM_CUES,
      unless: { words: [...ON_ONE_PLATFORM.words, ...DEVICE_APP], within: ON_ONE_PLATFORM.within },
      unlessAfter: { words: [...NO_OTHER_CHANNEL.words, ...DEVICE_APP], within: 10 },
      reason: `${PLATFORM_OFFSITE}；引导买家去其他平台、官网或线下成交同属站外引流`,
      suggestions: ['就在本店下单，售后更有保障'],
    },
    {
      id: 'offplatform.find-me-there',
      category: 'offplatform',
      severity: 'block',
      // "直播间太挤了 来快手找我", "去dy找我" (c-writers of rounds 5 and 10): the buyer sent to another app to look the agent
      // up. 「在拼多多找我就行」 names where the buyer already is: no 去/来/到.
      words: FIND_ME_THERE,
      exceptOn: namingOwnPlatform(FIND_ME_THERE),
      unless: ON_ONE_PLATFORM,
      reason: `${PLATFORM_OFFSITE}；引导买家去其他平台找客服本人，同属站外引流`,
      suggestions: ['有问题直接在这里留言，我随时为您处理'],
    },
    {
      id: 'offplatform.pay-app',
      category: 'offplatform',
      severity: 'block',
      words: list('zfb 云闪付 卡上 微信 支付宝 网银 银行卡'),
      near: {
        words: list(
          '发给你 发给您 打我 打款 打给你 打给您 汇款 直接打 直接转 私下 给你转 给您转 给我 转我 ' +
          '转给你 转给您 转账 返给你 返给您 账号发我 账号给我 账号发给我 转过去 转您 转你 报个账号',
        ),
        within: 6,
      },
      unless: OFFSITE_NEGATIONS,
      reason: `${PLATFORM_OFFSITE}；通过支付宝、微信、银行卡私下收付款或退款属私下交易`,
      suggestions: ['退款会通过平台原路退回', '请通过平台下单付款，资金有保障'],
    },
    {
      id: 'offplatform.pay-me',
      category: 'offplatform',
      severity: 'block',
      // "这单直接微信付我", "用支付宝付款给我，我帮你下单": the money paid to the agent in person. 微信付款/微信支付 are
      // allowed phrases (the platform's own checkout, "平台支持微信付款"), so the payee is written with them.
      words: list('微信 支付宝 zfb vx wx v信').flatMap((app) =>
        list('付我 付给我 付款给我 支付给我 付到我 转账到我').map((toMe) => app + toMe),
      ),
      unless: OFFSITE_NEGATIONS,
      reason: `${PLATFORM_OFFSITE}；通过支付宝、微信、银行卡私下收付款或退款属私下交易`,
      suggestions: ['请通过平台下单付款，资金有保障'],
    },
    {
      id: 'offplatform.ask-contact',
      category: 'offplatform',
      severity: 'warn',
      words: list(
        '发你邮箱 发您邮箱 号码多少 手机号多少 手机号留一下 手机号给我 电话多少 电话沟通 ' +
        '电话留一下 电话给我 电话聊 留一下手机号 留一下电话 留一下邮箱 留下电话 留下联系方式 ' +
        // With the buyer named in between: "留一下您的手机号", and numbers asked for without a noun: "您给个号".
        // The buyer asked to send a number over: "您把手机号发我".
        '手机号发我 手机号发给我 电话发我 电话发给我 号码发我 号码发给我 手机号发一下 电话发一下 联系方式发我 联系方式发一下 ' +
        '留一下您的 留一下你的 留下您的 留下你的 留个您的 给个号 报个号 报个账号 ' +
        '留个号 留个号码 留个手机号 留个电话 留个联系方式 留个邮箱 直接联系你 直接联系您 邮箱发我 ' +
        '邮箱给我',
      ),
      unless: OFFSITE_NEGATIONS,
      reason: ASK_CONTACT,
      suggestions: ['订单里的收货电话我们已经看到了，有进展会在这里通知您'],
    },
    {
      id: 'offplatform.give-contact',
      category: 'offplatform',
      severity: 'block',
      words: ['电话', '手机号', '号码', '微信', '联系方式'],
      near: { words: ['给你', '给您', '发你', '发您'], within: 2 },
      // "快递员派送前会给您打电话", "安装师傅会提前给您打电话": the courier or fitter rings the buyer as part of the order.
      unless: { words: [...OFFSITE_NEGATIONS.words, ...list('快递员 快递小哥 派送员 配送员 骑手 司机 师傅 物流公司 快递公司')], within: 12 },
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
      words: list('扫一下 扫一扫 扫个码 扫图 扫描 扫码 扫这个 识别一下 长按'),
      near: { words: list('加我 图上 图片 图里 好友 码 识别 这张图 通过一下'), within: 8 },
      unless: OFFSITE_NEGATIONS,
      /** "扫码可以验真", "扫码是查防伪的", "可以扫码查": the brand's anti-counterfeit or trace code looked up, not a contact. */
      unlessAfter: { words: list('查 验真 验证真伪 核验 查验 防伪 激活 溯源 看安装 安装视频 看视频 看说明 看教程'), within: 6 },
      reason: QR_CODE,
      suggestions: ['有问题直接在这里留言，我随时为您处理'],
    },
    {
      id: 'offplatform.payment',
      category: 'offplatform',
      severity: 'block',
      words: list(
        '不走平台 不通过平台 付到我 付款码 付给我 到了再转 到我支付宝 到货再转 到货转 ' +
        '尾款直接 尾款打给 尾款转我 直接打给我 ' +
        '卡号发你 卡号给我 卡号发我 卡号发给我 发卡号 发红包给我 口令红包 对公 对私账户 平台外交易 微信转就行 ' +
        '微信退你 微信退您 我卡上 我的卡上 我的卡号 我的转账 我的银行卡 打个红包 打到我 ' +
        '打款给我 打钱 把卡号 提供卡号 提供银行卡 支付宝红包 支付宝退你 支付宝退您 收一下转账 ' +
        '收下转账 收款二维码 收款码 直接转账 私人账户 私单 红包口令 红包打给 红包补你 ' +
        '红包补您 红包补给 红包转给 红包过去 线下交易 线下付款 线下转账 线下退款 绕过平台 ' +
        '给我发红包 给我转 账号发你 账号发您 账号稍后发 跳过平台 转个红包 转到我 转到支付宝 ' +
        '转支付宝 转给我 转账给我 转钱 转银行卡 钱打给 钱转给 银行转账 把钱给我 钱给我就行 钱直接给我 ' +
        // A deposit paid to the agent: "定金转我", "订金打给我".
        '定金打给我 定金打我 定金转我 定金到我 订金打给我 订金打我 订金转我 订金到我 转定金 转订金 ' +
        // Paid into the agent's own card or account: "直接往卡上打", "走我个人那 支付宝扫一下".
        '往卡上打 往卡里打 往我卡上打 往我卡里打 往这张卡打 打我卡上 走我个人 走我私人 我个人账户 我个人的账户 个人收款 ' +
        // The money sent to a card the agent points at: "把钱打到这张卡上", "转到我的卡".
        '打到这张卡 转到这张卡 汇到这张卡 存到这张卡 打这张卡 转这张卡 打到我的卡 转到我的卡 打到我卡 转到我卡 ' +
        // "打款到我银行卡", "卡号我一会儿发你": paid or told the card outside the order.
        '打款到我 汇款到我 转账到我 打款到这 转账到这 卡号我一会 卡号我等下 卡号我待会 卡号一会发 卡号等下发 卡号待会发',
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
      literal: true,
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
    {
      id: 'offplatform.note-platform',
      category: 'offplatform',
      severity: 'block',
      // The friend request's note naming the shop's platform ("vx：abc123，备注淘宝", "加的时候备注快手", "V❤：xx 备注抖音就
      // 行"): the contact before it may be spelled past every detector, the note says what it is for. Every train draft
      // with it is risky (60, some thirty writers); on that platform's own workbench as well, so no exceptOn.
      literal: true,
      words: list('备注').flatMap((note) =>
        list('淘宝 快手 京东 千牛 拼多多 抖音 天猫 抖店 飞鸽 小红书 闲鱼 pdd tb jd dy ks 某宝 某音 某东').map((platform) => note + platform),
      ),
      unless: OFFSITE_NEGATIONS,
      reason: `${PLATFORM_OFFSITE}；让买家加好友时“备注淘宝”“备注快手”，是把买家引到站外联系方式`,
      suggestions: ['有问题直接在这里留言，我随时为您处理'],
    },
    {
      id: 'offplatform.red-packet-to-me',
      category: 'offplatform',
      severity: 'block',
      // Money asked of the buyer for the agent, outside the order ("发个红包给我，我帮您插队", "发个红包过来，我给你挑大
      // 个的", "红包转我就行"): however friendly the favour, the confirm model may not lower it (literal). The platform's
      // own red packets (平台红包, 店铺红包 in the order) and the agent's own ("我给您发个红包过来") are the unless cues.
      literal: true,
      words: list('发个 发一个 发个小 转个 转一个 包个 打个').flatMap((send) => list('红包给我 红包过来 红包到我').map((money) => send + money))
        .concat(list('红包发我 红包发给我 红包转我 红包转给我 红包打给我 给我发个红包 给我转个红包 给我包个红包 给我打个红包')),
      unless: { words: [...OFFSITE_NEGATIONS.words, ...list('平台 店铺 官方 本店 系统 给您 给你 我给')], within: OFFSITE_NEGATIONS.within },
      reason: `${PLATFORM_OFFSITE}；引导站外付款、转账或退款属私下交易，买家资金不受平台保护，也常被用于诈骗`,
      suggestions: ['请通过平台下单付款，资金有保障'],
    },
    {
      // A link to the goods on another platform handed over ("俺给你发个淘宝链接，那个型号这边没上架"): the buyer sent
      // there whether or not a lower price is named (cross-platform waits for one). Not on that platform's own workbench.
      id: 'offplatform.platform-link',
      category: 'offplatform',
      severity: 'block',
      words: OTHER_PLATFORM_LINKS,
      near: { words: list('发你 发您 发给你 发给您 给你 给您 发个 发一个 私信 私你 私您 私聊'), within: 6 },
      exceptOn: namingOwnPlatform(OTHER_PLATFORM_LINKS),
      unless: ON_ONE_PLATFORM,
      unlessAfter: NO_OTHER_CHANNEL,
      reason: `${PLATFORM_OFFSITE}；引导买家去其他平台、官网或线下成交同属站外引流`,
      suggestions: ['就在本店下单，售后更有保障'],
    },
    {
      id: 'offplatform.number-coming',
      category: 'offplatform',
      severity: 'warn',
      // The agent's own number promised in a moment (recall25b: "阿姨的号我这就发你", "1 3 9 后面几位我一会发你"). Not an order's
      // or a parcel's number ("快递单号我马上发你", "订单号我这就发您核对").
      words: list('号我这就发 号我马上发 号我一会发 号我等下发 几位我一会发 几位我等下发 几位我马上发'),
      unless: { words: list('单 订单 运单 快递 物流 取件 型 编'), within: 1 },
      reason: ASK_CONTACT,
      suggestions: ['有问题直接在这里留言，我随时为您处理'],
    },
    {
      // The agent's own phone: the buyer asked for a number to be rung on ("你说个号码，俺打电话过去"), or to ring the
      // agent ("恁打个电话过来，俺慢慢给恁讲"). The courier or fitter who rings as part of the order is no such call.
      id: 'offplatform.call-me',
      category: 'offplatform',
      severity: 'warn',
      words: list(
        '说个号码 说个电话 说个手机号 给我个号码 给我个电话 给我个手机号 报个电话 报个手机号 报个号码 ' +
        '打个电话过来 打电话过来 打个电话给我 我打电话过去 我打过去 我打给你 我打给您 我给你打过去 我给您打过去',
      ),
      unless: { words: [...OFFSITE_NEGATIONS.words, ...COURIERS], within: 12 },
      reason: ASK_CONTACT,
      suggestions: ['订单里的收货电话我们已经看到了，有进展会在这里通知您'],
    },
    {
      // A group or a contact reached from the parcel: a code or a card in it ("加我们的养生群，扫包裹里的二维码就能进",
      // "包裹卡片背面有老师联系方式，加上就能领课"). The parcel's code for the manual, the fitting video or the brand's
      // anti-counterfeit check is the goods' own (unlessAfter, as offplatform.scan).
      id: 'offplatform.parcel-code',
      category: 'offplatform',
      severity: 'block',
      words: list('包裹里的二维码 包裹里有二维码 包裹里有个二维码 包裹里的卡片 包裹卡片 卡片背面 卡片上的二维码 卡片上有二维码 售后卡上 扫码进群 扫码入群 二维码进群'),
      near: { words: list('群 进群 入群 加上 加我 加好友 好友 联系方式 微信 老师'), within: 12 },
      unless: { words: [...OFFSITE_NEGATIONS.words, ...list('店铺群 粉丝群 平台')], within: OFFSITE_NEGATIONS.within },
      unlessAfter: { words: list('查 验真 验证真伪 防伪 激活 溯源 看安装 安装视频 看视频 看说明 说明书 看教程 使用方法'), within: 8 },
      reason: QR_CODE,
      suggestions: ['有问题直接在这里留言，我随时为您处理'],
    },
  ],
  allow: [
    { words: PRIVATE_DEAL_REFUSED, note: '“不私下交易”：拒绝私下交易，不是引导' },
    {
      // "师傅会用平台的隐私号给您打电话": the platform's masked number calls, not the agent's own phone ("我给您打电话" stays);
      // "订单号码发我一下": the order's number asked for, not the buyer's phone.
      words: list('隐私号 虚拟号 隐私号码 虚拟号码')
        .flatMap((number) => list('给您打电话 给你打电话 打给您 打给你 联系您 联系你').map((call) => number + call))
        .concat(list('订单 运单 快递单 物流单').flatMap((order) => list('号码发我 号码发给我 号码发一下').map((send) => order + send))),
      note: '平台隐私号来电、要订单号码：都在平台的流程里，不是索要或留下私人联系方式',
    },
    {
      // "C C T V 上榜品牌" (letters spaced out): the V of 央视's cctv (authority.tui-jian), not 微信's V上; the 拦截 of V上
      // won the overlap and named a state-TV endorsement 站外引流 (train: 53 CCTV drafts, every one 权威背书).
      words: list('tv上'),
      note: '“C C T V 上榜”：央视的 TV，不是微信的 V 上',
    },
    {
      words: list('板上钉钉'),
      note: '“效果是板上钉钉的事”：成语里的钉钉，不是钉钉这个软件（这句话本身是打包票，见 promise.jue-dui）',
    },
    {
      words: list('权威搜 权威同号 权威号'),
      note: '“权威搜索结果”：权威的威，不是代替微信的“威❤搜”（offplatform.wechat-sound）',
    },
    {
      words: list('隐私我 自私我 无私我'),
      note: '“为了隐私我建议撤回”：私我跨在两个词之间，不是“私我”',
    },
    {
      words: list(
        'qq会员 qq星 qq浏览器 qq糖 qq音乐 qq飞车 不支持微信 分享到微信 分享给微信 加我们 微信付 微信付款 微信先用后付 ' +
        '微信免密 微信小程序 微信支付 微信扫码支付 微信登录 微信登陆 微信零钱 微信钱包 原路退回到微信 原路退到微信 原路退回微信 原路返回微信 付款的微信 支付的微信 付款用的微信 wx支付 vx支付 v信支付 wx付款 vx付款 扣扣上 扣扣好 扣扣子 扣扣起来 扣扣紧 扣扣牢 转发到微信 转给我们',
      ),
      note: '平台内支付与同形的日常词',
    },
    {
      words: list('微信分付 微信区 qq区 q币 充到qq 充到qq号 直充到qq号 充到qq账户 填qq号 微信授权'),
      note: '“微信分付不支持”“王者微信区”“Q币充到QQ账户”：支付方式、游戏区服、充值账号，不是联系方式',
    },
    {
      words: list('你的号码 你的手机号 你的电话 您的号码 您的手机号 您的电话'),
      note: '说的是买家自己的联系方式（订单里的收货信息），不是发给买家的',
    },
    {
      words: list('店铺群 店铺粉丝群 直播间粉丝群 直播间的粉丝群 店铺的粉丝群'),
      note: '店铺群、直播间粉丝群是平台内的功能（从店铺首页、直播间进），不是站外的群',
    },
    {
      words: PLATFORM_SERVICE_DESKS,
      note: '“拼多多官方客服”“抖音官方客服热线”：平台自己的客服，买家随时可以找，不是店铺的站外渠道',
    },
    {
      words: PLATFORM_FAN_GROUPS,
      note: '“快手粉丝群”：平台自己的粉丝群，是否站外由 other-app 按工作台判断（exceptOn），这里只让“粉丝群”不单独算',
    },
    {
      words: list('官网下载 官网查 官网查询 官网验证'),
      note: '到品牌官网下载驱动、查询真伪或保修：不是把交易引到别处（平台自己的店铺名见 cross-platform 的 exceptOn）',
    },
    {
      words: list('全京东 全多多 全快手 全抖音 全拼多多 全淘宝'),
      note: '“全快手最低”说的是本平台的范围（绝对化用语），不是引到别的平台',
    },
    {
      words: list('公众号的事情 公众号的问题'),
      note: '买家问到公众号时的答复',
    },
    {
      // "先加我V 不然没法给你安排": what follows if the buyer does not add the contact, a push to add it; not the contact
      // said to be refused (offplatform.disowned's 没法给, 给不了).
      words: list('不然 否则 要不然 要不').flatMap((otherwise) => list('没法给 给不了').map((cannot) => otherwise + cannot)),
      note: '“先加我V，不然没法给你安排”：不加就办不了，是在催买家加站外联系方式，不是拒绝给',
    },
    {
      // "店铺红包转给您了", "平台红包补给您": the platform's or the shop's own red packet, in the order, not money outside it.
      words: list('平台 店铺 官方 本店 平台的 店铺的').flatMap((owner) =>
        list('红包转给 红包打给 红包补你 红包补您 红包补给 红包过去').map((paid) => owner + paid),
      ),
      note: '“店铺红包转给您”：平台或店铺自己的红包，在订单里，不是站外付款',
    },
    {
      words: list('私聊窗口 这边就是私聊 这里就是私聊'),
      note: '平台内的会话窗口，不是站外',
    },
    {
      words: list('不走私下 不走微信 不走vx 不走wx 不走支付宝 不走私人'),
      note: '“价格就在这里报，不走私下的”“钱走平台打给你，不走微信”：拒绝站外渠道，不是引导',
    },
  ],
  contexts: [
    {
      id: 'offplatform.listed-refused',
      categories: ['offplatform'],
      after: LISTED_CONTACTS_REFUSED,
      within: 10,
      sentence: true,
      closesClause: true,
      note: '“QQ、微信这些我们都不能提供”：几种联系方式列在一起，用“这些”收住再拒绝，是在拒绝，不是引流',
    },
    {
      id: 'offplatform.kind-ruled-out',
      categories: ['offplatform'],
      after: KIND_RULED_OUT,
      within: 6,
      closesClause: true,
      note: '“‘V信返现’那种都是违规的”“威信转账这事平台不让”：把站外的做法当成一类说出来再说明违规、不做，是在说明规则，不是引流',
    },
    {
      id: 'offplatform.cannot-see',
      categories: ['offplatform'],
      // "我们这边看不到您微信的，有事就在旺旺留言": the buyer's contact said to be out of the shop's sight.
      before: list('看不到 看不见 查不到').flatMap((cannot) => list('您 你 您的 你的').map((whose) => cannot + whose)),
      within: 1,
      note: '“我们这边看不到您微信的”：说店铺看不到买家的站外账号，是让买家留在平台里，不是引流',
    },
    {
      id: 'offplatform.asked',
      categories: ['offplatform'],
      // "您问能不能私下交易 这个真不行哦": the buyer's question repeated before it is turned down.
      // "您说想加微信看实拍 抱歉哦…": the buyer's wish repeated before it is turned down.
      before: list(
        '你问 您问 您说的 你说的 您说想 你说想 您说要 你说要 您提到 你提到 问能不能 问可不可以 问我能不能 朋友说 您朋友说 你朋友说 家人说 ' +
          // "理解您希望加个微信的心情，不过…", "最近很多人问加微信的事：我们不加".
          '您希望 你希望 很多人问 好多人问 不少人问 有人问 都在问 ' +
          // "您留言说要V信，不好意思…", "您刚说"V信联系"，我们这边只能…": the buyer's words quoted back.
          '留言说要 留言说想 您刚说 你刚说 您刚才说 你刚才说',
      ),
      within: 6,
      note: '复述买家的提问（随后拒绝），不是在引流',
    },
    {
      id: 'offplatform.wish-refused',
      categories: ['offplatform'],
      // "你要是想加微信，俺真不能加", "关于加QQ的问题，不好意思平台不让", "想加微信的老哥挺多，但真不行": the buyer's wish named,
      // then turned down in the next clause. Only with the refusal (then): "你要是想加微信就私我" steers.
      // "看到您在留言里留下了微信号，…我们不会添加顾客的私人社交账号": the contact the buyer left, then not added.
      before: list('你要是想 您要是想 要是想 如果您想 如果你想 如果想 您想 你想 想 关于 留下了 您留了 你留了'),
      then: list(
        '真不能 不能加 不会加 不会添加 加不了 不方便加 不加的 真不行 但不行 是不行的 这个不行 不可以 不好意思 抱歉 平台不让 平台不允许 平台查 会处罚 会被罚 会扣分 违规 ' +
          // "您想加QQ看图？平台这边能发图片的": the same done here instead.
          '平台这边能 这边就能 这里就能 在这聊 在这里聊 就在这 在这发 直接发您 直接发你',
      ),
      within: 3,
      note: '先说买家想加站外联系方式，后一分句拒绝或说明在平台内就能办：是在拒绝，不是引流',
    },
    {
      id: 'offplatform.answered',
      categories: ['offplatform'],
      // "加微信可以吗？不好意思 这边只能平台内沟通": the buyer's question echoed, then turned down.
      // Not 「不行的话…」「不方便的话算了」: the agent's own ask, with a way out.
      after: list('不好意思 抱歉 这边只能 只能在 平台不允许 不可以哦 不行哦 不能哦 不可以的 这个不行 是不行的 不加的 真不行 真不能').concat(
        // "私聊抖音号？不用的，直接在这问", "您想加QQ看图？平台这边能发图片的": no need, the same is done here.
        list('不用的 不用哦 不用哈 不用了 不需要的 就在这个窗口 就在这聊 就在这里聊 直接在这问 直接在这聊 平台这边能 这边就能 这里就能'),
      ),
      // Up to 「信可以吗」 between the rule word (加微) and the question mark.
      within: 4,
      answers: true,
      note: '复述买家的提问（问号）再拒绝，问号前的联系方式是买家问的，不是客服给的',
    },
    {
      id: 'offplatform.rule-stated',
      categories: ['offplatform'],
      // "平台不允许私下交易，付款一定要在拼多多下单": the rule, then where the deal must stay.
      before: list('不允许 严禁 一定要在 只能在 必须在 请在 都要在'),
      within: 6,
      note: '说明平台规定或让买家留在平台内成交',
    },
    {
      id: 'offplatform.explained',
      categories: ['offplatform'],
      before: list(
        '不会加 不加 不是 不用加 不能加 不要加 不让 不许 不需要加 假冒 冒充 别加 千万不要 平台规定 提醒大家 ' +
        // 不准 as a ban, not the doubt of 拿不准/量不准/说不准 ("尺码拿不准的话加我vx" invites; c164, c169, c186 and others).
        '平台不准 规定不准 不准加 不准私 不准留 不准发 不准给 不准用 不准我们 不准客服 不准在 不准添加 ' +
        '提醒您 无需加 有人以 有人发 有人让 有人说 注意 陌生 自称 不要添加 别添加 勿添加 勿加 ' +
        // "如果有人给您发微信号…请直接举报": someone else's approach, described to warn.
        '有人给您 有人给你 有人找您 有人找你 有人联系您 有人联系你 有人加您 有人加你 有人私信 ' +
        // "如果快递员让您加他微信转账，请不要转": a third person's ask, warned about.
        '让您加他 让你加他 让您加她 让你加她 快递员让 骑手让 师傅让 客服让您 客服让你 如果有人 有人私下',
      ).concat(
        // "如果有师傅私下让您线下付款，请不要转账": a third party's approach supposed, to warn the buyer (「如果有问题加我」 is
        // no such frame: the supposed one must be a person).
        list('如果有 要是有 万一有 若有 假如有 如有').flatMap((supposing) =>
          list('人 师傅 快递员 骑手 客服 陌生人 商家 工作人员 自称').map((someone) => supposing + someone),
        ),
      ),
      within: 14,
      note: '提醒买家谨防站外联系、说明平台规定：是在劝阻，不是引流',
    },
    {
      id: 'offplatform.disowned',
      categories: ['offplatform'],
      after: list(
        // 上海话 阿拉 (我们, two characters, not folded): "那个号伐是阿拉" (伐 reads 不).
        '不是阿拉 ' +
        // "您收到的短信让加微信退款，那不是本店发的，敬请提防": a scam the shop disowns, and the buyer warned.
        '不是本店 不是我们店 不是咱家 不是我们发的 敬请提防 请提防 注意提防 ' +
        '不是官方 不是我们 不是加 不要加 不要添加 别信 别加 不要相信 别相信 不存在 是假的 是诈骗 是骗人 是骗子 被我删 诈骗 骗子 不是站外 不会加人 不加人 不用加人 平台不保障 不保障 没保障 不建议 不安全 ' +
          // "收到加微信的短信不用理会", "遇到让你加微信的一律拉黑": the buyer told to ignore or block it.
          '不用理会 不要理会 别理会 不用理 别理 一律拉黑 骗局 ' +
          // 粤语 懒理佢/唔好理佢/唔使理佢 (别理他).
          '懒理佢 唔好理佢 唔使理佢 ' +
          // "二维码是查防伪的，不需要添加任何人": what the code is for, then that nobody is added.
          '不需要添加任何人 不需要添加任何联系人 不用添加任何人 无需添加任何人 不需要加任何人 不用加任何人 无需加任何人 ' +
          // No private account to add ("不需要加任何私人号"); not 「不用加任何群」 after 「加我好友」, which trades one for another.
          '不需要加任何私人 不用加任何私人 无需加任何私人 不需要加任何个人 不用加任何个人 无需加任何个人 ' +
          '不需要加任何账号 不需要加人 不用加谁 不需要加任何好友 不用加任何好友 无需加任何好友 不需要加好友 不用加好友 ' +
          // "站外交易没有保障", "我们的电话客服不会主动要验证码": the risk of it, or what the shop never does.
          // "在天猫APP里搜店铺名就能找到我们 不用去别的地方", "价格都统一 没有私下更便宜的渠道": the buyer kept here.
          // "那是不合规的", "我们不会添加顾客的私人社交账号".
          '不合规 不会添加 不能答应 没法答应 无法答应 ' +
          '不用去别的地方 不用去别的软件 不用去其他 不用去别处 不需要去别的 不用跳到别的 不会跳到站外 没有私下 没有别的渠道 没有其他渠道 ' +
          // "私下转账的费用平台无法为您保障", "…请不要转账": the risk, or the buyer told not to pay.
          '无法保障 无法为您保障 无法为你保障 保障不了 不能保障 请不要转账 不要转账 别转账 请勿转账 请不要付款 不要付款 ' +
          '没有保障 不受保障 不受保护 有风险 风险很大 容易被骗 不会主动 从来不会 平台不管 没人管 请直接举报 直接举报 可以举报 给不了 没法给',
      ),
      within: 14,
      sentence: true,
      note: '说完站外联系方式又说明“不是我们”“是诈骗”“被我删了”（一句之内，逗号不隔断）',
    },
    {
      id: 'offplatform.refused',
      categories: ['offplatform'],
      // "加微信是违规的", "加微信不行哦 平台会扣分", "加微信这种事我们不做": the contact named as the topic, then refused.
      // Right after the words only, in the same clause: "加我微信 这边不方便说" stays steering.
      // "qq号就别发了", "微信就不用发了": the buyer told to keep it.
      after: list('是违规 违规 不允许 是不允许 不被允许 不行 不可以 这个不行 这个真不行 这真不行 真不行 这个不可以 这个真不可以 是骗局 骗局 这种事 这个要求 的话平台 封店 扣分 是禁止 平台不让 平台禁止 就别发 别发了 就不用发 不用发了 ' +
        // A way of paying refused: "微信转账我们不收的", "支付宝付款不支持".
        '不收 我们不收 不接受 我们不接受 不支持 我们不支持 不太方便 不太行 ' +
        // "微信号不能发 平台会检测": the contact named, then that it may not be sent or added.
        '不能发 不能加 不能留 不能给 不能私下'),
      // Two characters: the app and how it is used, then the refusal ("微信转账我们不收").
      within: 2,
      note: '先说出站外联系方式，紧接着说明违规、不行：是在拒绝，不是引流',
    },
    {
      id: 'offplatform.refused-closing',
      categories: ['offplatform'],
      // "微信就不加了 以后在店里拍", "QQ我不怎么用 有事在这扣字", "私下算便宜这事不行": the contact or the deal named, then
      // refused by the shop, closing the clause.
      after: CONTACT_REFUSED,
      within: 4,
      closesClause: true,
      note: '“微信就不加了”“QQ我不怎么用”：说出站外渠道，随即在同一分句结尾拒绝，是在拒绝，不是引流',
    },
    {
      id: 'offplatform.here-instead',
      categories: ['offplatform'],
      // "想私聊的话就这个窗口", "私聊就在这里说": the private talk pointed back to this chat window.
      after: list('就这个窗口 就在这个窗口 在这个窗口 这个窗口就 就在这里说 就在这说 就在这聊 就在这里聊 就在这边说 在这里说就行 在这说就行'),
      within: 4,
      note: '“想私聊的话就这个窗口”：私聊指的就是平台内的这个会话窗口，不是站外',
    },
    {
      id: 'offplatform.in-app-group',
      categories: ['offplatform'],
      // "可以点店铺主页的粉丝群入口进群，群里会发店铺券", "会员群在店铺首页就能进": the group entered from the shop's page
      // inside the app. Its entry only: "群号在店铺首页", "扫主页二维码进群" stay steering.
      before: IN_APP_GROUP_ENTRIES,
      after: IN_APP_GROUP_AFTER,
      within: 8,
      sentence: true,
      note: '“点店铺主页的粉丝群入口进群”：从店铺页进的群是平台内的功能，不是站外的群',
    },
    {
      id: 'offplatform.platform-scope',
      categories: ['offplatform'],
      // "拼夕夕上 找不到比我们更低的价了": the platform is the scope of a comparison (an absolute claim), as 全拼多多 is.
      // "在淘宝上买不到比我们更好的": the same comparison with 买不到.
      after: list('找不到 都找不到 没有比 没有更 没有哪家 买不到比 都买不到比 买不着比 找不着比'),
      within: 3,
      // Agents put a space where the comma would be: "拼夕夕上 找不到…".
      sentence: true,
      note: '平台名是比较的范围（绝对化用语），不是把买家引到那个平台',
    },
    {
      id: 'offplatform.platform-own',
      categories: ['offplatform'],
      // "扫码领券是平台官方的", "抖音号“某某官方旗舰店”就是我们": the platform's own campaign or the shop's own official account.
      after: list(
        '是平台官方 是平台的活动 是平台活动 是平台自己的 平台官方的 是抖音官方 是拼多多官方 是京东官方 是快手官方 是淘宝官方 是官方的券 ' +
          '旗舰店就是我们 旗舰店就是我家 ' +
          // "粉丝群在店铺首页就能进": the shop's group inside the platform.
          '在店铺首页 店铺首页就 在直播间就 直播间就能 ' +
          // "快手这边的粉丝群是平台内的群": the group said to be the platform's own.
          '是平台内 平台内的 是站内 站内的',
      ),
      within: 12,
      note: '说明扫码、账号属于平台官方或本店官方旗舰店：留在平台内，不是引流',
    },
    {
      id: 'offplatform.item-code',
      categories: ['offplatform'],
      // "款式编号 VX2203", "货号：QQ1688": letters of an app name at the head of a code, right after its label.
      before: list('编号 货号 型号 款号 款式号 商品码 sku'),
      within: 2,
      note: '编号、货号、型号紧跟着的字母数字是商品编码，不是聊天账号',
    },
    {
      id: 'offplatform.product-code',
      categories: ['offplatform'],
      before: list('序列号 溯源码 防伪码'),
      after: list('查保修 保修期 保修信息 保修状态 序列号 批次 溯源 生产日期 真伪 说明书 质检 防伪 验真'),
      within: 10,
      note: '商品上的序列号、溯源码、防伪码，扫码是查信息，不是加人',
    },
  ],
};
