// Japan's reference policies and the advisor. The balanced policy and the advisor share
// one expert utility (named terms per action); the other policies are simple doctrines
// written as priority lists, so that the calibration suite compares schools of thought.
import {
  ISLANDS,
  alignmentValue,
  economicLeverage,
  emptyProposal,
  opinionOf,
  presetProposals,
  costOf,
  weighTotal,
  weighKeyed,
  draftKey,
  weighingContext,
  japaneseSupportTotal,
  acceptChance,
  estimateWith,
  packageCost,
  transferDelay,
  projectInstalment,
  projectDef,
  nextRound,
  RATIFY_LINE,
  type Action,
  type WeighingContext,
  type ActionType,
  type IslandId,
  type Proposal,
  type Reason,
  type View,
  type Estimate,
} from '../engine';
import { best, partition, planFrom, scored, type Decision, type Policy, type Scored } from './policy';
import { scoreEventAnswer } from './powers';

const ISLAND_WORTH: Record<IslandId, number> = { etorofu: 35, kunashiri: 30, shikotan: 28, habomai: 22 };
/** Turns from agreement to a handover: two to draft and ratify, then the schedule's delay. */
const HANDOVER_LEAD = 2;

/** What a draft is worth to Japan: islands it would return in time, access, minus what it gives. */
export function japanValueOf(view: View, p: Proposal): number {
  return draftValue(p, view.lastTurn - view.turn);
}

/** What a draft is worth to Japan with `turnsLeft` turns of the campaign to go. */
function draftValue(p: Proposal, turnsLeft: number): number {
  let value = 0;
  for (const id of ISLANDS) {
    const kind = p.transfers[id];
    if (kind === 'none') {
      value += p.access[id] === 'joint' ? 6 : p.access[id] === 'visits' ? 3 : 0;
      continue;
    }
    const inTime = HANDOVER_LEAD + transferDelay(p.schedule, id) <= turnsLeft ? 1 : 0.4;
    value += ISLAND_WORTH[id] * (kind === 'sovereignty' ? 1 : 0.55) * inTime;
  }
  value -= p.economicPackage * 4 + (p.demilitarise ? 1 : 0) + (p.noUsForces ? 2 : 0);
  return value;
}

/** Drafts the expert considers: the presets and a small grid around the 1956 basis. */
function candidateDrafts(): Proposal[] {
  const out = presetProposals().map((p) => p.proposal);
  const base = emptyProposal();
  const sets: IslandId[][] = [['habomai'], ['shikotan', 'habomai'], ['kunashiri', 'shikotan', 'habomai']];
  for (const set of sets) {
    // A phased schedule costs Japan nothing on the small islands and pleases Moscow, so
    // the grid leaves out transfer on signing.
    for (const kind of ['sovereignty', 'administration'] as const) {
      for (const access of ['none', 'joint'] as const) {
        for (const economicPackage of [0, 1, 2, 3] as const) {
          for (const noUsForces of [true, false]) {
            const transfers = { ...base.transfers };
            const accessMap = { ...base.access };
            for (const id of ISLANDS) {
              if (set.includes(id)) transfers[id] = kind;
              else accessMap[id] = access;
            }
            out.push({ transfers, access: accessMap, schedule: 'phased', demilitarise: true, noUsForces, economicPackage });
          }
        }
      }
    }
  }
  return out;
}
/** The drafts the expert weighs, in a fixed order (exported for the tests). */
export const DRAFTS: readonly Proposal[] = candidateDrafts();

/**
 * What the expert hopes to get: the 1956 islands with access to the other two early on,
 * settling for less as the campaign runs out.
 */
export function aspiration(view: View): number {
  const elapsed = (view.turn - 1) / Math.max(1, view.lastTurn - 1);
  return 58 - 40 * elapsed;
}

export interface DraftChoice {
  proposal: Proposal;
  weighing: Estimate;
  value: number;
}

/** Each candidate draft with how it plays in Japan and its weighing key (properties of the draft alone). */
const DRAFT_SUPPORT = DRAFTS.map((proposal) => ({ proposal, support: japaneseSupportTotal(proposal), cost: packageCost(proposal), key: draftKey(proposal) }));

