// Regression tests for the findings of the outside review of the model (issue 7): each
// would have caught what the reviewer found. Small hand-built states; the distributions
// are in tests/calibration.
import { describe, expect, it } from 'vitest';
import {
  SANCTIONS_FLOOR,
  kremlinCanRatify,
  kremlinRoom,
  legalActions,
  opinionOf,
  outcome,
  packageCost,
  presetProposals,
  round2,
  type GameState,
} from '../src/engine';
import { build, edit, phaseOf, play, proposal, refuse, resolveTurn, scenario } from './helpers';

const preset = (id: string) => presetProposals().find((p) => p.id === id)!.proposal;
const twoIslands = preset('1956-basis');

describe('dice keyed by turn, power and action (finding 8)', () => {
  it('reordering two unrelated actions leaves a summit’s roll, and so its result, unchanged', () => {
    let differs = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const start = build({ seed, change: (d) => void (d.powers.japan = { ...d.powers.japan, capital: 12 }) });
      const summit = { type: 'summit', power: 'japan', partner: 'russia' } as const;
      const hedge = { type: 'hedgeChina', power: 'japan' } as const;
      const a = play(play(start, hedge), summit);
      const b = play(play(start, summit), hedge);
      if (a.treaty.progress !== b.treaty.progress || opinionOf(a, 'russia', 'japan') !== opinionOf(b, 'russia', 'japan')) differs += 1;
    }
    expect(differs).toBe(0);
  });
});

describe('Russia’s side of the two-level game binds (finding 3)', () => {
  it('the Kremlin cannot sell a handover when the public is hostile, whatever Japan pays', () => {
    const draft = edit(build(), (d) => {
      d.treaty = { ...d.treaty, stage: 'draft', progress: 100, agreed: { ...twoIslands, economicPackage: 3 }, frameworkTurn: 1 };
      d.world.nationalism = 92;
      d.world.investmentStock = 500;
      d.powers.russia = { ...d.powers.russia, approval: 62 };
    });
    expect(kremlinRoom(draft).terms.some((t) => /public hostility/.test(t.label))).toBe(true);
    expect(kremlinCanRatify(draft)).toBe(false);
    // The draft waits, and after four quarters it dies: the talks fall back.
    let s = draft;
    for (let i = 0; i < 4; i++) s = resolveTurn(edit(s, (d) => void (d.world.nationalism = 92)));
    expect(s.treaty.stage).toBe('framework');
    expect(s.tally.talksSetbacks).toBeGreaterThan(0);
  });

  it('Moscow can harden its position in public, which weighs on every island asked for', () => {
    const s = build({ power: 'russia' });
    const after = play(s, { type: 'hardenPosition', power: 'russia' });
    expect(after.world.hardLine).toBeGreaterThan(s.world.hardLine);
  });
});

describe('the score (findings 4 and 9)', () => {
  const holding = (heldAs: 'administration' | 'sovereignty') =>
    edit(build(), (d) => {
      for (const id of ['shikotan', 'habomai'] as const) d.islands[id] = { ...d.islands[id], administeredBy: 'japan', heldAs, militarisation: 0, access: 'none' };
    });

  it('administration is worth less than sovereignty', () => {
    const territory = (s: GameState) => outcome(s).categories.find((c) => c.id === 'territory')!.score;
    expect(territory(holding('administration'))).toBeLessThan(territory(holding('sovereignty')));
  });

  it('defence spending and trade cannot be pumped without limit: every category has diminishing returns', () => {
    const category = (s: GameState, id: string) => outcome(s).categories.find((c) => c.id === id)!.score;
    const military = (extra: number) => edit(build(), (d) => void (d.powers.japan = { ...d.powers.japan, military: d.powers.japan.military + extra }));
    const trade = (extra: number) => edit(build(), (d) => void (d.world.trade.japanRussia += extra));
    const [m0, m10, m20, m1000] = [0, 10, 20, 1000].map((x) => category(military(x), 'security'));
    expect(m10! - m0!).toBeGreaterThan(m20! - m10!);
    expect(m1000! - m0!).toBeLessThanOrEqual(12);
    const [t0, t10, t20, t1000] = [0, 10, 20, 1000].map((x) => category(trade(x), 'economy'));
    expect(t10! - t0!).toBeGreaterThan(t20! - t10!);
    expect(t1000! - t0!).toBeLessThanOrEqual(25);
  });
});

