// Fixed plans as policies (`plan:<item>+<item>+<item>`): the items read off RULES, the
// strict reading of plan names, and a plan played in order every turn.
import { describe, expect, it } from 'vitest';
import { PLAN_ITEMS, bestAcceptableDraft, japanPolicy, parsePlan, planPolicy, type Policy } from '../src/ai';
import { affordableProject } from '../src/ai/japan';
import { deliberationDice } from '../src/ai/policy';
import { runCampaign } from '../src/app/batch/campaign';
import { parseSimArgs } from '../src/cli/args';
import { builtinScenario } from '../src/data';
import { RULES, applyAction, legalActions, observe, presetProposals, type Action, type ActionType, type GameState } from '../src/engine';
import { build } from './helpers';

/** Japan's moves in its phase of the current turn under `policy`, up to and including endTurn. */
function japanPhase(start: GameState, policy: Policy): Action[] {
  let state = start;
  const moves: Action[] = [];
  for (let step = 0; step < 20; step++) {
    const view = observe(state, 'japan');
    const { action } = policy.decide(view, legalActions(state, 'japan'), deliberationDice(state, 'japan'));
    moves.push(action);
    const next = applyAction(state, action);
    if (!next.ok) throw new Error(`the plan chose an illegal action: ${next.error.message}`);
    if (action.type === 'endTurn') return moves;
    state = next.value;
  }
  throw new Error('the plan never ended its turn');
}

const endTurn: Action = { type: 'endTurn', power: 'japan' };

const label = (a: Action): string => {
  if (a.type === 'summit') return `summit:${a.partner}`;
  if (a.type === 'lobbySanctions') return `lobbySanctions:${a.direction}`;
  if (a.type === 'startProject') return `startProject:${a.projectId}`;
  return a.type;
};

describe('plan items', () => {
  it('cover every Japanese action type in RULES except endTurn, answerEvent and injectEvent', () => {
    const items = PLAN_ITEMS();
    const types = (Object.keys(RULES) as ActionType[]).filter((t) => RULES[t].powers.includes('japan'));
    for (const type of types) {
      const covered = items.some((i) => i === type || i.startsWith(`${type}:`));
      expect(covered, type).toBe(!['endTurn', 'answerEvent', 'injectEvent'].includes(type));
    }
    expect(new Set(items).size).toBe(items.length);
  });

  it('name the summit partners, the lobbying directions, the best draft and every preset', () => {
    const items = PLAN_ITEMS();
    expect(items).toEqual(expect.arrayContaining(['startProject', 'summit:russia', 'summit:china', 'summit:usa', 'lobbySanctions:ease', 'lobbySanctions:keep', 'propose:best']));
    for (const preset of presetProposals()) expect(items).toContain(`propose:${preset.id}`);
    expect(items).not.toContain('summit');
    expect(items).not.toContain('propose');
  });

  it('come in an order that launches projects and holds summits before proposing', () => {
    const items = PLAN_ITEMS();
    const at = (id: string) => items.indexOf(id);
    expect(at('startProject')).toBeLessThan(at('summit:russia'));
    expect(at('summit:russia')).toBeLessThan(at('propose:best'));
    expect(at('summit:china')).toBeLessThan(at('propose:best'));
  });
});

describe('plan names', () => {
  it.each([
    ['plan:energyPartnership', ['energyPartnership']],
    ['plan:startProject+summit:russia+propose:best', ['startProject', 'summit:russia', 'propose:best']],
    ['plan:propose:1956-basis+summit:china', ['propose:1956-basis', 'summit:china']],
    ['plan:lobbySanctions:keep+hedgeChina', ['lobbySanctions:keep', 'hedgeChina']],
  ])('reads %s', (name, items) => {
    const plan = parsePlan(name);
    expect(plan).toEqual({ ok: true, value: items });
    expect(japanPolicy(name)?.name).toBe(name);
  });

  it.each([
    ['plan:', /one to three items/],
    ['plan:fly', /unknown plan item "fly"/],
    ['plan:summit', /unknown plan item "summit"/],
    ['plan:propose', /unknown plan item "propose"/],
    ['plan:propose:nothing', /unknown plan item "propose:nothing"/],
    ['plan:summit:japan', /unknown plan item "summit:japan"/],
    ['plan:endTurn', /unknown plan item "endTurn"/],
    ['plan:answerEvent', /unknown plan item "answerEvent"/],
    ['plan:injectEvent', /unknown plan item "injectEvent"/],
    ['plan:militarise', /unknown plan item "militarise"/],
    ['plan:summit:russia+summit:china+propose:best+startProject', /at most three items, got 4/],
    ['plan:summit:russia+summit:russia', /"summit:russia" is given twice/],
    ['plan:summit:russia+', /item 2 of the plan is empty/],
    ['plan:+summit:russia', /item 1 of the plan is empty/],
    ['plan:Summit:russia', /unknown plan item "Summit:russia"/],
    ['plan: summit:russia', /unknown plan item " summit:russia"/],
  ])('refuses %s', (name, why) => {
    const plan = parsePlan(name);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.error).toMatch(why);
    expect(japanPolicy(name)).toBeNull();
  });

  it('are checked by the simulator, which names the bad item and lists the good ones', () => {
    const refused = parseSimArgs(['--scenario', 's', '--seed', '1', '--policy', 'plan:summit:russia+fly']);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/unknown policy "plan:summit:russia\+fly": unknown plan item "fly".*propose:best/);
    const good = parseSimArgs(['--scenario', 's', '--seed', '1', '--policy', 'plan:startProject+summit:russia+propose:best']);
    expect(good).toMatchObject({ ok: true, value: { policy: 'plan:startProject+summit:russia+propose:best' } });
  });
});

