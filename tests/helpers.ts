// Shared test helpers: a small state builder over createGame, a deep freeze (so that any
// write to an input state throws in strict-mode module code), a seeded chooser for random
// playouts and the invariants every reachable state must keep.
import {
  ACCESS_LEVELS,
  ISLANDS,
  MAX_ACTIONS_PER_PHASE,
  MAX_STALLED_TURNS,
  RESERVE_LIMIT,
  packageCost,
  POWERS,
  TENSION_PAIRS,
  WORLD_FIELDS,
  applyAction,
  createGame,
  legalActions,
  opinionOf,
  streamFor,
  type Action,
  type ActionError,
  type GameState,
  type PowerId,
  type Proposal,
  type Scenario,
} from '../src/engine';
import { builtinScenario } from '../src/data';

export const MAIN_SCENARIO = 'north-asia-2016';

export function scenario(id = MAIN_SCENARIO): Scenario {
  return builtinScenario(id);
}

/** The built-in scenario without events and random events: resolutions are then exactly predictable. */
export function quietScenario(id = MAIN_SCENARIO): Scenario {
  return { ...scenario(id), events: [], randomEventChance: 0 };
}

/** A deep, independent copy of a state; the static `defs` catalogue stays shared, as in the engine. */
function clone(state: GameState): GameState {
  const { defs, ...rest } = state;
  return { ...(structuredClone(rest) as Omit<GameState, 'defs'>), defs };
}

/** A copy of `state` changed by `change` (which may mutate the copy freely). */
export function edit(state: GameState, change: (draft: GameState) => void): GameState {
  const draft = clone(state);
  change(draft);
  return draft;
}

export interface Build {
  seed?: number;
  /** Start from this scenario (default: the quiet main scenario, no events). */
  scenario?: Scenario;
  /** Whose phase it is (default Japan's). */
  power?: PowerId;
  /** Drop the events awaiting an answer (default true). */
  clearEvents?: boolean;
  change?: (draft: GameState) => void;
}

/** A hand-built state: createGame, then fields set on a copy. */
export function build(options: Build = {}): GameState {
  const base = createGame({ scenario: options.scenario ?? quietScenario(), seed: options.seed ?? 1 });
  return edit(base, (d) => {
    if (options.clearEvents ?? true) d.pendingEvents = [];
    if (options.power) d.phase = { kind: 'acting', power: options.power };
    options.change?.(d);
  });
}

const frozen = new WeakSet<object>();

/**
 * Freezes a value and everything reachable from it. States share structure, so objects
 * already frozen by this helper are skipped (which keeps freezing a long game cheap).
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const obj = value as unknown as object;
  if (frozen.has(obj)) return value;
  frozen.add(obj);
  if (Array.isArray(obj)) for (const item of obj) deepFreeze(item);
  else for (const key of Reflect.ownKeys(obj)) deepFreeze((obj as Record<PropertyKey, unknown>)[key]);
  Object.freeze(obj);
  return value;
}

/**
 * deepFreeze for a state just returned by the engine whose predecessor was frozen: the
 * log only ever grows at its end, so its new entries are frozen and the walk stops at the
 * first entry already frozen (walking the whole log at every step would dominate long
 * playouts). Everything else is frozen in full.
 */
export function freezeState(state: GameState): GameState {
  if (frozen.has(state)) return state;
  const { log, ...rest } = state;
  for (const value of Object.values(rest)) deepFreeze(value);
  for (let i = log.length - 1; i >= 0 && !frozen.has(log[i]!); i--) deepFreeze(log[i]);
  frozen.add(log);
  Object.freeze(log);
  frozen.add(state);
  Object.freeze(state);
  return state;
}

/** Applies an action that must be legal, failing the test with the engine's reason otherwise. */
export function play(state: GameState, action: Action): GameState {
  const result = applyAction(state, action);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(action)} to be legal: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Applies an action that must be refused; returns the error. */
export function refuse(state: GameState, action: unknown): ActionError {
  const result = applyAction(state, action);
  if (result.ok) throw new Error(`expected ${JSON.stringify(action)} to be refused`);
  return result.error;
}

