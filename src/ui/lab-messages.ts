// The messages between the strategy lab screen and its Web Workers. Each worker is sent one
// share of the run's seeds at a time (LabStart) and reports its games, then that it is done;
// the screen puts the games of all workers back in seed order. Everything crosses by
// structured clone: the scenario object itself (built-in or a loaded file) and, for
// "my decisions", the game record whose Japanese actions become the policy.
import type { GameJson, SummaryJson } from '../app/batch/results';
import type { GameRecord, Scenario } from '../engine';

export type LabPolicyChoice = { kind: 'named'; name: string } | { kind: 'decisions'; record: GameRecord };

export interface LabStart {
  job: 'lab';
  scenario: Scenario;
  policy: LabPolicyChoice;
  firstSeed: number;
  runs: number;
}

export type LabMessage =
  /** Games of the share finished since the last message, in seed order; `done` counts the share's finished so far. */
  | { type: 'games'; games: GameJson[]; done: number }
  /** The share is complete; the summary is runLab's own, of the share's games. */
  | { type: 'done'; summary: SummaryJson; runs: number }
  | { type: 'error'; message: string };
