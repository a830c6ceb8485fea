// The strategy lab agrees with the simulator seed by seed, reports progress and stops.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { histogram, runLab } from '../src/app/lab';
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