/** The least chance of acceptance the expert will risk a proposal (and its capital) on. */
const MIN_ACCEPT_CHANCE = 0.5;

/**
 * The expert's drafts by what each is worth to Japan with so many turns left (it depends on
 * nothing else), most valuable first, ties in the order of DRAFTS; built once for each.
 */
const draftsByValue = new Map<number, { index: number; value: number }[]>();

function rankedDrafts(turnsLeft: number): { index: number; value: number }[] {
  let ranked = draftsByValue.get(turnsLeft);
  if (!ranked) {
    ranked = DRAFT_SUPPORT.map(({ proposal }, index) => ({ index, value: draftValue(proposal, turnsLeft) }));
    ranked.sort((a, b) => b.value - a.value || a.index - b.index);
    draftsByValue.set(turnsLeft, ranked);
  }
  return ranked;
}

/**
 * The draft worth most to Japan in expectation (its value times the chance Russia accepts,
 * by Tokyo's estimate) among those likely enough to be accepted that the Diet would ratify
 * and the budget can hold the package for; or null. Ties go to the draft listed first. It
 * reads only the view: Russia's private margin is known to it as a range.
 */
export function bestAcceptableDraft(view: View, ctx: WeighingContext = weighingContext(view)): DraftChoice | null {
  let top: { index: number; expected: number; value: number } | null = null;
  const approval = view.powers.japan.approval;
  const budget = view.powers.japan.budget + view.treaty.escrow;
  const spread = view.kremlinEstimate.spread;
  // Most valuable first: a draft's expected worth is at most its value, so once the values
  // fall below the best expectation found, no later draft can match it.
  for (const { index, value } of rankedDrafts(view.lastTurn - view.turn)) {
    if (value <= 0 || (top && value < top.expected)) break;
    const { support, cost, key } = DRAFT_SUPPORT[index]!;
    if (approval + support < RATIFY_LINE + 3 || cost > budget) continue;
    // A draft worth exactly the best expectation can only tie it, and a tie goes to the earlier draft.
    if (top && value === top.expected && index > top.index) continue;
    const chance = acceptChance(weighKeyed(ctx, key), spread);
    if (chance < MIN_ACCEPT_CHANCE) continue;
    const expected: number = value * chance;
    if (!top || expected > top.expected || (expected === top.expected && index < top.index)) top = { index, expected, value };
  }
  if (!top) return null;
  const proposal = DRAFT_SUPPORT[top.index]!.proposal;
  return { proposal, value: top.value, weighing: estimateWith(ctx, proposal) };
}

/** The instalments Japan's running, undelivered projects will draw from the budget each turn. */
export function committedInstalments(view: View): number {
  let total = 0;
  for (const p of view.projects) {
    if (!p.delivered) total += projectInstalment(projectDef(view.defs, p.id)?.costPerTurn ?? 0, p.round);
  }
  return total;
}

/** The expert's terms for one action, or null when the expert would never consider it. */
/** What the expert reads off the board once per decision, before scoring each action. */
export interface ExpertSituation {
  alignment: number;
  committed: number;
  usaOnJapan: number;
  russiaOnJapan: number;
  leverage: number;
  ctx: WeighingContext | undefined;
}

export function expertSituation(view: View, ctx?: WeighingContext): ExpertSituation {
  return {
    alignment: alignmentValue(view),
    committed: committedInstalments(view),
    usaOnJapan: opinionOf(view, 'usa', 'japan'),
    russiaOnJapan: opinionOf(view, 'russia', 'japan'),
    leverage: economicLeverage(view),
    ctx,
  };
}

