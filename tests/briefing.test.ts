// The briefing reads the scoring from the engine: the figures it quotes are what `outcome`
// gives for those results, so the text cannot drift from the rules.
import { describe, expect, it } from 'vitest';
import { briefing } from '../src/app/views/briefing';
import { SCORING, dateOfTurn, domesticScore, outcome, wedgeScore } from '../src/engine';
import { build, edit } from './helpers';

const scoreOf = (state: Parameters<typeof outcome>[0], id: string) => outcome(state).categories.find((c) => c.id === id)!.score;

describe('the briefing', () => {
  it('quotes the territory score that outcome gives Shikotan and Habomai on the 1956 basis with joint activity on the other two', () => {
    const deal = edit(build(), (d) => {
      for (const id of ['shikotan', 'habomai'] as const) {
        d.islands[id].administeredBy = 'japan';
        d.islands[id].heldAs = 'sovereignty';
      }
      for (const id of ['etorofu', 'kunashiri'] as const) d.islands[id].access = 'joint';
    });
    expect(scoreOf(deal, 'territory')).toBe(SCORING.territory1956WithAccess);
  });

  it('quotes wedge and domestic scores that agree with outcome', () => {
    const state = build();
    const fallen = edit(state, (d) => {
      d.alignmentStart = outcome(state).alignmentEnd + 5;
    });
    expect(scoreOf(fallen, 'wedge')).toBe(wedgeScore(5));
    expect(scoreOf(state, 'domestic')).toBe(domesticScore(state.powers.japan.approval));
  });

  it('lists every category with its weight in per cent, the grade lines and where the campaign stands', () => {
    const state = build();
    const b = briefing(state, 'Test', (t) => dateOfTurn(state, t));
    expect(b.categories.map((c) => [c.label, c.weight])).toEqual(SCORING.categories.map((c) => [c.label, Math.round(c.weight * 100)]));
    expect(b.categories.reduce((t, c) => t + c.weight, 0)).toBe(100);
    expect(b.grades).toEqual(SCORING.grades);
    expect(b.now.score).toBe(outcome(state).score);
    expect(b.span).toBe(`${dateOfTurn(state, 1)} to ${dateOfTurn(state, state.lastTurn)}, ${state.lastTurn} quarterly turns`);
    expect(b.categories.find((c) => c.id === 'treaty')!.good).toContain(`a signed treaty ${SCORING.treatyPoints.signed}`);
  });
});
