// Calibration target 7 of GAME.md: no single action repeated every turn beats the balanced
// policy. Every Japanese action type gets its straw-man policy.
import { describe, expect, it } from 'vitest';
import { RULES, type ActionType } from '../../src/engine';
import { SEEDS, batch } from './fixtures';

const REPEATABLE = (Object.keys(RULES) as ActionType[]).filter(
  (type) => RULES[type].powers.includes('japan') && type !== 'endTurn' && type !== 'answerEvent',
);

describe(`calibration target 7 over ${SEEDS} seeds`, () => {
  it('covers every Japanese action type', () => {
    expect(REPEATABLE.length).toBeGreaterThanOrEqual(12);
  });

  it.each(REPEATABLE)('7. repeating %s every turn scores below the balanced policy', (type) => {
    const balanced = batch('balanced').mean((g) => g.score);
    const repeated = batch(`repeat:${type}`).mean((g) => g.score);
    expect(repeated).toBeLessThan(balanced);
  });
});
