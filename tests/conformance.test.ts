// The engine contract, checked over random legal playouts of every built-in scenario:
// no throws, a legal action until the end and none after, invariants after every action,
// inputs never mutated (every state is deep-frozen before it is played on), saves that
// round-trip, records that replay, and determinism by seed.
import { beforeAll, describe, expect, it } from 'vitest';
import { runCampaign } from '../src/app/batch/campaign';
import {
  POWERS,
  appendToRecord,
  applyAction,
  applyChosen,
  availability,
  createGame,
  currentPower,
  deserialize,
  isTerminal,
  legalActions,
  replayRecord,
  serialize,
  startRecord,
  stateHash,
  type GameRecord,
  type GameState,
} from '../src/engine';
import { BUILTIN_SCENARIO_IDS } from '../src/data';
import { freezeState, invariantViolations, pick, randomPlayout, scenario } from './helpers';

const seeds = (n: number) => Array.from({ length: n }, (_, i) => i * 7919 + 1);
/**
 * Thirty seeds for the base scenario and the classroom one; fifteen for the what-if
 * overlays, which play the same rules on changed data (this keeps the file near 10 s).
 */
const seedsFor = (id: string) => seeds(id === 'north-asia-2016' || id === 'classroom-short' ? 30 : 15);

type Category = 'throw' | 'mutation' | 'legal' | 'invariant' | 'availability' | 'fastPath' | 'roundTrip' | 'restore';

interface Run {
  seed: number;
  label: string;
  final: GameState;
  /** The game's record: built with appendToRecord for a few seeds, from the actions and turn hashes for the rest. */
  record: GameRecord;
  viaAppend: boolean;
  steps: number;
  /** Turn-end saves checked. */
  saves: number;
  /** Final hash of the game continued from a mid-game save (null if none was taken). */
  restoredHash: string | null;
  problems: Record<Category, string[]>;
}

const emptyProblems = (): Record<Category, string[]> => ({
  throw: [],
  mutation: [],
  legal: [],
  invariant: [],
  availability: [],
  fastPath: [],
  roundTrip: [],
  restore: [],
});

/**
 * One random legal playout with every check made along the way. appendToRecord hashes the
 * whole state after every action, so it is used for a few seeds only; the others keep
 * their own turn-end hashes, which replay then checks independently.
 */
function checkedPlayout(scenarioId: string, seed: number, viaAppend: boolean): Run {
  const label = `conformance:${scenarioId}:${seed}`;
  const problems = emptyProblems();
  let state = freezeState(createGame({ scenario: scenario(scenarioId), seed }));
  let record = startRecord(state);
  const actions: GameRecord['actions'] = [];
  const turnHashes: string[] = [];
  let step = 0;
  let saves = 0;
  const restoreTurn = Math.ceil(state.lastTurn / 2);
  let saved: { text: string; step: number } | null = null;
  const note = (category: Category, what: string) => {
    if (problems[category].length < 10) problems[category].push(`seed ${seed}, step ${step}, turn ${state.turn}: ${what}`);
  };
  for (const v of invariantViolations(state)) note('invariant', v);
  try {
    while (!isTerminal(state)) {
      const power = currentPower(state)!;
      const legal = legalActions(state, power);
      if (legal.length === 0) {
        note('legal', `no legal action for ${power}`);
        break;
      }
      for (const other of POWERS) if (other !== power && legalActions(state, other).length > 0) note('legal', `${other} has legal actions in ${power}'s phase`);
      if (step % 4 === 0) {
        const open = availability(state, power).filter((a) => a.blocked === null).map((a) => a.action);
        if (JSON.stringify(open) !== JSON.stringify(legal)) note('availability', `availability offers ${JSON.stringify(open)}, legalActions ${JSON.stringify(legal)}`);
      }
      const action = pick(legal, label, step);
      let result: ReturnType<typeof applyAction>;
      try {
        result = applyAction(state, action);
      } catch (e) {
        // The input is deep-frozen: a write to it throws a TypeError in module (strict) code.
        const message = (e as Error).message;
        note(/read.only|not extensible|Cannot (add|assign|delete|define)/i.test(message) ? 'mutation' : 'throw', `${JSON.stringify(action)}: ${message}`);
        break;
      }
      if (!result.ok) {
        note('legal', `legal action ${JSON.stringify(action)} refused: ${result.error.code}`);
        break;
      }
      const next = freezeState(result.value);
      if (step % 40 === 0) {
        const fast = applyChosen(state, action);
        if (!fast.ok || stateHash(fast.value) !== stateHash(next)) note('fastPath', `applyChosen differs on ${JSON.stringify(action)}`);
      }
      for (const v of invariantViolations(next)) note('invariant', `after ${JSON.stringify(action)}: ${v}`);
      if (viaAppend) record = appendToRecord(record, state, action, next);
      actions.push({ turn: state.turn, action });
      if (next.turn !== state.turn) {
        const hash = stateHash(next);
        turnHashes.push(hash);
        // A save at every third turn end and at the end must come back with the same hash.
        if (next.turn % 3 === 0 || isTerminal(next)) {
          const restored = deserialize(serialize(next));
          saves += 1;
          if (!restored.ok) note('roundTrip', `${restored.error.code}: ${restored.error.message}`);
          else if (stateHash(restored.value) !== hash) note('roundTrip', 'hash changes over serialize/deserialize');
        }
      }
      step += 1;
      if (!saved && next.turn === restoreTurn && step % 3 === seed % 3) saved = { text: serialize(next), step };
      state = next;
    }
  } catch (e) {
    note('throw', (e as Error).stack ?? String(e));
  }
  for (const p of POWERS) if (legalActions(state, p).length > 0) note('legal', `${p} has legal actions after the end`);
  if (!viaAppend) record = { ...record, actions, turnHashes, finalHash: stateHash(state) };

  // Continue from the mid-game save with the same choices: the game must end identically.
  let restoredHash: string | null = null;
  if (saved) {
    const restored = deserialize(saved.text);
    if (!restored.ok) note('restore', restored.error.message);
    else {
      restoredHash = stateHash(randomPlayout(restored.value, label, saved.step).state);
      if (restoredHash !== stateHash(state)) note('restore', `restored game ends with ${restoredHash}, live game with ${stateHash(state)}`);
    }
  }
  return { seed, label, final: state, record, viaAppend, steps: step, saves, restoredHash, problems };
}

