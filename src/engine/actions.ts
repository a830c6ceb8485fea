// The rules of every action, as one table: who may take it, what it costs, when it is
// allowed (with the reason when it is not), and what it does. Apply functions mutate a
// draft that `applyAction` has already copied; they never see the caller's state.
import { clamp100, round2 } from './math';
import { economicLeverage } from './measures';
import { opinionOf } from './opinions';
import { opinionMod, shiftApproval, shiftMilitarisation, shiftTension, shiftWorld } from './shifts';
import { answerEvent, injectEvent } from './events';
import { eventDef, projectDef } from './catalogue';
import { nextRound, projectUnderWay } from './project-list';
import { counterProposal, islandName, presetProposals, proposalText, weighProposal } from './proposals';
import type { Action, ActionType, Board, GameState, IslandId, PowerId, Proposal, ScenarioDefs } from './types';
import { ISLANDS } from './types';
import { SUMMIT_COST, capital, constant, fail, fixed, free, japanOnly, single, type ActionOf, type Rule } from './rule';
import { TRACK_RULES, addContacts } from './rules-tracks';
import { advanceTreaty, holdEscrow, packageCost, releaseEscrow, talksSuspended, treatyClosed } from './treaty';
import { refreshEstimate } from './kremlin';

export type { Cost } from './rule';

const sanctionsDrag = (draft: GameState, id: string, size: number) => {
  // The United States frowns on deals that cut across Western sanctions on Russia.
  if (draft.world.sanctions >= 50) opinionMod(draft, 'usa', 'japan', id, 'Tokyo courts Moscow despite sanctions', -size, 0.5);
};

/**
 * How much a repeated move still does: the same deal signed again next quarter adds less
 * (0.4 of it), two quarters on 0.7, later in full. Read before the move is recorded.
 */
export function freshness(state: Board, power: PowerId, key: string): number {
  const last = state.lastTaken[power]?.[key];
  if (last === undefined) return 1;
  const since = state.turn - last;
  return since <= 1 ? 0.4 : since === 2 ? 0.7 : 1;
}

/** The US cannot ease sanctions below this: Congress and the European allies keep a core in place. */
export const SANCTIONS_FLOOR = 35;

/** A repeated project costs half as much again for each earlier run. */
export const projectInstalment = (costPerTurn: number, round: number): number => round2(costPerTurn * (1 + 0.5 * (round - 1)));

const copyProposal = (p: Proposal): Proposal => ({
  transfers: { etorofu: p.transfers.etorofu, kunashiri: p.transfers.kunashiri, shikotan: p.transfers.shikotan, habomai: p.transfers.habomai },
  access: { etorofu: p.access.etorofu, kunashiri: p.access.kunashiri, shikotan: p.access.shikotan, habomai: p.access.habomai },
  schedule: p.schedule,
  demilitarise: p.demilitarise,
  noUsForces: p.noUsForces,
  economicPackage: p.economicPackage,
});

/** Every project's launch, in the catalogue's order: built once per scenario and frozen, as they are listed on every Japanese step. */
const projectStartsByDefs = new WeakMap<ScenarioDefs, readonly ActionOf<'startProject'>[]>();
function projectStarts(defs: ScenarioDefs): readonly ActionOf<'startProject'>[] {
  let starts = projectStartsByDefs.get(defs);
  if (!starts) {
    starts = Object.freeze(defs.projects.map((p) => Object.freeze({ type: 'startProject' as const, power: 'japan' as const, projectId: p.id })));
    projectStartsByDefs.set(defs, starts);
  }
  return starts;
}

/** Both sides agree a text: it becomes the draft treaty, and Russians learn what is on offer. */
function agreeDraft(d: GameState, proposal: Proposal): void {
  d.treaty.stage = 'draft';
  d.treaty.progress = 0;
  d.treaty.pending = null;
  d.treaty.agreed = proposal;
  d.treaty.stalledTurns = 0;
  const islands = ISLANDS.filter((id) => proposal.transfers[id] !== 'none').length;
  shiftApproval(d, 'russia', -2 * islands);
  shiftWorld(d, 'nationalism', 2 * islands);
}

