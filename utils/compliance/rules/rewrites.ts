// Whole-claim replacements for one-click fixes (types.ts, Rewrite): each stands where the claim stood and the
// sentence still reads (checked on real drafts by test/unit/compliance/rewrites.test.ts). A claim with no rewrite
// here gets its rule's suggestions.
import type { Rewrite } from '../types';
import { list } from './define';

export const BUILTIN_REWRITES: Rewrite[] = [
  {
    claims: list('全网最低价 全网最低价格 全网底价 全网最低的价格 史上最低价 最低价 最低价格 全平台最低价 全网超低价'),
    to: ['很实惠的价格', '实惠的价格'],
    note: '价格说法是名词：「这是全网最低价哦」→「这是很实惠的价格哦」',
  },
  {
    claims: list('全网最低 全网最便宜 最便宜 全平台最便宜 最lowest 最cheapest 最cheap'),
    to: ['很实惠', '挺划算'],
    note: '作谓语：「我们家全网最便宜」→「我们家很实惠」',
  },
  {
    claims: list('最佳 最优 最优质 最上乘 最好品质 最高品质 最好质量'),
    to: ['很好', '品质不错'],
    note: '“很佳”“很优”不成话',
  },
  {
    claims: list('最新 最新款 最新品'),
    to: ['新', '新款'],
  },
  {
    claims: list('销量第一 销量第1 卖得最好 卖得最火 卖的最好 卖的最火 销量最高 销量最好'),
    to: ['卖得很好', '很受欢迎'],
    note: '「这款是快手销量第一的」→「这款是快手卖得很好的」',
  },
  {
    claims: list('顶级 ding级 顶尖 顶配 顶奢 top级 殿堂级 神级'),
    to: ['优质', '用心'],
    note: '作定语（顶级配方→优质配方）或“是…的”（用料是顶级的→用料是优质的）',
  },
  {
    claims: list('天花板 天花板级别 天花板级 天花板水平 天花板级的'),
    to: ['很出色', '很不错'],
    note: '「遮瑕力是天花板级别的」→「遮瑕力是很出色的」；「持妆天花板」→「持妆很出色」',
  },
  {
    claims: list('王牌 镇店之宝 王牌产品'),
    to: ['招牌', '主推'],
    note: '「我们店的王牌产品」→「我们店的招牌产品」',
  },
  {
    prefixes: list(
      '全网最 全平台最 全国最 全球最 全世界最 行业最 业内最 同类最 同行最 市面上最 目前最 史上最 本店最 ' +
      '我们店最 我们家最 店里最 zui 最 ' +
      // 绝对 stressing the degree word (absolute.jue-dui-superlative): 「价格绝对最低」→「价格很低」.
      list('绝对 绝对是 绝对就是 绝对算是').flatMap((stressed) => list('最 zui 全网d1').map((most) => stressed + most)).join(' '),
    ),
    to: ['很'],
    except: list('完美 无敌 极致 权威 顶尖 顶级 顶配 万能 全能'),
    note: '最 + 形容词（最好用、全网最畅销、行业最环保）→ 很 + 形容词；后面超过三个字或不是汉字的不改写',
  },
];

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
    outcomes: list('到货 送到 送达 寄到 天到 天内到 日内到 明天到 今天到 后天到 必到 肯定到 定到 能到 会到 发货 发出 签收 时效'),
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
 * The word that makes a clause a guarantee, as it leads a promise finding ("保证不掉", "一定送到"), and the hedges that
 * read in its place before the rest of the clause: "这个凉鞋的带子保证不磨脚" → "这个凉鞋的带子一般不磨脚". The claim's own
 * words stay, so the fix is about what was promised and the sentence stays whole.
 */
export const GUARANTEE_LEADS = list(
  '拍胸脯保证 我敢保证 我保证 向您保证 跟您保证 给您保证 保证 bao证 一定 yi定 肯定 绝对 保准 准保 铁定 必定 百分百 百分之百 包你 包您 保管',
);
// Not 一般 alone: before an adjective it reads as "so-so" (一般舒服).
export const GUARANTEE_HEDGES = list('正常情况下');
