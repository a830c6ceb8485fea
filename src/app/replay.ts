// Replays for the viewer. A game record is opened by replaying it (every turn hash must
// match), and cut into frames: the start of the campaign and the end of every turn, which
// the viewer steps through. Records that came without the AI's reasons (a share link
// carries only the actions) get them back by asking the same AI seats again. Any frame
// can become the start of a new campaign (a fork): the record's actions up to that frame,
// then the AI's moves until a person must act, as the controller plays them.
import { Seat, policyFor } from '../ai';
import {
  POWERS,
  appendToRecord,
  applyAction,
  createGame,
  currentPower,
  dateOfTurn,
  err,
  isTerminal,
  ok,
  parseRecord,
  recordMisfit,
  reasonsHashOf,
  replayRecord,
  startRecord,
  type Action,
  type Controllers,
  type GameRecord,
  type GameState,
  type PowerId,
  type RecordedAction,
  type ReplayError,
  type Result,
  type Scenario,
} from '../engine';
import { turnPoint, type TurnPoint } from './history';
import { turnReport, type TurnReport } from './report';

export interface ReplayFrame {
  /** 0 for the start of the campaign; t for the end of turn t (or the moves so far of an unfinished turn t). */
  turn: number;
  /** The quarter the frame closes (the first quarter for the start). */
  date: string;
  /** False only for an unfinished last turn (a game saved in the middle of a turn). */
  complete: boolean;
  state: GameState;
  point: TurnPoint;
}

export interface ReplayTimeline {
  /** The record as verified, with the AI's reasons restored where they were missing. */
  record: GameRecord;
  scenario: Scenario;
  /** frames[0] is the start; then one frame per turn played, oldest first. */
  frames: ReplayFrame[];
  /** The state after the record's last action (its news log carries every reason). */
  final: GameState;
  verifiedTurns: number;
  over: boolean;
}

const sameAction = (a: Action, b: Action): boolean => JSON.stringify(a) === JSON.stringify(b);

/** AI actions allowed between two human decisions when a fork plays on (as the controller's limit). */
const AI_STEP_LIMIT = 5000;

/**
 * Opens a record for the viewer: checks its shape, replays it verifying every turn hash
 * and gathers the frames. A record that does not reproduce is refused with the first turn
 * that differs (`error.turn`).
 */
export function openReplay(record: unknown, scenario: Scenario): Result<ReplayTimeline, ReplayError> {
  const parsed = parseRecord(record);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  const misfit = recordMisfit(raw, scenario);
  if (misfit) return err(misfit);
  const full = lacksReasons(raw) ? withAiReasons(raw, scenario) : raw;
  const start = createGame({ scenario, seed: full.seed, controllers: full.controllers, turns: full.turns, teacher: full.teacher === true });
  const frames: ReplayFrame[] = [frame(start, 0, true)];
  const replay = replayRecord(full, scenario, (state, turn) => frames.push(frame(state, turn, true)));
  if (!replay.ok) return replay;
  const final = replay.value.state;
  if (final !== frames[frames.length - 1]!.state) frames.push(frame(final, final.turn, false));
  return ok({ record: full, scenario, frames, final, verifiedTurns: replay.value.verifiedTurns, over: isTerminal(final) });
}

function frame(state: GameState, turn: number, complete: boolean): ReplayFrame {
  return { turn, date: dateOfTurn(state, Math.max(1, Math.min(turn, state.lastTurn))), complete, state, point: turnPoint(state) };
}

/** What happened in a frame's turn, and why (the same report the game shows after a turn). */
export function frameReport(timeline: ReplayTimeline, index: number): TurnReport {
  const frame = timeline.frames[index]!;
  return turnReport(timeline.final, frame.turn, timeline.frames.map((f) => f.point));
}

function lacksReasons(record: GameRecord): boolean {
  return record.actions.length > 0 && record.actions.every((a) => !a.reasons || a.reasons.length === 0);
}

/**
 * The record with the AI's reasons put back on its AI seats' actions: the seats are asked
 * again, in the same states, by fresh seats after every human move (as the controller
 * plays them); a reason is kept only when the seat picks the recorded action. Never
 * changes an action, so the turn hashes stay valid; stops adding at an illegal action.
 */
