// What a claim of fact is about, for fitting one-click fixes to it (utils/compliance/fit.ts). Apart from rewrites.ts:
// the content script fits fixes too, and this small table is all of the rewrite data it needs (the rewrites
// themselves come with the packaged built-in rules).
import { list } from './define';

/**
 * What a guarantee is about, read from the claim's clause (utils/compliance/fit.ts): a suggestion of another topic is
 * never offered ("保证三日内到货" is not fixed with a washing note), and `to` — whole clauses — stand in for the claim
 * where it ends its clause. `outcomes` are looked for in the claim's clause, `marks` in a suggestion (which topic it is
 * about). Listed in order: the first family whose outcome is in the clause wins.
 */
export interface ClaimFamily {
  topic: string;
  outcomes: string[];
  marks: string[];
  to: string[];
}

export const CLAIM_FAMILIES: ClaimFamily[] = [
  {
    topic: 'delivery',
    outcomes: list('到货 到账 送到 送达 寄到 天到 天内到 日内到 明天到 今天到 后天到 必到 肯定到 定到 能到 会到 发货 发出 签收 时效'),
    marks: list('到货 送达 快递 物流 发出'),
    to: ['到货时间看快递实际进度', '具体时间以物流显示为准'],
  },
  {
    topic: 'colour',
    outcomes: list('掉色 褪色 退色 变色 串色 染色 发黄 掉漆'),
    marks: list('掉色 洗护'),
    to: ['按说明洗护一般不掉色', '按说明洗护可以减少掉色'],
  },
  {
    topic: 'skin',
    outcomes: list('过敏 起疹 疹子 红疹 刺激 烂脸 泛红 闷痘 长痘 爆痘 致痘 辣眼 刺痛 敏感'),
    marks: list('敏感肌 试用 过敏'),
    to: ['敏感肌可以先在耳后小范围试用'],
  },
  {
    topic: 'comfort',
    outcomes: list('磨脚 硌脚 夹脚 挤脚 累脚 合脚 勒 舒服 舒适 合身 尺码 起泡'),
    marks: list('穿着 尺码 舒服'),
    to: ['大部分买家反馈穿着舒服', '可以参考尺码表选择'],
  },
  {
    topic: 'durability',
    outcomes: list('坏 破 断 裂 耐用 结实 起球 开线 脱线 变形 生锈 漏 掉毛 掉渣 松动 塌'),
    marks: list('耐用 质量问题'),
    to: ['正常使用下很耐用', '有质量问题可以联系我们处理'],
  },
  {
    topic: 'effect',
    outcomes: list('效果 有效 见效 管用 好用 瘦 变白 美白 祛 去除 长高 提分 上岸 过关 拿证 考过'),
    marks: list('效果 改善'),
    to: ['效果因人而异'],
  },
  {
    topic: 'authentic',
    outcomes: list('正品 真货 假货 假一'),
    marks: list('正品'),
    to: ['店铺支持平台的正品保障服务'],
  },
];

/**
 * What an authority claim vouches for (utils/compliance/fit.ts): the rules' own lines (已通过相关检测，报告可在详情页查看,
 * 很多买家回购, 品质款…) speak of goods, and say nothing right of the shop's own standing ("我们是官方指定维修点"), a
 * course, a service, or the people who teach or make it. Each of those gets `to` in place of the claim's clause. A mark
 * is looked for `where` it names the subject: in the claim's clause, the claim's words too (goods, a course); after
 * the claim in its clause, as the noun it qualifies (官方指定|维修点, 官方授权的|充值服务; before it, 权威|机构检测 names
 * the authority); or before the claim in its clause, as the one it is said of (我们老师傅是|国家级…; 协和的医生 after
 * the claim are the authority, and a master named in another clause made the goods the claim is about). Listed in order, the first that matches wins; goods come first and keep the rules' lines
 * (no `to`), so "教育部推荐的课外辅导用书" stays a book and "名师同款错题打印机" goods.
 */
export interface AuthoritySubject {
  subject: 'goods' | 'shop' | 'course' | 'service' | 'person';
  where: 'clause' | 'after' | 'before';
  marks: string[];
  to: string[];
}

export const AUTHORITY_SUBJECTS: AuthoritySubject[] = [
  { subject: 'goods', where: 'clause', marks: list('款 产品 商品 配方 工具 这本 本书 用书 教材 卷子 试卷 绘本 读物 激活码 种的'), to: [] },
  {
    subject: 'shop',
    where: 'after',
    marks: list('店 供应商 服务商 经销商 代理商 合作商 维修点 维修商 销售点 网点 合作机构 配镜机构 合作单位 推荐单位'),
    to: ['店铺资质可以在店铺首页查看'],
  },
  { subject: 'course', where: 'clause', marks: list('课 教学 授课 讲课 教研 培训 辅导 押题'), to: ['课程大纲和试听内容在详情页可以查看'] },
  { subject: 'service', where: 'after', marks: list('服务 维修 安装 上门 售后 保养 充值 代办 咨询 指导'), to: ['服务内容和收费标准在详情页可以查看'] },
  { subject: 'person', where: 'before', marks: list('老师 讲师 教练 师傅 技师 大师 传承人 名师 医生 顾问 设计师'), to: ['相关资历介绍在详情页可以查看'] },
];