/** Ends phases (answering nothing) until the turn has been resolved. */
export function resolveTurn(state: GameState): GameState {
  const turn = state.turn;
  let s = state;
  while (s.turn === turn && s.phase.kind === 'acting') s = play(s, { type: 'endTurn', power: s.phase.power });
  return s;
}

/** Ends phases until it is `power`'s phase. */
export function phaseOf(state: GameState, power: PowerId): GameState {
  let s = state;
  for (let i = 0; i < 8 && s.phase.kind === 'acting' && s.phase.power !== power; i++) s = play(s, { type: 'endTurn', power: s.phase.power });
  if (s.phase.kind !== 'acting' || s.phase.power !== power) throw new Error(`could not reach ${power}'s phase`);
  return s;
}

/** A proposal built from the empty draft with the given transfers and other fields. */
export function proposal(fields: Partial<Omit<Proposal, 'transfers' | 'access'>> & { transfers?: Partial<Proposal['transfers']>; access?: Partial<Proposal['access']> } = {}): Proposal {
  return {
    transfers: { etorofu: 'none', kunashiri: 'none', shikotan: 'none', habomai: 'none', ...fields.transfers },
    access: { etorofu: 'none', kunashiri: 'none', shikotan: 'none', habomai: 'none', ...fields.access },
    schedule: fields.schedule ?? 'onSigning',
    demilitarise: fields.demilitarise ?? false,
    noUsForces: fields.noUsForces ?? false,
    economicPackage: fields.economicPackage ?? 0,
  };
}

/** A seeded choice among legal actions: the same label and step always pick the same index. */
export function pick<T>(items: readonly T[], label: string, step: number): T {
  return items[streamFor(`${label}:${step}`).int(items.length)]!;
}

/** Plays uniformly random legal actions (seeded by `label`) until the end; no checks. */
export function randomPlayout(state: GameState, label: string, startStep = 0, maxSteps = Infinity): { state: GameState; steps: number } {
  let s = state;
  let step = startStep;
  while (s.phase.kind === 'acting' && step - startStep < maxSteps) {
    const legal = legalActions(s, s.phase.power);
    s = play(s, pick(legal, label, step));
    step += 1;
  }
  return { state: s, steps: step - startStep };
}

/** Frozen objects already found to hold only finite numbers: they cannot change, so are not walked again. */
const allFiniteSeen = new WeakSet<object>();

function allFinite(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (!v || typeof v !== 'object' || allFiniteSeen.has(v)) return true;
  for (const k in v) if (!allFinite((v as Record<string, unknown>)[k])) return false;
  if (Object.isFrozen(v)) allFiniteSeen.add(v);
  return true;
}

const inRange = (x: unknown, lo: number, hi: number) => typeof x === 'number' && Number.isFinite(x) && x >= lo && x <= hi;

/**
 * Every invariant a reachable state must keep, as a list of violations (empty when all
 * hold). Each comes from a rule of the engine: clamps, costs checked before they are paid,
 * transfers scheduled only on signing, and so on.
 */
