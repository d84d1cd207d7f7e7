import type { Category } from './categories';
import type { IntentId } from './intents';
import type { OrderFact } from './order-state';

export const STAGES = ['售前', '售中', '售后', '通用'] as const;
export type Stage = (typeof STAGES)[number];

export const SOURCES = ['builtin', 'team', 'personal'] as const;
export type PhraseSource = (typeof SOURCES)[number];

/** One reply in a phrase library (快捷短语/话术). */
export interface Phrase {
  id: string;
  title: string;
  /** Reply text; may hold placeholders such as {买家昵称} {商品名} {订单号} {客服昵称} {店铺名}. */
  body: string;
  /** 快捷编码: typed in search (or after a slash) to find the phrase first. */
  code?: string;
  group: string;
  stage: Stage;
  /** At least one id from shared/spec/intents.md. */
  intents: IntentId[];
  /** Words in a buyer message that point to this phrase. */
  triggers: string[];
  /** Example buyer questions (问法) this phrase answers. */
  examples: string[];
  tags: string[];
  /** Platform ids this phrase is meant for; empty = every platform. */
  platforms: string[];
  /** Product categories this phrase is written for (护肤用法 for 美妆护肤); empty = any product. */
  categories: Category[];
  /** What the phrase takes for granted about the order (「已经发出」: shipped); empty = true in any state. */
  orderFacts: OrderFact[];
  source: PhraseSource;
  createdAt: number;
  updatedAt: number;
}
