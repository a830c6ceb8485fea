// Shared set-up for the Monte Carlo calibration suites: the scenario, the seed count and
// cached batches, so each policy's 200 campaigns run once per test file.
import { runBatch, type BatchSummary } from '../../src/app/batch/batch';
import { builtinScenario } from '../../src/data';
import type { Scenario } from '../../src/engine';

/** GAME.md asks for distributions over hundreds of seeds; every batch uses at least this many. */
export const SEEDS = 200;

export const mainScenario = (): Scenario => builtinScenario('north-asia-2016');

const cache = new Map<string, BatchSummary>();

export function batch(japanPolicy: string, scenario: Scenario = mainScenario(), key = scenario.id): BatchSummary {
  const id = `${key}/${japanPolicy}`;
  let hit = cache.get(id);
  if (!hit) {
    hit = runBatch({ scenario, japanPolicy, runs: SEEDS });
    cache.set(id, hit);
  }
  return hit;
}

/** A copy of a scenario with some world values replaced (for what-if comparisons). */
export function variant(scenario: Scenario, change: (s: Scenario) => void): Scenario {
  const copy = JSON.parse(JSON.stringify(scenario)) as Scenario;
  change(copy);
  return copy;
}

export const REFERENCE_POLICIES = ['passive', 'economic', 'wedge', 'hawk', 'balanced'] as const;
