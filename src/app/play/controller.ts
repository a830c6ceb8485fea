// The one controller of a game in the browser. It owns the current state, the game record
// (the source of truth for saves), the per-turn points for the graphs, the AI turns and the
// autosave. Scenes and panels read its snapshots and send actions through `act`; no rule
// lives anywhere else than in the engine.
//
// Contract: `act` never throws for a bad action; it returns the engine's error and leaves
// everything as it was. After a successful action the AI plays every seat it holds until a
// human must act or the campaign ends, and the game is autosaved.
import { advise, advisePower, type Advice } from '../../ai';
export type { Advice };
import { builtinScenario, BUILTIN_SCENARIO_IDS } from '../../data';
import {
  RATIFY_LINE,
  availability,
  checkNewGame,
  createGame,
  dateOfTurn,
  injectBlocked,
  isTerminal,
  japanCanRatify,
  japaneseSupport,
  legalActions,
  observe,
  outcome,
  powerOutcome,
  POWERS,
  parseAction,
  mostLikelyChange,
  weighProposal,
  type Weighing,
  estimateProposal,
  type Estimate,
  whyNot,
  err,
  ok,
  type ActionError,
  type ActionErrorCode,
  type Availability,
  type Controllers,
  type EventDef,
  type Hint,
  type GameRecord,
  type GameState,
  type IslandId,
  type Outcome,
  type PowerOutcome,
  type NewGameErrorCode,
  type PowerId,
  type Proposal,
  type Reason,
  type Result,
  type Scenario,
} from '../../engine';
import { turnPoint, type TurnPoint } from '../views/history';
import { t } from '../views/i18n';
import { formatQuarter, formatWhole } from '../views/i18n/format';
import { powerName } from '../views/i18n/terms';
import { mapSnapshot, type MapSnapshot } from '../views/map-view';
import { turnReport, type TurnReport } from '../views/report';
import { findScenarioIn } from './custom-scenarios';
import { Session, type Step } from './session';
import { autosavedTurn, checkRecord, clip, saveToSlot, writeAutosave, type SaveError, type SaveSummary, type SlotInfo } from './saves';
import type { KeyValueStorage } from './storage';

export interface GameSetup {
  scenarioId: string;
  seed: number;
  controllers: Controllers;
  /** A shorter campaign than the scenario's (a teacher's turn limit); default: the scenario's length. */
  turns?: number;
  /** A teacher runs the game and may trigger events (default: when the controller holds for a teacher). */
  teacher?: boolean;
}

export interface ControllerDeps {
  storage: KeyValueStorage;
  /** Finds a scenario by id (default: the built-in ones, then the scenario files kept in `storage`); null when unknown. */
  findScenario?: (id: string) => Scenario | null;
  /** Wall clock for save timestamps only (never for rules). */
  now?: () => number;
  /** Autosave after every action (default true). */
  autosave?: boolean;
  /** Classroom: stop before the AI opens a turn, so a teacher may trigger events first (see `resume`). */
  holdForTeacher?: boolean;
}

/** The controller's own refusals, beside the engine's. */
export type ControllerErrorCode = 'ERR_UNKNOWN_SCENARIO' | NewGameErrorCode | 'ERR_NOT_HUMAN_TURN' | 'ERR_NOT_WAITING';

export interface ControllerError {
  code: ActionErrorCode | ControllerErrorCode;
  message: string;
}

export interface ActOutcome {
  /** Turns resolved by this action and the AI moves after it, oldest first. */
  resolvedTurns: number[];
  /** How many actions the AI took after the player's. */
  aiActions: number;
  /** Set when the autosave failed (the game itself went on). */
  saveError: SaveError | null;
  /**
   * A networked seat's action (net-controller.ts) is applied on the server: the outcome
   * then comes later, when the server has answered (the local controller never sets it).
   */
  later?: Promise<Result<ActOutcome, ControllerError>>;
}

export interface ProposalPreview {
  /**
   * Tokyo's estimate of Russia's term-by-term weighing as things stand now: the Kremlin's
   * private margin is known only as a range, so the total is a range and a chance to accept.
   */
  weighing: Estimate;
  /** The change of one or two terms most likely to be accepted (the Diet would ratify it, the budget covers it), or null. */
  flip: Hint | null;
  /** How the deal plays in Japan, term by term. */
  support: Reason[];
  supportTotal: number;
  approval: number;
  ratifyLine: number;
  /** Would the Diet ratify it with today's approval? */
  ratifies: boolean;
  /** Why the draft cannot be sent now, or null. */
  blocked: ActionError | null;
}

