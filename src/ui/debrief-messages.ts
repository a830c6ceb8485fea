// The messages between the debrief screen and the engine worker (engine.worker.ts).
import type { Comparison } from '../app/batch/debrief';
import type { GameRecord, Scenario } from '../engine';

export interface ComparisonRequest {
  job: 'comparison';
  record: GameRecord;
  scenario: Scenario;
  runs: number;
}

export type ComparisonReply = { ok: true; comparison: Comparison[] } | { ok: false; message: string };
