// What the order card says, as a state, and the facts a phrase may assert about the order. Each workbench words
// its statuses its own way (等待卖家发货, 待商家发货, 买家已付款 …): the wordings are data, per platform, with a
// shared list every platform may use. A phrase's `orderFacts` name what it takes for granted (「包裹已经发出」
// asserts 已发货); a fact the page's state contradicts keeps the phrase out of the suggestions, and a phrase
// picked through search anyway gets a warning (「页面显示：待发货」).
import type { IntentId } from './intents';
import { compactText } from './text';

export const ORDER_STATES = ['none', 'unpaid', 'paid', 'shipped', 'delivered', 'aftersale', 'refunded', 'closed'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

/** How the panel names a state (the wording agents know from the workbenches). */
export const ORDER_STATE_LABELS: Record<OrderState, string> = {
  none: '未下单',
  unpaid: '待付款',
  paid: '待发货',
  shipped: '已发货',
  delivered: '已签收',
  aftersale: '售后中',
  refunded: '退款成功',
  closed: '交易关闭',
};

export function isOrderState(value: string): value is OrderState {
  return (ORDER_STATES as readonly string[]).includes(value);
}

/** Status wordings every platform uses (after punctuation and spaces are dropped). */
const COMMON_WORDINGS: Record<OrderState, string> = {
  none: '未下单 无订单 暂无订单 没有订单 咨询中 未购买',
  unpaid: '待付款 未付款 等待买家付款 等待付款 待支付 未支付 待买家付款 买家未付款 已下单未付款 已拍下未付款 付款中 待付定金 待付尾款',
  paid:
    '待发货 已付款 买家已付款 等待卖家发货 等待发货 待商家发货 待卖家发货 未发货 已支付 付款成功 备货中 待出库 已付款待发货 ' +
    '已接单 打包中 仓库处理中 待配货 出库中 已审核 待成团 拼团成功待发货 待分享 拼单中 拼团中 待拼单 等待成团 已成团 ' +
    '预售中 预售待发货 待出仓 等待出仓 待发出 未发出 商家备货中 配货中 已付款未发货',
  shipped:
    '已发货 卖家已发货 商家已发货 运输中 待收货 派送中 配送中 已揽收 已揽件 在途 在途中 物流运输中 已出库 待签收 快递运输中 ' +
    '正在派送 已发出 发货中 等待买家收货 等待确认收货 派件中 待取件 待自提 已到驿站 待取货 已到达 已发车 中转中 ' +
    '到达派件城市 快件已到达 已放快递柜 运送中 物流中 已出仓 已寄出',
  delivered: '已签收 交易成功 已收货 已完成 订单完成 确认收货 已确认收货 买家已收货 交易完成 已评价 待评价 签收 已妥投 待追评 已取件 本人签收 已送达',
  aftersale:
    '退款中 售后中 退款申请中 退货中 售后处理中 退款待处理 退货退款中 换货中 申请售后 售后申请中 待退货 等待买家退货 ' +
    '等待卖家确认收货 买家已退货 退款审核中 仅退款处理中 维修中 售后待处理 退款协商中 待卖家处理退款 待买家退货 ' +
    '待商家收货 商家待收货 待商家处理 退货待收货 等待商家退款 退款待审核 换货处理中 补发中 售后审核中 待寄回 已寄回 维修处理中 ' +
    '售后服务中 商家已同意退款 同意退款 拒收退回中',
  refunded:
    '退款成功 已退款 退款完成 退款已到账 售后完成 退货退款成功 已全额退款 部分退款成功 退款已完成 仅退款成功 售后成功 ' +
    '拼团失败已退款 拼单失败已退款 未成团已退款',
  closed: '交易关闭 已取消 订单关闭 订单已取消 已关闭 交易取消 超时关闭 买家取消 卖家取消 订单取消 拼团失败 拼单失败 未成团 已失效 超时未付款',
};

/** Wordings only one platform shows, by platform id (utils/workbench/adapters). */
const PLATFORM_WORDINGS: Record<string, Partial<Record<OrderState, string>>> = {
  pinduoduo: {
    paid: '待发货 拼单成功 待商家发货 待分享 拼单中 已拼成待发货',
    shipped: '待收货 已发货',
    delivered: '已签收 交易成功 待评价',
    aftersale: '售后中 退款中 待买家退货 待商家收货 待商家处理',
    closed: '已取消 未拼成 拼单失败',
  },
  feige: { paid: '待发货 已支付 备货中', shipped: '已发货 运输中 部分发货', delivered: '已完成 已签收', aftersale: '售后中 退款中 退货中 待买家退货 待商家收货', closed: '已关闭 已取消' },
  jd: {
    paid: '等待出库 等待打包 正在出库 待出库 等待发货',
    shipped: '等待收货 正在配送 已出库 商品出库 配送中',
    delivered: '完成 已完成 交易完成',
    aftersale: '退换货中 服务单处理中 服务单已受理 待寄回商品',
    closed: '已取消 取消',
  },
  qianniu: { paid: '买家已付款 等待卖家发货', shipped: '卖家已发货 等待买家确认收货', delivered: '交易成功', aftersale: '退款中 售后中 请退款 退款待处理', closed: '交易关闭' },
  kuaishou: { paid: '待发货 已付款', shipped: '已发货 待收货', delivered: '已收货 交易成功 待评价', aftersale: '售后中 退款中', closed: '已关闭 交易关闭' },
};

interface Wordings {
  exact: Map<string, OrderState>;
  /** Longest first, so 已付款待发货 is tried before 已付款. */
  contained: [string, OrderState][];
}

const wordingsByPlatform = new Map<string, Wordings>();

function wordingsFor(platform: string | undefined): Wordings {
  const key = platform ?? '';
  const known = wordingsByPlatform.get(key);
  if (known) return known;
  const exact = new Map<string, OrderState>();
  // A platform's own wording wins over the shared list (京东's 完成 is delivered there).
  const own = (platform && PLATFORM_WORDINGS[platform]) || {};
  for (const source of [own, COMMON_WORDINGS]) {
    for (const state of ORDER_STATES) {
      for (const word of (source[state] ?? '').split(' ')) {
        const compact = compactText(word);
        if (compact && !exact.has(compact)) exact.set(compact, state);
      }
    }
  }
  const wordings = { exact, contained: [...exact].sort((a, b) => b[0].length - a[0].length) };
  wordingsByPlatform.set(key, wordings);
  return wordings;
}

/** Statuses longer than this are not a status line (a page may put a whole card's text there). */
const MAX_STATUS_LENGTH = 60;

/**
 * The order state behind a status text as the workbench shows it ("等待卖家发货", "【已发货】运输中"), or null
 * when the text is empty or not one the wordings know. An exact wording wins; otherwise the longest known
 * wording inside the text, so "订单状态：退款中（等待商家处理）" still reads as after-sale.
 */
export function readOrderState(status: string | undefined, platform?: string): OrderState | null {
  if (!status) return null;
  const compact = compactText(status.slice(0, MAX_STATUS_LENGTH));
  if (!compact) return null;
  const { exact, contained } = wordingsFor(platform);
  const direct = exact.get(compact);
  if (direct) return direct;
  for (const [word, state] of contained) if (word.length >= 2 && compact.includes(word)) return state;
  return null;
}

/**
 * What a status text no wording knows still tells (a workbench words things its own way, a new platform more so):
 * the states it may mean, from its parts, first match wins. Such a reading is never sure: a phrase is offered
 * only if its facts hold in every state listed (「待分享」 does not say the parcel left, so 「已经发出」 is out).
 * A status matching none of these still means an order exists.
 */
const STATUS_HINTS: [RegExp, OrderState[]][] = [
  [/退款(?:成功|完成|到账)|已退/, ['refunded']],
  // 退回中 alone: the courier returning an undelivered parcel (still the shipped order) to some writers, the buyer's
  // return on its way back to others; only what holds in both is sure.
  [/^(?:退回|退件|返件|退回件)(?:中|途中)?$/, ['shipped', 'aftersale']],
  [/(?:退|售后|换货|补发|维修|寄回|拒收)/, ['aftersale', 'refunded', 'closed']],
  [/(?:取消|关闭|失败|失效|未成|作废)/, ['closed']],
  [/(?:待|未|等待|等)(?:买家)?(?:付|支付)|尾款|定金/, ['unpaid']],
  // 待揽收: the seller has printed the waybill and marked it sent, the courier has not collected it. Writers file it
  // as shipped, the parcel is still in the shop (interception, cancelling): neither 「已发出」 nor 「还没发货」 is sure.
  [/(?:待|等待|等)揽/, ['paid', 'shipped']],
  [/(?:待|未|等待|等|备|不)(?:商家|卖家)?(?:发|出库|出仓|揽)|拼|团|分享|预售|备货|打包|配货/, ['unpaid', 'paid']],
  [/(?:已|确认)(?:签收|收货)|完成|成功|评价|妥投|送达/, ['delivered']],
  [/(?:运|派|配送|揽|快递|物流|中转|驿站|取件|自提|在途|发出|发货|出库|寄)/, ['shipped', 'delivered']],
];
const ORDERED_STATES: OrderState[] = ORDER_STATES.filter((state) => state !== 'none');

/**
 * The states an order card allows: its state when a wording knows the status ([state], sure), else what its
 * parts hint at (not sure), else any state of an existing order (not sure). Null without a status.
 */
export function readOrderStates(status: string | undefined, platform?: string): { states: OrderState[]; sure: boolean } | null {
  const state = readOrderState(status, platform);
  if (state) return { states: [state], sure: true };
  const compact = compactText((status ?? '').slice(0, MAX_STATUS_LENGTH));
  if (!compact) return null;
  for (const [pattern, states] of STATUS_HINTS) if (pattern.test(compact)) return { states, sure: false };
  return { states: ORDERED_STATES, sure: false };
}

/**
 * The states of an order on its way without a detour. Without an order card a question is presumed to be on this way:
 * a phrase whose facts hold only off it (售后中, 退款成功, 交易关闭) needs the page or the buyer's words to say so.
 */
export const MAIN_WAY_STATES: readonly OrderState[] = ['none', 'unpaid', 'paid', 'shipped', 'delivered'];

/**
 * Facts a phrase may take for granted, each true in some states only. Ids are stable (they are stored in
 * libraries and packs); labels are what a CSV sheet or the editor shows, and a sheet may use either.
 */
export const ORDER_FACTS = {
  'not-ordered': { label: '未下单', states: ['none'] },
  ordered: { label: '已下单', states: ['unpaid', 'paid', 'shipped', 'delivered', 'aftersale', 'refunded', 'closed'] },
  unpaid: { label: '待付款', states: ['unpaid'] },
  paid: { label: '已付款', states: ['paid', 'shipped', 'delivered', 'aftersale', 'refunded'] },
  'not-shipped': { label: '未发货', states: ['none', 'unpaid', 'paid'] },
  shipped: { label: '已发货', states: ['shipped', 'delivered'] },
  'in-transit': { label: '运输中', states: ['shipped'] },
  delivered: { label: '已签收', states: ['delivered'] },
  // A card may still say 已发货 when the buyer already holds the parcel (tracking lags): that does not contradict it.
  received: { label: '已收到货', states: ['shipped', 'delivered', 'aftersale', 'refunded'] },
  'after-sale': { label: '售后中', states: ['aftersale'] },
  'refund-requested': { label: '已申请退款', states: ['aftersale', 'refunded', 'closed'] },
  refunded: { label: '已退款', states: ['refunded'] },
  closed: { label: '已关闭', states: ['closed'] },
} as const satisfies Record<string, { label: string; states: readonly OrderState[] }>;

export type OrderFact = keyof typeof ORDER_FACTS;
export const ORDER_FACT_IDS = Object.keys(ORDER_FACTS) as OrderFact[];

export function isOrderFact(value: string): value is OrderFact {
  return Object.hasOwn(ORDER_FACTS, value);
}

const FACT_BY_LABEL = new Map<string, OrderFact>(ORDER_FACT_IDS.map((id) => [ORDER_FACTS[id].label, id]));

/** A fact from its id or its Chinese label (CSV sheets), else undefined. */
export function orderFactFrom(value: string): OrderFact | undefined {
  return isOrderFact(value) ? value : FACT_BY_LABEL.get(value);
}

/** The facts among `facts` that the order state makes false. */
export function contradictedFacts(facts: readonly string[], state: OrderState | null): OrderFact[] {
  if (!state) return [];
  return facts.filter((fact): fact is OrderFact => isOrderFact(fact) && !(ORDER_FACTS[fact].states as readonly string[]).includes(state));
}

/**
 * What a question means given the order's state: 「什么时候发货」 on a shipped order asks where the parcel is;
 * 「快递到哪了」 on an order not yet shipped asks when it ships. Each entry moves that share of the first
 * intent's score to the second.
 */
export const STATE_INTENT_SHIFTS: Partial<Record<OrderState, readonly [from: IntentId, to: IntentId, share: number][]>> = {
  paid: [
    ['logistics.track', 'shipping.time', 0.7],
    ['logistics.delay', 'shipping.time', 0.7],
  ],
  shipped: [['shipping.time', 'logistics.track', 0.7]],
  delivered: [['shipping.time', 'logistics.track', 0.5]],
  // Once a refund is under way or done, 「退到支付宝还是卡上」 asks where the money is, not how to pay.
  aftersale: [['payment.method', 'refund.progress', 0.7]],
  refunded: [['payment.method', 'refund.progress', 0.7]],
};

/**
 * Questions that hardly arise at a state, whatever the words (「停了」「还没来」 on a delivered order are not a
 * parcel running late; 「到哪了」「少了」 once the refund went through are about the money): that share of their
 * reading is taken away.
 */
export const STATE_UNLIKELY_INTENTS: Partial<Record<OrderState, readonly [intent: IntentId, share: number][]>> = {
  delivered: [['logistics.delay', 0.5], ['order.howto', 0.5], ['shipping.courier', 0.5], ['order.cancel', 0.5], ['price.bargain', 0.5]],
  refunded: [['logistics.track', 0.5], ['logistics.delay', 0.5], ['wrong-item', 0.5]],
};

/**
 * When nothing in the conversation is recognised, the replies most often needed at each stage of an order
 * (offered as a guess, and said to be one). `unknown` is for a conversation without an order card.
 */
export const STATE_FALLBACK_INTENTS: Record<OrderState | 'unknown', readonly IntentId[]> = {
  unknown: ['wait', 'greeting', 'transfer-human'],
  none: ['greeting', 'product.recommend', 'price.coupon'],
  unpaid: ['order.howto', 'payment.method', 'price.coupon'],
  paid: ['shipping.time', 'order.change-address', 'wait'],
  shipped: ['logistics.track', 'logistics.delay', 'wait'],
  delivered: ['quality.issue', 'product.usage', 'return.policy'],
  aftersale: ['refund.progress', 'return.howto', 'wait'],
  refunded: ['refund.progress', 'thanks-bye', 'wait'],
  closed: ['order.howto', 'refund.progress', 'greeting'],
};
