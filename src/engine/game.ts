// The engine contract: create a game, list a power's legal actions, apply an action
// (a new state or an error value; the input is never changed), resolve turns, and test
// for the end. Everything the UI, the AI, the CLI and the tests do goes through here.
import { RULES, RULE_TYPES_BY_POWER, onceKey, type Cost } from './actions';
import type { Rule } from './rule';
import { projectInstalment } from './actions';
import { applyEffect } from './effects';
import { spend, shiftApproval, shiftWorld } from './shifts';
import { clamp100, round2 } from './math';
import { copyIslands, copyOpinions, copyPowers, copyTally, copyTracks, copyTreaty, copyWorld, withEntry } from './shapes';
import { alignmentValue, pressureOnJapanValue } from './measures';
import { fireEvents } from './events';
import { catalogue } from './catalogue';
import { decayModifiers } from './opinions';
import { driftKremlin, initialKremlin, refreshEstimate } from './kremlin';
import { CABINET_FALLS_BELOW, carryOutTransfers, resolveTreaty, treatySetback } from './treaty';
import { addContacts } from './rules-tracks';
import { diceAt, makeRngState, type Dice } from './rng';
import { addNews, emptyNews, keepsNews } from './news';
import type { Scenario } from './scenario';
import type { Action, ActionError, ActionType, Board, Controllers, GameState, LogEntry, NewGameError, PowerId, Reason, Result, ScenarioDefs } from './types';
import { ISLANDS, POWERS, TENSION_PAIRS, err, ok } from './types';
import { parseAction } from './validate';

/** Any action's rule, called with actions of its own type only. */
type AnyRule = Rule<ActionType> & {
  cost: (s: Board, a: Action) => Cost;
  check: (s: Board, a: Action) => ActionError | null;
  apply: (d: GameState, a: Action, dice: Dice) => string;
  candidates: (s: Board, p: PowerId) => Action[];
};

/**
 * Each power's action types with their rules, in the stable order of RULES. Records, not
 * [type, rule] pairs: legalActions walks these on every AI step, and destructuring a pair
 * in its loop went through the iterator protocol, a good share of the listing's garbage.
 */
interface TypedRule {
  readonly type: ActionType;
  readonly rule: AnyRule;
}
const rulesOf = (power: PowerId): readonly TypedRule[] => RULE_TYPES_BY_POWER[power].map((type) => ({ type, rule: RULES[type] as AnyRule }));
const RULES_BY_POWER: Record<PowerId, readonly TypedRule[]> = {
  japan: rulesOf('japan'),
  russia: rulesOf('russia'),
  china: rulesOf('china'),
  usa: rulesOf('usa'),
};

/** A power may take at most this many actions in one phase, so every turn ends. */
export const MAX_ACTIONS_PER_PHASE = 10;
export const BUDGET_CAP = 12;

export interface NewGame {
  scenario: Scenario;
  seed: number;
  controllers?: Partial<Controllers>;
  /** A shorter campaign than the scenario's (a teacher's turn limit); at most its turns. */
  turns?: number;
  /** A teacher runs the game and may trigger the scenario's events (a classroom). */
  teacher?: boolean;
  /**
   * Keep the news log (default true). A batch of campaigns that never reads it starts its
   * games without: their `log` then stays empty, and nothing else changes (see news.ts).
   */
  news?: boolean;
}

/**
 * Why a game cannot be set up this way, or the setup itself: a seed that is a safe whole
 * number, a turn limit within the scenario's length and, when `needsHuman`, at least one
 * seat played by a person. `createGame` throws on what this refuses.
 */
export function checkNewGame(game: NewGame, needsHuman = false): Result<NewGame, NewGameError> {
  const { scenario, seed, turns, controllers } = game;
  if (!Number.isSafeInteger(seed)) return err({ code: 'ERR_BAD_SEED', message: `the seed must be a whole number, got ${seed}` });
  if (turns !== undefined && !(Number.isInteger(turns) && turns >= 1 && turns <= scenario.turns)) {
    return err({ code: 'ERR_BAD_TURNS', message: `the campaign length must be from 1 to ${scenario.turns} turns` });
  }
  if (needsHuman && !POWERS.some((p) => controllers?.[p] === 'human')) return err({ code: 'ERR_NO_HUMAN', message: 'at least one power must be played by a person' });
  return ok(game);
}

