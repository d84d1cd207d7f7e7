// 拼多多: before an impatient or curt reply goes out, the merchant workbench shows its own 「服务态度提醒」 pop-up,
// and buyers' complaints about 服务态度 count against the shop. Anticipate it while the agent types.
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
];