/** The state with its seed and dice blanked: what the game's course produced. */
const course = (s: GameState) => stateHash({ ...s, seed: 0, rng: { x: 0, y: 0, z: 0, w: 0 } });

describe.each(BUILTIN_SCENARIO_IDS)('scenario %s', (scenarioId) => {
  const SEEDS = seedsFor(scenarioId);
  let runs: Run[] = [];
  const all = (category: Category) => runs.flatMap((r) => r.problems[category]);

  beforeAll(() => {
    runs = SEEDS.map((seed, i) => checkedPlayout(scenarioId, seed, i < 2));
  });

  it(`random legal playouts over ${SEEDS.length} seeds reach the end without throwing`, () => {
    expect(all('throw')).toEqual([]);
    expect(runs.every((r) => isTerminal(r.final))).toBe(true);
    expect(runs.every((r) => r.final.turn === r.final.lastTurn + 1)).toBe(true);
    // Sanity: the playouts did play (several actions a phase on average).
    expect(Math.min(...runs.map((r) => r.steps))).toBeGreaterThan(scenario(scenarioId).turns * 4);
  });

  it('always offers the acting power a legal action, only to it, and nobody any after the end', () => {
    expect(all('legal')).toEqual([]);
  });

  it('keeps every invariant after every action', () => {
    expect(all('invariant')).toEqual([]);
  });

  it('never changes the state it is given (every state is deep-frozen before it is played on)', () => {
    expect(all('mutation')).toEqual([]);
  });

  it('marks as available exactly the legal actions', () => {
    expect(all('availability')).toEqual([]);
  });

  it("applyChosen (the policies' path) agrees with applyAction on legal actions", () => {
    expect(all('fastPath')).toEqual([]);
  });

  it('round-trips the state through serialize and deserialize at turn ends', () => {
    expect(all('roundTrip')).toEqual([]);
    expect(runs.every((r) => r.saves >= Math.floor(r.final.lastTurn / 3))).toBe(true);
  });

  it('continues a game restored from a mid-game save exactly as the live game went on', () => {
    expect(all('restore')).toEqual([]);
    expect(runs.filter((r) => r.restoredHash !== null).length).toBeGreaterThan(SEEDS.length * 0.8);
  });

  it("replays each game's record to the live final state, turn hash by turn hash", () => {
    expect(runs.filter((r) => r.viaAppend).length).toBeGreaterThan(0);
    // Every record built by appendToRecord, and every third of the others.
    for (const run of runs.filter((r, i) => r.viaAppend || i % 3 === 0)) {
      // Records are plain JSON: the ones built by appendToRecord also replay after a trip through text.
      const copies = run.viaAppend ? [run.record, JSON.parse(JSON.stringify(run.record)) as GameRecord] : [run.record];
      for (const record of copies) {
        const replay = replayRecord(record, scenario(scenarioId));
        if (!replay.ok) throw new Error(`seed ${run.seed}: ${replay.error.code} at turn ${replay.error.turn}: ${replay.error.message}`);
        expect(replay.value.verifiedTurns).toBe(run.final.lastTurn);
        expect(stateHash(replay.value.state)).toBe(stateHash(run.final));
      }
      expect(run.record.finalHash).toBe(stateHash(run.final));
    }
  });

  it('appendToRecord builds the record of the actions, with a hash for each turn', () => {
    for (const run of runs.filter((r) => r.viaAppend)) {
      expect(run.record.actions.length).toBe(run.steps);
      expect(run.record.turnHashes.length).toBe(run.final.lastTurn);
      expect(run.record.actions.every((a, i) => i === 0 || a.turn >= run.record.actions[i - 1]!.turn)).toBe(true);
    }
  });

  it('gives the same game for the same seed and choices', () => {
    for (const run of runs.slice(0, 6)) {
      const again = randomPlayout(createGame({ scenario: scenario(scenarioId), seed: run.seed }), run.label).state;
      expect(stateHash(again)).toBe(stateHash(run.final));
      expect(again.log).toEqual(run.final.log);
    }
  });

  it('usually gives a different game for a different seed, even with the same choices', () => {
    const courses = SEEDS.slice(0, 10).map((seed) => course(randomPlayout(createGame({ scenario: scenario(scenarioId), seed }), `same-choices:${scenarioId}`).state));
    expect(new Set(courses).size).toBeGreaterThanOrEqual(8);
  });

  it('plays AI campaigns that keep the invariants and replay from their records', () => {
    for (const seed of [1]) {
      const result = runCampaign({ scenario: scenario(scenarioId), seed, record: true });
      expect(isTerminal(result.state)).toBe(true);
      expect(invariantViolations(result.state)).toEqual([]);
      expect(result.finalHash).toBe(stateHash(result.state));
      const replay = replayRecord(result.record, scenario(scenarioId));
      expect(replay.ok && stateHash(replay.value.state)).toBe(result.finalHash);
      expect(runCampaign({ scenario: scenario(scenarioId), seed }).finalHash).toBe(result.finalHash);
    }
  });
});