describe('packages paid in full (finding 5)', () => {
  it('the package held in escrow is paid in full on signing, and returned if the draft dies', () => {
    const agreed = { ...twoIslands, economicPackage: 2 as const };
    const ready = edit(build(), (d) => {
      d.treaty = { ...d.treaty, stage: 'draft', progress: 100, agreed, escrow: packageCost(agreed) };
      d.powers.japan = { ...d.powers.japan, approval: 75, budget: 0 };
      d.powers.russia = { ...d.powers.russia, approval: 85 };
      d.world.nationalism = 60;
      d.opinions.russia.japan = { base: 60, modifiers: [] };
      d.kremlin = { reserve: 12, estimateError: 0 };
      d.world.investmentStock = 30;
    });
    const signed = resolveTurn(ready);
    expect(signed.treaty.stage).toBe('signed');
    expect(signed.treaty.escrow).toBe(0);
    expect(signed.tally.investmentDelivered).toBe(round2(ready.tally.investmentDelivered + packageCost(agreed)));
    const dies = edit(ready, (d) => void (d.treaty = { ...d.treaty, stalledTurns: 3 }));
    const failed = resolveTurn(edit(dies, (d) => void (d.powers.japan = { ...d.powers.japan, approval: 30 })));
    expect(failed.treaty.stage).toBe('framework');
    expect(failed.treaty.escrow).toBe(0);
    expect(failed.powers.japan.budget).toBeGreaterThanOrEqual(packageCost(agreed));
  });
});

describe('talks that go backwards (finding 7)', () => {
  it('a framework left without summits erodes and falls back to talks', () => {
    let s = build({ change: (d) => void (d.treaty = { ...d.treaty, stage: 'framework', progress: 20, frameworkTurn: 1 }) });
    for (let i = 0; i < 4 && s.treaty.stage === 'framework'; i++) s = resolveTurn(s);
    expect(s.treaty.stage).toBe('talks');
    expect(s.tally.talksSetbacks).toBe(1);
  });

  it('Moscow may suspend the talks; while suspended, no proposal can be sent', () => {
    const s = build({ power: 'russia', change: (d) => void (d.treaty = { ...d.treaty, stage: 'framework', progress: 60, frameworkTurn: 1 }) });
    const suspended = play(s, { type: 'suspendTalks', power: 'russia' });
    expect(suspended.treaty.suspendedUntil).toBeGreaterThan(s.turn);
    const japan = phaseOf(resolveTurn(suspended), 'japan');
    expect(refuse(japan, { type: 'propose', power: 'japan', proposal: twoIslands }).code).toBe('ERR_TALKS_SUSPENDED');
  });
});

describe('sanctions cut both ways (finding 11)', () => {
  it('tighter sanctions cost Japan trade once its firms are exposed in Russia', () => {
    const exposed = build({ power: 'usa', change: (d) => void (d.world.trade.japanRussia += 10) });
    const after = play(exposed, { type: 'setSanctions', power: 'usa', direction: 'tighten' });
    expect(after.world.trade.japanRussia).toBeLessThan(exposed.world.trade.japanRussia);
  });

  it('Washington cannot ease sanctions below the core its Congress and allies keep', () => {
    const s = build({ power: 'usa', change: (d) => void (d.world = { ...d.world, usStance: 90, sanctions: SANCTIONS_FLOOR }) });
    expect(refuse(s, { type: 'setSanctions', power: 'usa', direction: 'ease' }).code).toBe('ERR_SANCTIONS_FLOOR');
  });

  it('a "no US forces" clause costs Japan with Washington', () => {
    const s = build({ change: (d) => void ((d.treaty = { ...d.treaty, stage: 'framework', progress: 60 }), (d.powers.japan = { ...d.powers.japan, budget: 10 })) });
    const withClause = play(s, { type: 'propose', power: 'japan', proposal: { ...twoIslands, noUsForces: true } });
    const without = play(s, { type: 'propose', power: 'japan', proposal: { ...twoIslands, noUsForces: false } });
    expect(opinionOf(withClause, 'usa', 'japan')).toBeLessThan(opinionOf(without, 'usa', 'japan'));
  });
});