export function expertTerms(view: View, action: Action, sit: ExpertSituation = expertSituation(view)): Reason[] | null {
  const japan = view.powers.japan;
  const tensionChina = view.world.tension['china-japan'];
  const alarm = view.world.chinaAlarm;
  const { leverage, ctx, committed } = sit;
  const turnsLeft = view.lastTurn - view.turn;
  switch (action.type) {
    case 'propose': {
      const chance = acceptChance(weighTotal(ctx ?? weighingContext(view), action.proposal), view.kremlinEstimate.spread);
      const value = japanValueOf(view, action.proposal);
      if (chance < MIN_ACCEPT_CHANCE) return [{ label: `Russia would probably refuse (${Math.round(chance * 100)}% to accept)`, value: -10 }];
      const ratifiable = view.powers.japan.approval + japaneseSupportTotal(action.proposal) >= RATIFY_LINE + 3;
      if (!ratifiable) return [{ label: 'the Diet would not ratify it', value: -10 }];
      return [
        { label: `Russia would likely accept (${Math.round(chance * 100)}%)`, value: 6 * chance },
        { label: 'expected worth of the draft to Japan', value: (value * chance) / 2 },
        { label: 'a treaty settles the border for good: hold out for more while time allows', value: -aspiration(view) / 2 },
      ];
    }
    case 'acceptCounter': {
      const counter = view.treaty.pending?.proposal;
      if (!counter) return null;
      const value = japanValueOf(view, counter);
      if (view.powers.japan.approval + japaneseSupportTotal(counter) < RATIFY_LINE + 3) return [{ label: 'the Diet would not ratify it', value: -10 }];
      return [
        { label: 'worth of the counter-proposal to Japan', value: value / 2 },
        { label: 'a treaty settles the border for good: hold out for more while time allows', value: -aspiration(view) / 2 },
      ];
    }
    case 'summit':
      if (action.partner === 'russia') {
        const stage = view.treaty.stage;
        return [
          { label: 'the treaty track needs momentum', value: stage === 'talks' || stage === 'stalled' || stage === 'framework' ? 6 : 2 },
          { label: 'Russian goodwill to build', value: (20 - sit.russiaOnJapan) / 10 },
          { label: 'channels to the Kremlin', value: (50 - view.tracks.contacts) / 15 },
          { label: 'capital it takes', value: -2 },
        ];
      }
      if (action.partner === 'china') {
        return [
          { label: 'tension with China', value: (tensionChina - 45) / 5 },
          { label: "Beijing's alarm", value: alarm / 10 },
          { label: 'capital it takes', value: -2 },
        ];
      }
      return [
        { label: 'alliance confidence', value: (60 - sit.usaOnJapan) / 5 },
        { label: 'capital it takes', value: -1.5 },
      ];
    case 'startProject': {
      const def = projectDef(view.defs, action.projectId)!;
      const instalment = costOf(view, action).budget;
      const round = nextRound(view.projects, def.id);
      // The launch pays one instalment now; the end of the turn pays every running project's next one.
      const squeeze = japan.budget - instalment - committed - instalment;
      return [
        { label: 'credible accommodation: goodwill on delivery', value: (def.goodwill * leverage) / round },
        { label: 'weans Russia off China', value: def.tiesCut / round },
        { label: 'cost', value: -instalment * def.turns * 0.8 },
        { label: 'budget would not cover the instalments', value: squeeze < 0 ? -20 : 0 },
        { label: 'would not be delivered in time', value: def.turns + 1 > turnsLeft ? -15 : 0 },
        { label: 'early delivery counts most', value: turnsLeft > 12 ? 1.5 : 0 },
      ];
    }
    case 'energyPartnership':
      return [
        { label: 'cuts Russian reliance on China', value: 2 * leverage + (sit.alignment - 62) / 4 },
        { label: 'goodwill in Moscow', value: 1.5 * leverage },
        { label: "Beijing's alarm", value: -alarm / 8 },
        { label: 'budget after instalments', value: japan.budget - committed < 3 ? -5 : 0 },
        { label: 'cost', value: -2 },
      ];
    case 'farEastInvestment':
      return [
        { label: 'cuts Russian reliance on China', value: 1.5 * leverage + (sit.alignment - 62) / 4 },
        { label: 'goodwill in Moscow', value: 1.5 * leverage },
        { label: "Beijing's alarm", value: -alarm / 8 },
        { label: 'budget after instalments', value: japan.budget - committed < 3 ? -5 : 0 },
        { label: 'cost', value: -2.5 },
      ];
    case 'exposeArmsCopying':
      return [
        { label: 'alignment to loosen', value: (sit.alignment - 65) / 5 },
        { label: "Beijing's alarm", value: -alarm / 6 },
        { label: 'risk of looking like meddling', value: -2 },
      ];
    case 'lobbySanctions':
      return action.direction === 'keep'
        ? [
            { label: 'alliance confidence', value: (55 - sit.usaOnJapan) / 5 },
            { label: 'sanctions keep Japanese money valuable', value: (70 - view.world.sanctions) / 20 },
            { label: 'irritates Moscow', value: -1.5 },
          ]
        : [
            { label: 'eased sanctions cheapen Japanese money', value: -3 },
            { label: 'goodwill in Moscow', value: 1 },
          ];
    case 'engageChina':
      return [
        { label: 'tension with China', value: (tensionChina - 40) / 5 },
        { label: "Beijing's alarm", value: alarm / 8 },
        { label: 'capital it takes', value: -1.5 },
      ];
    case 'hedgeChina':
      return [
        { label: 'tension with China', value: (tensionChina - 60) / 5 },
        { label: 'alliance confidence', value: (55 - sit.usaOnJapan) / 10 },
        { label: 'capital it takes', value: -0.5 },
      ];
    case 'defenceSpending':
      return [
        { label: 'security hedge', value: (tensionChina - 45) / 10 },
        { label: 'budget after instalments', value: japan.budget - committed - 1.5 < 2 ? -5 : 0 },
        { label: 'cost', value: -1 },
      ];
    case 'jointExercise':
      return [
        { label: 'alliance confidence', value: (50 - sit.usaOnJapan) / 8 },
        { label: 'hardens Moscow and Beijing', value: -1.5 },
      ];
    case 'missileDefenceCoop':
      return [
        { label: 'North Korean missiles', value: view.world.missileDefence < 40 ? 1 : 0 },
        { label: 'pushes Russia to arm the islands', value: -4 },
      ];
    case 'jointActivityTalks':
      return [
        { label: 'joint activity: access to the islands short of a treaty', value: 4 + view.tracks.jointActivity.progress / 25 },
        { label: 'Russian goodwill', value: sit.russiaOnJapan / 20 },
        { label: 'capital it takes', value: -2 },
      ];
    case 'securityDialogue':
      return [
        { label: 'channels to the Kremlin', value: (60 - view.tracks.contacts) / 12 },
        { label: 'makes the no-US-forces assurance believable', value: view.treaty.stage === 'framework' || view.treaty.stage === 'talks' ? 1.5 : 0 },
        { label: 'Washington is uneasy', value: -1 - Math.max(0, 55 - sit.usaOnJapan) / 10 },
        { label: 'capital it takes', value: -1 },
      ];
    case 'restoreVisits':
      return [
        { label: 'former islanders and their families can visit again', value: 5 },
        { label: 'capital it takes', value: -2 },
      ];
    case 'supportResidents':
      return [
        { label: 'the handover needs the residents settled', value: (70 - view.treaty.implementation) / 6 },
        { label: 'budget after instalments', value: japan.budget - committed - 1.5 < 1 ? -5 : 0 },
      ];
    case 'fisheriesAgreement':
      return [
        { label: 'fishing rights around the islands', value: (85 - view.treaty.implementation) / 8 },
        { label: 'capital it takes', value: -1 },
      ];
    case 'constitutionalRevision':
      return [
        { label: 'standing to spend at home', value: (japan.approval - 60) / 4 },
        { label: 'alarms Beijing', value: -2 },
      ];
    default:
      return null;
  }
}

