// The sentence a one-click fix leaves in the draft, as the inline tooltip previews it.
import { describe, expect, it } from 'vitest';
import { previewFix } from '../../../entrypoints/workbench.content/inline-check/fix-preview';

const preview = (text: string, word: string, replacement: string) => {
  const start = text.indexOf(word);
  const fix = previewFix(text, { start, end: start + word.length }, replacement);
  return `${fix.before}[${fix.inserted}]${fix.after}`;
};

describe('previewFix', () => {
  it('shows the whole sentence of the finding with the replacement in place', () => {
    expect(preview('亲 这是全网最低价哦', '全网最低价', '价格很实惠')).toBe('亲 这是[价格很实惠]哦');
  });

  it('keeps to the finding’s own sentence, with its end mark', () => {
    expect(preview('您好！这款是全网最好的。明天发货哦', '最好', '很好')).toBe('这款是全网[很好]的。');
    expect(preview('第一行\n加我微信吧\n第三行', '微信', '平台消息')).toBe('加我[平台消息]吧');
  });

  it('shortens a long sentence around the fix, never splitting an emoji', () => {
    const head = '😀'.repeat(30);
    const text = `${head}最好${'好的'.repeat(20)}`;
    const fix = previewFix(text, { start: head.length, end: head.length + 2 }, '很好');
    expect(fix.before.startsWith('…')).toBe(true);
    expect(fix.before.length).toBeLessThanOrEqual(25);
    expect(fix.before).not.toMatch(/^…[\udc00-\udfff]/);
    expect(fix.after.endsWith('…')).toBe(true);
    expect(fix.inserted).toBe('很好');
  });
});
