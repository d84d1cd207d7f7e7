// Spelling games: the character that would trip a word filter is typed in pinyin ("zui低", "zhi疗", "xue糖",
// "jue对"). For every hanzi listed here the checker also matches each rule word and near cue with that character
// spelled out (one at a time, or all of them), so the underline covers what the agent typed. Only characters that
// carry the risk are listed: spelling every character would make ordinary Latin text match.
import { PINYIN_DATA } from '../../library/pinyin-data';
import type { RuleFile } from '../types';
import { list } from './define';

/** "最 zui 第 di …": pairs of a hanzi and its toneless pinyin. */
const pairs = (spaceSeparated: string): Record<string, string[]> => {
  const items = list(spaceSeparated);
  const table: Record<string, string[]> = {};
  for (let i = 0; i < items.length; i += 2) table[items[i]!] = [items[i + 1]!];
  return table;
};

export const BUILTIN_SPELLINGS: Record<string, string[]> = {
  // absolute ("diyi", "guan军")
  ...pairs('第 di 顶 ding 级 ji 绝 jue 对 dui 极 ji 首 shou 冠 guan 唯 wei 独 du 王 wang 低 di 强 qiang 一 yi 军 jun 底 di'),
  // 最 as its initial alone beside the rest of a word ("z低价", "z好用的"); Latin letters before it continue a token.
  最: ['zui', 'z'],
  // authority ("央shi", "明xing同款")
  ...pairs('国 guo 家 jia 官 guan 方 fang 特 te 供 gong 专 zhuan 权 quan 威 wei 驰 chi 推 tui 荐 jian 医 yi 央 yang 政 zheng 府 fu 视 shi 明 ming'),
  // medical
  ...pairs(
    '治 zhi 疗 liao 癌 ai 血 xue 糖 tang 压 ya 脂 zhi 降 jiang 抗 kang 炎 yan 病 bing 药 yao 效 xiao 瘦 shou 减 jian ' +
    '肥 fei 痛 tong 毒 du 菌 jun 免 mian 疫 yi 愈 yu 高 gao 健 jian 疹 zhen 肾 shen 三 san',
  ),
  // medical, the other character of a claim spelled ("fang tuo" for 防脱, "xiao yan sha jun" for 消炎杀菌)
  ...pairs('防 fang 脱 tuo 祛 qu 皱 zhou 消 xiao 杀 sha'),
  // offplatform
  ...pairs('微 wei 信 xin 扣 kou 支 zhi 付 fu 宝 bao 转 zhuan 账 zhang 私 si 聊 liao 群 qun 电 dian 话 hua 抖 dou 淘 tao'),
  // reviewbait
  ...pairs('好 hao 评 ping 返 fan 现 xian 红 hong 钱 qian 晒 shai 删 shan 五 wu 星 xing'),
  // promise
  ...pairs('保 bao 证 zheng 包 bao 退 tui 赔 pei 肯 ken 永 yong 久 jiu 不 bu 定 ding 准 zhun'),
  // abuse
  ...pairs('子 zi 傻 sha 逼 bi 滚 gun 蠢 chun 弱 ruo 智 zhi 脑 nao 残 can 瘫 tan 穷 qiong 笨 ben 猪 zhu 狗 gou 丑 chou 贱 jian 瞎 xia 线 xian'),
  // ("bai chi", "zhi zhang", "shen jing bing", "滚dan")
  ...pairs('白 bai 痴 chi 障 zhang 神 shen 经 jing 蛋 dan 进 jin'),
  // attitude: the impatient words agents spell ("烦不fan", "催啥", "说le", "关我sa事", "我也mei办法")
  ...pairs('烦 fan 催 cui 了 le 没 mei 众 zhong 申 shen 请 qing 快 kuai 差 cha'),
  啥: ['sha', 'sa'],
};

/**
 * Agents spell any character of a word, not only the risky ones: 首xuan, 没huo, 听不懂ren话, 大hui堂, 打包piao
 * (drafts of c2, c16, c20, c32 and others). The toneless pinyin of every other hanzi of the rule file's words, from
 * the library's table (generated from pinyin-pro), for `sounds`: one character at a time, a hanzi of the word left.
 * One-letter syllables (a, e, o) are left out: they are interjections in chat ("好的a").
 */
export function soundsOf(file: Pick<RuleFile, 'rules' | 'allow' | 'contexts' | 'spellings'>): Record<string, string[]> {
  const used = new Set<string>();
  const take = (words: readonly string[] | undefined) => {
    for (const word of words ?? []) for (const char of word) used.add(char);
  };
  for (const rule of file.rules) [rule.words, rule.near?.words, rule.unless?.words, rule.unlessAfter?.words].forEach(take);
  for (const entry of file.allow ?? []) take(typeof entry === 'string' ? [entry] : entry.words);
  for (const context of file.contexts ?? []) [context.before, context.after].forEach(take);
  const sounds: Record<string, string[]> = {};
  for (const group of PINYIN_DATA) {
    const [syllable, chars] = group.split(':') as [string, string];
    if (syllable.length < 2) continue;
    for (const char of chars) if (used.has(char) && !file.spellings?.[char]) sounds[char] = [syllable];
  }
  return sounds;
}
