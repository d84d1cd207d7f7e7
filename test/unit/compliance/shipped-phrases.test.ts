import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../utils/compliance/index';
import { BUILTIN_PHRASES } from '../../../utils/library/builtin/index';

describe('shipped phrases', () => {
  it('pass the checker without a warn or block finding (placeholders included)', () => {
    const checker = createChecker();
    const flagged = BUILTIN_PHRASES.flatMap((phrase) =>
      [phrase.title, phrase.body]
        .flatMap((text) => checker.check(text))
        .filter((f) => f.severity !== 'info')
        .map((f) => `${phrase.id}: ${f.match} (${f.rule})`),
    );
    expect(BUILTIN_PHRASES.length).toBeGreaterThan(0);
    expect(flagged).toEqual([]);
  });
});
