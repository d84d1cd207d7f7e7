// Buyer intent ids (contract: shared/spec/intents.md). Ids are stable: never rename one.

export const INTENTS = {
  greeting: { label: '问候/在吗', stage: '通用' },
  'product.size': { label: '尺码规格', stage: '售前' },
  'product.material': { label: '材质参数', stage: '售前' },
  'product.usage': { label: '使用保养', stage: '售前' },
  'product.stock': { label: '库存补货', stage: '售前' },
  'product.recommend': { label: '推荐对比', stage: '售前' },
  'price.bargain': { label: '议价', stage: '售前' },
  'price.coupon': { label: '优惠活动', stage: '售前' },
  'payment.method': { label: '支付方式', stage: '售前' },
  'order.howto': { label: '下单指引', stage: '售前' },
  invoice: { label: '发票', stage: '售前' },
  'shipping.time': { label: '发货时间', stage: '售中' },
  'shipping.courier': { label: '快递选择', stage: '售中' },
  'shipping.coverage': { label: '配送范围', stage: '售中' },
  'order.change-address': { label: '改地址', stage: '售中' },
  'order.change': { label: '改订单', stage: '售中' },
  'order.cancel': { label: '取消订单', stage: '售中' },
  'logistics.track': { label: '查物流', stage: '售中' },
  'logistics.delay': { label: '物流延误', stage: '售中' },
  'return.policy': { label: '退换政策', stage: '售后' },
  'return.howto': { label: '退换流程', stage: '售后' },
  'return.shipping-fee': { label: '退货运费', stage: '售后' },
  'refund.progress': { label: '退款进度', stage: '售后' },
  'quality.issue': { label: '质量问题', stage: '售后' },
  damaged: { label: '破损', stage: '售后' },
  'wrong-item': { label: '错发漏发', stage: '售后' },
  'repair.warranty': { label: '保修维修', stage: '售后' },
  complaint: { label: '投诉安抚', stage: '售后' },
  review: { label: '评价', stage: '售后' },
  'price-protect': { label: '价保退差', stage: '售后' },
  wait: { label: '稍等查询', stage: '通用' },
  'thanks-bye': { label: '感谢道别', stage: '通用' },
  'transfer-human': { label: '转人工', stage: '通用' },
} as const;

export type IntentId = keyof typeof INTENTS;

export const INTENT_IDS = Object.keys(INTENTS) as IntentId[];

export function isIntentId(value: string): value is IntentId {
  return Object.hasOwn(INTENTS, value);
}

const INTENT_BY_LABEL = new Map<string, IntentId>(INTENT_IDS.map((id) => [INTENTS[id].label, id]));

/** An intent written by its id (shipping.time) or its Chinese label (发货时间), as sheets and forms do. */
export function intentFromName(name: string): IntentId | undefined {
  return isIntentId(name) ? name : INTENT_BY_LABEL.get(name);
}
