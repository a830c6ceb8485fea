// Calibration target 9 of GAME.md: no fixed plan of one to three actions repeated every
// turn beats the balanced policy or gets two islands in more than a quarter of its games.
// Generic over PLAN_ITEMS: every plan of one to three items is screened on a few seeds of
// their own, and the strongest (by mean score and by two-island share) are played again on
// the SEEDS seeds that balanced plays. The same search, wider, is `npm run exploits`.
import { describe, expect, it } from 'vitest';
import { PLAN_ITEMS } from '../../src/ai';
import { planFigures, planNames, screenPlans, shortlist, verdict, TWO_ISLAND_LIMIT, type Verdict } from '../../src/app/batch/exploits';
import { SEEDS, batch, mainScenario } from './fixtures';

/** Screening seeds, apart from the seeds 1 to SEEDS of the second look. */
const SCREEN = { first: 1001, count: 12 };
/** How many plans of each ranking (mean score, two-island share) get the second look. */
const SHORTLIST = 6;
/** The loop a reviewer found: every affordable project, a summit, the best draft Moscow accepts. */
const REVIEWER_LOOPS = ['plan:startProject+summit:russia+propose:best', 'plan:startProject+summit:china+propose:best'];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A plan's figures against balanced, as a line that says what broke. */
function finding(v: Verdict, balancedScore: number): string {
  const broken = [
    v.beatsBalanced ? `mean score ${v.meanScore.toFixed(1)} beats balanced's ${balancedScore.toFixed(1)}` : '',
    v.twoIslandsTooOften ? `Shikotan and Habomai back in ${pct(v.twoIslands)} of games (limit ${pct(TWO_ISLAND_LIMIT)})` : '',
  ].filter(Boolean);
  return `${v.plan}: ${broken.join('; ')} [mean score ${v.meanScore.toFixed(1)}, balanced ${balancedScore.toFixed(1)}]`;
}

function judge(plan: string): Verdict {
  return verdict(planFigures(plan, batch(plan)), planFigures('balanced', batch('balanced')));
}

describe(`calibration target 9 over ${SEEDS} seeds`, () => {
  it('screens every plan of one to three items', () => {
    const n = PLAN_ITEMS().length;
    expect(planNames(3).length).toBe(n + (n * (n - 1)) / 2 + (n * (n - 1) * (n - 2)) / 6);
  });

  it(
    '9. none of the strongest fixed plans beats balanced or gets Shikotan and Habomai in more than a quarter of its games',
    () => {
      const screened = screenPlans(mainScenario(), planNames(3), SCREEN);
      const suspects = shortlist(screened, SHORTLIST);
      expect(suspects.length).toBeGreaterThanOrEqual(SHORTLIST);
      const balancedScore = batch('balanced').mean((g) => g.score);
      const broken = suspects.map(judge).filter((v) => v.beatsBalanced || v.twoIslandsTooOften);
      expect(broken.map((v) => finding(v, balancedScore))).toEqual([]);
    },
    600_000,
  );

  it.each(REVIEWER_LOOPS)('9. the reviewer’s loop %s neither beats balanced nor gets two islands in more than a quarter of its games', (plan) => {
    const v = judge(plan);
    expect(v.meanScore, 'mean score against balanced').toBeLessThanOrEqual(batch('balanced').mean((g) => g.score));
    expect(v.twoIslands, 'share of games with Shikotan and Habomai back').toBeLessThanOrEqual(TWO_ISLAND_LIMIT);
  });
});