export function createGame(game: NewGame): GameState {
  const checked = checkNewGame(game);
  if (!checked.ok) throw new RangeError(checked.error.message);
  const { scenario, seed, controllers, turns, teacher, news } = game;
  const defs = defsOf(scenario);
  const powers = {} as GameState['powers'];
  for (const id of POWERS) {
    const p = scenario.powers[id];
    powers[id] = {
      gdp: p.gdp,
      growth: p.growth,
      military: p.military,
      budget: p.budget,
      budgetPerTurn: p.budgetPerTurn,
      capital: p.capitalPerTurn,
      capitalPerTurn: p.capitalPerTurn,
      approval: p.approval,
      interests: { ...p.interests },
    };
  }
  const islands = {} as GameState['islands'];
  for (const id of ISLANDS) {
    const i = scenario.islands[id];
    islands[id] = { administeredBy: 'russia', heldAs: 'none', access: i.access, militarisation: i.militarisation, transferDueTurn: null };
  }
  const state: GameState = {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed,
    controllers: { ...scenario.defaultControllers, ...controllers },
    turn: 1,
    lastTurn: turns ?? scenario.turns,
    startYear: scenario.start.year,
    startQuarter: scenario.start.quarter,
    turnOrder: [...scenario.turnOrder],
    phase: { kind: 'acting', power: scenario.turnOrder[0]! },
    phaseActions: 0,
    usedThisTurn: {},
    powers: copyPowers(powers),
    opinions: copyOpinions(scenario.opinions),
    islands: copyIslands(islands),
    treaty: copyTreaty({
      stage: scenario.treaty.stage,
      progress: scenario.treaty.progress,
      pending: null,
      agreed: null,
      lastAnswer: null,
      stalledTurns: 0,
      suspendedUntil: null,
      frameworkTurn: scenario.treaty.stage === 'framework' ? 1 : null,
      escrow: 0,
      implementation: 0,
    }),
    world: copyWorld(scenario.world),
    projects: [],
    tracks: copyTracks(scenario.tracks),
    kremlin: { reserve: 0, estimateError: 0 },
    kremlinEstimate: { centre: 0, spread: 0 },
    teacher: teacher === true,
    injected: [],
    lastTaken: {},
    pendingEvents: [],
    firedEvents: [],
    eventTurns: {},
    alignmentStart: 0,
    actionDigest: 0,
    tally: copyTally({
      chinaCounterOffers: 0,
      japanWedgeMoves: 0,
      proposalsMade: 0,
      usMissileDefenceMoves: 0,
      investmentDelivered: 0,
      investmentSpent: 0,
      pressureSum: 0,
      talksSetbacks: 0,
      cabinetFalls: 0,
    }),
    log: emptyNews(news !== false),
    rng: makeRngState(`north-asia:${scenario.id}:${seed}`),
    defs,
  };
  state.alignmentStart = alignmentValue(state);
  const hidden = diceAt(state.rng, 0, 'world|kremlin');
  state.kremlin = initialKremlin(hidden);
  refreshEstimate(state, hidden);
  fireEvents(state, diceAt(state.rng, 1, 'world|events'));
  return state;
}

/**
 * The static catalogue of a scenario's games. Games of one scenario share it (it is never
 * written into), so the lookups built once per catalogue (catalogue.ts, the project
 * launches in actions.ts) are built once per scenario, not once per game. A scenario
 * object changed since its catalogue was made gets a new one.
 */
const defsByScenario = new WeakMap<Scenario, ScenarioDefs>();

