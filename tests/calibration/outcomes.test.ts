// Calibration targets 1 to 4 of GAME.md, checked as properties of outcome distributions
// over SEEDS seeded campaigns for each reference policy.
import { describe, expect, it } from 'vitest';
import { REFERENCE_POLICIES, SEEDS, batch } from './fixtures';

const dropped = (g: { alignmentEnd: number; alignmentStart: number }) => g.alignmentEnd < g.alignmentStart;
const split = (g: { alignmentEnd: number }) => g.alignmentEnd < 30;

describe(`calibration over ${SEEDS} seeds per reference policy`, () => {
  it('1. returning all four islands is very rare, even for the best reference policy', () => {
    for (const policy of REFERENCE_POLICIES) {
      expect(batch(policy).share((g) => g.islandsReturned === 4), policy).toBeLessThanOrEqual(0.01);
    }
  });

  it('2. the 1956 islands with access to the other two is reached sometimes by good play, not always', () => {
    const best = batch('balanced').share((g) => g.best1956Outcome);
    expect(best).toBeGreaterThanOrEqual(0.1);
    expect(best).toBeLessThanOrEqual(0.8);
    // It is the best realistic outcome: more than two islands stays out of reach.
    expect(batch('balanced').share((g) => g.islandsReturned > 2)).toBeLessThanOrEqual(0.02);
    // Doing nothing never gets there.
    expect(batch('passive').share((g) => g.best1956Outcome)).toBe(0);
  });

  it('3. a Russia-China split is rarer still, and pushing for it raises China’s counter-offers and leaves Japan worse off', () => {
    const bestOutcome = batch('balanced').share((g) => g.best1956Outcome);
    for (const policy of REFERENCE_POLICIES) {
      const splits = batch(policy).share(split);
      expect(splits, policy).toBeLessThan(bestOutcome);
      expect(splits, policy).toBeLessThanOrEqual(0.02);
    }
    const wedge = batch('wedge');
    const balanced = batch('balanced');
    const passive = batch('passive');
    const offers = (b: typeof wedge) => b.mean((g) => g.chinaCounterOffers);
    expect(offers(wedge)).toBeGreaterThan(3 * Math.max(1, offers(balanced)));
    expect(offers(wedge)).toBeGreaterThan(3 * Math.max(1, offers(passive)));
    expect(wedge.mean((g) => g.score)).toBeLessThan(balanced.mean((g) => g.score));
    expect(wedge.mean((g) => g.chinaTension)).toBeGreaterThan(balanced.mean((g) => g.chinaTension));
    // Worse off than doing nothing in a real share of campaigns.
    const passiveMean = passive.mean((g) => g.meanPressure);
    expect(wedge.share((g) => g.meanPressure > passiveMean)).toBeGreaterThanOrEqual(0.2);
  });

  it('4. skilled play can leave Russia and China more distrustful than at the start, and that lowers the pressure on Japan', () => {
    expect(batch('balanced').share(dropped)).toBeGreaterThanOrEqual(0.05);
    expect(batch('balanced').share(dropped)).toBeGreaterThan(batch('passive').share(dropped));
    const games = REFERENCE_POLICIES.flatMap((p) => batch(p).games);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const down = games.filter(dropped);
    const up = games.filter((g) => !dropped(g));
    expect(down.length).toBeGreaterThanOrEqual(20);
    expect(mean(down.map((g) => g.meanPressure))).toBeLessThan(mean(up.map((g) => g.meanPressure)));
  });
});
