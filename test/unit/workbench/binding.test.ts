import { describe, expect, it } from 'vitest';
import { checkBinding } from '../../../utils/workbench/binding';
import type { Conversation } from '../../../utils/workbench/types';

const conversation = (key: string, name: string): Conversation => ({
  platform: 'pinduoduo',
  platformName: '拼多多',
  key,
  buyer: { name },
  messages: [],
});

describe('a reply is bound to the buyer it was suggested for', () => {
  it('lets the insert through for the same conversation', () => {
    expect(checkBinding({ conversationKey: 'pinduoduo:1', buyerName: '林小鹿' }, conversation('pinduoduo:1', '林小鹿'))).toEqual({ ok: true });
  });

  it('refuses it once the agent has switched buyer, naming both', () => {
    expect(checkBinding({ conversationKey: 'pinduoduo:1', buyerName: '林小鹿' }, conversation('pinduoduo:2', '陈先生'))).toEqual({
      ok: false,
      reason: 'other-buyer',
      message: '这条回复是为 林小鹿 准备的，当前会话是 陈先生',
    });
  });

  it('compares conversations, not display names: two buyers may share a nickname', () => {
    const verdict = checkBinding({ conversationKey: 'pinduoduo:1', buyerName: '小王' }, conversation('pinduoduo:2', '小王'));
    expect(verdict.ok).toBe(false);
  });

  it('says when the other conversation is a namesake, with the id the page shows', () => {
    const namesake = { ...conversation('taught:C-3003', '阿宁同学'), buyer: { name: '阿宁同学', id: 'C-3003' } };
    expect(checkBinding({ conversationKey: 'taught:A-1001', buyerName: '阿宁同学' }, namesake)).toMatchObject({
      ok: false,
      message: '这条回复是为 阿宁同学 准备的，当前会话是 另一位同名买家 阿宁同学（编号 C-3003）',
    });
  });

  it('refuses when no conversation is open', () => {
    const verdict = checkBinding({ conversationKey: 'pinduoduo:1', buyerName: '林小鹿' }, null);
    expect(verdict).toMatchObject({ ok: false, reason: 'no-conversation' });
  });
});
