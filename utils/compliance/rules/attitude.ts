// 服务态度: curt, impatient or brush-off replies that are no insult but read as 不耐烦 or 推脱 (「急什么」「别问了」
// 「自己看物流」「找快递去」). Every platform scores service attitude (拼多多's 服务态度提醒 in platforms/pinduoduo.ts
// cites its own pop-up). Shapes rather than sentences: a brush-off verb aimed at the buyer, a rhetorical 「能不能…」
// telling the buyer to stop, the buyer sent elsewhere. Polite forms stay clean: 「您往上翻一下聊天记录哈」.
import { ATTITUDE_BASIS } from './basis';
import { list, type RuleSection } from './define';

export const ATTITUDE_RULES: RuleSection = {
  rules: [
    {
      id: 'attitude.impatient',
      category: 'attitude',
      severity: 'warn',
      words: list(
        '不是回答过了 不是说过了 也问 别再问 别催了 别老问 别问了 回答过了 天天问 往上翻翻 急什么 急啥 ' +
        '想好了再 我就一个人 早说过了 老问 能不能别催 能不能先看 说了不能 说过很多次 说过好几次 问个没完 ' +
        '问来问去 问过了 问那么多',
      ),
      reason: `${ATTITUDE_BASIS}；“急什么”“别问了”“说过了”一类不耐烦的说法容易引发投诉`,
      suggestions: ['我再为您说明一下', '理解您着急，我这边马上帮您跟进', '您看这样可以吗'],
    },
    {
      id: 'attitude.brush-off',
      category: 'attitude',
      severity: 'warn',
      words: list(
        '您找快递去 你找快递去 找快递去 找厂家去 找平台去 又不是我们能管 又不是我们的问题 不是我们能管的 ' +
        '自己看物流 自己查物流 自己去查 自己去看 您说啥就是啥 你说啥就是啥 行吧行吧 随您便 ' +
        '爱退不退 那我们也没办法 跟我说没用 ' +
        // Blaming the buyer or turning the question back on them.
        '下次看清楚 你到底买不买 你到底要不要 你自己选的 您到底买不买 您自己选的 看清楚再拍 ' +
        '管不了 谁让你不看 谁让您不看 问快递去 那你想怎么样 那您想怎么样',
      ),
      reason: `${ATTITUDE_BASIS}；把买家推给快递、厂家或让其“自己看”，属推脱敷衍`,
      suggestions: ['我这边帮您联系快递核实一下', '我帮您查一下，稍等', '我来为您处理'],
    },
  ],
  allow: [],
};
