// An insert is bound to the conversation it was suggested for: answering the wrong buyer under load
// is a failure the textbooks name, so a reply meant for one buyer never lands in another's box.
import type { Conversation } from './types';

export interface ReplyBinding {
  conversationKey: string;
  buyerName: string;
}

export type BindingVerdict = { ok: true } | { ok: false; reason: 'no-conversation' | 'other-buyer'; message: string };

export function checkBinding(binding: ReplyBinding, current: Conversation | null): BindingVerdict {
  if (!current) {
    return { ok: false, reason: 'no-conversation', message: `这条回复是为 ${binding.buyerName} 准备的，但当前没有打开的会话` };
  }
  if (current.key !== binding.conversationKey) {
    // Same nickname, another buyer (the page's buyer id told them apart): say so, or the refusal reads as a bug.
    const other =
      current.buyer.name === binding.buyerName
        ? `另一位同名买家 ${current.buyer.name}${current.buyer.id ? `（编号 ${current.buyer.id}）` : ''}`
        : current.buyer.name;
    return { ok: false, reason: 'other-buyer', message: `这条回复是为 ${binding.buyerName} 准备的，当前会话是 ${other}` };
  }
  return { ok: true };
}
