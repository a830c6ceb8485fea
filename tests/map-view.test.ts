// The map's pure parts: the viewer's own colour, the treaty text on the inset, the label
// placer and the turning points of a game.
import { describe, expect, it } from 'vitest';
import { emptyProposal, dateOfTurn, type Proposal } from '../src/engine';
import { mapSnapshot, proposalView } from '../src/app/views/map-view';
import { COLOURS, opinionColour } from '../src/app/views/palette';
import { marksAt, turningPoints, type TurnFrame } from '../src/app/views/turning-points';
import { LabelPlacer, overlaps } from '../src/scenes/labels';
import { build, edit } from './helpers';

const channels = (c: number) => [(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff];
const distance = (a: number, b: number) => Math.hypot(...channels(a).map((v, i) => v - channels(b)[i]!));

function draftWith(change: (p: Proposal) => void): Proposal {
  const p = emptyProposal();
  change(p);
  return p;
}

describe('the map snapshot', () => {
  it('paints the viewer in its own colour, far from every colour of the opinion scale', () => {
    const snap = mapSnapshot(build(), 'japan', null, String);
    expect(snap.lands.japan.fill).toBe(COLOURS.self);
    for (let v = -100; v <= 100; v += 5) expect(distance(COLOURS.self, opinionColour(v))).toBeGreaterThan(60);
    expect(snap.lands.russia.fill).not.toBe(COLOURS.self);
    // Seen from Moscow, Russia is "you" and Japan takes the opinion tint.
    const fromMoscow = mapSnapshot(build(), 'russia', null, String);
    expect(fromMoscow.lands.russia.fill).toBe(COLOURS.self);
    expect(fromMoscow.lands.japan.fill).not.toBe(COLOURS.self);
  });

  it("shows the player's draft on the inset: which islands it hands over, and how", () => {
    const draft = draftWith((p) => {
      p.transfers.shikotan = 'sovereignty';
      p.transfers.habomai = 'sovereignty';
      p.access.kunashiri = 'joint';
      p.schedule = 'phased';
    });
    const view = proposalView(build(), 'japan', draft)!;
    expect(view.title).toBe('Your draft');
    expect(view.handover).toEqual(['shikotan', 'habomai']);
    expect(view.summary).toBe('Shikotan, Habomai to Japan: sovereignty, phased');
    expect(view.islands.shikotan).toBe('→ Japan: sovereignty');
    expect(view.islands.kunashiri).toBe('joint activity');
    expect(view.islands.etorofu).toBe('');
  });

  it('names the islands as the viewer does (Moscow reads Shikotan and Iturup too)', () => {
    const draft = draftWith((p) => (p.transfers.etorofu = 'administration'));
    expect(proposalView(build(), 'russia', draft)!.summary).toBe('Iturup to Japan: administration, on signing');
  });

  it('falls back to the proposal on the table, and to nothing without one', () => {
    const pending = draftWith((p) => (p.transfers.shikotan = 'administration'));
    const state = build({ change: (d) => (d.treaty.pending = { from: 'russia', proposal: pending, turn: 1 }) });
    expect(proposalView(state, 'japan', emptyProposal())!.title).toBe("On the table: Russia's counter-proposal");
    expect(proposalView(build(), 'japan', emptyProposal())).toBeNull();
    expect(mapSnapshot(build(), 'japan', null, String).proposal).toBeNull();
  });
});

describe('the label placer', () => {
  it('takes the first candidate that is inside the bounds and clear of the labels before it', () => {
    const placer = new LabelPlacer({ x: 0, y: 0, width: 100, height: 100 }, [{ x: 0, y: 0, width: 50, height: 50 }]);
    expect(placer.place(20, 10, [[10, 10], [-5, 60], [60, 10]])).toEqual({ x: 60, y: 10, width: 20, height: 10 });
    // The spot just taken is now an obstacle too.
    expect(placer.place(20, 10, [[65, 12], [60, 60]])).toEqual({ x: 60, y: 60, width: 20, height: 10 });
    expect(placer.place(20, 10, [[10, 10], [62, 61]])).toBeNull();
  });

  it('counts touching boxes as apart and overlapping ones as not', () => {
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 9, y: 9, width: 10, height: 10 })).toBe(true);
  });
});

describe('turning points', () => {
  const start = build();
  const frames = (...states: TurnFrame['state'][]): TurnFrame[] => states.map((state, turn) => ({ turn, state }));

  it('marks a treaty stage change over the islands, and a handover on its island', () => {
    const before = edit(start, (d) => (d.treaty.stage = 'talks'));
    const after = edit(before, (d) => {
      d.treaty.stage = 'framework';
      d.islands.shikotan.transferDueTurn = 4;
      d.islands.habomai.administeredBy = 'japan';
    });
    const points = turningPoints(frames(before, after), []);
    expect(points).toEqual([
      { frame: 1, turn: 1, kind: 'treaty', text: `Treaty: talks → framework (1956 basis)`, at: 'kurils' },
      { frame: 1, turn: 1, kind: 'handover', text: `Shikotan: handover agreed, due ${dateOfTurn(after, 4)}`, at: 'shikotan' },
      { frame: 1, turn: 1, kind: 'handover', text: 'Habomai handed over to Japan', at: 'habomai' },
    ]);
  });

  it('marks summits at the partner and a US sanctions decision at Washington, and nothing in a quiet turn', () => {
    const after = edit(start, (d) => (d.world.sanctions = start.world.sanctions - 6));
    const actions = [
      { turn: 1, action: { type: 'summit' as const, power: 'japan' as const, partner: 'russia' as const } },
      { turn: 1, action: { type: 'setSanctions' as const, power: 'usa' as const, direction: 'ease' as const } },
      { turn: 2, action: { type: 'summit' as const, power: 'japan' as const, partner: 'china' as const } },
    ];
    const points = turningPoints(frames(start, after), actions);
    expect(points.map((p) => [p.kind, p.at, p.text])).toEqual([
      ['summit', 'russia', 'Summit in Moscow'],
      ['sanctions', 'usa', `Washington eases sanctions: ${Math.round(start.world.sanctions)} → ${Math.round(start.world.sanctions - 6)}`],
    ]);
    expect(marksAt(points, 1)).toHaveLength(2);
    expect(turningPoints(frames(start, start), [])).toEqual([]);
  });

  it('marks a large move of sanctions even without a US decision (an event)', () => {
    const after = edit(start, (d) => (d.world.sanctions = start.world.sanctions + 12));
    expect(turningPoints(frames(start, after), []).map((p) => p.kind)).toEqual(['sanctions']);
  });
});
