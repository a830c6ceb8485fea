// Game records: the action log is the source of truth. A record names the scenario and
// seed, lists every action in order, and carries the state hash after each turn, so a
// replay (a fold of applyAction over the log) proves it reproduces the game exactly.
import { applyAction, createGame } from './game';
import type { Scenario } from './scenario';
import { stateHash } from './serialize';
import type { Action, Controllers, GameState, Reason, RecordErrorCode, Result } from './types';
import { err, ok } from './types';

export const RECORD_FORMAT = 'north-asia-record';
/** Version 2: the rules of issue 7 (keyed dice, the Kremlin's hidden margin, new tracks); version 1 records do not replay. */
export const RECORD_VERSION = 2;

export interface RecordedAction {
  turn: number;
  action: Action;
  reasons?: Reason[];
}

export interface GameRecord {
  format: typeof RECORD_FORMAT;
  version: typeof RECORD_VERSION;
  scenario: { id: string; version: string };
  seed: number;
  controllers: Controllers;
  /** Turns the game lasts: the scenario's, or fewer under a teacher's turn limit (absent means the scenario's). */
  turns?: number;
  /** The game was run by a teacher, who may trigger events (absent means no teacher). */
  teacher?: boolean;
  actions: RecordedAction[];
  /** turnHashes[i] is the state hash after turn i + 1 was resolved. */
  turnHashes: string[];
  finalHash: string;
}

export function startRecord(state: GameState): GameRecord {
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    scenario: { id: state.scenarioId, version: state.scenarioVersion },
    seed: state.seed,
    controllers: { ...state.controllers },
    turns: state.lastTurn,
    ...(state.teacher ? { teacher: true } : {}),
    actions: [],
    turnHashes: [],
    finalHash: stateHash(state),
  };
}

/** The record extended by one applied action (`before` and `after` are the states around it). */
export function appendToRecord(record: GameRecord, before: GameState, action: Action, after: GameState, reasons?: Reason[]): GameRecord {
  const entry: RecordedAction = reasons && reasons.length ? { turn: before.turn, action, reasons } : { turn: before.turn, action };
  const hash = stateHash(after);
  const turnEnded = after.turn !== before.turn || (after.phase.kind === 'over' && before.phase.kind !== 'over');
  return {
    ...record,
    actions: [...record.actions, entry],
    turnHashes: turnEnded ? [...record.turnHashes, hash] : record.turnHashes,
    finalHash: hash,
  };
}

export interface ReplayError {
  code: RecordErrorCode;
  message: string;
  /** The first turn at which the replay differs from the record (or fails). */
  turn: number;
}

export interface Replay {
  state: GameState;
  verifiedTurns: number;
}

/** Checks a value read from a file or link is shaped like a record, naming the bad field. */
export function checkRecordShape(value: unknown): ReplayError | null {
  const bad = (field: string, message: string): ReplayError => ({ code: 'ERR_BAD_RECORD', message: `record.${field}: ${message}`, turn: 0 });
  if (typeof value !== 'object' || value === null) return bad('', 'a record must be a JSON object');
  const r = value as Partial<GameRecord>;
  if (r.format !== RECORD_FORMAT) return { code: 'ERR_FOREIGN_RECORD', message: `not a North Asia game record (format ${JSON.stringify(r.format)})`, turn: 0 };
  if ((r.version as number) === 1) {
    return { code: 'ERR_OLD_RECORD', message: 'record.version: this game was recorded under the rules of version 1, which have since changed (keyed dice, hidden Kremlin terms); it cannot be replayed', turn: 0 };
  }
  if (r.version !== RECORD_VERSION) return bad('version', `version ${String(r.version)} is not supported (expected ${RECORD_VERSION})`);
  if (r.teacher !== undefined && typeof r.teacher !== 'boolean') return bad('teacher', 'must be true or false');
  if (typeof r.scenario?.id !== 'string' || typeof r.scenario.version !== 'string') return bad('scenario', 'must have a string id and version');
  if (!Number.isSafeInteger(r.seed)) return bad('seed', 'must be an integer');
  if (!Array.isArray(r.actions)) return bad('actions', 'must be an array');
  if (!Array.isArray(r.turnHashes) || r.turnHashes.some((h) => typeof h !== 'string')) return bad('turnHashes', 'must be an array of strings');
  if (typeof r.finalHash !== 'string') return bad('finalHash', 'must be a string');
  for (let i = 0; i < r.actions.length; i++) {
    const entry = r.actions[i] as Partial<RecordedAction> | undefined;
    if (!entry || typeof entry !== 'object' || !Number.isSafeInteger(entry.turn) || typeof entry.action !== 'object') {
      return bad(`actions[${i}]`, 'must be { turn, action }');
    }
  }
  return null;
}