/**
 * The word that makes a clause a guarantee, as it leads a promise finding ("保证不掉", "一定送到"), and the hedges that
 * read in its place before the rest of the clause: "这个凉鞋的带子保证不磨脚" → "这个凉鞋的带子一般不磨脚". The claim's own
 * words stay, so the fix is about what was promised and the sentence stays whole.
 */
export const GUARANTEE_LEADS = list(
  '拍胸脯保证 我敢保证 我保证 向您保证 跟您保证 给您保证 保证 bao证 一定 yi定 肯定 绝对 保准 准保 铁定 必定 百分百 百分之百 包你 包您 保管',
);
// Not 一般 alone: before an adjective it reads as "so-so" (一般舒服).
export const GUARANTEE_HEDGES = list('正常情况下');

/**
 * How far a one-click fix of each category reaches (utils/compliance/fit.ts, Finding.fix), and the lines written for
 * that reach. A word swapped in the middle of a turn leaves the turn saying what it said ("好评截图【…】，领8块红包"):
 * - 'sentence': contact requests, review bait, curt or rude lines are a turn of speech: the whole sentence is replaced
 *   (an address that opens it, 亲，, stays), by `lines` and the rule's own suggestions (whole lines too), `lines` first
 *   where they are the better default;
 * - 'predicate': an absolute or medical claim is what the sentence says of its subject: the claim with its lead-in
 *   (是全网, 可以, 能) to its clause's end is replaced by a predicate the shop can back (a rank: the rule's own short
 *   suggestions, 口碑不错; an effect: what the product is for, by `uses`), the subject stays ("这款是全网最好用的" →
 *   "这款口碑不错"). Where the claim is not its clause's predicate ("最持久的香水"), only an in-place rewrite is offered.
 */
export interface FixReach {
  reach: 'sentence' | 'predicate';
  lines?: string[];
  linesFirst?: boolean;
  /** Words before a claim that go with it when it is replaced, longest first where one ends another. */
  leads?: string[];
  /** Of those, the ones an in-place rewrite takes too (全网, 绝对: "全网最好用" → "很好用"); not 是. */
  scopes?: string[];
  /** Effect claims: what the product is for, by a mark of the product before the claim (the first that matches). */
  uses?: { marks: string[]; to: string }[];
  /** Of `leads`, those that need the product named before them in the clause (有: "这款足浴盆有…的功效"). */
  namedLeads?: string[];
  /**
   * Rank claims of "never" that lead into what never happens (永久不|变色, 百分百不会|延误): `to` in their place, what
   * follows kept ("正常情况下不变色"), with a guarantee word or a scope before them ("保证永不|堵" → "正常情况下不堵").
   */
  hedges?: { claims: string[]; to: string[]; leads: string[] };
  /**
   * A rank claim that qualifies a noun ("全网销量第一|的电子琴", "我们店销量TOP1|的爆款"): no predicate to replace and no
   * rewrite of its own. Where the claim names a position (`marks`: 第 冠军 No.1…), it is replaced with its measure and
   * scope (`leads`: 销量, 排名, 全网, 全抖音…) by `to` ("很受欢迎的电子琴"), but only where what stands before can lead
   * into an attributive (`after`: the clause's start, 是, 我们家, 我们店); not after another noun ("日本|排名第一的",
   * "质量|第一的": the noun would be left saying the claim).
   */
  attributive?: { marks: string[]; leads: string[]; after: string[]; to: string[] };
  /**
   * Rank claims said of a price ("这个价格|独一份", "是|地板价", "价格最低"): a price needs a price fix, never praise of
   * the goods (很有特色, 很出色). An in-place rewrite is kept where it speaks of the price (`says`: 很实惠的价格) or keeps
   * the claim's own adjective (最低 → 很低); else the claim's predicate becomes `to` ("这个价格很实惠"), `withNoun` where
   * the claim holds its price noun ("价格最低" → "价格很实惠"), `value` after 性价比 ("性价比之王" → "性价比很高").
   */
  prices?: { marks: string[]; notMarks: string[]; says: string[]; statements: string[]; to: string[]; withNoun: { marks: string[]; to: string[] }; value: { marks: string[]; to: string[] } };
}