function defsOf(scenario: Scenario): ScenarioDefs {
  const known = defsByScenario.get(scenario);
  if (known && defsFit(known, scenario)) return known;
  const defs: ScenarioDefs = Object.freeze({
    title: scenario.title,
    ...(scenario.translations ? { translations: scenario.translations } : {}),
    islands: scenario.islands,
    projects: scenario.projects,
    events: scenario.events,
    randomEventChance: scenario.randomEventChance,
    tensionBaseline: { ...scenario.world.tension },
    baseline: { japanMilitary: scenario.powers.japan.military, japanRussiaTrade: scenario.world.trade.japanRussia },
  });
  defsByScenario.set(scenario, defs);
  return defs;
}

/** Whether `defs` is what `defsOf` would make of the scenario now. */
function defsFit(defs: ScenarioDefs, scenario: Scenario): boolean {
  if (defs.title !== scenario.title || defs.translations !== scenario.translations || defs.islands !== scenario.islands || defs.projects !== scenario.projects || defs.events !== scenario.events) return false;
  if (defs.randomEventChance !== scenario.randomEventChance) return false;
  if (defs.baseline.japanMilitary !== scenario.powers.japan.military || defs.baseline.japanRussiaTrade !== scenario.world.trade.japanRussia) return false;
  const tension = scenario.world.tension;
  const keys = Object.keys(tension);
  const kept = Object.keys(defs.tensionBaseline);
  if (keys.length !== kept.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as keyof typeof tension;
    if (kept[i] !== key || defs.tensionBaseline[key] !== tension[key]) return false;
  }
  return true;
}

/**
 * Copy-on-write draft: the records that rules assign into are copied; the rest is shared.
 * Opinions and the once-a-turn lists are shared too: they are only ever replaced, never
 * written into (see addModifier and applyLegalAction). With `shareAll` nothing is copied,
 * for a step that writes into no record (passing the phase on).
 * Written field by field, in the order createGame uses, so that every state shares one
 * object shape: a spread (`{ ...state }`) gives each generation of states a new hidden
 * class in V8, and the engine's hot paths then slow to a crawl.
 */
function draftOf(state: GameState, shareAll = false): GameState {
  return {
    scenarioId: state.scenarioId,
    scenarioVersion: state.scenarioVersion,
    seed: state.seed,
    controllers: state.controllers,
    turn: state.turn,
    lastTurn: state.lastTurn,
    startYear: state.startYear,
    startQuarter: state.startQuarter,
    turnOrder: state.turnOrder,
    phase: state.phase,
    phaseActions: state.phaseActions,
    usedThisTurn: state.usedThisTurn,
    powers: shareAll ? state.powers : copyPowers(state.powers),
    opinions: state.opinions,
    islands: shareAll ? state.islands : copyIslands(state.islands),
    treaty: shareAll ? state.treaty : copyTreaty(state.treaty),
    world: shareAll ? state.world : copyWorld(state.world),
    projects: state.projects,
    tracks: shareAll ? state.tracks : copyTracks(state.tracks),
    kremlin: state.kremlin,
    kremlinEstimate: state.kremlinEstimate,
    teacher: state.teacher,
    injected: state.injected,
    lastTaken: state.lastTaken,
    pendingEvents: state.pendingEvents,
    firedEvents: state.firedEvents,
    eventTurns: state.eventTurns,
    alignmentStart: state.alignmentStart,
    actionDigest: state.actionDigest,
    tally: shareAll ? state.tally : copyTally(state.tally),
    log: state.log,
    rng: state.rng,
    defs: state.defs,
  };
}

export function currentPower(state: Board): PowerId | null {
  return state.phase.kind === 'acting' ? state.phase.power : null;
}

export function isTerminal(state: Board): boolean {
  return state.phase.kind === 'over';
}

