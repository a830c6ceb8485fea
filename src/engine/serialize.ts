// Serialising and hashing states. The hash covers every rule-relevant field and leaves out
// the static scenario catalogue and the news log, which are fixed by the scenario and by
// the actions. It hashes the state's JSON text: the engine builds every record with its
// keys in one fixed order (shapes.ts, createGame) and JSON keeps that order through a save
// and a restore, so equal states give equal text on every engine; sorting keys on every
// hash cost more than the rest of a campaign's bookkeeping.
import { copyIslands, copyPowers, copyTally, copyTracks, copyTreaty, copyWorld } from './shapes';
import type { GameState, Result, ScenarioDefs, StateFileError } from './types';
import { ISLANDS, POWERS, TENSION_PAIRS, TREATY_STAGES, err, ok } from './types';

export const SAVE_FORMAT = 'north-asia-state';
/** Version 2: the state of the rules of issue 7 (tracks, the Kremlin's margin, keyed dice). */
export const SAVE_VERSION = 2;

export function serialize(state: GameState): string {
  return JSON.stringify({ format: SAVE_FORMAT, version: SAVE_VERSION, state });
}

export function deserialize(text: string): Result<GameState, StateFileError> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return err({ code: 'ERR_NOT_JSON', message: `saved state is not valid JSON (${(e as Error).message})` });
  }
  const doc = parsed as { format?: unknown; version?: unknown; state?: Partial<GameState> };
  if (typeof doc !== 'object' || doc === null || doc.format !== SAVE_FORMAT) {
    return err({ code: 'ERR_FOREIGN_SAVE', message: `not a saved North Asia state (format ${JSON.stringify(doc?.format)})` });
  }
  if (doc.version !== SAVE_VERSION) return err({ code: 'ERR_SAVE_VERSION', message: `saved state version ${String(doc.version)} is not supported (expected ${SAVE_VERSION})` });
  const problem = stateProblem(doc.state);
  if (problem) return err({ code: 'ERR_SAVE_CORRUPT', message: `saved state is damaged: ${problem}` });
  const s = doc.state as GameState;
  // Rebuild the records in their canonical shapes (see shapes.ts) so restored states run as fast.
  const state: GameState = {
    ...s,
    powers: copyPowers(s.powers),
    islands: copyIslands(s.islands),
    treaty: copyTreaty(s.treaty),
    world: copyWorld(s.world),
    tally: copyTally(s.tally),
    tracks: copyTracks(s.tracks),
    defs: Object.freeze(s.defs) as ScenarioDefs,
  };
  return ok(state);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The first structural problem of a restored state, as "state.path: what", or null. */
function stateProblem(s: unknown): string | null {
  if (!isObject(s)) return 'state: missing';
  const numbers = (obj: unknown, path: string, keys: readonly string[]): string | null => {
    if (!isObject(obj)) return `${path}: missing`;
    for (const k of keys) if (!isNumber(obj[k])) return `${path}.${k}: not a number`;
    return null;
  };
  for (const key of ['scenarioId', 'scenarioVersion'] as const) if (typeof s[key] !== 'string') return `state.${key}: not a string`;
  const top = numbers(s, 'state', ['seed', 'turn', 'lastTurn', 'startYear', 'startQuarter', 'phaseActions', 'alignmentStart', 'actionDigest']);
  if (top) return top;
  if (!isObject(s.phase) || (s.phase.kind !== 'over' && !(s.phase.kind === 'acting' && POWERS.includes(s.phase.power as never)))) return 'state.phase: not a valid phase';
  if (!Array.isArray(s.turnOrder) || s.turnOrder.length !== POWERS.length) return 'state.turnOrder: not the four powers';
  for (const power of POWERS) {
    const bad = numbers((s.powers as Record<string, unknown> | undefined)?.[power], `state.powers.${power}`, ['gdp', 'growth', 'military', 'budget', 'budgetPerTurn', 'capital', 'capitalPerTurn', 'approval']);
    if (bad) return bad;
    const row = (s.opinions as Record<string, unknown> | undefined)?.[power];
    if (!isObject(row)) return `state.opinions.${power}: missing`;
    for (const [to, opinion] of Object.entries(row)) {
      if (!isObject(opinion) || !isNumber(opinion.base) || !Array.isArray(opinion.modifiers)) return `state.opinions.${power}.${to}: not an opinion`;
    }
  }
  for (const island of ISLANDS) {
    const bad = numbers((s.islands as Record<string, unknown> | undefined)?.[island], `state.islands.${island}`, ['militarisation']);
    if (bad) return bad;
  }
  const world = numbers(s.world, 'state.world', ['sanctions', 'usStance', 'missileDefence', 'strategicTies', 'farEastUnease', 'nationalism', 'chinaAlarm', 'constitution']);
  if (world) return world;
  const w = s.world as Record<string, unknown>;
  const tension = numbers(w.tension, 'state.world.tension', TENSION_PAIRS);
  if (tension) return tension;
  const trade = numbers(w.trade, 'state.world.trade', ['chinaRussia', 'japanRussia']);
  if (trade) return trade;
  if (!isObject(s.treaty) || !TREATY_STAGES.includes(s.treaty.stage as never)) return 'state.treaty.stage: not a treaty stage';
  const tally = numbers(s.tally, 'state.tally', ['chinaCounterOffers', 'japanWedgeMoves', 'proposalsMade', 'usMissileDefenceMoves', 'investmentDelivered', 'investmentSpent', 'pressureSum']);
  if (tally) return tally;
  const rng = numbers(s.rng, 'state.rng', ['x', 'y', 'z', 'w']);
  if (rng) return rng;
  const kremlin = numbers(s.kremlin, 'state.kremlin', ['reserve', 'estimateError']) ?? numbers(s.kremlinEstimate, 'state.kremlinEstimate', ['centre', 'spread']);
  if (kremlin) return kremlin;
  const tracks = numbers(s.tracks, 'state.tracks', ['dialogue', 'contacts']);
  if (tracks) return tracks;
  const t = s.tracks as Record<string, unknown>;
  if (typeof t.visits !== 'string') return 'state.tracks.visits: not a string';
  const joint = numbers(t.jointActivity, 'state.tracks.jointActivity', ['progress']);
  if (joint) return joint;
  if (typeof (t.jointActivity as Record<string, unknown>).stage !== 'string') return 'state.tracks.jointActivity.stage: not a string';
  for (const key of ['injected'] as const) if (!Array.isArray(s[key])) return `state.${key}: not a list`;
  if (!isObject(s.lastTaken) || !isObject(s.eventTurns)) return 'state.lastTaken or state.eventTurns: missing';
  for (const key of ['projects', 'pendingEvents', 'firedEvents', 'log'] as const) if (!Array.isArray(s[key])) return `state.${key}: not a list`;
  if (!isObject(s.usedThisTurn) || !isObject(s.controllers)) return 'state.usedThisTurn or state.controllers: missing';
  const defs = s.defs;
  if (!isObject(defs) || !Array.isArray(defs.events) || !Array.isArray(defs.projects) || !isObject(defs.islands) || !isObject(defs.baseline) || !isObject(defs.tensionBaseline)) {
    return 'state.defs: not a scenario catalogue';
  }
  return null;
}

