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
    claims: list('独一无二 独一份'),
    to: ['很有特色'],
    note: '作定语或“是…的”：「独一无二的双出水设计」→「很有特色的双出水设计」',
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