export const RULES: { [T in ActionType]: Rule<T> } = {
  // applyLegalAction ends a turn itself (game.ts, endTurn): free, no dice, no news, no effect here.
  endTurn: {
    powers: ['japan', 'russia', 'china', 'usa'],
    group: 'turn',
    label: 'End turn',
    oncePerTurn: false,
    cost: () => free,
    check: () => null,
    apply: (_d, a) => `${a.power} ends its turn`,
    candidates: (_s, power) => [{ type: 'endTurn', power }],
  },
  answerEvent: {
    powers: ['japan', 'russia', 'china', 'usa'],
    group: 'response',
    label: 'Answer an event',
    oncePerTurn: false,
    cost: () => free,
    check: (s, a) => {
      const pending = s.pendingEvents.find((p) => p.eventId === a.eventId && p.chooser === a.power);
      if (!pending) return fail('ERR_NO_SUCH_EVENT', `event "${a.eventId}" is not awaiting an answer from ${a.power}`);
      const def = eventDef(s.defs, a.eventId);
      if (!def?.options.some((o) => o.id === a.optionId)) {
        return fail('ERR_NO_SUCH_OPTION', `event "${a.eventId}" has no option "${a.optionId}"`);
      }
      return null;
    },
    apply: (d, a) => answerEvent(d, a.eventId, a.optionId, a.power),
    candidates: (s, power) => {
      // Asked on every step of every power, and nearly always with nothing to answer.
      const out: ActionOf<'answerEvent'>[] = [];
      for (const p of s.pendingEvents) {
        if (p.chooser !== power) continue;
        for (const o of eventDef(s.defs, p.eventId)?.options ?? []) out.push({ type: 'answerEvent', power, eventId: p.eventId, optionId: o.id });
      }
      return out;
    },
  },

  injectEvent: {
    powers: ['japan', 'russia', 'china', 'usa'],
    group: 'turn',
    label: 'Teacher: trigger an event',
    oncePerTurn: false,
    cost: () => free,
    // whyNot asks injectBlocked (game.ts) instead: a teacher's inject is not the acting seat's move.
    check: () => null,
    apply: (d, a) => injectEvent(d, a.eventId),
    // Not offered to players or the AI: the teacher's controls list the scenario's events.
    candidates: () => [],
  },

  // ---- Japan: the eight-point plan -------------------------------------------------
  startProject: {
    powers: japanOnly,
    group: 'economy',
    label: 'Start an eight-point-plan project',
    oncePerTurn: false,
    cost: (s, a) => {
      const def = projectDef(s.defs, a.projectId);
      return { capital: def?.capital ?? 0, budget: def ? projectInstalment(def.costPerTurn, nextRound(s.projects, a.projectId)) : 0, approval: 0 };
    },
    check: (s, a) => {
      if (!projectDef(s.defs, a.projectId)) return fail('ERR_NO_SUCH_PROJECT', `no project "${a.projectId}" in this scenario`);
      if (projectUnderWay(s.projects, a.projectId)) return fail('ERR_PROJECT_STARTED', `project "${a.projectId}" is already under way`);
      return null;
    },
    apply: (d, a) => {
      const def = projectDef(d.defs, a.projectId)!;
      const round = nextRound(d.projects, def.id);
      const instalment = projectInstalment(def.costPerTurn, round);
      d.projects = [...d.projects, { id: def.id, startedTurn: d.turn, paid: 1, delivered: false, round }];
      d.tally.investmentSpent = round2(d.tally.investmentSpent + instalment);
      opinionMod(d, 'russia', 'japan', `promise:${def.id}`, `project announced: ${def.name}`, (2 * economicLeverage(d)) / round, 0.5);
      sanctionsDrag(d, 'drag:projects', 1);
      const phase = round > 1 ? `, phase ${round}` : '';
      return `Japan launches "${def.name}" (point ${def.point}${phase}), ${def.turns} quarters at ${instalment} bn a quarter`;
    },
    candidates: (s) => {
      const out: ActionOf<'startProject'>[] = [];
      // An index, not for-of: the launches are a frozen array (see legalActions).
      const starts = projectStarts(s.defs);
      for (let i = 0; i < starts.length; i++) if (!projectUnderWay(s.projects, starts[i]!.projectId)) out.push(starts[i]!);
      return out;
    },
  },

  // ---- Summits --------------------------------------------------------------------
  summit: {
    powers: ['japan'],
    group: 'summit',
    label: 'Hold a summit',
    oncePerTurn: true,
    cost: (_s, a) => (a.partner === 'russia' ? SUMMIT_COST.russia : SUMMIT_COST.other),
    check: (_s, a) => (a.partner === 'japan' ? fail('ERR_BAD_PARTNER', 'Japan cannot hold a summit with itself') : null),
    apply: (d, a, dice) => {
      if (a.partner === 'russia') {
        const odds = 0.4 + opinionOf(d, 'russia', 'japan') / 200 + (d.powers.japan.approval - 50) / 400 - d.world.tension['japan-russia'] / 300 - d.world.hardLine / 400;
        const success = dice.chance(odds);
        opinionMod(d, 'russia', 'japan', 'summit', 'summit diplomacy', success ? 5 : 2, 1);
        opinionMod(d, 'japan', 'russia', 'summit', 'summit diplomacy', success ? 5 : 2, 1);
        addContacts(d, success ? 14 : 7);
        // Leaders who meet learn each other's limits: Tokyo's estimate is refreshed with the new channels.
        refreshEstimate(d, dice);
        if (talksSuspended(d)) return 'Leaders meet, but Moscow keeps the treaty talks suspended';
        advanceTreaty(d, success ? 20 : 6);
        if (success) shiftApproval(d, 'japan', 1);
        return success ? 'The Japan-Russia summit makes progress toward a treaty' : 'The Japan-Russia summit ends cordially but with little progress';
      }
      if (a.partner === 'china') {
        shiftTension(d, 'china-japan', -6);
        opinionMod(d, 'china', 'japan', 'summit', 'summit diplomacy', 5, 1);
        shiftWorld(d, 'chinaAlarm', -5);
        shiftWorld(d, 'chinaCurbs', -10);
        return 'Japanese and Chinese leaders meet and calm relations';
      }
      opinionMod(d, 'usa', 'japan', 'summit', 'summit diplomacy', 6, 1);
      opinionMod(d, 'japan', 'usa', 'summit', 'summit diplomacy', 3, 1);
      return 'Tokyo and Washington reaffirm the alliance at a summit';
    },
    candidates: constant((['russia', 'china', 'usa'] as const).map((partner) => ({ type: 'summit', power: 'japan', partner }))),
  },

  // ---- Islands ----------------------------------------------------------------------
  propose: {
    powers: japanOnly,
    group: 'islands',
    label: 'Propose terms on the islands',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: (s, a) => {
      if (s.treaty.stage === 'draft' || s.treaty.stage === 'signed') return fail('ERR_TREATY_AGREED', `a treaty is already ${s.treaty.stage === 'draft' ? 'drafted' : 'signed'}`);
      const closed = treatyClosed(s);
      if (closed) return fail(s.treaty.suspendedUntil !== null ? 'ERR_TALKS_SUSPENDED' : 'ERR_NO_TALKS', closed);
      if (s.treaty.pending) return fail('ERR_PROPOSAL_PENDING', 'a proposal is already on the table');
      if (s.powers.japan.approval < 30) return fail('ERR_NO_STANDING', 'the cabinet lacks the standing at home to negotiate (approval under 30)');
      const cost = packageCost(a.proposal);
      if (cost > s.powers.japan.budget + s.treaty.escrow) {
        return fail('ERR_NO_BUDGET', `the economic package needs ${cost} bn held in escrow, ${s.powers.japan.budget} bn left`);
      }
      return null;
    },
    apply: (d, a) => {
      const proposal = copyProposal(a.proposal);
      d.treaty.pending = { from: 'japan', proposal, turn: d.turn };
      holdEscrow(d, packageCost(proposal));
      d.tally.proposalsMade += 1;
      if (proposal.noUsForces) opinionMod(d, 'usa', 'japan', 'no-us-forces-offer', 'Tokyo bargains over where US forces may go', -3, 0.5);
      return `Japan proposes: ${proposalText(proposal)}`;
    },
    candidates: constant(presetProposals().map((p) => ({ type: 'propose', power: 'japan', proposal: p.proposal }))),
  },
  acceptCounter: {
    powers: japanOnly,
    group: 'islands',
    label: "Accept Russia's counter-proposal",
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: (s) => {
      const pending = s.treaty.pending;
      if (pending?.from !== 'russia') return fail('ERR_NO_COUNTER', 'Russia has no counter-proposal on the table');
      const cost = packageCost(pending.proposal);
      if (cost > s.powers.japan.budget + s.treaty.escrow) {
        return fail('ERR_NO_BUDGET', `the counter's economic package needs ${cost} bn held in escrow, ${round2(s.powers.japan.budget + s.treaty.escrow)} bn available`);
      }
      return null;
    },
    apply: (d) => {
      const proposal = d.treaty.pending!.proposal;
      holdEscrow(d, packageCost(proposal));
      agreeDraft(d, proposal);
      return `Japan accepts Russia's counter-proposal: ${proposalText(proposal)}`;
    },
    candidates: constant(single({ type: 'acceptCounter', power: 'japan' })),
  },

  // ---- Wedge moves ---------------------------------------------------------------
  energyPartnership: {
    powers: japanOnly,
    group: 'wedge',
    label: 'Energy partnership with Russia',
    oncePerTurn: true,
    cost: fixed(capital(2, 2)),
    check: () => null,
    apply: (d) => {
      const leverage = economicLeverage(d) * freshness(d, 'japan', 'energyPartnership');
      d.world.trade.japanRussia = round2(d.world.trade.japanRussia + 1.5 * freshness(d, 'japan', 'energyPartnership'));
      shiftWorld(d, 'strategicTies', -3.5 * leverage);
      opinionMod(d, 'russia', 'japan', 'energy', 'energy partnership with Japan', 3 * leverage, 0.5);
      opinionMod(d, 'china', 'japan', 'wedge', 'Japan courts Moscow', -2, 0.5);
      shiftWorld(d, 'chinaAlarm', 8);
      sanctionsDrag(d, 'drag:energy', 2);
      d.tally.japanWedgeMoves += 1;
      d.tally.investmentSpent = round2(d.tally.investmentSpent + 2);
      return 'Japan signs an energy partnership in Sakhalin and the Arctic, easing Russian reliance on Chinese buyers';
    },
    candidates: constant(single({ type: 'energyPartnership', power: 'japan' })),
  },
  farEastInvestment: {
    powers: japanOnly,
    group: 'wedge',
    label: 'Invest in the Russian Far East',
    oncePerTurn: true,
    cost: fixed(capital(2, 1.5)),
    check: () => null,
    apply: (d) => {
      const leverage = economicLeverage(d) * freshness(d, 'japan', 'farEastInvestment');
      d.world.trade.japanRussia = round2(d.world.trade.japanRussia + freshness(d, 'japan', 'farEastInvestment'));
      shiftWorld(d, 'strategicTies', -2.5 * leverage);
      opinionMod(d, 'russia', 'japan', 'fareast', 'Japanese money in the Far East', 3 * leverage, 0.5);
      shiftWorld(d, 'chinaAlarm', 6);
      sanctionsDrag(d, 'drag:fareast', 1);
      d.tally.japanWedgeMoves += 1;
      d.tally.investmentSpent = round2(d.tally.investmentSpent + 1.5);
      return 'Japanese firms invest in Far Eastern ports and farmland';
    },
    candidates: constant(single({ type: 'farEastInvestment', power: 'japan' })),
  },
  exposeArmsCopying: {
    powers: japanOnly,
    group: 'wedge',
    label: 'Publicise Chinese copying of Russian arms',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: () => null,
    apply: (d, _a, dice) => {
      d.tally.japanWedgeMoves += 1;
      opinionMod(d, 'china', 'japan', 'smear', 'Japanese smear campaign', -8, 1);
      shiftTension(d, 'china-japan', 4);
      if (dice.chance(0.55)) {
        opinionMod(d, 'russia', 'china', 'copying', 'Chinese copying of Russian arms', -8, 1);
        shiftWorld(d, 'farEastUnease', 4);
        shiftWorld(d, 'chinaAlarm', 15);
        return 'Reports of Chinese copies of Russian fighters stir anger in Moscow';
      }
      opinionMod(d, 'russia', 'japan', 'meddling', 'Japanese meddling', -5, 1);
      shiftWorld(d, 'chinaAlarm', 10);
      return 'Moscow dismisses Japanese reports on arms copying as meddling';
    },
    candidates: constant(single({ type: 'exposeArmsCopying', power: 'japan' })),
  },
  lobbySanctions: {
    powers: japanOnly,
    group: 'wedge',
    label: 'Lobby Washington on sanctions',
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: () => null,
    apply: (d, a) => {
      if (a.direction === 'ease') {
        shiftWorld(d, 'sanctions', opinionOf(d, 'usa', 'japan') >= 40 ? -4 : -2);
        opinionMod(d, 'russia', 'japan', 'lobby-ease', 'Tokyo argues for easing sanctions', 4, 1);
        opinionMod(d, 'usa', 'japan', 'lobby-ease', 'Tokyo lobbies against sanctions', -4, 1);
        return 'Tokyo quietly urges Washington to ease sanctions on Russia';
      }
      shiftWorld(d, 'sanctions', 2);
      opinionMod(d, 'usa', 'japan', 'lobby-keep', 'Tokyo backs the sanctions line', 3, 1);
      opinionMod(d, 'russia', 'japan', 'lobby-keep', 'Tokyo backs sanctions', -3, 1);
      return 'Tokyo tells Washington it stands with the G7 on sanctions';
    },
    candidates: constant((['ease', 'keep'] as const).map((direction) => ({ type: 'lobbySanctions', power: 'japan', direction }))),
  },

  // ---- Security ------------------------------------------------------------------
  constitutionalRevision: {
    powers: japanOnly,
    group: 'security',
    label: 'Push constitutional revision',
    oncePerTurn: true,
    cost: fixed(capital(3, 0, 3)),
    check: (s) => (s.world.constitution >= 100 ? fail('ERR_DONE', 'the constitution has already been revised') : null),
    apply: (d) => {
      shiftWorld(d, 'constitution', 20);
      opinionMod(d, 'china', 'japan', 'constitution', 'Japanese remilitarisation', -4, 0.5);
      opinionMod(d, 'russia', 'japan', 'constitution', 'Japanese remilitarisation', -1, 0.5);
      shiftTension(d, 'china-japan', 3);
      if (d.world.constitution >= 100) {
        d.powers.japan.military = round2(d.powers.japan.military * 1.05);
        return 'The Diet completes a revision of Article 9';
      }
      return `The cabinet advances constitutional revision (${d.world.constitution}% of the way)`;
    },
    candidates: constant(single({ type: 'constitutionalRevision', power: 'japan' })),
  },
  defenceSpending: {
    powers: japanOnly,
    group: 'security',
    label: 'Raise defence spending',
    oncePerTurn: true,
    cost: fixed(capital(1, 1.5)),
    check: () => null,
    apply: (d) => {
      d.powers.japan.military = round2(d.powers.japan.military + 1.5);
      opinionMod(d, 'china', 'japan', 'defence', 'Japanese arms build-up', -2, 1);
      shiftTension(d, 'china-japan', 2);
      return 'Japan raises its defence budget';
    },
    candidates: constant(single({ type: 'defenceSpending', power: 'japan' })),
  },
  missileDefenceCoop: {
    powers: japanOnly,
    group: 'security',
    label: 'Missile-defence cooperation with the US',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: () => null,
    apply: (d) => {
      shiftWorld(d, 'missileDefence', 8);
      shiftTension(d, 'russia-usa', 3);
      opinionMod(d, 'russia', 'japan', 'bmd', 'missile-defence cooperation with the US', -5, 0.5);
      opinionMod(d, 'china', 'japan', 'bmd', 'missile-defence cooperation with the US', -3, 0.5);
      opinionMod(d, 'usa', 'japan', 'bmd', 'missile-defence cooperation', 5, 0.5);
      return 'Japan deepens missile-defence cooperation with the United States';
    },
    candidates: constant(single({ type: 'missileDefenceCoop', power: 'japan' })),
  },
  jointExercise: {
    powers: japanOnly,
    group: 'security',
    label: 'Exercise with US forces',
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: () => null,
    apply: (d) => {
      opinionMod(d, 'usa', 'japan', 'exercise', 'joint exercises', 3, 1);
      opinionMod(d, 'russia', 'japan', 'exercise', 'US-Japan exercises', -2, 1);
      opinionMod(d, 'china', 'japan', 'exercise', 'US-Japan exercises', -2, 1);
      shiftTension(d, 'china-japan', 2);
      return 'Japanese and US forces exercise together';
    },
    candidates: constant(single({ type: 'jointExercise', power: 'japan' })),
  },

  // ---- China track ---------------------------------------------------------------
  engageChina: {
    powers: japanOnly,
    group: 'china',
    label: 'Engage China',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: () => null,
    apply: (d) => {
      shiftTension(d, 'china-japan', -5);
      opinionMod(d, 'china', 'japan', 'engage', 'Japanese engagement', 4, 1);
      shiftWorld(d, 'chinaAlarm', -6);
      shiftWorld(d, 'chinaCurbs', -8);
      if (opinionOf(d, 'usa', 'china') < 0) opinionMod(d, 'usa', 'japan', 'engage', 'Tokyo warms to Beijing', -1, 1);
      return 'Tokyo opens trade and maritime talks with Beijing';
    },
    candidates: constant(single({ type: 'engageChina', power: 'japan' })),
  },
  hedgeChina: {
    powers: japanOnly,
    group: 'china',
    label: 'Hedge against China',
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: () => null,
    apply: (d) => {
      opinionMod(d, 'usa', 'japan', 'hedge', 'Japan hedges against China', 2, 1);
      opinionMod(d, 'china', 'japan', 'hedge', 'Japanese hedging', -2, 1);
      shiftTension(d, 'china-japan', 2);
      d.powers.japan.military = round2(d.powers.japan.military + 0.5);
      return 'Japan deepens security ties with Australia, India and Southeast Asia';
    },
    candidates: constant(single({ type: 'hedgeChina', power: 'japan' })),
  },

  // ---- Russia --------------------------------------------------------------------
  answerProposal: {
    powers: ['russia'],
    group: 'islands',
    label: "Answer Japan's proposal",
    oncePerTurn: false,
    cost: () => free,
    check: (s) => (s.treaty.pending?.from === 'japan' ? null : fail('ERR_NO_PROPOSAL', 'Japan has no proposal on the table')),
    apply: (d, a) => {
      const proposal = d.treaty.pending!.proposal;
      const weighing = weighProposal(d, proposal);
      d.treaty.lastAnswer = { turn: d.turn, answer: a.answer, score: weighing.total };
      if (a.answer === 'accept') {
        agreeDraft(d, proposal);
        return `Russia accepts Japan's proposal as the basis of a draft treaty`;
      }
      if (a.answer === 'counter') {
        const counter = counterProposal(d, proposal);
        if (counter) {
          d.treaty.pending = { from: 'russia', proposal: counter, turn: d.turn };
          return `Russia counters: ${proposalText(counter)}`;
        }
        d.treaty.pending = null;
        releaseEscrow(d);
        return 'Russia would counter, but finds no terms it could sell at home, and lets the proposal drop';
      }
      d.treaty.pending = null;
      releaseEscrow(d);
      // Moscow tires of drafts it has already refused: each rejection cools it a little more.
      opinionMod(d, 'russia', 'japan', 'rejected-drafts', 'Tokyo keeps pressing drafts Moscow refused', weighing.total < -60 ? -5 : -2, 0.5);
      shiftApproval(d, 'japan', -1);
      return "Russia rejects Japan's proposal";
    },
    candidates: constant((['accept', 'counter', 'reject'] as const).map((answer) => ({ type: 'answerProposal', power: 'russia', answer }))),
  },
  militarise: {
    powers: ['russia'],
    group: 'military',
    label: 'Reinforce an island garrison',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: (s, a) => {
      const island = s.islands[a.island];
      if (!island) return fail('ERR_NO_SUCH_ISLAND', `no island "${String(a.island)}"`);
      if (island.administeredBy !== 'russia') return fail('ERR_NOT_HELD', `${islandName(a.island)} is not under Russian administration`);
      if (island.militarisation >= 100) return fail('ERR_MAXED', `${islandName(a.island)} is fully militarised`);
      if (island.transferDueTurn !== null && s.treaty.agreed?.demilitarise) {
        return fail('ERR_TREATY_BARS', `the treaty obliges Russia to withdraw its forces from ${islandName(a.island)} before the handover`);
      }
      return null;
    },
    apply: (d, a) => {
      shiftMilitarisation(d, a.island, 12);
      opinionMod(d, 'japan', 'russia', 'garrison', 'Russian build-up on the islands', -4, 1);
      shiftTension(d, 'japan-russia', 4);
      return `Russia reinforces its garrison on ${islandName(a.island)}`;
    },
    candidates: (s) => islandsHeld(s).map((island) => ({ type: 'militarise', power: 'russia', island })),
  },
  demilitarise: {
    powers: ['russia'],
    group: 'military',
    label: 'Draw down an island garrison',
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: (s, a) => {
      const island = s.islands[a.island];
      if (!island) return fail('ERR_NO_SUCH_ISLAND', `no island "${String(a.island)}"`);
      if (island.administeredBy !== 'russia' || island.militarisation < 10) {
        return fail('ERR_NOTHING_TO_CUT', `${islandName(a.island)} has no garrison to draw down`);
      }
      return null;
    },
    apply: (d, a) => {
      shiftMilitarisation(d, a.island, -10);
      opinionMod(d, 'japan', 'russia', 'drawdown', 'Russian restraint on the islands', 3, 1);
      shiftTension(d, 'japan-russia', -3);
      return `Russia draws down forces on ${islandName(a.island)}`;
    },
    candidates: (s) => islandsHeld(s).map((island) => ({ type: 'demilitarise', power: 'russia', island })),
  },
  exerciseWithChina: {
    powers: ['russia', 'china'],
    group: 'military',
    label: 'Joint Sino-Russian exercise',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: () => null,
    apply: (d, a) => {
      opinionMod(d, 'russia', 'china', 'drill', 'joint exercises', 4, 1);
      opinionMod(d, 'china', 'russia', 'drill', 'joint exercises', 4, 1);
      shiftTension(d, 'china-usa', 1);
      shiftTension(d, 'russia-usa', 1);
      shiftTension(d, 'china-japan', 1);
      return `${a.power === 'russia' ? 'Moscow' : 'Beijing'} stages joint naval drills with its neighbour`;
    },
    candidates: (_s, power) => (power === 'russia' || power === 'china' ? [{ type: 'exerciseWithChina', power }] : []),
  },
  courtJapan: {
    powers: ['russia'],
    group: 'policy',
    label: 'Court Japanese investment',
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: () => null,
    apply: (d) => {
      opinionMod(d, 'japan', 'russia', 'courting', 'Moscow invites Japanese business', 4, 1);
      advanceTreaty(d, 5);
      return 'Moscow invites Japanese firms into the Far East and talks up a treaty';
    },
    candidates: constant(single({ type: 'courtJapan', power: 'russia' })),
  },
  warnJapan: {
    powers: ['russia'],
    group: 'policy',
    label: 'Warn Tokyo',
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: () => null,
    apply: (d) => {
      opinionMod(d, 'japan', 'russia', 'warning', 'Russian warnings', -3, 1);
      if (d.treaty.stage === 'talks' || d.treaty.stage === 'framework') d.treaty.progress = clamp100(d.treaty.progress - 10);
      return 'Moscow warns Tokyo that its alliance moves threaten the talks';
    },
    candidates: constant(single({ type: 'warnJapan', power: 'russia' })),
  },

  // ---- China ---------------------------------------------------------------------
  outbidJapan: {
    powers: ['china'],
    group: 'policy',
    label: 'Make Moscow a richer offer',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: () => null,
    apply: (d, _a, dice) => {
      const offers = ['a higher gas price', 'cheap state loans', 'a large arms purchase', 'investment in Siberian fields'];
      const offer = offers[dice.int(offers.length)]!;
      d.world.trade.chinaRussia = round2(d.world.trade.chinaRussia + 3);
      shiftWorld(d, 'strategicTies', 4);
      opinionMod(d, 'russia', 'china', 'offer', 'Chinese offers', 6, 0.5);
      shiftWorld(d, 'chinaAlarm', -10);
      // Beijing's money makes Tokyo's less needed, and its terms crowd Japanese firms out.
      opinionMod(d, 'russia', 'japan', 'outbid', 'Chinese money makes Japanese money less needed', -2, 0.5);
      d.world.trade.japanRussia = round2(Math.max(0, d.world.trade.japanRussia - 0.3));
      d.tally.chinaCounterOffers += 1;
      return `Beijing offers Moscow ${offer}`;
    },
    candidates: constant(single({ type: 'outbidJapan', power: 'china' })),
  },
  pressureJapan: {
    powers: ['china'],
    group: 'policy',
    label: 'Press Japan at sea',
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: () => null,
    apply: (d) => {
      shiftTension(d, 'china-japan', 6);
      opinionMod(d, 'japan', 'china', 'pressure', 'Chinese pressure at sea', -4, 1);
      opinionMod(d, 'usa', 'china', 'pressure', 'Chinese pressure on an ally', -2, 1);
      shiftApproval(d, 'japan', 1);
      return 'Chinese coast guard ships press around the Senkaku Islands';
    },
    candidates: constant(single({ type: 'pressureJapan', power: 'china' })),
  },
  engageJapan: {
    powers: ['china'],
    group: 'policy',
    label: 'Engage Japan',
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: () => null,
    apply: (d) => {
      shiftTension(d, 'china-japan', -4);
      opinionMod(d, 'japan', 'china', 'engage', 'Chinese engagement', 3, 1);
      return 'Beijing proposes high-level economic talks with Tokyo';
    },
    candidates: constant(single({ type: 'engageJapan', power: 'china' })),
  },

  // ---- United States -------------------------------------------------------------
  setSanctions: {
    powers: ['usa'],
    group: 'policy',
    label: 'Set sanctions on Russia',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: (s, a) => {
      if (a.direction === 'ease' && s.world.usStance < 50) return fail('ERR_CONGRESS', 'Congress will not let an administration this wary of Moscow ease sanctions');
      if (a.direction === 'ease' && s.world.sanctions <= SANCTIONS_FLOOR) {
        return fail('ERR_SANCTIONS_FLOOR', `Congress and the European allies keep a core of sanctions (${SANCTIONS_FLOOR}) in place`);
      }
      if (a.direction === 'tighten' && s.world.sanctions >= 100) return fail('ERR_MAXED', 'sanctions are at their maximum');
      return null;
    },
    apply: (d, a) => {
      const sign = a.direction === 'tighten' ? 1 : -1;
      shiftWorld(d, 'sanctions', 8 * sign);
      opinionMod(d, 'russia', 'usa', 'sanctions', 'sanctions policy', -4 * sign, 1);
      shiftTension(d, 'russia-usa', 3 * sign);
      return a.direction === 'tighten' ? 'Washington tightens sanctions on Russia' : 'Washington eases sanctions on Russia';
    },
    candidates: constant((['tighten', 'ease'] as const).map((direction) => ({ type: 'setSanctions', power: 'usa', direction }))),
  },
  deployMissileDefence: {
    powers: ['usa'],
    group: 'military',
    label: 'Deploy missile defence in the region',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: (s) => (s.world.missileDefence >= 100 ? fail('ERR_MAXED', 'missile defence is fully deployed') : null),
    apply: (d) => {
      shiftWorld(d, 'missileDefence', 10);
      shiftTension(d, 'russia-usa', 4);
      shiftTension(d, 'china-usa', 4);
      opinionMod(d, 'russia', 'usa', 'thaad', 'US missile defence in Asia', -4, 0.5);
      opinionMod(d, 'china', 'usa', 'thaad', 'US missile defence in Asia', -4, 0.5);
      d.tally.usMissileDefenceMoves += 1;
      return 'The United States deploys more missile-defence batteries in North Asia';
    },
    candidates: constant(single({ type: 'deployMissileDefence', power: 'usa' })),
  },
  reassureJapan: {
    powers: ['usa'],
    group: 'policy',
    label: 'Reassure Japan',
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: () => null,
    apply: (d) => {
      opinionMod(d, 'japan', 'usa', 'reassure', 'US reassurance', 4, 1);
      opinionMod(d, 'usa', 'japan', 'reassure', 'alliance ties', 2, 1);
      shiftApproval(d, 'japan', 1);
      return 'Washington restates that the alliance covers Japan';
    },
    candidates: constant(single({ type: 'reassureJapan', power: 'usa' })),
  },
  warnTokyo: {
    powers: ['usa'],
    group: 'policy',
    label: 'Warn Tokyo off Moscow',
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: () => null,
    apply: (d) => {
      opinionMod(d, 'japan', 'usa', 'warned', 'US warnings', -3, 1);
      shiftApproval(d, 'japan', -2);
      if (d.treaty.stage === 'talks' || d.treaty.stage === 'framework') d.treaty.progress = clamp100(d.treaty.progress - 5);
      return 'Washington warns Tokyo that its Russian deals undercut sanctions';
    },
    candidates: constant(single({ type: 'warnTokyo', power: 'usa' })),
  },
  engageRussia: {
    powers: ['usa'],
    group: 'policy',
    label: 'Engage Moscow',
    oncePerTurn: true,
    cost: fixed(capital(2)),
    check: (s) => (s.world.usStance < 40 ? fail('ERR_STANCE', 'this administration will not court Moscow') : null),
    apply: (d) => {
      shiftTension(d, 'russia-usa', -5);
      opinionMod(d, 'russia', 'usa', 'engage', 'US engagement', 3, 1);
      shiftWorld(d, 'usStance', 2);
      return 'The White House seeks a reset with the Kremlin';
    },
    candidates: constant(single({ type: 'engageRussia', power: 'usa' })),
  },
  pressureChina: {
    powers: ['usa'],
    group: 'policy',
    label: 'Press China',
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: () => null,
    apply: (d) => {
      shiftTension(d, 'china-usa', 5);
      opinionMod(d, 'china', 'usa', 'pressure', 'US pressure', -3, 1);
      opinionMod(d, 'japan', 'usa', 'pressure', 'US firmness with China', 1, 1);
      return 'Washington presses Beijing on trade and the South China Sea';
    },
    candidates: constant(single({ type: 'pressureChina', power: 'usa' })),
  },
  ...TRACK_RULES,
};