/**
 * Replays a record against its scenario, verifying every turn hash. A record that does not
 * reproduce is refused with the first turn that differs.
 */
export function replayRecord(
  record: unknown,
  scenario: Scenario,
  /** Called with the state after each verified turn (for timelines and graphs). */
  onTurnEnd?: (state: GameState, turn: number) => void,
): Result<Replay, ReplayError> {
  const shape = checkRecordShape(record);
  if (shape) return err(shape);
  const r = record as GameRecord;
  if (r.scenario.id !== scenario.id || r.scenario.version !== scenario.version) {
    return err({
      code: 'ERR_SCENARIO_MISMATCH',
      message: `record is for scenario ${r.scenario.id} v${r.scenario.version}, not ${scenario.id} v${scenario.version}`,
      turn: 0,
    });
  }
  if (r.turns !== undefined && !(Number.isInteger(r.turns) && r.turns >= 1 && r.turns <= scenario.turns)) {
    return err({ code: 'ERR_BAD_RECORD', message: `record.turns: must be a whole number from 1 to ${scenario.turns}`, turn: 0 });
  }
  let state = createGame({ scenario, seed: r.seed, controllers: r.controllers, turns: r.turns, teacher: r.teacher === true });
  let verified = 0;
  for (let i = 0; i < r.actions.length; i++) {
    const entry = r.actions[i]!;
    if (entry.turn !== state.turn) {
      return err({ code: 'ERR_TURN_MISMATCH', message: `action ${i + 1} is marked turn ${entry.turn} but the game is in turn ${state.turn}`, turn: Math.min(entry.turn, state.turn) });
    }
    const before = state;
    const result = applyAction(state, entry.action, entry.reasons);
    if (!result.ok) {
      return err({ code: 'ERR_ILLEGAL_IN_RECORD', message: `action ${i + 1} (turn ${before.turn}) is illegal: ${result.error.message}`, turn: before.turn });
    }
    state = result.value;
    if (state.turn !== before.turn || (state.phase.kind === 'over' && before.phase.kind !== 'over')) {
      const expected = r.turnHashes[verified];
      const actual = stateHash(state);
      if (expected !== actual) {
        return err({
          code: 'ERR_HASH_MISMATCH',
          message: `turn ${before.turn} ends with hash ${actual}, the record says ${expected ?? 'nothing'}`,
          turn: before.turn,
        });
      }
      verified += 1;
      onTurnEnd?.(state, before.turn);
    }
  }
  if (verified !== r.turnHashes.length) {
    return err({ code: 'ERR_RECORD_TRUNCATED', message: `record lists ${r.turnHashes.length} turn hashes but its actions complete ${verified} turns`, turn: verified + 1 });
  }
  if (stateHash(state) !== r.finalHash) {
    return err({ code: 'ERR_HASH_MISMATCH', message: `final state hash ${stateHash(state)} differs from the record's ${r.finalHash}`, turn: state.turn });
  }
  return ok({ state, verifiedTurns: verified });
}
