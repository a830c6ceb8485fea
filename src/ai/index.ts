// The AI's public face: a policy for each seat, a decision with its reasons, the advisor.
import { RULES, type ActionType, type GameState, type PowerId } from '../engine';
import { JAPAN_POLICIES, repeatPolicy } from './japan';
import { PLAN_PREFIX, parsePlan, planPolicy } from './plans';
import type { Decision, Policy } from './policy';
import { POWER_AI } from './powers';
import { search } from './search';
import { decideWith } from './seat';

export type { Decision, Policy } from './policy';
export { advise, bestAcceptableDraft, japanValueOf, type Advice, type DraftChoice } from './japan';
export { advisePower, type PowerAdvice } from './powers';
export { decisionsPolicy } from './replay-policy';
export { PLAN_ITEMS, PLAN_PREFIX, MAX_PLAN_ITEMS, parsePlan, planName, planPolicy } from './plans';
export { Seat, type SeatDecision } from './seat';
export { search, searchPolicy, SEARCH_DEFAULTS, type SearchOptions } from './search';

export const JAPAN_POLICY_NAMES = ['passive', 'economic', 'wedge', 'hawk', 'balanced', 'random', 'search'] as const;

/** Japan's policies by name; the search player lives apart from the doctrines, since it plays the expert in its look-ahead. */
const BY_NAME: Record<string, Policy> = { ...JAPAN_POLICIES, search };

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
  return Object.hasOwn(BY_NAME, name) ? BY_NAME[name]! : null;
}

export function policyFor(power: PowerId, japanPolicyName = 'balanced'): Policy {
  if (power === 'japan') {
    const policy = japanPolicy(japanPolicyName);
    if (!policy) throw new Error(`unknown Japanese policy "${japanPolicyName}"`);
    return policy;
  }
  return POWER_AI[power];
}

/** The decision of `policy` for `power` in `state`, seeing only what that seat may see. */
export function decide(state: GameState, power: PowerId, policy: Policy = policyFor(power)): Decision {
  return decideWith(state, power, policy);
}
