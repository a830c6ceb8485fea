// States are values: applying an action makes a new state and never writes to the one it
// was given, nor to any part the new state shares with it. The replay viewer, the undo of a
// fork and the search player's futures all keep earlier states and read them later, so a
// rule that wrote into a shared part would change the past without a word. This test
// freezes every state, deeply, the moment it exists, and plays on: a write to any earlier
// state's part then throws (ES modules run in strict mode). At every step it also applies
// every other legal action to the frozen state, and at each turn's start injects every
// event (as a teacher), so rules the AI did not choose are covered too.
import { describe, expect, it } from 'vitest';
import { decide, policyFor } from '../src/ai';
import { BUILTIN_SCENARIO_IDS, builtinScenario } from '../src/data';
import { applyAction, createGame, currentPower, isTerminal, legalActions, type Action, type GameState, type PowerId } from '../src/engine';

/** Freezes `value` and everything it reaches (the scenario's catalogue included). */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen);
  return Object.freeze(value);
}

function applied(state: GameState, action: Action): GameState {
  const result = applyAction(state, action);
  if (!result.ok) throw new Error(`${JSON.stringify(action)} refused: ${result.error.message}`);
  return result.value;
}

/** Plays one campaign with every state frozen, trying every legal action and inject on the way; returns the actions tried. */
function playFrozen(scenarioId: string, seed: number, japanPolicy: string): number {
  const scenario = builtinScenario(scenarioId);
  let state = deepFreeze(createGame({ scenario, seed, teacher: true }));
  let tried = 0;
  let injectedAt = 0;
  while (!isTerminal(state)) {
    const power = currentPower(state) as PowerId;
    if (state.turn !== injectedAt && state.phaseActions === 0 && power === state.turnOrder[0]) {
      injectedAt = state.turn;
      for (const e of state.defs.events) {
        const inject: Action = { type: 'injectEvent', power, eventId: e.id };
        const next = applyAction(state, inject);
        if (next.ok) {
          deepFreeze(next.value);
          tried += 1;
        }
      }
    }
    for (const action of legalActions(state, power)) {
      deepFreeze(applied(state, action));
      tried += 1;
    }
    state = deepFreeze(applied(state, decide(state, power, policyFor(power, japanPolicy)).action));
  }
  return tried;
}

describe('states are never written once made', () => {
  it('holds for every action and inject, in every scenario, whoever plays Japan', () => {
    let tried = 0;
    for (const id of BUILTIN_SCENARIO_IDS) {
      for (const [seed, japanPolicy] of [
        [1, 'random'],
        [2, 'hawk'],
        [3, 'balanced'],
        [4, 'economic'],
      ] as const) {
        tried += playFrozen(id, seed, japanPolicy);
      }
    }
    // Every legal action of every step, over sixteen campaigns.
    expect(tried).toBeGreaterThan(20_000);
  });

  it('holds while the search player plays its futures from the frozen states', () => {
    // Its look-ahead starts from copies of what Japan sees, which share the real state's
    // records: a write there would change the game being played.
    expect(playFrozen('classroom-short', 5, 'search')).toBeGreaterThan(500);
  });

  it('catches a write to a frozen state (the check itself works)', () => {
    const state = deepFreeze(createGame({ scenario: builtinScenario('classroom-short'), seed: 1 }));
    expect(() => {
      (state.world as { sanctions: number }).sanctions = 0;
    }).toThrow(TypeError);
    expect(() => {
      (state.powers.japan as { budget: number }).budget = 0;
    }).toThrow(TypeError);
  });
});
