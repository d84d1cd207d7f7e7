// Replies offered for a conversation. A small starter set until the phrase library lands.
import type { Conversation } from '../../utils/workbench/types';
import type { PhraseItem } from '../../components/PhraseList';

const STARTER = [
  { id: 'starter-greet', title: '问候', text: '{买家昵称}您好，在的，请问有什么可以帮您？' },
  { id: 'starter-ship', title: '发货时间', text: '亲，现货订单一般会在付款后48小时内发出，发货后物流信息会同步更新。' },
  { id: 'starter-wait', title: '稍等查询', text: '好的，我这边帮您查询一下，请稍等片刻。' },
  { id: 'starter-return', title: '退换说明', text: '商品签收后7天内，在不影响二次销售的情况下可以申请退换，在订单页点“申请售后”即可。' },
  { id: 'starter-thanks', title: '感谢道别', text: '感谢您的耐心，有其他问题随时联系我们，祝您生活愉快！' },
];

export function suggestReplies(conversation: Conversation): PhraseItem[] {
  return STARTER.map((phrase) => ({ ...phrase, text: phrase.text.replaceAll('{买家昵称}', conversation.buyer.name) }));
}
