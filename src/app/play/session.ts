// A game being played: the one loop that applies actions, keeps the record and lets the AI
// seats play. The browser's controller, the campaign runner (simulator, lab, benchmark),
// forks and the replay viewer all play through a Session, so an AI seat plays the same
// wherever it sits and the step limit is the same everywhere.
import { Seat, policyFor, type Decision, type Policy, type SeatDecision } from '../../ai';
import {
  appendToRecord,
  applyChecked,
  applyChosen,
  checkedFor,
  checkNewGame,
  createGame,
  currentPower,
  endedTurn,
  foldRecord,
  isTerminal,
  recordMisfit,
  startRecord,
  err,
  ok,
  type Action,
  type ActionError,
  type Controllers,
  type GameRecord,
  type GameState,
  type NewGame,
  type NewGameError,
  type PowerId,
  type Reason,
  type ReplayError,
  type RecordedAction,
  type Result,
  type Scenario,
} from '../../engine';

/** AI actions allowed in one `playAi` call: far above any real turn, it only stops runaway loops. */
export const AI_STEP_LIMIT = 5000;

export interface SessionOptions {
  /** Policies for given seats; the others play the default AI (`policyFor`). */
  policies?: Partial<Record<PowerId, Policy>>;
  /** Keep a game record (default true); batch runs that only want outcomes turn it off. */
  keepRecord?: boolean;
}

/** One applied action: the states around it and the turn it ended, if it ended one. */
export interface Step {
  power: PowerId;
  action: Action;
  reasons: Reason[] | undefined;
  before: GameState;
  after: GameState;
  /** The turn this action ended (the game's last, when it ended the game), or null. */
  endedTurn: number | null;
}

export interface PlayAiOptions {
  /** Stop before the AI acts in this state (a classroom holding for the teacher); checked before every AI action. */
  holdBefore?: (state: GameState) => boolean;
  /** Called after every AI action. */
  onStep?: (step: Step, decision: Decision) => void;
  /** Wraps every AI decision (the benchmark times them; the session itself reads no clock). */
  timeDecision?: <T>(decide: () => T, power: PowerId) => T;
  /**
   * People's seats the AI plays for during this call (a classroom whose teacher handed a
   * team's seat to the computer). The game's controllers, and so its record, stay as they
   * were: the AI's moves are actions like any other, replayed the same way.
   */
  standIns?: ReadonlySet<PowerId>;
  /** The reverse: the computer's seats that people play during this call (handed to a team). */
  teams?: ReadonlySet<PowerId>;
}

export interface SessionReplay {
  /** Check the record's turn hashes and final hash (default true). */
  verify?: boolean;
  /** Play only the actions marked with this turn or earlier. */
  uptoTurn?: number;
  /** Seats other than the record's (a fork). */
  controllers?: Controllers;
  /** Called with the state after each turn the record plays. */
  onTurnEnd?: (state: GameState, turn: number) => void;
}

export class Session {
  private current: GameState;
  private log: GameRecord | null;
  private readonly policies: Partial<Record<PowerId, Policy>>;
  private readonly seats = new Map<PowerId, Seat>();
  private readonly stepListeners = new Set<(step: Step) => void>();

  private constructor(state: GameState, record: GameRecord | null, options: SessionOptions) {
    this.current = state;
    this.log = record;
    this.policies = options.policies ?? {};
  }

  /** A new game; refused, with the reason, when the setup is not a valid one. */
  static start(game: NewGame, options: SessionOptions = {}): Result<Session, NewGameError> {
    const checked = checkNewGame(game);
    if (!checked.ok) return checked;
    const state = createGame(game);
    return ok(new Session(state, options.keepRecord === false ? null : startRecord(state), options));
  }

  /**
   * A session at the end of a parsed record (or at the end of one of its turns): the
   * record is folded once, verified unless told otherwise. With the record's own seats and
   * every action, the session's record is the one given; otherwise it is rebuilt from the
   * actions played.
   */
  static replay(record: GameRecord, scenario: Scenario, replay: SessionReplay = {}, options: SessionOptions = {}): Result<Session, ReplayError> {
    const misfit = recordMisfit(record, scenario);
    if (misfit) return err(misfit);
    const whole = replay.uptoTurn === undefined && replay.controllers === undefined && replay.verify !== false;
    const keep = options.keepRecord !== false;
    const start = createGame({ scenario, seed: record.seed, controllers: replay.controllers ?? record.controllers, turns: record.turns, teacher: record.teacher === true });
    let rebuilt = keep && !whole ? startRecord(start) : null;
    const folded = foldRecord(record, scenario, {
      verify: replay.verify,
      uptoTurn: replay.uptoTurn,
      controllers: replay.controllers,
      onTurnEnd: replay.onTurnEnd,
      onStep: rebuilt ? (before, entry, after) => (rebuilt = appendToRecord(rebuilt!, before, entry.action, after, entry.reasons)) : undefined,
    });
    if (!folded.ok) return folded;
    return ok(new Session(folded.value.state, keep ? (rebuilt ?? record) : null, options));
  }

  get state(): GameState {
    return this.current;
  }

  /** The game record so far; throws for a session started without one. */
  get record(): GameRecord {
    if (!this.log) throw new Error('this session keeps no record'); // i18n-ignore: a caller's bug
    return this.log;
  }

  get isOver(): boolean {
    return isTerminal(this.current);
  }