/** Two FNV-1a passes with different offsets: a 64-bit hex digest of the rule state. */
export function stateHash(state: GameState): string {
  const text = JSON.stringify(ruleState(state));
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** A state's fields in the order the engine writes them (createGame, draftOf). */
const STATE_KEYS: readonly string[] = [
  'scenarioId', 'scenarioVersion', 'seed', 'controllers', 'turn', 'lastTurn', 'startYear', 'startQuarter', 'turnOrder', 'phase', 'phaseActions',
  'usedThisTurn', 'powers', 'opinions', 'islands', 'treaty', 'world', 'projects', 'tracks', 'kremlin', 'kremlinEstimate', 'teacher', 'injected',
  'lastTaken', 'pendingEvents', 'firedEvents', 'eventTurns', 'alignmentStart', 'actionDigest', 'tally', 'log', 'rng', 'defs',
];

/**
 * What the hash covers: the state without `defs` and `log`, its other fields in their own
 * order. A state with the engine's fields in the engine's order (all of them, in practice)
 * is copied field by field; any other is copied with an object rest. Both give the same
 * JSON text, but the rest makes a slow object (31 fields added by key) that JSON.stringify
 * walks slowly, and the hash is taken at the end of every campaign.
 */
function ruleState(state: GameState): object {
  const keys = Object.keys(state);
  let canonical = keys.length === STATE_KEYS.length;
  for (let i = 0; canonical && i < keys.length; i++) canonical = keys[i] === STATE_KEYS[i];
  if (!canonical) {
    const { defs: _defs, log: _log, ...rest } = state;
    return rest;
  }
  const s = state;
  return {
    scenarioId: s.scenarioId,
    scenarioVersion: s.scenarioVersion,
    seed: s.seed,
    controllers: s.controllers,
    turn: s.turn,
    lastTurn: s.lastTurn,
    startYear: s.startYear,
    startQuarter: s.startQuarter,
    turnOrder: s.turnOrder,
    phase: s.phase,
    phaseActions: s.phaseActions,
    usedThisTurn: s.usedThisTurn,
    powers: s.powers,
    opinions: s.opinions,
    islands: s.islands,
    treaty: s.treaty,
    world: s.world,
    projects: s.projects,
    tracks: s.tracks,
    kremlin: s.kremlin,
    kremlinEstimate: s.kremlinEstimate,
    teacher: s.teacher,
    injected: s.injected,
    lastTaken: s.lastTaken,
    pendingEvents: s.pendingEvents,
    firedEvents: s.firedEvents,
    eventTurns: s.eventTurns,
    alignmentStart: s.alignmentStart,
    actionDigest: s.actionDigest,
    tally: s.tally,
    rng: s.rng,
  };
}
