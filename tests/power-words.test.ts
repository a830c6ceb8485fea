// Every power's own score categories in both languages: over campaigns of every built-in
// scenario, each category of Russia, China and the United States has its name and goal in the
// resources, and its summary matches a template, renders in English exactly as the engine
// wrote it, and in Japanese without the engine's English.
import { afterEach, describe, expect, it } from 'vitest';
import { runCampaign } from '../src/app/batch/campaign';
import { powerCategoryWords, powerSummaryWords } from '../src/app/views/power-words';
import { setLanguage } from '../src/app/views/i18n';
import { BUILTIN_SCENARIO_IDS, builtinScenario } from '../src/data';
import { createGame, POWERS, powerOutcome } from '../src/engine';

afterEach(() => setLanguage('en'));

describe("each power's own categories in the reader's language", () => {
  const outcomes = BUILTIN_SCENARIO_IDS.flatMap((id) =>
    [1, 2, 3, 4, 5].flatMap((seed) => {
      const scenario = builtinScenario(id);
      const start = createGame({ scenario, seed });
      const { state } = runCampaign({ scenario, seed, japanPolicy: seed % 2 ? 'balanced' : 'hawk', news: false });
      return POWERS.map((power) => powerOutcome(state, start, power));
    }),
  );

  it('words every summary the engine writes, and the English is the engine’s own', () => {
    const others = outcomes.filter((o) => o.power !== 'japan').flatMap((o) => o.categories);
    expect(others.length).toBeGreaterThan(100);
    const unmatched = others.filter((c) => powerSummaryWords(c.summary) === undefined).map((c) => c.summary);
    expect(unmatched).toEqual([]);
    for (const c of others) expect(powerSummaryWords(c.summary)).toBe(c.summary);
    // In English the names and goals are the engine's, word for word.
    for (const o of outcomes) {
      for (const c of o.categories) {
        const words = powerCategoryWords(o.power, c);
        expect([words.label, words.goal, words.summary]).toEqual([c.label, c.goal, c.summary]);
      }
    }
  });

  it('gives every category a name, a goal and a summary in Japanese, none left in the engine’s English', () => {
    setLanguage('ja');
    for (const o of outcomes) {
      for (const c of o.categories) {
        const words = powerCategoryWords(o.power, c);
        expect(words.label, `${o.power} ${c.id}`).not.toBe(c.label);
        expect(words.goal, `${o.power} ${c.id}`).not.toBe(c.goal);
        expect(words.goal).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        expect(words.summary.replace(/US|bn/g, ''), `${o.power} ${c.id}: ${words.summary}`).not.toMatch(/[A-Za-z]{3,}/);
      }
    }
  });
});