/** Why an action is not allowed now, or null when it is. Checks turn, forced answers, limits, costs and the rule's own test. */
export function whyNot(state: Board, action: Action): ActionError | null {
  if (state.phase.kind === 'over') return { code: 'ERR_GAME_OVER', message: 'the game is over' };
  if (action.type === 'injectEvent') return injectBlocked(state, action.eventId);
  if (action.power !== state.phase.power) {
    return { code: 'ERR_NOT_YOUR_TURN', message: `it is ${state.phase.power}'s turn, not ${action.power}'s` };
  }
  const rule = RULES[action.type] as AnyRule;
  if (!rule.powers.includes(action.power)) {
    return { code: 'ERR_WRONG_POWER', message: `${action.power} cannot take the action "${action.type}"` };
  }
  const forced = forcedChoice(state, action.power);
  if (forced && action.type !== forced) {
    return forced === 'answerEvent'
      ? { code: 'ERR_EVENT_PENDING', message: `${action.power} must first answer the events awaiting it` }
      : { code: 'ERR_PROPOSAL_PENDING', message: "Russia must first answer Japan's proposal" };
  }
  if (phaseFull(state, action, forced)) {
    return { code: 'ERR_PHASE_LIMIT', message: `${action.power} has taken the most actions allowed in one turn` };
  }
  return candidateBlocked(state, action, rule, state.usedThisTurn[action.power]);
}

const phaseFull = (state: Board, action: Action, forced: string | null) =>
  action.type !== 'endTurn' && !forced && state.phaseActions >= MAX_ACTIONS_PER_PHASE;

/**
 * The checks that depend on the action itself: once a turn, the rule's own test, the cost.
 * `rule` is the action's rule and `used` what its power has used this turn: callers have
 * them at hand, and legal-action listing asks this of every candidate on every AI step.
 * Without `explain`, a refusal of the once-a-turn or cost checks is the bare BLOCKED: the
 * listing only asks whether, and spelling out numbers in a message costs more than the
 * checks themselves.
 */
function candidateBlocked(state: Board, action: Action, rule: AnyRule, used: readonly string[] | undefined): ActionError | null;
function candidateBlocked(state: Board, action: Action, rule: AnyRule, used: readonly string[] | undefined, explain: false): ActionError | Blocked | null;
function candidateBlocked(state: Board, action: Action, rule: AnyRule, used: readonly string[] | undefined, explain = true): ActionError | Blocked | null {
  if (rule.oncePerTurn && used !== undefined && used.includes(onceKey(action))) {
    return explain ? { code: 'ERR_ONCE_PER_TURN', message: `"${rule.label}" can be done once a turn` } : BLOCKED;
  }
  const own = rule.check(state, action);
  if (own) return own;
  const cost = rule.cost(state, action);
  const p = state.powers[action.power];
  if (cost.capital > p.capital) return explain ? { code: 'ERR_NO_CAPITAL', message: `needs ${cost.capital} diplomatic capital, ${p.capital} left` } : BLOCKED;
  if (cost.budget > p.budget) return explain ? { code: 'ERR_NO_BUDGET', message: `needs ${cost.budget} bn of budget, ${p.budget} bn left` } : BLOCKED;
  if (cost.approval > 0 && p.approval - cost.approval < 20) {
    return explain ? { code: 'ERR_NO_APPROVAL', message: `would push approval below 20 (now ${p.approval})` } : BLOCKED;
  }
  return null;
}

/** A refusal not spelt out (see candidateBlocked); it never leaves the engine. */
interface Blocked {
  readonly blocked: true;
}
const BLOCKED: Blocked = Object.freeze({ blocked: true });

export function costOf(state: Board, action: Action): Cost {
  return (RULES[action.type] as AnyRule).cost(state, action);
}

/**
 * Why a teacher cannot trigger an event now, or null: only in a game with a teacher, only
 * at the start of a turn, each event at most once a turn and never while it awaits an answer.
 */
export function injectBlocked(state: Board, eventId: string): ActionError | null {
  if (state.phase.kind === 'over') return { code: 'ERR_GAME_OVER', message: 'the game is over' };
  if (!state.teacher) return { code: 'ERR_NO_TEACHER', message: 'only a teacher can trigger events, and this game was not set up with one' };
  if (state.phase.power !== state.turnOrder[0] || state.phaseActions > 0) {
    return { code: 'ERR_NOT_TURN_START', message: 'events can be triggered only at the start of a turn, before anyone acts' };
  }
  if (!state.defs.events.some((e) => e.id === eventId)) return { code: 'ERR_NO_SUCH_EVENT', message: `the scenario has no event "${eventId}"` };
  if (state.injected.includes(eventId)) return { code: 'ERR_ONCE_PER_TURN', message: `event "${eventId}" has already been triggered this turn` };
  if (state.pendingEvents.some((p) => p.eventId === eventId)) return { code: 'ERR_EVENT_PENDING', message: `event "${eventId}" is already awaiting an answer` };
  return null;
}

