// The advisor of a team playing Russia, China or the United States: its own AI's ranking of
// its legal actions by the same named terms, without the judgement-call noise.
import { describe, expect, it } from 'vitest';
import { advisePower } from '../src/ai';
import { GameController } from '../src/app/play/controller';
import { memoryStorage } from '../src/app/play/storage';
import { emptyProposal, legalActions, observe, weighProposal, type Controllers, type PowerId } from '../src/engine';
import { build } from './helpers';

function gameFor(power: PowerId, seed: number): GameController {
  const controllers = { japan: 'ai', russia: 'ai', china: 'ai', usa: 'ai', [power]: 'human' } as Controllers;
  const made = GameController.create({ scenarioId: 'classroom-short', seed, controllers }, { storage: memoryStorage() });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

describe('the advisor of the other powers', () => {
  for (const power of ['russia', 'china', 'usa'] as const) {
    it(`advises a ${power} team with a legal action, its score the sum of its named reasons, the same every time it is asked`, () => {
      for (const seed of [1, 2, 3, 4, 5]) {
        const game = gameFor(power, seed);
        expect(game.humanActing).toBe(power);
        const advice = game.advice();
        expect(advice).not.toBeNull();
        const legal = legalActions(game.state, power).map((a) => JSON.stringify(a));
        expect(legal).toContain(JSON.stringify(advice!.suggestion.action));
        const sum = advice!.suggestion.reasons.reduce((t, r) => t + r.value, 0);
        expect(advice!.suggestion.score).toBeCloseTo(sum, 1);
        expect(game.advice()).toEqual(advice);
        for (const alt of advice!.alternatives) expect(alt.score).toBeLessThanOrEqual(advice!.suggestion.score);
        // Its powers' scores are there too: one, the team's own.
        expect(game.powerScores().map((s) => s.power)).toEqual([power]);
      }
    });
  }

  it('tells Russia to answer a Japanese proposal as the Kremlin’s own weighing would', () => {
    const proposal = { ...emptyProposal(), transfers: { ...emptyProposal().transfers, habomai: 'sovereignty' as const, shikotan: 'sovereignty' as const } };
    const state = build({ power: 'russia', change: (d) => (d.treaty.pending = { from: 'japan', proposal, turn: d.turn }) });
    const view = observe(state, 'russia');
    const advice = advisePower(view, legalActions(state, 'russia'));
    expect(advice.suggestion.action).toEqual({ type: 'answerProposal', power: 'russia', answer: weighProposal(view, proposal).answer });
  });

  it('is not Japan’s: Japan has the expert advisor', () => {
    const state = build({});
    expect(() => advisePower(observe(state, 'japan'), legalActions(state, 'japan'))).toThrow(/Japan has its own advisor/);
  });
});