export interface PendingChoice {
  power: PowerId;
  event: EventDef;
}

export const defaultFindScenario = (id: string): Scenario | null => (BUILTIN_SCENARIO_IDS.includes(id) ? builtinScenario(id) : null);

export class GameController {
  private listeners = new Set<() => void>();
  private readonly session: Session;
  private points: TurnPoint[];
  /** Turns resolved since the last `takeResolved`, oldest first (every action is watched, the AI's too). */
  private resolved: number[] = [];
  /** The last autosave failure, if the most recent autosave failed. */
  saveError: SaveError | null = null;
  /**
   * Classroom: when the first power of the turn order is the AI's, the AI waits at the start
   * of each turn until `resume` (a teacher's injects are legal only then). Off by default.
   */
  holdForTeacher: boolean;
  /** The turn the teacher released with `resume`, so the hold applies once per turn. */
  private releasedTurn = 0;
  /** The campaign's first state, made on first use by `powerScores`. */
  private start: GameState | null = null;

  private constructor(
    readonly scenario: Scenario,
    session: Session,
    history: TurnPoint[],
    private readonly deps: ControllerDeps,
  ) {
    this.session = session;
    this.points = history;
    this.holdForTeacher = deps.holdForTeacher ?? false;
    session.onStep((step) => this.stepped(step));
  }

  /** Starts a new campaign; the AI plays first if the first seats are its own. */
  static create(setup: GameSetup, deps: ControllerDeps): Result<GameController, ControllerError> {
    const scenario = (deps.findScenario ?? findScenarioIn(deps.storage))(setup.scenarioId);
    if (!scenario) return err({ code: 'ERR_UNKNOWN_SCENARIO', message: t('game.controller.unknownScenario', { id: setup.scenarioId }) });
    const game = { scenario, seed: setup.seed, controllers: setup.controllers, turns: setup.turns, teacher: setup.teacher ?? deps.holdForTeacher === true };
    const checked = checkNewGame(game, true);
    if (!checked.ok) return checked;
    const session = Session.start(game);
    if (!session.ok) return session;
    const controller = new GameController(scenario, session.value, [turnPoint(session.value.state)], deps);
    controller.runAi();
    controller.takeResolved();
    controller.autosave();
    return ok(controller);
  }

  /**
   * Loads a game record (from a slot, the autosave or a file). The record is verified by
   * replaying it (every turn hash must match) before anything is shown; a record that does
   * not reproduce is refused with the reason.
   */
  static load(value: unknown, deps: ControllerDeps): Result<GameController, SaveError> {
    const checked = checkRecord(value);
    if (!checked.ok) return checked;
    const record = checked.value;
    const scenario = (deps.findScenario ?? findScenarioIn(deps.storage))(record.scenario.id);
    if (!scenario) {
      return err({ code: 'ERR_SAVE_SCENARIO', message: t('game.controller.scenarioMissing', { id: clip(record.scenario.id) }) });
    }
    // The record is parsed (checkRecord); one pass verifies every turn hash and hands over
    // each turn's end state, from which the graphs' points are rebuilt.
    const points: TurnPoint[] = [];
    const session = Session.replay(record, scenario, { onTurnEnd: (state) => points.push(turnPoint(state)) });
    if (!session.ok) {
      const { turn, message } = session.error;
      return err({
        code: 'ERR_SAVE_REPLAY',
        message: turn > 0 ? t('game.controller.noReplayFrom', { turn: formatWhole(turn), problem: clip(message) }) : t('game.controller.noReplay', { problem: clip(message) }),
        ...(turn > 0 ? { turn } : {}),
      });
    }
    const first = createGame({ scenario, seed: record.seed, controllers: record.controllers, turns: record.turns, teacher: record.teacher === true });
    return ok(new GameController(scenario, session.value, [turnPoint(first), ...points], deps));
  }

  get state(): GameState {
    return this.session.state;
  }

  get record(): GameRecord {
    return this.session.record;
  }

  /** The state the panels read (the session's current one). */
  private get current(): GameState {
    return this.session.state;
  }

  get history(): readonly TurnPoint[] {
    return this.points;
  }

  get isOver(): boolean {
    return isTerminal(this.current);
  }

  /** The power whose phase it is, or null when the campaign is over. */
  get acting(): PowerId | null {
    return this.session.acting;
  }

  /** The acting power when a person plays it (the seat the interface serves now). */
  get humanActing(): PowerId | null {
    const power = this.acting;
    return power && this.current.controllers[power] === 'human' ? power : null;
  }

  /** Who is acting, in words, where the controllers do not say it (a networked class's seat: another team or the computer); absent here. */
  actingLine?(): string | null;

