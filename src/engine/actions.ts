// The rules of every action, as one table: who may take it, what it costs, when it is
// allowed (with the reason when it is not), and what it does. Apply functions mutate a
// draft that `applyAction` has already copied; they never see the caller's state.
import { clamp100, round2 } from './math';
import { economicLeverage } from './measures';
import { opinionOf } from './opinions';
import { opinionMod, shiftApproval, shiftMilitarisation, shiftTension, shiftWorld } from './effects';
import { answerEvent, injectEvent } from './events';
import { counterProposal, islandName, presetProposals, proposalText, weighProposal } from './proposals';
import type { Dice } from './rng';
import type { Action, ActionError, ActionType, Board, GameState, IslandId, PowerId, TreatyStage } from './types';
import { ISLANDS, TREATY_STAGES } from './types';

export interface Cost {
  capital: number;
  budget: number;
  approval: number;
}

type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

export interface Rule<T extends ActionType> {
  powers: readonly PowerId[];
  group: 'turn' | 'economy' | 'islands' | 'summit' | 'wedge' | 'security' | 'china' | 'response' | 'military' | 'policy';
  label: string;
  /** At most once per turn for the acting power (per distinct key, see `onceKey`). */
  oncePerTurn: boolean;
  cost: (state: Board, action: ActionOf<T>) => Cost;
  /** Why the action is not allowed now (beyond cost and once-a-turn); null when it is. */
  check: (state: Board, action: ActionOf<T>) => ActionError | null;
  /** Mutates the draft; returns the news line. */
  apply: (draft: GameState, action: ActionOf<T>, dice: Dice) => string;
  /** Concrete actions to list among the legal actions, in a stable order. */
  candidates: (state: Board, power: PowerId) => ActionOf<T>[];
}

const free: Cost = Object.freeze({ capital: 0, budget: 0, approval: 0 });
const capital = (n: number, budget = 0, approval = 0): Cost => Object.freeze({ capital: n, budget, approval });
/** A cost that never varies, built once: listing legal actions asks for thousands of costs. */
const fixed = (cost: Cost) => () => cost;
const SUMMIT_COST = { russia: capital(3), other: capital(2) };
const fail = (code: string, message: string): ActionError => ({ code, message });
const stageIndex = (stage: TreatyStage) => TREATY_STAGES.indexOf(stage);
const japanOnly = ['japan'] as const;
const single = <T extends ActionType>(action: ActionOf<T>) => [action];
/** Candidates that never vary, built once and frozen: they are listed on every AI step. */
const constant = <T extends ActionType>(actions: ActionOf<T>[]) => {
  const frozen = Object.freeze(actions.map((a) => Object.freeze(a))) as ActionOf<T>[];
  return () => frozen;
};

const sanctionsDrag = (draft: GameState, id: string, size: number) => {
  // The United States frowns on deals that cut across Western sanctions on Russia.
  if (draft.world.sanctions >= 50) opinionMod(draft, 'usa', 'japan', id, 'Tokyo courts Moscow despite sanctions', -size, 0.5);
};

