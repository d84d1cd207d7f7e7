// 拼多多: before an impatient or curt reply goes out, the merchant workbench shows its own 「服务态度提醒」 pop-up,
// and buyers' complaints about 服务态度 count against the shop. Anticipate it while the agent types. Other
// platforms' links and 口令 are no outside links to the generic detector (it knows them as shop platforms), but on
// 拼多多 they take the buyer away.
import type { Rule } from '../../types';
import { list } from '../define';

const ATTITUDE = '拼多多商家客服工作台会对不耐烦、生硬的回复弹出「服务态度提醒」，买家以服务态度投诉也会影响店铺的客服考核';

export const PINDUODUO_RULES: Rule[] = [
  {
    id: 'attitude.pinduoduo.impatient',
    category: 'attitude',
    severity: 'warn',
    platforms: ['pinduoduo'],
    words: list(
      '上面写了 上面写着 上面有写 不是告诉你了 不是说了吗 不是说过了 你自己查 你自己看 你自己翻 刚说过 ' +
      '听不懂吗 听明白没 已经说了 往上翻 我不是说了 有完没完 爱买不买 看不懂吗 自己看 自己翻 说了好几次 ' +
      '说过了 都说了 都说过了',
    ),
    reason: `${ATTITUDE}；“你自己看”“不是说了吗”“听不懂吗”一类的说法就在其中`,
    suggestions: ['我再为您说明一下', '您看这样可以吗', '这里有详细说明，我帮您指一下'],
  },
  {
    id: 'attitude.pinduoduo.brush-off',
    category: 'attitude',
    severity: 'warn',
    platforms: ['pinduoduo'],
    words: list(
      '不归我管 不清楚 不知道 你爱咋咋 你看着办 催也没用 别催 就这样吧 我也没办法 没办法 等着吧 那没办法 ' +
      '问别人去 随你 随便你',
    ),
    reason: `${ATTITUDE}；“不知道”“没办法”“等着吧”一类敷衍的回答同样会触发`,
    suggestions: ['我马上帮您查一下', '我帮您问一下同事，稍后回复您', '已经在帮您催了，有进展第一时间告诉您'],
  },
  {
    id: 'offplatform.pinduoduo.other-platform-link',
    category: 'offplatform',
    severity: 'block',
    platforms: ['pinduoduo'],
    words: list(
      '1688.com 3.cn jd.com jinritemai.com kuaishou.com taobao.com tb.cn tmall.com weidian.com xiaohongshu.com youzan.com ' +
      '复制口令 打开京东 打开抖音 打开淘宝 淘口令 京口令',
    ),
    reason: '拼多多平台规则禁止在会话中发送其他平台的链接、口令或引导买家到拼多多以外下单，违规会被处罚',
    suggestions: ['我把拼多多的商品链接发给您'],
  },
];
