// Round 25 (speed25): resolve reads a finding's comparison scope for the veto only when the veto would be asked about
// the finding. The guard itself (round 24: a claim a comparison scope leads is kept from the veto as from the confirm
// model) had only the overlay e2e's draft to hold it; this pins it where it was moved.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';

describe('the veto and a comparison scope', () => {
  it('keeps every 全网最好 of a long draft that holds contact words (the veto is asked there) from being lowered', () => {
    // The overlay e2e's 24-line draft: without the guard the veto lowers the third of the four claims to a hint.
    const lines = Array.from({ length: 24 }, (_, i) => (i % 6 === 3 ? `第${i}行：全网最好的，加我微信聊` : `第${i}行：好的亲，马上为您安排发货`));
    const claims = createChecker()
      .check(lines.join('\n'))
      .filter((finding) => finding.category === 'absolute');
    expect(claims.map((finding) => finding.match)).toEqual(['最好', '最好', '最好', '最好']);
    expect(claims.map((finding) => finding.severity)).toEqual(['warn', 'warn', 'warn', 'warn']);
  });
});
