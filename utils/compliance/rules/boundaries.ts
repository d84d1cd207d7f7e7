// Word-boundary lexicons (Rule.boundary): the few words a short trigger is read across. A rule marked with one
// needs a word boundary there: its match may not start (or end) inside one of these words. Small on purpose: a word
// belongs here only when cutting through it always leaves no claim; words a real claim runs into stay out (包 + 过年前送到
// and 包 + 过敏体质 are still 包过 claims, so 过年 and 过敏 are not listed; nor 打包, as 打包票 is the claim).
import { list } from './define';

/**
 * Nouns ending in 包 (bags, packets, 红包) and a measure 包 after a number or 每: what follows is the noun's verb, not a
 * guarantee of the words starting with 包 (针线包 + 会 is no 包会, 红包 + 过来 no 包过, 背包 + 用久了 no 包用, 竹炭包 + 效果
 * no 包效果). Two-character nouns are listed only where their first character seldom ends the word before: 价钱 + 包你满意,
 * 电脑 + 包你, 大米 + 包香, 挂面 + 包你, 这套书 + 包会, 会员卡 + 包你, 真皮 + 包退, 全新 + 包退换, 快递 + 包到家, 送礼 + 包你,
 * 护腰 + 包你, 减肥茶 + 包你瘦, 煲汤 + 包你满意, 不香 + 包退, 小药 + 包你, 这个 + 包票 are all claims, so 钱包, 电脑包, 米包,
 * 面包, 书包, 卡包, 皮包, 新包, 快递包, 礼包, 腰包, 茶包, 汤包, 香包, 药包 and 这个包 are not here (the allow-lists name a few
 * of them with the verb after: 钱包会, 卡包用). 口红 is listed so that 口红 + 包你 is read as 口红, not 红包 (of two words
 * of the list that overlap, the first is the word: cutThrough in checker.ts).
 */
export const BAG_WORDS = list(
  '一包 两包 几包 每包 半包 整包 包包 口红 红包 背包 挎包 荷包 ' +
    '零钱包 证件包 针线包 双肩包 单肩包 斜挎包 手拿包 手提包 帆布包 化妆包 收纳包 洗漱包 旅行包 妈咪包 大礼包 ' +
    '小笼包 叉烧包 奶黄包 竹炭包 调料包 除湿包 干燥包 除醛包',
);

/** Nouns starting with 香 (两包 + 香菜种子): a guarantee ending in 香 (包香, 保证香) read into one is the noun, not the smell. */
export const XIANG_NOUNS = list('香菜 香料 香肠 香皂 香菇 香葱 香叶 香米 香薰 香片 香粉 香水 香辣酱 香油 香蕉 香精 香囊 香芋 香椿 香瓜');

/** Words starting with 天 (算不上 + 天花板, 比不上 + 天丝): no 不上天 (「你咋不上天」). */
export const TIAN_WORDS = list('天花板 天然 天丝 天气 天猫 天数 天窗 天鹅绒 天线 天平 天际 天堂 天价 天才 天生');

/**
 * 退 after a modal of permission or duty (能退, 该退, 可以退): 「能退就退」「该退就退」 return whatever may be returned, a
 * helpful promise; the curt 「退就退」「要退就退」 (the buyer's will, shrugged at) start a word of their own.
 */
export const MAY_RETURN = list('能 该 可以 应该 应当 能够 可').map((modal) => `${modal}退`);

/**
 * Words of expiry starting with 过 ("冷萃包 + 过了保质期"): a packet past its date, never the guarantee 包过 (包 + 过年前送到
 * and 包 + 过敏 still are).
 */
export const EXPIRY_WORDS = list('过期 过了期 过保质期 过了保质期 过保 过了保');
