// Helpers shared by the built-in rule files (one file per category, like utils/library/builtin/).
import type { AllowEntry, Context, Rule } from '../types';

/** Word lists are space-separated and sorted: it keeps them readable and the content-script bundle small (sorted words compress better). */
export const list = (spaceSeparated: string): string[] => spaceSeparated.split(' ');

/** One category's rules, the everyday phrases that look like its words (allow-list) and where its words make no claim. */
export interface RuleSection {
  rules: Rule[];
  allow: AllowEntry[];
  contexts?: Context[];
}

/**
 * Units and measure words after a number ("100度的水", "100组指纹", "卖了100单"): a quantity. The rule word 100% is
 * matched without its sign (symbols are skipped), so a bare 100 followed by one of these is no percentage.
 */
export const AFTER_A_QUANTITY = list(
  '度 米 厘米 毫米 cm mm ml 毫升 升 克 g kg 公斤 斤 两 元 块 毛 个 件 组 次 遍 天 小时 分钟 分 秒 年 月 条 张 页 片 粒 颗 包 袋 ' +
    '瓶 盒 箱 份 单 位 多 号 码 寸 平 w 瓦 转 mah 公里 km 岁 周 支 双 套 台 根 款 家 人次',
);
