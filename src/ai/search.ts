// The search player: a look-ahead policy for Japan. For the phase at hand it builds a small
// set of candidate programmes (the expert's own plan, variants of it, other drafts on the
// islands, and programmes that lean on summits, the wedge, the economy or security), plays
// each out in the same few sampled futures, with every power played by its usual AI and
// Japan continuing as the expert, and keeps the programme with the best mean score.
//
// It sees only its seat's view and its own dice: every future starts from
// `determinize(view, dice)`, which samples what the view hides (the game's dice, others'
// pending choices) from the policy's stream, so it never reads the game's dice.
import {
  projectDef,
  ACCEPT_THRESHOLD,
  ISLANDS,
  MAX_ACTIONS_PER_PHASE,
  RATIFY_LINE,
  ACCESS_LEVELS,
  SCHEDULES,
  TRANSFER_KINDS,
  actionText,
  applyChecked,
  applyChosen,
  costOf,
  currentPower,
  determinize,
  isTerminal,
  japaneseSupportTotal,
  outcomeScore,
  presetProposals,
  round2,
  weighTotal,
  weighingContext,
  whyNot,
  type Action,
  type ActionType,
  type Dice,
  type GameState,
  type PowerId,
  type Proposal,
  type Reason,
  type View,
} from '../engine';
import { balanced, bestAcceptableDraft, committedInstalments, japanValueOf } from './japan';
import { partition, type Decision, type Policy } from './policy';
import { POWER_AI } from './powers';
import { Seat } from './seat';

export interface SearchOptions {
  /**
   * Sampled futures a phase's finalists are played out in. Every candidate starts on the same
   * first quarter of them; the better half goes on to half of them, the best to all.
   */
  rollouts?: number;
  /**
   * The same, in a phase where a treaty text can be put or accepted: the decisions that move
   * the score most, between rivals as unlike as a sure small deal and a chancy larger one.
   */
  treatyRollouts?: number;
  /** Turns played out, this one included, before the state is scored (fewer near the end). */
  horizon?: number;
  /** The most candidate programmes weighed in one phase, the expert's plan included. */
  candidates?: number;
}

/**
 * The budget of a decision. It keeps the player well within 50 ms a decision at the 99th
 * percentile (`npm run bench -- --policy search`: 23 to 27 ms on the project's 2-core Xeon),
 * so that it can play in the browser. The horizon is what matters: five turns instead of six
 * cost it its lead over the expert. Against the earlier budget (8 futures, 16 for a treaty
 * text, 12 candidates: 65 ms at the 99th percentile with today's engine) the smaller one
 * plays as well on seeds 1-200 (a mean score of 56.0 against 55.4). With eight candidates the
 * general programmes are weighed mostly in phases where no draft can be put.
 */
export const SEARCH_DEFAULTS: Required<SearchOptions> = { rollouts: 6, treatyRollouts: 6, horizon: 6, candidates: 8 };

/** A programme for the phase: actions in order; it closes the phase when it ends with endTurn. */
interface Candidate {
  label: string;
  actions: Action[];
}

/** The search player with the given effort; `search` is the one with the defaults. */
export function searchPolicy(options: SearchOptions = {}): Policy {
  const settings: Required<SearchOptions> = {
    rollouts: options.rollouts ?? SEARCH_DEFAULTS.rollouts,
    treatyRollouts: options.treatyRollouts ?? SEARCH_DEFAULTS.treatyRollouts,
    horizon: options.horizon ?? SEARCH_DEFAULTS.horizon,
    candidates: options.candidates ?? SEARCH_DEFAULTS.candidates,
  };
  for (const key of ['rollouts', 'treatyRollouts', 'horizon', 'candidates'] as const) {
    if (!Number.isInteger(settings[key]) || settings[key] < 1) throw new RangeError(`search: ${key} must be a whole number of at least 1, got ${settings[key]}`);
  }
  const policy: Policy = {
    name: 'search',
    decide(view, legal, dice) {
      return policy.plan!(view, legal, dice)[0]!;
    },
    plan(view, legal, dice) {
      return searchPlan(view, legal, dice, settings);
    },
  };
  return policy;
}

export const search: Policy = searchPolicy();

