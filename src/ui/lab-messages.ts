// The messages between the strategy lab screen and its Web Worker. Everything crosses by
// structured clone: the scenario object itself (built-in or a loaded file) and, for
// "my decisions", the game record whose Japanese actions become the policy.
import type { GameJson, SummaryJson } from '../app/results';
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
  /** Games finished since the last message, in seed order; `done` counts all finished so far. */
  | { type: 'games'; games: GameJson[]; done: number }
  /** The run is complete; the summary is runLab's own. */
  | { type: 'done'; summary: SummaryJson; runs: number }
  | { type: 'error'; message: string };
