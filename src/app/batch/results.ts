// What a batch of played games reports, as plain data: the simulator's JSON documents (and
// the strategy lab's per-seed results, which must match them) and the tallies behind the
// readable distribution table. Pure functions; key order is fixed here because the output
// must be byte-identical run to run.
import type { TraceTurn } from './campaign';
import {
  ISLANDS,
  TREATY_STAGES,
  round2,
  type GameState,
  type Grade,
  type IslandId,
  type Outcome,
  type PowerId,
  type Scenario,
  type TreatyStage,
} from '../../engine';

/** One finished game as the CLI sees it, whether played now or replayed from a record. */
export interface Played {
  seed: number;
  state: GameState;
  outcome: Outcome;
  finalHash: string;
  trace?: TraceTurn[];
}

/** A trace turn as printed: the runner's TraceTurn, with its keys in a fixed order. */
export type TraceJson = TraceTurn;

export interface GameJson {
  seed: number;
  turns: number;
  finalHash: string;
  islandsReturned: IslandId[];
  treatyStage: TreatyStage;
  alignmentStart: number;
  alignmentEnd: number;
  score: number;
  grade: Grade;
  trace?: TraceJson[];
}

export interface SummaryJson {
  islandsReturned: Record<'0' | '1' | '2' | '3' | '4', number>;
  treatySigned: number;
  meanAlignmentChange: number;
  meanScore: number;
}

export interface SimJson {
  scenario: string;
  scenarioVersion: string;
  policy: string;
  runs: number;
  games: GameJson[];
  summary: SummaryJson;
}

/** Turns played: the scenario's last turn (state.turn runs one past it once the game is over). */
export const turnsPlayed = (state: GameState): number => state.lastTurn;

export function traceJson(t: TraceTurn): TraceJson {
  const opinions = {} as TraceJson['opinions'];
  for (const [from, row] of Object.entries(t.opinions) as [PowerId, Partial<Record<PowerId, number>>][]) {
    opinions[from] = {};
    for (const [to, value] of Object.entries(row) as [PowerId, number | undefined][]) if (value !== undefined) opinions[from][to] = value;
  }
  const islands = {} as TraceJson['islands'];
  for (const id of ISLANDS) {
    const i = t.islands[id];
    islands[id] = { administeredBy: i.administeredBy, access: i.access, militarisation: i.militarisation };
  }
  return {
    turn: t.turn,
    date: t.date,
    alignment: t.alignment,
    opinions,
    islands,
    treatyStage: t.treatyStage,
    sanctions: t.sanctions,
    actions: t.actions.map((a) => ({ power: a.power, action: a.action, reasons: a.reasons })),
  };
}

export function gameJson(game: Played): GameJson {
  const o = game.outcome;
  const out: GameJson = {
    seed: game.seed,
    turns: turnsPlayed(game.state),
    finalHash: game.finalHash,
    islandsReturned: [...o.islandsReturned],
    treatyStage: o.treatyStage,
    alignmentStart: o.alignmentStart,
    alignmentEnd: o.alignmentEnd,
    score: o.score,
    grade: o.grade,
  };
  if (game.trace) out.trace = game.trace.map(traceJson);
  return out;
}

/** Counts over a set of games, for the JSON summary and the readable distribution. */
export interface Tally {
  runs: number;
  /** islands[k] = games in which Japan ended holding k islands. */
  islands: [number, number, number, number, number];
  stages: Record<TreatyStage, number>;
  grades: Record<Grade, number>;
  meanAlignmentChange: number;
  meanScore: number;
}

export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

export function tally(games: readonly Played[]): Tally {
  const islands: Tally['islands'] = [0, 0, 0, 0, 0];
  const stages = Object.fromEntries(TREATY_STAGES.map((s) => [s, 0])) as Record<TreatyStage, number>;
  const grades = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  let change = 0;
  let score = 0;
  for (const { outcome: o } of games) {
    const k = Math.min(o.islandsReturned.length, 4) as 0 | 1 | 2 | 3 | 4;
    islands[k] += 1;
    stages[o.treatyStage] += 1;
    grades[o.grade] += 1;
    change += o.alignmentEnd - o.alignmentStart;
    score += o.score;
  }
  const n = games.length;
  return {
    runs: n,
    islands,
    stages,
    grades,
    meanAlignmentChange: n ? round2(change / n) : 0,
    meanScore: n ? round2(score / n) : 0,
  };
}

export function summaryJson(t: Tally): SummaryJson {
  return {
    islandsReturned: { '0': t.islands[0], '1': t.islands[1], '2': t.islands[2], '3': t.islands[3], '4': t.islands[4] },
    treatySigned: t.stages.signed,
    meanAlignmentChange: t.meanAlignmentChange,
    meanScore: t.meanScore,
  };
}

export function simJson(scenario: Scenario, policy: string, games: readonly Played[]): SimJson {
  return {
    scenario: scenario.id,
    scenarioVersion: scenario.version,
    policy,
    runs: games.length,
    games: games.map(gameJson),
    summary: summaryJson(tally(games)),
  };
}

/** The --replay --json document: the game object plus the number of turns whose hash matched. */
export function replayJson(game: Played, verifiedTurns: number): GameJson & { verifiedTurns: number } {
  return { ...gameJson(game), verifiedTurns };
}

/** Two-space JSON with a final newline: the one serialisation the CLI prints or writes. */
export const toJsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
