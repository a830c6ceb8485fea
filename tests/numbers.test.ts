// The one rounding rule: changes agree with the numbers shown, and a shown score never
// reaches a grade line the real score has not.
import { describe, expect, it } from 'vitest';
import { shown, shownBn, shownChange, shownScore, whole } from '../src/app/views/numbers';

describe('numbers as shown', () => {
  it('rounds measures to whole numbers, half away from zero, with no minus zero', () => {
    expect([whole(10.5), whole(-10.5), whole(-0.4), whole(54.49)]).toEqual([11, -11, 0, 54]);
    expect(shown(-0.2)).toBe('0');
  });

  it('gives a change that is the difference of the two numbers shown', () => {
    for (const [before, after] of [[10.6, 11.1], [10.4, 10.9], [49.5, 50.4], [-3.5, -2.6]] as const) {
      expect(shownChange(before, after)).toBe(Number(shown(after)) - Number(shown(before)));
    }
    // 10.6 → 11.1 shows 11 → 11: no change, though the raw difference rounds to 1.
    expect(shownChange(10.6, 11.1)).toBe(0);
  });

  it('cuts the overall score to one decimal so it never shows a grade line it has not reached', () => {
    expect(shownScore(55.96)).toBe('55.9');
    expect(shownScore(56)).toBe('56.0');
    expect(shownScore(57.3)).toBe('57.3');
    expect(shownBn(4)).toBe('4.0');
  });
});
