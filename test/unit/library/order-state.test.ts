import { describe, expect, it } from 'vitest';
import { contradictedFacts, ORDER_FACT_IDS, ORDER_FACTS, orderFactFrom, readOrderState, readOrderStates } from '../../../utils/library/order-state';

describe('readOrderState', () => {
  it('reads each platform’s wording of the same state', () => {
    for (const status of ['待发货', '等待卖家发货', '买家已付款', '待商家发货', '已付款']) expect(readOrderState(status), status).toBe('paid');
    for (const status of ['已发货', '卖家已发货', '运输中', '待收货', '派送中']) expect(readOrderState(status), status).toBe('shipped');
    for (const status of ['已签收', '交易成功', '已收货', '已完成']) expect(readOrderState(status), status).toBe('delivered');
    for (const status of ['退款中', '售后中', '退款申请中', '退货中']) expect(readOrderState(status), status).toBe('aftersale');
    for (const status of ['退款成功', '已退款', '退款完成']) expect(readOrderState(status), status).toBe('refunded');
    for (const status of ['交易关闭', '已取消', '订单关闭']) expect(readOrderState(status), status).toBe('closed');
    for (const status of ['待付款', '等待买家付款', '未付款']) expect(readOrderState(status), status).toBe('unpaid');
    expect(readOrderState('完成', 'jd')).toBe('delivered');
    expect(readOrderState('等待出库', 'jd')).toBe('paid');
  });

  it('finds a known wording inside a longer status line, and gives up on anything else', () => {
    expect(readOrderState('订单状态：退款中（等待商家处理）')).toBe('aftersale');
    expect(readOrderState('【已发货】 中通快递')).toBe('shipped');
    expect(readOrderState('待签收')).toBe('shipped');
    expect(readOrderState('')).toBeNull();
    expect(readOrderState(undefined)).toBeNull();
    expect(readOrderState('火星状态')).toBeNull();
  });

  it('knows the platforms\' own wordings (拼多多 拼单, 退货 steps, pickup points)', () => {
    expect(readOrderState('待分享', 'pinduoduo')).toBe('paid');
    expect(readOrderState('拼单中')).toBe('paid');
    expect(readOrderState('待买家退货', 'pinduoduo')).toBe('aftersale');
    expect(readOrderState('已到驿站')).toBe('shipped');
    // After-sale steps in the platforms' words; a failed group buy refunded says so.
    for (const status of ['售后服务中', '商家已同意退款', '拒收退回中']) expect(readOrderState(status), status).toBe('aftersale');
    expect(readOrderState('拼团失败，已退款')).toBe('refunded');
    expect(readOrderState('拼团失败')).toBe('closed');
    expect(readOrderState('拼单失败')).toBe('closed');
  });

  it('reads what the parts of an unknown status hint at, never as sure', () => {
    expect(readOrderStates('待分享', 'pinduoduo')).toEqual({ states: ['paid'], sure: true });
    expect(readOrderStates('退款关闭')).toEqual({ states: ['aftersale', 'refunded', 'closed'], sure: false });
    expect(readOrderStates('等商家发出')?.states).toEqual(['unpaid', 'paid']);
    expect(readOrderStates('部分签收')?.states).toEqual(['delivered']);
    // Marked sent, not yet collected by the courier: between paid and shipped, so no phrase may claim either.
    expect(readOrderStates('待揽收', 'kuaishou')).toEqual({ states: ['paid', 'shipped'], sure: false });
    expect(readOrderStates('已揽收')).toEqual({ states: ['shipped'], sure: true });
    // 退回中 alone: a parcel going back to the shop undelivered, or the buyer's return on its way.
    expect(readOrderStates('退回中', 'kuaishou')).toEqual({ states: ['shipped', 'aftersale'], sure: false });
    expect(readOrderStates('拒收退回中')).toEqual({ states: ['aftersale'], sure: true });
    expect(readOrderStates('火星状态')).toEqual({ states: ['unpaid', 'paid', 'shipped', 'delivered', 'aftersale', 'refunded', 'closed'], sure: false });
    expect(readOrderStates('')).toBeNull();
    expect(readOrderStates(undefined)).toBeNull();
  });
});

describe('order facts', () => {
  it('are contradicted only by a known state they are false in', () => {
    expect(contradictedFacts(['shipped'], 'paid')).toEqual(['shipped']);
    expect(contradictedFacts(['shipped'], 'delivered')).toEqual([]);
    expect(contradictedFacts(['not-shipped', 'ordered'], 'paid')).toEqual([]);
    expect(contradictedFacts(['not-shipped'], 'shipped')).toEqual(['not-shipped']);
    expect(contradictedFacts(['in-transit'], null)).toEqual([]);
    expect(contradictedFacts(['no-such-fact'], 'paid')).toEqual([]);
  });

  it('read from their ids or their Chinese labels', () => {
    for (const id of ORDER_FACT_IDS) {
      expect(orderFactFrom(id)).toBe(id);
      expect(orderFactFrom(ORDER_FACTS[id].label)).toBe(id);
    }
    expect(orderFactFrom('寄出了')).toBeUndefined();
  });
});