const RANK_SCOPES = list('绝对 简直 全网 全平台 全国 全球 全世界 全市 全店 行业内 行业 业内 业界 市面上 同价位 同类 史上 目前 本店 店里');
const RANK_LEADS = [...list('绝对是 就是 真的是 算是 可以说是 简直是 是 真的'), ...RANK_SCOPES];
// 有 leads an effect held as a property ("有活血化瘀的功效", "有抗ai价值"), said of the product named before it.
const PROPERTY_LEADS = list('还有 也有 都有 具有 有');
const EFFECT_LEADS = [...list('还可以 也可以 都可以 就可以 可以 还能 也能 都能 就能 能够 能 可 会 有助于 帮助 有效 专门 专治 直接 马上 立马 快速 彻底'), ...PROPERTY_LEADS];

export const FIX_REACH: Record<string, FixReach> = {
  offplatform: { reach: 'sentence', lines: ['有问题直接在这里留言就好'] },
  reviewbait: { reach: 'sentence', lines: ['谢谢您的支持，用着有问题随时找我'], linesFirst: true },
  attitude: { reach: 'sentence', lines: ['您别着急，我来帮您看看'], linesFirst: true },
  abuse: { reach: 'sentence', lines: ['您别着急，我来帮您看看'], linesFirst: true },
  absolute: {
    reach: 'predicate',
    leads: RANK_LEADS,
    scopes: RANK_SCOPES,
    hedges: { claims: list('永久不 永远不 永不 百分百不 百分之百不 百分之一百不 100%不'), to: ['正常情况下不'], leads: [...GUARANTEE_LEADS, ...list('100% １００％')] },
    attributive: {
      marks: list('第 冠军 销冠 no ｎｏ top ｔｏｐ ① di一 di1 d1'),
      leads: [...RANK_SCOPES, ...list('销量 排名 排行 人气 口碑 热度 全抖音 全淘宝 全京东 全天猫 全快手 全拼多多 抖音上 淘宝上 京东上 天猫上 抖音 淘宝 京东 天猫 快手')],
      after: list('是 家 店 们 这 款'),
      to: ['很受欢迎'],
    },
    prices: {
      marks: list('价 便宜 划算 实惠'),
      // A tier (同价位), worth (收藏价值), value for money and a review hold 价 but name no price.
      notMarks: list('性价比 价位 价值 价比 评价 代价 价钱比'),
      says: list('价 实惠 划算 便宜'),
      statements: list('找 没 再 还有 比 不 永远 以后 过了 错过'),
      to: ['很实惠', '很划算'],
      withNoun: { marks: list('价格 价钱 价'), to: ['价格很实惠', '价格很划算'] },
      value: { marks: list('性价比'), to: ['很高'] },
    },
  },
  medical: {
    reach: 'predicate',
    leads: EFFECT_LEADS,
    namedLeads: PROPERTY_LEADS,
    uses: [
      { marks: list('霜 乳液 精华 面膜 膏 露 涂 抹 擦 敷 洗面 洗发 沐浴 皂 爽肤水 化妆水 护理液 洗液'), to: '适合日常护理使用' },
      {
        marks: list('贴 垫 枕 戴 穿 鞋 袜 镜 美瞳 泡脚 足浴 按摩 床 被 衣 裤 护腕 护膝 护腰 手环 项链 手链 手串 琥珀 水晶 灯 器 仪 空调 风扇 马桶 花洒 手柄'),
        to: '用着很舒服',
      },
      { marks: list('茶 喝 饮 冲 汤 粉 含片 丸 胶囊 吃 食 益生菌 蜂蜜 奶 酒 水果 果汁 果干 果泥 米 面 油 醋 枸杞'), to: '可以作为日常饮食的搭配' },
      // Families the lists above lacked (design half's no-fix effect claims, round 26), after them so that no fix
      // they already gave changes: more food and pet food, more to wear, the home and its building materials,
      // devices, and plants.
      { marks: list('槐花蜜 枇杷蜜 椴树蜜 百花蜜 土蜜 核桃 坚果 软糖 糖果 石斛 香菇 菌菇 炖 猫粮 狗粮 冻干 营养膏 罐头 酵素 零食'), to: '可以作为日常饮食的搭配' },
      { marks: list('靴 背心 文胸 内衣 帽 围巾 手套 口罩'), to: '用着很舒服' },
      { marks: list('地板 地暖 岩板 瓷砖 墙 壁纸 涂料 硅藻泥 桌 椅 柜 沙发 窗帘 凉席 毯 香薰 茶宠 摆件'), to: '用在家里很合适' },
      { marks: list('手机 耳机 平板 学习机 充电宝 电脑 屏 键盘 电饭煲 锅 空净 音箱'), to: '用起来很方便' },
      { marks: list('绿萝 多肉 盆栽 花草 香草 猫草 绿植'), to: '养起来很省心' },
    ],
  },
};