  /** The seat whose eyes the interface uses: the acting human, else the first human seat. */
  get viewer(): PowerId {
    return this.humanActing ?? this.current.turnOrder.find((p) => this.current.controllers[p] === 'human') ?? 'japan';
  }

  dateOf = (turn: number): string => dateOfTurn(this.current, turn);

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Takes a human action. Errors leave the game untouched; success runs the AI and autosaves. */
  act(action: unknown): Result<ActOutcome, ControllerError> {
    const human = this.humanActing;
    if (!human) return err({ code: 'ERR_NOT_HUMAN_TURN', message: this.isOver ? t('game.controller.over') : t('game.controller.notHumanTurn') });
    // The interface's action is input like any other: parsed into a fresh copy, which is what the record keeps.
    const parsed = parseAction(action);
    if (!parsed.ok) return parsed;
    if (parsed.value.power !== human) return err({ code: 'ERR_NOT_YOUR_TURN', message: t('game.controller.notYourTurn', { power: powerName(human) }) });
    const first = this.session.apply(parsed.value);
    if (!first.ok) return first;
    const aiActions = this.runAi();
    return ok(this.afterMove(aiActions));
  }

  /** Records a turn's point for the graphs when an action (anyone's) ends a turn. */
  private stepped(step: Step): void {
    if (step.endedTurn === null) return;
    this.points = [...this.points, turnPoint(step.after)];
    this.resolved.push(step.endedTurn);
  }

  /** The turns resolved since the last call, oldest first. */
  private takeResolved(): number[] {
    const resolved = this.resolved;
    this.resolved = [];
    return resolved;
  }

  /** After a move and the AI's answer: autosave, tell the panels, say what was resolved. */
  private afterMove(aiActions: number): ActOutcome {
    const resolvedTurns = this.takeResolved();
    this.autosave();
    this.notify();
    return { resolvedTurns, aiActions, saveError: this.saveError };
  }

  /**
   * Plays the AI seats until a human must act or the game ends; returns how many actions it
   * took. The session's seats are the simulator's, so an AI power plays the same here as in
   * `npm run sim` and the lab.
   */
  private runAi(): number {
    return this.session.playAi({ holdBefore: () => this.holdForTeacher && this.atTurnStart && this.releasedTurn !== this.current.turn });
  }

  /** The start of a turn: the first power of the turn order has not acted yet (a teacher may inject). */
  get atTurnStart(): boolean {
    const s = this.current;
    return s.phase.kind === 'acting' && s.phase.power === s.turnOrder[0] && s.phaseActions === 0;
  }

  /** The AI holds the move and waits for `resume` (a classroom hold, or a record saved at such a hold). */
  get waitingForTeacher(): boolean {
    const power = this.acting;
    return power !== null && this.current.controllers[power] === 'ai';
  }

  /**
   * Why a teacher cannot trigger `eventId` now (any event, when omitted), or null when it can.
   * The engine's rule decides; this only names the acting power for it.
   */
  injectBlocked(eventId?: string): ActionError | null {
    const power = this.acting;
    if (!power) return { code: 'ERR_GAME_OVER', message: t('game.controller.over') };
    if (!this.atTurnStart) return { code: 'ERR_NOT_TURN_START', message: t('game.controller.notTurnStart') };
    return eventId === undefined ? null : injectBlocked(this.current, eventId);
  }

  /**
   * The teacher's inject: fires one of the scenario's events at the start of a turn, in the
   * name of the acting power (human or held AI), recorded in the game record like any action.
   * A held AI keeps waiting afterwards, so that several events can be triggered.
   */
  inject(eventId: string): Result<ActOutcome, ActionError> {
    const power = this.acting;
    if (!power) return err({ code: 'ERR_GAME_OVER', message: t('game.controller.over') });
    const inject = parseAction({ type: 'injectEvent', power, eventId });
    if (!inject.ok) return inject;
    const applied = this.session.apply(inject.value);
    if (!applied.ok) return applied;
    return ok(this.afterMove(this.runAi()));
  }

  /** Lets a waiting AI play on until a human must act (the teacher starts the turn). */
  resume(): Result<ActOutcome, ControllerError> {
    if (!this.waitingForTeacher) return err({ code: 'ERR_NOT_WAITING', message: this.isOver ? t('game.controller.over') : t('game.controller.notWaiting') });
    this.releasedTurn = this.current.turn;
    return ok(this.afterMove(this.runAi()));
  }

  private autosave(): void {
    if (this.deps.autosave === false) return;
    this.persist();
  }

