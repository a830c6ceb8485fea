// Replays for the viewer. A game record is opened by replaying it (every turn hash must
// match), and cut into frames: the start of the campaign and the end of every turn, which
// the viewer steps through. Records that came without the AI's reasons (a share link
// carries only the actions) get them back by asking the same AI seats again. Any frame
// can become the start of a new campaign (a fork): the record's actions up to that frame,
// then the AI's moves until a person must act, as the controller plays them.
import {
  POWERS,
  createGame,
  dateOfTurn,
  err,
  foldRecord,
  isTerminal,
  ok,
  parseRecord,
  recordMisfit,
  reasonsHashOf,
  type Controllers,
  type GameRecord,
  type GameState,
  type RecordedAction,
  type ReplayError,
  type Result,
  type Scenario,
} from '../../engine';
import { ReasonFinder, Session } from './session';
import { decodeLink, type LinkResult } from './share';
import { turnPoint, type TurnPoint } from '../views/history';
import { turnReport, type TurnReport } from '../views/report';

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
  /**
   * Something the viewer should say about where the game came from, or absent:
   * 'uncheckedLength' for a link of an older form that does not carry its length (a cut would not show).
   */
  notice?: 'uncheckedLength';
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

/**
 * Opens a record for the viewer: checks its shape, replays it once verifying every turn
 * hash, gathers the frames and, for a record that came without the AI's reasons, puts them
 * back on the way (see ReasonFinder). A record that does not reproduce is refused with the
 * first turn that differs (`error.turn`).
 */
export function openReplay(record: unknown, scenario: Scenario): Result<ReplayTimeline, ReplayError> {
  const parsed = parseRecord(record);
  if (!parsed.ok) return parsed;
  return timelineOf(parsed.value, scenario);
}

/** The timeline of a parsed record (a share link's is built as it is decoded). */
export function timelineOf(record: GameRecord, scenario: Scenario): Result<ReplayTimeline, ReplayError> {
  const misfit = recordMisfit(record, scenario);
  if (misfit) return err(misfit);
  const start = createGame({ scenario, seed: record.seed, controllers: record.controllers, turns: record.turns, teacher: record.teacher === true });
  const frames: ReplayFrame[] = [frame(start, 0, true)];
  const finder = lacksReasons(record) ? new ReasonFinder() : null;
  const actions: RecordedAction[] = [];
  const replay = foldRecord(record, scenario, {
    reasons: finder ? (state, entry) => finder.reasonsFor(state, entry) : undefined,
    onStep: finder ? (_before, entry) => actions.push(entry) : undefined,
    onTurnEnd: (state, turn) => frames.push(frame(state, turn, true)),
  });
  if (!replay.ok) return replay;
  const final = replay.value.state;
  if (final !== frames[frames.length - 1]!.state) frames.push(frame(final, final.turn, false));
  const full = finder ? { ...record, actions, reasonsHash: reasonsHashOf(actions) } : record;
  return ok({ record: full, scenario, frames, final, verifiedTurns: replay.value.verifiedTurns, over: isTerminal(final) });
}

/**
 * Opens a share link for the viewer in one pass: the link is decoded, replayed, checked turn
 * by turn and cut into frames, with the AI's reasons put back, as it is read.
 */
export function linkTimeline(link: string, scenario: Scenario): LinkResult<ReplayTimeline> {
  const frames: ReplayFrame[] = [];
  const finder = new ReasonFinder();
  const decoded = decodeLink(link, scenario, {
    onStart: (state) => frames.push(frame(state, 0, true)),
    reasons: (state, action) => finder.reasonsFor(state, { turn: state.turn, action }),
    onTurnEnd: (state, turn) => frames.push(frame(state, turn, true)),
  });
  if (!decoded.ok) return decoded;
  const { record, final, lengthChecked } = decoded.value;
  if (final !== frames[frames.length - 1]!.state) frames.push(frame(final, final.turn, false));
  const timeline: ReplayTimeline = { record, scenario, frames, final, verifiedTurns: record.turnHashes.length, over: isTerminal(final) };
  if (!lengthChecked) timeline.notice = 'uncheckedLength';
  return ok(timeline);
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

/** Why no fork: no seat for a person, the campaign already over there, or the record does not replay (`cause`); worded by the views. */
export type ForkError = { code: 'ERR_FORK_NO_HUMAN' | 'ERR_FORK_OVER' } | { code: 'ERR_FORK_REPLAY'; cause: ReplayError };

/**
 * A new record that plays the first `uptoTurn` turns of `record` (every action marked with
 * a turn up to it) with the given seats, then lets the AI play its seats until a person
 * must act. Loading it gives a controller that continues from that point.
 */
export function forkRecord(record: GameRecord, scenario: Scenario, uptoTurn: number, controllers: Controllers): Result<GameRecord, ForkError> {
  if (!POWERS.some((p) => controllers[p] === 'human')) return err({ code: 'ERR_FORK_NO_HUMAN' });
  // The record was verified when the viewer opened it; the fork only plays its actions again.
  const session = Session.replay(record, scenario, { verify: false, uptoTurn, controllers });
  if (!session.ok) return err({ code: 'ERR_FORK_REPLAY', cause: session.error });
  if (session.value.isOver) return err({ code: 'ERR_FORK_OVER' });
  session.value.playAi();
  return ok(session.value.record);
}

/** The human seats of a record, or Japan alone when the record has none (a computer-only game). */
export function forkSeats(record: GameRecord): Controllers {
  const seats = { ...record.controllers };
  if (!POWERS.some((p) => seats[p] === 'human')) seats.japan = 'human';
  return seats;
}
