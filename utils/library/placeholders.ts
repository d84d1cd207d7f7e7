// Placeholders in phrase bodies, by where their value comes from:
// - the page: {买家昵称} {商品名} {商品价格} {订单号} {订单状态}, read from the conversation;
// - the agent's profile: {客服昵称} {店铺名};
// - the shop: a few shop-wide facts set once in 店铺常用信息 ({发货时间}, {退货地址} …, SHOP_PLACEHOLDERS);
// - everything else changes per order or per product ({快递单号}, {快递公司}, {商品规格} …): asked for when the
//   agent inserts the reply, never stored as a shop setting.
import type { Conversation } from '../workbench/types';

export const STANDARD_PLACEHOLDERS = ['买家昵称', '商品名', '订单号', '客服昵称', '店铺名'] as const;

/** Filled from the conversation on the page, when the page shows the card they come from. */
export const PAGE_PLACEHOLDERS = {
  买家昵称: 'buyer',
  商品名: 'product',
  商品价格: 'product',
  订单号: 'order',
  订单状态: 'order',
} as const satisfies Record<string, 'buyer' | 'product' | 'order'>;

/** From the agent's settings. */
export const AGENT_PLACEHOLDERS = ['客服昵称', '店铺名'] as const;

export interface ShopPlaceholder {
  name: string;
  /** What a shop typically writes, shown as the input's hint. */
  example: string;
}

/** Shop-wide facts, set once (店铺常用信息), grouped as the options page shows them. */
export const SHOP_PLACEHOLDERS: readonly { group: string; items: readonly ShopPlaceholder[] }[] = [
  {
    group: '发货与物流',
    items: [
      { name: '发货时间', example: '付款后48小时内' },
      { name: '截单时间', example: '每天16:00' },
      { name: '默认快递', example: '中通或韵达' },
      { name: '配送时效', example: '3-5天' },
      { name: '偏远地区', example: '新疆、西藏、青海' },
      { name: '周末发货安排', example: '周六正常发货，周日休息' },
    ],
  },
  {
    group: '售后',
    items: [
      { name: '退货地址', example: '浙江省杭州市…（收件人、电话）' },
      { name: '到账时效', example: '1-3个工作日' },
      { name: '验收时效', example: '48小时' },
      { name: '价保天数', example: '15' },
      { name: '开票时限', example: '7个工作日' },
    ],
  },
  {
    group: '客服与活动',
    items: [
      { name: '客服时间', example: '每天9:00-23:00' },
      { name: '满减规则', example: '满199减20' },
      { name: '活动时间', example: '11月1日至11月11日' },
      { name: '活动内容', example: '全场满199减20，第二件半价' },
      { name: '优惠券', example: '满99减10的店铺券' },
    ],
  },
];

export type PlaceholderKind = 'page' | 'agent' | 'shop' | 'ask';

/** Built on first use: a module-level Set would keep SHOP_PLACEHOLDERS in the content script, which only fills. */
let shopNames: Set<string> | undefined;

export function placeholderKind(name: string): PlaceholderKind {
  if (Object.hasOwn(PAGE_PLACEHOLDERS, name)) return 'page';
  if ((AGENT_PLACEHOLDERS as readonly string[]).includes(name)) return 'agent';
  shopNames ??= new Set(SHOP_PLACEHOLDERS.flatMap(({ items }) => items.map((item) => item.name)));
  return shopNames.has(name) ? 'shop' : 'ask';
}

/**
 * How many values the agent would have to type in for this body: per-order and per-product values, and page
 * values when the page shows no such card. Shop and profile values are set once and do not count.
 */
export function askedPlaceholders(body: string, shown: { product: boolean; order: boolean }): number {
  let count = 0;
  for (const name of listPlaceholders(body)) {
    const kind = placeholderKind(name);
    if (kind === 'ask') count++;
    else if (kind === 'page') {
      const card = PAGE_PLACEHOLDERS[name as keyof typeof PAGE_PLACEHOLDERS];
      if ((card === 'product' && !shown.product) || (card === 'order' && !shown.order)) count++;
    }
  }
  return count;
}

/** A name is letters (CJK or latin), digits and _ ; "{ }" in ordinary text such as "{1}" or "{ }" is left alone. */
const PLACEHOLDER = /\{([\p{L}_][\p{L}\p{N}_]{0,19})\}/gu;

/** Placeholder names in order of first appearance. */
export function listPlaceholders(body: string): string[] {
  const names = new Set<string>();
  for (const [, name] of body.matchAll(PLACEHOLDER)) if (name) names.add(name);
  return [...names];
}

/**
 * Replaces every placeholder that has a non-empty value. The others stay in the text as written and are
 * listed in `missing`, so the UI can ask the agent for them before sending.
 */
export function fillPlaceholders(body: string, values: Record<string, string | undefined>): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const text = body.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name]?.trim() : undefined;
    if (value) return value;
    missing.add(name);
    return whole;
  });
  return { text, missing: [...missing] };
}

export interface PlaceholderSettings {
  agentName?: string;
  shopName?: string;
  /** Shop-defined placeholders, e.g. { 发货时间: '48 小时内' }. */
  custom?: Record<string, string>;
}

/** Values for the standard placeholders from what the workbench shows and the agent's settings. */
export function placeholderValues(
  conversation: Pick<Conversation, 'buyer' | 'product' | 'order'> | undefined,
  settings: PlaceholderSettings = {},
): Record<string, string | undefined> {
  return {
    ...settings.custom,
    买家昵称: conversation?.buyer.name,
    商品名: conversation?.product?.name,
    商品价格: conversation?.product?.price,
    订单号: conversation?.order?.id,
    订单状态: conversation?.order?.status,
    客服昵称: settings.agentName,
    店铺名: settings.shopName,
  };
}

/**
 * A body filled as it goes into the reply box: page values, the agent's name, the shop name and 店铺常用信息 of the
 * shop's settings; `missing` are the blanks the agent is asked for. Used by the panel and by 快捷编码 alike.
 */
export function fillFromConversation(
  body: string,
  conversation: Pick<Conversation, 'buyer' | 'product' | 'order'> | null,
  shop: Omit<PlaceholderSettings, 'custom'> & { placeholders?: Record<string, string> },
): { text: string; missing: string[] } {
  return fillPlaceholders(body, placeholderValues(conversation ?? undefined, { ...shop, custom: shop.placeholders }));
}