describe('tracks short of a treaty (finding 12)', () => {
  it('visa-free visits run at the start, Moscow can suspend them and Tokyo can ask to restore them', () => {
    const s = build({ power: 'russia' });
    expect(s.tracks.visits).toBe('running');
    const suspended = play(s, { type: 'suspendVisits', power: 'russia' });
    expect(suspended.tracks.visits).toBe('suspended');
    const japan = phaseOf(resolveTurn(edit(suspended, (d) => void (d.opinions.russia.japan = { base: 10, modifiers: [] }))), 'japan');
    expect(play(japan, { type: 'restoreVisits', power: 'japan' }).tracks.visits).toBe('running');
  });

  it('joint economic activity advances through talks and pilots to operation, opening the Russian-held islands to it', () => {
    let s = build({ change: (d) => void ((d.opinions.russia.japan = { base: 30, modifiers: [] }), (d.powers.japan = { ...d.powers.japan, capital: 20, budget: 10 })) });
    for (let i = 0; i < 12 && s.tracks.jointActivity.stage !== 'operating'; i++) {
      s = phaseOf(resolveTurn(play(s, { type: 'jointActivityTalks', power: 'japan' })), 'japan');
      s = edit(s, (d) => void ((d.powers.japan = { ...d.powers.japan, capital: 20, budget: 10 }), (d.opinions.russia.japan = { base: 30, modifiers: [] })));
    }
    expect(s.tracks.jointActivity.stage).toBe('operating');
    expect(s.islands.etorofu.access).toBe('joint');
    // Moscow can use it as leverage.
    const frozen = play(phaseOf(s, 'russia'), { type: 'freezeJointActivity', power: 'russia' });
    expect(frozen.tracks.jointActivity.stage).toBe('pilots');
    expect(frozen.islands.etorofu.access).toBe('none');
  });

  it('a security dialogue widens Tokyo’s channels and narrows its estimate of the Kremlin at the next refresh', () => {
    const s = build();
    const after = play(s, { type: 'securityDialogue', power: 'japan' });
    expect(after.tracks.dialogue).toBeGreaterThan(s.tracks.dialogue);
    expect(after.tracks.contacts).toBeGreaterThan(s.tracks.contacts);
  });
});

describe('no spamming a wedge deal', () => {
  it('an energy partnership signed again the next quarter does less than the first', () => {
    const start = build({ change: (d) => void (d.powers.japan = { ...d.powers.japan, capital: 20, budget: 12 }) });
    const first = play(start, { type: 'energyPartnership', power: 'japan' });
    const gain1 = start.world.strategicTies - first.world.strategicTies;
    const next = phaseOf(resolveTurn(first), 'japan');
    const again = play(edit(next, (d) => void (d.powers.japan = { ...d.powers.japan, capital: 20, budget: 12 })), { type: 'energyPartnership', power: 'japan' });
    const gain2 = next.world.strategicTies - again.world.strategicTies;
    expect(gain2).toBeGreaterThan(0);
    expect(gain2).toBeLessThan(gain1);
  });
});

describe('a full six years (finding 13)', () => {
  it('a delivered project can be run again, dearer and with less effect', () => {
    const delivered = build({ change: (d) => void (d.projects = [{ id: 'health', startedTurn: 1, paid: 3, delivered: true, round: 1 }]) });
    const again = legalActions(delivered, 'japan').find((a) => a.type === 'startProject' && a.projectId === 'health');
    expect(again).toBeDefined();
    const next = play(delivered, again!);
    expect(next.projects.at(-1)).toMatchObject({ id: 'health', round: 2, delivered: false });
  });

  it('Russia cannot reinforce an island it agreed to hand over demilitarised', () => {
    const s = build({
      power: 'russia',
      change: (d) => {
        d.treaty = { ...d.treaty, stage: 'signed', progress: 100, agreed: { ...twoIslands, demilitarise: true }, implementation: 60 };
        d.islands.shikotan = { ...d.islands.shikotan, transferDueTurn: d.turn + 3 };
      },
    });
    expect(refuse(s, { type: 'militarise', power: 'russia', island: 'shikotan' }).code).toBe('ERR_TREATY_BARS');
  });

  it('a handover slips while implementation is poor, and happens once it is good enough', () => {
    const due = (implementation: number) =>
      build({
        change: (d) => {
          d.treaty = { ...d.treaty, stage: 'signed', progress: 100, agreed: proposal({ transfers: { habomai: 'sovereignty' } }), implementation };
          d.islands.habomai = { ...d.islands.habomai, transferDueTurn: d.turn + 1, militarisation: 0 };
        },
      });
    expect(resolveTurn(due(20)).islands.habomai.administeredBy).toBe('russia');
    expect(resolveTurn(due(90)).islands.habomai).toMatchObject({ administeredBy: 'japan', heldAs: 'sovereignty' });
  });

  it('a random event does not come back within its cooldown', () => {
    let repeats = 0;
    for (let seed = 1; seed <= 10; seed++) {
      let s = build({ seed, scenario: scenario() });
      const seen: Record<string, number[]> = {};
      while (s.phase.kind === 'acting') {
        s = resolveTurn(edit(s, (d) => void (d.pendingEvents = [])));
        for (const [id, turn] of Object.entries(s.eventTurns)) if (!(seen[id] ??= []).includes(turn)) seen[id]!.push(turn);
      }
      for (const turns of Object.values(seen)) {
        for (let i = 1; i < turns.length; i++) {
          repeats += 1;
          expect(turns[i]! - turns[i - 1]!).toBeGreaterThanOrEqual(3);
        }
      }
    }
    expect(repeats).toBeGreaterThan(0);
  });
});