function searchPlan(view: View, legal: readonly Action[], dice: Dice, settings: Required<SearchOptions>): Decision[] {
  const { endTurn } = partition(legal);
  const expertPlan = balanced.plan!(view, legal, dice);
  const candidates = endTurn ? phaseCandidates(view, legal, expertPlan, endTurn, settings.candidates) : answerCandidates(legal, expertPlan, settings.candidates);
  if (candidates.length <= 1) return expertPlan;

  // Successive halving with common random numbers: every candidate is played out in the
  // same sampled futures; after each round the better half (and the expert's plan, the
  // yardstick) goes on to twice as many futures, until the last round plays `rollouts`.
  const treatyAtStake = candidates.some((c) => c.actions.some((a) => a.type === 'propose' || a.type === 'acceptCounter'));
  const rollouts = treatyAtStake ? settings.treatyRollouts : settings.rollouts;
  const futures: GameState[] = [];
  const untilTurn = view.turn + settings.horizon;
  const totals = candidates.map(() => 0);
  let alive = candidates.map((_c, i) => i);
  let played = 0;
  for (const target of halvingTargets(rollouts)) {
    // The futures keep no news: no seat of the look-ahead reads it.
    while (futures.length < target) futures.push(determinize(view, dice, { news: false }));
    for (const i of alive) for (let k = played; k < target; k++) totals[i]! += playOut(futures[k]!, candidates[i]!.actions, untilTurn);
    played = target;
    if (target === rollouts) break;
    const ranked = [...alive].sort((a, b) => totals[b]! - totals[a]! || a - b);
    const kept = ranked.slice(0, Math.max(2, Math.ceil(ranked.length / 2)));
    alive = (kept.includes(0) ? kept : [0, ...kept]).sort((a, b) => a - b);
  }
  const means = totals.map((t) => t / played);
  let top = 0;
  for (const i of alive) if (means[i]! > means[top]!) top = i;

  const chosen = candidates[top]!;
  const reasons: Reason[] = [
    { label: `the expert's plan scores ${round2(means[0]!)} on average over ${played} sampled futures of ${settings.horizon} turns`, value: round2(means[0]!) },
  ];
  if (top !== 0) reasons.push({ label: `${chosen.label} does better`, value: round2(means[top]! - means[0]!) });
  const score = round2(means[top]!);
  // The seat hands out a plan's first action unchecked, so the plan starts with one legal now.
  const isLegalNow = (a: Action) => (a.type === 'propose' ? legal.some((l) => l.type === 'propose') : legal.some((l) => sameAction(l, a)));
  const start = chosen.actions.findIndex(isLegalNow);
  return chosen.actions.slice(Math.max(0, start)).map((action) => ({ action, reasons, score }));
}

/** How many futures each round of the halving plays: a quarter, a half, then all of them. */
function halvingTargets(rollouts: number): number[] {
  const out: number[] = [];
  for (const share of [4, 2, 1]) {
    const target = Math.max(1, Math.ceil(rollouts / share));
    if (out[out.length - 1] !== target) out.push(target);
  }
  return out;
}

/**
 * Plays a candidate in one future: its actions (any no longer legal are skipped), then every
 * seat by its usual AI, Japan's by the expert, until `untilTurn` begins or the game ends.
 * Returns the game's own score of the state reached.
 */
function playOut(start: GameState, actions: readonly Action[], untilTurn: number): number {
  let state = start;
  // The candidates are the search's own typed actions: checked for legality, not parsed.
  for (const action of actions) {
    const next = applyChosen(state, action);
    if (next.ok) state = next.value;
  }
  const seats: Record<PowerId, Seat> = {
    japan: new Seat('japan', balanced),
    russia: new Seat('russia', POWER_AI.russia),
    china: new Seat('china', POWER_AI.china),
    usa: new Seat('usa', POWER_AI.usa),
  };
  while (!isTerminal(state) && state.turn < untilTurn) {
    const { decision, checked } = seats[currentPower(state)!].nextChecked(state);
    if (!checked) throw new Error(`the look-ahead's ${currentPower(state)} seat chose an illegal action: ${whyNot(state, decision.action)?.message}`);
    state = applyChecked(checked);
  }
  return outcomeScore(state);
}

// ---- Candidates --------------------------------------------------------------------------