/** Answers that must come before anything else this phase. */
function forcedChoice(state: Board, power: PowerId): 'answerEvent' | 'answerProposal' | null {
  for (const p of state.pendingEvents) if (p.chooser === power) return 'answerEvent';
  if (power === 'russia' && state.treaty.pending?.from === 'japan') return 'answerProposal';
  return null;
}

/**
 * Every action the power may take now, in a stable order (the order of RULES, then of
 * candidates). Equivalent to filtering every candidate through `whyNot`, with the checks
 * that do not depend on the candidate made once.
 */
export function legalActions(state: Board, power: PowerId): Action[] {
  if (state.phase.kind === 'over' || state.phase.power !== power) return [];
  const out: Action[] = [];
  const forced = forcedChoice(state, power);
  const full = !forced && state.phaseActions >= MAX_ACTIONS_PER_PHASE;
  const used = state.usedThisTurn[power];
  for (const { type, rule } of RULES_BY_POWER[power]) {
    if (forced && type !== forced) continue;
    if (full && type !== 'endTurn') continue;
    if (rule.oncePerTurn && type !== 'summit' && used?.includes(type)) continue;
    // A type taken this turn was skipped whole just above; only a summit counts each partner
    // apart (see onceKey), so only its candidates are checked against the list one by one.
    const usedByCandidate = type === 'summit' ? used : undefined;
    // An index, not for-of: constant candidates come in frozen arrays, and V8 walks a frozen
    // array in a for-of through the generic iterator, allocating at every step.
    const candidates = rule.candidates(state, power);
    for (let i = 0; i < candidates.length; i++) {
      const action = candidates[i]!;
      if (candidateBlocked(state, action, rule, usedByCandidate, false) === null) out.push(action);
    }
  }
  return out;
}

export interface Availability {
  action: Action;
  label: string;
  group: string;
  cost: Cost;
  /** Null when the action is available; otherwise why not. */
  blocked: ActionError | null;
}

/** Every candidate action of the power with its cost and, when unavailable, the reason. For "why can't I?". */
export function availability(state: Board, power: PowerId): Availability[] {
  const out: Availability[] = [];
  for (const type of RULE_TYPES_BY_POWER[power]) {
    const rule = RULES[type];
    for (const action of (rule.candidates as (s: Board, p: PowerId) => Action[])(state, power)) {
      out.push({ action, label: rule.label, group: rule.group, cost: costOf(state, action), blocked: whyNot(state, action) });
    }
  }
  return out;
}

/**
 * Applies an action from anywhere. On success returns a new state; on failure an error value,
 * and the input state is untouched either way. The action is parsed first (`parseAction`):
 * the state keeps a fresh copy, never the caller's object. `reasons` (from an AI) are kept
 * in the news log.
 */
export function applyAction(state: GameState, action: unknown, reasons?: Reason[]): Result<GameState> {
  const parsed = parseAction(action);
  if (!parsed.ok) return parsed;
  const refusal = whyNot(state, parsed.value);
  if (refusal) return err(refusal);
  return ok(applyLegalAction(state, parsed.value, reasons));
}

/**
 * Applies an action a policy chose: typed by the code that made it, so its shape is not
 * parsed again, but its legality is checked (`whyNot`) as for any other action. The
 * simulator's loop and the AI's look-ahead use it; input from outside goes through
 * `applyAction`.
 */
export function applyChosen(state: GameState, action: Action, reasons?: Reason[]): Result<GameState> {
  const refusal = whyNot(state, action);
  if (refusal) return err(refusal);
  return ok(applyLegalAction(state, action, reasons));
}

