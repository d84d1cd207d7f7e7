// Placeholders in phrase bodies: {买家昵称} {商品名} {订单号} {客服昵称} {店铺名} and any {名称} a shop adds.
import type { Conversation } from '../workbench/types';

export const STANDARD_PLACEHOLDERS = ['买家昵称', '商品名', '订单号', '客服昵称', '店铺名'] as const;

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
    订单号: conversation?.order?.id,
    客服昵称: settings.agentName,
    店铺名: settings.shopName,
  };
}
