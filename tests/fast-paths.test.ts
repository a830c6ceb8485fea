// The engine's fast paths give exactly what the explained, general paths give: the measures'
// values without their terms, over every state of a few whole campaigns.
import { describe, expect, it } from 'vitest';
import { Seat, policyFor } from '../src/ai';
import {
  alignment,
  alignmentValue,
  applyLegalAction,
  createGame,
  currentPower,
  isTerminal,
  pressureOnJapan,
  pressureOnJapanValue,
  russianDependence,
  russianDependenceValue,
  type GameState,
} from '../src/engine';
import { scenario } from './helpers';

/** Every state of an AI campaign of `seed`, in order. */
function campaignStates(seed: number, japanPolicy = 'balanced'): GameState[] {
  let state = createGame({ scenario: scenario(), seed });
  const seats = {
    japan: new Seat('japan', policyFor('japan', japanPolicy)),
    russia: new Seat('russia', policyFor('russia')),
    china: new Seat('china', policyFor('china')),
    usa: new Seat('usa', policyFor('usa')),
  };
  const states = [state];
  while (!isTerminal(state)) {
    const decision = seats[currentPower(state)!].next(state);
    state = applyLegalAction(state, decision.action, decision.reasons);
    states.push(state);
  }
  return states;
}

describe('value-only measures', () => {
  it('equal the explained measures’ values in every state of whole campaigns', () => {
    for (const [seed, policy] of [
      [1, 'balanced'],
      [2, 'wedge'],
      [3, 'random'],
    ] as const) {
      for (const state of campaignStates(seed, policy)) {
        expect(alignmentValue(state)).toBe(alignment(state).value);
        expect(pressureOnJapanValue(state)).toBe(pressureOnJapan(state).value);
        expect(russianDependenceValue(state)).toBe(russianDependence(state).value);
      }
    }
  });

  it('still explain themselves: the terms are named and add up to the value', () => {
    const [state] = campaignStates(4);
    for (const measure of [alignment, pressureOnJapan, russianDependence]) {
      const { value, terms } = measure(state!);
      expect(terms.length).toBeGreaterThan(1);
      for (const t of terms) expect(t.label.length).toBeGreaterThan(0);
      expect(terms.reduce((total, t) => total + t.value, 0)).toBeCloseTo(value, 1);
    }
  });
});
