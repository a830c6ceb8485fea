// Game records: the action log is the source of truth. Building a record, and replaying it
// to exactly the game that was played (tampering is covered in bad-input.test.ts).
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../src/app/batch/campaign';
import {
  appendToRecord,
  applyAction,
  NO_REASONS_HASH,
  checkRecordShape,
  createGame,
  legalActions,
  replayRecord,
  startRecord,
  stateHash,
  type GameRecord,
  type GameState,
} from '../src/engine';
import { deepFreeze, pick, play, scenario } from './helpers';

const CLASSROOM = 'classroom-short';

/** Plays `steps` random legal actions, recording them; returns the live state and the record. */
function recorded(seed: number, steps = Infinity, id = CLASSROOM): { state: GameState; record: GameRecord } {
  let state = createGame({ scenario: scenario(id), seed, controllers: { russia: 'human' } });
  let record = startRecord(state);
  for (let step = 0; step < steps && state.phase.kind === 'acting'; step++) {
    const action = pick(legalActions(state, state.phase.power), `rec:${seed}`, step);
    // Every third action comes with reasons, as an AI's would.
    const reasons = step % 3 === 0 ? [{ label: `step ${step}`, value: step }] : [];
    const result = applyAction(state, action, reasons);
    if (!result.ok) throw new Error(result.error.message);
    record = appendToRecord(record, state, action, result.value, reasons);
    state = result.value;
  }
  return { state, record };
}

describe('startRecord', () => {
  it('plays a teacher’s shorter campaign and replays it to the same end', () => {
    const short = scenario(CLASSROOM);
    let state = createGame({ scenario: short, seed: 3, turns: 2 });
    let record = startRecord(state);
    expect(record.turns).toBe(2);
    while (state.phase.kind === 'acting') {
      const power = state.phase.power;
      const legal = legalActions(state, power);
      const action = legal.find((a) => a.type === 'endTurn') ?? legal[0]!;
      const next = applyAction(state, action);
      if (!next.ok) throw new Error(next.error.message);
      record = appendToRecord(record, state, action, next.value);
      state = next.value;
    }
    expect(record.turnHashes).toHaveLength(2);
    const replay = replayRecord(record, short);
    expect(replay.ok && replay.value.verifiedTurns).toBe(2);
    expect(replayRecord({ ...record, turns: 99 }, short).ok).toBe(false);
    expect(() => createGame({ scenario: short, seed: 3, turns: 0 })).toThrow(RangeError);
  });

  it('names the format, the scenario, the seed and the seats, with no actions yet', () => {
    const state = createGame({ scenario: scenario(CLASSROOM), seed: 42, controllers: { china: 'human' } });
    const record = startRecord(state);
    expect(record).toEqual({
      format: 'north-asia-record',
      version: 2,
      scenario: { id: CLASSROOM, version: scenario(CLASSROOM).version },
      seed: 42,
      controllers: state.controllers,
      turns: 8,
      actions: [],
      turnHashes: [],
      finalHash: stateHash(state),
      reasonsHash: NO_REASONS_HASH,
    });
    expect(record.controllers.china).toBe('human');
    expect(checkRecordShape(record)).toBeNull();
  });
});

describe('appendToRecord', () => {
  it('adds the action with its turn, and a turn hash exactly when a turn ends', () => {
    let state = createGame({ scenario: scenario(CLASSROOM), seed: 8 });
    let record = deepFreeze(startRecord(state));
    let step = 0;
    while (state.turn <= 2) {
      const action = pick(legalActions(state, state.phase.kind === 'acting' ? state.phase.power : 'japan'), 'append', step++);
      const next = play(state, action);
      const extended = appendToRecord(record, state, action, next);
      expect(extended).not.toBe(record);
      expect(extended.actions).toEqual([...record.actions, { turn: state.turn, action }]);
      expect(extended.finalHash).toBe(stateHash(next));
      if (next.turn !== state.turn) expect(extended.turnHashes).toEqual([...record.turnHashes, stateHash(next)]);
      else expect(extended.turnHashes).toBe(record.turnHashes);
      record = deepFreeze(extended);
      state = next;
    }
    expect(record.turnHashes.length).toBe(2);
  });

  it('keeps the reasons an AI gave, and only when there are some', () => {
    const state = createGame({ scenario: scenario(CLASSROOM), seed: 8 });
    const action = legalActions(state, 'japan')[0]!;
    const next = play(state, action);
    const reasons = [{ label: 'because', value: 3 }];
    expect(appendToRecord(startRecord(state), state, action, next, reasons).actions[0]).toEqual({ turn: 1, action, reasons });
    expect(appendToRecord(startRecord(state), state, action, next, []).actions[0]).toEqual({ turn: 1, action });
  });
});

