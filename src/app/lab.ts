// The strategy lab's engine: seeded campaigns of one Japanese policy, played one at a time
// so a caller (a Web Worker in the browser) can report progress and stop between games.
// Each game's result is the simulator's own per-game JSON, so the lab and
// `npm run sim -- --json` agree seed by seed.
import { japanPolicy, type Policy } from '../ai';
import type { Scenario } from '../engine';
import { runCampaign } from './campaign';
import { gameJson, summaryJson, tally, type GameJson, type Played, type SummaryJson } from './results';

export interface LabRequest {
  scenario: Scenario;
  /** A reference policy name (as the simulator's --policy) or a ready policy. */
  policy: string | Policy;
  firstSeed: number;
  runs: number;
}

export interface LabReport {
  games: GameJson[];
  summary: SummaryJson;
}

/** Plays the campaign of one seed and returns it as the simulator would print it. */
export function labGame(scenario: Scenario, policy: string | Policy, seed: number): Played {
  const options =
    typeof policy === 'string' ? { scenario, seed, japanPolicy: policy } : { scenario, seed, policies: { japan: policy } };
  const { state, outcome, finalHash } = runCampaign(options);
  return { seed, state, outcome, finalHash };
}

/**
 * Runs the request, calling `onGame` after each game; stops early when `shouldStop`
 * returns true (checked between games). Throws on an unknown policy name.
 */
export function runLab(
  request: LabRequest,
  onGame: (game: GameJson, done: number) => void = () => {},
  shouldStop: () => boolean = () => false,
): LabReport {
  if (typeof request.policy === 'string' && !japanPolicy(request.policy)) throw new Error(`unknown policy "${request.policy}"`);
  const played: Played[] = [];
  for (let i = 0; i < request.runs && !shouldStop(); i++) {
    const game = labGame(request.scenario, request.policy, request.firstSeed + i);
    played.push(game);
    onGame(gameJson(game), played.length);
  }
  return { games: played.map(gameJson), summary: summaryJson(tally(played)) };
}

/** Histogram counts of a numeric measure in fixed-width bins, for the lab's charts. */
export function histogram(values: readonly number[], binWidth: number, min: number, max: number): { from: number; to: number; count: number }[] {
  const bins: { from: number; to: number; count: number }[] = [];
  for (let from = min; from < max; from += binWidth) bins.push({ from, to: from + binWidth, count: 0 });
  for (const v of values) {
    const index = Math.min(bins.length - 1, Math.max(0, Math.floor((v - min) / binWidth)));
    if (bins[index]) bins[index].count += 1;
  }
  return bins;
}
