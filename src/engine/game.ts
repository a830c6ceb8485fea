// The engine contract: create a game, list a power's legal actions, apply an action
// (a new state or an error value; the input is never changed), resolve turns, and test
// for the end. Everything the UI, the AI, the CLI and the tests do goes through here.
import { RULES, RULE_TYPES_BY_POWER, onceKey, type Cost } from './actions';
import { applyEffect, spend, shiftApproval, shiftWorld } from './effects';
import { clamp100, round2 } from './math';
import { copyIslands, copyPowers, copyTally, copyTreaty, copyWorld } from './shapes';
import { alignment, pressureOnJapan } from './measures';
import { catalogue, fireEvents } from './events';
import { decayModifiers } from './opinions';
import { RATIFY_LINE, japaneseSupportTotal, proposalText, weighProposal } from './proposals';
import { Dice, makeRngState } from './rng';
import type { Scenario } from './scenario';
import type { Action, ActionError, Board, Controllers, GameState, IslandId, LogEntry, PowerId, Reason, Result, ScenarioDefs } from './types';
import { ISLANDS, POWERS, TENSION_PAIRS, err, ok } from './types';
import { checkActionShape } from './validate';

/** A power may take at most this many actions in one phase, so every turn ends. */
export const MAX_ACTIONS_PER_PHASE = 10;
export const BUDGET_CAP = 12;

export interface NewGame {
  scenario: Scenario;
  seed: number;
  controllers?: Partial<Controllers>;
  /** A shorter campaign than the scenario's (a teacher's turn limit); at most its turns. */
  turns?: number;
}

export function createGame({ scenario, seed, controllers, turns }: NewGame): GameState {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  if (turns !== undefined && !(Number.isInteger(turns) && turns >= 1 && turns <= scenario.turns)) {
    throw new RangeError(`turns must be a whole number from 1 to ${scenario.turns}, got ${turns}`);
  }
  const defs: ScenarioDefs = Object.freeze({
    title: scenario.title,
    islands: scenario.islands,
    projects: scenario.projects,
    events: scenario.events,
    randomEventChance: scenario.randomEventChance,
    tensionBaseline: { ...scenario.world.tension },
    baseline: { japanMilitary: scenario.powers.japan.military, japanRussiaTrade: scenario.world.trade.japanRussia },
  });
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
    islands[id] = { administeredBy: 'russia', access: i.access, militarisation: i.militarisation, transferDueTurn: null };
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
    opinions: JSON.parse(JSON.stringify(scenario.opinions)) as GameState['opinions'],
    islands: copyIslands(islands),
    treaty: copyTreaty({ stage: scenario.treaty.stage, progress: scenario.treaty.progress, pending: null, agreed: null, lastAnswer: null }),
    world: copyWorld(scenario.world),
    projects: [],
    pendingEvents: [],
    firedEvents: [],
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
    }),
    log: [],
    rng: makeRngState(`north-asia:${scenario.id}:${seed}`),
    defs,
  };
  state.alignmentStart = alignment(state).value;
  const dice = new Dice(state.rng);
  fireEvents(state, dice);
  state.rng = dice.save();
  return state;
}

/**
 * Copy-on-write draft: the records that rules assign into are copied; the rest is shared.
 * Written field by field, in the order createGame uses, so that every state shares one
 * object shape: a spread (`{ ...state }`) gives each generation of states a new hidden
 * class in V8, and the engine's hot paths then slow to a crawl.
 */
function draftOf(state: GameState): GameState {
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
    usedThisTurn: { ...state.usedThisTurn },
    powers: copyPowers(state.powers),
    opinions: { ...state.opinions },
    islands: copyIslands(state.islands),
    treaty: copyTreaty(state.treaty),
    world: copyWorld(state.world),
    projects: state.projects,
    pendingEvents: state.pendingEvents,
    firedEvents: state.firedEvents,
    alignmentStart: state.alignmentStart,
    actionDigest: state.actionDigest,
    tally: copyTally(state.tally),
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
  if (action.power !== state.phase.power) {
    return { code: 'ERR_NOT_YOUR_TURN', message: `it is ${state.phase.power}'s turn, not ${action.power}'s` };
  }
  const rule = RULES[action.type] as (typeof RULES)[Action['type']];
  if (!rule.powers.includes(action.power)) {
    return { code: 'ERR_WRONG_POWER', message: `${action.power} cannot take the action "${action.type}"` };
  }
  // A teacher's inject comes before the seat's own business, forced answers included.
  const forced = action.type === 'injectEvent' ? null : forcedChoice(state, action.power);
  if (forced && action.type !== forced) {
    return forced === 'answerEvent'
      ? { code: 'ERR_EVENT_PENDING', message: `${action.power} must first answer the events awaiting it` }
      : { code: 'ERR_PROPOSAL_PENDING', message: "Russia must first answer Japan's proposal" };
  }
  if (phaseFull(state, action, forced)) {
    return { code: 'ERR_PHASE_LIMIT', message: `${action.power} has taken the most actions allowed in one turn` };
  }
  return candidateBlocked(state, action);
}