/** Scores every legal action by the expert's terms (events by what their effects are worth). */
export function expertScores(view: View, legal: readonly Action[], given?: ExpertSituation): Scored[] {
  const out: Scored[] = [];
  const sit = given ?? expertSituation(view, legal.some((a) => a.type === 'propose') ? weighingContext(view) : undefined);
  for (const action of legal) {
    if (action.type === 'endTurn') continue;
    if (action.type === 'answerEvent') {
      out.push(scoreEventAnswer(view, action));
      continue;
    }
    const terms = expertTerms(view, action, sit);
    if (terms) out.push(scored(action, terms));
  }
  return out;
}

/**
 * The balanced policy: the expert's best action each step. Before proposing it searches
 * beyond the presets for the draft worth most to Japan that Russia would accept.
 */
function expertOptions(view: View, legal: readonly Action[]): Scored[] {
  const canPropose = legal.some((a) => a.type === 'propose');
  const ctx = canPropose ? weighingContext(view) : undefined;
  const sit = expertSituation(view, ctx);
  const options = expertScores(view, legal, sit);
  if (ctx) {
    const choice = bestAcceptableDraft(view, ctx);
    if (choice) {
      const action: Action = { type: 'propose', power: 'japan', proposal: choice.proposal };
      options.push(scored(action, expertTerms(view, action, sit)!));
    }
  }
  return options;
}

