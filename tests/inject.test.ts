// The teacher's inject: any scenario event, at the start of a turn, recorded like any action.
import { describe, expect, it } from 'vitest';
import { builtinScenario } from '../src/data';
import {
  appendToRecord,
  applyAction,
  createGame,
  legalActions,
  replayRecord,
  startRecord,
  type Action,
  type GameState,
} from '../src/engine';

const scenario = builtinScenario('classroom-short');

function mustApply(state: GameState, action: Action): GameState {
  const result = applyAction(state, action);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('teacher injects', () => {
  it('fire the chosen event at the start of a turn, even before pending answers', () => {
    const start = createGame({ scenario, seed: 4, teacher: true });
    expect(start.pendingEvents.length).toBeGreaterThan(0);
    const next = mustApply(start, { type: 'injectEvent', power: 'japan', eventId: 'border-friction' });
    expect(next.firedEvents).toContain('border-friction');
    expect(next.world.farEastUnease).toBeGreaterThan(start.world.farEastUnease);
    expect(next.log.at(-1)?.text).toContain('Friction in the Far East');
  });

  it('are refused once the turn has begun, naming why', () => {
    let state = createGame({ scenario, seed: 4, teacher: true });
    while (state.pendingEvents.some((p) => p.chooser === 'japan')) {
      state = mustApply(state, legalActions(state, 'japan')[0]!);
    }
    const result = applyAction(state, { type: 'injectEvent', power: 'japan', eventId: 'spy-row' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('ERR_NOT_TURN_START');
  });

  it('are refused for an event the scenario does not have', () => {
    const result = applyAction(createGame({ scenario, seed: 4, teacher: true }), { type: 'injectEvent', power: 'japan', eventId: 'alien-landing' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('ERR_NO_SUCH_EVENT');
  });

  it('are never offered to players or the AI as legal actions', () => {
    const state = createGame({ scenario, seed: 4, teacher: true });
    expect(legalActions(state, 'japan').some((a) => a.type === 'injectEvent')).toBe(false);
  });

  it('go into the game record and replay exactly', () => {
    let state = createGame({ scenario, seed: 9, teacher: true });
    let record = startRecord(state);
    const play = (action: Action) => {
      const next = mustApply(state, action);
      record = appendToRecord(record, state, action, next);
      state = next;
    };
    play({ type: 'injectEvent', power: 'japan', eventId: 'chinese-offer' });
    for (let i = 0; i < 40 && state.turn === 1; i++) {
      const power = state.phase.kind === 'acting' ? state.phase.power : 'japan';
      const legal = legalActions(state, power);
      play(legal.find((a) => a.type === 'endTurn') ?? legal[0]!);
    }
    expect(record.actions[0]?.action.type).toBe('injectEvent');
    const replay = replayRecord(record, scenario);
    expect(replay.ok).toBe(true);
    if (replay.ok) expect(replay.value.verifiedTurns).toBe(1);
  });
});

describe('the news of an inject', () => {
  it('is the world’s, not the acting seat’s', () => {
    const start = createGame({ scenario, seed: 4, teacher: true });
    const next = mustApply(start, { type: 'injectEvent', power: 'japan', eventId: 'spy-row' });
    const entry = next.log.find((e) => e.text.startsWith('The teacher triggers'));
    expect(entry?.power).toBe('world');
    expect(entry?.action?.type).toBe('injectEvent');
  });
});
