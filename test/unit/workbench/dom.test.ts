import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { closestMatching, matchesSelector } from '../../../utils/workbench/dom';

const { document } = parseHTML('<div class="send-btn"><span id="label">发送</span></div><textarea id="replyTextarea"></textarea>');

describe('selector helpers for event targets', () => {
  it('matches the element itself against any selector of a list, skipping invalid ones', () => {
    const input = document.getElementById('replyTextarea')!;
    expect(matchesSelector(input, ['textarea[[broken', 'textarea#replyTextarea'])).toBe(true);
    expect(matchesSelector(input, '.send-btn')).toBe(false);
  });

  it('finds the nearest matching ancestor of a click target, skipping invalid selectors', () => {
    const label = document.getElementById('label')!;
    expect(closestMatching(label, ['div[[broken', 'div.send-btn'])?.className).toBe('send-btn');
    expect(closestMatching(label, 'section')).toBeNull();
  });
});
