// A networked team's game as the game screen reads it: the same public surface as the
// GameController, over the seat's view that the classroom server sends (`connection.view`,
// its `observe()`: a Board with the other seats' events, the seed, the dice and, but for
// Russia, the Kremlin's margin removed). Nothing here decides a rule: the queries are the
// engine's functions on that Board, and `act` sends the action to the server, which applies
// it with the engine's checks; the outcome (`later`) comes with the server's answer.
//
// A seat holds no game record (the record carries the seed): `record` stands in with no
// actions and no seed, so that nothing takes it for a local game's; saving, sharing and the
// teams' scores are the teacher's (the debrief sends everyone the real record at the end).
import type { ClassroomConnection } from './net-client';
import { advise, advisePower, type Advice } from '../../ai';
import {
  availability,
  dateOfTurn,
  estimateProposal,
  err,
  isTerminal,
  japanCanRatify,
  japaneseSupport,
  legalActions,
  mostLikelyChange,
  ok,
  outcome,
  RATIFY_LINE,
  weighProposal,
  whyNot,
  parseAction,
  type ActionError,
  type Availability,
  type GameRecord,
  type GameState,
  type IslandId,
  type Outcome,
  type PowerId,
  type PowerOutcome,
  type Proposal,
  type Result,
  type Scenario,
  type View,
  type Weighing,
} from '../../engine';
import { mapSnapshot, type MapSnapshot } from '../views/map-view';
import { turnReport, type TurnReport } from '../views/report';
import type { TurnPoint } from '../views/history';
import { t } from '../views/i18n';
import { powerName } from '../views/i18n/terms';
import type { ActOutcome, ControllerError, GameController, PendingChoice, ProposalPreview } from './controller';
import type { SaveError, SaveSummary, SlotInfo } from './saves';

/** The public members of a class (its private ones make a class type nominal). */
export type PublicOf<T> = { [K in keyof T]: T[K] };

/** The part of a connection this reads (a ClassroomConnection, or a stand-in in tests). */
export type SeatConnection = Pick<ClassroomConnection, 'view' | 'seat' | 'points' | 'act' | 'on' | 'classInfo'>;

export class NetGameController implements PublicOf<GameController> {
  saveError: SaveError | null = null;
  /** The server holds the turn for the teacher; the seat never does. */
  holdForTeacher = false;
  private listeners = new Set<() => void>();
  private held: GameState;
  private lastTurn: number;
  private resolved: number[] = [];
  private inFlight = 0;
  private readonly off: () => void;
  /** Told of turns resolved while no action of this seat was waiting for its answer (another seat ended the turn). */
  onResolved: ((turns: number[]) => void) | null = null;

  constructor(
    private readonly connection: SeatConnection,
    readonly scenario: Scenario,
    /** Words for a refusal from the server (the screens' `errorWords`); default its own message. */
    private readonly words: (error: { code: string; message: string }) => string = (error) => error.message,
  ) {
    const view = connection.view;
    if (!view || !connection.seat) throw new Error('the seat has no view yet'); // i18n-ignore: a caller's bug: the screens build this after the welcome
    this.held = this.seatState(view);
    this.lastTurn = view.turn;
    this.off = connection.on('update', () => this.updated());
  }

  destroy(): void {
    this.off();
    this.listeners.clear();
  }

  get seat(): PowerId {
    return this.connection.seat ?? 'japan';
  }

  /**
   * The seat's view, typed as the state the panels read: every engine function they call
   * takes a Board. The other teams' seats read as the computer's, so that the screen is one
   * seat's (no hot-seat hand-over cover between teams on other devices); this seat reads
   * as a person's, also when the teacher handed it a seat set up for the computer. Who
   * really plays each seat is the class's to say (`actingLine`).
   */
  private seatState(view: View): GameState {
    const controllers = { ...view.controllers };
    for (const p of Object.keys(controllers) as PowerId[]) controllers[p] = p === this.connection.seat ? 'human' : 'ai';
    return { ...view, controllers } as unknown as GameState;
  }

  private updated(): void {
    const view = this.connection.view;
    if (!view) return;
    this.held = this.seatState(view);
    for (let t = this.lastTurn; t < view.turn; t++) this.resolved.push(t);
    this.lastTurn = view.turn;
    for (const listener of [...this.listeners]) listener();
    if (this.inFlight === 0 && this.resolved.length && this.onResolved) this.onResolved(this.takeResolved());
  }

  private takeResolved(): number[] {
    const out = this.resolved;
    this.resolved = [];
    return out;
  }

  get state(): GameState {
    return this.held;
  }

  get record(): GameRecord {
    return { scenario: { id: this.held.scenarioId }, seed: -1, controllers: this.held.controllers, actions: [] } as unknown as GameRecord;
  }

  get history(): readonly TurnPoint[] {
    return this.connection.points;
  }

  get isOver(): boolean {
    return isTerminal(this.held);
  }

  get acting(): PowerId | null {
    const phase = this.held.phase;
    return phase.kind === 'acting' ? phase.power : null;
  }

  get humanActing(): PowerId | null {
    return this.acting === this.seat ? this.seat : null;
  }

