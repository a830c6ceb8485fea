// The turn report's turning points: Russia's answer, a handover and a change of treaty stage
// come first, read from the state and the per-turn points.
import { describe, expect, it } from 'vitest';
import { turnPoint } from '../src/app/views/history';
import { turnReport } from '../src/app/views/report';
import { build, edit } from './helpers';

describe('turning points in the turn report', () => {
  it('names Russia’s answer, a treaty stage reached and an island handed over, in the viewer’s names', () => {
    const start = build();
    const end = edit(start, (d) => {
      d.turn = start.turn + 1;
      d.treaty.stage = 'draft';
      d.treaty.lastAnswer = { turn: start.turn, answer: 'accept', score: 4 };
      d.islands.habomai.administeredBy = 'japan';
      d.islands.habomai.heldAs = 'sovereignty';
    });
    const points = [turnPoint(start), turnPoint(end)];
    expect(turnReport(end, start.turn, points, 'japan').milestones).toEqual([
      'Russia accepts Japan’s proposal: it becomes the draft treaty.',
      'Habomai is handed over to Japan.',
      `The treaty track advances from ${start.treaty.stage === 'talks' ? 'talks' : 'a standstill'} to a draft treaty.`,
    ]);
    expect(turnReport(end, start.turn, points, 'russia').milestones[1]).toBe('Khabomai is handed over to Japan.');
  });

  it('has none in a quiet turn', () => {
    const start = build();
    const end = edit(start, (d) => {
      d.turn = start.turn + 1;
    });
    expect(turnReport(end, start.turn, [turnPoint(start), turnPoint(end)]).milestones).toEqual([]);
  });
});