export function invariantViolations(s: GameState): string[] {
  const out: string[] = [];
  const bad = (what: string, value: unknown) => out.push(`${what} = ${JSON.stringify(value)}`);

  // Every number in the state is finite (the path is worked out only when one is not).
  for (const k in s) {
    if (k === 'defs' || k === 'log') continue;
    const v = (s as unknown as Record<string, unknown>)[k];
    if (!allFinite(v)) bad(`a number under state.${k} is not finite`, v);
  }

  // Turn and phase.
  if (s.phase.kind === 'acting') {
    if (!inRange(s.turn, 1, s.lastTurn)) bad('turn while acting', s.turn);
    if (!s.turnOrder.includes(s.phase.power)) bad('acting power', s.phase.power);
  } else if (s.turn !== s.lastTurn + 1) bad('turn after the end', s.turn);
  if (new Set(s.turnOrder).size !== POWERS.length) bad('turnOrder', s.turnOrder);
  if (!Number.isInteger(s.phaseActions) || s.phaseActions < 0) bad('phaseActions', s.phaseActions);
  for (const [power, used] of Object.entries(s.usedThisTurn)) {
    if (!POWERS.includes(power as PowerId)) bad('usedThisTurn power', power);
    if (new Set(used).size !== used!.length) bad(`usedThisTurn.${power} has repeats`, used);
  }

  // Powers: costs are checked before they are paid, and the clamps hold.
  for (const id of POWERS) {
    const p = s.powers[id];
    if (!(p.capital >= 0)) bad(`${id}.capital`, p.capital);
    if (!(p.budget >= 0)) bad(`${id}.budget`, p.budget);
    if (!inRange(p.approval, 0, 100)) bad(`${id}.approval`, p.approval);
    if (!(p.gdp > 0)) bad(`${id}.gdp`, p.gdp);
  }

  // Opinions: no power holds one of itself; every opinion is within [-100, 100].
  for (const from of POWERS) {
    if (s.opinions[from][from]) bad(`opinion of ${from} of itself`, s.opinions[from][from]);
    for (const to of POWERS) {
      if (from === to) continue;
      if (!inRange(opinionOf(s, from, to), -100, 100)) bad(`opinion ${from}>${to}`, opinionOf(s, from, to));
      const o = s.opinions[from][to];
      if (!o) continue;
      if (!inRange(o.base, -100, 100)) bad(`opinion ${from}>${to} base`, o.base);
      const ids = o.modifiers.map((m) => m.id);
      if (new Set(ids).size !== ids.length) bad(`opinion ${from}>${to} repeats a modifier id`, ids);
      for (const m of o.modifiers) {
        if (!(m.decay >= 0)) bad(`modifier ${m.id} decay`, m.decay);
      }
    }
  }

  // The world: every percentage within 0-100, trade never negative.
  for (const f of WORLD_FIELDS) if (!inRange(s.world[f], 0, 100)) bad(`world.${f}`, s.world[f]);
  for (const pair of TENSION_PAIRS) if (!inRange(s.world.tension[pair], 0, 100)) bad(`tension ${pair}`, s.world.tension[pair]);
  if (!(s.world.trade.chinaRussia >= 0)) bad('trade.chinaRussia', s.world.trade.chinaRussia);
  if (!(s.world.trade.japanRussia >= 0)) bad('trade.japanRussia', s.world.trade.japanRussia);

  // Islands: militarisation within 0-100; Japanese islands carry no garrison track of
  // Russia's, no pending transfer and no access arrangement; transfers exist only once signed.
  for (const id of ISLANDS) {
    const i = s.islands[id];
    if (!inRange(i.militarisation, 0, 100)) bad(`${id}.militarisation`, i.militarisation);
    if (!ACCESS_LEVELS.includes(i.access)) bad(`${id}.access`, i.access);
    if (i.administeredBy === 'japan') {
      if (i.transferDueTurn !== null) bad(`${id} is Japanese but has a transfer due`, i.transferDueTurn);
      if (i.access !== 'none') bad(`${id} is Japanese but has access`, i.access);
    } else if (i.transferDueTurn !== null) {
      if (s.treaty.stage !== 'signed') bad(`${id} has a transfer due without a signed treaty`, s.treaty.stage);
      if (s.treaty.agreed?.transfers[id] === 'none') bad(`${id} has a transfer due the treaty does not grant`, s.treaty.agreed);
    }
  }

  // Treaty: an agreed text exactly in draft or signed; nothing pending once agreed.
  const t = s.treaty;
  const agreedStage = t.stage === 'draft' || t.stage === 'signed';
  if (agreedStage !== (t.agreed !== null)) bad(`treaty.agreed at stage ${t.stage}`, t.agreed);
  if (agreedStage && t.pending) bad(`treaty.pending at stage ${t.stage}`, t.pending);
  // Progress stays within its documented 0-100; stalled ratification has its own counter.
  if (!inRange(t.progress, 0, 100)) bad(`treaty.progress at ${t.stage}`, t.progress);
  if (!Number.isInteger(t.stalledTurns) || t.stalledTurns < 0 || t.stalledTurns >= MAX_STALLED_TURNS) bad('treaty.stalledTurns', t.stalledTurns);
  if (t.stage !== 'draft' && t.stalledTurns !== 0) bad(`treaty.stalledTurns at ${t.stage}`, t.stalledTurns);
  // Escrow holds exactly the package on the table (Japan's draft or Russia's counter) or agreed, never more than it costs.
  const held = t.stage === 'draft' ? t.agreed : t.stage === 'signed' ? null : (t.pending?.proposal ?? null);
  if (!(t.escrow >= 0) || t.escrow > (held ? packageCost(held) : 0) + 1e-6) bad(`treaty.escrow at ${t.stage}`, { escrow: t.escrow, held });
  if (t.frameworkTurn !== null && t.frameworkTurn > s.turn) bad('treaty.frameworkTurn in the future', t.frameworkTurn);
  if (!inRange(t.implementation, 0, 100)) bad('treaty.implementation', t.implementation);
  if (!inRange(s.tracks.contacts, 0, 100) || !inRange(s.tracks.dialogue, 0, 100)) bad('tracks', s.tracks);
  // The Kremlin's margin stays within its limit, and Tokyo's estimate brackets it honestly.
  if (!inRange(s.kremlin.reserve, -RESERVE_LIMIT, RESERVE_LIMIT)) bad('kremlin.reserve', s.kremlin.reserve);
  const { centre, spread } = s.kremlinEstimate;
  if (Math.abs(centre - s.kremlin.reserve) > spread + 0.011) bad('kremlinEstimate does not bracket the true margin', { centre, spread, reserve: s.kremlin.reserve });
  // An island Japan holds is held as administration or sovereignty; one Russia holds is not held by Japan.
  for (const id of ISLANDS) {
    const i = s.islands[id];
    if ((i.administeredBy === 'japan') !== (i.heldAs !== 'none')) bad(`${id}.heldAs`, i);
  }

  // Projects: at most one run of a project under way at once, rounds counting up from 1,
  // paid between 1 and its turns, delivered only when fully paid.
  const running = s.projects.filter((p) => !p.delivered).map((p) => p.id);
  if (new Set(running).size !== running.length) bad('two runs of one project under way', running);
  for (const p of s.projects) {
    const earlier = s.projects.filter((q) => q.id === p.id && q.round < p.round).length;
    if (p.round !== earlier + 1) bad(`project ${p.id} round`, p.round);
    const def = s.defs.projects.find((d) => d.id === p.id);
    if (!def) {
      bad('unknown project', p.id);
      continue;
    }
    if (!Number.isInteger(p.paid) || p.paid < 1 || p.paid > def.turns) bad(`project ${p.id}.paid`, p.paid);
    if (p.delivered && p.paid !== def.turns) bad(`project ${p.id} delivered before it was paid`, p.paid);
    if (p.startedTurn > s.turn) bad(`project ${p.id} started in the future`, p.startedTurn);
  }
  // Delivered investment has all been spent first (the package counts on both sides).
  if (s.tally.investmentDelivered > s.tally.investmentSpent + 1e-6) bad('investment delivered > spent', s.tally);

  // Events: each pending one exists, has a chooser with options; fired ids are unique.
  for (const p of s.pendingEvents) {
    const def = s.defs.events.find((e) => e.id === p.eventId);
    if (!def || def.chooser !== p.chooser || def.options.length === 0) bad('pending event', p);
    if (!def || !s.firedEvents.includes(p.eventId)) bad('pending event never fired', p.eventId);
  }
  if (new Set(s.firedEvents).size !== s.firedEvents.length) bad('firedEvents repeat', s.firedEvents);

  // Past the phase limit only forced answers and endTurn remain.
  if (s.phase.kind === 'acting' && s.phaseActions >= MAX_ACTIONS_PER_PHASE) {
    const power = s.phase.power;
    const forced = s.pendingEvents.some((p) => p.chooser === power) || (power === 'russia' && s.treaty.pending?.from === 'japan');
    if (!forced) {
      const legal = legalActions(s, power);
      if (legal.length !== 1 || legal[0]!.type !== 'endTurn') bad('actions past the phase limit', legal.map((a) => a.type));
    }
  }
  return out;
}
