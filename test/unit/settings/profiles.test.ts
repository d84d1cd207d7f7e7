// Shop profiles: which one a page's shop name chooses, a choice by hand, and settings from before profiles.
import { describe, expect, it } from 'vitest';
import { activeProfile, newProfileId, profileFields, settingsForProfile, teamSlots, withDefaults, withProfileFields, type ShopProfile } from '../../../utils/settings';

const shop = (id: string, match: string[], extra: Partial<ShopProfile> = {}): ShopProfile => ({
  id,
  name: id,
  match,
  shopName: `${id}店`,
  placeholders: { 发货时间: `${id}的发货时间` },
  team: 'default',
  ...extra,
});

describe('shop profiles', () => {
  const settings = withDefaults({
    shopName: '默认店',
    placeholders: { 发货时间: '48小时' },
    profiles: [shop('shop-a', ['小满']), shop('shop-b', ['小满家居旗舰店', '小满家居 二店']), shop('shop-c', ['青禾'], { team: 'own' })],
  });

  it('reads settings stored before profiles existed as the default profile, unchanged', () => {
    const old = withDefaults({ agentName: '小王', shopName: '小满家居', placeholders: { 退货地址: '杭州' } });
    expect(old).toMatchObject({ shopName: '小满家居', placeholders: { 退货地址: '杭州' }, profiles: [], profileChoice: 'auto' });
    expect(activeProfile(old, '任何店铺')).toEqual({
      id: 'default',
      name: '默认',
      shopName: '小满家居',
      placeholders: { 退货地址: '杭州' },
      teamSlot: 'default',
      chosenBy: 'default',
    });
  });

  it('follows the shop the page shows: the longest name it contains wins, spaces and case aside', () => {
    expect(activeProfile(settings, '小满家居旗舰店').id).toBe('shop-b');
    expect(activeProfile(settings, '小满家居旗舰店:客服小王').id).toBe('shop-b');
    expect(activeProfile(settings, '小满家居二店').id).toBe('shop-b');
    expect(activeProfile(settings, '小满童装').id).toBe('shop-a');
    expect(activeProfile(settings, '青禾茶舍')).toMatchObject({ id: 'shop-c', teamSlot: 'shop-c', chosenBy: 'page', shopName: 'shop-c店' });
    expect(activeProfile(settings, '别的店')).toMatchObject({ id: 'default', chosenBy: 'default' });
    expect(activeProfile(settings, undefined)).toMatchObject({ id: 'default', chosenBy: 'default' });
  });

  it('takes a choice by hand over the page, and forgets a choice whose profile is gone', () => {
    expect(activeProfile({ ...settings, profileChoice: 'shop-a' }, '青禾茶舍')).toMatchObject({ id: 'shop-a', chosenBy: 'hand' });
    expect(activeProfile({ ...settings, profileChoice: 'default' }, '青禾茶舍')).toMatchObject({ id: 'default', chosenBy: 'hand' });
    expect(activeProfile({ ...settings, profileChoice: 'shop-gone' }, '青禾茶舍')).toMatchObject({ id: 'shop-c', chosenBy: 'page' });
  });

  it('fills {店铺名} and 店铺常用信息 from the active profile', () => {
    const forPage = settingsForProfile(settings, activeProfile(settings, '青禾茶舍'));
    expect(forPage).toMatchObject({ shopName: 'shop-c店', placeholders: { 发货时间: 'shop-c的发货时间' } });
  });

  it('edits the default profile at the top level and a named one in the list', () => {
    expect(profileFields(settings, 'default')).toEqual({ shopName: '默认店', placeholders: { 发货时间: '48小时' } });
    const renamed = withProfileFields(withProfileFields(settings, 'default', { shopName: '新默认' }), 'shop-a', { shopName: '新A' });
    expect(renamed.shopName).toBe('新默认');
    expect(profileFields(renamed, 'shop-a').shopName).toBe('新A');
    expect(profileFields(renamed, 'shop-b').shopName).toBe('shop-b店');
  });

  it('names a subscription slot for the default and each profile with its own team', () => {
    expect(teamSlots(settings)).toEqual(['default', 'shop-c']);
    expect(newProfileId(1_800_000_000_000, () => 0.5)).toMatch(/^shop-[0-9a-z]+-[0-9a-z]{4}$/);
  });
});