export const balanced: Policy = {
  name: 'balanced',
  decide(view, legal) {
    return best(expertOptions(view, legal), partition(legal).endTurn);
  },
  /**
   * The quarter's programme: the expert's worthwhile actions, best first, keeping within
   * this turn's capital and never launching a project whose instalments, added to those
   * already planned, the budget could not carry.
   */
  plan(view, legal) {
    const { endTurn } = partition(legal);
    const options = expertOptions(view, legal);
    if (!endTurn) return [best(options, undefined)];
    const planned = planFrom(options, endTurn);
    const japan = view.powers.japan;
    let capitalLeft = japan.capital;
    let budgetLeft = japan.budget;
    let committed = committedInstalments(view);
    const kept: Decision[] = [];
    for (const d of planned) {
      if (d.action.type === 'endTurn') {
        kept.push(d);
        break;
      }
      const a = d.action;
      const cost = costOf(view, a);
      if (cost.capital > capitalLeft || cost.budget > budgetLeft) continue;
      if (a.type === 'startProject') {
        const instalment = cost.budget;
        if (budgetLeft - instalment < committed + instalment) continue;
        committed += instalment;
      }
      capitalLeft -= cost.capital;
      budgetLeft -= cost.budget;
      kept.push(d);
    }
    return kept;
  },
};

// ---- Doctrines as priority lists ------------------------------------------------------

type Rule = { label: string; match: (a: Action, view: View) => boolean };

function doctrine(name: string, eventPreferences: string[], rules: Rule[]): Policy {
  return {
    name,
    decide(view, legal) {
      const events = legal.filter((a): a is Extract<Action, { type: 'answerEvent' }> => a.type === 'answerEvent');
      if (events.length) {
        const choice = eventPreferences.map((id) => events.find((a) => a.optionId === id)).find(Boolean) ?? events[0]!;
        return { action: choice, reasons: [{ label: `${name} doctrine: answer "${choice.optionId}"`, value: 1 }], score: 1 };
      }
      for (const rule of rules) {
        const action = legal.find((a) => rule.match(a, view));
        if (action) return { action, reasons: [{ label: `${name} doctrine: ${rule.label}`, value: 1 }], score: 1 };
      }
      const endTurn = legal.find((a) => a.type === 'endTurn');
      if (endTurn) return { action: endTurn, reasons: [{ label: `${name} doctrine: nothing more to do`, value: 0 }], score: 0 };
      return { action: legal[0]!, reasons: [{ label: `${name} doctrine: forced`, value: 0 }], score: 0 };
    },
  };
}

const is = (type: ActionType) => (a: Action) => a.type === type;
const presetIs = (id: string) => {
  const preset = presetProposals().find((p) => p.id === id)!.proposal;
  const key = JSON.stringify(preset);
  return (a: Action) => a.type === 'propose' && JSON.stringify(a.proposal) === key;
};
/** A project launch whose instalments the budget can carry on top of those already committed. */
export const affordableProject = (a: Action, view: View): boolean => {
  if (a.type !== 'startProject') return false;
  return view.powers.japan.budget - costOf(view, a).budget >= committedInstalments(view);
};

