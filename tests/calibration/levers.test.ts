// Calibration targets 5 and 6 of GAME.md: what-if variants of the 2016 start, compared
// over the same SEEDS seeds, so the difference is the lever and not the dice.
import { describe, expect, it } from 'vitest';
import { SEEDS, batch, mainScenario, variant } from './fixtures';

describe(`calibration levers over ${SEEDS} seeds`, () => {
  it('5. Japan’s economic leverage buys less goodwill in Moscow when Western sanctions are eased', () => {
    const base = mainScenario();
    const eased = variant(base, (s) => {
      s.world.sanctions = 15;
      s.events = s.events.filter((e) => e.id !== 'congress-sanctions' && e.id !== 'sanctions-tightened');
    });
    const normal = batch('economic', base, 'base');
    const easedBatch = batch('economic', eased, 'eased');
    expect(easedBatch.mean((g) => g.russiaOpinionOfJapan)).toBeLessThan(normal.mean((g) => g.russiaOpinionOfJapan) - 2);
  });

  it('6. Russian militarisation of the islands answers US missile defence and US-Russia tension, with Japan’s conduct held fixed', () => {
    const base = mainScenario();
    // A Washington that weighs military reassurance more deploys more missile defence.
    const moreDefence = variant(base, (s) => {
      s.powers.usa.interests.military = 3;
    });
    const moreTension = variant(base, (s) => {
      s.world.tension['russia-usa'] = 90;
    });
    const calm = batch('passive', base, 'base').mean((g) => g.militarisation);
    expect(batch('passive', moreDefence, 'defence').mean((g) => g.militarisation)).toBeGreaterThan(calm + 5);
    expect(batch('passive', moreTension, 'tension').mean((g) => g.militarisation)).toBeGreaterThan(calm + 5);
    // Within the baseline too: campaigns where Washington deployed more ended more armed
    // (a positive covariance between US deployments and the islands' militarisation).
    const games = batch('passive', base, 'base').games;
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const moves = games.map((g) => g.usMissileDefenceMoves);
    const armed = games.map((g) => g.militarisation);
    const [mMoves, mArmed] = [mean(moves), mean(armed)];
    const covariance = mean(games.map((_, i) => (moves[i]! - mMoves) * (armed[i]! - mArmed)));
    expect(new Set(moves).size).toBeGreaterThan(1);
    expect(covariance).toBeGreaterThan(0);
  });
});
