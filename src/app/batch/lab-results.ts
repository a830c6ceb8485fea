// The strategy lab's results document, built from the per-game JSON the lab worker sends.
// A run stopped early still has a summary: the same tally as the simulator's, over the
// games that finished, so a partial run reads like `npm run sim -- --runs <finished>`.
import { ISLANDS, round2, type Scenario } from '../../engine';
import type { GameJson, SimJson, SummaryJson } from './results';

/** The simulator's summary of these games (same sums in the same order, so the same numbers). */
export function summaryOfGames(games: readonly GameJson[]): SummaryJson {
  const islands = [0, 0, 0, 0, 0];
  let signed = 0;
  let change = 0;
  let score = 0;
  for (const g of games) {
    islands[Math.min(g.islandsReturned.length, ISLANDS.length)]! += 1;
    if (g.treatyStage === 'signed') signed += 1;
    change += g.alignmentEnd - g.alignmentStart;
    score += g.score;
  }
  const n = games.length;
  return {
    islandsReturned: { '0': islands[0]!, '1': islands[1]!, '2': islands[2]!, '3': islands[3]!, '4': islands[4]! },
    treatySigned: signed,
    meanAlignmentChange: n ? round2(change / n) : 0,
    meanScore: n ? round2(score / n) : 0,
  };
}

/** The document `npm run sim -- --json` prints for the same scenario, policy and seeds. */
export function labDocument(scenario: Pick<Scenario, 'id' | 'version'>, policy: string, games: readonly GameJson[], summary: SummaryJson = summaryOfGames(games)): SimJson {
  return { scenario: scenario.id, scenarioVersion: scenario.version, policy, runs: games.length, games: [...games], summary };
}
