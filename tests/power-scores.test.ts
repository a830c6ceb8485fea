// Every power's own score (engine/power-outcome): derived from the state, weighted by the
// scenario's interests, bounded whatever is played, and earned: each power's reference AI
// does better by its own score than a player who only ends the turn.
import { describe, expect, it } from 'vitest';
import { randomPolicy } from '../src/ai/japan';
import type { Policy } from '../src/ai';
import { runCampaign } from '../src/app/batch/campaign';
import { POWERS, createGame, outcome, powerOutcome, stateHash, type Action, type GameState, type PowerId, type Scenario } from '../src/engine';
import { scenario, edit } from './helpers';

const AI_SEATS = { japan: 'ai', russia: 'ai', china: 'ai', usa: 'ai' } as const;

function startOf(s: Scenario, seed: number): GameState {
  return createGame({ scenario: s, seed, controllers: AI_SEATS });
}

/** Moves only when it must: rejects Japan's proposals, takes an event's first option, and otherwise ends the turn. */
const passivePlayer: Policy = {
  name: 'passive',
  decide(_view, legal) {
    const end = legal.find((a) => a.type === 'endTurn');
    if (end) return { action: end, reasons: [], score: 0 };
    const reject = legal.find((a) => a.type === 'answerProposal' && a.answer === 'reject');
    return { action: (reject ?? legal[0]) as Action, reasons: [], score: 0 };
  },
};

describe('each power’s own score', () => {
  it('is Japan’s campaign report for Japan, and for the others weighs categories by the scenario’s interests', () => {
    const s = scenario();
    const start = startOf(s, 3);
    const japan = powerOutcome(start, start, 'japan');
    const report = outcome(start);
    expect(japan.score).toBe(report.score);
    expect(japan.categories.map((c) => c.label)).toEqual(report.categories.map((c) => c.label));
    for (const power of ['russia', 'china', 'usa'] as const) {
      const own = powerOutcome(start, start, power);
      const interests = start.powers[power].interests;
      const used = own.categories.reduce((t, c) => t + interests[c.interest], 0);
      for (const c of own.categories) expect(c.weight).toBeCloseTo(interests[c.interest] / used, 2);
      expect(own.categories.reduce((t, c) => t + c.weight, 0)).toBeCloseTo(1, 1);
      // Every category says what a team should aim for.
      for (const c of own.categories) expect(c.goal.length).toBeGreaterThan(20);
    }
  });

  it('changes with the interests: a Russia that cares only for the islands is scored on them alone', () => {
    const s = scenario();
    const start = startOf(s, 4);
    const lost = edit(start, (d) => {
      d.islands.shikotan.administeredBy = 'japan';
      d.islands.shikotan.heldAs = 'sovereignty';
      d.islands.habomai.administeredBy = 'japan';
      d.islands.habomai.heldAs = 'sovereignty';
    });
    const islandsOnly = edit(lost, (d) => {
      d.powers.russia.interests = { ...d.powers.russia.interests, military: 0, investment: 0, nationalism: 0, chinaTies: 0 };
    });
    const own = powerOutcome(islandsOnly, start, 'russia');
    const islands = own.categories.find((c) => c.id === 'islands')!;
    expect(islands.weight).toBe(1);
    expect(islands.score).toBeLessThan(100);
    expect(own.score).toBe(islands.score);
    expect(powerOutcome(lost, start, 'russia').categories.find((c) => c.id === 'islands')!.score).toBe(islands.score);
  });

  it('is derived, never stored: scoring a state leaves it and its hash untouched', () => {
    const s = scenario();
    const start = startOf(s, 5);
    const hash = stateHash(start);
    const frozen = structuredClone({ ...start, defs: undefined });
    for (const power of POWERS) powerOutcome(start, start, power);
    expect(stateHash(start)).toBe(hash);
    expect({ ...start, defs: undefined }).toEqual(frozen);
  });

  it('stays within 0 to 100 in every category over 60 seeds of random play by every seat', () => {
    const s = scenario('classroom-short');
    for (let seed = 1; seed <= 60; seed++) {
      const start = startOf(s, seed);
      const game = runCampaign({ scenario: s, seed, news: false, policies: { japan: randomPolicy, russia: randomPolicy, china: randomPolicy, usa: randomPolicy } });
      for (const power of POWERS) {
        const own = powerOutcome(game.state, start, power);
        expect(own.score).toBeGreaterThanOrEqual(0);
        expect(own.score).toBeLessThanOrEqual(100);
        expect(own.grade).toMatch(/^[A-E]$/);
        for (const c of own.categories) {
          expect(c.score, `${power} ${c.id} seed ${seed}`).toBeGreaterThanOrEqual(0);
          expect(c.score, `${power} ${c.id} seed ${seed}`).toBeLessThanOrEqual(100);
        }
      }
    }
  });

  for (const [scenarioId, seeds] of [
    ['north-asia-2016', 30],
    ['classroom-short', 60],
  ] as const) {
    it(`on ${scenarioId}, each power’s reference AI beats a passive player by its own score over ${seeds} seeds`, () => {
      const s = scenario(scenarioId);
      const totals: Record<Exclude<PowerId, 'japan'>, { ai: number; passive: number; wins: number }> = {
        russia: { ai: 0, passive: 0, wins: 0 },
        china: { ai: 0, passive: 0, wins: 0 },
        usa: { ai: 0, passive: 0, wins: 0 },
      };
      for (let seed = 1; seed <= seeds; seed++) {
        const start = startOf(s, seed);
        const reference = runCampaign({ scenario: s, seed, news: false }).state;
        for (const power of ['russia', 'china', 'usa'] as const) {
          const passive = runCampaign({ scenario: s, seed, news: false, policies: { [power]: passivePlayer } }).state;
          const ai = powerOutcome(reference, start, power).score;
          const idle = powerOutcome(passive, start, power).score;
          totals[power].ai += ai;
          totals[power].passive += idle;
          if (ai > idle) totals[power].wins += 1;
        }
      }
      for (const power of ['russia', 'china', 'usa'] as const) {
        const t = totals[power];
        expect(t.ai / seeds, `${power}: mean score of its AI against a passive player`).toBeGreaterThan(t.passive / seeds + 1);
        expect(t.wins, `${power}: seeds where its AI did better`).toBeGreaterThan(seeds / 2);
      }
    });
  }
});