export const RULES: { [T in ActionType]: Rule<T> } = {
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
      const def = s.defs.events.find((e) => e.id === a.eventId);
      if (!def?.options.some((o) => o.id === a.optionId)) {
        return fail('ERR_NO_SUCH_OPTION', `event "${a.eventId}" has no option "${a.optionId}"`);
      }
      return null;
    },
    apply: (d, a) => answerEvent(d, a.eventId, a.optionId, a.power),
    candidates: (s, power) =>
      s.pendingEvents
        .filter((p) => p.chooser === power)
        .flatMap((p) =>
          (s.defs.events.find((e) => e.id === p.eventId)?.options ?? []).map((o) => ({
            type: 'answerEvent' as const,
            power,
            eventId: p.eventId,
            optionId: o.id,
          })),
        ),
  },

  injectEvent: {
    powers: ['japan', 'russia', 'china', 'usa'],
    group: 'turn',
    label: 'Teacher: trigger an event',
    oncePerTurn: false,
    cost: () => free,
    check: (s, a) => {
      if (s.phase.kind !== 'acting' || s.phase.power !== s.turnOrder[0] || s.phaseActions > 0) {
        return fail('ERR_NOT_TURN_START', 'events can be triggered only at the start of a turn, before anyone acts');
      }
      if (!s.defs.events.some((e) => e.id === a.eventId)) return fail('ERR_NO_SUCH_EVENT', `the scenario has no event "${a.eventId}"`);
      if (s.pendingEvents.some((p) => p.eventId === a.eventId)) return fail('ERR_EVENT_PENDING', `event "${a.eventId}" is already awaiting an answer`);
      return null;
    },
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
      const def = s.defs.projects.find((p) => p.id === a.projectId);
      return capital(def?.capital ?? 0, def?.costPerTurn ?? 0);
    },
    check: (s, a) => {
      if (!s.defs.projects.some((p) => p.id === a.projectId)) return fail('ERR_NO_SUCH_PROJECT', `no project "${a.projectId}" in this scenario`);
      if (s.projects.some((p) => p.id === a.projectId)) return fail('ERR_PROJECT_STARTED', `project "${a.projectId}" is already under way or delivered`);
      return null;
    },
    apply: (d, a) => {
      const def = d.defs.projects.find((p) => p.id === a.projectId)!;
      d.projects = [...d.projects, { id: def.id, startedTurn: d.turn, paid: 1, delivered: false }];
      Object.assign(d.tally, { investmentSpent: round2(d.tally.investmentSpent + def.costPerTurn) });
      opinionMod(d, 'russia', 'japan', `promise:${def.id}`, `project announced: ${def.name}`, 2 * economicLeverage(d), 0.5);
      sanctionsDrag(d, 'drag:projects', 1);
      return `Japan launches "${def.name}" (point ${def.point}), ${def.turns} quarters at ${def.costPerTurn} bn a quarter`;
    },
    candidates: (s) =>
      s.defs.projects.filter((p) => !s.projects.some((q) => q.id === p.id)).map((p) => ({ type: 'startProject', power: 'japan', projectId: p.id })),
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
        const odds = 0.45 + opinionOf(d, 'russia', 'japan') / 200 + (d.powers.japan.approval - 50) / 400 - d.world.tension['japan-russia'] / 300;
        const success = dice.chance(odds);
        opinionMod(d, 'russia', 'japan', 'summit', 'summit diplomacy', success ? 6 : 2, 1);
        opinionMod(d, 'japan', 'russia', 'summit', 'summit diplomacy', success ? 6 : 2, 1);
        advanceTreaty(d, success ? 25 : 8);
        if (success) shiftApproval(d, 'japan', 1);
        return success ? 'The Japan-Russia summit makes progress toward a treaty' : 'The Japan-Russia summit ends cordially but with little progress';
      }
      if (a.partner === 'china') {
        shiftTension(d, 'china-japan', -6);
        opinionMod(d, 'china', 'japan', 'summit', 'summit diplomacy', 5, 1);
        shiftWorld(d, 'chinaAlarm', -5);
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
    check: (s) => {
      if (stageIndex(s.treaty.stage) < stageIndex('talks')) return fail('ERR_NO_TALKS', 'there are no treaty talks yet: hold a summit with Moscow first');
      if (s.treaty.stage === 'draft' || s.treaty.stage === 'signed') return fail('ERR_TREATY_AGREED', `a treaty is already ${s.treaty.stage === 'draft' ? 'drafted' : 'signed'}`);
      if (s.treaty.pending) return fail('ERR_PROPOSAL_PENDING', 'a proposal is already on the table');
      if (s.powers.japan.approval < 30) return fail('ERR_NO_STANDING', 'the cabinet lacks the standing at home to negotiate (approval under 30)');
      return null;
    },
    apply: (d, a) => {
      Object.assign(d.treaty, { pending: { from: 'japan', proposal: a.proposal, turn: d.turn } });
      Object.assign(d.tally, { proposalsMade: d.tally.proposalsMade + 1 });
      return `Japan proposes: ${proposalText(a.proposal)}`;
    },
    candidates: constant(presetProposals().map((p) => ({ type: 'propose', power: 'japan', proposal: p.proposal }))),
  },
  acceptCounter: {
    powers: japanOnly,
    group: 'islands',
    label: "Accept Russia's counter-proposal",
    oncePerTurn: true,
    cost: fixed(capital(1)),
    check: (s) => (s.treaty.pending?.from === 'russia' ? null : fail('ERR_NO_COUNTER', 'Russia has no counter-proposal on the table')),
    apply: (d) => {
      const proposal = d.treaty.pending!.proposal;
      Object.assign(d.treaty, { stage: 'draft', progress: 0, pending: null, agreed: proposal });
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
      const leverage = economicLeverage(d);
      d.world.trade.japanRussia = round2(d.world.trade.japanRussia + 1.5);
      shiftWorld(d, 'strategicTies', -2 * leverage);
      opinionMod(d, 'russia', 'japan', 'energy', 'energy partnership with Japan', 3 * leverage, 0.5);
      opinionMod(d, 'china', 'japan', 'wedge', 'Japan courts Moscow', -2, 0.5);
      shiftWorld(d, 'chinaAlarm', 8);
      sanctionsDrag(d, 'drag:energy', 2);
      Object.assign(d.tally, { japanWedgeMoves: d.tally.japanWedgeMoves + 1, investmentSpent: round2(d.tally.investmentSpent + 2) });
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
      const leverage = economicLeverage(d);
      d.world.trade.japanRussia = round2(d.world.trade.japanRussia + 1);
      shiftWorld(d, 'strategicTies', -1.5 * leverage);
      opinionMod(d, 'russia', 'japan', 'fareast', 'Japanese money in the Far East', 3 * leverage, 0.5);
      shiftWorld(d, 'chinaAlarm', 6);
      sanctionsDrag(d, 'drag:fareast', 1);
      Object.assign(d.tally, { japanWedgeMoves: d.tally.japanWedgeMoves + 1, investmentSpent: round2(d.tally.investmentSpent + 1.5) });
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
      Object.assign(d.tally, { japanWedgeMoves: d.tally.japanWedgeMoves + 1 });
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
        Object.assign(d.powers.japan, { military: round2(d.powers.japan.military * 1.05) });
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
      Object.assign(d.powers.japan, { military: round2(d.powers.japan.military + 1.5) });
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
      Object.assign(d.powers.japan, { military: round2(d.powers.japan.military + 0.5) });
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
      Object.assign(d.treaty, { lastAnswer: { turn: d.turn, answer: a.answer, score: weighing.total } });
      if (a.answer === 'accept') {
        Object.assign(d.treaty, { stage: 'draft', progress: 0, pending: null, agreed: proposal });
        return `Russia accepts Japan's proposal as the basis of a draft treaty`;
      }
      if (a.answer === 'counter') {
        const counter = counterProposal(d, proposal);
        if (counter) {
          Object.assign(d.treaty, { pending: { from: 'russia', proposal: counter, turn: d.turn } });
          return `Russia counters: ${proposalText(counter)}`;
        }
        Object.assign(d.treaty, { pending: null });
        return 'Russia would counter, but finds no terms it could sell at home, and lets the proposal drop';
      }
      Object.assign(d.treaty, { pending: null });
      if (weighing.total < -60) opinionMod(d, 'russia', 'japan', 'maximalism', 'Japanese maximalist demands', -4, 1);
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
      opinionMod(d, 'russia', 'china', 'drill', 'joint exercises', 5, 1);
      opinionMod(d, 'china', 'russia', 'drill', 'joint exercises', 5, 1);
      shiftTension(d, 'china-usa', 2);
      shiftTension(d, 'russia-usa', 2);
      shiftTension(d, 'china-japan', 2);
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
      Object.assign(d.treaty, { progress: clamp100(d.treaty.progress - 10) });
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
      Object.assign(d.tally, { chinaCounterOffers: d.tally.chinaCounterOffers + 1 });
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
      if (a.direction === 'ease' && s.world.sanctions <= 0) return fail('ERR_NONE_LEFT', 'there are no sanctions left to ease');
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
      Object.assign(d.tally, { usMissileDefenceMoves: d.tally.usMissileDefenceMoves + 1 });
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
      Object.assign(d.treaty, { progress: clamp100(d.treaty.progress - 5) });
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

/** Adds treaty progress; enough of it moves the track from stalled to talks to framework. */
export function advanceTreaty(d: GameState, amount: number): void {
  const { stage } = d.treaty;
  if (stage !== 'stalled' && stage !== 'talks') {
    return;
  }
  const progress = d.treaty.progress + amount;
  if (progress >= 40) {
    const next: TreatyStage = stage === 'stalled' ? 'talks' : 'framework';
    Object.assign(d.treaty, { stage: next, progress: 0 });
    d.log = [...d.log, { turn: d.turn, power: 'world', text: next === 'talks' ? 'Treaty talks resume' : 'Both sides agree a framework on the basis of the 1956 Declaration' }];
    return;
  }
  Object.assign(d.treaty, { progress: clamp100(progress) });
}

/** The key that a once-a-turn rule is counted under: each summit partner counts separately. */
export function onceKey(action: Action): string {
  if (action.type === 'summit') return `summit:${action.partner}`;
  return action.type;
}

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