const phaseFull = (state: Board, action: Action, forced: string | null) =>
  action.type !== 'endTurn' && !forced && state.phaseActions >= MAX_ACTIONS_PER_PHASE;

/** The checks that depend on the action itself: once a turn, the rule's own test, the cost. */
function candidateBlocked(state: Board, action: Action): ActionError | null {
  const rule = RULES[action.type] as (typeof RULES)[Action['type']];
  if (rule.oncePerTurn && (state.usedThisTurn[action.power] ?? []).includes(onceKey(action))) {
    return { code: 'ERR_ONCE_PER_TURN', message: `"${rule.label}" can be done once a turn` };
  }
  const own = (rule.check as (s: Board, a: Action) => ActionError | null)(state, action);
  if (own) return own;
  const cost = costOf(state, action);
  const p = state.powers[action.power];
  if (cost.capital > p.capital) return { code: 'ERR_NO_CAPITAL', message: `needs ${cost.capital} diplomatic capital, ${p.capital} left` };
  if (cost.budget > p.budget) return { code: 'ERR_NO_BUDGET', message: `needs ${cost.budget} bn of budget, ${p.budget} bn left` };
  if (cost.approval > 0 && p.approval - cost.approval < 20) {
    return { code: 'ERR_NO_APPROVAL', message: `would push approval below 20 (now ${p.approval})` };
  }
  return null;
}