/**
 * An action `checkAction` found legal in one state. Only the engine makes these (the class
 * is not exported, and its private member makes it nominal to the type checker), so
 * `applyChecked` applies one without asking `whyNot` again. The AI seat checks each step it
 * hands out, skipping planned ones no longer legal; the session then applies the step in
 * the same state, and the check is not made twice. The action must not be changed between
 * the two (the seat's actions never are).
 */
class Checked {
  // Type-only: a private member makes the class nominal; nothing is stored.
  private declare readonly brand: never;
  constructor(
    readonly state: GameState,
    readonly action: Action,
  ) {}
}

export type CheckedAction = Checked;

/** The action, checked legal in `state`, or null when `whyNot` would refuse it. */
export function checkAction(state: GameState, action: Action): CheckedAction | null {
  return whyNot(state, action) === null ? new Checked(state, action) : null;
}

/** Whether `checked` is the engine's check of this very action in this very state. */
export function checkedFor(checked: CheckedAction | null | undefined, state: GameState, action: Action): checked is CheckedAction {
  return checked instanceof Checked && checked.state === state && checked.action === action;
}

/** Applies an action `checkAction` found legal, in the state it was checked in. */
export function applyChecked(checked: CheckedAction, reasons?: Reason[]): GameState {
  return applyLegalAction(checked.state, checked.action, reasons);
}

/**
 * Applies an action already known to be legal in this state, with no check at all. Internal
 * to the engine (not exported from index.ts): outside it, `applyAction` and `applyChosen`.
 */
export function applyLegalAction(state: GameState, act: Action, reasons?: Reason[]): GameState {
  if (act.type === 'endTurn') return endTurn(state, act);
  const draft = draftOf(state);
  const identity = actionKey(act);
  draft.actionDigest = digestAction(state.actionDigest, identity);
  // Each action draws from dice keyed by turn, power and action, so the order of unrelated
  // actions never changes what either of them rolls.
  const dice = diceAt(state.rng, state.turn, act.power, identity);
  const rule = RULES[act.type] as AnyRule;
  const cost = rule.cost(state, act);
  if (cost.capital !== 0 || cost.budget !== 0 || cost.approval !== 0) spend(draft, act.power, cost);
  const key = onceKey(act);
  if (rule.oncePerTurn) draft.usedThisTurn = withEntry(draft.usedThisTurn, act.power, [...(draft.usedThisTurn[act.power] ?? []), key]);
  const text = rule.apply(draft, act, dice);
  // Recorded after the rule has run, so that a rule can ask when it was last taken (see freshness).
  if (act.type !== 'injectEvent' && act.type !== 'answerEvent' && draft.lastTaken[act.power]?.[key] !== state.turn) {
    draft.lastTaken = withEntry(draft.lastTaken, act.power, withEntry(draft.lastTaken[act.power], key, state.turn));
  }

  // Every action but the end of a turn goes into the log with the reasons given. A teacher's
  // inject is the world's news, not the move of the seat that happened to be acting.
  if (keepsNews(draft)) {
    const entry: LogEntry = { turn: state.turn, power: act.type === 'injectEvent' ? 'world' : act.power, text, action: act };
    if (reasons && reasons.length) entry.reasons = reasons;
    addNews(draft, entry);
  }

  // A teacher's inject is not the power's own move, so it leaves the turn's start open
  // for further injects and does not count toward the power's actions.
  if (act.type !== 'injectEvent') draft.phaseActions = state.phaseActions + 1;
  return draft;
}

/**
 * The end of a power's turn: it costs nothing, draws no dice, is not news and is taken any
 * number of times (RULES.endTurn says as much). It passes the phase to the next power,
 * writing into no record, so the new state shares all of them; after the last power the
 * turn is resolved on a draft of its own.
 */
