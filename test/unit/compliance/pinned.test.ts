import { describe, expect, it } from 'vitest';
import { BUILTINS } from '../../../utils/compliance/index';
import { flippedPins, keepsPin, readPinned } from '../../../scripts/pinned-sentences';

// The sentences other tests pin for a learned table, gathered in test/data/compliance/pinned.tsv: the training scripts
// refuse tables that flip one (scripts/pinned-sentences.ts); the shipped tables keep them all.
describe('pinned sentences', () => {
  it('names a table, a verdict and a reason for each', () => {
    const pins = readPinned();
    expect(pins.length).toBeGreaterThanOrEqual(20);
    for (const pin of pins) {
      expect(['confirm', 'veto', 'risk'], pin.text).toContain(pin.table);
      expect(pin.verdict, pin.text).toMatch(/^(-|[a-z]+(,[a-z]+)*)$/);
      expect(pin.why.length, pin.text).toBeGreaterThan(10);
    }
    // The catcher and the veto train on the few their data alone did not keep (pinnedDrafts); the rest stay a check only.
    expect(pins.filter((pin) => pin.trained).map((pin) => pin.table)).toEqual(['veto', 'risk', 'risk', 'risk']);
  });

  it('reads a verdict as kept when it is clean for a clean pin, or holds every pinned category', () => {
    expect(keepsPin('-', '-')).toBe(true);
    expect(keepsPin('absolute', '-')).toBe(false);
    expect(keepsPin('absolute,medical', 'medical')).toBe(true);
    expect(keepsPin('absolute', 'medical')).toBe(false);
    expect(keepsPin('-', 'medical')).toBe(false);
  });

  it('are all kept by the shipped tables', () => {
    expect(flippedPins(BUILTINS)).toEqual([]);
  });
});