export const passive = doctrine('passive', ['quiet', 'calm', 'hold', 'restrain'], []);

export const economic = doctrine('economic-first', ['economy', 'joint', 'quiet', 'un', 'calm'], [
  { label: 'take up Russia’s counter-offer', match: is('acceptCounter') },
  { label: 'fund the eight-point plan', match: affordableProject },
  { label: 'summit with Moscow', match: (a) => a.type === 'summit' && a.partner === 'russia' },
  { label: 'offer the 1956 basis with joint activity', match: (a, v) => v.turn >= 5 && v.turn % 4 === 1 && presetIs('1956-plus-access')(a) },
  { label: 'argue for easing sanctions', match: (a, v) => v.turn % 3 === 0 && a.type === 'lobbySanctions' && a.direction === 'ease' },
  { label: 'invest in the Far East', match: is('farEastInvestment') },
]);

export const wedge = doctrine('wedge', ['economy', 'protest', 'un', 'calm'], [
  { label: 'take up Russia’s counter-offer', match: is('acceptCounter') },
  { label: 'energy partnership', match: is('energyPartnership') },
  { label: 'expose Chinese arms copying', match: is('exposeArmsCopying') },
  { label: 'invest in the Far East', match: is('farEastInvestment') },
  { label: 'argue for easing sanctions', match: (a) => a.type === 'lobbySanctions' && a.direction === 'ease' },
  { label: 'summit with Moscow', match: (a) => a.type === 'summit' && a.partner === 'russia' },
  { label: 'fund the energy and Far East points', match: (a, v) => affordableProject(a, v) && a.type === 'startProject' && (a.projectId === 'energy' || a.projectId === 'far-east') },
  { label: 'offer the 1956 basis', match: (a, v) => v.turn % 4 === 2 && presetIs('1956-basis')(a) },
]);

export const hawk = doctrine('hawk', ['protest', 'bmd', 'islands', 'flag'], [
  { label: 'revise the constitution', match: is('constitutionalRevision') },
  { label: 'missile defence with the US', match: is('missileDefenceCoop') },
  { label: 'raise defence spending', match: is('defenceSpending') },
  { label: 'exercise with US forces', match: is('jointExercise') },
  { label: 'hedge against China', match: is('hedgeChina') },
  { label: 'stand with the G7 on sanctions', match: (a) => a.type === 'lobbySanctions' && a.direction === 'keep' },
  { label: 'demand all four islands', match: (a, v) => v.turn % 6 === 3 && presetIs('all-four')(a) },
]);

/** Picks uniformly among legal actions from the policy's own stream. */
export const randomPolicy: Policy = {
  name: 'random',
  decide(_view, legal, dice) {
    const action = legal[dice.int(legal.length)]!;
    return { action, reasons: [{ label: 'random choice', value: 0 }], score: 0 };
  },
};

/**
 * Repeats one action type whenever it is legal (the first candidate of that type) and
 * otherwise ends the turn: the straw men of calibration target 7.
 */
export function repeatPolicy(type: ActionType): Policy {
  return doctrine(`repeat:${type}`, [], [{ label: `always ${type}`, match: is(type) }]);
}

export interface Advice {
  suggestion: Decision;
  /** The next best options, with their terms, best first. */
  alternatives: Decision[];
}

/** Japan's advisor: the expert's ranking of the legal actions, with its reasons. */
export function advise(view: View, legal: readonly Action[]): Advice {
  const suggestion = balanced.decide(view, legal, undefined as never);
  const ranked = expertScores(view, legal)
    .filter((s) => JSON.stringify(s.action) !== JSON.stringify(suggestion.action))
    .sort((a, b) => b.total - a.total)
    .slice(0, 3)
    .map((s) => ({ action: s.action, reasons: s.terms, score: s.total }));
  return { suggestion, alternatives: ranked };
}

export const JAPAN_POLICIES: Record<string, Policy> = { passive, economic, wedge, hawk, balanced, random: randomPolicy };