const actionLabel = (a: Action) => actionText(a).replace(/^japan: /, '');
const keyOf = (actions: readonly Action[]) => JSON.stringify(actions);
const sameAction = (a: Action, b: Action) => JSON.stringify(a) === JSON.stringify(b);

/** The answers to a pending event, the expert's first. */
function answerCandidates(legal: readonly Action[], expertPlan: Decision[], max: number): Candidate[] {
  const expert = expertPlan[0]!.action;
  const out: Candidate[] = [{ label: "the expert's answer", actions: [expert] }];
  for (const a of legal) {
    if (out.length >= max) break;
    if (a.type === 'answerEvent' && !sameAction(a, expert)) out.push({ label: `answering "${a.optionId}"`, actions: [a] });
  }
  return out;
}

/** What the phase has left to spend, and a test that an action still fits. */
class Purse {
  private capital: number;
  private budget: number;
  private approval: number;
  private committed: number;
  private slots: number;
  private used = new Set<string>();

  constructor(private readonly view: View) {
    const japan = view.powers.japan;
    this.capital = japan.capital;
    this.budget = japan.budget;
    this.approval = japan.approval;
    this.committed = committedInstalments(view);
    this.slots = MAX_ACTIONS_PER_PHASE - view.phaseActions;
  }

  /** Takes the action if it fits what is left (never launching a project the budget could not carry). */
  take(action: Action): boolean {
    const once = action.type === 'summit' ? `summit:${action.partner}` : action.type === 'startProject' ? `project:${action.projectId}` : action.type;
    if (this.used.has(once) || this.slots <= 0) return false;
    const cost = costOf(this.view, action);
    if (cost.capital > this.capital || cost.budget > this.budget) return false;
    if (cost.approval > 0 && this.approval - cost.approval < 20) return false;
    let instalment = 0;
    if (action.type === 'startProject') {
      instalment = projectDef(this.view.defs, action.projectId)?.costPerTurn ?? 0;
      if (this.budget - instalment < this.committed + instalment) return false;
    }
    this.used.add(once);
    this.slots -= 1;
    this.capital -= cost.capital;
    this.budget -= cost.budget;
    this.approval -= cost.approval;
    this.committed += instalment;
    return true;
  }
}

/** The actions of `wanted` that fit the phase's means, in order, then the end of the turn. */
function fit(view: View, wanted: readonly Action[], endTurn: Action): Action[] {
  const purse = new Purse(view);
  const out: Action[] = [];
  for (const a of wanted) if (a.type !== 'endTurn' && purse.take(a)) out.push(a);
  out.push(endTurn);
  return out;
}

const PROGRAMMES: { label: string; types: readonly (ActionType | `summit:${PowerId}` | 'lobby:ease' | 'lobby:keep')[] }[] = [
  { label: 'a programme of summits', types: ['summit:russia', 'summit:china', 'summit:usa', 'engageChina'] },
  { label: 'a wedge programme', types: ['energyPartnership', 'farEastInvestment', 'lobby:ease', 'summit:russia', 'exposeArmsCopying'] },
  { label: 'an economic programme', types: ['startProject', 'farEastInvestment', 'energyPartnership', 'summit:russia'] },
  { label: 'a security programme', types: ['defenceSpending', 'hedgeChina', 'jointExercise', 'constitutionalRevision', 'lobby:keep', 'missileDefenceCoop'] },
  { label: 'a programme of calm with China', types: ['engageChina', 'summit:china', 'summit:russia', 'summit:usa'] },
];

function matches(a: Action, type: string): boolean {
  if (type.startsWith('summit:')) return a.type === 'summit' && a.partner === type.slice('summit:'.length);
  if (type.startsWith('lobby:')) return a.type === 'lobbySanctions' && a.direction === type.slice('lobby:'.length);
  return a.type === type;
}

/**
 * The candidate programmes for a phase, best hopes first, at most `max`: the expert's plan,
 * the expert's plan with other island drafts, with Russia's counter accepted, without each of
 * its actions, the programmes above, the expert's plan with one more action, and doing nothing.
 */