  /** The power whose phase it is, or null when the game is over. */
  get acting(): PowerId | null {
    return currentPower(this.current);
  }

  /** The acting power when the AI plays it, else null. */
  get aiActing(): PowerId | null {
    const power = this.acting;
    return power && this.current.controllers[power] === 'ai' ? power : null;
  }

  /** Calls `listener` after every action applied, by anyone; returns the unsubscribe. */
  onStep(listener: (step: Step) => void): () => void {
    this.stepListeners.add(listener);
    return () => this.stepListeners.delete(listener);
  }

  /**
   * Applies an action already parsed (or chosen by the AI): the engine checks it is legal
   * now. A refusal leaves the session as it was.
   */
  apply(action: Action, reasons?: Reason[]): Result<Step, ActionError> {
    const before = this.current;
    const applied = applyChosen(before, action, reasons);
    if (!applied.ok) return applied;
    return ok(this.advance(before, action, reasons, applied.value));
  }

  /** An AI seat's decision: applied unchecked when the seat's check was of this very state. */
  private applyDecision({ decision, checked }: SeatDecision): Result<Step, ActionError> {
    const { action, reasons } = decision;
    if (!checkedFor(checked, this.current, action)) return this.apply(action, reasons);
    return ok(this.advance(this.current, action, reasons, applyChecked(checked, reasons)));
  }

  /** Moves the game on to `after`, keeping the record and telling the listeners. */
  private advance(before: GameState, action: Action, reasons: Reason[] | undefined, after: GameState): Step {
    if (this.log) this.log = appendToRecord(this.log, before, action, after, reasons);
    this.current = after;
    const step: Step = { power: action.power, action, reasons, before, after, endedTurn: endedTurn(before, after) ? before.turn : null };
    for (const listener of this.stepListeners) listener(step);
    return step;
  }

  /** The seat of `power`, made on first use with its policy. */
  private seat(power: PowerId): Seat {
    let seat = this.seats.get(power);
    if (!seat) this.seats.set(power, (seat = new Seat(power, this.policies[power] ?? policyFor(power))));
    return seat;
  }

  /** Forgets the seats' plans: the next AI decisions are asked afresh (after a person's move or a reload). */
  resetSeats(): void {
    this.seats.clear();
  }

  /** What the acting AI seat would do now, or null when no AI seat is acting. */
  aiDecision(): Decision | null {
    const power = this.aiActing;
    return power ? this.seat(power).next(this.current) : null;
  }

  /**
   * Plays the AI seats until a person must act, the game ends or `holdBefore` says stop;
   * returns how many actions they took. Each call starts with fresh seats, so a seat's plan
   * never outlives a call and a reload between calls changes nothing. Throws when a policy
   * chooses an illegal action or the AI does not end its turn: bugs, never a player's input.
   */
  playAi(options: PlayAiOptions = {}): number {
    this.resetSeats();
    let steps = 0;
    const { standIns, teams } = options;
    const next = (): PowerId | null => {
      const acting = this.acting;
      return acting && ((this.current.controllers[acting] === 'ai' && !teams?.has(acting)) || standIns?.has(acting)) ? acting : null;
    };
    for (let power = next(); power; power = next()) {
      if (options.holdBefore?.(this.current)) break;
      if (++steps > AI_STEP_LIMIT) throw new Error(`the AI did not end its turn within ${AI_STEP_LIMIT} actions`); // i18n-ignore: a bug in a policy, never a player's input
      const seat = this.seat(power);
      const chosen = options.timeDecision ? options.timeDecision(() => seat.nextChecked(this.current), power) : seat.nextChecked(this.current);
      const applied = this.applyDecision(chosen);
      if (!applied.ok) throw new Error(`the ${power} policy "${seat.policy.name}" chose an illegal action: ${applied.error.message}`); // i18n-ignore: a bug in a policy, never a player's input
      options.onStep?.(applied.value, chosen.decision);
    }
    return steps;
  }
}

/**
 * Puts back the AI's reasons on a record that has none (a share link, a hand-made file):
 * fresh seats are asked in the same states, as the controller plays them; a reason is kept
 * only when the seat picks the recorded action. Never changes an action, so the hashes stay
 * valid. Used as a fold's `reasons` option.
 */
export class ReasonFinder {
  private readonly seats = new Map<PowerId, Seat>();

  reasonsFor(state: GameState, entry: RecordedAction): Reason[] | undefined {
    const power = currentPower(state);
    // A teacher's inject or a person's move is no seat's decision: fresh seats are asked after it.
    if (entry.action.type === 'injectEvent' || !power || state.controllers[power] !== 'ai' || entry.action.power !== power) {
      this.seats.clear();
      return entry.reasons;
    }
    let seat = this.seats.get(power);
    if (!seat) this.seats.set(power, (seat = new Seat(power, policyFor(power))));
    const own = entry.reasons?.length ? entry.reasons : undefined;
    try {
      // Asked even when the entry has reasons, so that the seat's plan keeps step with the game.
      const decision = seat.next(state);
      return own ?? (sameAction(decision.action, entry.action) && decision.reasons.length ? decision.reasons : undefined);
    } catch {
      // A policy that cannot decide in a state from a foreign record: no reasons, nothing else.
      return own;
    }
  }
}

const sameAction = (a: Action, b: Action): boolean => JSON.stringify(a) === JSON.stringify(b);