  /** Who is acting, named as the class has it: this team, another team (by its name), or the computer. */
  actingLine(): string | null {
    const acting = this.acting;
    if (!acting) return null;
    const power = powerName(acting);
    if (acting === this.seat) return t('classroom.team.acting.you', { power });
    const seat = this.connection.classInfo?.seats.find((s) => s.power === acting);
    if (seat?.mode === 'team') return seat.name ? t('classroom.team.acting.named', { power, team: seat.name }) : t('classroom.team.acting.team', { power });
    return t('classroom.team.acting.computer', { power });
  }

  get viewer(): PowerId {
    return this.seat;
  }

  dateOf = (turn: number): string => dateOfTurn(this.held, turn);

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Checks the action against the seat's view (the engine's rule on the Board: a refusal
   * shows at once), then sends it; `later` resolves with the server's answer, a refusal
   * carrying its message.
   */
  act(action: unknown): Result<ActOutcome, ControllerError> {
    const human = this.humanActing;
    if (!human) return err({ code: 'ERR_NOT_HUMAN_TURN', message: this.isOver ? t('classroom.error.classOver') : t('classroom.error.notYourTurn', { power: this.acting ? powerName(this.acting) : '' }) });
    const parsed = parseAction(action);
    if (!parsed.ok) return parsed;
    if (parsed.value.power !== human) return err({ code: 'ERR_NOT_YOUR_TURN', message: t('classroom.error.thisDevicePlays', { power: powerName(human) }) });
    const blocked = whyNot(this.held, parsed.value);
    if (blocked) return err(blocked);
    this.inFlight++;
    const later = this.connection.act(parsed.value).then((reply): Result<ActOutcome, ControllerError> => {
      this.inFlight--;
      if (!reply.ok) return err({ code: reply.error.code as ControllerError['code'], message: this.words(reply.error) });
      return ok({ resolvedTurns: this.takeResolved(), aiActions: 0, saveError: null });
    });
    return ok({ resolvedTurns: [], aiActions: 0, saveError: null, later });
  }

  get atTurnStart(): boolean {
    const s = this.held;
    return s.phase.kind === 'acting' && s.phase.power === s.turnOrder[0] && s.phaseActions === 0;
  }

  get waitingForTeacher(): boolean {
    return false;
  }

  injectBlocked(): ActionError | null {
    return { code: 'ERR_NOT_TEACHER', message: t('classroom.error.notTeacher') } as unknown as ActionError;
  }

  inject(): Result<ActOutcome, ActionError> {
    return err(this.injectBlocked()!);
  }

  resume(): Result<ActOutcome, ControllerError> {
    return err({ code: 'ERR_NOT_WAITING', message: t('classroom.error.teacherStarts') });
  }

  persist(): SaveError | null {
    return null;
  }

  summary(): SaveSummary {
    const s = this.held;
    const turn = Math.min(s.turn, s.lastTurn);
    return { scenarioId: s.scenarioId, scenarioTitle: this.scenario.title, seed: -1, turn, lastTurn: s.lastTurn, date: dateOfTurn(s, turn), over: isTerminal(s), savedAt: Date.now() };
  }

  saveToSlot(): Result<SlotInfo, SaveError> {
    return err({ code: 'ERR_SAVE_NETWORK', message: t('classroom.error.noSaving') } as unknown as SaveError);
  }

  availability(power: PowerId = this.seat): Availability[] {
    return availability(this.held, power);
  }

  pendingChoices(): PendingChoice[] {
    const power = this.humanActing;
    if (!power) return [];
    const out: PendingChoice[] = [];
    for (const p of this.held.pendingEvents) {
      const event = this.held.defs.events.find((e) => e.id === p.eventId);
      if (p.chooser === power && event) out.push({ power, event });
    }
    return out;
  }

  advice(): Advice | null {
    const power = this.humanActing;
    const view = this.connection.view;
    if (!power || !view) return null;
    const legal = legalActions(this.held, power);
    if (legal.length === 0) return null;
    return power === 'japan' ? advise(view, legal) : advisePower(view, legal);
  }

  preview(proposal: Proposal): ProposalPreview {
    const state = this.held;
    const support = japaneseSupport(proposal);
    return {
      weighing: estimateProposal(state, proposal),
      flip: mostLikelyChange(state, proposal),
      support,
      supportTotal: support.reduce((t, r) => t + r.value, 0),
      approval: state.powers.japan.approval,
      ratifyLine: RATIFY_LINE,
      ratifies: japanCanRatify(state, proposal),
      blocked: whyNot(state, { type: 'propose', power: 'japan', proposal }),
    };
  }

  /** Russia's seat only: its view carries the Kremlin's margin (the others' do not). */
  kremlinWeighing(proposal: Proposal): Weighing {
    return weighProposal(this.held, proposal);
  }

  report(turn: number, viewer: PowerId = this.seat): TurnReport {
    return turnReport(this.held, turn, this.connection.points, viewer);
  }

  outcome(): Outcome {
    return outcome(this.held);
  }

  /** The teams' scores need the campaign's first state (the seed): the debrief shows them. */
  powerScores(): PowerOutcome[] {
    return [];
  }

  mapSnapshot(selected: IslandId | null, draft: Proposal | null = null): MapSnapshot {
    return mapSnapshot(this.held, this.seat, selected, this.dateOf, draft);
  }
}
