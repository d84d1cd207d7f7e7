import { describe, expect, it } from 'vitest';
import { fillPlaceholders, listPlaceholders, placeholderValues } from '../../../utils/library/placeholders';

describe('placeholders', () => {
  it('lists each placeholder once, in order, including shop-defined ones', () => {
    expect(listPlaceholders('{买家昵称}您好，{商品名}{发货时间}内发出，{买家昵称}请放心 {1} { }')).toEqual(['买家昵称', '商品名', '发货时间']);
  });

  it('fills known values and leaves missing ones in place', () => {
    const result = fillPlaceholders('{买家昵称}您好，订单{订单号}已发出，{客服昵称}为您服务', { 买家昵称: '小王', 订单号: ' ', 客服昵称: undefined });
    expect(result).toEqual({ text: '小王您好，订单{订单号}已发出，{客服昵称}为您服务', missing: ['订单号', '客服昵称'] });
  });

  it('does not read inherited properties as values', () => {
    expect(fillPlaceholders('{constructor}', {}).missing).toEqual(['constructor']);
  });

  it('maps a conversation and settings to the standard placeholders', () => {
    const values = placeholderValues(
      { buyer: { name: '买家A' }, product: { name: '纯棉T恤' }, order: { id: '2411210001' } },
      { agentName: '小美', shopName: '好物店', custom: { 发货时间: '48 小时' } },
    );
    const { text, missing } = fillPlaceholders('{买家昵称}，{商品名}({订单号})由{店铺名}{客服昵称}跟进，{发货时间}内发出', values);
    expect(text).toBe('买家A，纯棉T恤(2411210001)由好物店小美跟进，48 小时内发出');
    expect(missing).toEqual([]);
    expect(placeholderValues(undefined).买家昵称).toBeUndefined();
  });
});
