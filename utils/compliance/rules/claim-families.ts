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