describe('a plan policy', () => {
  it('takes its items in the order given, then ends the turn', () => {
    const start = build();
    expect(japanPhase(start, planPolicy(['engageChina', 'summit:russia', 'hedgeChina'])).map(label)).toEqual([
      'engageChina',
      'summit:russia',
      'hedgeChina',
      'endTurn',
    ]);
    expect(japanPhase(start, planPolicy(['hedgeChina', 'engageChina', 'summit:russia'])).map(label)).toEqual([
      'hedgeChina',
      'engageChina',
      'summit:russia',
      'endTurn',
    ]);
  });

  it('skips an item it cannot afford and goes on with the next', () => {
    // Six capital: a Moscow summit (3) and an energy partnership (2) leave too little for a Beijing summit (2).
    const moves = japanPhase(build(), planPolicy(['summit:russia', 'energyPartnership', 'summit:china']));
    expect(moves.map(label)).toEqual(['summit:russia', 'energyPartnership', 'endTurn']);
  });

  it('launches every project the budget can carry, and no other', () => {
    const start = build();
    const moves = japanPhase(start, planPolicy(['startProject']));
    const launched = moves.filter((a) => a.type === 'startProject');
    expect(launched.length).toBeGreaterThan(1);
    expect(moves.at(-1)!.type).toBe('endTurn');
    // Replayed: each launch was affordable when made, and none is left once the plan stops.
    let state = start;
    for (const move of launched) {
      expect(affordableProject(move, observe(state, 'japan'))).toBe(true);
      const next = applyAction(state, move);
      if (!next.ok) throw new Error(next.error.message);
      state = next.value;
    }
    const view = observe(state, 'japan');
    expect(legalActions(state, 'japan').filter((a) => affordableProject(a, view))).toEqual([]);
  });

  it('sends the best draft Russia would accept, or nothing when there is none', () => {
    // The opening board, where Moscow accepts nothing, and a warmer one after deliveries.
    const cold = build();
    const warm = build({
      change: (d) => {
        d.tally.investmentDelivered = 20;
        d.world.investmentStock = 20;
        d.treaty.stage = 'framework';
        d.treaty.progress = 60;
        d.opinions.russia.japan = { ...d.opinions.russia.japan!, base: 60 };
        d.powers.japan = { ...d.powers.japan, approval: 70, budget: 8 };
        d.kremlinEstimate = { centre: 10, spread: 6 };
      },
    });
    let sent = 0;
    for (const start of [cold, warm]) {
      const choice = bestAcceptableDraft(observe(start, 'japan'));
      const moves = japanPhase(start, planPolicy(['propose:best']));
      expect(moves).toEqual(choice ? [{ type: 'propose', power: 'japan', proposal: choice.proposal }, endTurn] : [endTurn]);
      if (choice) sent += 1;
    }
    expect(sent).toBeGreaterThan(0);
    const preset = presetProposals()[0]!;
    const presetMoves = japanPhase(cold, planPolicy([`propose:${preset.id}`]));
    expect(presetMoves[0]).toEqual({ type: 'propose', power: 'japan', proposal: preset.proposal });
  });

  it('goes through its items once a turn, in order, in whole campaigns with events', () => {
    const items = ['startProject', 'summit:russia', 'propose:best'];
    const itemOf = (a: Action) => (a.type === 'startProject' ? 0 : a.type === 'summit' && a.partner === 'russia' ? 1 : a.type === 'propose' ? 2 : -1);
    const scenario = builtinScenario('north-asia-2016');
    let summits = 0;
    for (const seed of [1, 2, 3]) {
      const { trace } = runCampaign({ scenario, seed, japanPolicy: `plan:${items.join('+')}`, trace: true });
      for (const turn of trace!) {
        const moves = turn.actions.filter((t) => t.power === 'japan').map((t) => t.action);
        expect(moves.at(-1)!.type, `turn ${turn.turn}`).toBe('endTurn');
        const planned = moves.filter((a) => a.type !== 'answerEvent' && a.type !== 'endTurn').map(itemOf);
        expect(planned.every((i) => i >= 0)).toBe(true);
        expect(planned).toEqual([...planned].sort((a, b) => a - b));
        expect(planned.filter((i) => i === 1).length).toBeLessThanOrEqual(1);
        expect(planned.filter((i) => i === 2).length).toBeLessThanOrEqual(1);
        summits += planned.filter((i) => i === 1).length;
      }
    }
    expect(summits).toBeGreaterThan(30);
  });
});
