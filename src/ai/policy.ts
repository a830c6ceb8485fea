// What every AI policy is: a function from what its seat may see and its legal actions to
// one action and the named, weighted reasons behind it. Policies never see the dice; any
// randomness in their judgement comes from their own stream (see `deliberationDice`).
import { Dice, round2, streamFor, type Action, type GameState, type PowerId, type Reason, type View } from '../engine';

export interface Decision {
  action: Action;
  reasons: Reason[];
  /** The sum of the reasons: the utility the policy saw in the action. */
  score: number;
}

export interface Policy {
  name: string;
  decide(view: View, legal: readonly Action[], dice: Dice): Decision;
  /**
   * Optional: the whole phase at once, as decisions in order of preference. A Seat hands
   * them out one by one, skipping any no longer legal when reached; a plan that ends with
   * endTurn closes the phase, one that does not (forced answers) is followed by a new plan.
   */
  plan?(view: View, legal: readonly Action[], dice: Dice): Decision[];
  /**
   * True for a policy that reads the news in its view (what was done this turn): a runner
   * that would start its games without news keeps it for this policy.
   */
  readsNews?: boolean;
}

/**
 * The AI's own stream for one decision: a pure function of the game's seed, the seat, the
 * turn and the step. The seat that drives a policy derives it from the state; the policy
 * itself never sees the seed (it is not in its view).
 */
export function deliberationDice(state: Pick<GameState, 'seed' | 'turn' | 'phaseActions'>, power: PowerId): Dice {
  return streamFor(`ai:${state.seed}:${power}:${state.turn}:${state.phaseActions}`);
}

export interface Scored {
  action: Action;
  terms: Reason[];
  total: number;
}

/**
 * An action scored by its terms (and up to two more, appended: callers add a shared term
 * such as the judgement call without copying the list). Zero terms are dropped; the total
 * is the sum of the rounded terms. The terms are the caller's fresh objects and become the
 * score's: each is rounded in place and kept, not copied (scoring every legal action on
 * every AI step made copies a good share of the AI's allocations).
 */
export function scored(action: Action, terms: readonly Reason[], extra?: Reason, last?: Reason): Scored {
  const kept: Reason[] = [];
  let total = 0;
  for (const t of terms) total = keep(kept, total, t);
  if (extra) total = keep(kept, total, extra);
  if (last) total = keep(kept, total, last);
  return { action, terms: kept, total: round2(total) };
}

function keep(kept: Reason[], total: number, t: Reason): number {
  if (t.value === 0) return total;
  const value = round2(t.value);
  t.value = value;
  kept.push(t);
  return total + value;
}

/**
 * Picks the best-scoring action, ending the turn when nothing beats doing nothing. Ties keep
 * the earlier action in the legal order, so the choice is stable.
 */
export function best(options: Scored[], endTurn: Action | undefined): Decision {
  let top: Scored | undefined;
  for (const o of options) if (!top || o.total > top.total) top = o;
  if (top && (top.total > 0 || !endTurn)) return { action: top.action, reasons: top.terms, score: top.total };
  if (endTurn) return { action: endTurn, reasons: [{ label: 'nothing else is worth the capital this turn', value: 0 }], score: 0 };
  throw new Error('a policy was asked to choose from no legal actions');
}

/**
 * A phase plan from scored options: every action worth its capital, best first (ties keep
 * the legal order), then the end of the turn. Scores are not revisited as the phase goes on:
 * the AI plans its quarter, as a government would.
 */
export function planFrom(options: Scored[], endTurn: Action | undefined): Decision[] {
  const worth = endTurn ? options.filter(isWorthwhile) : options.slice();
  // Array sort is stable (ES2019), so equal totals keep the legal order without an index.
  worth.sort(byTotalDescending);
  const plan: Decision[] = [];
  for (const o of worth) plan.push({ action: o.action, reasons: o.terms, score: o.total });
  if (endTurn) plan.push({ action: endTurn, reasons: [{ label: 'nothing else is worth the capital this turn', value: 0 }], score: 0 });
  return plan;
}

const isWorthwhile = (o: Scored): boolean => o.total > 0;
const byTotalDescending = (a: Scored, b: Scored): number => b.total - a.total;

/** Splits the end-turn action from the others. */
export function partition(legal: readonly Action[]): { endTurn: Action | undefined; others: Action[] } {
  let endTurn: Action | undefined;
  const others: Action[] = [];
  for (const a of legal) {
    if (a.type === 'endTurn') endTurn = a;
    else others.push(a);
  }
  return { endTurn, others };
}

export const noiseTerm = (dice: Dice, amplitude: number): Reason => ({ label: 'judgement call', value: round2(dice.noise(amplitude)) });

/** Sum of the current modifiers in an opinion whose ids start with one of the prefixes. */
export function modifierSum(view: View, from: View['viewer'], to: View['viewer'], prefixes: readonly string[]): number {
  const mods = view.opinions[from][to]?.modifiers ?? [];
  let total = 0;
  for (const m of mods) if (startsWithAny(m.id, prefixes)) total += m.value;
  return total;
}

/** Whether `id` starts with one of the prefixes (a loop, not a closure per modifier: the AI asks this on every step). */
function startsWithAny(id: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (id.startsWith(p)) return true;
  return false;
}