describe('replayRecord', () => {
  it('reproduces a whole game: the same final state, every turn verified', () => {
    for (const seed of [1, 2, 3]) {
      const { state, record } = recorded(seed);
      expect(state.phase.kind).toBe('over');
      const replay = replayRecord(record, scenario(CLASSROOM));
      if (!replay.ok) throw new Error(`${replay.error.code}: ${replay.error.message}`);
      expect(replay.value.verifiedTurns).toBe(scenario(CLASSROOM).turns);
      expect(stateHash(replay.value.state)).toBe(stateHash(state));
      expect(replay.value.state.controllers).toEqual(state.controllers);
    }
  });

  it("carries the recorded reasons into the replayed game's news log", () => {
    const { state, record } = recorded(4);
    const replay = replayRecord(record, scenario(CLASSROOM));
    expect(replay.ok && replay.value.state.log).toEqual(state.log);
    expect(state.log.some((e) => e.reasons?.length)).toBe(true);
  });

  it('replays an unfinished game, stopped mid-turn, to where it stopped', () => {
    const { state, record } = recorded(5, 57);
    expect(state.phase.kind).toBe('acting');
    const replay = replayRecord(record, scenario(CLASSROOM));
    if (!replay.ok) throw new Error(replay.error.message);
    expect(stateHash(replay.value.state)).toBe(stateHash(state));
    expect(replay.value.verifiedTurns).toBe(state.turn - 1);
  });

  it('replays an empty record to the starting state', () => {
    const state = createGame({ scenario: scenario(CLASSROOM), seed: 9 });
    const replay = replayRecord(startRecord(state), scenario(CLASSROOM));
    expect(replay.ok && stateHash(replay.value.state)).toBe(stateHash(state));
    expect(replay.ok && replay.value.verifiedTurns).toBe(0);
  });

  it('replays a record that has been through JSON text', () => {
    const { state, record } = recorded(6);
    const text = JSON.stringify(record);
    const replay = replayRecord(JSON.parse(text), scenario(CLASSROOM));
    expect(replay.ok && stateHash(replay.value.state)).toBe(stateHash(state));
  });

  it('does not change the record it replays', () => {
    const { record } = recorded(7, 40);
    const frozen = deepFreeze(structuredClone(record));
    expect(replayRecord(frozen, scenario(CLASSROOM)).ok).toBe(true);
    expect(frozen).toEqual(record);
  });

  it('replays the record of an AI campaign to its final hash and log', () => {
    const result = runCampaign({ scenario: scenario(CLASSROOM), seed: 11, record: true });
    const record = result.record!;
    expect(record.actions.length).toBeGreaterThan(scenario(CLASSROOM).turns * 4);
    expect(record.actions.some((a) => a.reasons && a.reasons.length > 0)).toBe(true);
    const replay = replayRecord(record, scenario(CLASSROOM));
    if (!replay.ok) throw new Error(replay.error.message);
    expect(stateHash(replay.value.state)).toBe(result.finalHash);
    expect(replay.value.state.log).toEqual(result.state.log);
  });

  it('replaying applies exactly applyAction: the record of a game is a fold over its actions', () => {
    const { state, record } = recorded(12, 90);
    let s = createGame({ scenario: scenario(CLASSROOM), seed: record.seed, controllers: record.controllers });
    for (const entry of record.actions) {
      const r = applyAction(s, entry.action, entry.reasons);
      if (!r.ok) throw new Error(r.error.message);
      s = r.value;
    }
    expect(stateHash(s)).toBe(stateHash(state));
    expect(s.log).toEqual(state.log);
  });
});