function islandsHeld(s: Board): IslandId[] {
  return ISLANDS.filter((id) => s.islands[id].administeredBy === 'russia');
}

/** The action types each power may take, in the stable order of RULES. */
export const RULE_TYPES_BY_POWER: Record<PowerId, readonly ActionType[]> = {
  japan: typesFor('japan'),
  russia: typesFor('russia'),
  china: typesFor('china'),
  usa: typesFor('usa'),
};

function typesFor(power: PowerId): ActionType[] {
  return (Object.keys(RULES) as ActionType[]).filter((type) => RULES[type].powers.includes(power));
}

/** The key that a once-a-turn rule is counted under: each summit partner counts separately. */
export function onceKey(action: Action): string {
  if (action.type === 'summit') return SUMMIT_KEYS[action.partner];
  return action.type;
}

const SUMMIT_KEYS: Record<PowerId, string> = { japan: 'summit:japan', russia: 'summit:russia', china: 'summit:china', usa: 'summit:usa' };

export function actionText(action: Action): string {
  switch (action.type) {
    case 'startProject':
      return `${action.power}: startProject ${action.projectId}`;
    case 'summit':
      return `${action.power}: summit with ${action.partner}`;
    case 'propose':
      return `${action.power}: propose [${proposalText(action.proposal)}]`;
    case 'answerEvent':
      return `${action.power}: answer ${action.eventId} with ${action.optionId}`;
    case 'injectEvent':
      return `teacher: trigger ${action.eventId}`;
    case 'answerProposal':
      return `${action.power}: ${action.answer} the proposal`;
    case 'lobbySanctions':
      return `${action.power}: lobby to ${action.direction} sanctions`;
    case 'setSanctions':
      return `${action.power}: ${action.direction} sanctions`;
    case 'militarise':
    case 'demilitarise':
      return `${action.power}: ${action.type} ${action.island}`;
    default:
      return `${action.power}: ${action.type}`;
  }
}