export function costOf(state: Board, action: Action): Cost {
  return (RULES[action.type].cost as (s: Board, a: Action) => Cost)(state, action);
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
  for (const type of RULE_TYPES_BY_POWER[power]) {
    if (forced && type !== forced) continue;
    if (full && type !== 'endTurn') continue;
    const rule = RULES[type];
    if (rule.oncePerTurn && type !== 'summit' && used?.includes(type)) continue;
    for (const action of (rule.candidates as (s: Board, p: PowerId) => Action[])(state, power)) {
      if (candidateBlocked(state, action) === null) out.push(action);
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
 * Applies an action. On success returns a new state; on failure an error value, and the
 * input state is untouched either way. `reasons` (from an AI) are kept in the news log.
 */
export function applyAction(state: GameState, action: unknown, reasons?: Reason[]): Result<GameState> {
  const malformed = checkActionShape(action);
  if (malformed) return err(malformed);
  const refusal = whyNot(state, action as Action);
  if (refusal) return err(refusal);
  return ok(applyLegalAction(state, action as Action, reasons));
}

/**
 * Applies an action already known to be legal in this state (one just taken from
 * `legalActions(state, …)`), skipping the checks `applyAction` makes. The simulator uses it
 * in its hot loop; anything from outside goes through `applyAction`.
 */
export function applyLegalAction(state: GameState, act: Action, reasons?: Reason[]): GameState {
  const draft = draftOf(state);
  draft.actionDigest = digestAction(state.actionDigest, act);
  const dice = new Dice(state.rng);
  const cost = costOf(state, act);
  if (cost.capital !== 0 || cost.budget !== 0 || cost.approval !== 0) spend(draft, act.power, cost);
  const rule = RULES[act.type];
  if (rule.oncePerTurn) draft.usedThisTurn[act.power] = [...(draft.usedThisTurn[act.power] ?? []), onceKey(act)];

  const text = (rule.apply as (d: GameState, a: Action, dice: Dice) => string)(draft, act, dice);

  // Ending a turn is not news; everything else goes into the log with the reasons given.
  if (act.type !== 'endTurn') {
    // A teacher's inject is the world's news, not the move of the seat that happened to be acting.
    const entry: LogEntry = { turn: state.turn, power: act.type === 'injectEvent' ? 'world' : act.power, text, action: act };
    if (reasons && reasons.length) entry.reasons = reasons;
    draft.log = [...draft.log, entry];
  }

  if (act.type === 'endTurn') {
    draft.phaseActions = 0;
    const index = draft.turnOrder.indexOf(act.power);
    const next = draft.turnOrder[index + 1];
    if (next) draft.phase = { kind: 'acting', power: next };
    else resolveTurn(draft, dice);
  } else if (act.type !== 'injectEvent') {
    // A teacher's inject is not the power's own move, so it leaves the turn's start open
    // for further injects and does not count toward the power's actions.
    draft.phaseActions = state.phaseActions + 1;
  }
  draft.rng = dice.save();
  return draft;
}

/** FNV-1a over the action's identifying text, chained onto the previous digest. */
function digestAction(previous: number, action: Action): number {
  const text = actionKey(action);
  let h = previous ^ 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A string that tells actions apart: type, power and whatever parameter the type has. */
function actionKey(a: Action): string {
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
      return `summit|${a.partner}`;
    case 'lobbySanctions':
    case 'setSanctions':
      return `${a.type}|${a.direction}`;
    case 'answerProposal':
      return `answerProposal|${a.answer}`;
    case 'militarise':
    case 'demilitarise':
      return `${a.type}|${a.island}`;
    default:
      return `${a.type}|${a.power}`;
  }
}

const TRANSFER_DELAY = {
  onSigning: { small: 1, large: 1 },
  phased: { small: 1, large: 6 },
  deferred: { small: 8, large: 12 },
} as const;

/** End-of-turn resolution, after every power has acted (mutates the draft). */
function resolveTurn(d: GameState, dice: Dice): void {
  const world = (text: string) => {
    d.log = [...d.log, { turn: d.turn, power: 'world', text }];
  };
  progressProjects(d, world);
  resolveTreaty(d, world);
  carryOutTransfers(d, world);

  // Economies, budgets and domestic drift.
  for (const id of POWERS) {
    const p = d.powers[id];
    const drift = round2((55 - p.approval) * 0.08);
    p.gdp = round2(p.gdp * (1 + p.growth / 400));
    p.budget = round2(Math.min(BUDGET_CAP, p.budget + p.budgetPerTurn));
    p.capital = p.capitalPerTurn;
    p.approval = clamp100(p.approval + (id === 'russia' ? (80 - p.approval) * 0.08 : drift));
  }
  // Crises cool when nothing feeds them: tension drifts a tenth of the way back each turn;
  // Beijing's alarm fades and Russian nationalism settles toward its usual level.
  const tension = d.world.tension;
  for (const pair of TENSION_PAIRS) {
    tension[pair] = clamp100(tension[pair] + round2((d.defs.tensionBaseline[pair] - tension[pair]) * 0.1));
  }
  d.world.chinaAlarm = clamp100(d.world.chinaAlarm - 4);
  d.world.nationalism = clamp100(d.world.nationalism + round2((75 - d.world.nationalism) * 0.05));
  decayModifiers(d);
  Object.assign(d.tally, { pressureSum: round2(d.tally.pressureSum + pressureOnJapan(d).value) });

  d.turn += 1;
  d.usedThisTurn = {};
  d.phaseActions = 0;
  if (d.turn > d.lastTurn) {
    d.phase = { kind: 'over' };
    world('The campaign ends');
    return;
  }
  d.phase = { kind: 'acting', power: d.turnOrder[0]! };
  fireEvents(d, dice);
}

function progressProjects(d: GameState, world: (t: string) => void): void {
  d.projects = d.projects.map((project) => {
    if (project.delivered || project.startedTurn === d.turn) return project;
    const def = catalogue(d.defs).projects.get(project.id)!;
    if (project.paid < def.turns) {
      if (d.powers.japan.budget < def.costPerTurn) {
        world(`"${def.name}" stalls for lack of funds`);
        return project;
      }
      Object.assign(d.powers.japan, { budget: round2(d.powers.japan.budget - def.costPerTurn) });
      Object.assign(d.tally, { investmentSpent: round2(d.tally.investmentSpent + def.costPerTurn) });
      if (project.paid + 1 < def.turns) return { ...project, paid: project.paid + 1 };
    }
    const leverage = 0.5 + d.world.sanctions / 100;
    d.world.trade.japanRussia = round2(d.world.trade.japanRussia + def.tradeGain);
    shiftWorld(d, 'strategicTies', -def.tiesCut);
    applyEffect(
      d,
      { kind: 'opinion', from: 'russia', to: 'japan', value: round2(def.goodwill * leverage), decay: 0.15, label: `delivered: ${def.name}` },
      `delivered:${def.id}`,
    );
    Object.assign(d.tally, { investmentDelivered: round2(d.tally.investmentDelivered + def.costPerTurn * def.turns) });
    shiftApproval(d, 'japan', 1);
    world(`Japan delivers "${def.name}"`);
    return { ...project, paid: def.turns, delivered: true };
  });
}

function resolveTreaty(d: GameState, world: (t: string) => void): void {
  const t = d.treaty;
  if (t.pending?.from === 'russia' && t.pending.turn < d.turn) {
    Object.assign(d.treaty, { pending: null });
    world("Russia's counter-proposal lapses");
  }
  if (t.stage !== 'draft' || !t.agreed) return;
  const weighing = weighProposal(d, t.agreed);
  if (weighing.total < -15) {
    Object.assign(d.treaty, { stage: 'framework', progress: 0, agreed: null });
    world('Moscow backs away from the draft treaty');
    return;
  }
  if (d.treaty.progress < 100) {
    // Negotiators need time to turn an agreement into treaty text: two resolutions.
    // Past 100, progress counts the turns ratification has stalled (four and it dies).
    Object.assign(d.treaty, { progress: clamp100(d.treaty.progress + 50) });
    if (d.treaty.progress < 100) {
      world('Negotiators work on the text of the draft treaty');
      return;
    }
  }
  const japanReady = d.powers.japan.approval + japaneseSupportTotal(t.agreed) >= RATIFY_LINE;
  const russiaReady = d.powers.russia.approval >= 45;
  if (!japanReady || !russiaReady) {
    const stalls = d.treaty.progress + 25;
    if (stalls >= 200) {
      Object.assign(d.treaty, { stage: 'framework', progress: 0, agreed: null });
      world(`The draft treaty dies: ${!japanReady ? 'the Diet will not ratify it' : 'the Kremlin cannot sell it'}`);
      return;
    }
    Object.assign(d.treaty, { progress: stalls });
    world(`Ratification waits: ${!japanReady ? 'the Diet and the public balk at the terms' : 'the Kremlin cannot sell the deal'}`);
    return;
  }
  Object.assign(d.treaty, { stage: 'signed', progress: 100 });
  // The economic package is paid on signing, as far as the budget allows, and counts as investment.
  const packageCost = Math.min(d.powers.japan.budget, t.agreed.economicPackage * 2);
  if (packageCost > 0) {
    Object.assign(d.powers.japan, { budget: round2(d.powers.japan.budget - packageCost) });
    Object.assign(d.tally, { investmentSpent: round2(d.tally.investmentSpent + packageCost),
      investmentDelivered: round2(d.tally.investmentDelivered + packageCost), });
  }
  const islands = ISLANDS.filter((id) => t.agreed!.transfers[id] !== 'none');
  for (const id of ISLANDS) {
    const large = id === 'etorofu' || id === 'kunashiri';
    const island = d.islands[id];
    if (t.agreed.transfers[id] !== 'none') {
      const delay = TRANSFER_DELAY[t.agreed.schedule][large ? 'large' : 'small'];
      island.transferDueTurn = d.turn + delay;
    } else if (t.agreed.access[id] !== 'none') {
      island.access = t.agreed.access[id];
    }
  }
  // Two-level game: a partial deal pleases the majority that accepts less than four
  // islands and angers the quarter that insists on all four; Russians dislike any handover.
  shiftApproval(d, 'japan', round2(japaneseSupportTotal(t.agreed) / 3));
  shiftApproval(d, 'russia', -4 * islands.length);
  shiftWorld(d, 'nationalism', 5);
  world(`Japan and Russia sign a peace treaty: ${proposalText(t.agreed)}`);
}

function carryOutTransfers(d: GameState, world: (t: string) => void): void {
  for (const id of ISLANDS) {
    const island = d.islands[id];
    if (island.transferDueTurn === null || island.transferDueTurn > d.turn + 1) continue;
    const demilitarised = d.treaty.agreed?.demilitarise ?? false;
    island.administeredBy = 'japan';
    island.access = 'none';
    island.militarisation = demilitarised ? 0 : round2(island.militarisation / 2);
    island.transferDueTurn = null;
    world(`${islandLabel(id)} passes to Japanese administration`);
  }
}

const islandLabel = (id: IslandId) => id.charAt(0).toUpperCase() + id.slice(1);

/** "2017Q1" for a turn number. */
export function dateOfTurn(state: Pick<GameState, 'startYear' | 'startQuarter'>, turn: number): string {
  const quarterIndex = state.startQuarter - 1 + (turn - 1);
  return `${state.startYear + Math.floor(quarterIndex / 4)}Q${(quarterIndex % 4) + 1}`;
}
