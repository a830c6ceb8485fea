// The AI's public face: a policy for each seat, a decision with its reasons, the advisor.
import { RULES, legalActions, observe, whyNot, type ActionType, type GameState, type PowerId } from '../engine';
import { JAPAN_POLICIES, repeatPolicy } from './japan';
import { PLAN_PREFIX, parsePlan, planPolicy } from './plans';
import { deliberationDice, type Decision, type Policy } from './policy';
import { POWER_AI } from './powers';

export type { Decision, Policy } from './policy';
export { advise, bestAcceptableDraft, japanValueOf, type Advice, type DraftChoice } from './japan';
export { decisionsPolicy } from './replay-policy';
export { PLAN_ITEMS, PLAN_PREFIX, MAX_PLAN_ITEMS, parsePlan, planName, planPolicy } from './plans';

export const JAPAN_POLICY_NAMES = ['passive', 'economic', 'wedge', 'hawk', 'balanced', 'random'] as const;

/**
 * The policy for a Japanese seat by name: one of JAPAN_POLICY_NAMES, `repeat:<action>` or
 * `plan:<item>+<item>+<item>` (see PLAN_ITEMS). Returns null for an unknown name.
 */
export function japanPolicy(name: string): Policy | null {
  if (name.startsWith(PLAN_PREFIX)) {
    const plan = parsePlan(name);
    return plan.ok ? planPolicy(plan.value) : null;
  }
  if (name.startsWith('repeat:')) {
    const type = name.slice('repeat:'.length);
    const repeatable = Object.hasOwn(RULES, type) && RULES[type as ActionType].powers.includes('japan') && type !== 'endTurn' && type !== 'answerEvent';
    return repeatable ? repeatPolicy(type as ActionType) : null;
  }
  return JAPAN_POLICIES[name] ?? null;
}

export function policyFor(power: PowerId, japanPolicyName = 'balanced'): Policy {
  if (power === 'japan') {
    const policy = japanPolicy(japanPolicyName);
    if (!policy) throw new Error(`unknown Japanese policy "${japanPolicyName}"`);
    return policy;
  }
  return POWER_AI[power];
}

/**
 * One seat played by a policy. Where the policy plans whole phases, the seat keeps the plan
 * and hands out its actions one at a time, skipping any that stopped being legal; otherwise
 * it asks the policy step by step. A seat is a cache of the policy's intentions: given the
 * same sequence of states it makes the same decisions.
 */
export class Seat {
  private plan: Decision[] = [];
  private planTurn = -1;

  constructor(
    readonly power: PowerId,
    readonly policy: Policy,
  ) {}

  next(state: GameState): Decision {
    if (state.turn !== this.planTurn) this.plan = [];
    while (this.plan.length > 0) {
      const planned = this.plan.shift()!;
      if (whyNot(state, planned.action) === null) return planned;
    }
    if (!this.policy.plan) return decide(state, this.power, this.policy);
    const view = observe(state, this.power);
    const plan = this.policy.plan(view, legalActions(state, this.power), deliberationDice(view));
    if (plan.length === 0) return decide(state, this.power, this.policy);
    this.planTurn = state.turn;
    this.plan = plan.slice(1);
    return plan[0]!;
  }
}

/** The decision of `policy` for `power` in `state`, seeing only what that seat may see. */
export function decide(state: GameState, power: PowerId, policy: Policy = policyFor(power)): Decision {
  const view = observe(state, power);
  const legal = legalActions(state, power);
  return policy.decide(view, legal, deliberationDice(view));
}
