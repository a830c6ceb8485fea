// The strategy lab agrees with the simulator seed by seed, reports progress and stops.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LabResults, histogram, labShares, runLab } from '../src/app/batch/lab';
import { summaryOfGames } from '../src/app/batch/lab-results';
import { builtinScenario } from '../src/data';

const scenario = builtinScenario('classroom-short');

describe('the strategy lab', () => {
  it('gives the same per-seed results as `npm run sim -- --json`', () => {
    const lab = runLab({ scenario, policy: 'wedge', firstSeed: 40, runs: 5 });
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--scenario', 'classroom-short', '--seed', '40', '--runs', '5', '--policy', 'wedge', '--json'], {
      encoding: 'utf8',
    });
    const sim = JSON.parse(out) as { games: unknown[]; summary: unknown };
    expect(lab.games).toEqual(sim.games);
    expect(lab.summary).toEqual(sim.summary);
  });

  it('reports each game as it finishes and stops when asked', () => {
    const seen: number[] = [];
    const report = runLab({ scenario, policy: 'balanced', firstSeed: 1, runs: 10 }, (_g, done) => seen.push(done), () => seen.length >= 3);
    expect(seen).toEqual([1, 2, 3]);
    expect(report.games).toHaveLength(3);
  });

  it('refuses an unknown policy', () => {
    expect(() => runLab({ scenario, policy: 'nonsense', firstSeed: 1, runs: 1 })).toThrow(/unknown policy/);
  });

  it('bins values for histograms, clamping the ends', () => {
    expect(histogram([0, 5, 9.9, 10, 100, -3], 10, 0, 30).map((b) => b.count)).toEqual([4, 1, 1]);
  });
});

describe('the strategy lab with several workers', () => {
  it('splits a run into consecutive shares that cover every seed once, several for each worker', () => {
    for (const [first, runs, workers] of [
      [1, 1000, 2],
      [40, 3, 2],
      [7, 101, 3],
      [0, 5000, 8],
      [5, 12, 1],
    ] as const) {
      const shares = labShares(first, runs, workers);
      const seeds = shares.flatMap((s) => Array.from({ length: s.runs }, (_, i) => s.firstSeed + i));
      expect(seeds).toEqual(Array.from({ length: runs }, (_, i) => first + i));
      for (const s of shares) expect(s.runs).toBeGreaterThan(0);
      if (runs >= 40 * workers) expect(shares.length).toBeGreaterThanOrEqual(2 * workers);
    }
  });

  it('gives the simulator’s per-seed results in seed order, whichever worker finishes first', () => {
    const whole = runLab({ scenario, policy: 'economic', firstSeed: 30, runs: 12 });
    const shares = labShares(30, 12, 3);
    // Play the shares as workers would, then deliver their games in a scrambled order.
    const arrivals = shares.flatMap((s) => runLab({ scenario, policy: 'economic', firstSeed: s.firstSeed, runs: s.runs }).games).reverse();
    const results = new LabResults(30, 12);
    const inHand: number[] = [];
    for (const game of arrivals) {
      results.add(game);
      inHand.push(results.games.length);
    }
    expect(results.complete).toBe(true);
    expect(results.games).toEqual(whole.games);
    expect(summaryOfGames(results.games)).toEqual(whole.summary);
    // Games in hand are always those of the first seeds: none until seed 30 arrives.
    expect(inHand.slice(0, -1).every((n) => n === 0)).toBe(true);
  });

  it('refuses a game it did not ask for', () => {
    const results = new LabResults(1, 3);
    const [game] = runLab({ scenario, policy: 'passive', firstSeed: 5, runs: 1 }).games;
    expect(() => results.add(game!)).toThrow(/did not ask/);
  });
});