  /**
   * Writes the autosave now (a loaded game becomes the campaign in progress); returns the
   * failure, if any, saying which turn a reload would resume from. A refused summary is no
   * failure: the game itself was saved.
   */
  persist(): SaveError | null {
    const saved = writeAutosave(this.deps.storage, this.record, this.summary());
    if (saved.ok) {
      this.saveError = null;
      return null;
    }
    const turn = autosavedTurn(this.deps.storage, this.record);
    const message =
      turn === null
        ? t('game.controller.autosaveLost', { error: saved.error.message })
        : t('game.controller.autosaveFrom', { error: saved.error.message, turn: formatWhole(turn), date: formatQuarter(this.dateOf(turn)) });
    this.saveError = { ...saved.error, message };
    return this.saveError;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  summary(): SaveSummary {
    const s = this.current;
    return {
      scenarioId: s.scenarioId,
      scenarioTitle: this.scenario.title,
      seed: s.seed,
      turn: Math.min(s.turn, s.lastTurn),
      lastTurn: s.lastTurn,
      date: dateOfTurn(s, Math.min(s.turn, s.lastTurn)),
      over: isTerminal(s),
      savedAt: (this.deps.now ?? Date.now)(),
    };
  }

  saveToSlot(name: string): Result<SlotInfo, SaveError> {
    return saveToSlot(this.deps.storage, name, this.record, this.summary());
  }

  // ---- Queries the panels ask (all pure reads of the current state) -----------------------

  /** Every candidate action of the acting human (or the viewer) with cost and the reason when blocked. */
  availability(power: PowerId = this.humanActing ?? this.viewer): Availability[] {
    return availability(this.current, power);
  }

  /** Events waiting for the acting human's answer, oldest first. */
  pendingChoices(): PendingChoice[] {
    const power = this.humanActing;
    if (!power) return [];
    const out: PendingChoice[] = [];
    for (const p of this.current.pendingEvents) {
      const event = this.current.defs.events.find((e) => e.id === p.eventId);
      if (p.chooser === power && event) out.push({ power, event });
    }
    return out;
  }

  /**
   * The advisor's suggestion for the human seat acting now: Japan's expert for Japan, and
   * for Russia, China or the US that power's own AI ranking (without its noise).
   */
  advice(): Advice | null {
    const power = this.humanActing;
    if (!power) return null;
    const legal = legalActions(this.current, power);
    if (legal.length === 0) return null;
    const view = observe(this.current, power);
    return power === 'japan' ? advise(view, legal) : advisePower(view, legal);
  }

  /** How Russia would weigh a draft now, the smallest change it would accept, and how it plays in Japan. */
  preview(proposal: Proposal): ProposalPreview {
    const state = this.current;
    const support = japaneseSupport(proposal);
    const supportTotal = support.reduce((t, r) => t + r.value, 0);
    const approval = state.powers.japan.approval;
    return {
      weighing: estimateProposal(state, proposal),
      flip: mostLikelyChange(state, proposal),
      support,
      supportTotal,
      approval,
      ratifyLine: RATIFY_LINE,
      ratifies: japanCanRatify(state, proposal),
      blocked: whyNot(state, { type: 'propose', power: 'japan', proposal }),
    };
  }

  /**
   * Russia's own weighing of a draft, with the Kremlin's private margin: for Russia's seat
   * only (a person playing Russia); the other seats see `preview`, Tokyo's estimate.
   */
  kremlinWeighing(proposal: Proposal): Weighing {
    return weighProposal(observe(this.current, 'russia'), proposal);
  }

  /** The report of `turn` in `viewer`'s names (default: the seat the interface serves now). */
  report(turn: number, viewer: PowerId = this.viewer): TurnReport {
    return turnReport(this.current, turn, this.points, viewer);
  }

  outcome(): Outcome {
    return outcome(this.current);
  }

  /** Each human seat's own score as things stand (Japan's is the campaign report's), in the order of POWERS. */
  powerScores(): PowerOutcome[] {
    const record = this.record;
    // The campaign's first state, which the other powers' scores are measured from.
    this.start ??= createGame({ scenario: this.scenario, seed: record.seed, controllers: record.controllers, turns: record.turns, teacher: record.teacher === true });
    const start = this.start;
    return POWERS.filter((p) => this.current.controllers[p] === 'human').map((p) => powerOutcome(this.current, start, p));
  }

  /** The map for the viewer; `draft` is the treaty text the viewer is building, if any. */
  mapSnapshot(selected: IslandId | null, draft: Proposal | null = null): MapSnapshot {
    return mapSnapshot(this.current, this.viewer, selected, this.dateOf, draft);
  }
}
