// The search player: a look-ahead policy for Japan that plays sampled futures.
import { describe, expect, it } from 'vitest';
import { JAPAN_POLICY_NAMES, Seat, japanPolicy, policyFor, search, searchPolicy } from '../src/ai';
import { runCampaign } from '../src/app/batch/campaign';
import { builtinScenario } from '../src/data';
import { applyChosen, createGame, currentPower, legalActions, observe, replayRecord, streamFor, type GameState } from '../src/engine';

const scenario = builtinScenario('north-asia-2016');

/** A game played by the usual AI (balanced for Japan) up to Japan's phase of `turn`. */
function stateAtJapansTurn(seed: number, turn: number): GameState {
  let state = createGame({ scenario, seed, controllers: { japan: 'ai', russia: 'ai', china: 'ai', usa: 'ai' } });
  const seats = { japan: new Seat('japan', policyFor('japan')), russia: new Seat('russia', policyFor('russia')), china: new Seat('china', policyFor('china')), usa: new Seat('usa', policyFor('usa')) };
  while (state.turn < turn || currentPower(state) !== 'japan') {
    const next = applyChosen(state, seats[currentPower(state)!].next(state).action);
    if (!next.ok) throw new Error(next.error.message);
    state = next.value;
  }
  return state;
}

describe('the search player', () => {
  it('is one of the simulator’s Japanese policies, and its campaigns end and replay', () => {
    expect(JAPAN_POLICY_NAMES).toContain('search');
    expect(japanPolicy('search')).not.toBeNull();
    const result = runCampaign({ scenario, seed: 3, japanPolicy: 'search', record: true });
    expect(result.state.phase.kind).toBe('over');
    const replay = replayRecord(result.record!, scenario);
    expect(replay.ok).toBe(true);
    if (replay.ok) expect(replay.value.verifiedTurns).toBe(scenario.turns);
  });

  it('plans the whole phase, ending the turn, and starts with an action legal now', () => {
    const state = stateAtJapansTurn(7, 5);
    const view = observe(state, 'japan');
    const legal = legalActions(state, 'japan');
    const plan = search.plan!(view, legal, streamFor('test'));
    expect(plan.at(-1)!.action.type).toBe('endTurn');
    expect(legal.map((a) => JSON.stringify(a))).toContain(JSON.stringify(plan[0]!.action));
    for (const d of plan) expect(d.score).toBeCloseTo(d.reasons.reduce((t, r) => t + r.value, 0), 1);
  });

  it('never peeks: states that show Japan the same view but hide different dice get the same plan', () => {
    for (const [seed, turn] of [
      [11, 1],
      [12, 6],
    ] as const) {
      const state = stateAtJapansTurn(seed, turn);
      const other: GameState = { ...state, rng: { x: state.rng.x ^ 0x5bd1e995, y: 12345, z: -987654, w: state.rng.w ^ 0x2f } };
      const plan = (s: GameState) => search.plan!(observe(s, 'japan'), legalActions(s, 'japan'), streamFor('same deliberation'));
      expect(JSON.stringify(plan(other))).toBe(JSON.stringify(plan(state)));
    }
  });

  it('decides the same way given the same view and the same dice', () => {
    const state = stateAtJapansTurn(21, 4);
    const view = observe(state, 'japan');
    const legal = legalActions(state, 'japan');
    const first = search.decide(view, legal, streamFor('d'));
    const second = search.decide(view, legal, streamFor('d'));
    expect(second).toEqual(first);
  });

  it('takes its effort as options and refuses nonsense', () => {
    expect(searchPolicy({ rollouts: 2, horizon: 2, candidates: 3 }).name).toBe('search');
    expect(() => searchPolicy({ rollouts: 0 })).toThrow(RangeError);
    expect(() => searchPolicy({ horizon: 1.5 })).toThrow(RangeError);
  });

  it('scores at least as well as the expert it improves on, over the same seeds', () => {
    const seeds = [101, 102, 103, 104, 105, 106];
    const mean = (policy: string) => seeds.reduce((t, seed) => t + runCampaign({ scenario, seed, japanPolicy: policy }).outcome.score, 0) / seeds.length;
    expect(mean('search')).toBeGreaterThanOrEqual(mean('balanced'));
  }, 60_000);
});