export function withAiReasons(record: GameRecord, scenario: Scenario): GameRecord {
  let state = createGame({ scenario, seed: record.seed, controllers: record.controllers, turns: record.turns, teacher: record.teacher === true });
  const seats = new Map<PowerId, Seat>();
  const actions: RecordedAction[] = [];
  for (let i = 0; i < record.actions.length; i++) {
    const entry = record.actions[i]!;
    const power = currentPower(state);
    let reasons = entry.reasons;
    // A teacher's inject is no seat's decision; the controller asks fresh seats after it.
    if (entry.action.type !== 'injectEvent' && power && state.controllers[power] === 'ai' && entry.action.power === power) {
      let seat = seats.get(power);
      if (!seat) seats.set(power, (seat = new Seat(power, policyFor(power))));
      try {
        const decision = seat.next(state);
        if (!reasons?.length && sameAction(decision.action, entry.action) && decision.reasons.length) reasons = decision.reasons;
      } catch {
        // A policy that cannot decide in a state from a foreign record: no reasons, nothing else.
      }
    } else {
      seats.clear();
    }
    const next = applyAction(state, entry.action, reasons);
    if (!next.ok) {
      // One by one: a spread of a long list overflows the call stack.
      for (let k = i; k < record.actions.length; k++) actions.push(record.actions[k]!);
      break;
    }
    actions.push(reasons?.length ? { ...entry, reasons } : entry);
    state = next.value;
  }
  return { ...record, actions, reasonsHash: reasonsHashOf(actions) };
}

export type ForkError = { code: 'ERR_FORK_NO_HUMAN' | 'ERR_FORK_OVER' | 'ERR_FORK_REPLAY'; message: string };

/**
 * A new record that plays the first `uptoTurn` turns of `record` (every action marked with
 * a turn up to it) with the given seats, then lets the AI play its seats until a person
 * must act. Loading it gives a controller that continues from that point.
 */
export function forkRecord(record: GameRecord, scenario: Scenario, uptoTurn: number, controllers: Controllers): Result<GameRecord, ForkError> {
  if (!POWERS.some((p) => controllers[p] === 'human')) return err({ code: 'ERR_FORK_NO_HUMAN', message: 'at least one power must be played by a person' });
  let state = createGame({ scenario, seed: record.seed, controllers, turns: record.turns, teacher: record.teacher === true });
  let out = startRecord(state);
  for (const entry of record.actions) {
    if (entry.turn > uptoTurn) break;
    const next = applyAction(state, entry.action, entry.reasons);
    if (!next.ok) return err({ code: 'ERR_FORK_REPLAY', message: `the record's action at turn ${state.turn} does not replay: ${next.error.message}` });
    out = appendToRecord(out, state, entry.action, next.value, entry.reasons);
    state = next.value;
  }
  if (isTerminal(state)) return err({ code: 'ERR_FORK_OVER', message: 'the campaign is already over at this point' });
  const seats = new Map<PowerId, Seat>();
  let steps = 0;
  for (let power = currentPower(state); power && state.controllers[power] === 'ai'; power = currentPower(state)) {
    if (++steps > AI_STEP_LIMIT) throw new Error('the AI did not end its turn');
    let seat = seats.get(power);
    if (!seat) seats.set(power, (seat = new Seat(power, policyFor(power))));
    const decision = seat.next(state);
    const next = applyAction(state, decision.action, decision.reasons);
    // The AI picks from legalActions, so a refusal here is an engine or AI bug.
    if (!next.ok) throw new Error(`AI ${power} chose an illegal action: ${next.error.message}`);
    out = appendToRecord(out, state, decision.action, next.value, decision.reasons);
    state = next.value;
  }
  return ok(out);
}

/** The human seats of a record, or Japan alone when the record has none (a computer-only game). */
export function forkSeats(record: GameRecord): Controllers {
  const seats = { ...record.controllers };
  if (!POWERS.some((p) => seats[p] === 'human')) seats.japan = 'human';
  return seats;
}