function phaseCandidates(view: View, legal: readonly Action[], expertPlan: Decision[], endTurn: Action, max: number): Candidate[] {
  const expert = expertPlan.map((d) => d.action).filter((a) => a.type !== 'endTurn');
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (label: string, actions: Action[]) => {
    const key = keyOf(actions);
    if (out.length >= max || seen.has(key)) return;
    seen.add(key);
    out.push({ label, actions });
  };
  add("the expert's plan", [...expert, endTurn]);

  const others = legal.filter((a) => a.type !== 'endTurn' && a.type !== 'answerEvent');
  if (others.some((a) => a.type === 'propose')) {
    const withoutProposal = expert.filter((a) => a.type !== 'propose');
    for (const draft of draftsWorthOffering(view, 3)) {
      const propose: Action = { type: 'propose', power: 'japan', proposal: draft };
      add(`proposing ${describeDraft(draft)}`, fit(view, [propose, ...withoutProposal], endTurn));
    }
  }
  const accept = others.find((a) => a.type === 'acceptCounter');
  if (accept && !expert.some((a) => a.type === 'acceptCounter')) add("accepting Russia's counter-proposal", fit(view, [accept, ...expert], endTurn));
  for (let i = 0; i < expert.length; i++) {
    add(`the expert's plan without ${actionLabel(expert[i]!)}`, [...expert.slice(0, i), ...expert.slice(i + 1), endTurn]);
  }
  for (const programme of PROGRAMMES) {
    const wanted: Action[] = [];
    for (const type of programme.types) for (const a of others) if (matches(a, type)) wanted.push(a);
    add(programme.label, fit(view, wanted, endTurn));
  }
  for (const a of others) {
    if (a.type === 'propose' || expert.some((e) => sameAction(e, a))) continue;
    const plus = fit(view, [...expert, a], endTurn);
    if (plus.length === expert.length + 2) add(`the expert's plan with ${actionLabel(a)}`, plus);
  }
  add('doing nothing', [endTurn]);
  return out;
}

const describeDraft = (p: Proposal) => {
  const asked = ISLANDS.filter((id) => p.transfers[id] !== 'none');
  return `${asked.length ? asked.join(' and ') : 'no island'} (package ${p.economicPackage}, ${p.schedule})`;
};

/**
 * The drafts worth putting to Moscow now: the presets, the expert's best acceptable draft and
 * every draft one term away from any of those, kept when Russia would accept them today and
 * the Diet could ratify them, most valuable to Japan first.
 */
function draftsWorthOffering(view: View, max: number): Proposal[] {
  const ctx = weighingContext(view);
  const pool: Proposal[] = presetProposals().map((p) => p.proposal);
  const expertDraft = bestAcceptableDraft(view, ctx)?.proposal;
  if (expertDraft) pool.push(expertDraft, ...oneTermAway(expertDraft));
  for (const p of presetProposals()) pool.push(...oneTermAway(p.proposal));
  const ranked: { proposal: Proposal; value: number; key: string }[] = [];
  const seen = new Set<string>();
  for (const proposal of pool) {
    const key = JSON.stringify(proposal);
    if (seen.has(key)) continue;
    seen.add(key);
    if (view.powers.japan.approval + japaneseSupportTotal(proposal) < RATIFY_LINE + 2) continue;
    if (weighTotal(ctx, proposal) < ACCEPT_THRESHOLD) continue;
    ranked.push({ proposal, value: japanValueOf(view, proposal), key });
  }
  ranked.sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return ranked.slice(0, max).map((r) => r.proposal);
}

/** Every draft that differs from `p` in one term. */
function oneTermAway(p: Proposal): Proposal[] {
  const out: Proposal[] = [];
  for (const id of ISLANDS) {
    for (const kind of TRANSFER_KINDS) if (kind !== p.transfers[id]) out.push({ ...p, transfers: { ...p.transfers, [id]: kind } });
    if (p.transfers[id] !== 'none') continue;
    for (const level of ACCESS_LEVELS) if (level !== p.access[id]) out.push({ ...p, access: { ...p.access, [id]: level } });
  }
  for (const schedule of SCHEDULES) if (schedule !== p.schedule) out.push({ ...p, schedule });
  for (const tier of [0, 1, 2, 3] as const) if (tier !== p.economicPackage) out.push({ ...p, economicPackage: tier });
  out.push({ ...p, demilitarise: !p.demilitarise }, { ...p, noUsForces: !p.noUsForces });
  return out;
}