function endTurn(state: GameState, act: Extract<Action, { type: 'endTurn' }>): GameState {
  const next = state.turnOrder[state.turnOrder.indexOf(act.power) + 1];
  const draft = draftOf(state, next !== undefined);
  draft.actionDigest = digestAction(state.actionDigest, actionKey(act));
  draft.phaseActions = 0;
  if (next !== undefined) draft.phase = { kind: 'acting', power: next };
  else resolveTurn(draft);
  return draft;
}

/** FNV-1a over the action's identifying text (its actionKey), chained onto the previous digest. */
function digestAction(previous: number, text: string): number {
  let h = previous ^ 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A string that tells actions apart: type, power and whatever parameter the type has. */
export function actionKey(a: Action): string {
  switch (a.type) {
    case 'propose':
      return `propose|${JSON.stringify(a.proposal)}`;
    case 'answerEvent':
      return `answerEvent|${a.power}|${a.eventId}|${a.optionId}`;
    case 'injectEvent':
      return `injectEvent|${a.eventId}`;
    case 'startProject':
      return `startProject|${a.projectId}`;
    case 'summit':
      return keyOf('summit', a.partner);
    case 'lobbySanctions':
    case 'setSanctions':
      return keyOf(a.type, a.direction);
    case 'answerProposal':
      return keyOf('answerProposal', a.answer);
    case 'militarise':
    case 'demilitarise':
      return keyOf(a.type, a.island);
    default:
      return keyOf(a.type, a.power);
  }
}

/**
 * `${type}|${detail}`, made once for each pair and kept: the keys of every action but a few
 * (proposals, events, projects) come from short fixed lists, and a key made afresh for every
 * action applied is a new string that the action's digest and dice must then flatten to read.
 */
const KEYS = new Map<string, Map<string, string>>();
function keyOf(type: string, detail: string): string {
  let byDetail = KEYS.get(type);
  if (!byDetail) KEYS.set(type, (byDetail = new Map()));
  let key = byDetail.get(detail);
  if (key === undefined) {
    // Only the fixed lists above reach here, so the table stays small.
    key = `${type}|${detail}`;
    byDetail.set(detail, key);
  }
  return key;
}

/** End-of-turn resolution, after every power has acted (mutates the draft). */
function resolveTurn(d: GameState): void {
  const dice = diceAt(d.rng, d.turn, 'world|resolve');
  const summitHeld = (d.usedThisTurn.japan ?? []).includes('summit:russia');
  progressProjects(d);
  resolveTreaty(d, summitHeld);
  carryOutTransfers(d);
  resolveTracks(d);

  // Economies, budgets and domestic drift.
  for (const id of POWERS) {
    const p = d.powers[id];
    const target = id === 'russia' ? RUSSIAN_APPROVAL_BASELINE : 55;
    p.gdp = round2(p.gdp * (1 + p.growth / 400));
    p.budget = round2(Math.min(BUDGET_CAP, p.budget + p.budgetPerTurn));
    p.capital = p.capitalPerTurn;
    p.approval = clamp100(p.approval + round2((target - p.approval) * 0.08));
  }
  // Crises cool when nothing feeds them: tension drifts a tenth of the way back each turn;
  // Beijing's alarm and its curbs fade, Russian nationalism settles toward its usual level,
  // Moscow's public commitments soften only slowly, and delivered investment fades from memory.
  const tension = d.world.tension;
  for (const pair of TENSION_PAIRS) {
    tension[pair] = clamp100(tension[pair] + round2((d.defs.tensionBaseline[pair] - tension[pair]) * 0.1));
  }
  d.world.chinaAlarm = clamp100(d.world.chinaAlarm - 4);
  d.world.chinaCurbs = clamp100(d.world.chinaCurbs - 5);
  d.world.hardLine = clamp100(d.world.hardLine - 1);
  d.world.nationalism = clamp100(d.world.nationalism + round2((75 - d.world.nationalism) * 0.05));
  d.world.investmentStock = round2(d.world.investmentStock * 0.9);
  decayModifiers(d);
  checkCabinet(d);
  driftKremlin(d, dice);
  d.tally.pressureSum = round2(d.tally.pressureSum + pressureOnJapanValue(d));

  d.turn += 1;
  d.usedThisTurn = {};
  d.injected = [];
  d.phaseActions = 0;
  if (d.turn > d.lastTurn) {
    d.phase = { kind: 'over' };
    worldNews(d, 'The campaign ends');
    return;
  }
  d.phase = { kind: 'acting', power: d.turnOrder[0]! };
  fireEvents(d, diceAt(d.rng, d.turn, 'world|events'));
}

/**
 * The world's news of the turn's resolution. A module function, not a closure made in
 * resolveTurn: under the runner's esbuild transform (keepNames) every named closure made
 * costs a call that renames it, which showed as 2% of a campaign.
 */
function worldNews(d: GameState, text: string): void {
  addNews(d, { turn: d.turn, power: 'world', text });
}

/** Where the Kremlin's standing settles when nothing moves it. */
export const RUSSIAN_APPROVAL_BASELINE = 68;

/** The standalone tracks' quarter: visits build contacts, contacts fade without use. */
function resolveTracks(d: GameState): void {
  addContacts(d, d.tracks.visits === 'running' ? -3 : -6);
  if (d.tracks.visits === 'running') shiftApproval(d, 'japan', 0.2);
  d.tracks.dialogue = clamp100(d.tracks.dialogue - 3);
}

/**
 * A cabinet whose approval falls too low is brought down: a new prime minister starts with
 * modest standing and re-examines what the old one agreed, so an unsigned draft falls back.
 */
function checkCabinet(d: GameState): void {
  if (d.powers.japan.approval >= CABINET_FALLS_BELOW) return;
  d.tally.cabinetFalls += 1;
  d.powers.japan.approval = 42;
  worldNews(d, 'The cabinet falls; a new prime minister takes office and reviews the talks with Moscow');
  if (d.treaty.stage === 'draft' || d.treaty.stage === 'framework') treatySetback(d, 'The new cabinet reviews its predecessor’s commitments');
}

function progressProjects(d: GameState): void {
  d.projects = d.projects.map((project) => {
    if (project.delivered || project.startedTurn === d.turn) return project;
    const def = catalogue(d.defs).projects.get(project.id)!;
    const instalment = projectInstalment(def.costPerTurn, project.round);
    if (project.paid < def.turns) {
      if (d.powers.japan.budget < instalment) {
        worldNews(d, `"${def.name}" stalls for lack of funds`);
        return project;
      }
      d.powers.japan.budget = round2(d.powers.japan.budget - instalment);
      d.tally.investmentSpent = round2(d.tally.investmentSpent + instalment);
      if (project.paid + 1 < def.turns) return { ...project, paid: project.paid + 1 };
    }
    // A second or third run of a project does less than the first: the easy gains are taken.
    const yieldFactor = 1 / project.round;
    const leverage = 0.5 + d.world.sanctions / 100;
    d.world.trade.japanRussia = round2(d.world.trade.japanRussia + def.tradeGain * yieldFactor);
    shiftWorld(d, 'strategicTies', -def.tiesCut * yieldFactor);
    applyEffect(
      d,
      { kind: 'opinion', from: 'russia', to: 'japan', value: round2(def.goodwill * leverage * yieldFactor), decay: 0.25, label: `delivered: ${def.name}` },
      `delivered:${def.id}`,
    );
    const delivered = round2(instalment * def.turns);
    d.tally.investmentDelivered = round2(d.tally.investmentDelivered + delivered);
    d.world.investmentStock = round2(d.world.investmentStock + delivered);
    shiftApproval(d, 'japan', 1);
    worldNews(d, `Japan delivers "${def.name}"`);
    return { ...project, paid: def.turns, delivered: true };
  });
}

/** "2017Q1" for a turn number. */
export function dateOfTurn(state: Pick<GameState, 'startYear' | 'startQuarter'>, turn: number): string {
  const quarterIndex = state.startQuarter - 1 + (turn - 1);
  return `${state.startYear + Math.floor(quarterIndex / 4)}Q${(quarterIndex % 4) + 1}`;
}
